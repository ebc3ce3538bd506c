import 'reflect-metadata';
import { AccountsService } from '@peerhub/accounts/api';
import { ConfigError, loadConfig } from '@peerhub/shared/api-core';
import { createApp } from './app/bootstrap';

const USAGE = `usage: npm run admin -- <grant|revoke> <admin|moderator> <email>

Gives or takes a site role of a member who has signed up and confirmed their address. The first admin is made this
way: sign up on the site like anyone, confirm the address, then run
  npm run admin -- grant admin you@example.org
There is no default admin and no password on the command line. Uses DATABASE_URL, or the embedded database when the
server is not running on it. Every change is in the audit log, by "cli".`;

async function main(): Promise<number> {
  const [action, role, email] = process.argv.slice(2);
  if (!['grant', 'revoke'].includes(action ?? '') || !['admin', 'moderator'].includes(role ?? '') || !email) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig({ ...process.env, SEARCH_RELAY: 'false', SEED: process.env['SEED'] ?? 'false' });
  const app = await createApp(config, ['error', 'warn']);
  try {
    const roles = await app.app
      .get(AccountsService)
      .setRole(email, role as 'admin' | 'moderator', action === 'grant', 'cli');
    console.log(`${email}: roles now ${roles.length ? roles.join(', ') : '(member only)'}`);
    return 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(
      e instanceof ConfigError
        ? `Configuration error: ${e.message}`
        : `admin: ${e instanceof Error ? e.message : String(e)}`,
    );
    process.exit(1);
  },
);
