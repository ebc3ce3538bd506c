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
    path: 'revision/:id',
    loadComponent: () => import('./practice-editor.component').then((m) => m.PracticeEditorComponent),
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
