import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { ResourceDetailStore } from '@peerhub/resources/data-access';
import { JoinPipe, LabelPipe, LoadStateComponent, LongDatePipe, SourcesComponent } from '@peerhub/shared/ui';
import { LanguageNamePipe } from '@peerhub/countries/data-access';

@Component({
  selector: 'ph-resource-detail',
  imports: [
    RouterLink,
    JoinPipe,
    LabelPipe,
    LanguageNamePipe,
    LoadStateComponent,
    LongDatePipe,
    SourcesComponent,
  ],
  providers: [ResourceDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <p class="ph-muted back"><a routerLink="/resources" i18n="@@resources.back">All resources</a></p>
      <ph-load-state
        [loading]="store.resource.isLoading()"
        [error]="store.resource.error()"
        [notFoundText]="notFoundText"
        (retry)="store.resource.reload()"
      >
        @if (store.value(); as r) {
          <article data-testid="resource-detail">
            <h1 [attr.lang]="r.language">{{ r.title }}</h1>
            <ul class="ph-chips">
              <li class="ph-chip">{{ r.type | phLabel }}</li>
              <li class="ph-chip">{{ r.language | phLanguageName }}</li>
              @if (r.year) {
                <li class="ph-chip">{{ r.year }}</li>
              }
            </ul>
            @if (r.descriptionHtml) {
              <!-- Markdown rendered and sanitised by the API (markdown-it, sanitize-html); Angular sanitises it again. -->
              <div class="description" lang="en" data-testid="resource-description" [innerHTML]="r.descriptionHtml"></div>
            }

            <dl class="facts">
              @if (r.publisherOrganisation || r.publisher) {
                <dt i18n="@@resources.publisher">Publisher</dt>
                <dd>
                  @if (r.publisherOrganisation; as po) {
                    <a [routerLink]="['/organisations', po.slug]">{{ r.publisher || po.name }}</a>
                  } @else {
                    {{ r.publisher }}
                  }
                </dd>
              }
              @if (r.year) {
                <dt i18n="@@resources.year">Year</dt>
                <dd>{{ r.year }}</dd>
              }
              <dt i18n="@@filters.language">Language</dt>
              <dd>{{ r.language | phLanguageName }}</dd>
              @if (r.audience.length) {
                <dt i18n="@@resources.audience">Audience</dt>
                <dd>
                  <ul class="ph-chips">
                    @for (a of r.audience; track a) {
                      <li class="ph-chip">{{ a | phLabel }}</li>
                    }
                  </ul>
                </dd>
              }
              @if (r.topics.length) {
                <dt i18n="@@resources.topics">Topics</dt>
                <dd>
                  <ul class="ph-chips">
                    @for (t of r.topics; track t) {
                      <li class="ph-chip">{{ t }}</li>
                    }
                  </ul>
                </dd>
              }
              <dt i18n="@@resources.url">Link</dt>
              <dd data-testid="resource-link">
                @if (r.url) {
                  <a [href]="r.url" target="_blank" rel="noopener">{{ r.url }}</a>
                } @else {
                  <span class="ph-muted" data-testid="resource-not-online" i18n="@@resources.notOnline"
                    >Not available online</span
                  >
                }
              </dd>
            </dl>

            @if (r.languageVersions.length) {
              <h2 i18n="@@resources.languageVersions">Other language versions</h2>
              <ul data-testid="language-versions">
                @for (v of r.languageVersions; track v.slug) {
                  <li>
                    <span class="lang">{{ v.language | phLanguageName }}:</span>
                    <a
                      [routerLink]="['/resources', v.slug]"
                      [attr.lang]="v.language"
                      [attr.hreflang]="v.language"
                      >{{ v.title }}</a
                    >
                  </li>
                }
              </ul>
            }

            @if (r.references.length) {
              <h2 i18n="@@resources.references">Bibliography / references</h2>
              <ol data-testid="resource-references">
                @for (x of r.references; track x.slug) {
                  <li>
                    <a [routerLink]="['/resources', x.slug]" [attr.lang]="x.language">{{ x.title }}</a>
                    <span class="ph-muted">
                      — {{ [x.publisher, x.year, (x.type | phLabel)] | phJoin }}</span
                    >
                  </li>
                }
              </ol>
            }

            @if (r.citedBy.length) {
              <h2 i18n="@@resources.citedBy">Cited by</h2>
              <ul data-testid="resource-cited-by">
                @for (x of r.citedBy; track x.slug) {
                  <li>
                    <a [routerLink]="['/resources', x.slug]" [attr.lang]="x.language">{{ x.title }}</a>
                    @if (x.publisher || x.year) {
                      <span class="ph-muted"> — {{ [x.publisher, x.year] | phJoin }}</span>
                    }
                  </li>
                }
              </ul>
            }

            <h2 i18n="@@resources.organisations">Organisations</h2>
            <ul data-testid="resource-organisations">
              @for (o of r.organisations; track o.slug) {
                <li>
                  <a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a>
                  <span class="ph-muted">
                    — {{ o.type | phLabel }}
                    @if (o.city) {
                      , {{ o.city }}
                    }
                  </span>
                </li>
              } @empty {
                <li class="ph-muted" i18n="@@resources.noOrganisations">No organisation recorded.</li>
              }
            </ul>

            <ph-sources [sources]="r.sources" [verifiedOn]="r.verifiedOn" />
            <footer class="contribute" data-testid="resource-updated">
              <p class="ph-muted">
                @if (r.lastUpdate.organisation; as org) {
                  <span i18n="@@resources.updatedBy"
                    >Last updated {{ r.lastUpdate.at | phLongDate }} for
                    <a [routerLink]="['/organisations', org.slug]">{{ org.name }}</a></span
                  >
                } @else {
                  <span i18n="@@resources.updatedEditorial"
                    >Last updated {{ r.lastUpdate.at | phLongDate }} by PeerHub editorial</span
                  >
                }
              </p>
              <p class="links">
                <a [routerLink]="['/contribute/resource/edit', r.slug]" data-testid="resource-edit" i18n="@@resources.edit"
                  >Suggest an edit</a
                >
                <a [routerLink]="['/contribute/history/resource', r.id]" data-testid="resource-history" i18n="@@resources.history"
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
    .description {
      font-size: 1.1rem;
      line-height: 1.6;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 12px 24px;
    }
    .facts dt {
      font-weight: 500;
    }
    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    h2 {
      margin-top: 28px;
      font-size: 1.25rem;
    }
    ul:not(.ph-chips),
    ol {
      line-height: 1.8;
    }
    .lang {
      font-weight: 500;
      margin-right: 4px;
    }
    @media (max-width: 600px) {
      .facts {
        grid-template-columns: 1fr;
        gap: 4px;
      }
      .facts dd {
        margin-bottom: 8px;
      }
    }
  `,
})
export class ResourceDetailComponent {
  protected readonly notFoundText = $localize`:@@resources.notFound:There is no resource at this address. It may have been renamed or removed, or the link may be mistyped.`;
  /** Bound from the route parameter (withComponentInputBinding). */
  readonly slug = input.required<string>();
  protected readonly store = inject(ResourceDetailStore);
  private readonly title = inject(Title);

  constructor() {
    effect(() => this.store.slug.set(this.slug()));
    effect(() => {
      const r = this.store.value();
      if (r) this.title.setTitle(`${r.title} — PeerHub Europe`);
    });
  }
}
