import { Injectable } from '@nestjs/common';
import { badUserInput } from '@peerhub/shared/api-core';
import {
  CountriesService,
  CountryDimensionEntity,
  DimensionLevel,
  buildComparison,
  latestDate,
  normaliseCompareCodes,
  toCountry,
} from '@peerhub/countries/api';
import { PracticeEntity, PracticesService, toPractice } from '@peerhub/practices/api';
import { OrganisationsService } from '@peerhub/organisations/api';
import { ResourceEntity, ResourcesService, toResource } from '@peerhub/resources/api';
import { BriefResourceReason, BriefTopic, PolicyBrief, Transferability } from './policy.models';
import { BRIEF_TOPICS, PRECONDITION_RULES, combine, judge, onTopic } from './policy.rules';
import { PreconditionKind } from '@peerhub/practices/api';
import { isoDate, toSources } from '@peerhub/shared/api-core';

/**
 * Policy owns no tables: the brief and the transferability check are read models over countries, practices,
 * organisations and resources, each asked through its service.
 */

/** The pseudo-country for bodies working at European level; its practices belong in every brief on their topic. */
const EUROPE_WIDE = 'EU';

@Injectable()
export class PolicyService {
  constructor(
    private readonly countries: CountriesService,
    private readonly practices: PracticesService,
    private readonly organisations: OrganisationsService,
    private readonly resourcesService: ResourcesService,
  ) {}

  async transferability(practiceSlug: string, targetCode: string): Promise<Transferability> {
    const practice = await this.practices.bySlug(practiceSlug); // NOT_FOUND
    const code = targetCode.trim().toUpperCase();
    if (code === practice.countryCode) {
      throw badUserInput(`the practice already runs in ${code}; choose another target country`, {
        argument: 'target',
      });
    }
    const [origin, target] = await Promise.all([
      this.countries.get(practice.countryCode),
      this.countries.get(code), // NOT_FOUND
    ]);
    const dims = await this.countries.dimensionsOf([origin.code, target.code]);
    const dim = (country: string, key: string) =>
      dims.find((d) => d.countryCode === country && d.key === key);
    const checks = practice.preconditions.map((p) => {
      const rules = PRECONDITION_RULES[p.kind as PreconditionKind] ?? [];
      const evidence = rules.map((rule) => {
        const found = dim(target.code, rule.key);
        const level = (found?.level as DimensionLevel | undefined) ?? DimensionLevel.UNKNOWN;
        const originLevel =
          (dim(origin.code, rule.key)?.level as DimensionLevel | undefined) ?? DimensionLevel.UNKNOWN;
        return {
          key: rule.key,
          level,
          required: originLevel,
          ...judge(level, originLevel),
          originLevel,
          text: found?.text ?? '',
          sources: toSources(found?.sources ?? []),
          verifiedOn: isoDate(found?.verifiedOn),
        };
      });
      return {
        kind: p.kind as PreconditionKind,
        text: p.text,
        status: combine(evidence.map((e) => e.status)),
        evidence,
      };
    });
    return {
      practice: toPractice(practice),
      origin: toCountry(origin),
      target: toCountry(target),
      checks,
      dataAsOf: latestDate(checks.flatMap((c) => c.evidence.map((e) => e.verifiedOn))),
    };
  }

  async brief(codes: string[], topic: BriefTopic): Promise<PolicyBrief> {
    const wanted = normaliseCompareCodes(codes, 1);
    const { dimensions } = BRIEF_TOPICS[topic];
    const [countries, dims] = await Promise.all([
      this.countries.byCodes(wanted),
      this.countries.dimensionsOf(wanted),
    ]);
    const comparison = buildComparison(
      wanted,
      countries,
      dims.filter((d: CountryDimensionEntity) => (dimensions as string[]).includes(d.key)),
    );
    const rows = comparison.rows.filter((r) => dimensions.includes(r.key));

    const practices = (await this.practices.byCountries([...wanted, EUROPE_WIDE])).filter((p) =>
      onTopic(topic, p),
    );
    const resources = await this.resourcesFor(wanted, topic, practices);
    return {
      topic,
      dimensions,
      countries: comparison.countries,
      rows,
      practices: practices.map(toPractice),
      resources: resources.map((r) => ({ resource: toResource(r.entity), reason: r.reason })),
      dataAsOf: latestDate([
        ...rows.flatMap((r) => r.cells.map((c) => c.verifiedOn)),
        ...practices.map((p) => isoDate(p.verifiedOn)),
        ...resources.map((r) => isoDate(r.entity.verifiedOn)),
      ]),
    };
  }

  /**
   * Resources linked to the brief's practices (whatever their topic), then resources on the topic by or with an
   * organisation in the chosen countries, then other resources on the topic — unless their topics name a profiled
   * country that is not in the brief (an Irish guidance paper has no place in a brief on Poland and Italy).
   */
  private async resourcesFor(
    codes: string[],
    topic: BriefTopic,
    practices: PracticeEntity[],
  ): Promise<{ entity: ResourceEntity; reason: BriefResourceReason }[]> {
    const [resources, links, countries] = await Promise.all([
      this.resourcesService.all(),
      practices.length ? this.practices.resourceLinks(practices.map((p) => p.id)) : Promise.resolve([]),
      this.countries.list(),
    ]);
    const tiesOf = await this.countriesOfResources(resources.map((r) => r.id));
    const linked = new Set(links.map((l) => l.resourceId));
    const otherNames = countries
      .filter((c) => !codes.includes(c.code) && c.code !== EUROPE_WIDE)
      .flatMap((c) => [c.code, ...Object.values(c.names ?? {})].map((n) => n.toLowerCase()));
    const reasonOf = (r: ResourceEntity): BriefResourceReason | null => {
      if (linked.has(r.id)) return BriefResourceReason.PRACTICE;
      if (!onTopic(topic, r)) return null;
      if ((tiesOf.get(r.id) ?? []).some((c) => codes.includes(c))) return BriefResourceReason.COUNTRY;
      if (r.topics.some((t) => otherNames.includes(t.toLowerCase()))) return null;
      return BriefResourceReason.GENERAL;
    };
    const order = [BriefResourceReason.PRACTICE, BriefResourceReason.COUNTRY, BriefResourceReason.GENERAL];
    return resources
      .map((entity) => ({ entity, reason: reasonOf(entity) }))
      .filter((r): r is { entity: ResourceEntity; reason: BriefResourceReason } => r.reason !== null)
      .sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason));
  }

  /** The countries of the organisations each resource is tied to (publisher, or made with). */
  private async countriesOfResources(ids: string[]): Promise<Map<string, string[]>> {
    const ties = ids.length ? await this.resourcesService.organisationTies({ resourceIds: ids }) : [];
    const orgIds = [...new Set(ties.map((t) => t.organisationId))];
    const orgs = orgIds.length ? await this.organisations.byIds(orgIds) : [];
    const countryOf = new Map(orgs.map((o) => [o.id, o.countryCode]));
    const out = new Map<string, string[]>();
    for (const t of ties) {
      const code = countryOf.get(t.organisationId);
      if (!code) continue;
      const codes = out.get(t.resourceId) ?? [];
      if (!codes.includes(code)) codes.push(code);
      out.set(t.resourceId, codes);
    }
    return out;
  }
}
