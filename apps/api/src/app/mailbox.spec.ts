import { TestApp, startTestApp } from '../testing/test-app';

/**
 * The development mailbox: with DEV_MAILBOX on (a trial without a mail server), the mail the site would send is
 * readable through `devMailbox`, newest first; with it off (every deployment), the query is NOT_FOUND.
 */
describe('development mailbox', () => {
  let on: TestApp;
  let off: TestApp;

  beforeAll(async () => {
    [on, off] = await Promise.all([
      startTestApp({
        SEED: 'false',
        SEARCH_RELAY: 'false',
        DEV_MAILBOX: 'true',
        PUBLIC_URL: 'https://trial.example',
      }),
      startTestApp({ SEED: 'false', SEARCH_RELAY: 'false' }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([on?.close(), off?.close()]);
  });

  const SIGN_UP = `mutation { signUp(input: { email: "trial@example.org", password: "a trial passphrase", displayName: "<i>Trial</i>", language: "no" }) { accepted } }`;
  const BOX = '{ devMailbox(first: 5) { to subject text } }';

  it('shows a trial sign-up’s confirmation mail, with its link, when on', async () => {
    expect((await on.gql(SIGN_UP)).body.data.signUp.accepted).toBe(true);
    const box = await on.gql(BOX);
    expect(box.body.data.devMailbox).toEqual([
      expect.objectContaining({
        to: 'trial@example.org',
        subject: 'Bekreft adressen din for PeerHub Europe',
      }),
    ]);
    expect(box.body.data.devMailbox[0].text).toMatch(/https:\/\/trial\.example\/no\/account\/verify\?token=/);
  });

  it('is NOT_FOUND when off, and keeps the mail to itself', async () => {
    expect((await off.gql(SIGN_UP)).body.data.signUp.accepted).toBe(true);
    const box = await off.gql(BOX);
    expect(box.body.data).toBeNull();
    expect(box.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
