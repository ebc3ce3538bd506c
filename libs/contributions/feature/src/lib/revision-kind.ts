import { ContentKind } from '@peerhub/shared/graphql-types';

/**
 * The kinds of revisions this browser has just had in hand (created, saved, opened for editing): the revision page
 * (`/contribute/revision/:id`) shows the right editor at once for them, without asking the API first — so that a
 * new draft's form, handed over on its first save, is never missing from the page for a moment.
 */
const known = new Map<string, ContentKind>();

export function rememberKind(id: string, kind: ContentKind): void {
  known.set(id, kind);
}

export function knownKind(id: string | undefined): ContentKind | undefined {
  return id ? known.get(id) : undefined;
}
