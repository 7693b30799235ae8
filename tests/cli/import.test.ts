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

function cli(args: string[], env: Record<string, string> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run([...args, '--vault', vault, '--today', '2026-11-25'], { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n'), isTty: false, env, cwd: process.cwd() });
  return { code, out, err };
}

/** A file outside the vault, so that the vault's snapshot does not see it. */
function write(name: string, data: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'reconnect-import-file-'));
  writeFileSync(join(dir, name), data);
  return join(dir, name);
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

  it('a row made into a note with a field left out is said under that note; a second run says nothing of it', () => {
    const file = join(FIXTURES, 'linkedin-connections.csv');
    const first = cli(['import', file]);
    const lines = first.out.split('\n');
    const jane = lines.indexOf('  + People/Jane Doe.md');
    expect(lines[jane + 1]).toBe('    ! line 9: "Connected On" "30 Feb 2021" is not a date like 07 Dec 2025; the note is made without met.');
    expect(lines).toContain('1 could not be read:');
    expect(lines.filter((l) => l.startsWith('  ! '))).toEqual(['  ! line 8 has no name (First Name and Last Name are empty); add one in the file, or leave it out.']);
    expect(first.code).toBe(1);
    const json = JSON.parse(cli(['import', file, '--dry-run', '--json']).out) as { created: unknown[]; issues: { ref: string }[] };
    expect(json.created).toEqual([]);
    // Line 9 is skipped now (Jane Doe is in the vault): its date is no longer anyone's business.
    expect(json.issues.map((i) => i.ref)).toEqual(['line 8']);
    const again = cli(['import', file]);
    expect(again.out).not.toContain('30 Feb 2021');
    expect(again.out).not.toContain('made without met');
  });

  it('a missing file or a file of neither format says what to do', () => {
    const missing = cli(['import', join(vault, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
  });

  // A whole file that is not a contacts export: one `reconnect:` line saying what it is and what to
  // export instead, exit code 2 (as a wrong option), nothing on stdout, nothing written.
  it.each<[string, (dir: string) => string, RegExp]>([
    ['a markdown note', (d) => join(d, 'Welcome.md'), /Welcome\.md is neither a vCard .* nor a contacts CSV: its first line is/],
    ['a CSV with other columns', () => write('names.csv', 'Name,Email\nAda,ada@example.org\n'), /names\.csv is neither .*"Name,Email"/],
    ['an image', () => write('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1])), /photo\.png is not text .*not a contacts export/],
    ['an empty file', () => write('empty.csv', ''), /empty\.csv is empty, so not a contacts export/],
    ['a header without rows', () => write('Connections.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'), /Connections\.csv has a header but no contacts below it/],
    ['a folder that exists', (d) => join(d, 'People'), /People is a folder, not a contacts export/],
  ])('%s: one line, exit code 2', (_n, make, says) => {
    const file = make(vault);
    const before = snapshot();
    for (const args of [['import', file], ['import', file, '--dry-run'], ['import', file, '--json']]) {
      const r = cli(args);
      expect(r.code, r.err).toBe(2);
      expect(r.out).toBe('');
      const lines = r.err.replace(/\n$/, '').split('\n');
      expect(lines, r.err).toHaveLength(1);
      expect(lines[0]).toMatch(/^reconnect: /);
      expect(lines[0]).toMatch(says);
      expect(lines[0]).toMatch(/export/);
    }
    expect(snapshot()).toEqual(before);
  });

  it('rows that cannot be read stay a list after what was made, and exit code 1', () => {
    const file = write('Connections.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,,,\n,,,ana@example.org,Acme,,\n');
    const r = cli(['import', file, '--dry-run']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Would create 1 person note:/);
    expect(r.out).toMatch(/1 could not be read:\n {2}! line 3 has no name/);
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

  it('speaks French when the language is French: the summary, the skipped reasons, the rows it cannot read', () => {
    const r = cli(['import', join(FIXTURES, 'linkedin-connections.csv'), '--dry-run'], { LANG: 'fr_FR.UTF-8' });
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/: 6 relations LinkedIn$/);
    expect(lines).toContain('Créerait 4 fiches personne :');
    expect(lines).toContain('2 ignorés :');
    expect(lines).toContain('  - Maya Chen (ligne 5): déjà dans le coffre : People/Maya Chen.md (même nom ou alias)');
    expect(lines).toContain('  - Jane Doe (ligne 10): même nom que ligne 9 dans ce fichier');
    expect(lines).toContain('1 illisible :');
    expect(lines.slice(lines.indexOf('  + People/Jane Doe.md'), lines.indexOf('  + People/Jane Doe.md') + 2)).toEqual([
      '  + People/Jane Doe.md',
      "    ! ligne 9 : « Connected On » \"30 Feb 2021\" n'est pas une date comme 07 Dec 2025 ; la note est créée sans met.",
    ]);
    expect(lines).toContain("  ! ligne 8 n'a pas de nom (First Name et Last Name sont vides) ; ajoutez-en un dans le fichier, ou laissez-la de côté.");
    expect(lines).toContain("Rien n'a été écrit (--dry-run). Relancez sans lui pour importer.");
    const folder = cli(['import', FIXTURES], { LANG: 'fr_FR.UTF-8' });
    expect(folder.code).toBe(2);
    expect(folder.err).toMatch(/est un dossier, pas un export de contacts ; exportez Connections\.csv/);
  });
});
