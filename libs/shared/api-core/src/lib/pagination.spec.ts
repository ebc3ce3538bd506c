import { GraphQLError } from 'graphql';
import {
  KeysetKey,
  ListSort,
  decodeCursor,
  encodeCursor,
  keysetCondition,
  listSortKeys,
  readCursor,
  toConnection,
} from './pagination';

const ID = '0b6f1e1a-3c2d-4e5f-8a9b-0c1d2e3f4a5b';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const message = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GraphQLError);
    expect((e as GraphQLError).extensions['code']).toBe('BAD_USER_INPUT');
    return (e as GraphQLError).message;
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('keyset cursors', () => {
  it('round-trip the sort key values of a row, opaque and versioned', () => {
    const c = encodeCursor('practices', 'recent', ['2025-01-02T03:04:05.123456Z', 'Zoë "quoted"', ID]);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(c, 'base64url').toString('utf8')).toMatch(/^\["k1","practices","recent",/);
    expect(decodeCursor(c, 'practices', 'recent', ['timestamptz', 'text', 'uuid'])).toEqual([
      '2025-01-02T03:04:05.123456Z',
      'Zoë "quoted"',
      ID,
    ]);
    expect(decodeCursor(null, 'practices', 'title', ['text', 'uuid'])).toBeNull();
    expect(decodeCursor('', 'practices', 'title', ['text', 'uuid'])).toBeNull();
  });

  it('refuse what we did not issue: garbage, old offset cursors, forged shapes', () => {
    const kinds = ['text', 'uuid'] as const;
    for (const bad of [
      'abc',
      'not a cursor',
      b64('o:5'), // the offset cursors of before
      b64('[]'),
      b64('{"k":1}'),
      b64(JSON.stringify(['k1', 'practices', 'title', 'A'])), // a value short
      b64(JSON.stringify(['k1', 'practices', 'title', 'A', 'not-a-uuid'])),
      b64(JSON.stringify(['k1', 'practices', 'title', 7, ID])),
      b64(JSON.stringify(['k1', 'practices', 'title', 'A\u0000', ID])),
      b64(JSON.stringify(['k1', 'practices', 'title', 'A', ID, 'extra'])),
    ]) {
      expect(message(() => decodeCursor(bad, 'practices', 'title', kinds))).toMatch(
        /"after" is not a cursor issued by this API/,
      );
    }
    expect(
      message(() =>
        decodeCursor(
          encodeCursor('practices', 'recent', ['2025-01-02 03:04:05', 'A', ID]),
          'practices',
          'recent',
          ['timestamptz', 'text', 'uuid'],
        ),
      ),
    ).toMatch(/not a cursor issued/);
  });

  it('name the sort, list or version a cursor belongs to', () => {
    const recent = encodeCursor('practices', 'recent', ['2025-01-02T03:04:05.123456Z', 'A', ID]);
    expect(message(() => decodeCursor(recent, 'practices', 'title', ['text', 'uuid']))).toMatch(
      /cursor of sort RECENT, not TITLE/,
    );
    const other = encodeCursor('organisations', 'title', ['A', ID]);
    expect(message(() => decodeCursor(other, 'practices', 'title', ['text', 'uuid']))).toMatch(
      /cursor of organisations, not of practices/,
    );
    expect(
      message(() => readCursor(b64(JSON.stringify(['k0', 'practices', 'title', 'A'])), 'practices')),
    ).toMatch(/older version/);
  });
});

describe('keysetCondition', () => {
  it('is "strictly after" in the keys’ order, mixed directions included', () => {
    const keys: KeysetKey[] = listSortKeys(ListSort.RECENT, 'p');
    const bound: unknown[] = [];
    const sql = keysetCondition(keys, ['2025-01-02T03:04:05.123456Z', 'T', ID], (v, i) => {
      bound.push(v);
      return `$${i + 1}`;
    });
    expect(sql).toBe(
      '((p.updated_at < CAST($1 AS timestamptz))' +
        ' OR (p.updated_at = CAST($1 AS timestamptz) AND p.title > CAST($2 AS text))' +
        ' OR (p.updated_at = CAST($1 AS timestamptz) AND p.title = CAST($2 AS text) AND p.id > CAST($3 AS uuid)))',
    );
    expect(bound).toHaveLength(3);
    expect(listSortKeys(ListSort.TITLE, 'o', 'name').map((k) => `${k.sql} ${k.direction}`)).toEqual([
      'o.name ASC',
      'o.id ASC',
    ]);
  });
});

describe('sort LATEST', () => {
  it('orders by the record’s own year, newest first with undated rows (NULL read as 0) last, then as RECENT', () => {
    const keys = listSortKeys(ListSort.LATEST, 'r', 'title', 'year');
    expect(keys.map((k) => `${k.sql} ${k.direction} ${k.kind}`)).toEqual([
      'COALESCE(r.year, 0) DESC int',
      'r.updated_at DESC timestamptz',
      'r.title ASC text',
      'r.id ASC uuid',
    ]);
    expect(keysetCondition(keys.slice(0, 1), [2021], (_, i) => `$${i + 1}`)).toBe(
      '((COALESCE(r.year, 0) < CAST($1 AS integer)))',
    );
  });

  it('is BAD_USER_INPUT on a list with no date of its own', () => {
    expect(message(() => listSortKeys(ListSort.LATEST, 'o', 'name'))).toMatch(/sort LATEST needs a date/);
  });

  it('takes a whole year from its own cursor and refuses anything else in its place', () => {
    const kinds = ['int', 'timestamptz', 'text', 'uuid'] as const;
    const at = '2025-01-02T03:04:05.123456Z';
    expect(
      decodeCursor(encodeCursor('resources', 'latest', [2021, at, 'T', ID]), 'resources', 'latest', kinds),
    ).toEqual([2021, at, 'T', ID]);
    for (const year of ['2021', 2021.5, null])
      expect(
        message(() =>
          decodeCursor(
            encodeCursor('resources', 'latest', [year as number, at, 'T', ID]),
            'resources',
            'latest',
            kinds,
          ),
        ),
      ).toMatch(/not a cursor issued by this API/);
  });
});

describe('toConnection', () => {
  it('takes the page info from the edges and the sides', () => {
    const c = toConnection(
      [
        { cursor: 'a', node: 1 },
        { cursor: 'b', node: 2 },
      ],
      5,
      { hasNextPage: true, hasPreviousPage: false },
    );
    expect(c.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: 'a',
      endCursor: 'b',
    });
    expect(toConnection([], 0, { hasNextPage: false, hasPreviousPage: false }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
