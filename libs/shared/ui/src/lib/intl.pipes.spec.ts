import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LongDatePipe, NumberPipe } from './intl.pipes';

function pipes(locale: string): { date: LongDatePipe; number: NumberPipe } {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: locale }] });
  return TestBed.runInInjectionContext(() => ({ date: new LongDatePipe(), number: new NumberPipe() }));
}

describe('LongDatePipe and NumberPipe (Intl in the page language)', () => {
  it('writes a calendar date as a long date in each UI language', () => {
    expect(pipes('en').date.transform('2025-03-01')).toBe('March 1, 2025');
    expect(pipes('fr').date.transform('2025-03-01')).toBe('1 mars 2025');
    expect(pipes('pt-PT').date.transform('2025-03-01')).toBe('1 de março de 2025');
    expect(pipes('nb').date.transform('2025-03-01')).toBe('1. mars 2025');
  });

  it('keeps a calendar date on its day whatever the reader’s time zone', () => {
    // The first of the month at UTC midnight is still the last day of the month before west of Greenwich: a
    // date-only value must not be read as an instant.
    // The project's tests run in New York time (jest.config.cjs).
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    expect(pipes('en').date.transform('2024-01-01')).toBe('January 1, 2024');
  });

  it('shows nothing for a missing or unreadable date instead of throwing', () => {
    const { date } = pipes('en');
    expect(date.transform(null)).toBe('');
    expect(date.transform(undefined)).toBe('');
    expect(date.transform('')).toBe('');
    expect(date.transform('not a date')).toBe('');
    expect(date.transform('2025-13-45')).toBe('');
  });

  it('formats an instant (today) in the local calendar', () => {
    const today = new Date(2026, 10, 30, 23, 30);
    expect(pipes('en').date.transform(today)).toBe('November 30, 2026');
  });

  it('groups digits with the language’s separators', () => {
    expect(pipes('en').number.transform(12345.5)).toBe('12,345.5');
    expect(pipes('fr').number.transform(12345.5)).toBe('12\u202f345,5');
    expect(pipes('nb').number.transform(12345)).toBe('12\u00a0345');
    expect(pipes('en').number.transform(null)).toBe('');
    expect(pipes('en').number.transform(Number.NaN)).toBe('');
  });
});
