import { TestBed } from '@angular/core/testing';
import { ApiError, GRAPHQL_URL, GraphqlClient, TypedQuery } from './graphql-client';

const query = { toString: () => 'query Q($slug: String!) { practice(slug: $slug) { title } }' } as TypedQuery<
  { practice: { title: string } },
  { slug: string }
>;

describe('GraphqlClient', () => {
  let calls: { url: string; body: unknown }[];
  let reply: () => Promise<Response>;

  beforeEach(() => {
    calls = [];
    (globalThis as { fetch: unknown }).fetch = async (url: string, init: { body: string }) => {
      calls.push({ url, body: JSON.parse(init.body) });
      return reply();
    };
    TestBed.configureTestingModule({ providers: [{ provide: GRAPHQL_URL, useValue: '/api/graphql' }] });
  });

  const json = (status: number, body: unknown) =>
    Promise.resolve({ status, json: () => Promise.resolve(body) } as unknown as Response);

  it('posts the query and variables and returns data', async () => {
    reply = () => json(200, { data: { practice: { title: 'Recovery assistants' } } });
    const data = await TestBed.inject(GraphqlClient).request(query, { slug: 'x' });
    expect(data.practice.title).toBe('Recovery assistants');
    expect(calls).toEqual([
      { url: '/api/graphql', body: { query: query.toString(), variables: { slug: 'x' } } },
    ]);
  });

  it('explains a rate limit in the reader’s words with the wait the API asked for', async () => {
    reply = () =>
      Promise.resolve({
        status: 429,
        headers: new Headers({ 'retry-after': '42' }),
        json: () =>
          Promise.resolve({
            errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfter: 17 } }],
          }),
      } as unknown as Response);
    const err = await TestBed.inject(GraphqlClient)
      .request(query, { slug: 'x' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('RATE_LIMITED');
    expect((err as ApiError).message).toBe(
      'Too many requests from your connection just now. Please wait 17 s and try again.',
    );
  });

  it('turns a GraphQL error into an ApiError with its code', async () => {
    reply = () =>
      json(200, {
        data: null,
        errors: [{ message: 'No practice with slug "x"', extensions: { code: 'NOT_FOUND' } }],
      });
    const err = await TestBed.inject(GraphqlClient)
      .request(query, { slug: 'x' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('NOT_FOUND');
    expect((err as ApiError).notFound).toBe(true);
    expect((err as ApiError).message).toBe('No practice with slug "x"');
  });

  it('reports an unreachable server and a non-JSON answer in words', async () => {
    reply = () => Promise.reject(new TypeError('Failed to fetch'));
    const failure = () =>
      TestBed.inject(GraphqlClient)
        .request(query, { slug: 'x' })
        .then(
          () => null,
          (e: unknown) => e as ApiError,
        );
    const offline = (await failure())!;
    expect(offline.code).toBe('NETWORK');
    expect(offline.message).toMatch(/could not be reached/);
    reply = () =>
      Promise.resolve({
        status: 502,
        json: () => Promise.reject(new SyntaxError('Unexpected token <')),
      } as unknown as Response);
    const gateway = (await failure())!;
    expect(gateway.code).toBe('HTTP_502');
    expect(gateway.message).toMatch(/502/);
  });
});
