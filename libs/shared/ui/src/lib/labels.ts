/**
 * Translated labels for every enum value the API sends (PracticeCategory, Leadership, Principle, ResourceType,
 * Audience, DimensionKey, DimensionLevel, OrganisationType…). Values that appear in several enums (UNKNOWN, ORGANISATIONS) share a
 * label. Built lazily so `$localize` runs after the locale's translations are loaded.
 */
let labels: Record<string, string> | undefined;

function build(): Record<string, string> {
  return {
    // Forms of peer support (MHE Short Guide)
    INFORMAL_GROUP: $localize`:@@enum.INFORMAL_GROUP:Informal peer group`,
    SELF_HELP_GROUP: $localize`:@@enum.SELF_HELP_GROUP:Self-help group`,
    INTENTIONAL_PEER_SUPPORT: $localize`:@@enum.INTENTIONAL_PEER_SUPPORT:Intentional peer support`,
    // Leadership and status
    PEER_RUN: $localize`:@@enum.PEER_RUN:Peer-run`,
    CO_PRODUCED: $localize`:@@enum.CO_PRODUCED:Co-produced`,
    PROFESSIONAL_LED: $localize`:@@enum.PROFESSIONAL_LED:Professional-led`,
    UNKNOWN: $localize`:@@enum.UNKNOWN:Unknown`,
    ACTIVE: $localize`:@@enum.ACTIVE:Active`,
    COMPLETED: $localize`:@@enum.COMPLETED:Completed`,
    // The eight core principles
    MUTUALITY: $localize`:@@enum.MUTUALITY:Mutuality`,
    RECIPROCITY: $localize`:@@enum.RECIPROCITY:Reciprocity`,
    SAFETY: $localize`:@@enum.SAFETY:Safety`,
    RECOVERY_FOCUS: $localize`:@@enum.RECOVERY_FOCUS:Recovery focus`,
    PROGRESSIVE: $localize`:@@enum.PROGRESSIVE:Progressive`,
    INCLUSIVE: $localize`:@@enum.INCLUSIVE:Inclusive`,
    STRENGTHS_BASED: $localize`:@@enum.STRENGTHS_BASED:Strengths-based`,
    NON_DIRECTIVE: $localize`:@@enum.NON_DIRECTIVE:Non-directive`,
    // Preconditions
    LAW: $localize`:@@enum.LAW:Law`,
    FUNDING: $localize`:@@enum.FUNDING:Funding`,
    TRAINING: $localize`:@@enum.TRAINING:Training`,
    ROLES: $localize`:@@enum.ROLES:Roles`,
    ORGANISATIONS: $localize`:@@enum.ORGANISATIONS:Organisations`,
    // Resource types
    GUIDE: $localize`:@@enum.GUIDE:Guide`,
    TOOLKIT: $localize`:@@enum.TOOLKIT:Toolkit`,
    CURRICULUM: $localize`:@@enum.CURRICULUM:Curriculum`,
    COMPETENCY_FRAMEWORK: $localize`:@@enum.COMPETENCY_FRAMEWORK:Competency framework`,
    TRAINING_PROFILE: $localize`:@@enum.TRAINING_PROFILE:Training profile`,
    MOOC: $localize`:@@enum.MOOC:Online course (MOOC)`,
    PAPER: $localize`:@@enum.PAPER:Paper`,
    POLICY: $localize`:@@enum.POLICY:Policy`,
    NEWSLETTER: $localize`:@@enum.NEWSLETTER:Newsletter`,
    VIDEO: $localize`:@@enum.VIDEO:Video`,
    REPORT: $localize`:@@enum.REPORT:Report`,
    BOOK: $localize`:@@enum.BOOK:Book`,
    BROCHURE: $localize`:@@enum.BROCHURE:Brochure`,
    WEBSITE: $localize`:@@enum.WEBSITE:Website`,
    // Audiences
    POLICYMAKERS: $localize`:@@enum.POLICYMAKERS:Policymakers`,
    PRACTITIONERS: $localize`:@@enum.PRACTITIONERS:Practitioners`,
    PEER_WORKERS: $localize`:@@enum.PEER_WORKERS:Peer workers`,
    TRAINERS: $localize`:@@enum.TRAINERS:Trainers`,
    RESEARCHERS: $localize`:@@enum.RESEARCHERS:Researchers`,
    GENERAL_PUBLIC: $localize`:@@enum.GENERAL_PUBLIC:General public`,
    // Country profile dimensions and levels
    ROLE_RECOGNITION: $localize`:@@enum.ROLE_RECOGNITION:Role recognition`,
    NATIONAL_STRATEGY: $localize`:@@enum.NATIONAL_STRATEGY:National strategy`,
    TRAINING_AVAILABILITY: $localize`:@@enum.TRAINING_AVAILABILITY:Training availability`,
    ACCREDITATION: $localize`:@@enum.ACCREDITATION:Accreditation`,
    TRAINING_INDEPENDENCE: $localize`:@@enum.TRAINING_INDEPENDENCE:Training independent of services`,
    EMPLOYMENT: $localize`:@@enum.EMPLOYMENT:Employment`,
    PAY: $localize`:@@enum.PAY:Pay`,
    SUPERVISION: $localize`:@@enum.SUPERVISION:Supervision`,
    PEER_ASSOCIATIONS: $localize`:@@enum.PEER_ASSOCIATIONS:Peer associations`,
    SETTINGS: $localize`:@@enum.SETTINGS:Settings`,
    ESTABLISHED: $localize`:@@enum.ESTABLISHED:Established`,
    PARTIAL: $localize`:@@enum.PARTIAL:Partial`,
    EMERGING: $localize`:@@enum.EMERGING:Emerging`,
    ABSENT: $localize`:@@enum.ABSENT:Absent`,
    // Transferability and policy briefs
    MET: $localize`:@@enum.MET:Met`,
    NOT_MET: $localize`:@@enum.NOT_MET:Not met`,
    ALL: $localize`:@@enum.ALL:All dimensions`,
    RECOGNITION: $localize`:@@enum.RECOGNITION:Recognition and policy`,
    ORGANISING: $localize`:@@enum.ORGANISING:Peer organising`,
    PRACTICE: $localize`:@@enum.PRACTICE:Linked to a practice in this brief`,
    COUNTRY: $localize`:@@enum.COUNTRY:From an organisation in these countries`,
    GENERAL: $localize`:@@enum.GENERAL:Further reading on the topic`,
    // Organisation types
    HEALTH_SERVICE: $localize`:@@organisationType.HEALTH_SERVICE:Health service`,
    NETWORK: $localize`:@@organisationType.NETWORK:Network`,
    NGO: $localize`:@@organisationType.NGO:NGO`,
    PEER_ASSOCIATION: $localize`:@@organisationType.PEER_ASSOCIATION:Peer association`,
    PUBLIC_BODY: $localize`:@@organisationType.PUBLIC_BODY:Public body`,
    TRAINING_PROVIDER: $localize`:@@organisationType.TRAINING_PROVIDER:Training provider`,
    UNIVERSITY: $localize`:@@organisationType.UNIVERSITY:University`,
    USER_LED: $localize`:@@organisationType.USER_LED:User-led organisation`,
    // Training levels
    BASIC: $localize`:@@enum.BASIC:Basic`,
    ADVANCED: $localize`:@@enum.ADVANCED:Advanced / specialised`,
  };
}

/** "Readable label" from an enum value we have no translation for: PEER_RUN → "Peer run". */
function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** True when `value` has a translated label (enumLabel gives more than the humanized fallback). */
export function hasEnumLabel(value: string): boolean {
  labels ??= build();
  return Object.hasOwn(labels, value);
}

export function enumLabel(value: string | null | undefined): string {
  if (!value) return '';
  labels ??= build();
  return labels[value] ?? humanize(value);
}
