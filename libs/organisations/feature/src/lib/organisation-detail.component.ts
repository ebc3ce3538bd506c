import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { OrganisationDetailStore } from '@peerhub/organisations/data-access';
import { LabelPipe, LoadStateComponent, LongDatePipe, SourcesComponent, JoinPipe } from '@peerhub/shared/ui';
import { LanguageNamePipe } from '@peerhub/countries/data-access';

@Component({
  selector: 'ph-organisation-detail',
  imports: [
    JoinPipe,
    RouterLink,
    LabelPipe,
    LanguageNamePipe,
    LoadStateComponent,
    LongDatePipe,
    SourcesComponent,
  ],
  providers: [OrganisationDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <p class="ph-muted back">
        <a routerLink="/organisations" i18n="@@organisations.back">All organisations</a>
      </p>
      <ph-load-state
        [loading]="store.organisation.isLoading()"
        [error]="store.organisation.error()"
        [notFoundText]="notFoundText"
        (retry)="store.organisation.reload()"
      >
        @if (store.value(); as o) {
          <article data-testid="organisation-detail">
            <h1>
              {{ o.name }}
              @if (o.acronym && o.acronym !== o.name) {
                <span class="acronym ph-muted">({{ o.acronym }})</span>
              }
            </h1>
            <p class="meta">
              <span class="ph-chip">{{ o.type | phLabel }}</span>
              @if (o.verified) {
                <span class="ph-chip verified" data-testid="organisation-verified" i18n="@@organisations.verified"
                  >Verified by PeerHub</span
                >
              }
              @if (o.city) {
                <span>{{ o.city }},</span>
              }
              <a [routerLink]="['/countries', o.country?.code ?? o.countryCode]">{{
                o.country?.name ?? o.countryCode
              }}</a>
            </p>
            @if (o.descriptionHtml) {
              <!-- Markdown rendered and sanitised by the API (markdown-it, sanitize-html); Angular sanitises it again. -->
              <div class="description" lang="en" data-testid="organisation-description" [innerHTML]="o.descriptionHtml"></div>
            }

            <dl class="facts">
              @if (o.expertise.length) {
                <dt i18n="@@organisations.expertise">Expertise</dt>
                <dd>
                  <ul class="ph-chips" data-testid="organisation-expertise">
                    @for (x of o.expertise; track x) {
                      <li class="ph-chip">{{ x }}</li>
                    }
                  </ul>
                </dd>
              }
              @if (o.languages.length) {
                <dt i18n="@@organisations.languages">Languages</dt>
                <dd>
                  @for (l of o.languages; track l; let last = $last) {
                    <span [attr.lang]="l">{{ l | phLanguageName }}</span>{{ last ? '' : ', ' }}
                  }
                </dd>
              }
              @if (o.projects.length) {
                <dt i18n="@@organisations.projects">Projects</dt>
                <dd>{{ o.projects.join(', ') }}</dd>
              }
              @if (o.website) {
                <dt i18n="@@organisations.website">Website</dt>
                <dd>
                  <a [href]="o.website" target="_blank" rel="noopener">{{ o.website }}</a>
                </dd>
              }
              @if (o.openToPartnership) {
                <dt i18n="@@organisations.partnership">Partnerships</dt>
                <dd i18n="@@organisations.openToPartnership">Open to partnership</dd>
              }
            </dl>

            <h2 i18n="@@organisations.practices">Practices</h2>
            <ul data-testid="organisation-practices">
              @for (p of o.practices; track p.slug) {
                <li>
                  <a [routerLink]="['/practices', p.slug]" lang="en">{{ p.title }}</a>
                  @if (p.place || p.startYear) {
                    <span class="ph-muted"> — {{ [p.place, p.startYear] | phJoin }}</span>
                  }
                </li>
              } @empty {
                <li class="ph-muted" i18n="@@organisations.noPractices">No practice recorded.</li>
              }
            </ul>

            <h2 i18n="@@organisations.resources">Resources</h2>
            <ul data-testid="organisation-resources">
              @for (r of o.resources; track r.slug) {
                <li>
                  <a [routerLink]="['/resources', r.slug]" [attr.lang]="r.language">{{ r.title }}</a>
                  <span class="ph-muted">
                    — {{ [(r.type | phLabel), (r.language | phLanguageName), r.year] | phJoin }}</span
                  >
                </li>
              } @empty {
                <li class="ph-muted" i18n="@@organisations.noResources">No resource recorded.</li>
              }
            </ul>

            <ph-sources [sources]="o.sources" [verifiedOn]="o.verifiedOn" />
            <footer class="contribute" data-testid="organisation-updated">
              <p class="ph-muted">
                @if (o.lastUpdate.organisation; as org) {
                  <span i18n="@@organisations.updatedBy"
                    >Last updated {{ o.lastUpdate.at | phLongDate }} for
                    <a [routerLink]="['/organisations', org.slug]">{{ org.name }}</a></span
                  >
                } @else {
                  <span i18n="@@organisations.updatedEditorial"
                    >Last updated {{ o.lastUpdate.at | phLongDate }} by PeerHub editorial</span
                  >
                }
              </p>
              <p class="links">
                <a
                  [routerLink]="['/contribute/history/organisation', o.id]"
                  data-testid="organisation-history"
                  i18n="@@organisations.history"
                  >History</a
                >
              </p>
            </footer>
            @if (mayEdit()) {
              <ul class="edit-for editor-links" data-testid="organisation-editor-links">
                <li data-testid="organisation-write">
                  <a
                    [routerLink]="['/contribute/practice/new']"
                    [queryParams]="{ organisation: o.slug }"
                    i18n="@@organisations.writePractice"
                    >Write a practice for {{ o.name }}</a
                  >
                </li>
                <li data-testid="organisation-add-resource">
                  <a
                    [routerLink]="['/contribute/resource/new']"
                    [queryParams]="{ organisation: o.slug }"
                    i18n="@@organisations.addResource"
                    >Add a resource for {{ o.name }}</a
                  >
                </li>
                <li data-testid="organisation-edit">
                  <a [routerLink]="['/contribute/organisation/edit', o.slug]" i18n="@@organisations.editProfile"
                    >Edit this profile</a
                  >
                </li>
              </ul>
            }
            <p class="edit-for">
              <span i18n="@@organisations.editFor.question">Do you work for {{ o.name }}?</span>&ngsp;
              <a [routerLink]="['/account/join', o.slug]" data-testid="organisation-join" i18n="@@organisations.editFor.link"
                >Ask to edit its page on PeerHub</a
              >
            </p>
          </article>
        }
      </ph-load-state>
    </div>
  `,
  styles: `
    .edit-for {
      margin-top: 32px;
      padding-top: 16px;
      border-top: 1px solid var(--mat-sys-outline-variant);
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
    .editor-links {
      list-style: none;
      padding-left: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
    }
    .acronym {
      font-size: 0.7em;
      font-weight: 400;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin: 0 0 12px;
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
    ul:not(.ph-chips) {
      line-height: 1.8;
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
export class OrganisationDetailComponent {
  protected readonly notFoundText = $localize`:@@organisations.notFound:There is no organisation at this address. It may have been renamed or removed, or the link may be mistyped.`;
  /** Bound from the route parameter (withComponentInputBinding). */
  readonly slug = input.required<string>();
  protected readonly store = inject(OrganisationDetailStore);
  private readonly title = inject(Title);
  /** Its editors, and moderators and administrators (not suspended), write for it and edit its profile. */
  protected readonly mayEdit = computed(() => {
    const viewer = this.store.viewer();
    if (!viewer || viewer.suspended) return false;
    return (
      this.store.value()?.myMembership?.status === 'APPROVED' ||
      viewer.roles.some((r) => r === 'moderator' || r === 'admin')
    );
  });

  constructor() {
    effect(() => this.store.slug.set(this.slug()));
    effect(() => {
      const o = this.store.value();
      if (o) this.title.setTitle(`${o.name} — PeerHub Europe`);
    });
  }
}
