// `reconnect import` on a copy of the demo vault: made, skipped, nothing overwritten, check still clean.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';

const FIXTURES = join(__dirname, '../core/import/fixtures');
const DEMO = join(__dirname, '../../examples/vault');
let vault = '';

beforeEach(() => {
  vault = mkdtempSync(join(tmpdir(), 'reconnect-import-'));
  cpSync(DEMO, vault, { recursive: true, filter: (src) => !src.includes('/plugins') });
});

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run([...args, '--vault', vault, '--today', '2026-11-25'], { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n'), isTty: false, env: {}, cwd: process.cwd() });
  return { code, out, err };
}

function snapshot(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else out.set(`${rel}${e.name}`, readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(vault, '');
  return out;
}

describe('reconnect import', () => {
  it('--dry-run shows what would be made and skipped, and writes nothing', () => {
    const before = snapshot();
    const r = cli(['import', join(FIXTURES, 'linkedin-connections.csv'), '--dry-run']);
    expect(r.out).toContain('Would create 4 person notes:');
    expect(r.out).toContain('Maya Chen (line 5): already in the vault as People/Maya Chen.md');
    expect(snapshot()).toEqual(before);
  });

  it('imports each format once; a second run creates nothing; existing notes never change; check stays as clean', () => {
    const problemsBefore = JSON.parse(cli(['check', '--json']).out) as { problems: unknown[] };
    const before = snapshot();
    for (const f of ['linkedin-connections.csv', 'google-contacts.csv', 'vcard21.vcf', 'vcard30.vcf', 'vcard40.vcf']) {
      const r = cli(['import', join(FIXTURES, f), '--json']);
      const json = JSON.parse(r.out) as { created: { path: string }[]; skipped: unknown[]; issues: unknown[] };
      for (const c of json.created) expect(existsSync(join(vault, c.path)), c.path).toBe(true);
      const again = JSON.parse(cli(['import', join(FIXTURES, f), '--json']).out) as { created: unknown[] };
      expect(again.created, f).toEqual([]);
    }
    const after = snapshot();
    for (const [path, text] of before) expect(after.get(path), path).toBe(text);
    expect(after.size).toBeGreaterThan(before.size);
    const problemsAfter = JSON.parse(cli(['check', '--json']).out) as { problems: unknown[] };
    expect(problemsAfter.problems).toEqual(problemsBefore.problems);
    // Imported people are untracked: nobody becomes due by surprise.
    const due = JSON.parse(cli(['due', '--json']).out) as { people: { path: string }[] };
    for (const p of due.people) expect(before.has(p.path), p.path).toBe(true);
  });

  it('a missing file or a file of neither format says what to do', () => {
    const missing = cli(['import', join(vault, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    const odd = cli(['import', join(vault, 'Welcome.md')]);
    expect(odd.code).toBe(1);
    expect(odd.out).toMatch(/could not be read/);
  });

  it('the summary line says "1 LinkedIn connection", "2 LinkedIn connections"', () => {
    const lines = readFileSync(join(FIXTURES, 'linkedin-connections.csv'), 'utf8').split('\n');
    const header = lines.findIndex((l) => l.startsWith('First Name,'));
    const one = join(vault, 'one.csv');
    writeFileSync(one, [...lines.slice(0, header + 1), 'Nadia,Ferris,https://www.linkedin.com/in/nadia-ferris,,Acme,Engineer,01 Oct 2026', ''].join('\n'));
    expect(cli(['import', one, '--dry-run']).out.split('\n')[0]).toBe(`${one}: 1 LinkedIn connection`);
    writeFileSync(one, [...lines.slice(0, header + 1), 'Nadia,Ferris,,,Acme,Engineer,01 Oct 2026', 'Omar,Vance,,,Acme,Engineer,01 Oct 2026', ''].join('\n'));
    expect(cli(['import', one, '--dry-run']).out.split('\n')[0]).toBe(`${one}: 2 LinkedIn connections`);
  });
});
