import { Routes } from '@angular/router';

export const routes: Routes = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./home/home.component').then((m) => m.HomeComponent), title: 'PeerHub Europe' },
  { path: 'practices', loadChildren: () => import('@peerhub/practices/feature').then((m) => m.PRACTICES_ROUTES) },
  { path: '**', loadComponent: () => import('./not-found.component').then((m) => m.NotFoundComponent), title: $localize`:@@notFound.title:Page not found` },
];
