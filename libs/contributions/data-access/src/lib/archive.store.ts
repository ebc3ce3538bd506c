import { Injectable, Injector, inject, runInInjectionContext, signal, untracked } from '@angular/core';
import { GraphqlClient, queryResource } from '@peerhub/shared/data-access';
import {
  ArchiveRecordDocument,
  ArchivedRecordPartsFragment,
  ArchivedRecordsDocument,
  ContentKind,
  MyMembershipsDocument,
  UnarchiveRecordDocument,
} from '@peerhub/shared/graphql-types';

/** A record archived or brought back. */
export type ArchivedRecordView = ArchivedRecordPartsFragment;

/** The kinds of record that may be archived (country facts are proposed and reviewed, never archived). */
export type ArchivableKind = Extract<ContentKind, 'PRACTICE' | 'RESOURCE' | 'ORGANISATION'>;

export const ARCHIVABLE_KINDS: readonly ArchivableKind[] = ['PRACTICE', 'RESOURCE', 'ORGANISATION'];

export function isArchivable(kind: ContentKind | null | undefined): kind is ArchivableKind {
  return !!kind && (ARCHIVABLE_KINDS as readonly string[]).includes(kind);
}

/**
 * Archiving as the history and review pages use it: the archived records (moderators, administrators), archiving
 * a practice, resource or organisation profile and bringing it back, with a reason (kept in the audit log), and
 * the member's organisations (who, besides moderators, may archive a practice or a resource). Whether a record is
 * archived comes with its revisions (ContributionsStore). Mutations reject with an ApiError whose `fieldErrors` the
 * pages show next to their fields (`reason`).
 */
@Injectable()
export class ArchiveStore {
  private readonly client = inject(GraphqlClient);
  private readonly injector = inject(Injector);
  private readonly made = new Map<string, unknown>();

  /** A query a page may never need, made the first time the page reads it (so no page asks what it does not show). */
  private lazy<T>(key: string, make: () => T): T {
    if (!this.made.has(key))
      this.made.set(
        key,
        untracked(() => runInInjectionContext(this.injector, make)),
      );
    return this.made.get(key) as T;
  }

  /** The archived practices, resources and organisation profiles, most recently archived first. */
  get archived() {
    return this.lazy('archived', () => queryResource(ArchivedRecordsDocument, () => ({})));
  }

  /** The member's organisation memberships, asked only once `membershipsWanted` is set (a visitor has none). */
  readonly membershipsWanted = signal(false);
  get memberships() {
    return this.lazy('memberships', () =>
      queryResource(MyMembershipsDocument, () => (this.membershipsWanted() ? {} : undefined)),
    );
  }

  /** Archives a record: off its page, the lists, search and counts; its history stays. */
  async archive(kind: ArchivableKind, recordId: string, reason: string): Promise<ArchivedRecordView> {
    const data = await this.client.mutate(ArchiveRecordDocument, {
      input: { kind, recordId, reason: reason.trim() },
    });
    return data.archiveRecord.record as ArchivedRecordView;
  }

  /** Brings an archived record back. */
  async unarchive(kind: ArchivableKind, recordId: string, reason: string): Promise<ArchivedRecordView> {
    const data = await this.client.mutate(UnarchiveRecordDocument, {
      input: { kind, recordId, reason: reason.trim() },
    });
    return data.unarchiveRecord.record as ArchivedRecordView;
  }
}
