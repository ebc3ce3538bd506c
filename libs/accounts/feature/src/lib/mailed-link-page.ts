import { Directive, inject, input, signal } from '@angular/core';
import { SessionStore } from '@peerhub/accounts/data-access';
import { formErrors } from './account-messages';

/**
 * A page a mailed link opens (confirm an address, confirm a new address). It acts on a click, not on load: mail
 * scanners open links, and neither they nor the server render may use up the one-time token.
 */
@Directive()
export abstract class MailedLinkPage {
  protected readonly session = inject(SessionStore);
  /** From the link (`?token=…`, router input binding). */
  readonly token = input<string | undefined>();
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal('');

  /** What the link does with its token. */
  protected abstract use(token: string): Promise<void>;

  /** What to say when the API refuses (`errors` by field, as formErrors gives them). */
  protected abstract refusal(errors: Record<string, string>): string;

  protected async confirm(): Promise<void> {
    const token = this.token();
    if (!token) return;
    this.busy.set(true);
    this.error.set('');
    try {
      await this.use(token.slice(0, 100));
      this.done.set(true);
    } catch (e) {
      this.error.set(this.refusal(formErrors(e)));
    } finally {
      this.busy.set(false);
    }
  }
}
