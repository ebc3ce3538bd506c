import { Injectable, OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver, createUnionType } from '@nestjs/graphql';
import { CountriesService, Country, CountryView, toCountry } from '@peerhub/countries/api';
import { Organisation, OrganisationsService, toOrganisation } from '@peerhub/organisations/api';
import { Practice, PracticesService, toPractice } from '@peerhub/practices/api';
import { Resource, ResourcesService, toResource } from '@peerhub/resources/api';
import { GraphqlContext, NodeRegistry, indexBy, nodeTypeOf } from '@peerhub/shared/api-core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

/**
 * What a global id can name today. A thread, a follow or a notification points at a Subject by its `nodeId`;
 * `node(id:)` gives it back. New kinds join the union and register in NodeTypes.
 */
export const Subject = createUnionType({
  name: 'Subject',
  description:
    'Anything a global id (`nodeId`) can name: a country, an organisation, a practice or a resource.',
  types: () => [Country, Organisation, Practice, Resource] as const,
  resolveType: (value: object) => nodeTypeOf(value),
});

/**
 * Registers the four published kinds with the node registry. Each loads through its own domain's service (one
 * query per kind per request, however many ids); the domains may take their registration over when they grow one.
 */
@Injectable()
export class NodeTypes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly countries: CountriesService,
    private readonly organisations: OrganisationsService,
    private readonly practices: PracticesService,
    private readonly resources: ResourcesService,
  ) {}

  onModuleInit(): void {
    this.registry.register<CountryView>({
      type: 'Country',
      key: COUNTRY_CODE,
      keyOf: (c) => c.code,
      load: async (codes) =>
        indexBy(codes, (await this.countries.byCodes(codes)).map(toCountry), (c) => c.code),
    });
    this.registry.register<Organisation>({
      type: 'Organisation',
      key: UUID,
      keyOf: (o) => o.id,
      load: async (ids) =>
        indexBy(ids, (await this.organisations.byIds(ids)).map(toOrganisation), (o) => o.id),
    });
    this.registry.register<Practice>({
      type: 'Practice',
      key: UUID,
      keyOf: (p) => p.id,
      load: async (ids) => indexBy(ids, (await this.practices.byIds(ids)).map(toPractice), (p) => p.id),
    });
    this.registry.register<Resource>({
      type: 'Resource',
      key: UUID,
      keyOf: (r) => r.id,
      load: async (ids) => indexBy(ids, (await this.resources.byIds(ids)).map(toResource), (r) => r.id),
    });
  }
}

const NODE_ID = {
  description: 'Global id: opaque, stable, unique across kinds; `node(id:)` finds the record again.',
};

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Query(() => Subject, {
    nullable: true,
    description:
      'The record a global id (`nodeId`) names; null when it no longer exists, BAD_USER_INPUT when the id is not one.',
  })
  node(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphqlContext): Promise<object | null> {
    return this.registry.resolve(id, ctx);
  }
}

@Resolver(() => Country)
export class CountryNodeId {
  constructor(private readonly registry: NodeRegistry) {}

  @ResolveField(() => ID, NODE_ID)
  nodeId(@Parent() c: Country): string {
    return this.registry.idOf('Country', c);
  }
}

@Resolver(() => Organisation)
export class OrganisationNodeId {
  constructor(private readonly registry: NodeRegistry) {}

  @ResolveField(() => ID, NODE_ID)
  nodeId(@Parent() o: Organisation): string {
    return this.registry.idOf('Organisation', o);
  }
}

@Resolver(() => Practice)
export class PracticeNodeId {
  constructor(private readonly registry: NodeRegistry) {}

  @ResolveField(() => ID, NODE_ID)
  nodeId(@Parent() p: Practice): string {
    return this.registry.idOf('Practice', p);
  }
}

@Resolver(() => Resource)
export class ResourceNodeId {
  constructor(private readonly registry: NodeRegistry) {}

  @ResolveField(() => ID, NODE_ID)
  nodeId(@Parent() r: Resource): string {
    return this.registry.idOf('Resource', r);
  }
}

export const NODE_PROVIDERS = [
  NodeRegistry,
  NodeTypes,
  NodeResolver,
  CountryNodeId,
  OrganisationNodeId,
  PracticeNodeId,
  ResourceNodeId,
];
