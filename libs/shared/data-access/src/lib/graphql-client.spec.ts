import { APP_ID, ApplicationRef, PLATFORM_ID, TransferState } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Client, ClientOptions } from 'graphql-ws/client';
import {
  ApiError,
  GRAPHQL_TRANSPORT,
  GRAPHQL_URL,
  GRAPHQL_WS_CLIENT,
  GRAPHQL_WS_URL,
  GraphqlClient,
  GraphqlReply,
  GraphqlTransport,
  TypedQuery,
} from './graphql-client';

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

describe('GraphqlClient: every error, field errors, mutations', () => {
  let reply: unknown;

  beforeEach(() => {
    (globalThis as { fetch: unknown }).fetch = async () =>
      ({ status: 200, headers: new Headers(), json: () => Promise.resolve(reply) }) as unknown as Response;
    TestBed.configureTestingModule({});
  });

  const failure = (run: () => Promise<unknown>) =>
    run().then(
      () => null,
      (e: unknown) => e as ApiError,
    );

  it('keeps every error with its code and path, the first one leading', async () => {
    reply = {
      data: null,
      errors: [
        { message: 'No practice with slug "x"', path: ['a'], extensions: { code: 'NOT_FOUND' } },
        {
          message: 'first must be at most 100',
          path: ['b'],
          extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
        },
        { message: 'odd' },
      ],
    };
    const err = (await failure(() => TestBed.inject(GraphqlClient).request(query, { slug: 'x' })))!;
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toBe('No practice with slug "x"');
    expect(err.errors.map((e) => [e.code, e.path])).toEqual([
      ['NOT_FOUND', ['a']],
      ['BAD_USER_INPUT', ['b']],
      ['UNKNOWN', undefined],
    ]);
    expect(err.errors[1].extensions['argument']).toBe('first');
  });

  it('turns a BAD_USER_INPUT naming an input field into a field error', async () => {
    reply = {
      data: null,
      errors: [
        {
          message: '"input.title" is too long: 30000 characters, at most 20000 are accepted.',
          extensions: { code: 'BAD_USER_INPUT', argument: 'input.title' },
        },
      ],
    };
    const err = (await failure(() => TestBed.inject(GraphqlClient).request(query, { slug: 'x' })))!;
    expect(err.fieldErrors).toEqual([{ field: 'title', code: 'BAD_USER_INPUT', message: err.message }]);
    expect(err.forField('title')).toEqual([err.message]);
  });

  const mutation = {
    toString: () =>
      'mutation M($input: RenameInput!) { rename(input: $input) { errors { field message code } thing { id } } }',
  } as TypedQuery<
    { rename: { errors: { field: string; message: string; code: string }[]; thing: { id: string } | null } },
    { input: { name: string } }
  >;

  it('mutate: resolves with the payload when it has no errors', async () => {
    reply = { data: { rename: { errors: [], thing: { id: '1' } } } };
    const data = await TestBed.inject(GraphqlClient).mutate(mutation, { input: { name: 'n' } });
    expect(data.rename.thing).toEqual({ id: '1' });
  });

  it('mutate: rejects with every payload error for the form, field by field', async () => {
    reply = {
      data: {
        rename: {
          thing: null,
          errors: [
            { field: 'name', code: 'REQUIRED', message: 'name should not be empty' },
            { field: 'sources.1.url', code: 'INVALID', message: 'sources.1.url must be a URL address' },
            { field: 'name', code: 'TOO_SHORT', message: 'name is too short' },
          ],
        },
      },
    };
    const err = (await failure(() =>
      TestBed.inject(GraphqlClient).mutate(mutation, { input: { name: '' } }),
    ))!;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.conflict).toBe(false);
    expect(err.fieldErrors).toHaveLength(3);
    expect(err.forField('name')).toEqual(['name should not be empty', 'name is too short']);
    expect(err.forField('sources.1.url')).toEqual(['sources.1.url must be a URL address']);
    expect(err.forField('other')).toEqual([]);
  });

  it('mutate: a stale version is a CONFLICT', async () => {
    reply = {
      data: {
        rename: {
          thing: null,
          errors: [{ field: 'expectedVersion', code: 'CONFLICT', message: 'Someone changed this record' }],
        },
      },
    };
    const err = (await failure(() =>
      TestBed.inject(GraphqlClient).mutate(mutation, { input: { name: 'n' } }),
    ))!;
    expect(err.code).toBe('CONFLICT');
    expect(err.conflict).toBe(true);
    expect(err.message).toBe('Someone changed this record');
  });
});

