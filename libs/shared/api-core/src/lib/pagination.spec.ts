import { GraphQLError } from 'graphql';
import { encodeCursor, offsetAfter, toConnection } from './pagination';

describe('cursor pagination', () => {
  it('round-trips an offset through a cursor', () => {
    expect(offsetAfter(encodeCursor(41))).toBe(42);
    expect(offsetAfter(null)).toBe(0);
    expect(offsetAfter(undefined)).toBe(0);
  });

  it('rejects cursors it did not issue', () => {
    for (const bad of [
      'abc',
      Buffer.from('o:-1').toString('base64url'),
      Buffer.from('x:5').toString('base64url'),
    ]) {
      expect(() => offsetAfter(bad)).toThrow(GraphQLError);
    }
  });

  it('builds page info from the slice and total', () => {
    const c = toConnection(['a', 'b'], 5, 2);
    expect(c.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(offsetAfter(c.pageInfo.endCursor)).toBe(4);
    const last = toConnection(['e'], 5, 4);
    expect(last.pageInfo.hasNextPage).toBe(false);
    const empty = toConnection([], 0, 0);
    expect(empty.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
