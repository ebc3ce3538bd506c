import { Routes } from '@angular/router';

export const ORGANISATIONS_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./organisation-list.component').then((m) => m.OrganisationListComponent),
    title: $localize`:@@organisations.title:Organisations`,
  },
  {
    path: ':slug',
    loadComponent: () => import('./organisation-detail.component').then((m) => m.OrganisationDetailComponent),
  },
];
