import { Routes } from '@angular/router';

export const SEARCH_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./search-page.component').then((m) => m.SearchPageComponent),
    title: $localize`:@@search.pageTitle:Search — PeerHub Europe`,
  },
];
