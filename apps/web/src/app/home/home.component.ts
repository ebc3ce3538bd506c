import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NetworkSummaryStore } from '@peerhub/shared/data-access';
import { LabelPipe, LoadStateComponent, NumberPipe } from '@peerhub/shared/ui';

@Component({
  selector: 'ph-home',
  imports: [NumberPipe, RouterLink, LabelPipe, LoadStateComponent],
  providers: [NetworkSummaryStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="hero">
      <div class="ph-page">
        <h1 i18n="@@home.title">Peer support in mental health, across Europe</h1>
        <p class="lead" i18n="@@home.lead">
          PeerHub Europe gathers what organisations, policymakers and peer associations know about peer
          support work: practices that work, the organisations behind them, country profiles, guides and
          curricula — every fact with its source.
        </p>
      </div>
    </section>
    <div class="ph-page">
      <section class="tools" aria-labelledby="home-compare" data-testid="home-compare">
        <h2 id="home-compare" i18n="@@home.compareHeading">Compare countries</h2>
        <ul>
          <li>
            <a routerLink="/countries/compare">
              <span class="material-symbols-outlined" aria-hidden="true">compare_arrows</span>
              <span class="t" i18n="@@home.toolCompare">Side by side</span>
              <span class="d" i18n="@@home.toolCompareText">Two to five country profiles, every cell sourced; CSV and JSON.</span>
            </a>
          </li>
          <li>
            <a routerLink="/countries/map">
              <span class="material-symbols-outlined" aria-hidden="true">map</span>
              <span class="t" i18n="@@home.toolMap">Map of Europe</span>
              <span class="d" i18n="@@home.toolMapText">Where the role is recognised, trained, paid and supervised.</span>
            </a>
          </li>
          <li>
            <a routerLink="/policy/transferability">
              <span class="material-symbols-outlined" aria-hidden="true">move_up</span>
              <span class="t" i18n="@@home.toolTransfer">Transferability check</span>
              <span class="d" i18n="@@home.toolTransferText">Could a practice work in another country? Each precondition checked.</span>
            </a>
          </li>
          <li>
            <a routerLink="/policy/brief">
              <span class="material-symbols-outlined" aria-hidden="true">description</span>
              <span class="t" i18n="@@home.toolBrief">Policy brief</span>
              <span class="d" i18n="@@home.toolBriefText">Countries and a topic on one printable page, with every source.</span>
            </a>
          </li>
        </ul>
      </section>
      <ph-load-state
        [loading]="store.summary.isLoading()"
        [error]="store.summary.error()"
        (retry)="store.summary.reload()"
      >
        @if (store.counts(); as c) {
          <h2 class="visually-hidden" i18n="@@home.holds">What the network holds</h2>
          <ul class="counts" data-testid="counts">
            <li>
              <a routerLink="/practices"
                ><span class="n" data-testid="count-practices">{{ c.practices | phNumber }}</span
                ><span i18n="@@home.count.practices">practices</span></a
              >
            </li>
            <li>
              <a routerLink="/organisations"
                ><span class="n" data-testid="count-organisations">{{ c.organisations | phNumber }}</span
                ><span i18n="@@home.count.organisations">organisations</span></a
              >
            </li>
            <li>
              <a routerLink="/resources"
                ><span class="n" data-testid="count-resources">{{ c.resources | phNumber }}</span
                ><span i18n="@@home.count.resources">resources</span></a
              >
            </li>
            <li>
              <a routerLink="/countries"
                ><span class="n" data-testid="count-countries">{{ c.countries | phNumber }}</span
                ><span i18n="@@home.count.countries">country profiles</span></a
              >
            </li>
            <li>
              <a routerLink="/competency-framework"
                ><span class="n" data-testid="count-competencies">{{ c.competencies | phNumber }}</span
                ><span i18n="@@home.count.competencies">competencies</span></a
              >
            </li>
          </ul>

          <div class="latest">
            <section>
              <h2 i18n="@@home.latestPractices">Latest practices</h2>
              <ul data-testid="latest-practices">
                @for (p of store.latestPractices(); track p.slug) {
                  <li>
                    <a [routerLink]="['/practices', p.slug]" lang="en">{{ p.title }}</a><span class="ph-muted">
                      · {{ p.country?.name }}
                      @if (p.startYear) {
                        · <span i18n="@@practices.since">since {{ p.startYear }}</span>
                      }
                    </span>
                  </li>
                }
              </ul>
            </section>
            <section>
              <h2 i18n="@@home.latestResources">Latest resources</h2>
              <ul data-testid="latest-resources">
                @for (r of store.latestResources(); track r.slug) {
                  <li>
                    <a [routerLink]="['/resources', r.slug]" [attr.lang]="r.language">{{ r.title }}</a>
                    <span class="ph-muted">
                      · {{ r.type | phLabel }} · {{ r.language.toUpperCase() }}
                      @if (r.year) {
                        · {{ r.year }}
                      }
                    </span>
                  </li>
                }
              </ul>
            </section>
          </div>
        }
      </ph-load-state>
    </div>
  `,
  styles: `
    .hero {
      background: var(--mat-sys-surface-container);
    }
    .hero .ph-page {
      padding-top: 40px;
      padding-bottom: 32px;
    }
    .hero h1 {
      font-size: 2rem;
      margin: 0 0 12px;
    }
    .lead {
      font-size: 1.15rem;
      line-height: 1.6;
      max-width: 760px;
      margin: 0;
    }
    .counts {
      list-style: none;
      padding: 0;
      margin: 8px 0 32px;
      display: grid;
      gap: 12px;
      grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
    }
    .counts a {
      display: flex;
      flex-direction: column;
      padding: 16px;
      border-radius: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      text-decoration: none;
      color: var(--mat-sys-on-surface);
    }
    .counts a:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .counts .n {
      font-size: 2rem;
      font-weight: 500;
      color: var(--mat-sys-primary);
    }
    .tools h2 {
      font-size: 1.25rem;
      margin: 24px 0 8px;
    }
    .tools ul {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
      display: grid;
      gap: 12px;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
    }
    .tools a {
      display: grid;
      grid-template-columns: auto 1fr;
      align-content: start;
      gap: 2px 10px;
      padding: 14px 16px;
      height: 100%;
      box-sizing: border-box;
      border-radius: 16px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      text-decoration: none;
    }
    .tools a:hover {
      background: var(--mat-sys-secondary-container);
    }
    .tools .material-symbols-outlined {
      grid-row: span 2;
    }
    .tools .t {
      font-weight: 500;
    }
    .tools .d {
      font-size: 0.9rem;
      line-height: 1.4;
    }
    .latest {
      display: grid;
      gap: 24px;
      grid-template-columns: repeat(auto-fit, minmax(300px, 1fr));
    }
    .latest ul {
      padding-left: 20px;
      line-height: 1.8;
    }
  `,
})
export class HomeComponent {
  protected readonly store = inject(NetworkSummaryStore);
}
