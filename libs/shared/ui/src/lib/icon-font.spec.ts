/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The web app ships a Material Symbols font cut down to the icons it uses (apps/web/src/icons, made by
 * tools/scripts/icon-font.mjs). An icon written in a template but missing from that font would show as its name
 * in plain text: these checks shape each name with the committed font and fail on any it cannot draw.
 */
const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const SCRIPT = join(ROOT, 'tools', 'scripts', 'icon-font.mjs');

function check(...names: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [SCRIPT, '--check', ...names], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('icon font subset', () => {
  it('draws every icon the templates use', () => {
    const result = check();
    expect(result.output).toMatch(/all \d+ used icons are in the subset/);
    expect(result.ok).toBe(true);
  });

  it('fails, naming the icon, when a template uses one the subset lacks', () => {
    // "pets" is a real Material Symbols icon that no template uses, so the subset leaves it out.
    const result = check('search', 'pets');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('cannot draw pets');
    expect(result.output).not.toContain('search (');
  });
});
