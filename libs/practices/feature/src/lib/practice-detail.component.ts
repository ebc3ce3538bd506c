import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { PracticeDetailStore } from '@peerhub/practices/data-access';
import { LabelPipe, LoadStateComponent, LongDatePipe, SourcesComponent, JoinPipe } from '@peerhub/shared/ui';

@Component({
  selector: 'ph-practice-detail',
  imports: [JoinPipe, RouterLink, LabelPipe, LoadStateComponent, SourcesComponent, LongDatePipe],
  providers: [PracticeDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <ph-load-state
        [loading]="store.practice.isLoading()"
        [error]="store.practice.error()"
        [notFoundText]="notFoundText"
        (retry)="store.practice.reload()"
      >
        @if (store.value(); as p) {
          <article data-testid="practice-detail">
            <p class="ph-muted"><a routerLink="/practices" i18n="@@practices.back">All practices</a></p>
            <h1 lang="en">{{ p.title }}</h1>
            <p class="meta">
              @if (p.country) {
                <a [routerLink]="['/countries', p.country.code]">{{ p.country.name }}</a>
              }
              @if (p.place) {
                · {{ p.place }}
              }
              @if (p.startYear) {
                · <span i18n="@@practices.since">since {{ p.startYear }}</span>
              }
            </p>
            <ul class="ph-chips">
              <li class="ph-chip">{{ p.category | phLabel }}</li>
              @if (p.leadership !== 'UNKNOWN') {
                <li class="ph-chip">{{ p.leadership | phLabel }}</li>
              }
              @if (p.status !== 'UNKNOWN') {
                <li class="ph-chip">{{ p.status | phLabel }}</li>
              }
            </ul>
            <!-- Markdown rendered and sanitised by the API (markdown-it, sanitize-html); Angular sanitises it again. -->
            <div class="summary" lang="en" [innerHTML]="p.summaryHtml"></div>

            <dl class="facts">
              @if (p.setting) {
                <dt i18n="@@practices.setting">Setting</dt>
                <dd lang="en">{{ p.setting }}</dd>
              }
              @if (p.targetGroup) {
                <dt i18n="@@practices.targetGroup">Target group</dt>
                <dd lang="en">{{ p.targetGroup }}</dd>
              }
              @if (p.principles.length) {
                <dt i18n="@@practices.principles">Core principles</dt>
                <dd>
                  <ul class="ph-chips">
                    @for (x of p.principles; track x) {
                      <li class="ph-chip">{{ x | phLabel }}</li>
                    }
                  </ul>
                </dd>
              }
            </dl>

            @if (p.whatWorks.length) {
              <h2 i18n="@@practices.whatWorks">What works</h2>
              <ul>
                @for (x of p.whatWorks; track $index) {
                  <li lang="en">{{ x }}</li>
                }
              </ul>
            }
            @if (p.improvements.length) {
              <h2 i18n="@@practices.improvements">What can be improved</h2>
              <ul>
                @for (x of p.improvements; track $index) {
                  <li lang="en">{{ x }}</li>
                }
              </ul>
            }
            @if (p.lessons.length) {
              <h2 i18n="@@practices.lessons">Lessons</h2>
              <ul>
                @for (x of p.lessons; track $index) {
                  <li lang="en">{{ x }}</li>
                }
              </ul>
            }
            @if (p.preconditions.length) {
              <h2 i18n="@@practices.preconditions">Preconditions</h2>
              <dl class="facts">
                @for (c of p.preconditions; track $index) {
                  <dt>{{ c.kind | phLabel }}</dt>
                  <dd lang="en">{{ c.text }}</dd>
                }
              </dl>
              <p>
                <a
                  routerLink="/policy/transferability"
                  [queryParams]="{ practice: p.slug }"
                  data-testid="practice-transfer-link"
                  i18n="@@practices.transferLink"
                  >Could it work in another country? Check its preconditions</a
                >
              </p>
            }

            <h2 i18n="@@practices.organisations">Organisations</h2>
            <ul data-testid="practice-organisations">
              @for (o of p.organisations; track o.slug) {
                <li>
                  <a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a>
                  <span class="ph-muted"> — {{ [(o.type | phLabel), o.city, o.country?.name] | phJoin }}</span>
                </li>
              } @empty {
                <li class="ph-muted" i18n="@@practices.noOrganisations">No organisation recorded.</li>
              }
            </ul>

            @if (p.resources.length) {
              <h2 i18n="@@practices.resources">Resources</h2>
              <ul>
                @for (r of p.resources; track r.slug) {
                  <li>
                    <a [routerLink]="['/resources', r.slug]" [attr.lang]="r.language">{{ r.title }}</a>
                    <span class="ph-muted"> — {{ [(r.type | phLabel), r.language.toUpperCase(), r.year] | phJoin }}</span>
                  </li>
                }
              </ul>
            }

            <ph-sources [sources]="p.sources" [verifiedOn]="p.verifiedOn" />
            <footer class="contribute" data-testid="practice-updated">
              <p class="ph-muted">
                @if (p.lastUpdate.organisation; as org) {
                  <span i18n="@@practices.updatedBy"
                    >Last updated {{ p.lastUpdate.at | phLongDate }} for
                    <a [routerLink]="['/organisations', org.slug]">{{ org.name }}</a></span
                  >
                } @else {
                  <span i18n="@@practices.updatedEditorial"
                    >Last updated {{ p.lastUpdate.at | phLongDate }} by PeerHub editorial</span
                  >
                }
              </p>
              <p class="links">
                <a [routerLink]="['/contribute/practice/edit', p.slug]" data-testid="practice-edit" i18n="@@practices.edit"
                  >Suggest an edit</a
                >
                <a [routerLink]="['/contribute/history/practice', p.id]" data-testid="practice-history" i18n="@@practices.history"
                  >History</a
                >
              </p>
            </footer>
          </article>
        }
      </ph-load-state>
    </div>
  `,
  styles: `
    .meta {
      margin: 0 0 12px;
    }
    .contribute {
      margin-top: 24px;
      padding-top: 12px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .contribute .links {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
    }
    .summary {
      font-size: 1.1rem;
      line-height: 1.6;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 8px 24px;
    }
    .facts dt {
      font-weight: 500;
    }
    .facts dd {
      margin: 0;
    }
    h2 {
      margin-top: 28px;
      font-size: 1.25rem;
    }
  `,
})
export class PracticeDetailComponent {
  protected readonly notFoundText = $localize`:@@practices.notFound:There is no practice at this address. It may have been renamed or removed, or the link may be mistyped.`;
  /** Bound from the route parameter (withComponentInputBinding). */
  readonly slug = input.required<string>();
  protected readonly store = inject(PracticeDetailStore);
  private readonly title = inject(Title);

  constructor() {
    effect(() => this.store.slug.set(this.slug()));
    effect(() => {
      const p = this.store.value();
      if (p) this.title.setTitle(`${p.title} — PeerHub Europe`);
    });
  }
}
