import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { uiLanguage } from './ui-language';

describe('uiLanguage', () => {
  it.each([
    ['en-US', 'en'],
    ['fr', 'fr'],
    ['pt-PT', 'pt'],
    ['nb', 'no'],
    ['nn-NO', 'no'],
    ['no', 'no'],
  ])('%s → %s', (locale, lang) => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: locale }] });
    expect(TestBed.runInInjectionContext(() => uiLanguage())).toBe(lang);
  });
});
