/**
 * NOTE-FORMAT §7: the built `dist/cli.js` on the fixture vaults of tests/fixtures, compared with
 * JSON written by hand from the contract.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execSync, spawn, type SpawnOptions } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const FIX = join(ROOT, 'tests/fixtures');
const TODAY = '2026-11-25';

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', TZ: process.env.TZ ?? 'UTC', ...extra };
  delete e.LC_ALL;
  delete e.LC_MESSAGES;
  return e;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const memo = new Map<string, Promise<Run>>();

/** Runs the built CLI (asynchronously, so that tests run side by side). */
function cli(args: string[], opts: SpawnOptions = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: env(), cwd: ROOT, ...opts });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The same read-only run is made once for every test that asks for it. */
function cached(args: string[]): Promise<Run> {
  const key = JSON.stringify(args);
  let r = memo.get(key);
  if (!r) memo.set(key, (r = cli(args)));
  return r;
}

async function json(args: string[]): Promise<{ code: number | null; body: Record<string, unknown>; stderr: string }> {
  const r = args.some((a) => a.startsWith(tmpdir())) ? await cli(args) : await cached(args);
  return { code: r.code, body: JSON.parse(r.stdout) as Record<string, unknown>, stderr: r.stderr };
}

/** Key order included: the two serialise to the same text. */
function sameJson(actual: unknown, expected: unknown): void {
  expect(actual).toEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

/** A fresh copy of a fixture vault. */
function copyVault(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `reconnect-${name}-`));
  cpSync(join(FIX, name), dir, { recursive: true });
  return dir;
}

/** The one-line error of §7: exit code 2, one line on stderr, nothing on stdout, no stack trace. */
function expectUsageError(r: Run, mentions?: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0].length).toBeGreaterThan(10);
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)|at Object\.|node:internal|Error:/);
  if (mentions) expect(lines[0]).toMatch(mentions);
}

beforeAll(() => {
  execSync('node esbuild.config.mjs', { cwd: ROOT, stdio: 'pipe' });
}, 60_000);

/** A person object of `due --json`, in the order of §7. */
function person(p: {
  name: string; path: string; status: string; bucket?: string | null; cadence: string | null; cadenceDays: number | null;
  lastContact?: string | null; dueDate?: string | null; daysOverdue?: number | null;
  followUp?: boolean; letGo?: boolean; favorRecentlyAsked?: boolean;
}) {
  return {
    name: p.name,
    path: p.path,
    status: p.status,
    bucket: p.bucket ?? null,
    cadence: p.cadence,
    cadenceDays: p.cadenceDays,
    lastContact: p.lastContact ?? null,
    dueDate: p.dueDate ?? null,
    daysOverdue: p.daysOverdue ?? null,
    followUp: p.followUp ?? false,
    letGo: p.letGo ?? false,
    favorRecentlyAsked: p.favorRecentlyAsked ?? false,
  };
}

