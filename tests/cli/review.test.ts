// `reconnect review` on a copy of the demo vault: the text, the JSON, the note it writes by default
// (never over another), and --dry-run that writes nothing.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';

const DEMO = join(__dirname, '../../examples/vault');
const TODAY = '2026-11-25';
let vault = '';

beforeEach(() => {
  vault = mkdtempSync(join(tmpdir(), 'reconnect-review-'));
  cpSync(DEMO, vault, { recursive: true, filter: (src) => !src.includes('/plugins') });
});

function cli(args: string[], env: Record<string, string> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run([...args, '--vault', vault, '--today', TODAY], { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n'), isTty: false, env, cwd: process.cwd() });
  return { code, out, err };
}

interface ReviewJson {
  today: string;
  lastReview: string | null;
  noCadence: { name: string; path: string }[];
  notContactedInAYear: { name: string; path: string }[];
  letGo: { name: string; path: string }[];
  unresolvedMentions: { name: string; dailyNotes: number }[];
  commitment: { bucket: string | null; people: number; contactsPerMonth: number }[];
  totalPerMonth: number;
  favorImbalance: { person: { name: string; path: string }; ledger: { asked: number; given: number; balance: number } }[];
  events: { attended: number; followUpsWithinTwoDays: number; newPeople: number };
  introductions: { a: { name: string; path: string }; b: { name: string; path: string }; reason: string; shared: string[] }[];
  written: string | null;
}

describe('reconnect review', () => {
  it('--json: the review of the demo vault (examples/EXPECTED.md §6), people as {name, path}', () => {
    const r = cli(['review', '--json', '--dry-run']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as ReviewJson;
    expect(j.today).toBe(TODAY);
    expect(j.lastReview).toBeNull();
    expect(j.noCadence).toEqual([{ name: 'Marcus Bell', path: 'People/Marcus Bell.md' }, { name: 'Sam Keller', path: 'People/Sam Keller.md' }]);
    expect(j.notContactedInAYear).toEqual([{ name: 'Marcus Bell', path: 'People/Marcus Bell.md', lastContact: '2025-04-08', met: null }]);
    expect(j.letGo.map((p) => p.name)).toEqual(['Hannah Brooks']);
    expect(j.unresolvedMentions).toEqual([{ name: 'Hugo Lambert', dailyNotes: 3 }]);
    expect(j.favorImbalance).toEqual([{ person: { name: 'Daniel Okafor', path: 'People/Daniel Okafor.md' }, ledger: { asked: 2, given: 0, lastAsked: '2026-10-30', lastGiven: null, balance: -2 } }]);
    expect(j.introductions.map((s) => [s.a.name, s.b.name, s.reason])).toEqual([
      ['Omar Shaikh', 'Camille Rousseau', 'both tagged #lyon'],
      ['Daniel Okafor', 'Julien Moreau', 'both into jazz'],
    ]);
    expect(j.commitment.find((c) => c.bucket === 'friend')).toEqual({ bucket: 'friend', people: 1, contactsPerMonth: 4.3 });
    expect(j.totalPerMonth).toBe(14.6);
    expect(j.events).toEqual({ attended: 0, followUpsWithinTwoDays: 0, newPeople: 0 });
    expect(j.written).toBeNull();
    expect(Object.keys(j).at(-1)).toBe('written');
  });

  it('--json writes the note too, and says where', () => {
    const j = JSON.parse(cli(['review', '--json']).out) as ReviewJson;
    expect(j.written).toBe('Reviews/2026-11-25 Network review.md');
    expect(j.lastReview).toBeNull(); // the review that was just written is not the last one
    expect(existsSync(join(vault, 'Reviews/2026-11-25 Network review.md'))).toBe(true);
  });

  it('text: every section with its count', () => {
    const r = cli(['review', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Network review · ${TODAY} · `);
    expect(r.out).toContain('Last review: never.');
    for (const line of ['No cadence or bucket (2)', 'Not contacted in over a year (1)\n  Marcus Bell — last contact 2025-04-08', 'Let go? (1)', 'Mentioned often, no note yet (1)', 'Asking more than giving (1)', 'Introductions to make (2)']) {
      expect(r.out).toContain(line);
    }
    expect(r.out).toContain('  Hugo Lambert — in 3 daily notes');
    expect(r.out).toContain('  In all, 14.6 contacts a month: still right for you?');
  });

  it('French', () => {
    const r = cli(['review'], { LANG: 'fr_FR.UTF-8' });
    expect(r.out).toContain('Sans rythme ni groupe (2)');
    expect(r.out).toContain('Écrit : Reviews/2026-11-25 Network review.md');
    expect(cli(['review', '--dry-run'], { LANG: 'fr_FR.UTF-8' }).out).toContain("Rien n'a été écrit (--dry-run)");
    expect(r.out).toContain('En tout, 14,6 contacts par mois');
  });

  it('by default: the note in Reviews/, then a second one beside it, never over it; the review knows it was done', () => {
    const first = cli(['review']);
    expect(first.code).toBe(0);
    expect(first.out.trim().split('\n').at(-1)).toBe('Wrote Reviews/2026-11-25 Network review.md');
    const text = readFileSync(join(vault, 'Reviews/2026-11-25 Network review.md'), 'utf8');
    expect(text.startsWith('---\ntype: review\ndate: 2026-11-25\n---\n')).toBe(true);
    expect(text).toContain('- [ ] [[People/Marcus Bell|Marcus Bell]]');
    expect(text).toContain('- [ ] [[Hugo Lambert]] — in 3 daily notes');

    expect(first.err).toBe('');
    const run2 = cli(['review', '--json']);
    expect(run2.err.trim()).toBe('Warning: Reviews/2026-11-25 Network review.md exists already (a review on 2026-11-25); writing another one, Reviews/2026-11-25 Network review 2.md. Use --dry-run to only print it.');
    const second = JSON.parse(run2.out) as ReviewJson;
    expect(second.written).toBe('Reviews/2026-11-25 Network review 2.md');
    expect(second.lastReview).toBe(TODAY);
    expect(readFileSync(join(vault, 'Reviews/2026-11-25 Network review.md'), 'utf8')).toBe(text);
    expect(readdirSync(join(vault, 'Reviews')).sort()).toEqual(['2026-11-25 Network review 2.md', '2026-11-25 Network review.md']);
  });

  it('--write, once needed, is still accepted: it is the default', () => {
    const r = cli(['review', '--write']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Wrote Reviews/2026-11-25 Network review.md');
    expect(existsSync(join(vault, 'Reviews/2026-11-25 Network review.md'))).toBe(true);
  });

  it('the review note changes neither due nor check', () => {
    const due = cli(['due', '--all', '--json']).out;
    const check = cli(['check', '--json']).out;
    cli(['review']);
    expect(cli(['due', '--all', '--json']).out).toBe(due);
    expect(cli(['check', '--json']).out).toBe(check);
  });

  it('--dry-run writes nothing (text or JSON); otherwise the note goes in the reviews folder of the settings', () => {
    const dry = cli(['review', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Nothing was written (--dry-run).');
    expect(dry.out).not.toContain('Wrote');
    expect((JSON.parse(cli(['review', '--dry-run', '--json']).out) as ReviewJson).written).toBeNull();
    expect(existsSync(join(vault, 'Reviews'))).toBe(false);
    mkdirSync(join(vault, '.obsidian/plugins/reconnect'), { recursive: true });
    writeFileSync(join(vault, '.obsidian/plugins/reconnect/data.json'), JSON.stringify({ reviewsFolder: 'Admin/Reviews' }));
    expect(cli(['review']).out).toContain('Wrote Admin/Reviews/2026-11-25 Network review.md');
    expect(existsSync(join(vault, 'Admin/Reviews/2026-11-25 Network review.md'))).toBe(true);
  });

  it('a wrong option: exit code 2, one line', () => {
    const r = cli(['review', '--all']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
