import { ApiError } from '@peerhub/shared/data-access';

/**
 * What a form says about a field the API refused, in the page's language. The API's own `message` is English for
 * developers; the form words it from the field and the code.
 */
export function fieldMessage(field: string, code: string): string {
  switch (`${field}:${code}`) {
    case 'email:INVALID':
      return $localize`:@@account.error.emailInvalid:Enter an email address such as name@example.org, and confirm it with the link we mailed you before signing in.`;
    case 'password:TOO_SHORT':
      return $localize`:@@account.error.passwordShort:Use at least 10 characters: a few words you will remember are best.`;
    case 'password:TOO_LONG':
      return $localize`:@@account.error.passwordLong:Use at most 200 characters.`;
    case 'password:INVALID':
      return $localize`:@@account.error.signIn:The email address or the password is not right.`;
    case 'displayName:TOO_SHORT':
    case 'displayName:TOO_LONG':
      return $localize`:@@account.error.displayName:Use 2 to 60 characters.`;
    case 'newPassword:TOO_SHORT':
      return $localize`:@@account.error.passwordShort:Use at least 10 characters: a few words you will remember are best.`;
    case 'message:TOO_SHORT':
    case 'message:TOO_LONG':
    case 'message:REQUIRED':
      return $localize`:@@account.error.message:Write 10 to 1,000 characters: who you are there and why you ask.`;
    case 'organisationSlug:CONFLICT':
      return $localize`:@@account.error.membershipExists:You have asked already, or you edit for this organisation already.`;
    case 'organisationSlug:NOT_FOUND':
      return $localize`:@@account.error.organisationGone:This organisation is not on PeerHub (any more).`;
    case 'organisationSlug:OUT_OF_RANGE':
      return $localize`:@@account.error.tooManyRequests:You have five requests waiting already: wait for an answer first.`;
    case 'kind:CONFLICT':
      return $localize`:@@account.error.claimTaken:This organisation has editors now: ask to join them instead.`;
    case 'membershipId:CONFLICT':
      return $localize`:@@account.error.decided:Someone decided this request already. The list is up to date again.`;
    case 'membershipId:NOT_FOUND':
      return $localize`:@@account.error.requestGone:This request is gone (withdrawn or removed). The list is up to date again.`;
    case 'accountId:INVALID':
      return $localize`:@@account.error.notOnYourself:Not possible for this account: you cannot suspend yourself or take your own admin role, and an admin must lose the role before being suspended.`;
    case 'accountId:NOT_FOUND':
      return $localize`:@@account.error.accountGone:This member's account no longer exists.`;
    case 'token:INVALID':
      return $localize`:@@account.error.token:This link is no longer valid: it was used already, or it expired. Sign up again to get a new one.`;
    default:
      return $localize`:@@account.error.field:Check this field.`;
  }
}

/** The messages of an API refusal, by field; `form` holds what belongs to no field (a rate limit, the network). */
export function formErrors(e: unknown): Record<string, string> {
  if (e instanceof ApiError && e.fieldErrors.length) {
    const out: Record<string, string> = {};
    for (const f of e.fieldErrors) out[f.field] ??= fieldMessage(f.field, f.code);
    return out;
  }
  if (e instanceof ApiError && e.code === 'FORBIDDEN')
    return {
      form: $localize`:@@account.error.forbidden:Your account may not do this (any more). Reload the page to see what has changed.`,
    };
  if (e instanceof ApiError && e.code === 'UNAUTHENTICATED')
    return { form: $localize`:@@account.error.signedOut:You are signed out. Sign in again to do this.` };
  return {
    form:
      e instanceof Error && e.message
        ? e.message
        : $localize`:@@account.error.unknown:Something went wrong. Try again.`,
  };
}
