import { provideRouter } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import { MeDocument, SignUpDocument, VerifyEmailDocument } from '@peerhub/shared/graphql-types';
import { SignUpComponent } from './sign-up.component';
import { VerifyComponent } from './verify.component';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function type(el: HTMLElement, selector: string, value: string): void {
  const input = el.querySelector(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

describe('SignUpComponent', () => {
  let api: FakeGraphqlClient;

  beforeEach(() => {
    api = new FakeGraphqlClient().answer(MeDocument, { me: null });
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideFakeGraphql(api)] });
  });

  it('checks the form before sending: each field says what is wrong, and nothing is sent', async () => {
    const f = TestBed.createComponent(SignUpComponent);
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    type(el, 'input[type=email]', 'not-an-address');
    type(el, 'input[type=password]', 'short');
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await f.whenStable();
    const errors = Array.from(el.querySelectorAll('mat-error')).map(text);
    expect(errors).toEqual([
      'Enter an email address such as name@example.org.',
      'Use at least 10 characters: a few words you will remember are best.',
      'Choose the name others will see.',
    ]);
    expect(api.sent.filter((r) => r.operation === 'SignUp')).toEqual([]);
  });

  it('shows the API’s refusal next to its field, in the page’s words, and then “check your inbox”', async () => {
    let attempt = 0;
    api.answer(SignUpDocument, () => {
      if (attempt++ === 0)
        throw new ApiError(
          'displayName must be 2 to 60 characters',
          'INVALID_INPUT',
          [],
          [{ field: 'displayName', code: 'TOO_SHORT', message: 'displayName must be 2 to 60 characters' }],
        );
      return { signUp: { errors: [], accepted: true } };
    });
    const f = TestBed.createComponent(SignUpComponent);
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    type(el, 'input[type=email]', ' ana@example.org ');
    type(el, 'input[type=password]', 'a long passphrase');
    type(el, 'input[autocomplete=nickname]', '  ');
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle();
    await f.whenStable();
    expect(Array.from(el.querySelectorAll('mat-error')).map(text)).toEqual(['Use 2 to 60 characters.']);

    type(el, 'input[autocomplete=nickname]', 'Ana P.');
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle();
    await f.whenStable();
    expect(text(el.querySelector('[data-testid=sign-up-done]'))).toContain(
      'Check your inbox at ana@example.org',
    );
    expect(api.variables(SignUpDocument).at(-1)).toEqual({
      input: {
        email: 'ana@example.org',
        password: 'a long passphrase',
        displayName: 'Ana P.',
        language: 'en',
      },
    });
  });
});

describe('VerifyComponent', () => {
  it('confirms on a click, never on load (mail scanners open links), and says when a link is spent', async () => {
    const api = new FakeGraphqlClient().answer(MeDocument, { me: null }).answer(VerifyEmailDocument, () => {
      throw new ApiError(
        'spent',
        'INVALID_INPUT',
        [],
        [{ field: 'token', code: 'INVALID', message: 'spent' }],
      );
    });
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideFakeGraphql(api)] });
    const f = TestBed.createComponent(VerifyComponent);
    f.componentRef.setInput('token', 'abc');
    await f.whenStable();
    expect(api.variables(VerifyEmailDocument)).toEqual([]);
    (f.nativeElement.querySelector('[data-testid=verify-button]') as HTMLButtonElement).click();
    await settle();
    await f.whenStable();
    expect(api.variables(VerifyEmailDocument)).toEqual([{ input: { token: 'abc' } }]);
    expect(text(f.nativeElement.querySelector('[role=alert]'))).toContain('This link is no longer valid');
  });
});
