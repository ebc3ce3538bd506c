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