// Written by hand from NOTE-FORMAT §2, §4, §5 for tests/fixtures/due on 2026-11-25.
const MAYA = person({ name: 'Maya Chen', path: 'People/Maya Chen.md', status: 'overdue', bucket: 'connector', cadence: '2 months', cadenceDays: 60, lastContact: '2026-06-01', dueDate: '2026-08-01', daysOverdue: 116 });
const SAM = person({ name: 'Sam Lee', path: 'People/Sam Lee.md', status: 'overdue', bucket: 'conector', cadence: '2 weeks', cadenceDays: 14, dueDate: '2026-11-15', daysOverdue: 10 });
const ALEX = person({ name: 'Alex Romero', path: 'People/Clients/Alex Romero.md', status: 'overdue', bucket: 'client', cadence: '1 month', cadenceDays: 30, lastContact: '2026-10-20', dueDate: '2026-11-20', daysOverdue: 5, followUp: true, letGo: true });
const CHLOE = person({ name: 'Chloé Martin', path: 'People/Chloé Martin.md', status: 'due', cadence: '3 months', cadenceDays: 90, lastContact: '2026-08-25', dueDate: '2026-11-25', daysOverdue: 0 });
const ANA = person({ name: 'ana', path: 'People/ana.md', status: 'new', cadence: '1 week', cadenceDays: 7 });
const EMILE = person({ name: 'Emile', path: 'People/emile.md', status: 'new', bucket: 'friend', cadence: '1 month', cadenceDays: 30 });
const EMILE_ROUX = person({ name: 'Émile Roux', path: 'People/Émile Roux.md', status: 'new', cadence: '1 month', cadenceDays: 30 });
const UMA = person({ name: 'Uma', path: 'People/Uma.md', status: 'soon', cadence: '1 week', cadenceDays: 7, lastContact: '2026-11-20', dueDate: '2026-11-27', daysOverdue: -2 });
const TOM = person({ name: 'Tom', path: 'People/Tom.md', status: 'ok', cadence: '1 month', cadenceDays: 30, lastContact: '2026-11-20', dueDate: '2026-12-20', daysOverdue: -25 });
const NINA = person({ name: 'Nina', path: 'People/Nina.md', status: 'ok', cadence: '45 days', cadenceDays: 45, lastContact: '2026-11-20', dueDate: '2027-01-04', daysOverdue: -40, favorRecentlyAsked: true });
const QUINN = person({ name: 'Quinn', path: 'People/Quinn.md', status: 'scheduled', cadence: '1 week', cadenceDays: 7, lastContact: '2026-11-01', dueDate: '2026-11-08', daysOverdue: 17 });
const PAT = person({ name: 'Pat', path: 'People/Pat.md', status: 'snoozed', cadence: '1 month', cadenceDays: 30, lastContact: '2026-01-01', dueDate: '2026-02-01', daysOverdue: 297 });
const LEO = person({ name: 'Leo Park', path: 'People/Leo Park.md', status: 'untracked', cadence: null, cadenceDays: null });
const RITA = person({ name: 'Rita', path: 'People/Rita.md', status: 'paused', cadence: '1 month', cadenceDays: 30 });

