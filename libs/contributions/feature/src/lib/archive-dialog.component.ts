import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ArchivedRecordView } from '@peerhub/contributions/data-access';
import { Observable } from 'rxjs';
import {
  ArchiveAction,
  REASON_MAX,
  REASON_MIN,
  archiveErrors,
  reasonTooLong,
  reasonTooShort,
} from './archive-messages';

export interface ArchiveDialogData {
  action: ArchiveAction;
  /** The record's title, as the dialog names it ('' when unknown). */
  title: string;
  /** Archives (or brings back) with the reason given; rejects with the API's refusal. */
  run: (reason: string) => Promise<ArchivedRecordView>;
}

/**
 * Asks why a record is archived (or brought back) — the reason is required (3 to 1,000 characters) and kept in the
 * audit log — then does it. A refusal shows in the dialog: next to the reason, or above the buttons; the dialog
 * closes with the record once it is done (undefined when cancelled).
 */
@Component({
  selector: 'ph-archive-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      @if (!data.title) {
        @if (data.action === 'archive') {
          <ng-container i18n="@@contribute.archive.dialogTitleUntitled">Archive this record?</ng-container>
        } @else {
          <ng-container i18n="@@contribute.archive.unarchiveTitleUntitled">Bring this record back?</ng-container>
        }
      } @else if (data.action === 'archive') {
        <ng-container i18n="@@contribute.archive.dialogTitle">Archive “{{ data.title }}”?</ng-container>
      } @else {
        <ng-container i18n="@@contribute.archive.unarchiveTitle">Bring back “{{ data.title }}”?</ng-container>
      }
    </h2>
    <mat-dialog-content>
      <p class="explain">
        @if (data.action === 'archive') {
          <ng-container i18n="@@contribute.archive.explain"
            >It leaves its public page, the lists, search and the counts at once. Its history stays, and it can be
            brought back.</ng-container
          >
        } @else {
          <ng-container i18n="@@contribute.archive.unarchiveExplain"
            >It is back on its public page, in the lists, search and the counts at once.</ng-container
          >
        }
      </p>
      <mat-form-field appearance="outline">
        <mat-label i18n="@@contribute.archive.reason">Reason</mat-label>
        <textarea
          #reasonBox
          matInput
          [formControl]="reason"
          rows="3"
          required
          data-testid="archive-reason"
        ></textarea>
        <mat-hint i18n="@@contribute.archive.reasonHint">Kept in the audit log: 3 to 1,000 characters.</mat-hint>
        <mat-error data-testid="archive-reason-error">{{ reasonError() }}</mat-error>
      </mat-form-field>
      <p class="form-error" role="alert" data-testid="archive-error">{{ formError() }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined" data-testid="archive-cancel" i18n="@@contribute.archive.cancel">
        Cancel
      </button>
      <button mat-flat-button type="button" (click)="submit()" [disabled]="busy()" data-testid="archive-confirm">
        @if (data.action === 'archive') {
          <ng-container i18n="@@contribute.archive.confirm">Archive</ng-container>
        } @else {
          <ng-container i18n="@@contribute.archive.confirmUnarchive">Bring back</ng-container>
        }
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
    .explain {
      margin-top: 0;
    }
    .form-error {
      color: var(--mat-sys-error);
      margin: 8px 0 0;
    }
    .form-error:empty {
      display: none;
    }
  `,
})
export class ArchiveDialogComponent {
  protected readonly data = inject<ArchiveDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ArchiveDialogComponent, ArchivedRecordView>>(MatDialogRef);
  private readonly reasonBox = viewChild<ElementRef<HTMLTextAreaElement>>('reasonBox');

  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(REASON_MAX)],
  });
  protected readonly reasonError = signal('');
  protected readonly formError = signal('');
  protected readonly busy = signal(false);

  constructor() {
    this.ref.addPanelClass('ph-archive-dialog');
    // The reason's own edits clear a refusal the server gave it.
    this.reason.valueChanges.subscribe(() => {
      if (this.reason.hasError('server')) this.reason.setErrors(null);
    });
  }

  protected async submit(): Promise<void> {
    this.formError.set('');
    const text = this.reason.value.trim();
    const local =
      text.length < REASON_MIN ? reasonTooShort() : text.length > REASON_MAX ? reasonTooLong() : '';
    if (local) return this.refuseReason(local);
    this.busy.set(true);
    try {
      this.ref.close(await this.data.run(text));
    } catch (e) {
      const errors = archiveErrors(e, this.data.action);
      if (errors.reason) this.refuseReason(errors.reason);
      this.formError.set(errors.form ?? '');
    } finally {
      this.busy.set(false);
    }
  }

  private refuseReason(message: string): void {
    this.reasonError.set(message);
    this.reason.setErrors({ ...(this.reason.errors ?? {}), server: true });
    this.reason.markAsTouched();
    this.reasonBox()?.nativeElement.focus();
  }
}

/** Opens the reason dialog; emits the record once archived (or brought back), or undefined when cancelled. */
export function openArchiveDialog(
  dialog: MatDialog,
  data: ArchiveDialogData,
): Observable<ArchivedRecordView | undefined> {
  return dialog
    .open<ArchiveDialogComponent, ArchiveDialogData, ArchivedRecordView>(ArchiveDialogComponent, {
      data,
      width: '560px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: 'first-tabbable',
      restoreFocus: true,
    })
    .afterClosed();
}
