import type { IncomingMessage } from 'node:http';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Global, INestApplication, Injectable, Module } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import {
  Args,
  Field,
  GraphQLModule,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsString, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import {
  ANONYMOUS,
  APP_CONFIG,
  AccessGuard,
  ArgumentHygienePipe,
  Can,
  CurrentViewer,
  GraphqlErrorFilter,
  LIVE_CONFIG,
  MutationPayload,
  PayloadErrors,
  PubSubPort,
  RateLimits,
  UserInputErrors,
  VersionedInput,
  Viewer,
  ViewerKind,
  Viewers,
  assertCan,
  assertVersion,
  createPubSub,
  fieldError,
  loadConfig,
  loadLiveConfig,
  strictValidationPipe,
} from '@peerhub/shared/api-core';
import { liveSubscribe } from '../testing/live-client';
import { LiveUpdates, graphqlOptions } from './graphql';

/**
 * The mutation convention and the access guard, proven on a small app of test-only resolvers (the product has no
 * mutation yet) built with the API's own GraphQL options, global pipes, exception filter, guard and graphql-ws
 * server, over real HTTP and WebSocket requests.
 */

@InputType()
class SourceInput {
  @Field()
  @IsUrl({ require_protocol: true })
  url!: string;
}

@InputType()
class RenameOrganisationInput extends VersionedInput {
  @Field(() => ID)
  @IsString()
  organisationId!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(20)
  name!: string;

  @Field(() => [SourceInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  sources: SourceInput[] = [];
}

@ObjectType()
class TestOrganisation {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) version!: number;
}

@ObjectType()
class RenameOrganisationPayload extends MutationPayload {
  @Field(() => TestOrganisation, { nullable: true })
  organisation?: TestOrganisation | null;
}

const store = new Map<string, TestOrganisation>();
let resolverRuns = 0;
let lastInput: unknown = null;

@Resolver()
class ConventionResolver {
  @Query(() => TestOrganisation, { nullable: true })
  testOrganisation(@Args('id', { type: () => ID }) id: string): TestOrganisation | null {
    return store.get(id) ?? null;
  }

  @Mutation(() => RenameOrganisationPayload)
  @Can('organisation:edit')
  @PayloadErrors(RenameOrganisationInput)
  renameOrganisation(
    @Args('input') input: RenameOrganisationInput,
    @CurrentViewer() viewer: Viewer,
  ): RenameOrganisationPayload {
    // What a service does: the subject-bound check, then the record's own rules.
    resolverRuns++;
    lastInput = input;
    assertCan(viewer, 'organisation:edit', input.organisationId);
    const org = store.get(input.organisationId);
    if (!org) throw new UserInputErrors([fieldError('organisationId', 'NOT_FOUND', 'No such organisation.')]);
    assertVersion(input.expectedVersion, org.version);
    if ([...store.values()].some((o) => o.id !== org.id && o.name === input.name))
      throw new UserInputErrors([fieldError('name', 'TAKEN', 'Another organisation has this name.')]);
    org.name = input.name;
    org.version++;
    return { errors: [], organisation: { ...org } };
  }

  @Mutation(() => Boolean, { description: 'Declares no rule: refused to everyone.' })
  undeclared(): boolean {
    resolverRuns++;
    return true;
  }

  @Subscription(() => Int, { resolve: (n: number) => n })
  undeclaredTicks(): AsyncIterableIterator<number> {
    resolverRuns++;
    return (async function* () {
      yield 1;
    })();
  }
}

const SAMPLE: Partial<Record<ViewerKind | 'editor', Viewer>> = {
  member: { kind: 'member', userId: 'm', roles: [], editorOf: [] },
  editor: { kind: 'member', userId: 'e', roles: [], editorOf: ['org-a', 'org-b'] },
  admin: { kind: 'member', userId: 'a', roles: ['admin'], editorOf: [] },
};

/** Test identity: a header names a sample viewer (the real Viewers is anonymous-only until accounts exist). */
@Injectable()
class HeaderViewers extends Viewers {
  override async fromRequest(req: IncomingMessage | undefined): Promise<Viewer> {
    return SAMPLE[req?.headers['x-test-viewer'] as ViewerKind] ?? ANONYMOUS;
  }
}

const config = loadConfig({ NODE_ENV: 'test' });

@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useValue: config },
    { provide: LIVE_CONFIG, useValue: loadLiveConfig({}) },
    { provide: Viewers, useClass: HeaderViewers },
    {
      provide: RateLimits,
      useValue: { requests: null, take: async () => ({ allowed: true, retryAfter: 0 }) },
    },
    { provide: PubSubPort, useFactory: () => createPubSub(null, 'test') },
  ],
  exports: [APP_CONFIG, LIVE_CONFIG, Viewers, RateLimits, PubSubPort],
})
class TestInfrastructure {}

@Module({
  imports: [
    TestInfrastructure,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [Viewers],
      useFactory: (viewers: Viewers) => graphqlOptions(config, viewers),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }, LiveUpdates, ConventionResolver],
})
class ConventionTestModule {}

const RENAME = `mutation($input: RenameOrganisationInput!) {
  renameOrganisation(input: $input) { errors { field message code } organisation { id name version } }
}`;

