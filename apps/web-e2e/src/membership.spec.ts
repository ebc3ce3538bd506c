import { axeScan, expect, test, waitForHydration } from './fixtures';
import { confirmedMember, grantRole, mailTo, signIn } from './members';

/**
 * The journey, in the browser: a new member signs up, reads the mail from the SMTP sink, confirms, signs in,
 * asks to join Human Foundation from its page; an admin (made with the real command line) approves in another
 * browser; the member is its editor, signs out and in again, downloads their data (the membership is in it) and
 * deletes the account, which is then gone.
 */
test('sign up → confirm → ask to join Human Foundation → an admin approves → editor → data → delete', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
  const email = `joiner-${stamp}@example.org`;
  const password = 'a long passphrase to join';
  const name = `Joiner ${stamp.slice(-5)}`;
  const adminEmail = `admin-${stamp}@example.org`;
  const adminPassword = 'the admin passphrase here';
  const making = confirmedMember(adminEmail, adminPassword, 'Admin Ana').then(() =>
    grantRole(adminEmail, 'admin'),
  );

  // Sign up and confirm through the pages and the mail.
  await page.goto('/en/account/sign-up');
  const form = page.getByTestId('sign-up-form');
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByLabel('Name shown to others').fill(name);
  await page.getByRole('button', { name: 'Create the account' }).click();
  await expect(page.getByTestId('sign-up-done')).toBeVisible();
  const link = /http:\/\/127\.0\.0\.1:\d+(\/en\/account\/verify\?token=[A-Za-z0-9_-]+)/.exec(
    (await mailTo(email, 'Confirm your address for PeerHub Europe')).text,
  )?.[1];
  await page.goto(link!);
  await page.getByTestId('verify-button').click();
  await expect(page.getByTestId('verify-done')).toBeVisible();

  // From the organisation's page, signed out: the join page sends them to sign in and back.
  await page.goto('/en/organisations/human-foundation');
  await expect(page.getByTestId('organisation-verified')).toHaveText('Verified by PeerHub');
  await page.getByTestId('organisation-join').click();
  await expect(page).toHaveURL(/\/en\/account\/join\/human-foundation$/);
  await page.getByTestId('join-sign-in').click();
  const signInForm = page.getByTestId('sign-in-form');
  await signInForm.getByLabel('Email address').fill(email);
  await signInForm.getByLabel('Password').fill(password);
  await signInForm.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/account\/join\/human-foundation$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit for Human Foundation');

  // Bad input first: too short, said next to the field; nothing sent.
  await page.getByTestId('join-submit').click();
  await expect(
    page.getByText('Write 10 to 1,000 characters: who you are there and why you ask.'),
  ).toBeVisible();
  await page.getByLabel('Your message').fill('I coordinate the peer support team in Warsaw. <b>not bold</b>');
  expect((await axeScan(page).analyze()).violations).toEqual([]);
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('join-status')).toContainText('is waiting for an answer');
  await expect(page.getByText('<b>not bold</b>', { exact: false })).toBeVisible(); // markup is text

  // The admin, in another browser, approves it from the requests page.
  await making;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  waitForHydration(admin);
  await signIn(admin, adminEmail, adminPassword);
  await admin.getByTestId('go-requests').click();
  await expect(admin).toHaveURL(/\/en\/account\/organisations$/);
  const card = admin.getByTestId('requests-pending').locator('li', { hasText: name });
  await expect(card).toContainText('Human Foundation');
  await expect(card).toContainText('I coordinate the peer support team in Warsaw.');
  expect((await axeScan(admin).analyze()).violations).toEqual([]);
  await card.getByTestId('approve').click();
  await expect(admin.getByTestId('requests-editors')).toContainText(name);
  await adminContext.close();

  // The member is told by mail and is now its editor.
  expect((await mailTo(email, 'You are now an editor of Human Foundation')).text).toContain(
    'you now edit for Human Foundation',
  );
  await page.goto('/en/account');
  const mine = page.getByTestId('my-memberships');
  await expect(mine).toContainText('Human Foundation');
  await expect(mine).toContainText('editor');
  await page.getByTestId('go-requests').click();
  await expect(page.getByTestId('requests-editors')).toContainText(name);

  // Sign out, and in again: still an editor (the membership lives on the server, not in the session).
  await page.goto('/en/account');
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await signIn(page, email, password);
  await expect(page.getByTestId('my-memberships')).toContainText('editor');

  // Download my data: the membership and its message are in it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-data').click(),
  ]);
  const data = JSON.parse(
    await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')),
  );
  expect(data.account.email).toBe(email);
  expect(data.memberships).toEqual([
    expect.objectContaining({
      status: 'APPROVED',
      message: 'I coordinate the peer support team in Warsaw. <b>not bold</b>',
      organisation: expect.objectContaining({ slug: 'human-foundation' }),
    }),
  ]);

  // Delete the account: gone, and so is the editor.
  await page.locator('form.delete').getByLabel('Password').fill(password);
  await page.getByTestId('delete-account').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/en/account/sign-in');
  const again = page.getByTestId('sign-in-form');
  await again.getByLabel('Email address').fill(email);
  await again.getByLabel('Password').fill(password);
  await again.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toHaveText(
    'The email address or the password is not right.',
  );
});
