import { Routes } from '@angular/router';

export const PRACTICES_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./practice-list.component').then((m) => m.PracticeListComponent),
    title: $localize`:@@practices.title:Practices`,
  },
  {
    path: ':slug',
    loadComponent: () => import('./practice-detail.component').then((m) => m.PracticeDetailComponent),
  },
];
