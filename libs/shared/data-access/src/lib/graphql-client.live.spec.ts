/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The real graphql-ws client (as the app loads it) against a real graphql-ws server on a local port: the protocol,
// the lazily opened socket and the error mapping, end to end. (Node export conditions, so `ws` loads its server.)
import { TestBed } from '@angular/core/testing';
import { GraphQLError, buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { AddressInfo } from 'node:net';
import { firstValueFrom, take, toArray } from 'rxjs';
import { WebSocketServer } from 'ws';
import { ApiError, GRAPHQL_WS_URL, GraphqlClient, TypedQuery } from './graphql-client';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Subscription { count(to: Int!): Int!, refused: Int! }
`);
const roots = {
  subscription: {
    count: async function* ({ to }: { to: number }) {
      for (let n = 1; n <= to; n++) yield { count: n };
    },
    refused: () => {
      throw new GraphQLError('Sign in to do this.', { extensions: { code: 'UNAUTHENTICATED' } });
    },
  },
};

describe('GraphqlClient.subscribe over a real graphql-ws connection', () => {
  let wss: WebSocketServer;
  let connections = 0;

  beforeAll(async () => {
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1', path: '/graphql' });
    wss.on('connection', () => connections++);
    useServer({ schema, roots }, wss);
    await new Promise((r) => wss.once('listening', r));
  });
  afterAll(async () => {
    TestBed.resetTestingModule(); // disposes the client
    await new Promise((r) => wss.close(r));
  });

  it('streams events and errors through one socket', async () => {
    const { port } = wss.address() as AddressInfo;
    TestBed.configureTestingModule({
      providers: [{ provide: GRAPHQL_WS_URL, useValue: `ws://127.0.0.1:${port}/graphql` }],
    });
    const client = TestBed.inject(GraphqlClient);
    const count = { toString: () => 'subscription($to: Int!) { count(to: $to) }' } as TypedQuery<
      { count: number },
      { to: number }
    >;
    const refused = { toString: () => 'subscription { refused }' } as TypedQuery<{ refused: number }, object>;
    const [values, err] = await Promise.all([
      firstValueFrom(client.subscribe(count, { to: 3 }).pipe(take(3), toArray())),
      firstValueFrom(client.subscribe(refused, {})).catch((e: unknown) => e),
    ]);
    expect(values).toEqual([{ count: 1 }, { count: 2 }, { count: 3 }]);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('UNAUTHENTICATED');
    expect(connections).toBe(1);
  });
});
