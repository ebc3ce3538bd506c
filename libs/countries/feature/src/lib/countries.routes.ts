import { Routes } from '@angular/router';

export const COUNTRIES_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./country-list.component').then((m) => m.CountryListComponent),
    title: $localize`:@@countries.title:Countries`,
  },
  {
    path: 'compare',
    loadComponent: () => import('./country-compare.component').then((m) => m.CountryCompareComponent),
    title: $localize`:@@compare.title:Compare countries`,
  },
  {
    path: 'map',
    loadComponent: () => import('./country-map.component').then((m) => m.CountryMapComponent),
    title: $localize`:@@map.title:Map of Europe`,
  },
  {
    path: ':code',
    loadComponent: () => import('./country-detail.component').then((m) => m.CountryDetailComponent),
  },
];
