import { TestBed } from '@angular/core/testing';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  ArchiveRecordDocument,
  ArchivedRecordsDocument,
  MyMembershipsDocument,
  UnarchiveRecordDocument,
} from '@peerhub/shared/graphql-types';
import { ArchiveStore, isArchivable } from './archive.store';

const record = {
  kind: 'RESOURCE' as const,
  recordId: 'res1',
  slug: 'a-guide',
  title: 'A guide',
  archived: true,
  archivedAt: '2026-03-02T10:00:00Z',
};

describe('ArchiveStore', () => {
  let api: FakeGraphqlClient;

  beforeEach(() => {
    api = new FakeGraphqlClient()
      .answer(ArchivedRecordsDocument, { practices: [], resources: [record], organisations: [] })
      .answer(MyMembershipsDocument, { myMemberships: [] })
      .answer(ArchiveRecordDocument, { archiveRecord: { errors: [], record } })
      .answer(UnarchiveRecordDocument, {
        unarchiveRecord: { errors: [], record: { ...record, archived: false, archivedAt: null } },
      });
    TestBed.configureTestingModule({ providers: [ArchiveStore, provideFakeGraphql(api)] });
  });

  it('asks for the archived records and the memberships only when a page reads them', async () => {
    const store = TestBed.inject(ArchiveStore);
    await settle();
    expect(api.sent).toEqual([]);
    expect(store.memberships.status()).toBe('idle'); // read, but not wanted yet
    await settle();
    expect(api.sent).toEqual([]);
    store.membershipsWanted.set(true);
    expect(store.archived.isLoading()).toBe(true);
    await settle();
    expect(api.sent.map((s) => s.operation).sort()).toEqual(['ArchivedRecords', 'MyMemberships']);
    expect(store.archived.value()?.resources).toEqual([record]);
  });

  it('archives and brings back with the reason trimmed', async () => {
    const store = TestBed.inject(ArchiveStore);
    expect(await store.archive('RESOURCE', 'res1', '  A duplicate. ')).toEqual(record);
    expect((await store.unarchive('RESOURCE', 'res1', 'Back.')).archived).toBe(false);
    expect(api.variables(ArchiveRecordDocument)).toEqual([
      { input: { kind: 'RESOURCE', recordId: 'res1', reason: 'A duplicate.' } },
    ]);
    expect(api.variables(UnarchiveRecordDocument)).toEqual([
      { input: { kind: 'RESOURCE', recordId: 'res1', reason: 'Back.' } },
    ]);
  });

  it('rejects with the API’s refusal for the page to show', async () => {
    const refusal = new ApiError(
      'Say why',
      'INVALID_INPUT',
      [],
      [{ field: 'reason', code: 'TOO_SHORT', message: 'Say why (3+ characters).' }],
    );
    api.answer(ArchiveRecordDocument, refusal);
    await expect(TestBed.inject(ArchiveStore).archive('PRACTICE', 'p1', 'ab')).rejects.toBe(refusal);
  });

  it('knows which kinds may be archived', () => {
    expect(
      ['PRACTICE', 'RESOURCE', 'ORGANISATION', 'COUNTRY_FACT', null].map((k) => isArchivable(k as never)),
    ).toEqual([true, true, true, false, false]);
  });
});
