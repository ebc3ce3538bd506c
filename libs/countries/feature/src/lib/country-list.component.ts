import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { CountryListStore } from '@peerhub/countries/data-access';
import { LoadStateComponent } from '@peerhub/shared/ui';

@Component({
  selector: 'ph-country-list',
  imports: [RouterLink, LoadStateComponent, MatButtonModule],
  providers: [CountryListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <h1 i18n="@@countries.title">Countries</h1>
      <p class="ph-muted" i18n="@@countries.intro">
        How peer support work is recognised, trained, employed and paid in each country — every dimension with
        its sources.
      </p>
      <p class="compare-link">
        <a mat-stroked-button routerLink="/countries/compare" data-testid="compare-link">
          <span class="material-symbols-outlined mat-icon" ngProjectAs="mat-icon" aria-hidden="true">compare_arrows</span>
          <span i18n="@@compare.link">Compare countries</span>
        </a>
        <a mat-stroked-button routerLink="/countries/map" data-testid="map-link">
          <span class="material-symbols-outlined mat-icon" ngProjectAs="mat-icon" aria-hidden="true">map</span>
          <span i18n="@@map.link">Map of Europe</span>
        </a>
        <a mat-stroked-button routerLink="/policy/brief" data-testid="brief-link">
          <span class="material-symbols-outlined mat-icon" ngProjectAs="mat-icon" aria-hidden="true">description</span>
          <span i18n="@@brief.link">Policy brief</span>
        </a>
        <a mat-stroked-button routerLink="/policy/transferability" data-testid="transfer-link">
          <span class="material-symbols-outlined mat-icon" ngProjectAs="mat-icon" aria-hidden="true">move_up</span>
          <span i18n="@@transfer.link">Transferability check</span>
        </a>
      </p>

      <ph-load-state
        [loading]="store.list.isLoading()"
        [error]="store.list.error()"
        [empty]="store.items().length === 0"
        emptyText="No country has been profiled yet."
        i18n-emptyText="@@countries.empty"
        (retry)="store.list.reload()"
      >
        <div class="ph-table-wrap">
          <table class="ph-table countries" data-testid="country-list">
            <caption class="visually-hidden" i18n="@@countries.caption">
              Profiled countries
            </caption>
            <thead>
              <tr>
                <th scope="col" i18n="@@countries.code">Code</th>
                <th scope="col" i18n="@@countries.name">Country</th>
                <th scope="col" i18n="@@countries.roleTitles">Local role titles</th>
                <th scope="col" class="num" i18n="@@countries.practiceCount">Practices</th>
              </tr>
            </thead>
            <tbody>
              @for (c of store.items(); track c.code) {
                <tr>
                  <td>
                    <span class="code">{{ c.code }}</span>
                  </td>
                  <th scope="row">
                    <a [routerLink]="['/countries', c.code]">{{ c.name }}</a>
                  </th>
                  <td>
                    @for (t of c.roleTitles; track $index; let last = $last) {
                      <span [attr.lang]="t.language">{{ t.title }}</span>{{ last ? '' : ', ' }}
                    } @empty {
                      <span class="ph-muted">—</span>
                    }
                  </td>
                  <td class="num">{{ c.practices.length }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </ph-load-state>
    </div>
  `,
  styles: `
    .compare-link {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .table-wrap {
      overflow-x: auto;
      margin-top: 16px;
    }
    tbody th {
      font-weight: 500;
    }
    tbody tr:hover {
      background: var(--mat-sys-surface-container-low);
    }
    .num {
      text-align: right;
    }
    .code {
      font-family: ui-monospace, monospace;
      font-weight: 500;
    }
    @media (max-width: 600px) {
      table {
        font-size: 0.875rem;
      }
      th,
      td {
        padding: 8px 4px;
      }
    }
  `,
})
export class CountryListComponent {
  protected readonly store = inject(CountryListStore);
}
