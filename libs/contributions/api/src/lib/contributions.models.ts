import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DimensionKey, DimensionLevel } from '@peerhub/countries/api';
import {
  Leadership,
  PracticeCategory,
  PracticeStatus,
  PreconditionKind,
  Principle,
} from '@peerhub/practices/api';
import { OrganisationType } from '@peerhub/organisations/api';
import { Audience, ResourceType } from '@peerhub/resources/api';
import { IsCountryCode, MutationPayload, Source } from '@peerhub/shared/api-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export enum ContentKind {
  PRACTICE = 'practice',
  RESOURCE = 'resource',
  ORGANISATION = 'organisation',
  COUNTRY_FACT = 'country_fact',
}
registerEnumType(ContentKind, { name: 'ContentKind', description: 'What a revision changes.' });

export enum RevisionState {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  CHANGES_REQUESTED = 'changes_requested',
  PUBLISHED = 'published',
  REJECTED = 'rejected',
  SUPERSEDED = 'superseded',
}
registerEnumType(RevisionState, {
  name: 'RevisionState',
  description:
    'DRAFT (its author edits it) → SUBMITTED (waits for review) → PUBLISHED, or CHANGES_REQUESTED (with a comment) / REJECTED; SUPERSEDED once a later revision is published',
});

export enum ReviewDecision {
  APPROVE = 'approve',
  REQUEST_CHANGES = 'request_changes',
  REJECT = 'reject',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

export enum DiffChange {
  SAME = 'same',
  ADDED = 'added',
  REMOVED = 'removed',
}
registerEnumType(DiffChange, { name: 'DiffChange' });

/** Longest texts a contribution may hold. */
export const LIMITS = { title: 200, text: 20_000, item: 2_000, items: 30, sources: 20, url: 2_000 } as const;

@InputType()
export class SourceInput {
  @Field()
  @IsString()
  @MinLength(3, { message: 'title must be 3 to 300 characters' })
  @MaxLength(300)
  title!: string;
  @Field(() => String, { nullable: true, description: 'http(s) address of the document.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.url)
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'url must be an http(s) address' })
  url?: string | null;
  @Field(() => String, { nullable: true, description: 'Where in it: a page, section or annex.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  locator?: string | null;
}

@InputType()
export class PreconditionInput {
  @Field(() => PreconditionKind) @IsEnum(PreconditionKind) kind!: PreconditionKind;
  @Field() @IsString() @MinLength(1) @MaxLength(LIMITS.item) text!: string;
}

/** A practice as its editor fills it in (the case-study template). Checked fully when submitted. */
@InputType()
export class PracticeDraftInput {
  @Field() @IsString() @MaxLength(LIMITS.title) title!: string;
  @Field({ description: 'Markdown, rendered to sanitised HTML on the server.' })
  @IsString()
  @MaxLength(LIMITS.text)
  summary!: string;
  @Field() @IsCountryCode() countryCode!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) place?: string | null;
  @Field(() => PracticeCategory) @IsEnum(PracticeCategory) category!: PracticeCategory;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(LIMITS.item) setting = '';
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(LIMITS.item) targetGroup = '';
  @Field(() => [Principle], { defaultValue: [] })
  @IsArray()
  @IsEnum(Principle, { each: true })
  @ArrayMaxSize(8)
  principles: Principle[] = [];
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.items)
  @IsString({ each: true })
  @MaxLength(LIMITS.item, { each: true })
  whatWorks: string[] = [];
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.items)
  @IsString({ each: true })
  @MaxLength(LIMITS.item, { each: true })
  improvements: string[] = [];
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.items)
  @IsString({ each: true })
  @MaxLength(LIMITS.item, { each: true })
  lessons: string[] = [];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1900) @Max(2100) startYear?:
    number | null;
  @Field(() => PracticeStatus, { defaultValue: PracticeStatus.UNKNOWN })
  @IsEnum(PracticeStatus)
  status: PracticeStatus = PracticeStatus.UNKNOWN;
  @Field(() => Leadership, { defaultValue: Leadership.UNKNOWN })
  @IsEnum(Leadership)
  leadership: Leadership = Leadership.UNKNOWN;
  @Field(() => [PreconditionInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.items)
  @ValidateNested({ each: true })
  @Type(() => PreconditionInput)
  preconditions: PreconditionInput[] = [];
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.items)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  topics: string[] = [];
  @Field(() => [SourceInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.sources)
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  sources: SourceInput[] = [];
  @Field(() => [String], { defaultValue: [], description: 'Slugs of the organisations behind it.' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  organisationSlugs: string[] = [];
}

const LANGUAGE = /^[a-z]{2}$/;
const HTTP_URL = /^https?:\/\/[^\s]+$/;

/** A resource as its editor fills it in. Checked fully when submitted. */
@InputType()
export class ResourceDraftInput {
  @Field() @IsString() @MaxLength(LIMITS.title) title!: string;
  @Field(() => ResourceType) @IsEnum(ResourceType) type!: ResourceType;
  @Field({ description: 'ISO 639-1 language of this version (en, pl, pt…).' })
  @Matches(LANGUAGE, { message: 'language must be a two-letter ISO 639-1 code' })
  language!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Slug of a resource this one is a language version of (they share a translation group).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  languageVersionOf?: string | null;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(300) publisher = '';
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1900) @Max(2100) year?: number | null;
  @Field(() => [Audience], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(7)
  @IsEnum(Audience, { each: true })
  audience: Audience[] = [];
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.items)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  topics: string[] = [];
  @Field(() => [String], { defaultValue: [], description: 'Competencies it teaches or assesses.' })
  @IsArray()
  @ArrayMaxSize(LIMITS.items)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  competencyTags: string[] = [];
  @Field(() => String, { nullable: true, description: 'http(s) address where it can be read.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.url)
  @Matches(HTTP_URL, { message: 'url must be an http(s) address' })
  url?: string | null;
  @Field(() => String, {
    defaultValue: '',
    description: 'Markdown, rendered to sanitised HTML on the server.',
  })
  @IsString()
  @MaxLength(LIMITS.text)
  description = '';
  @Field(() => [SourceInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.sources)
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  sources: SourceInput[] = [];
  @Field(() => [String], {
    defaultValue: [],
    description: 'Slugs of organisations that made it with the publisher.',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  organisationSlugs: string[] = [];
}

/** An organisation profile as its editor fills it in (the verified mark is the admins'). */
@InputType()
export class OrganisationDraftInput {
  @Field() @IsString() @MaxLength(LIMITS.title) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30) acronym?: string | null;
  @Field(() => OrganisationType) @IsEnum(OrganisationType) type!: OrganisationType;
  @Field() @IsCountryCode() countryCode!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) city?: string | null;
  @Field(() => String, {
    defaultValue: '',
    description: 'Markdown, rendered to sanitised HTML on the server.',
  })
  @IsString()
  @MaxLength(LIMITS.text)
  description = '';
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.items)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  expertise: string[] = [];
  @Field(() => [String], { defaultValue: [], description: 'ISO 639-1 codes of the languages it works in.' })
  @IsArray()
  @ArrayMaxSize(LIMITS.items)
  @Matches(LANGUAGE, { each: true, message: 'languages must be two-letter ISO 639-1 codes' })
  languages: string[] = [];
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.items)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  projects: string[] = [];
  @Field(() => String, { nullable: true, description: 'Its website (http(s)); no e-mail is ever shown.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.url)
  @Matches(HTTP_URL, { message: 'website must be an http(s) address' })
  website?: string | null;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() openToPartnership = false;
  @Field(() => [SourceInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.sources)
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  sources: SourceInput[] = [];
}

@ObjectType({ description: 'An organisation a contribution names.' })
export class OrganisationRef {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
}

@ObjectType({ description: 'A contributor, by their public name.' })
export class Contributor {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType({ description: 'A practice as a revision holds it.' })
export class PracticeContentView {
  @Field() title!: string;
  @Field({ description: 'Markdown as written.' }) summary!: string;
  @Field({ description: 'The summary rendered to sanitised HTML.' }) summaryHtml!: string;
  @Field() countryCode!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => PracticeCategory) category!: PracticeCategory;
  @Field() setting!: string;
  @Field() targetGroup!: string;
  @Field(() => [Principle]) principles!: Principle[];
  @Field(() => [String]) whatWorks!: string[];
  @Field(() => [String]) improvements!: string[];
  @Field(() => [String]) lessons!: string[];
  @Field(() => Int, { nullable: true }) startYear!: number | null;
  @Field(() => PracticeStatus) status!: PracticeStatus;
  @Field(() => Leadership) leadership!: Leadership;
  @Field(() => [PreconditionView]) preconditions!: PreconditionView[];
  @Field(() => [String]) topics!: string[];
  @Field(() => [Source]) sources!: Source[];
  @Field(() => [OrganisationRef]) organisations!: OrganisationRef[];
}

@ObjectType('RevisionPrecondition')
export class PreconditionView {
  @Field(() => PreconditionKind) kind!: PreconditionKind;
  @Field() text!: string;
}

@ObjectType({ description: 'A resource as a revision holds it.' })
export class ResourceContentView {
  @Field() title!: string;
  @Field(() => ResourceType) type!: ResourceType;
  @Field() language!: string;
  @Field(() => String, { nullable: true }) translationGroup!: string | null;
  @Field() publisher!: string;
  @Field(() => OrganisationRef, { nullable: true }) publisherOrganisation!: OrganisationRef | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => [Audience]) audience!: Audience[];
  @Field(() => [String]) topics!: string[];
  @Field(() => [String]) competencyTags!: string[];
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field({ description: 'Markdown as written.' }) description!: string;
  @Field({ description: 'The description rendered to sanitised HTML.' }) descriptionHtml!: string;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => [OrganisationRef]) organisations!: OrganisationRef[];
}

@ObjectType({ description: 'An organisation profile as a revision holds it.' })
export class OrganisationContentView {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) acronym!: string | null;
  @Field(() => OrganisationType) type!: OrganisationType;
  @Field() countryCode!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field({ description: 'Markdown as written.' }) description!: string;
  @Field({ description: 'The description rendered to sanitised HTML.' }) descriptionHtml!: string;
  @Field(() => [String]) expertise!: string[];
  @Field(() => [String]) languages!: string[];
  @Field(() => [String]) projects!: string[];
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field() openToPartnership!: boolean;
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({ description: 'A country fact as a revision holds it.' })
export class CountryFactContentView {
  @Field() countryCode!: string;
  @Field(() => DimensionKey) dimension!: DimensionKey;
  @Field(() => DimensionLevel) level!: DimensionLevel;
  @Field() text!: string;
  @Field(() => [Source]) sources!: Source[];
  @Field({ description: 'The day the source was checked (ISO date).' }) checkedOn!: string;
}

@ObjectType({ description: 'One version of a record’s content, with who wrote it and what became of it.' })
export class Revision {
  @Field(() => ID) id!: string;
  @Field(() => ContentKind) kind!: ContentKind;
  @Field(() => ID, { description: 'The record it changes.' }) recordId!: string;
  @Field(() => String, { nullable: true, description: 'The record’s address, once published.' })
  recordSlug!: string | null;
  @Field(() => Int, { description: 'Its number in the record’s history (1, 2, 3…).' }) number!: number;
  @Field(() => RevisionState) state!: RevisionState;
  @Field({ description: 'True while the record is archived (out of lists, search and pages).' })
  recordArchived!: boolean;
  @Field({ description: 'What it is about, in a line.' }) title!: string;
  @Field(() => PracticeContentView, { nullable: true }) practice!: PracticeContentView | null;
  @Field(() => ResourceContentView, { nullable: true }) resource!: ResourceContentView | null;
  @Field(() => OrganisationContentView, {
    nullable: true,
    description: 'An organisation profile (`organisation` is who the revision is written for).',
  })
  organisationProfile!: OrganisationContentView | null;
  @Field(() => CountryFactContentView, { nullable: true }) countryFact!: CountryFactContentView | null;
  @Field(() => Contributor, { nullable: true, description: 'Null once their account is deleted.' })
  author!: Contributor | null;
  @Field(() => OrganisationRef, { nullable: true, description: 'Written for this organisation.' })
  organisation!: OrganisationRef | null;
  @Field({ description: 'Why, as its author said.' }) reason!: string;
  @Field({ description: 'The reviewer’s comment.' }) reviewComment!: string;
  @Field(() => Contributor, { nullable: true }) reviewer!: Contributor | null;
  @Field(() => Int, {
    description: 'Give it back when saving the draft (two browsers never overwrite each other).',
  })
  lockVersion!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType()
export class DiffPart {
  @Field(() => DiffChange) change!: DiffChange;
  @Field() text!: string;
}

@ObjectType({ description: 'One field that differs between two revisions, text diffed by words.' })
export class FieldChange {
  @Field() field!: string;
  @Field() before!: string;
  @Field() after!: string;
  @Field(() => [DiffPart]) parts!: DiffPart[];
}

@ObjectType()
export class KindCount {
  @Field(() => ContentKind) kind!: ContentKind;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'What waits for review, oldest first.' })
export class ReviewQueue {
  @Field(() => [KindCount]) counts!: KindCount[];
  @Field(() => [Revision]) revisions!: Revision[];
}

// Mutations.

@InputType()
export class CreatePracticeInput {
  @Field({ description: 'The organisation it is written for (its editors may; admins and moderators too).' })
  @IsString()
  @MaxLength(200)
  organisationSlug!: string;
  @Field(() => PracticeDraftInput)
  @ValidateNested()
  @Type(() => PracticeDraftInput)
  practice!: PracticeDraftInput;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(1000) reason = '';
}

@InputType()
export class EditPracticeInput {
  @Field() @IsString() @MaxLength(200) practiceSlug!: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(1000) reason = '';
}

@InputType()
export class SavePracticeDraftInput {
  @Field(() => ID) @IsString() @MaxLength(40) revisionId!: string;
  @Field(() => Int, { description: 'The lockVersion the form was filled from.' })
  @IsInt()
  @Min(1)
  expectedLockVersion!: number;
  @Field(() => PracticeDraftInput)
  @ValidateNested()
  @Type(() => PracticeDraftInput)
  practice!: PracticeDraftInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) reason?: string | null;
}

@InputType()
export class CreateResourceInput {
  @Field({ description: 'The organisation that publishes it (its editors may; admins and moderators too).' })
  @IsString()
  @MaxLength(200)
  organisationSlug!: string;
  @Field(() => ResourceDraftInput)
  @ValidateNested()
  @Type(() => ResourceDraftInput)
  resource!: ResourceDraftInput;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(1000) reason = '';
}

@InputType()
export class EditResourceInput {
  @Field() @IsString() @MaxLength(200) resourceSlug!: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(1000) reason = '';
}

@InputType()
export class SaveResourceDraftInput {
  @Field(() => ID) @IsString() @MaxLength(40) revisionId!: string;
  @Field(() => Int, { description: 'The lockVersion the form was filled from.' })
  @IsInt()
  @Min(1)
  expectedLockVersion!: number;
  @Field(() => ResourceDraftInput)
  @ValidateNested()
  @Type(() => ResourceDraftInput)
  resource!: ResourceDraftInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) reason?: string | null;
}

@InputType()
export class CreateOrganisationInput {
  @Field(() => OrganisationDraftInput)
  @ValidateNested()
  @Type(() => OrganisationDraftInput)
  organisation!: OrganisationDraftInput;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(1000) reason = '';
}

@InputType()
export class EditOrganisationInput {
  @Field() @IsString() @MaxLength(200) organisationSlug!: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(1000) reason = '';
}

@InputType()
export class SaveOrganisationDraftInput {
  @Field(() => ID) @IsString() @MaxLength(40) revisionId!: string;
  @Field(() => Int, { description: 'The lockVersion the form was filled from.' })
  @IsInt()
  @Min(1)
  expectedLockVersion!: number;
  @Field(() => OrganisationDraftInput)
  @ValidateNested()
  @Type(() => OrganisationDraftInput)
  organisation!: OrganisationDraftInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) reason?: string | null;
}

