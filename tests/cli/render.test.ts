/**
 * `reconnect render`, the built dist/cli.js: `--other NAME`, the second person of the `introduction`
 * template (what the plugin's Draft message passes as `other`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const DEMO = join(ROOT, 'examples/vault');
const LOG = join(ROOT, 'tests/fixtures/log');
const TODAY = '2026-11-25';

function cli(args: string[], vault = DEMO): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const r = spawnSync(process.execPath, [CLI, ...args, '--vault', vault, '--today', TODAY], { env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exit code 2, one line on stderr, nothing on stdout. */
function usageError(r: { code: number | null; stdout: string; stderr: string }, mentions: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(mentions);
}

beforeAll(() => {
  execSync('node esbuild.config.mjs', { cwd: ROOT, stdio: 'pipe' });
}, 60_000);

describe('reconnect render --template introduction --other NAME', () => {
  it('names both people: the offer to Maya, then the introduction of the two', () => {
    const r = cli(['render', '--template', 'introduction', '--person', 'Maya', '--other', 'Ravi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Hi Maya,\n/);
    expect(r.stdout).toContain('Would you like me to introduce you to Ravi Menon, Partner at Northlight Ventures?');
    expect(r.stdout).toContain('Hi Maya and Ravi,');
    expect(r.stdout).toContain('Ravi, meet Maya Chen, Senior Product Designer at Fernhill. Maya, meet Ravi Menon, Partner at Northlight Ventures.');
    expect(r.stdout).not.toContain('someone in my network');
  });

  it('a name, an alias, a path or a [[link]] all name the other person; French too', () => {
    const byPath = cli(['render', '--template', 'introduction', '--person', 'Maya Chen', '--other', 'People/Ravi Menon.md']);
    expect(byPath.stdout).toBe(cli(['render', '--template', 'introduction', '--person', 'Maya', '--other', '[[Ravi Menon]]']).stdout);
    const fr = cli(['render', '--template', 'introduction', '--person', 'Maya', '--other', 'Ravi', '--lang', 'fr']);
    expect(fr.code, fr.stderr).toBe(0);
    expect(fr.stdout).toContain('Ravi Menon');
  });

  it('without --other: the offer names nobody', () => {
    const r = cli(['render', '--template', 'introduction', '--person', 'Maya']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('someone in my network');
    expect(r.stdout).not.toContain('Ravi');
  });

  it('an unknown --other: exit 2, one line', () => {
    usageError(cli(['render', '--template', 'introduction', '--person', 'Maya', '--other', 'Nobody Here']), /Nobody Here/);
  });

  it('an --other two notes answer to: exit 2, one line naming both', () => {
    usageError(cli(['render', '--template', 'introduction', '--person', 'Maya Chen', '--other', 'Jo'], LOG), /People\/Jo A\.md.*People\/Jo B\.md/);
  });

  it('--other names the --person again: exit 2', () => {
    usageError(cli(['render', '--template', 'introduction', '--person', 'Maya', '--other', 'Maya Chen']), /again/);
  });

  it('--other with another template: exit 2, it only applies to introduction', () => {
    usageError(cli(['render', '--template', 'check-in', '--person', 'Maya', '--other', 'Ravi']), /only applies to --template introduction/);
  });

  it('--other twice: exit 2', () => {
    usageError(cli(['render', '--template', 'introduction', '--person', 'Maya', '--other', 'Ravi', '--other', 'Tom']), /--other is given 2 times/);
  });
});