describe('GraphqlClient: subscriptions', () => {
  type Sink = { next(v: unknown): void; error(e: unknown): void; complete(): void };
  let made: ClientOptions[];
  let sinks: Sink[];
  let disposed: number;
  let payloads: unknown[];

  const fakeClient = async (options: ClientOptions) => {
    made.push(options);
    return {
      subscribe: (payload: unknown, sink: Sink) => {
        payloads.push(payload);
        sinks.push(sink);
        return () => disposed++;
      },
      dispose: async () => undefined,
    } as unknown as Client;
  };
  const tick = { toString: () => 'subscription { healthTick { at } }' } as TypedQuery<
    { healthTick: { at: string } },
    Record<string, never>
  >;
  const flush = () => new Promise((r) => setTimeout(r, 0));

  beforeEach(() => {
    made = [];
    sinks = [];
    disposed = 0;
    payloads = [];
    TestBed.configureTestingModule({
      providers: [
        { provide: GRAPHQL_WS_CLIENT, useValue: fakeClient },
        { provide: GRAPHQL_WS_URL, useValue: 'ws://api.example/graphql' },
      ],
    });
  });

  it('emits each event’s data over one lazily made client, and unsubscribes', async () => {
    const client = TestBed.inject(GraphqlClient);
    expect(made).toEqual([]); // no socket until something subscribes
    const seen: unknown[] = [];
    const a = client.subscribe(tick, {}).subscribe((d) => seen.push(d));
    const b = client.subscribe(tick, {}).subscribe();
    await flush();
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ url: 'ws://api.example/graphql', lazy: true });
    expect(payloads[0]).toEqual({ query: tick.toString(), variables: {} });
    sinks[0].next({ data: { healthTick: { at: 'now' } } });
    sinks[0].next({ data: { healthTick: { at: 'later' } } });
    expect(seen).toEqual([{ healthTick: { at: 'now' } }, { healthTick: { at: 'later' } }]);
    a.unsubscribe();
    b.unsubscribe();
    expect(disposed).toBe(2);
  });

  it('reports errors as ApiError with every error, and a lost connection in words', async () => {
    const client = TestBed.inject(GraphqlClient);
    const errors: ApiError[] = [];
    client.subscribe(tick, {}).subscribe({ error: (e: ApiError) => errors.push(e) });
    client.subscribe(tick, {}).subscribe({ error: (e: ApiError) => errors.push(e) });
    client.subscribe(tick, {}).subscribe({ error: (e: ApiError) => errors.push(e) });
    await flush();
    sinks[0].next({ errors: [{ message: 'Sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } }] });
    sinks[1].error([
      { message: 'Too deep', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      { message: 'Too many aliases', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
    sinks[2].error({ code: 1006, reason: '' }); // a CloseEvent
    expect(errors.map((e) => [e.code, e.errors.length])).toEqual([
      ['UNAUTHENTICATED', 1],
      ['GRAPHQL_VALIDATION_FAILED', 2],
      ['NETWORK', 0],
    ]);
    expect(errors[2].message).toMatch(/could not be reached/);
  });

  it('never opens a subscription that was dropped before the client was ready', async () => {
    const client = TestBed.inject(GraphqlClient);
    client.subscribe(tick, {}).subscribe().unsubscribe();
    await flush();
    expect(payloads).toEqual([]);
  });

  it('derives the WebSocket address from GRAPHQL_URL and the page', () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [{ provide: GRAPHQL_URL, useValue: '/graphql' }] });
    expect(TestBed.inject(GRAPHQL_WS_URL)).toBe(`ws://${location.host}/graphql`);
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [{ provide: GRAPHQL_URL, useValue: 'https://api.example/graphql' }],
    });
    expect(TestBed.inject(GRAPHQL_WS_URL)).toBe('wss://api.example/graphql');
  });
});

describe('GraphqlClient: server rendering', () => {
  const replyFor = (title: string): GraphqlReply => ({
    status: 200,
    body: { data: { practice: { title } } },
    retryAfter: null,
  });

  it('on the server, asks through the render’s transport, opens no socket, and keeps each answer for the page', async () => {
    const sent: unknown[] = [];
    const transport: GraphqlTransport = async (operation) => {
      sent.push(operation);
      return (operation.variables as { slug: string }).slug === 'gone'
        ? {
            status: 200,
            body: { errors: [{ message: 'No such practice', extensions: { code: 'NOT_FOUND' } }] },
            retryAfter: null,
          }
        : replyFor('Recovery assistants');
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: PLATFORM_ID, useValue: 'server' },
        { provide: GRAPHQL_TRANSPORT, useValue: transport },
      ],
    });
    const client = TestBed.inject(GraphqlClient);
    expect((await client.request(query, { slug: 'x' })).practice.title).toBe('Recovery assistants');
    await expect(client.request(query, { slug: 'gone' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(sent).toEqual([
      { query: query.toString(), variables: { slug: 'x' } },
      { query: query.toString(), variables: { slug: 'gone' } },
    ]);
    // Both answers (the error too: the browser hydrates the not-found page as not found) travel with the page.
    const carried = JSON.parse(TestBed.inject(TransferState).toJson()) as Record<string, GraphqlReply>;
    expect(Object.values(carried)).toHaveLength(2);
    expect(client.carried(query, { slug: 'x' })).toBeNull(); // the server itself never reads them back

    let events = 0;
    client.subscribe(query, { slug: 'x' }).subscribe({ next: () => events++, complete: () => events++ });
    expect(events).toBe(0);
  });

  it('keeps no rate-limited or failed answer: the browser meets those itself', async () => {
    const answers: GraphqlReply[] = [
      {
        status: 429,
        body: { errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED' } }] },
        retryAfter: '5',
      },
      { status: 500, body: undefined, retryAfter: null },
    ];
    TestBed.configureTestingModule({
      providers: [
        { provide: PLATFORM_ID, useValue: 'server' },
        { provide: GRAPHQL_TRANSPORT, useValue: async () => answers.shift() },
      ],
    });
    const client = TestBed.inject(GraphqlClient);
    await expect(client.request(query, { slug: 'a' })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(client.request(query, { slug: 'b' })).rejects.toMatchObject({ code: 'HTTP_500' });
    expect(TestBed.inject(TransferState).isEmpty).toBe(true);
  });

  it('in the browser, reads what the page carries until the app is first stable, then asks the API', async () => {
    // What the server would have put in the page for { slug: 'x' }.
    TestBed.configureTestingModule({
      providers: [
        { provide: PLATFORM_ID, useValue: 'server' },
        { provide: GRAPHQL_TRANSPORT, useValue: async () => replyFor('From the server') },
      ],
    });
    await TestBed.inject(GraphqlClient).request(query, { slug: 'x' });
    const page = TestBed.inject(TransferState).toJson();
    TestBed.resetTestingModule();

    // The page as it arrives: the state in the script element Angular's server render writes.
    const script = document.createElement('script');
    script.id = 'ng-state';
    script.type = 'application/json';
    script.textContent = page;
    document.body.appendChild(script);
    TestBed.configureTestingModule({
      providers: [
        { provide: PLATFORM_ID, useValue: 'browser' },
        { provide: APP_ID, useValue: 'ng' },
      ],
    });
    const client = TestBed.inject(GraphqlClient);
    expect(client.carried(query, { slug: 'x' })).toEqual({
      status: 'resolved',
      value: { practice: { title: 'From the server' } },
    });
    expect(client.carried(query, { slug: 'other' })).toBeNull();
    await TestBed.inject(ApplicationRef).whenStable();
    await Promise.resolve();
    // Hydrated: a later visit to the same record asks the API for fresh data.
    expect(client.carried(query, { slug: 'x' })).toBeNull();
    script.remove();
  });
});
