import { Routes } from '@angular/router';
import { COUNTRIES_ROUTES } from '@peerhub/countries/feature';
import { COMPETENCY_FRAMEWORK_ROUTES, TRAINING_PROFILE_ROUTES } from '@peerhub/frameworks/feature';
import { ORGANISATIONS_ROUTES } from '@peerhub/organisations/feature';
import { POLICY_ROUTES } from '@peerhub/policy/feature';
import { PRACTICES_ROUTES } from '@peerhub/practices/feature';
import { RESOURCES_ROUTES } from '@peerhub/resources/feature';

// The feature libs' route tables are in the first bundle (a few hundred bytes each; their pages stay lazy): a page's
// component and data then wait for one chunk round trip less (Lighthouse LCP, issue 11).

export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./home/home.component').then((m) => m.HomeComponent),
    title: 'PeerHub Europe',
  },
  {
    path: 'practices',
    children: PRACTICES_ROUTES,
  },
  {
    path: 'organisations',
    children: ORGANISATIONS_ROUTES,
  },
  {
    path: 'resources',
    children: RESOURCES_ROUTES,
  },
  {
    path: 'countries',
    children: COUNTRIES_ROUTES,
  },
  {
    path: 'policy',
    children: POLICY_ROUTES,
  },
  {
    path: 'competency-framework',
    children: COMPETENCY_FRAMEWORK_ROUTES,
  },
  {
    path: 'training-profile',
    children: TRAINING_PROFILE_ROUTES,
  },
  {
    // Sign-in, sign-up and the account page: lazy as a whole (its forms load only there).
    path: 'account',
    loadChildren: () => import('@peerhub/accounts/feature').then((m) => m.ACCOUNT_ROUTES),
  },
  {
    // Writing, reviewing and tracing contributions: lazy as a whole.
    path: 'contribute',
    loadChildren: () => import('@peerhub/contributions/feature').then((m) => m.CONTRIBUTE_ROUTES),
  },
  {
    // Lazy like the toolbar's search box (deferred in app.component): the lib stays out of the first bundle.
    path: 'search',
    loadChildren: () => import('@peerhub/search/feature').then((m) => m.SEARCH_ROUTES),
  },
  {
    path: 'privacy',
    loadComponent: () => import('./privacy.component').then((m) => m.PrivacyComponent),
    title: $localize`:@@privacy.tabTitle:Privacy — PeerHub Europe`,
  },
  {
    path: '**',
    loadComponent: () => import('./not-found.component').then((m) => m.NotFoundComponent),
    title: $localize`:@@notFound.tabTitle:Not found — PeerHub Europe`,
  },
];
