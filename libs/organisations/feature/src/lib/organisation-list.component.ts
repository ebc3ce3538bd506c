import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { OrganisationTypePipe } from '@peerhub/countries/data-access';
import {
  ORGANISATION_TYPES,
  OrganisationListFilter,
  OrganisationListStore,
  PROJECTS,
} from '@peerhub/organisations/data-access';
import { LoadStateComponent, PagerComponent, SortSelectComponent } from '@peerhub/shared/ui';

@Component({
  selector: 'ph-organisation-list',
  imports: [
    SortSelectComponent,
    FormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatSelectModule,
    RouterLink,
    OrganisationTypePipe,
    LoadStateComponent,
    PagerComponent,
  ],
  providers: [OrganisationListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <h1 i18n="@@organisations.title">Organisations</h1>
      <p class="ph-muted" i18n="@@organisations.intro">
        Peer associations, NGOs, services, universities and networks active in peer support across Europe.
      </p>

      <form
        class="filters"
        (submit)="$event.preventDefault()"
        i18n-aria-label="@@filters.label"
        aria-label="Filters"
      >
        <mat-form-field appearance="outline">
          <mat-label i18n="@@filters.country">Country</mat-label>
          <mat-select
            [ngModel]="store.list.filter().country ?? ''"
            (ngModelChange)="set({ country: $event })"
            name="country"
          >
            <mat-option value="" i18n="@@filters.any">Any</mat-option>
            @for (c of store.countries(); track c.code) {
              <mat-option [value]="c.code">{{ c.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@organisations.type">Type of organisation</mat-label>
          <mat-select
            [ngModel]="store.list.filter().type ?? ''"
            (ngModelChange)="set({ type: $event })"
            name="type"
          >
            <mat-option value="" i18n="@@filters.any">Any</mat-option>
            @for (t of types; track t) {
              <mat-option [value]="t">{{ t | phOrganisationType }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@organisations.project">Project</mat-label>
          <mat-select
            [ngModel]="store.list.filter().project ?? ''"
            (ngModelChange)="set({ project: $event })"
            name="project"
          >
            <mat-option value="" i18n="@@filters.any">Any</mat-option>
            @for (p of projects; track p) {
              <mat-option [value]="p">{{ p }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <ph-sort-select [value]="store.list.sort()" (valueChange)="store.list.setSort($event)" />
      </form>

      <ph-load-state
        [loading]="store.list.page.isLoading()"
        [error]="store.list.page.error()"
        [empty]="store.list.items().length === 0"
        emptyText="No organisation matches these filters."
        i18n-emptyText="@@organisations.empty"
        (retry)="store.list.page.reload()"
      >
        <ul class="cards" data-testid="organisation-list">
          @for (o of store.list.items(); track o.id) {
            <li>
              <mat-card appearance="outlined">
                <mat-card-header>
                  <mat-card-title>
                    <a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a>
                    @if (o.acronym && o.acronym !== o.name) {
                      <span class="ph-muted acronym"> ({{ o.acronym }})</span>
                    }
                  </mat-card-title>
                  <mat-card-subtitle>
                    {{ o.type | phOrganisationType }} ·
                    @if (o.city) {
                      <span>{{ o.city }}, </span>
                    }
                    {{ o.country?.name }}
                  </mat-card-subtitle>
                </mat-card-header>
                <mat-card-content>
                  @if (o.expertise.length) {
                    <p class="expertise">{{ o.expertise.slice(0, 4).join(' · ') }}</p>
                  }
                  @if (o.projects.length) {
                    <ul class="ph-chips" i18n-aria-label="@@organisations.projects" aria-label="Projects">
                      @for (p of o.projects; track p) {
                        <li class="ph-chip">{{ p }}</li>
                      }
                    </ul>
                  }
                </mat-card-content>
              </mat-card>
            </li>
          }
        </ul>
        <ph-pager
          [from]="store.list.from()"
          [to]="store.list.to()"
          [total]="store.list.total()"
          [hasPrevious]="!!store.list.pageInfo()?.hasPreviousPage"
          [hasNext]="!!store.list.pageInfo()?.hasNextPage"
          (previous)="store.list.previous()"
          (next)="store.list.next()"
        />
      </ph-load-state>
    </div>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin: 16px 0 8px;
    }
    .filters mat-form-field {
      flex: 0 1 220px;
      min-width: 180px;
    }
    @media (max-width: 600px) {
      .filters mat-form-field {
        flex: 1 1 100%;
      }
    }
    .cards {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
    }
    mat-card {
      height: 100%;
    }
    mat-card-title a {
      text-decoration: none;
    }
    mat-card-title a:hover {
      text-decoration: underline;
    }
    .acronym {
      font-size: 0.9em;
      font-weight: 400;
    }
    .expertise {
      margin: 8px 0;
      line-height: 1.5;
    }
  `,
})
export class OrganisationListComponent {
  protected readonly store = inject(OrganisationListStore);
  protected readonly types = ORGANISATION_TYPES;
  protected readonly projects = PROJECTS;

  protected set(change: Partial<OrganisationListFilter>): void {
    this.store.list.setFilter({ ...this.store.list.filter(), ...change });
  }
}
