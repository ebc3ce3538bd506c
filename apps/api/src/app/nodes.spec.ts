import { randomUUID } from 'node:crypto';
import { encodeGlobalId } from '@peerhub/shared/api-core';
import { TestApp, startTestApp } from '../testing/test-app';

/** Global ids: every published kind gives one (`nodeId`), and `node(id:)` finds the record again. */
describe('node(id:) and nodeId', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY: 'false' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('round-trips a country, an organisation, a practice and a resource', async () => {
    const list = await t.gql(`{
      countries { code nodeId }
      organisations(first: 1) { edges { node { slug nodeId } } }
      practices(first: 1) { edges { node { slug nodeId } } }
      resources(first: 1) { edges { node { slug nodeId } } }
    }`);
    expect(list.body.errors).toBeUndefined();
    const d = list.body.data;
    const samples = [
      { type: 'Country', id: d.countries[0].nodeId, key: { code: d.countries[0].code } },
      {
        type: 'Organisation',
        id: d.organisations.edges[0].node.nodeId,
        key: { slug: d.organisations.edges[0].node.slug },
      },
      {
        type: 'Practice',
        id: d.practices.edges[0].node.nodeId,
        key: { slug: d.practices.edges[0].node.slug },
      },
      {
        type: 'Resource',
        id: d.resources.edges[0].node.nodeId,
        key: { slug: d.resources.edges[0].node.slug },
      },
    ];
    const ids = new Set(samples.map((s) => s.id));
    expect(ids.size).toBe(4);
    for (const s of samples) {
      const { body } = await t.gql(
        `query($id: ID!) { node(id: $id) {
          __typename
          ... on Country { code nodeId }
          ... on Organisation { slug nodeId }
          ... on Practice { slug nodeId country { code } }
          ... on Resource { slug nodeId }
        } }`,
        { id: s.id },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.node).toMatchObject({ __typename: s.type, nodeId: s.id, ...s.key });
    }
  });

  it('answers null for a record that is gone and BAD_USER_INPUT for an id it never gave out', async () => {
    const gone = await t.gql('query($id: ID!) { node(id: $id) { __typename } }', {
      id: encodeGlobalId('Practice', randomUUID()),
    });
    expect(gone.body).toEqual({ data: { node: null } });
    for (const id of [
      'nonsense',
      encodeGlobalId('Thread', randomUUID()),
      encodeGlobalId('Practice', 'pl-recovery'),
    ]) {
      const { body } = await t.gql('query($id: ID!) { node(id: $id) { __typename } }', { id });
      expect([id, body.errors?.[0]?.extensions?.code]).toEqual([id, 'BAD_USER_INPUT']);
      expect(body.errors?.[0]?.message).not.toContain(id);
    }
  });
});