describe.concurrent('NOTE-FORMAT §7 The command line', () => {
  describe('due --json', () => {
    it('prints the due list of §5 in the shape of §7, most urgent first, new people last', async () => {
      const r = await json(['due', '--json', '--vault', join(FIX, 'due'), '--today', TODAY]);
      expect(r.code).toBe(0);
      // `afterEvent` (people met at an event, to follow up) stands beside `people` (issue 9).
      expect(Object.keys(r.body)).toEqual(['today', 'people', 'afterEvent', 'problems']);
      expect(r.body.afterEvent).toEqual([]);
      expect(r.body.today).toBe(TODAY);
      // 116/60 > 10/14 > 5/30 > 0, then new people by name without case or accents
      sameJson(r.body.people, [MAYA, SAM, ALEX, CHLOE, ANA, EMILE, EMILE_ROUX]);
      const problems = r.body.problems as { path: string; field: string | null; message: string }[];
      expect(problems.map((p) => Object.keys(p))).toEqual([['path', 'field', 'message'], ['path', 'field', 'message']]);
      expect(problems.map((p) => [p.path, p.field])).toEqual([['People/Leo Park.md', 'cadence'], ['People/Sam Lee.md', 'bucket']]);
      expect(problems[0].message).toContain('every blue moon');
      expect(problems[1].message).toContain('Conector');
    });

    it('--all lists every person: the due list first, then everyone else', async () => {
      const r = await json(['due', '--all', '--json', '--vault', join(FIX, 'due'), '--today', TODAY]);
      const people = r.body.people as { path: string }[];
      sameJson(people.slice(0, 7), [MAYA, SAM, ALEX, CHLOE, ANA, EMILE, EMILE_ROUX]);
      const rest = [...people.slice(7)].sort((a, b) => (a.path < b.path ? -1 : 1));
      sameJson(rest, [LEO, NINA, PAT, QUINN, RITA, TOM, UMA]);
    });

    it('never counts the templates folder, a {{…}} file name, or the config folder', async () => {
      const r = await json(['due', '--all', '--json', '--vault', join(FIX, 'due'), '--today', TODAY]);
      const paths = (r.body.people as { path: string }[]).map((p) => p.path);
      expect(paths.filter((p) => p.startsWith('Templates/') || p.includes('{{'))).toEqual([]);
      expect(paths).toHaveLength(14);
    });

    it('paths are relative to the vault, with /', async () => {
      const r = await json(['due', '--all', '--json', '--vault', join(FIX, 'due'), '--today', TODAY]);
      for (const p of r.body.people as { path: string }[]) expect(p.path).toMatch(/^[^/\\][^\\]*\.md$/);
    });

    it('another day gives other answers: --today fixes the day', async () => {
      const r = await json(['due', '--json', '--vault', join(FIX, 'due'), '--today', '2026-11-26']);
      expect(r.body.today).toBe('2026-11-26');
      const chloe = (r.body.people as { path: string; status: string; daysOverdue: number }[]).find((p) => p.path === CHLOE.path);
      expect([chloe?.status, chloe?.daysOverdue]).toEqual(['overdue', 1]);
    });

    it('reads the plugin settings (data.json) and the daily-notes settings of the vault', async () => {
      const r = await json(['due', '--all', '--json', '--vault', join(FIX, 'settings'), '--today', TODAY]);
      sameJson(r.body, {
        today: TODAY,
        people: [
          person({ name: 'Ada', path: 'Contacts/Ada.md', status: 'overdue', bucket: 'mentor', cadence: '3 months', cadenceDays: 90, lastContact: '2026-08-01', dueDate: '2026-11-01', daysOverdue: 24 }),
          person({ name: 'Bo', path: 'Contacts/Bo.md', status: 'soon', cadence: '1 week', cadenceDays: 7, lastContact: '2026-11-20', dueDate: '2026-11-27', daysOverdue: -2 }),
        ],
        afterEvent: [],
        problems: [],
      });
    });

    it('--vault defaults to the current folder', async () => {
      const r = await cli(['due', '--json', '--today', TODAY], { cwd: join(FIX, 'settings') });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { people: { path: string }[] }).people.map((p) => p.path)).toEqual(['Contacts/Ada.md']);
      expect(r.stderr).toBe('');
    });

    it('a folder without .obsidian: one warning line on stderr, then the command as usual (stdout stays JSON)', async () => {
      const dir = copyVault('due');
      rmSync(join(dir, '.obsidian'), { recursive: true });
      const warning = (shown: string) => `reconnect: ${shown} has no .obsidian folder, so it may not be an Obsidian vault; pass --vault DIR with your vault's folder.\n`;
      const here = await cli(['due', '--json', '--today', TODAY], { cwd: dir });
      expect(here.code, here.stderr).toBe(0);
      expect(here.stderr).toBe(warning(dir));
      expect((JSON.parse(here.stdout) as { people: unknown[] }).people.length).toBeGreaterThan(0);
      const given = await cli(['check', '--vault', join(dir, 'People'), '--today', TODAY]);
      expect(given.stderr).toBe(warning(join(dir, 'People')));
      expect(given.stdout).not.toContain('.obsidian');
      // a vault with one: no warning
      expect((await cli(['due', '--json', '--vault', join(FIX, 'due'), '--today', TODAY])).stderr).toBe('');
    });

    it.each([['Pacific/Kiritimati'], ['Pacific/Pago_Pago']])(
      "--today defaults to the machine's local day (TZ=%s)",
      async (tz) => {
        const local = () => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
        const before = local();
        const r = await cli(['due', '--json', '--vault', join(FIX, 'clean')], { env: env({ TZ: tz }) });
        const after = local();
        expect([before, after]).toContain((JSON.parse(r.stdout) as { today: string }).today);
      },
    );
  });

  describe('check --json', () => {
    it('prints every problem of §6 and exits 1', async () => {
      const r = await json(['check', '--json', '--vault', join(FIX, 'check'), '--today', TODAY]);
      expect(r.code).toBe(1);
      expect(Object.keys(r.body)).toEqual(['today', 'problems']);
      const problems = r.body.problems as { path: string; field: string | null; message: string }[];
      for (const p of problems) {
        expect(Object.keys(p)).toEqual(['path', 'field', 'message']);
        expect(typeof p.message).toBe('string');
        expect(p.message.length).toBeGreaterThan(20);
      }
      expect(problems.map((p) => [p.path, p.field])).toEqual([
        ['2026-11-20.md', 'link'], // [[Sam]] is the alias of two people
        ['Meetings/No date.md', 'date'],
        ['People/Bad Date.md', 'last_contact'], // 31/12/2026
        ['People/Bad Log.md', 'log'], // 2026-02-30 (the 31/12/2026 item is free text)
        ['People/Broken.md', null], // a broken frontmatter block
        ['People/Future.md', 'last_contact'], // after today
        ['People/Leo Park.md', 'cadence'],
        ['People/Odd Status.md', 'status'],
        ['People/Rolled.md', 'met'], // an unquoted 2026-02-30 must not roll over to 2 March
        ['People/Typo.md', 'bucket'],
      ]);
      expect(problems[0].message).toContain('[[Sam]]');
      expect(problems[6].message).toContain("'every blue moon'");
    });

    it('exits 0 with no problems', async () => {
      const r = await json(['check', '--json', '--vault', join(FIX, 'clean'), '--today', TODAY]);
      expect(r.code).toBe(0);
      sameJson(r.body, { today: TODAY, problems: [] });
    });

    it('a data.json that is not JSON is a problem; the defaults are used', async () => {
      const dir = copyVault('clean');
      cpSync(join(FIX, 'settings/.obsidian'), join(dir, '.obsidian'), { recursive: true });
      writeFileSync(join(dir, '.obsidian/plugins/reconnect/data.json'), '{ "peopleFolders": [');
      const r = await json(['check', '--json', '--vault', dir, '--today', TODAY]);
      expect(r.code).toBe(1);
      expect((r.body.problems as { path: string; field: null }[]).map((p) => [p.path, p.field])).toEqual([
        ['.obsidian/plugins/reconnect/data.json', null],
      ]);
    });

    it('values in data.json the settings cannot use are problems, each with its key; the defaults are used', async () => {
      const dir = copyVault('clean');
      cpSync(join(FIX, 'settings/.obsidian'), join(dir, '.obsidian'), { recursive: true });
      writeFileSync(
        join(dir, '.obsidian/plugins/reconnect/data.json'),
        JSON.stringify({ followUpWaitDays: 'x', birthdayLeadDays: 0, peopleFolders: 'People', language: 'de', buckets: { client: 'monthly', mentor: 'every blue moon', lapsed: 'none' } }),
      );
      const r = await json(['check', '--json', '--vault', dir, '--today', TODAY]);
      expect(r.code).toBe(1);
      expect(r.body.problems).toEqual([
        { path: '.obsidian/plugins/reconnect/data.json', field: 'followUpWaitDays', message: 'followUpWaitDays "x" is not a whole number of 1 or more; the default, 7, is used until it is fixed.' },
        { path: '.obsidian/plugins/reconnect/data.json', field: 'peopleFolders', message: 'peopleFolders "People" is not a list of texts (["…", "…"]); the default is used until it is fixed.' },
        { path: '.obsidian/plugins/reconnect/data.json', field: 'language', message: 'language "de" is not auto, en or fr; auto is used until it is fixed.' },
        { path: '.obsidian/plugins/reconnect/data.json', field: 'buckets', message: 'the bucket mentor has the cadence "every blue moon", which is not a cadence; write e.g. "monthly", "2 weeks" or "45". People in it are not tracked until it is fixed.' },
      ]);
    });

    it('the human output names the notes, and exits 1', async () => {
      const r = await cli(['check', '--vault', join(FIX, 'check'), '--today', TODAY]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('People/Leo Park.md');
      expect(r.stdout).not.toContain('\x1b[');
    });

    it('a problem\'s line is said once: "line N:" before the message, in the text and in --json', async () => {
      const r = await cli(['check', '--vault', join(FIX, 'check'), '--today', TODAY]);
      expect(r.stdout).toContain("\n  line 5: Log item starts with '2026-02-30', which is not a day; write it as YYYY-MM-DD.\n");
      expect(r.stdout).toContain('\n  line 1: [[Sam]] matches 2 people');
      for (const l of r.stdout.split('\n')) expect(l.match(/\bline \d/g)?.length ?? 0, l).toBeLessThanOrEqual(1);
      const j = await json(['check', '--json', '--vault', join(FIX, 'check'), '--today', TODAY]);
      const messages = (j.body.problems as { path: string; message: string }[]).map((p) => p.message);
      expect(messages).toContain("line 5: Log item starts with '2026-02-30', which is not a day; write it as YYYY-MM-DD.");
      for (const m of messages) expect(m.match(/\bline \d/g)?.length ?? 0, m).toBeLessThanOrEqual(1);
    });
  });

  describe('due, for a person to read', () => {
    it('a table with names, statuses, and the flags in words; no colour when not a terminal', async () => {
      const r = await cli(['due', '--vault', join(FIX, 'due'), '--today', TODAY]);
      expect(r.code).toBe(0);
      for (const name of ['Maya Chen', 'Sam Lee', 'Alex Romero', 'Chloé Martin', 'Émile Roux']) expect(r.stdout).toContain(name);
      expect(r.stdout).not.toContain('Tom');
      expect(r.stdout).toMatch(/consider letting go/);
      expect(r.stdout).not.toContain('\x1b[');
      expect(r.stderr).toBe('');
    });

    it('--help exits 0', async () => {
      const r = await cli(['--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/due/);
    });

    it('COMMAND --help: that command\'s usage and the common options, for every command', async () => {
      for (const command of ['due', 'check', 'log', 'render', 'event', 'review', 'import']) {
        const r = await cli([command, '--help']);
        expect(r.code).toBe(0);
        const lines = r.stdout.split('\n');
        expect(lines[0].startsWith(`Usage: reconnect ${command}`), lines[0]).toBe(true);
        expect(r.stdout).toContain('--vault DIR');
        expect(r.stdout).toContain('Run `reconnect --help` for every command and the exit codes.');
        for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(100);
        for (const other of ['due', 'check', 'log', 'render', 'event', 'review', 'import'].filter((c) => c !== command)) {
          expect(r.stdout).not.toContain(`Usage: reconnect ${other}`);
        }
      }
      expect((await cli(['log', '-h'])).stdout).toMatch(/^Usage: reconnect log --person NAME/);
    });

    it('--version prints the version of the package', async () => {
      const r = await cli(['--version']);
      expect([r.code, r.stdout]).toEqual([0, `reconnect ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`]);
    });

    it("options may come before the command, and an option's value is never the command", async () => {
      const a = await cli(['due', '--json', '--vault', join(FIX, 'due'), '--today', TODAY]);
      const b = await cli(['--vault', join(FIX, 'due'), '--today', TODAY, 'due', '--json']);
      expect(b.stderr).toBe('');
      expect([b.code, b.stdout]).toEqual([0, a.stdout]);
    });
  });

  // "Exit code 2 with a one-line message for a wrong option, a missing vault or an unknown person;
  // never a stack trace."
  describe('exit code 2 and one line', () => {
    it.each([
      ['an unknown option', ['due', '--frobnicate', '--vault', join(FIX, 'clean')], /--frobnicate/],
      ['an option of another command', ['due', '--person', 'Ada', '--vault', join(FIX, 'clean')], /--person/],
      ['a switch given a value', ['due', '--json=yes', '--vault', join(FIX, 'clean')], /--json/],
      ['a missing vault', ['due', '--vault', join(FIX, 'no-such-vault'), '--today', TODAY], /no-such-vault/],
      ['a vault that is a file', ['due', '--vault', join(FIX, 'README.md'), '--today', TODAY], /README\.md/],
      ['an unknown person', ['log', '--person', 'Nobody Here', '--vault', join(FIX, 'clean'), '--today', TODAY], /Nobody Here/],
      ['a person two notes answer to', ['log', '--person', 'Jo', '--vault', join(FIX, 'log'), '--today', TODAY], /Jo/],
      ['log without --person', ['log', '--vault', join(FIX, 'clean'), '--today', TODAY], /--person/],
      ['a malformed --today', ['due', '--today', '25/11/2026', '--vault', join(FIX, 'clean')], /25\/11\/2026/],
      ['an impossible --today', ['due', '--today', '2026-02-30', '--vault', join(FIX, 'clean')], /2026-02-30/],
      ['--today as a date-time', ['check', '--today', '2026-11-25T10:00', '--vault', join(FIX, 'clean')], /--today/],
      ['--today without a value', ['due', '--vault', join(FIX, 'clean'), '--today'], /--today/],
      ['--today twice', ['due', '--today', TODAY, '--today', TODAY, '--vault', join(FIX, 'clean')], /--today/],
      ['an unknown command', ['frobnicate', '--vault', join(FIX, 'clean')], /frobnicate/],
      ['an unknown command with --help', ['frobnicate', '--help'], /frobnicate/],
      ['an extra argument', ['due', 'extra', '--vault', join(FIX, 'clean')], /extra/],
      ['a malformed log --date', ['log', '--person', 'Ada', '--date', '31/12/2026', '--vault', join(FIX, 'clean'), '--today', TODAY], /31\/12\/2026/],
      ['an unknown log --channel', ['log', '--person', 'Ada', '--channel', 'zoom', '--vault', join(FIX, 'clean'), '--today', TODAY], /zoom/],
    ])('%s', async (_n, args, mentions) => {
      expectUsageError(await cli(args), mentions);
    });

    it('a refused log leaves the vault unchanged', async () => {
      const dir = copyVault('clean');
      const before = readFileSync(join(dir, 'People/Ada.md'));
      expectUsageError(await cli(['log', '--person', 'Ada', '--channel', 'zoom', '--vault', dir, '--today', TODAY]));
      expectUsageError(await cli(['log', '--person', 'Ada', '--date', '2026-02-30', '--vault', dir, '--today', TODAY]));
      expect(readFileSync(join(dir, 'People/Ada.md')).equals(before)).toBe(true);
    });
  });

  describe('log', () => {
    // "appends one log line at the end of the list under the person's log heading (a `## Interactions`
    // heading is added at the end of the note when there is none), and sets `last_contact` in place
    // when the new day is later; every other byte of the note stays as it was, line endings (LF or
    // CRLF) and a BOM included"
    async function log(note: string, args: string[]): Promise<{ run: Run; before: Buffer; after: Buffer; dir: string }> {
      const dir = copyVault('log');
      const file = join(dir, 'People', note);
      const before = readFileSync(file);
      const run = await cli(['log', '--vault', dir, '--today', TODAY, ...args]);
      return { run, before, after: readFileSync(file), dir };
    }

    it('the fixtures hold the bytes they claim (CRLF, BOM, no final newline)', async () => {
      expect(readFileSync(join(FIX, 'log/People/Crlf.md'), 'utf8')).toMatch(/^---\r\n(?:[^\n]*\r\n)+$/);
      expect(readFileSync(join(FIX, 'log/People/Bom.md')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(readFileSync(join(FIX, 'log/People/No Heading.md'), 'utf8')).not.toMatch(/\n$/);
    });

    it('LF: after the last item and its nested lines; last_contact moved forward, its comment kept', async () => {
      const r = await log('Maya Chen.md', ['--person', 'Mimi', '--channel', 'call', '--text', 'sent the deck', '--tag', 'awaiting-reply']);
      expect(r.run.code, r.run.stderr).toBe(0);
      expect(r.run.stdout.trim().split('\n')).toHaveLength(1);
      expect(r.after.toString('utf8')).toBe(
        '---\ntype: person\nbucket: connector\nlast_contact: 2026-11-25 # by hand\naliases: [Mimi]\n---\n# Maya Chen\n\n## Interactions\n' +
          '- 2026-09-12 coffee — talked about her move\n- 2026-10-01 call\n  - she starts in January\n' +
          '- 2026-11-25 call: sent the deck #awaiting-reply\n\n## Notes\nLikes chess.\n',
      );
      // and the CLI reads it back
      const due = await json(['due', '--all', '--json', '--vault', r.dir, '--today', TODAY]);
      const maya = (due.body.people as { path: string; lastContact: string; status: string }[]).find((p) => p.path === 'People/Maya Chen.md');
      expect([maya?.lastContact, maya?.status]).toEqual(['2026-11-25', 'ok']);
    });

    it('CRLF: the new line ends in CRLF; a quoted last_contact stays quoted', async () => {
      const r = await log('Crlf.md', ['--person', 'crlf', '--date', '2026-11-20', '--channel', 'email']);
      expect(r.run.code, r.run.stderr).toBe(0);
      expect(r.after.toString('utf8')).toBe(
        '---\r\ncadence: monthly\r\nlast_contact: "2026-11-20"\r\n---\r\n## Log\r\n- 2026-10-01 call\r\n- 2026-11-20 email\r\n\r\n## Notes\r\nWritten on Windows.\r\n',
      );
    });

    it('BOM: kept; the numbered list goes on; a missing last_contact is added', async () => {
      const r = await log('Bom.md', ['--person', 'People/Bom.md', '--text', 'pris un verre']);
      expect(r.run.code, r.run.stderr).toBe(0);
      expect(r.after.toString('utf8')).toBe(
        '\ufeff---\ncadence: monthly\nlast_contact: 2026-11-25\n---\n## Journal\n1. 2026-10-01 appel\n2. 2026-10-15 café\n3. 2026-11-25 pris un verre\n',
      );
      expect(r.after.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    });

    it('no heading: ## Interactions added at the end; a later last_contact is left alone', async () => {
      const r = await log('No Heading.md', ['--person', 'No Heading', '--channel', 'call']);
      expect(r.run.code, r.run.stderr).toBe(0);
      expect(r.after.toString('utf8')).toBe(
        '---\ncadence: monthly\nlast_contact: 2026-12-01\n---\nJust some notes, no log, no final newline.\n\n## Interactions\n\n- 2026-11-25 call',
      );
    });

    it('no frontmatter: last_contact is set in a new block, the rest kept', async () => {
      const r = await log('Plain.md', ['--person', 'plain', '--channel', 'coffee']);
      expect(r.run.code, r.run.stderr).toBe(0);
      expect(r.after.toString('utf8')).toBe('---\nlast_contact: 2026-11-25\n---\nNo frontmatter at all.\n\n## Interactions\n\n- 2026-11-25 coffee\n');
    });

    it('an earlier day: the line is added, last_contact stays', async () => {
      const r = await log('Maya Chen.md', ['--person', 'Maya Chen', '--date', '2026-09-01', '--channel', 'email']);
      expect(r.run.code, r.run.stderr).toBe(0);
      const text = r.after.toString('utf8');
      expect(text).toContain('last_contact: 2026-10-01 # by hand\n');
      expect(text).toContain('  - she starts in January\n- 2026-09-01 email\n\n## Notes');
    });

    it("--person resolves as a link does: a file name before another person's alias", async () => {
      const dir = mkdtempSync(join(tmpdir(), 'reconnect-person-'));
      cpSync(join(FIX, 'log'), dir, { recursive: true });
      writeFileSync(join(dir, 'People/Jo.md'), '---\ntype: person\n---\n');
      const r = await cli(['log', '--person', 'Jo', '--vault', dir, '--today', TODAY]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(readFileSync(join(dir, 'People/Jo.md'), 'utf8')).toBe('---\ntype: person\nlast_contact: 2026-11-25\n---\n\n## Interactions\n\n- 2026-11-25\n');
      expect(readFileSync(join(dir, 'People/Jo A.md'), 'utf8')).toBe(readFileSync(join(FIX, 'log/People/Jo A.md'), 'utf8'));
      // The end of a path, or the file name with .md, as a link may be written.
      for (const person of ['people/jo', 'Jo.md', '[[People/Jo]]']) {
        const again = await cli(['log', '--person', person, '--vault', dir, '--today', TODAY, '--date', '2026-11-20']);
        expect([again.code, again.stderr], person).toEqual([0, '']);
      }
      expect(readFileSync(join(dir, 'People/Jo.md'), 'utf8').match(/- 2026-11-20\n/g)).toHaveLength(3);
    });

    it('a text that starts with a channel word and no --channel: written as asked, with a note on stderr', async () => {
      const r = await log('Plain.md', ['--person', 'Plain', '--text', 'call me back later']);
      expect(r.run.code).toBe(0);
      expect(r.after.toString('utf8')).toContain('- 2026-11-25 call me back later\n');
      expect(r.run.stderr).toBe(`Note: the text starts with 'call', which reads as the channel (call); pass --channel to say how you were in touch, e.g. --channel email --text "call me back later".\n`);
      const withChannel = await log('Plain.md', ['--person', 'Plain', '--channel', 'email', '--text', 'call me back later']);
      expect(withChannel.run.stderr).toBe('');
      // Only where the line reads back with that channel (§4: a word followed by a space, `:`, `-`…).
      const possessive = await log('Plain.md', ['--person', 'Plain', '--text', "Email's subject line"]);
      expect(possessive.run.stderr).toBe('');
    });

    it('-h as the value of --text is text, not a request for help', async () => {
      const r = await log('Plain.md', ['--person', 'Plain', '--text', '-h']);
      expect(r.run.code, r.run.stderr).toBe(0);
      expect(r.after.toString('utf8')).toContain('- 2026-11-25 -h\n');
    });

    it('a planned day (after today): the line is added, last_contact stays, the person is scheduled', async () => {
      const r = await log('Maya Chen.md', ['--person', '[[Maya Chen]]', '--date', '2026-12-03', '--channel', 'lunch']);
      expect(r.run.code, r.run.stderr).toBe(0);
      expect(r.run.stdout).toBe('Logged "2026-12-03 lunch" in People/Maya Chen.md: 2026-12-03 is after today, so it is a planned contact (the person shows as scheduled until then) and last_contact stays as it is; it counts as a contact from that day.\n');
      expect(r.after.toString('utf8')).toBe(r.before.toString('utf8').replace('  - she starts in January\n', '  - she starts in January\n- 2026-12-03 lunch\n'));
      const due = await json(['due', '--all', '--json', '--vault', r.dir, '--today', TODAY]);
      expect((due.body.people as { path: string; status: string }[]).find((p) => p.path === 'People/Maya Chen.md')?.status).toBe('scheduled');
    });

    it('only the named note changes', async () => {
      const r = await log('Maya Chen.md', ['--person', 'Maya Chen']);
      const walk = (d: string): string[] =>
        readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
      for (const f of walk(r.dir)) {
        if (f.endsWith('Maya Chen.md')) continue;
        expect(readFileSync(f).equals(readFileSync(join(FIX, 'log', f.slice(r.dir.length + 1)))), f).toBe(true);
      }
    });

    it('a frontmatter block that does not parse: the line is added, the block keeps its bytes, and the CLI says why', async () => {
      const dir = copyVault('log');
      const file = join(dir, 'People/Sam Keller.md');
      const before = '---\ntype: person\nrole: "Head of Partnerships\nmet: 2026-09-03\n---\n# Sam Keller\n\n## Interactions\n- 2026-09-03 video — intro call\n';
      writeFileSync(file, before);
      const r = await cli(['log', '--vault', dir, '--today', TODAY, '--person', 'People/Sam Keller.md', '--channel', 'call']);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(`${before}- 2026-11-25 call\n`);
      expect(r.stdout).toMatch(/^Logged "2026-11-25 call" in People\/Sam Keller\.md\n$/);
      const why = r.stderr.split('\n').filter((l) => /last_contact/.test(l));
      expect(why).toEqual([
        'Logged, but last_contact was not updated: the frontmatter of People/Sam Keller.md does not parse; fix it and the log line still counts.',
      ]);
    });

    // "a note that cannot be written (read-only) → a clear error, the note unchanged" (issue 3).
    // Root ignores file modes, so as root the CLI runs as `nobody` (uid 65534) on a read-only copy.
    const isRoot = process.getuid?.() === 0;
    it.skipIf(process.platform === 'win32')('a read-only note: a clear one-line error, the note unchanged', async () => {
      const dir = copyVault('log');
      const chmodAll = (d: string): void => {
        chmodSync(d, 0o755);
        for (const f of readdirSync(d)) {
          const p = join(d, f);
          if (statSync(p).isDirectory()) chmodAll(p);
          else chmodSync(p, 0o644);
        }
      };
      chmodAll(dir);
      const file = join(dir, 'People/Maya Chen.md');
      chmodSync(file, 0o444);
      const before = readFileSync(file);
      const asUser = isRoot ? { uid: 65534, gid: 65534 } : {};
      const r = await cli(['log', '--vault', dir, '--today', TODAY, '--person', 'Maya Chen', '--channel', 'call'], asUser);
      expect(r.code, r.stderr).not.toBe(0);
      expect(r.code).not.toBe(3); // not an "unexpected error"
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/People\/Maya Chen\.md/);
      expect(lines[0]).toMatch(/permission|read-only/i);
      expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
      expect(readFileSync(file).equals(before)).toBe(true);
    });
  });
});
