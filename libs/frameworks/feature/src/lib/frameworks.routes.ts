import { Routes } from '@angular/router';

/** Mounted at /competency-framework. */
export const COMPETENCY_FRAMEWORK_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () =>
      import('./competency-framework.component').then((m) => m.CompetencyFrameworkComponent),
    title: $localize`:@@framework.title:Competency framework`,
  },
];

/** Mounted at /training-profile. */
export const TRAINING_PROFILE_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./training-profile.component').then((m) => m.TrainingProfileComponent),
    title: $localize`:@@training.title:Training profile`,
  },
];
