import { Injectable } from '@nestjs/common';
import { OrganisationsService } from '@peerhub/organisations/api';
import { ResourceEntity, ResourcesService } from '@peerhub/resources/api';
import { PracticesService } from './practices.service';

/**
 * The read model behind `Country.resources`. It lives in practices because practices is the one domain that
 * may ask all three sources (its own practice links, organisations, resources) — resources may not depend on
 * practices — and it asks each through its service, never its tables.
 */
@Injectable()
export class CountryResourcesService {
  constructor(
    private readonly practices: PracticesService,
    private readonly organisations: OrganisationsService,
    private readonly resources: ResourcesService,
  ) {}

  /**
   * Resources about each country: linked to one of its practices, or published by / made with one of its
   * organisations; newest first, then by title. Rows carry `countryCode` so a DataLoader can group them.
   */
  async ofCountries(codes: readonly string[]): Promise<(ResourceEntity & { countryCode: string })[]> {
    if (!codes.length) return [];
    const [practiceLinks, organisations] = await Promise.all([
      this.practices.resourceLinksOfCountries(codes),
      this.organisations.byCountries(codes),
    ]);
    const ties = organisations.length
      ? await this.resources.organisationTies({ organisationIds: organisations.map((o) => o.id) })
      : [];
    const countryOfOrganisation = new Map(organisations.map((o) => [o.id, o.countryCode]));
    const pairs = new Map<string, { countryCode: string; resourceId: string }>();
    for (const link of [
      ...practiceLinks,
      ...ties.map((t) => ({
        countryCode: countryOfOrganisation.get(t.organisationId) as string,
        resourceId: t.resourceId,
      })),
    ])
      pairs.set(`${link.countryCode}:${link.resourceId}`, link);
    if (!pairs.size) return [];
    const entities = await this.resources.byIds([...new Set([...pairs.values()].map((p) => p.resourceId))]);
    const byId = new Map(entities.map((e) => [e.id, e]));
    return [...pairs.values()]
      .flatMap((p) => {
        const entity = byId.get(p.resourceId);
        return entity ? [{ ...entity, countryCode: p.countryCode }] : [];
      })
      .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title));
  }
}
