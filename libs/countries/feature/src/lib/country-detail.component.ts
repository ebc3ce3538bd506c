import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { CountryDetailStore } from '@peerhub/countries/data-access';
import {
  FactComponent,
  LabelPipe,
  LevelChipComponent,
  LoadStateComponent,
  SourcesComponent,
  JoinPipe,
  LongDatePipe,
} from '@peerhub/shared/ui';
import { LanguageNamePipe } from '@peerhub/countries/data-access';

@Component({
  selector: 'ph-country-detail',
  imports: [
    LongDatePipe,
    FactComponent,
    JoinPipe,
    RouterLink,
    LabelPipe,
    LevelChipComponent,
    LanguageNamePipe,
    LoadStateComponent,
    SourcesComponent,
  ],
  providers: [CountryDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <p class="ph-muted back"><a routerLink="/countries" i18n="@@countries.back">All countries</a></p>
      <ph-load-state
        [loading]="store.country.isLoading()"
        [error]="store.error()"
        [notFoundText]="notFoundText"
        (retry)="store.country.reload()"
      >
        @if (store.value(); as c) {
          <article data-testid="country-detail">
            <h1>
              {{ c.name }} <span class="code ph-muted">{{ c.code }}</span>
            </h1>
            <p class="summary" lang="en">{{ c.summary }}</p>

            <h2 i18n="@@countries.roleTitles">Local role titles</h2>
            <ul class="role-titles" data-testid="role-titles">
              @for (t of c.roleTitles; track $index) {
                <li>
                  <strong [attr.lang]="t.language">{{ t.title }}</strong>
                  <span class="ph-muted"> ({{ t.language | phLanguageName }})</span>
                  @if (t.gloss) {
                    — <span lang="en">{{ t.gloss }}</span>
                  }
                </li>
              } @empty {
                <li class="ph-muted" i18n="@@countries.noRoleTitles">No local title recorded.</li>
              }
            </ul>

            <h2 id="profile-heading" i18n="@@countries.profile">Profile</h2>
            <p class="ph-muted legend" i18n="@@countries.levelLegend">
              Established: in place nationally · Partial: some regions or services · Emerging: pilots · Absent
              · Unknown: the sources are silent.
            </p>
            <div class="ph-table-wrap">
              <table class="ph-table dimensions" aria-labelledby="profile-heading" data-testid="country-dimensions">
                <thead>
                  <tr>
                    <th scope="col" i18n="@@countries.dimension">Dimension</th>
                    <th scope="col" i18n="@@countries.level">Level</th>
                    <th scope="col" i18n="@@countries.dimensionText">What the sources say</th>
                  </tr>
                </thead>
                <tbody>
                  @for (d of store.dimensions(); track d.key) {
                    <tr>
                      <th scope="row">{{ d.key | phLabel }}</th>
                      <td>
                        <ph-level [value]="d.level" />
                      </td>
                      <td>
                        <ph-fact [fact]="d" />
                        @if (d.verifiedOn) {
                          <p class="dim-verified ph-muted" data-testid="dimension-verified-on">
                            <span i18n="@@countries.dimensionVerified">Verified on</span>&ngsp;<time
                              [attr.datetime]="d.verifiedOn"
                              >{{ d.verifiedOn | phLongDate }}</time
                            >
                          </p>
                        }
                        <p class="dim-propose">
                          @if (d.level === 'UNKNOWN') {
                            <span class="ph-muted" i18n="@@countries.factMissing"
                              >The documents we hold are silent on this. Do you know?</span
                            >&ngsp;
                            <a
                              [routerLink]="['/contribute/fact', c.code, d.key.toLowerCase()]"
                              data-testid="propose-fact"
                              i18n="@@countries.proposeFact"
                              >Propose this fact</a
                            >
                          } @else {
                            <a
                              class="ph-muted"
                              [routerLink]="['/contribute/fact', c.code, d.key.toLowerCase()]"
                              i18n="@@countries.proposeCorrection"
                              >Propose a correction</a
                            >
                          }
                        </p>
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>

            <div class="related">
              <section aria-labelledby="country-practices-heading">
                <h2 id="country-practices-heading" i18n="@@countries.practices">Practices</h2>
                <ul data-testid="country-practices">
                  @for (p of c.practices; track p.slug) {
                    <li>
                      <a [routerLink]="['/practices', p.slug]" lang="en">{{ p.title }}</a>
                      @if (p.place || p.startYear) {
                        <span class="ph-muted"> — {{ [p.place, p.startYear] | phJoin }}</span>
                      }
                    </li>
                  } @empty {
                    <li class="ph-muted" i18n="@@countries.noPractices">No practice recorded.</li>
                  }
                </ul>
              </section>
              <section aria-labelledby="country-organisations-heading">
                <h2 id="country-organisations-heading" i18n="@@countries.organisations">Organisations</h2>
                <ul data-testid="country-organisations">
                  @for (o of c.organisations; track o.slug) {
                    <li>
                      <a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a>
                      <span class="ph-muted"> — {{ [(o.type | phLabel), o.city] | phJoin }}</span>
                    </li>
                  } @empty {
                    <li class="ph-muted" i18n="@@countries.noOrganisations">No organisation recorded.</li>
                  }
                </ul>
              </section>
              <section aria-labelledby="country-resources-heading">
                <h2 id="country-resources-heading" i18n="@@countries.resources">Resources</h2>
                <ul data-testid="country-resources">
                  @for (r of c.resources; track r.slug) {
                    <li>
                      <a [routerLink]="['/resources', r.slug]" [attr.lang]="r.language">{{ r.title }}</a>
                      <span class="ph-muted"> — {{ [(r.type | phLabel), r.year] | phJoin }}</span>
                    </li>
                  } @empty {
                    <li class="ph-muted" i18n="@@countries.noResources">No resource recorded.</li>
                  }
                </ul>
              </section>
            </div>

            <ph-sources [sources]="c.sources" [verifiedOn]="c.verifiedOn" />
          </article>
        }
      </ph-load-state>
    </div>
  `,
  styles: `
    .code {
      font-size: 0.6em;
      font-weight: 400;
      font-family: ui-monospace, monospace;
    }
    .summary {
      font-size: 1.1rem;
      line-height: 1.6;
    }
    h2 {
      margin-top: 28px;
      font-size: 1.25rem;
    }
    .role-titles,
    .related ul {
      line-height: 1.8;
    }
    .legend {
      font-size: 0.9rem;
    }
    tbody th {
      font-weight: 500;
      white-space: nowrap;
    }
    .dim-verified {
      margin: 6px 0 0;
      font-size: 0.85rem;
    }
    @media (max-width: 700px) {
      .dim-propose {
        margin: 4px 0 0;
        font-size: 0.875rem;
      }
      .dimensions thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      .dimensions tr {
        display: block;
        padding: 10px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      .dimensions th,
      .dimensions td {
        display: block;
        padding: 4px 0;
        border: none;
      }
    }
    .related {
      display: grid;
      gap: 0 32px;
      grid-template-columns: repeat(auto-fit, minmax(300px, 1fr));
    }
  `,
})
export class CountryDetailComponent {
  protected readonly notFoundText = $localize`:@@countries.notFound:There is no country profile at this address. Countries are named by their two-letter code, such as PL or IE.`;
  /** Bound from the route parameter (withComponentInputBinding). */
  readonly code = input.required<string>();
  protected readonly store = inject(CountryDetailStore);
  private readonly title = inject(Title);

  constructor() {
    effect(() => this.store.code.set(this.code()));
    effect(() => {
      const c = this.store.value();
      if (c) this.title.setTitle(`${c.name} — PeerHub Europe`);
    });
  }
}