describe('mutation convention and access guard', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    app = await NestFactory.create(ConventionTestModule, { logger: ['error'] });
    app.useGlobalPipes(new ArgumentHygienePipe(), strictValidationPipe());
    app.useGlobalFilters(new GraphqlErrorFilter());
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(() => {
    store.clear();
    store.set('org-a', { id: 'org-a', name: 'Peer Hub', version: 3 });
    store.set('org-b', { id: 'org-b', name: 'Taken Name', version: 1 });
    resolverRuns = 0;
    lastInput = null;
  });

  async function gql(query: string, variables: Record<string, unknown> = {}, viewer?: string) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(viewer ? { 'x-test-viewer': viewer } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as {
      data?: Record<string, any> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  }

  const input = (over: Record<string, unknown> = {}) => ({
    organisationId: 'org-a',
    expectedVersion: 3,
    name: 'Peer Hub Europe',
    ...over,
  });

  it('applies a valid input and answers the payload with no errors', async () => {
    const body = await gql(RENAME, { input: input() }, 'editor');
    expect(body.errors).toBeUndefined();
    expect(body.data?.['renameOrganisation']).toEqual({
      errors: [],
      organisation: { id: 'org-a', name: 'Peer Hub Europe', version: 4 },
    });
    // The global pipe still ran after the convention's check: the resolver got a validated class instance.
    expect(lastInput).toBeInstanceOf(RenameOrganisationInput);
  });

  it('answers validation failures field by field (nested paths included), without running the resolver', async () => {
    const body = await gql(
      RENAME,
      { input: input({ name: '', sources: [{ url: 'https://ok.example' }, { url: 'not a url' }] }) },
      'editor',
    );
    expect(body.errors).toBeUndefined();
    const { errors, organisation } = body.data!['renameOrganisation'];
    expect(organisation).toBeNull();
    expect(errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`).sort()).toEqual([
      'name REQUIRED',
      'sources.1.url INVALID',
    ]);
    expect(errors.find((e: { field: string }) => e.field === 'sources.1.url').message).toMatch(
      /sources\.1\.url/,
    );
    const long = await gql(RENAME, { input: input({ name: 'x'.repeat(21), expectedVersion: -1 }) }, 'editor');
    expect(
      long.data?.['renameOrganisation'].errors
        .map((e: { field: string; code: string }) => `${e.field} ${e.code}`)
        .sort(),
    ).toEqual(['expectedVersion OUT_OF_RANGE', 'name TOO_LONG']);
    expect(resolverRuns).toBe(0);
    expect(store.get('org-a')?.name).toBe('Peer Hub');
  });

  it('answers CONFLICT on expectedVersion for a stale version, and service rules (TAKEN) per field', async () => {
    const stale = await gql(RENAME, { input: input({ expectedVersion: 2 }) }, 'editor');
    expect(stale.data?.['renameOrganisation'].errors).toEqual([
      { field: 'expectedVersion', code: 'CONFLICT', message: expect.stringMatching(/version 3.*version 2/) },
    ]);
    expect(stale.data?.['renameOrganisation'].organisation).toBeNull();
    expect(store.get('org-a')?.version).toBe(3);
    const taken = await gql(RENAME, { input: input({ name: 'Taken Name' }) }, 'editor');
    expect(taken.data?.['renameOrganisation'].errors).toEqual([
      { field: 'name', code: 'TAKEN', message: 'Another organisation has this name.' },
    ]);
  });

  it('refuses by the policy before anything runs: UNAUTHENTICATED anonymous, FORBIDDEN a member who may not', async () => {
    const anonymous = await gql(RENAME, { input: input({ name: '' }) });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data).toBeNull();
    const member = await gql(RENAME, { input: input() }, 'member');
    expect(member.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(resolverRuns).toBe(0);
    // An editor of other organisations passes the guard; the service's subject-bound check refuses.
    SAMPLE.member = { kind: 'member', userId: 'm2', roles: [], editorOf: ['org-b'] };
    const otherEditor = await gql(RENAME, { input: input() }, 'member');
    SAMPLE.member = { kind: 'member', userId: 'm', roles: [], editorOf: [] };
    expect(otherEditor.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const admin = await gql(RENAME, { input: input() }, 'admin');
    expect(admin.data?.['renameOrganisation'].organisation.version).toBe(4);
  });

  it('refuses a mutation or a subscription that declares no rule, to everyone; queries are public', async () => {
    for (const viewer of [undefined, 'member', 'admin']) {
      const body = await gql('mutation { undeclared }', {}, viewer);
      expect([viewer, body.errors?.map((e) => e.extensions?.code)]).toEqual([viewer, ['FORBIDDEN']]);
    }
    const sub = liveSubscribe(url, 'subscription { undeclaredTicks }', {
      headers: { 'x-test-viewer': 'admin' },
    });
    const first = await sub.waitFor(5000);
    await sub.close();
    expect(first?.data ?? null).toBeNull();
    expect(first?.errors?.map((e) => e.extensions?.['code'])).toEqual(['FORBIDDEN']);
    expect(resolverRuns).toBe(0);
    const read = await gql('query { testOrganisation(id: "org-a") { name } }');
    expect(read).toEqual({ data: { testOrganisation: { name: 'Peer Hub' } } });
  });
});
