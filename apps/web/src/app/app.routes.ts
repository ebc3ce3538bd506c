import { Routes } from '@angular/router';

export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./home/home.component').then((m) => m.HomeComponent),
    title: 'PeerHub Europe',
  },
  {
    path: 'practices',
    loadChildren: () => import('@peerhub/practices/feature').then((m) => m.PRACTICES_ROUTES),
  },
  {
    path: 'organisations',
    loadChildren: () => import('@peerhub/organisations/feature').then((m) => m.ORGANISATIONS_ROUTES),
  },
  {
    path: 'resources',
    loadChildren: () => import('@peerhub/resources/feature').then((m) => m.RESOURCES_ROUTES),
  },
  {
    path: 'countries',
    loadChildren: () => import('@peerhub/countries/feature').then((m) => m.COUNTRIES_ROUTES),
  },
  {
    path: 'policy',
    loadChildren: () => import('@peerhub/policy/feature').then((m) => m.POLICY_ROUTES),
  },
  {
    path: 'competency-framework',
    loadChildren: () => import('@peerhub/frameworks/feature').then((m) => m.COMPETENCY_FRAMEWORK_ROUTES),
  },
  {
    path: 'training-profile',
    loadChildren: () => import('@peerhub/frameworks/feature').then((m) => m.TRAINING_PROFILE_ROUTES),
  },
  {
    // Lazy like the toolbar's search box (deferred in app.component): the lib stays out of the first bundle.
    path: 'search',
    loadChildren: () => import('@peerhub/search/feature').then((m) => m.SEARCH_ROUTES),
  },
  {
    path: '**',
    loadComponent: () => import('./not-found.component').then((m) => m.NotFoundComponent),
    title: $localize`:@@notFound.tabTitle:Not found — PeerHub Europe`,
  },
];
