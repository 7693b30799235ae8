/**
 * `reconnect due --all` for a person to read, the built dist/cli.js: the Due column of a scheduled
 * person says the planned day, as a snoozed row says until when.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const DUE = join(ROOT, 'tests/fixtures/due');
const TODAY = '2026-11-25';

function due(lang: string): string[] {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang, NO_COLOR: '1' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const r = spawnSync(process.execPath, [CLI, 'due', '--all', '--vault', DUE, '--today', TODAY], { env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\n');
}

/** The table row of a person, its cells split on the runs of spaces between columns. */
function row(lines: string[], name: string): string[] {
  const line = lines.find((l) => l.startsWith(`${name} `));
  expect(line, lines.join('\n')).toBeDefined();
  return (line ?? '').trim().split(/ {2,}/);
}

beforeAll(() => {
  execSync('node esbuild.config.mjs', { cwd: ROOT, stdio: 'pipe' });
}, 60_000);

describe('due --all: the planned day of a scheduled person', () => {
  // Quinn (tests/fixtures/due) has `- [ ] 2026-12-02 lunch` in the log: scheduled, 7 days ahead.
  it('English: "planned 2026-12-02 (in 7 days)", beside "snoozed until …"', () => {
    const lines = due('en_US.UTF-8');
    expect(row(lines, 'Quinn').at(-1)).toBe('planned 2026-12-02 (in 7 days)');
    expect(row(lines, 'Quinn')[1]).toBe('scheduled');
    expect(row(lines, 'Pat').at(-1)).toBe('snoozed until 2026-12-15');
  });

  it('French: "prévu le 2026-12-02 (dans 7 jours)"', () => {
    const lines = due('fr_FR.UTF-8');
    expect(row(lines, 'Quinn').at(-1)).toBe('prévu le 2026-12-02 (dans 7 jours)');
    expect(row(lines, 'Pat').at(-1)).toBe("en pause jusqu'au 2026-12-15");
  });
});
