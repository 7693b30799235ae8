/**
 * NOTE-FORMAT §6 "Nothing crashes on a note … the rest of the vault is still read", for notes and
 * folders the CLI cannot read. Tests run as root, where file modes do not stop a read, so here the
 * file system refuses the read itself (EACCES, EIO) and the CLI's `run` is called in-process.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Paths to refuse: a file's error code and how many reads succeed first; a folder's error code. */
const refuse = vi.hoisted(() => ({ files: new Map<string, { code: string; after: number }>(), folders: new Map<string, string>() }));

function refused(code: string, what: string): NodeJS.ErrnoException {
  const e = new Error(`${code}: ${what}`) as NodeJS.ErrnoException;
  e.code = code;
  return e;
}

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((...args: Parameters<typeof fs.readFileSync>) => {
    const rule = refuse.files.get(String(args[0]));
    if (rule !== undefined && rule.after-- <= 0) throw refused(rule.code, `open '${String(args[0])}'`);
    return fs.readFileSync(...args);
  }) as typeof fs.readFileSync;
  const readdirSync = ((...args: Parameters<typeof fs.readdirSync>) => {
    const code = refuse.folders.get(String(args[0]));
    if (code !== undefined) throw refused(code, `scandir '${String(args[0])}'`);
    return fs.readdirSync(...args);
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readFileSync, readdirSync }, readFileSync, readdirSync };
});

const { run } = await import('../../src/cli/main');

afterEach(() => {
  refuse.files.clear();
  refuse.folders.clear();
});

function vault(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reconnect-unreadable-'));
  mkdirSync(join(dir, '.obsidian'));
  mkdirSync(join(dir, 'People/Locked'), { recursive: true });
  writeFileSync(join(dir, 'People/Maya Chen.md'), '---\ntype: person\ncadence: monthly\n---\n## Log\n- 2026-09-01 call\n');
  writeFileSync(join(dir, 'People/Unread.md'), '---\ntype: person\ncadence: weekly\n---\n');
  writeFileSync(join(dir, 'People/Locked/Leo Park.md'), '---\ntype: person\ncadence: weekly\n---\n');
  // An alias that an unreadable note's file name shadows: a link to it resolves to the file (credits nobody).
  writeFileSync(join(dir, 'People/Other.md'), '---\ntype: person\ncadence: monthly\naliases: [Unread]\n---\n');
  mkdirSync(join(dir, 'Journal'));
  writeFileSync(join(dir, 'Journal/2026-11-20.md'), 'Lunch with [[Unread]] and [[Maya Chen]].\n');
  mkdirSync(join(dir, 'Templates/Private'), { recursive: true });
  return dir;
}

function cli(args: string[], dir: string): { exit: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const exit = run([...args, '--vault', dir, '--today', '2026-11-25'], { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false, env: { LANG: 'en_US.UTF-8' }, cwd: dir });
  return { exit, out: out.join('\n'), err: err.join('\n') };
}

describe('notes and folders that cannot be read', () => {
  it('a note or a subfolder the CLI cannot read is a problem; every other note is still read', () => {
    const dir = vault();
    refuse.files.set(join(dir, 'People/Unread.md'), { code: 'EACCES', after: 0 });
    refuse.folders.set(join(dir, 'People/Locked'), 'EACCES');
    // Templates/ is never read (§1), so a folder there that cannot be listed is no problem either.
    refuse.folders.set(join(dir, 'Templates/Private'), 'EACCES');
    const check = cli(['check', '--json'], dir);
    expect(check.err).toBe('');
    expect(check.exit).toBe(1);
    expect(JSON.parse(check.out).problems).toEqual([
      { path: 'People/Locked', field: null, message: "This folder cannot be read (permission denied), so its notes are left out; check the folder's permissions." },
      { path: 'People/Unread.md', field: null, message: "This note cannot be read (permission denied), so it is left out; check the file's permissions." },
    ]);
    const due = cli(['due', '--json'], dir);
    expect(due.exit).toBe(0);
    const json = JSON.parse(due.out) as { people: { name: string; lastContact: string | null }[]; problems: unknown[] };
    expect(json.problems).toHaveLength(2);
    const all = JSON.parse(cli(['due', '--all', '--json'], dir).out) as { people: { name: string; lastContact: string | null }[] };
    // The daily note counts for Maya; the unreadable note is still a file, so [[Unread]] resolves to it
    // (as in Obsidian) and not to the person whose alias is Unread.
    expect(all.people.map((p) => [p.name, p.lastContact])).toEqual([['Other', null], ['Maya Chen', '2026-11-20']]);
  });

  it('a disk error reads as such; a note deleted between the listing and the read is simply gone', () => {
    const dir = vault();
    refuse.files.set(join(dir, 'People/Unread.md'), { code: 'EIO', after: 0 });
    refuse.files.set(join(dir, 'People/Maya Chen.md'), { code: 'ENOENT', after: 0 });
    const problems = JSON.parse(cli(['check', '--json'], dir).out).problems as { path: string; message: string }[];
    expect(problems.map((p) => [p.path, p.message])).toEqual([['People/Unread.md', 'This note cannot be read (a disk error), so it is left out; check the disk, or copy the file again.']]);
  });

  it('a vault folder that cannot be read at all: one line, exit 2', () => {
    const dir = vault();
    refuse.folders.set(dir, 'EACCES');
    const r = cli(['due'], dir);
    expect(r.exit).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`reconnect: Cannot read the vault folder ${dir} (permission denied); check its permissions, or pass --vault DIR with another folder.`);
  });

  it('render with a vault template that cannot be read: one line, exit 1; another template still renders', () => {
    const dir = vault();
    mkdirSync(join(dir, 'Templates/Reconnect'), { recursive: true });
    writeFileSync(join(dir, 'Templates/Reconnect/check-in.md'), 'Hi {{person.firstName}}');
    writeFileSync(join(dir, 'Templates/Reconnect/favor.md'), 'Could you {{person.firstName}}?');
    refuse.files.set(join(dir, 'Templates/Reconnect/check-in.md'), { code: 'EACCES', after: 0 });
    const r = cli(['render', '--template', 'check-in', '--person', 'Maya Chen'], dir);
    expect([r.exit, r.out]).toEqual([1, '']);
    expect(r.err).toBe('reconnect: Cannot read Templates/Reconnect/check-in.md (permission denied); make it readable, or delete it to use the built-in template.');
    const other = cli(['render', '--template', 'favor', '--person', 'Maya Chen'], dir);
    expect([other.exit, other.out]).toEqual([0, 'Could you Maya?']);
  });

  it('log on a note that cannot be read when it is written: one line, exit 1, nothing written', () => {
    const dir = vault();
    const file = join(dir, 'People/Maya Chen.md');
    const before = readFileSync(file, 'utf8');
    // Readable while the vault loads, refused when `log` reads it again to write it.
    refuse.files.set(file, { code: 'EACCES', after: 1 });
    const r = cli(['log', '--person', 'Maya Chen', '--channel', 'call'], dir);
    expect(r.exit).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('reconnect: Cannot read People/Maya Chen.md (permission denied); nothing was written. Make it readable and run the command again.');
    refuse.files.clear();
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
