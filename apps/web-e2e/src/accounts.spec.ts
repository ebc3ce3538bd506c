import { SMTP_HTTP_PORT as smtpHttpPort } from './ports';
import { axeScan, expect, test, type Page } from './fixtures';

/**
 * A new member's first steps, in the browser: sign up, read the confirmation mail the API sent over SMTP (the
 * suite's sink, apps/web-e2e/smtp-sink.mjs), confirm, sign in, see the account, sign out.
 */

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

async function mailTo(address: string): Promise<Mail> {
  for (let i = 0; i < 50; i++) {
    const mails = (await (await fetch(`http://127.0.0.1:${smtpHttpPort}/mails`)).json()) as Mail[];
    const found = mails.find((m) => m.to.includes(address.toLowerCase()));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${address}`);
}

async function fillSignUp(page: Page, email: string, password: string, name: string): Promise<void> {
  const form = page.getByTestId('sign-up-form');
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByLabel('Name shown to others').fill(name);
}

test('sign up, confirm by the mailed link, sign in, see the account, sign out', async ({ page }) => {
  const email = `member-${Date.now()}@example.org`;
  const password = 'a long shared passphrase';

  await page.goto('/en/account');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
  await page.getByRole('link', { name: 'Create one' }).click();
  await expect(page).toHaveURL(/\/en\/account\/sign-up$/);

  // Bad input first: said next to each field, nothing sent.
  await page.getByRole('button', { name: 'Create the account' }).click();
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await fillSignUp(page, 'not-an-address', 'short', 'A');
  await page.getByRole('button', { name: 'Create the account' }).click();
  await expect(page.getByText('Enter an email address such as name@example.org.')).toBeVisible();
  await expect(
    page.getByText('Use at least 10 characters: a few words you will remember are best.'),
  ).toBeVisible();
  await expect(page.getByText('Use 2 to 60 characters.')).toBeVisible();
  expect((await axeScan(page).analyze()).violations).toEqual([]);

  await fillSignUp(page, email, password, '<b>Ana</b> P.');
  await page.getByRole('button', { name: 'Create the account' }).click();
  await expect(page.getByTestId('sign-up-done')).toContainText(`Check your inbox at ${email}`);

  const mail = await mailTo(email);
  expect(mail.subject).toBe('Confirm your address for PeerHub Europe');
  const link = /http:\/\/127\.0\.0\.1:\d+(\/en\/account\/verify\?token=[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await page.getByTestId('verify-button').click();
  await expect(page.getByTestId('verify-done')).toBeVisible();
  await page.getByRole('link', { name: 'Sign in' }).click();

  const form = page.getByTestId('sign-in-form');
  await form.getByLabel('Email address').fill(email.toUpperCase());
  await form.getByLabel('Password').fill('the wrong one, surely');
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toHaveText(
    'The email address or the password is not right.',
  );
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/en\/account$/);
  const facts = page.getByTestId('account-facts');
  await expect(facts).toContainText('<b>Ana</b> P.'); // markup in a name is text
  await expect(facts).toContainText(email);
  // The server renders the account page for the signed-in member too (the session cookie goes with the page).
  await page.reload();
  await expect(page.getByTestId('account-facts')).toContainText(email);

  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/en/account');
  await expect(page.getByTestId('go-sign-in')).toBeVisible();
});

/** A confirmed member signed in through the pages; returns their address. */
async function newMember(page: Page, password: string): Promise<string> {
  const email = `member-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  await page.goto('/en/account/sign-up');
  await fillSignUp(page, email, password, 'Leaving Soon');
  await page.getByRole('button', { name: 'Create the account' }).click();
  await expect(page.getByTestId('sign-up-done')).toBeVisible();
  const link = /http:\/\/127\.0\.0\.1:\d+(\/en\/account\/verify\?token=[A-Za-z0-9_-]+)/.exec(
    (await mailTo(email)).text,
  )?.[1];
  await page.goto(link!);
  await page.getByTestId('verify-button').click();
  await expect(page.getByTestId('verify-done')).toBeVisible();
  await page.goto('/en/account/sign-in');
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  return email;
}

test('a member sees this device, downloads their data, and deletes the account with their password', async ({
  page,
}) => {
  const password = 'another long passphrase';
  const email = await newMember(page, password);
  await expect(page.getByTestId('devices')).toContainText('This device');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-data').click(),
  ]);
  expect(download.suggestedFilename()).toBe('peerhub-my-data.json');
  const data = JSON.parse(
    await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')),
  );
  expect(data.account.email).toBe(email);
  expect(data.events.map((e: { kind: string }) => e.kind)).toEqual(['email_verified', 'signed_in']);

  await page.getByTestId('delete-account').click();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  const box = page.locator('form.delete').getByLabel('Password');
  await box.fill('not my password at all');
  await page.getByTestId('delete-account').click();
  await expect(page.getByTestId('delete-error')).toHaveText('The password is not right.');
  await box.fill(password);
  await page.getByTestId('delete-account').click();
  await expect(page).toHaveURL(/\/en\/$/);

  await page.goto('/en/account/sign-in');
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toHaveText(
    'The email address or the password is not right.',
  );
});

