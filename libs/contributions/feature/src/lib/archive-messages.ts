import { ApiError } from '@peerhub/shared/data-access';
import { formErrors } from './contribute-messages';

export type ArchiveAction = 'archive' | 'unarchive';

export const REASON_MIN = 3;
export const REASON_MAX = 1000;

export function reasonTooShort(): string {
  return $localize`:@@contribute.archive.error.reasonShort:Say why, in at least 3 characters.`;
}

export function reasonTooLong(): string {
  return $localize`:@@contribute.archive.error.reasonLong:Use at most 1,000 characters.`;
}

/**
 * Why archiving (or bringing back) was refused, in the page's language: `reason` for the reason field, `form` for
 * what belongs to no field (the record, the account's rights, the network). The API's own messages are English.
 */
export function archiveErrors(e: unknown, action: ArchiveAction): { reason?: string; form?: string } {
  if (e instanceof ApiError && e.fieldErrors.length) {
    const out: { reason?: string; form?: string } = {};
    for (const f of e.fieldErrors) {
      const field = f.field.replace(/^input\./, '');
      if (field === 'reason') out.reason ??= f.code === 'TOO_LONG' ? reasonTooLong() : reasonTooShort();
      else if (field === 'recordId' && f.code === 'NOT_FOUND')
        out.form ??= $localize`:@@contribute.archive.error.gone:This record no longer exists. Reload the page to see what is there now.`;
      else if (field === 'recordId' && f.code === 'CONFLICT')
        out.form ??=
          action === 'archive'
            ? $localize`:@@contribute.archive.error.already:This record is archived already. Reload the page to see it as it is.`
            : $localize`:@@contribute.archive.error.notArchived:This record is not archived (any more). Reload the page to see it as it is.`;
      else if (field === 'kind')
        out.form ??= $localize`:@@contribute.archive.error.kind:Country facts are never archived: propose a correction instead.`;
      else out.form ??= formErrors(e)['form'] ?? Object.values(formErrors(e))[0];
    }
    return out;
  }
  if (e instanceof ApiError && e.code === 'FORBIDDEN')
    return {
      form: $localize`:@@contribute.archive.error.forbidden:Only moderators, administrators and the editors of the organisations behind a practice or a resource may archive it or bring it back. Your account may not.`,
    };
  if (e instanceof ApiError && e.code === 'UNAUTHENTICATED')
    return {
      form: $localize`:@@contribute.archive.error.signedOut:You are signed out. Sign in again, then try again: the reason you typed stays here.`,
    };
  const errors = formErrors(e);
  return { form: errors['form'] ?? Object.values(errors)[0] };
}