@InputType()
export class ArchiveRecordInput {
  @Field(() => ContentKind, {
    description: 'PRACTICE, RESOURCE or ORGANISATION (country facts are never archived).',
  })
  @IsEnum(ContentKind)
  kind!: ContentKind;
  @Field(() => ID) @IsString() @MaxLength(40) recordId!: string;
  @Field({ description: 'Why (3–1,000 characters); kept in the audit log.' })
  @IsString()
  @MinLength(3, { message: 'reason must be 3 to 1000 characters' })
  @MaxLength(1000, { message: 'reason must be 3 to 1000 characters' })
  reason!: string;
}

@ObjectType({ description: 'A record archived or brought back.' })
export class ArchivedRecord {
  @Field(() => ContentKind) kind!: ContentKind;
  @Field(() => ID) recordId!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field() archived!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

@ObjectType()
export class ArchivePayload extends MutationPayload {
  @Field(() => ArchivedRecord, { nullable: true }) record!: ArchivedRecord | null;
}

@InputType()
export class RevisionIdInput {
  @Field(() => ID) @IsString() @MaxLength(40) revisionId!: string;
}

@InputType()
export class ReviewRevisionInput {
  @Field(() => ID) @IsString() @MaxLength(40) revisionId!: string;
  @Field(() => ReviewDecision) @IsEnum(ReviewDecision) decision!: ReviewDecision;
  @Field(() => String, {
    defaultValue: '',
    description: 'Required to request changes or reject (what to change, or why).',
  })
  @IsString()
  @MaxLength(LIMITS.item)
  comment = '';
}

@InputType()
export class RestoreRevisionInput {
  @Field(() => ID) @IsString() @MaxLength(40) revisionId!: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(1000) reason = '';
}

@InputType()
export class ProposeCountryFactInput {
  @Field() @IsCountryCode() countryCode!: string;
  @Field(() => DimensionKey) @IsEnum(DimensionKey) dimension!: DimensionKey;
  @Field(() => DimensionLevel) @IsEnum(DimensionLevel) level!: DimensionLevel;
  @Field({ description: 'What the source says (10–4,000 characters).' })
  @IsString()
  @MinLength(10, { message: 'text must be 10 to 4000 characters' })
  @MaxLength(4000, { message: 'text must be 10 to 4000 characters' })
  text!: string;
  @Field(() => SourceInput, { description: 'Title, address and locator are all required.' })
  @ValidateNested()
  @Type(() => SourceInput)
  source!: SourceInput;
  @Field({ description: 'The day you checked the source (YYYY-MM-DD).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'checkedOn must be a date (YYYY-MM-DD)' })
  checkedOn!: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(1000) reason = '';
}

@ObjectType()
export class RevisionPayload extends MutationPayload {
  @Field(() => Revision, { nullable: true }) revision!: Revision | null;
}

@ObjectType()
export class SaveDraftPayload extends MutationPayload {
  @Field(() => Revision, { nullable: true }) revision!: Revision | null;
  @Field(() => Revision, {
    nullable: true,
    description: 'On a CONFLICT: the draft as saved meanwhile from elsewhere (yours is what you sent).',
  })
  current!: Revision | null;
}

@ObjectType({ description: 'Who last changed a record on PeerHub, and when.' })
export class LastUpdate {
  @Field() at!: Date;
  @Field(() => OrganisationRef, {
    nullable: true,
    description:
      'The organisation it was written for; null for PeerHub editorial (seeded or written by the editorial team).',
  })
  organisation!: OrganisationRef | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The published revision’s number; null for seeded content.',
  })
  revision!: number | null;
}
