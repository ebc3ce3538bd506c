import { LongDatePipe } from './intl.pipes';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export interface SourceView {
  title: string;
  url: string | null;
  locator: string | null;
}

/** Where a record's facts come from, and when they were last checked. */
@Component({
  selector: 'ph-sources',
  imports: [LongDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="sources" aria-labelledby="sources-heading" data-testid="sources">
      <h2 id="sources-heading" i18n="@@sources.heading">Sources</h2>
      <ul>
        @for (s of sources(); track $index) {
          <li>
            @if (s.url) {
              <a [href]="s.url" target="_blank" rel="noopener">{{ s.title }}</a>
            } @else {
              <span>{{ s.title }}</span>
            }
            @if (s.locator) {
              <span class="ph-muted"> — {{ s.locator }}</span>
            }
          </li>
        } @empty {
          <li i18n="@@sources.none">No source recorded.</li>
        }
      </ul>
      @if (verifiedOn()) {
        <p class="ph-muted" data-testid="verified-on">
          <span i18n="@@sources.verifiedOn">Verified on</span>&ngsp;<time [attr.datetime]="verifiedOn()">{{ verifiedOn() | phLongDate }}</time>
        </p>
      }
    </section>
  `,
  styles: `
    .sources {
      margin-top: 32px;
      padding-top: 16px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    h2 {
      font-size: 1.1rem;
      margin: 0 0 8px;
    }
    ul {
      margin: 0 0 8px;
      padding-left: 20px;
    }
  `,
})
export class SourcesComponent {
  readonly sources = input.required<readonly SourceView[]>();
  readonly verifiedOn = input<string | null>(null);
}
