import { GraphQLError } from 'graphql';
import { LoaderRegistry } from '../loaders';
import { NodeRegistry, decodeGlobalId, encodeGlobalId, nodeTypeOf } from './global-id';

const UUID = '0b7f4c1e-8a2d-4c55-9f3e-2d1c6b7a9e01';

describe('global ids', () => {
  it('round-trips a type and a key through an opaque, URL-safe id', () => {
    const id = encodeGlobalId('Practice', UUID);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(id).not.toContain('Practice');
    expect(decodeGlobalId(id)).toEqual({ type: 'Practice', key: UUID });
    expect(decodeGlobalId(encodeGlobalId('Country', 'PL'))).toEqual({ type: 'Country', key: 'PL' });
  });

  it('rejects what it did not give out', () => {
    const id = encodeGlobalId('Practice', UUID);
    for (const bad of [
      '',
      'not an id!',
      `${id}=`, // padding variant
      Buffer.from('Practice').toString('base64url'), // no key
      Buffer.from(':x').toString('base64url'), // no type
      Buffer.from('practice:x').toString('base64url'), // not a type name
      'A'.repeat(500),
    ])
      expect([bad.slice(0, 20), decodeGlobalId(bad)]).toEqual([bad.slice(0, 20), null]);
  });
});

describe('NodeRegistry', () => {
  const rows = new Map([
    [UUID, { id: UUID, title: 'Recovery assistants' }],
    [
      '1b7f4c1e-8a2d-4c55-9f3e-2d1c6b7a9e02',
      { id: '1b7f4c1e-8a2d-4c55-9f3e-2d1c6b7a9e02', title: 'Peer2Peer' },
    ],
  ]);
  let batches: string[][];
  const registry = new NodeRegistry();
  registry.register<{ id: string; title: string }>({
    type: 'Practice',
    key: /^[0-9a-f-]{36}$/,
    keyOf: (p) => p.id,
    load: async (keys) => {
      batches.push([...keys]);
      return keys.map((k) => rows.get(k) ?? null);
    },
  });
  beforeEach(() => (batches = []));

  const code = (e: unknown) => (e instanceof GraphQLError ? e.extensions['code'] : e);

  it('finds records by global id in one batch per kind per request, and marks their type', async () => {
    const ctx = { loaders: new LoaderRegistry() };
    const ids = [...rows.keys()].map((k) => encodeGlobalId('Practice', k));
    const [a, b] = await Promise.all(ids.map((id) => registry.resolve(id, ctx)));
    expect([a, b]).toEqual([...rows.values()]);
    expect(batches).toHaveLength(1);
    expect(nodeTypeOf(a!)).toBe('Practice');
    expect(registry.idOf('Practice', a!)).toBe(ids[0]);
    expect(registry.types).toEqual(['Practice']);
  });

  it('answers null for a record that is gone, BAD_USER_INPUT for an id it never gave out', async () => {
    const ctx = { loaders: new LoaderRegistry() };
    const gone = encodeGlobalId('Practice', '2b7f4c1e-8a2d-4c55-9f3e-2d1c6b7a9e03');
    expect(await registry.resolve(gone, ctx)).toBeNull();
    for (const bad of ['junk', encodeGlobalId('Thread', UUID), encodeGlobalId('Practice', "x' OR 1=1")])
      expect(await registry.resolve(bad, ctx).catch(code)).toBe('BAD_USER_INPUT');
    expect(batches).toEqual([['2b7f4c1e-8a2d-4c55-9f3e-2d1c6b7a9e03']]);
    expect(() =>
      registry.register({ type: 'Practice', key: /./, keyOf: () => '', load: async () => [] }),
    ).toThrow(/twice/);
  });
});
