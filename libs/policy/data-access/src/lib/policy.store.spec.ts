import { TestBed } from '@angular/core/testing';
import { BRIEF_COUNTRIES } from '@peerhub/shared/util';
import { BRIEF_MAX, TransferabilityStore } from './policy.store';

jest.mock('@peerhub/shared/data-access', () => ({
  queryResource: () => ({ hasValue: () => false, value: () => undefined, isLoading: () => false }),
  uiLanguage: () => 'en',
}));

describe('policy stores and the API’s contract rules', () => {
  it('bound a brief as the API does', () => {
    expect(BRIEF_MAX).toBe(BRIEF_COUNTRIES.max);
  });

  it.each([
    ['IT', true],
    ['it', true],
    ['GB', true],
    ['ITA', false],
    ['', false],
  ])('a transfer to %j is ready to ask: %s', (target, ready) => {
    const store = TestBed.runInInjectionContext(() => new TransferabilityStore());
    store.practice.set('pl-recovery-assistants');
    store.target.set(target);
    expect(store.ready()).toBe(ready);
  });
});
