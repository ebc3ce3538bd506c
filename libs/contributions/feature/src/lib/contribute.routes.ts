import { Routes } from '@angular/router';

/** Writing, reviewing and tracing contributions (`/contribute/…`): lazy as a whole. */
export const CONTRIBUTE_ROUTES: Routes = [
  {
    path: 'practice/new',
    loadComponent: () => import('./practice-editor.component').then((m) => m.PracticeEditorComponent),
    title: $localize`:@@contribute.new.tabTitle:New practice — PeerHub Europe`,
  },
  {
    path: 'practice/edit/:slug',
    loadComponent: () => import('./edit-practice.component').then((m) => m.EditPracticeComponent),
    title: $localize`:@@contribute.editExisting.tabTitle:Suggest an edit — PeerHub Europe`,
  },
  {
    path: 'resource/new',
    loadComponent: () => import('./resource-editor.component').then((m) => m.ResourceEditorComponent),
    title: $localize`:@@contribute.resource.new.tabTitle:New resource — PeerHub Europe`,
  },
  {
    path: 'resource/edit/:slug',
    loadComponent: () => import('./edit-record.component').then((m) => m.EditResourceComponent),
    title: $localize`:@@contribute.editExisting.tabTitle:Suggest an edit — PeerHub Europe`,
  },
  {
    path: 'organisation/new',
    loadComponent: () => import('./organisation-editor.component').then((m) => m.OrganisationEditorComponent),
    title: $localize`:@@contribute.organisation.new.tabTitle:New organisation — PeerHub Europe`,
  },
  {
    path: 'organisation/edit/:slug',
    loadComponent: () => import('./edit-record.component').then((m) => m.EditOrganisationComponent),
    title: $localize`:@@contribute.organisation.editExisting.tabTitle:Edit an organisation’s profile — PeerHub Europe`,
  },
  {
    // The editor of the revision's kind (practice, resource, organisation profile; country facts as practices).
    path: 'revision/:id',
    loadComponent: () => import('./revision-page.component').then((m) => m.RevisionPageComponent),
    title: $localize`:@@contribute.edit.tabTitle:Edit a practice — PeerHub Europe`,
  },
  {
    path: 'mine',
    loadComponent: () => import('./my-contributions.component').then((m) => m.MyContributionsComponent),
    title: $localize`:@@contribute.mine.tabTitle:Your contributions — PeerHub Europe`,
  },
  {
    path: 'review',
    loadComponent: () => import('./review-queue.component').then((m) => m.ReviewQueueComponent),
    title: $localize`:@@contribute.review.tabTitle:Review — PeerHub Europe`,
  },
  {
    path: 'history/:kind/:id',
    loadComponent: () => import('./history.component').then((m) => m.HistoryComponent),
    title: $localize`:@@contribute.history.tabTitle:History — PeerHub Europe`,
  },
  {
    path: 'fact/:country/:dimension',
    loadComponent: () => import('./propose-fact.component').then((m) => m.ProposeFactComponent),
    title: $localize`:@@contribute.fact.tabTitle:Propose a country fact — PeerHub Europe`,
  },
];
