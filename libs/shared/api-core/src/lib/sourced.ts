import { Field, ObjectType } from '@nestjs/graphql';

/** Where a fact comes from. Stored as JSON on every record. */
export interface SourceRef {
  title: string;
  url: string | null;
  document?: string;
  locator?: string;
}

@ObjectType({ description: 'A document a fact comes from.' })
export class Source {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'Key of the seed document, when it is one.' })
  document!: string | null;
  @Field(() => String, { nullable: true, description: 'Where in the document, e.g. "Annex I — Poland".' })
  locator!: string | null;
}

export function toSources(refs: SourceRef[] | null | undefined): Source[] {
  return (refs ?? []).map((r) => ({
    title: r.title,
    url: r.url ?? null,
    document: r.document ?? null,
    locator: r.locator ?? null,
  }));
}

@ObjectType({ description: 'A text in one language.' })
export class LocalizedString {
  @Field(() => String, { description: 'ISO 639-1 code; "no" is Norwegian.' }) language!: string;
  @Field(() => String) value!: string;
}

export type LocalizedMap = Record<string, string>;

export function toLocalized(map: LocalizedMap | null | undefined): LocalizedString[] {
  return Object.entries(map ?? {}).map(([language, value]) => ({ language, value }));
}

/** The text in `lang`, else English, else the first one there is. */
export function pickLocalized(map: LocalizedMap | null | undefined, lang: string | null | undefined): string {
  if (!map) return '';
  return (lang && map[lang]) || map['en'] || Object.values(map)[0] || '';
}

/** Dates travel as ISO `YYYY-MM-DD` strings; pg returns `date` columns as strings (see database.ts). */
export function isoDate(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  return value.toISOString().slice(0, 10);
}
