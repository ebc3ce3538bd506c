import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { Title } from '@angular/platform-browser';
import { CompetencyFrameworkStore, FrameworkLanguage } from '@peerhub/frameworks/data-access';
import { LoadStateComponent, SourcesComponent } from '@peerhub/shared/ui';

interface LanguageOption {
  code: FrameworkLanguage;
  label: string;
}

@Component({
  selector: 'ph-competency-framework',
  imports: [MatButtonToggleModule, LoadStateComponent, SourcesComponent],
  providers: [CompetencyFrameworkStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <ph-load-state
        [loading]="store.framework.isLoading() && !store.value()"
        [error]="store.framework.error()"
        (retry)="store.framework.reload()"
      >
        @if (store.value(); as f) {
          <article data-testid="competency-framework">
            <h1 [attr.lang]="store.lang()">{{ f.title }}</h1>
            <p class="description" lang="en">{{ f.description }}</p>

            <div class="toolbar">
              <span id="framework-lang-label" class="toolbar-label" i18n="@@framework.labelsIn"
                >Labels in</span
              >
              <mat-button-toggle-group
                aria-labelledby="framework-lang-label"
                [value]="store.lang()"
                (change)="store.setLanguage($event.value)"
                hideSingleSelectionIndicator
                data-testid="framework-language"
              >
                @for (l of languages; track l.code) {
                  <mat-button-toggle [value]="l.code" [attr.lang]="l.code">{{ l.label }}</mat-button-toggle>
                }
              </mat-button-toggle-group>
              <span class="ph-muted count" aria-live="polite">
                @if (store.switching()) {
                  <span i18n="@@state.loading">Loading…</span>
                } @else {
                  <span i18n="@@framework.count"
                    >{{ f.categories.length }} categories, {{ store.itemCount() }} competencies</span
                  >
                }
              </span>
            </div>

            <h2 class="visually-hidden" i18n="@@framework.categories">Competency categories</h2>
            <ol
              class="categories"
              [attr.lang]="store.lang()"
              [attr.aria-busy]="store.switching()"
              data-testid="competency-categories"
            >
              @for (c of f.categories; track c.id) {
                <li class="category">
                  <h3>
                    <span class="code">{{ c.code }}</span> {{ c.label }}
                  </h3>
                  <ul class="items">
                    @for (i of c.items; track i.id) {
                      <li>
                        <span class="code">{{ i.code }}</span
                        ><span>{{ i.label }}</span>
                      </li>
                    }
                  </ul>
                </li>
              }
            </ol>

            @if (f.socialWorkComparison.length) {
              <h2 id="comparison-heading" i18n="@@framework.comparison">Peer support work and social work</h2>
              <div class="table-wrap">
                <table aria-labelledby="comparison-heading" data-testid="social-work-comparison">
                  <thead>
                    <tr>
                      <th scope="col" i18n="@@framework.aspect">Aspect</th>
                      <th scope="col" i18n="@@framework.peerSupport">Peer support work</th>
                      <th scope="col" i18n="@@framework.socialWork">Social work</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of f.socialWorkComparison; track $index) {
                      <tr>
                        <th scope="row">{{ row.aspect }}</th>
                        <td lang="en">{{ row.peerSupport }}</td>
                        <td lang="en">{{ row.socialWork }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }

            <ph-sources [sources]="f.sources" [verifiedOn]="f.verifiedOn" />
          </article>
        }
      </ph-load-state>
    </div>
  `,
  styles: `
    .description {
      font-size: 1.1rem;
      line-height: 1.6;
      max-width: 860px;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px 16px;
      margin: 16px 0 24px;
    }
    .toolbar-label {
      font-weight: 500;
    }
    .categories {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
    }
    .categories[aria-busy='true'] {
      opacity: 0.6;
    }
    .category {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .category h3 {
      font-size: 1.05rem;
      margin: 0 0 8px;
      display: flex;
      gap: 8px;
      align-items: baseline;
    }
    .items {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .items li {
      display: grid;
      grid-template-columns: 3.2em 1fr;
      gap: 4px;
      padding: 4px 0;
      line-height: 1.4;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .code {
      font-family: ui-monospace, monospace;
      color: var(--mat-sys-primary);
      font-size: 0.9em;
      white-space: nowrap;
    }
    h2 {
      margin-top: 32px;
      font-size: 1.25rem;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      padding: 10px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
      line-height: 1.5;
    }
    thead th {
      font-weight: 500;
      color: var(--mat-sys-on-surface-variant);
      border-bottom-width: 2px;
    }
    tbody th {
      font-weight: 500;
    }
  `,
})
export class CompetencyFrameworkComponent {
  protected readonly store = inject(CompetencyFrameworkStore);
  private readonly title = inject(Title);
  protected readonly languages: LanguageOption[] = [
    { code: 'en', label: $localize`:@@framework.lang.en:English` },
    { code: 'no', label: $localize`:@@framework.lang.no:Norsk` },
    { code: 'pt', label: $localize`:@@framework.lang.pt:Português` },
  ];

  constructor() {
    effect(() => {
      const f = this.store.value();
      if (f) this.title.setTitle(`${f.title} — PeerHub Europe`);
    });
  }
}
