import { expect, test } from './fixtures';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

function boot(env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['dist/api/apps/api/src/main.js'], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stderr: r.stderr.trim(), stdout: r.stdout.trim() };
}

test.describe('the server refuses to boot on bad configuration, with one line naming the variable', () => {
  test('DATABASE_URL pointing at nothing', () => {
    const r = boot({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing', PORT: '0' });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^Configuration error: DATABASE_URL: cannot connect/);
  });

  test('a malformed PORT', () => {
    const r = boot({ PORT: 'eighty' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Configuration error: PORT: must be a whole number, got "eighty"');
  });
});
