import { Routes } from '@angular/router';

export const POLICY_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'brief' },
  {
    path: 'transferability',
    loadComponent: () => import('./transferability.component').then((m) => m.TransferabilityComponent),
    title: $localize`:@@transfer.title:Transferability check`,
  },
  {
    path: 'brief',
    loadComponent: () => import('./policy-brief.component').then((m) => m.PolicyBriefComponent),
    title: $localize`:@@brief.title:Policy brief`,
  },
];
