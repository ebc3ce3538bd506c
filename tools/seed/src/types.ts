/**
 * The shape of PeerHub Europe's seed knowledge. Every record names its sources and the date it was
 * checked against them. Descriptions are written in our own words; names, dates and figures are
 * carried over exactly from the seed documents. A dimension the seeds do not support is `unknown`.
 */

/** One of the seed documents in ../shared/seeds (or a public page they cite). */
export interface SeedSource {
  /** Human title, e.g. "Mental Health Europe — Short Guide: Peer Support in Mental Health Care (Dec 2024)". */
  title: string;
  /** Public address of the document (as printed in it, or its published page when one was found); otherwise null. */
  url: string | null;
  /** Key of the seed document this fact comes from: 'tuto3-en' | 'tuto3-no' | 'tuto3-pt' | 'tuto3-fr' | 'mhe-guide' | 'helpex-3'. */
  document: SeedDocumentKey;
  /** Where in the document, e.g. "Annex I — Poland", "Partnership pages", "p. 12". */
  locator?: string;
}

export type SeedDocumentKey = 'tuto3-en' | 'tuto3-no' | 'tuto3-pt' | 'tuto3-fr' | 'mhe-guide' | 'helpex-3';

/** ISO 639-1 language codes; 'no' = Norwegian. */
export type LanguageCode = 'en' | 'fr' | 'pt' | 'no' | 'pl' | 'it' | 'de' | 'es' | 'el' | 'ro' | 'nl' | 'mt';

/** Localised strings keyed by language. `en` is always present. */
export type Localized = { en: string } & Partial<Record<LanguageCode, string>>;

export interface Sourced {
  sources: SeedSource[]; // at least one
  verifiedOn: string; // ISO date YYYY-MM-DD
}

export type DimensionKey =
  | 'role_recognition'
  | 'national_strategy'
  | 'training_availability'
  | 'accreditation'
  | 'training_independence'
  | 'employment'
  | 'pay'
  | 'supervision'
  | 'peer_associations'
  | 'settings';

/** established = in place nationally; partial = some regions/services; emerging = pilots/projects; absent = documented as missing. */
export type DimensionLevel = 'established' | 'partial' | 'emerging' | 'absent' | 'unknown';

export interface SeedCountryDimension extends Sourced {
  key: DimensionKey;
  level: DimensionLevel;
  /**
   * What the seeds say, in our words. For `unknown`, only the related context the seeds do give (often empty):
   * readers see "Not documented yet" in their language before it, and the sources are the documents checked.
   */
  text: string;
}

export interface SeedRoleTitle {
  title: string; // e.g. "asystent zdrowienia"
  language: LanguageCode;
  /** English gloss, e.g. "recovery assistant". */
  gloss?: string;
}

export interface SeedCountry extends Sourced {
  code: string; // ISO 3166-1 alpha-2, UK for the United Kingdom
  names: Localized; // en, fr, pt, no at least
  european: boolean;
  summary: string;
  roleTitles: SeedRoleTitle[];
  /** One entry per DimensionKey (all ten), `unknown` where the seeds are silent. */
  dimensions: SeedCountryDimension[];
}

export type OrganisationType =
  | 'ngo'
  | 'university'
  | 'health_service'
  | 'peer_association'
  | 'user_led'
  | 'training_provider'
  | 'public_body'
  | 'network';

export interface SeedOrganisation extends Sourced {
  slug: string; // kebab-case, ascii
  name: string;
  acronym?: string;
  type: OrganisationType;
  country: string; // ISO code
  city: string | null;
  description: string;
  expertise: string[];
  languages: LanguageCode[];
  projects: string[]; // e.g. ['Tuto3-PAT'], ['HelpEx'], ['SE&LMHS']
  website: string | null;
  openToPartnership: boolean;
}

export type PracticeCategory = 'informal_group' | 'self_help_group' | 'intentional_peer_support';
export type Leadership = 'peer_run' | 'co_produced' | 'professional_led' | 'unknown';
export type Principle =
  | 'mutuality'
  | 'reciprocity'
  | 'safety'
  | 'recovery_focus'
  | 'progressive'
  | 'inclusive'
  | 'strengths_based'
  | 'non_directive';
export type PreconditionKind = 'law' | 'funding' | 'training' | 'roles' | 'organisations';

export interface SeedPrecondition {
  kind: PreconditionKind;
  text: string;
}

export interface SeedPractice extends Sourced {
  slug: string;
  title: string;
  summary: string;
  country: string; // ISO code; the main country
  place: string | null;
  organisations: string[]; // organisation slugs
  category: PracticeCategory;
  setting: string;
  targetGroup: string;
  principles: Principle[];
  whatWorks: string[];
  improvements: string[];
  lessons: string[];
  startYear: number | null;
  status: 'active' | 'completed' | 'unknown';
  leadership: Leadership;
  preconditions: SeedPrecondition[];
  topics: string[]; // e.g. 'training', 'employment', 'recovery', 'addiction', 'social-cooperatives'
  resources: string[]; // resource slugs
}

export type ResourceType =
  | 'guide'
  | 'toolkit'
  | 'curriculum'
  | 'competency_framework'
  | 'training_profile'
  | 'mooc'
  | 'paper'
  | 'policy'
  | 'newsletter'
  | 'video'
  | 'report'
  | 'book'
  | 'brochure'
  | 'website';

export type Audience =
  | 'policymakers'
  | 'practitioners'
  | 'peer_workers'
  | 'trainers'
  | 'organisations'
  | 'researchers'
  | 'general_public';

export interface SeedResource extends Sourced {
  slug: string;
  title: string;
  type: ResourceType;
  language: LanguageCode; // language of this version
  /** Resources that are versions of one another share a group key, e.g. 'tuto3-pat-brochure'. */
  translationGroup: string | null;
  publisher: string;
  /** Slug of the publishing organisation when it is in the seed. */
  publisherOrganisation: string | null;
  year: number | null;
  audience: Audience[];
  topics: string[];
  competencyTags: string[];
  url: string | null;
  description: string;
  /** Slugs of resources this one cites (a guide → its bibliography entries). */
  references: string[];
  /** Organisation slugs involved (authors, partners). */
  organisations: string[];
}

export interface SeedCompetencyItem {
  code: string; // e.g. '1.1'
  labels: Localized; // en (ours), no and pt as in the seeds
}

export interface SeedCompetencyCategory {
  code: string; // '1'..'12'
  labels: Localized;
  items: SeedCompetencyItem[];
}

export interface SeedCompetencyFramework extends Sourced {
  slug: string;
  title: Localized;
  description: string;
  categories: SeedCompetencyCategory[];
  /** The comparison with social-work competencies (Portuguese brochure). */
  socialWorkComparison: { aspect: string; peerSupport: string; socialWork: string }[];
}

export interface SeedTrainingElement {
  code: string;
  title: Localized;
  level: 'basic' | 'advanced';
  recommendation: string;
}

export interface SeedTrainingProfile extends Sourced {
  slug: string;
  title: string;
  description: string;
  elements: SeedTrainingElement[];
  admission: string;
  maxSessionHours: number | null;
  duration: string;
  accreditation: string;
}

export interface SeedDataset {
  countries: SeedCountry[];
  organisations: SeedOrganisation[];
  practices: SeedPractice[];
  resources: SeedResource[];
  competencyFramework: SeedCompetencyFramework;
  trainingProfile: SeedTrainingProfile;
}