test('a forgotten password: a mailed link, a new password, every device signed out', async ({ page }) => {
  const email = await newMember(page, 'the first passphrase');
  await page.getByTestId('sign-out').click();
  await page.goto('/en/account/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByTestId('reset-ask-form').getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByTestId('reset-done')).toContainText('a link to choose a new password is on its way');
  const mail = ((await (await fetch(`http://127.0.0.1:${smtpHttpPort}/mails`)).json()) as Mail[]).find(
    (m) => m.to.includes(email) && m.subject === 'Choose a new password for PeerHub Europe',
  );
  const link = /http:\/\/127\.0\.0\.1:\d+(\/en\/account\/reset\?token=[A-Za-z0-9_-]+)/.exec(
    mail?.text ?? '',
  )?.[1];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await page.getByTestId('reset-form').getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByText('Use at least 10 characters')).toBeVisible();
  await page.getByTestId('reset-form').getByLabel('New password').fill('the second passphrase');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByTestId('reset-done')).toContainText('Your password is changed');
  // The link is spent.
  await page.goto(link!);
  await page.getByTestId('reset-form').getByLabel('New password').fill('a third passphrase');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This link is no longer valid');
});

test('a member changes their password and then their address, confirmed from the new mailbox', async ({
  page,
}) => {
  const email = await newMember(page, 'first pass phrase');
  expect((await axeScan(page).analyze()).violations).toEqual([]); // the member's account page
  const passwordForm = page.getByTestId('password-form');
  await passwordForm.getByLabel('Current password').fill('not the right one');
  await passwordForm.getByLabel('New password').fill('second pass phrase');
  await passwordForm.getByRole('button', { name: 'Change the password' }).click();
  await expect(passwordForm.getByRole('alert')).toHaveText('The password is not right.');
  await passwordForm.getByLabel('Current password').fill('first pass phrase');
  await passwordForm.getByRole('button', { name: 'Change the password' }).click();
  await expect(passwordForm.getByRole('alert')).toHaveText(
    'Password changed. Your other devices were signed out.',
  );

  const newAddress = email.replace('member-', 'moved-');
  const emailForm = page.getByTestId('email-form');
  await emailForm.getByLabel('New email address').fill(newAddress);
  await emailForm.getByLabel('Current password').fill('second pass phrase');
  await emailForm.getByRole('button', { name: 'Change the address' }).click();
  await expect(emailForm.getByRole('alert')).toContainText(`Open the link we sent to ${newAddress}`);
  const link = /http:\/\/127\.0\.0\.1:\d+(\/en\/account\/email\?token=[A-Za-z0-9_-]+)/.exec(
    (await mailTo(newAddress)).text,
  )?.[1];
  await page.goto(link!);
  await page.getByTestId('email-change-button').click();
  await expect(page.getByTestId('email-change-done')).toBeVisible();
  await page.goto('/en/account');
  await expect(page.getByTestId('account-facts')).toContainText(newAddress);
});

test('the account pages in French, and a confirmation link that does not work says so', async ({ page }) => {
  await page.goto('/fr/account/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
  await expect(page).toHaveTitle('Connexion — PeerHub Europe');
  await page.goto('/fr/account/verify?token=used-or-made-up');
  await page.getByTestId('verify-button').click();
  await expect(page.getByRole('alert')).toContainText('Ce lien n’est plus valable');
});
