import { LOCALE_ID, Pipe, PipeTransform, inject } from '@angular/core';
import { countryName } from './search-names';

/** A hit's title as shown: a country by its name in the UI locale (the index has the English one), others as is. */
@Pipe({ name: 'phHitTitle' })
export class HitTitlePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);
  transform(hit: { kind: string; id: string; title: string }): string {
    return hit.kind === 'COUNTRY' ? countryName(hit.id, this.locale) || hit.title : hit.title;
  }
}
