import { Routes } from '@angular/router';

export const ACCOUNT_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./account.component').then((m) => m.AccountComponent),
    title: $localize`:@@account.tabTitle:Your account — PeerHub Europe`,
  },
  {
    path: 'sign-in',
    loadComponent: () => import('./sign-in.component').then((m) => m.SignInComponent),
    title: $localize`:@@account.signIn.tabTitle:Sign in — PeerHub Europe`,
  },
  {
    path: 'sign-up',
    loadComponent: () => import('./sign-up.component').then((m) => m.SignUpComponent),
    title: $localize`:@@account.signUp.tabTitle:Create an account — PeerHub Europe`,
  },
  {
    path: 'verify',
    loadComponent: () => import('./verify.component').then((m) => m.VerifyComponent),
    title: $localize`:@@account.verify.tabTitle:Confirm your address — PeerHub Europe`,
  },
  {
    path: 'reset',
    loadComponent: () => import('./reset.component').then((m) => m.ResetComponent),
    title: $localize`:@@account.reset.tabTitle:Choose a new password — PeerHub Europe`,
  },
  {
    path: 'email',
    loadComponent: () => import('./email-change.component').then((m) => m.EmailChangeComponent),
    title: $localize`:@@account.emailChange.tabTitle:Confirm your new address — PeerHub Europe`,
  },
  {
    path: 'join/:slug',
    loadComponent: () => import('./join-organisation.component').then((m) => m.JoinOrganisationComponent),
    title: $localize`:@@join.tabTitle:Edit for an organisation — PeerHub Europe`,
  },
  {
    path: 'organisations',
    loadComponent: () =>
      import('./organisation-requests.component').then((m) => m.OrganisationRequestsComponent),
    title: $localize`:@@requests.tabTitle:Your organisations — PeerHub Europe`,
  },
  {
    path: 'admin',
    loadComponent: () => import('./admin.component').then((m) => m.AdminComponent),
    title: $localize`:@@admin.tabTitle:Administration — PeerHub Europe`,
  },
  {
    path: 'mailbox',
    loadComponent: () => import('./mailbox.component').then((m) => m.MailboxComponent),
    title: $localize`:@@mailbox.tabTitle:Development mailbox — PeerHub Europe`,
  },
];
