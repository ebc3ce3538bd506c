import { RevisionState } from '@peerhub/shared/graphql-types';

/** The state of a revision in words, in the page's language (for chips and lists). */
export function revisionStateLabel(state: RevisionState | string): string {
  switch (state) {
    case 'DRAFT':
      return $localize`:@@contribute.state.DRAFT:Draft`;
    case 'SUBMITTED':
      return $localize`:@@contribute.state.SUBMITTED:Submitted`;
    case 'CHANGES_REQUESTED':
      return $localize`:@@contribute.state.CHANGES_REQUESTED:Changes requested`;
    case 'PUBLISHED':
      return $localize`:@@contribute.state.PUBLISHED:Published`;
    case 'REJECTED':
      return $localize`:@@contribute.state.REJECTED:Rejected`;
    case 'SUPERSEDED':
      return $localize`:@@contribute.state.SUPERSEDED:Superseded`;
    default:
      return state;
  }
}
