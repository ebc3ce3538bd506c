import { LOCALE_ID, Pipe, PipeTransform, inject } from '@angular/core';
import type { SearchFacetField } from '@peerhub/search/data-access';
import { searchValueLabel } from './search-labels';
import { countryName, languageName, searchKindLabel } from './search-names';

/** `'practice' | phSearchValue: 'kind'` → "Practices"; `'PT' | phSearchValue: 'country'` → "Portugal". */
@Pipe({ name: 'phSearchValue' })
export class SearchValuePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);
  transform(value: string, field: SearchFacetField): string {
    return searchValueLabel(field, value, this.locale);
  }
}

/** A hit's kind: `PRACTICE | phSearchKind` → "Practice". */
@Pipe({ name: 'phSearchKind' })
export class SearchKindPipe implements PipeTransform {
  transform(kind: string): string {
    return searchKindLabel(kind);
  }
}

/** `'PT' | phCountryName` → "Portugal" in the UI locale. */
@Pipe({ name: 'phCountryName' })
export class CountryNamePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);
  transform(code: string | null | undefined): string {
    return countryName(code, this.locale);
  }
}

/** `'pt' | phSearchLanguage` → "Portuguese" in the UI locale. */
@Pipe({ name: 'phSearchLanguage' })
export class SearchLanguagePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);
  transform(code: string | null | undefined): string {
    return languageName(code, this.locale);
  }
}

/** A piece of a hit's snippet: plain text, or a matched word the engine highlighted. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const unescape = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/**
 * The API's snippet (escaped text with `<mark>` around matches) as parts to render as text: no `innerHTML`, so no
 * HTML sanitiser runs for each of the twenty hits (it built an inert document per hit: a quarter of the search
 * page's scripting in a phone profile), and nothing but text can ever reach the page.
 */
export function snippetParts(snippet: string | null | undefined): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of (snippet ?? '').split(/<mark>|<\/mark>/).entries()) {
    if (piece) parts.push({ text: unescape(piece), mark: i % 2 === 1 });
  }
  return parts;
}

/** `hit.snippet | phSnippet` → the parts of `snippetParts`. */
@Pipe({ name: 'phSnippet' })
export class SnippetPipe implements PipeTransform {
  transform(snippet: string | null | undefined): SnippetPart[] {
    return snippetParts(snippet);
  }
}
