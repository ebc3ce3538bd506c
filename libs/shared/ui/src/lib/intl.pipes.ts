import { inject, LOCALE_ID, Pipe, PipeTransform } from '@angular/core';

/**
 * Dates and numbers in the page's language through the browser's own `Intl`, not Angular's DatePipe/DecimalPipe:
 * those bring their formatting engine and CLDR tables (about 12 kB), and because Angular ships @angular/common as a
 * few large files, that code lands in the first bundle even when only a lazy page uses it (issue 11).
 */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `'2025-03-01' | phLongDate` → "March 1, 2025" / "1 mars 2025" / "1. mars 2025"; empty for a missing or bad date. */
@Pipe({ name: 'phLongDate' })
export class LongDatePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);
  private readonly local = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' });
  // A calendar date (no time) names the same day everywhere: read and shown in UTC, so a reader west of Greenwich
  // does not see the day before.
  private readonly calendar = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' });

  transform(value: string | Date | null | undefined): string {
    if (value === null || value === undefined || value === '') return '';
    if (typeof value === 'string' && DATE_ONLY.test(value)) {
      const day = new Date(`${value}T00:00:00Z`);
      return Number.isNaN(day.getTime()) ? '' : this.calendar.format(day);
    }
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? '' : this.local.format(date);
  }
}

/** `1234.5 | phNumber` → "1,234.5" / "1 234,5": grouping and decimal signs of the page's language. */
@Pipe({ name: 'phNumber' })
export class NumberPipe implements PipeTransform {
  private readonly format = new Intl.NumberFormat(inject(LOCALE_ID), { maximumFractionDigits: 3 });

  transform(value: number | null | undefined): string {
    return value === null || value === undefined || Number.isNaN(value) ? '' : this.format.format(value);
  }
}
