import { ContentKind } from '@peerhub/shared/graphql-types';

/** Where a record of this kind is public (null for country facts, which are on their country's page). */
export function publicPath(kind: ContentKind, slug: string): string[] | null {
  switch (kind) {
    case 'PRACTICE':
      return ['/practices', slug];
    case 'RESOURCE':
      return ['/resources', slug];
    case 'ORGANISATION':
      return ['/organisations', slug];
    default:
      return null;
  }
}

/** A record's history page. */
export function historyPath(kind: ContentKind, recordId: string): string[] {
  return ['/contribute/history', kind.toLowerCase(), recordId];
}
