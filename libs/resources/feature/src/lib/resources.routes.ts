import { Routes } from '@angular/router';

export const RESOURCES_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./resource-list.component').then((m) => m.ResourceListComponent),
    title: $localize`:@@resources.title:Resources`,
  },
  {
    path: ':slug',
    loadComponent: () => import('./resource-detail.component').then((m) => m.ResourceDetailComponent),
  },
];
