import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { queryResource } from '@peerhub/shared/data-access';
import { DevMailboxDocument } from '@peerhub/shared/graphql-types';
import { LoadStateComponent, LongDatePipe } from '@peerhub/shared/ui';

/** One piece of a kept mail's text: words, or a link to open. */
interface Part {
  text: string;
  href: string | null;
}

/** A kept mail's text with its http(s) links made openable (as bound text and href, never as HTML). */
export function linkParts(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s<>"']+/g)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), href: null });
    parts.push({ text: m[0], href: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), href: null });
  return parts;
}

/**
 * The development mailbox (`/account/mailbox`): on a trial without a mail server (DEV_MAILBOX), the mail the site
 * would have sent — confirmation and reset links included — newest first. Off on a real deployment.
 */
@Component({
  selector: 'ph-mailbox',
  imports: [LoadStateComponent, LongDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <h1 i18n="@@mailbox.title">Development mailbox</h1>
      <p class="hint" i18n="@@mailbox.what">
        This server sends no mail: it keeps what it would send here, so a trial can open its links. A real deployment
        has no mailbox page.
      </p>
      <ph-load-state
        [loading]="mails.isLoading()"
        [error]="mails.error()"
        [notFoundText]="offText"
        [empty]="list().length === 0"
        [emptyText]="emptyText"
        (retry)="mails.reload()"
      >
        <ol class="mails" data-testid="mailbox">
          @for (m of list(); track m.id) {
            <li>
              <h2>{{ m.subject }}</h2>
              <p class="ph-muted">{{ m.to }} — {{ m.createdAt | phLongDate }}</p>
              <pre>@for (p of m.parts; track $index) {@if (p.href) {<a [href]="p.href">{{ p.text }}</a>} @else {<span>{{ p.text }}</span>}}</pre>
            </li>
          }
        </ol>
      </ph-load-state>
    </div>
  `,
  styleUrl: './account-forms.scss',
  styles: `
    .mails { list-style: none; padding: 0; display: grid; gap: 16px; max-width: 820px; }
    .mails li { padding: 12px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    h2 { font-size: 1.1rem; margin: 0 0 4px; overflow-wrap: anywhere; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; margin: 8px 0 0; }
  `,
})
export class MailboxComponent {
  protected readonly mails = queryResource(DevMailboxDocument, () => ({}));
  protected readonly list = computed(() =>
    (this.mails.value()?.devMailbox ?? []).map((m) => ({ ...m, parts: linkParts(m.text) })),
  );
  protected readonly offText = $localize`:@@mailbox.off:The development mailbox is off on this server: mail goes out to its recipients.`;
  protected readonly emptyText = $localize`:@@mailbox.empty:No mail yet. Sign up, and the confirmation mail appears here.`;
}
