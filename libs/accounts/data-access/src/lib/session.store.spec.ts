import { TestBed } from '@angular/core/testing';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import { MeDocument, SignInDocument, SignOutDocument } from '@peerhub/shared/graphql-types';
import { SessionStore } from './session.store';

const ana = {
  id: 'a1',
  email: 'ana@example.org',
  displayName: 'Ana',
  realName: null,
  showRealName: false,
  language: 'pt',
  countryCode: null,
  roles: [],
  suspended: false,
};

describe('SessionStore', () => {
  let api: FakeGraphqlClient;
  let signedIn: boolean;

  beforeEach(() => {
    signedIn = false;
    api = new FakeGraphqlClient()
      .answer(MeDocument, () => ({ me: signedIn ? ana : null }))
      .answer(SignInDocument, (v) => {
        if (v.input.password !== 'right password')
          throw new ApiError(
            'nope',
            'INVALID_INPUT',
            [],
            [
              {
                field: 'password',
                code: 'INVALID',
                message: 'The email address or the password is not right.',
              },
            ],
          );
        signedIn = true;
        return { signIn: { errors: [], me: ana } };
      })
      .answer(SignOutDocument, () => {
        signedIn = false;
        return { signOut: { errors: [], signedOut: true } };
      });
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api)] });
  });

  it('is a visitor until sign-in, a member after it, and a visitor again after sign-out', async () => {
    const store = TestBed.inject(SessionStore);
    await settle();
    expect(store.member()).toBeNull();
    await expect(store.signIn('ana@example.org', 'wrong')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await settle();
    expect(store.member()).toBeNull();
    await store.signIn('ana@example.org', 'right password');
    await settle();
    expect(store.member()?.displayName).toBe('Ana');
    await store.signOut();
    await settle();
    expect(store.member()).toBeNull();
    expect(api.variables(SignOutDocument)).toEqual([{ input: { everywhere: false } }]);
  });
});
