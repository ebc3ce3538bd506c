import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { ArchivedRecordView } from '@peerhub/contributions/data-access';
import { ApiError } from '@peerhub/shared/data-access';
import { settle } from '@peerhub/shared/data-access/testing';
import { ArchiveDialogData, openArchiveDialog } from './archive-dialog.component';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (selector: string) => document.querySelector(selector) as HTMLElement | null;

const archived: ArchivedRecordView = {
  kind: 'PRACTICE',
  recordId: 'p1',
  slug: 'peer-cafes',
  title: 'Peer cafés',
  archived: true,
  archivedAt: '2026-03-02T10:00:00Z',
};

function typeReason(value: string): void {
  const box = $('[data-testid=archive-reason]') as HTMLTextAreaElement;
  box.value = value;
  box.dispatchEvent(new Event('input'));
}

async function confirm(): Promise<void> {
  ($('[data-testid=archive-confirm]') as HTMLButtonElement).click();
  await new Promise((r) => setTimeout(r)); // the mutation answers
  await settle();
}

describe('ArchiveDialogComponent', () => {
  let closed: (ArchivedRecordView | undefined)[];
  let run: jest.Mock<Promise<ArchivedRecordView>, [string]>;

  async function open(data: Partial<ArchiveDialogData> = {}): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    closed = [];
    openArchiveDialog(TestBed.inject(MatDialog), {
      action: 'archive',
      title: 'Peer cafés',
      run,
      ...data,
    }).subscribe((r) => closed.push(r));
    await settle();
  }

  beforeEach(() => {
    run = jest.fn(async (_reason: string) => archived);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
  });

  it('names the record and asks why, and sends nothing without a reason of 3 characters', async () => {
    await open();
    expect(text($('[mat-dialog-title]'))).toBe('Archive “Peer cafés”?');
    typeReason('  x ');
    await confirm();
    expect(text($('[data-testid=archive-reason-error]'))).toBe('Say why, in at least 3 characters.');
    expect(run).not.toHaveBeenCalled();
    expect(closed).toEqual([]);
  });

  it('refuses more than 1,000 characters next to the field', async () => {
    await open();
    typeReason('x'.repeat(1001));
    await confirm();
    expect(text($('[data-testid=archive-reason-error]'))).toBe('Use at most 1,000 characters.');
    expect(run).not.toHaveBeenCalled();
  });

  it('archives with the trimmed reason and closes with the record', async () => {
    await open();
    typeReason('  A duplicate of another practice. ');
    await confirm();
    expect(run).toHaveBeenCalledWith('A duplicate of another practice.');
    expect(closed).toEqual([archived]);
  });

  it('shows the API’s refusal of the reason next to the field, in the page’s words', async () => {
    run.mockRejectedValueOnce(
      new ApiError(
        'reason must be 3 to 1000 characters',
        'INVALID_INPUT',
        [],
        [{ field: 'reason', code: 'TOO_SHORT', message: 'reason must be 3 to 1000 characters' }],
      ),
    );
    await open();
    typeReason('abc');
    await confirm();
    expect(text($('[data-testid=archive-reason-error]'))).toBe('Say why, in at least 3 characters.');
    expect(text($('[data-testid=archive-error]'))).toBe('');
    expect(closed).toEqual([]);
  });

  it('says clearly when the account may not archive, and keeps the dialog open with the reason', async () => {
    run.mockRejectedValueOnce(new ApiError('Forbidden', 'FORBIDDEN'));
    await open();
    typeReason('Out of date.');
    await confirm();
    expect(text($('[data-testid=archive-error]'))).toContain(
      'Only moderators, administrators and the editors of the organisations behind a practice or a resource',
    );
    expect(($('[data-testid=archive-reason]') as HTMLTextAreaElement).value).toBe('Out of date.');
    expect(closed).toEqual([]);
  });

  it('says when the record was archived meanwhile, or brought back meanwhile', async () => {
    const conflict = () =>
      new ApiError(
        'already',
        'INVALID_INPUT',
        [],
        [{ field: 'recordId', code: 'CONFLICT', message: 'This record is archived already.' }],
      );
    run.mockRejectedValueOnce(conflict());
    await open();
    typeReason('Out of date.');
    await confirm();
    expect(text($('[data-testid=archive-error]'))).toBe(
      'This record is archived already. Reload the page to see it as it is.',
    );
    TestBed.inject(MatDialog).closeAll();
    await settle();
    run.mockRejectedValueOnce(conflict());
    openArchiveDialog(TestBed.inject(MatDialog), { action: 'unarchive', title: 'Peer cafés', run });
    await settle();
    expect(text($('[mat-dialog-title]'))).toBe('Bring back “Peer cafés”?');
    expect(text($('[data-testid=archive-confirm]'))).toBe('Bring back');
    typeReason('Current again.');
    await confirm();
    expect(text($('[data-testid=archive-error]'))).toBe(
      'This record is not archived (any more). Reload the page to see it as it is.',
    );
  });

  it('closes with nothing when cancelled', async () => {
    await open({ title: '' });
    expect(text($('[mat-dialog-title]'))).toBe('Archive this record?');
    ($('[data-testid=archive-cancel]') as HTMLButtonElement).click();
    await settle();
    expect(closed).toEqual([undefined]);
    expect(run).not.toHaveBeenCalled();
  });
});
