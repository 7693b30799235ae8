/**
 * Property tests (fast-check): the parsers never throw, and the writes change only what they must
 * on random notes — CRLF, LF or a mix per file, a BOM or not, odd YAML, no frontmatter, no log
 * heading, no trailing newline, logs with nested lists and fenced blocks.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCadence, cadencePhrase } from '../../src/core/cadence';
import { readNoteContent } from '../../src/core/note';
import { appendLogLine, frontmatterParses, logContact, setFrontmatterValue, type LogLine } from '../../src/core/writes';
import { parseDay } from '../../src/core/dates';
import { CHANNEL_WORDS } from '../../src/core/channels';
import { makeContext, makeVault, parseYamlStrings, PARSERS } from '../helpers/vault';
import { parseYamlWithGrayMatter } from '../../src/cli/loadVault';

const RUNS = { numRuns: 300 };
const TODAY = '2026-11-25';
const HEADINGS = ['Interactions', 'Log', 'Journal', 'Échanges', 'Historique'];
const TOKEN = 'zqxjentry';

describe('properties: the parsers never throw', () => {
  it('parseCadence never throws, on anything', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.bigInt()), (v) => {
        const c = parseCadence(v);
        expect(['cadence', 'none', 'invalid']).toContain(c.kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseCadence reads every spelling of "N unit" the grammar allows (§2)', () => {
    const units: [string, string][] = [
      ['d', 'day'], ['day', 'day'], ['days', 'day'], ['j', 'day'], ['jour', 'day'], ['jours', 'day'],
      ['w', 'week'], ['week', 'week'], ['weeks', 'week'], ['sem', 'week'], ['semaine', 'week'], ['semaines', 'week'],
      ['m', 'month'], ['mo', 'month'], ['month', 'month'], ['months', 'month'], ['mois', 'month'],
      ['y', 'year'], ['year', 'year'], ['years', 'year'], ['an', 'year'], ['ans', 'year'], ['année', 'year'], ['années', 'year'],
    ];
    const space = fc.constantFrom('', ' ', '  ', '\t');
    const caseOf = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s[0].toUpperCase() + s.slice(1));
    fc.assert(
      fc.property(
        fc.constantFrom('', 'every', 'tous les', 'toutes les'), fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
        fc.constantFrom(...units), space, space, space, caseOf,
        (prefix, n, [unit, canonical], s1, s2, s3, cased) => {
          const written = cased(`${s1}${prefix}${prefix ? s2 : ''}${n ?? ''}${s3}${unit}${s1}`);
          const c = parseCadence(written);
          const count = n ?? 1;
          expect(c.kind === 'cadence' ? cadencePhrase(c.cadence) : c.kind, written).toBe(`${count} ${canonical}${count === 1 ? '' : 's'}`);
        },
      ),
      RUNS,
    );
  });

  it('parseDay never throws, and a day it returns is a real YYYY-MM-DD day', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.date({ noInvalidDate: false })), (v) => {
        const d = parseDay(v);
        if (d !== null) {
          expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(parseDay(d)).toBe(d);
        }
      }),
      { numRuns: 2000 },
    );
  });

  const mdPiece = fc.constantFrom(
    '---', '\n', '\r\n', '\r', '- ', '* ', '1. ', '[[', ']]', '|', '#', '## Log', '## Interactions', '# ', '`', '```', '~~~', '%%', '<!--',
    '-->', '> ', '> [!note]', '![[', '[ ] ', '[x] ', '[-] ', '2026-02-30', '2026-11-01', 'T10:00', ' call', ' café', '#favor/asked',
    '#awaiting-reply', 'Maya Chen', '\t', '    ', '\ufeff', 'type: person', 'type: meeting', 'date: ', 'with: ', 'cadence: ', ': ', '"',
    "'", '{', '}', '[', ']', 'é', '\u0000', '{{title}}',
  );
  const noteText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(mdPiece, { maxLength: 60 }).map((a) => a.join('')));

  it.each(PARSERS)('readNoteContent never throws on arbitrary text (%s)', (_l, parseYaml) => {
    const ctx = makeContext({ parseYaml });
    fc.assert(
      fc.property(noteText, (text) => {
        const c = readNoteContent(text, ctx);
        expect(Array.isArray(c.problems)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('a whole vault of arbitrary notes never throws, from index to due list and problems', () => {
    const path = fc.constantFrom('People/A.md', 'People/B.md', '2026-11-01.md', 'Meetings/M.md', 'Notes/N.md', 'Templates/T.md', 'Daily/2026-11-20.md');
    fc.assert(
      fc.property(fc.array(fc.tuple(path, noteText), { maxLength: 6 }), (notes) => {
        const v = makeVault(Object.fromEntries(notes));
        v.everyone(TODAY);
        v.dueList(TODAY);
        v.problems(TODAY);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Random notes for the writes.

type Eol = '\n' | '\r\n';

interface RandomNote {
  bom: boolean;
  /** LF, CRLF, or a random one per line. */
  eol: 'lf' | 'crlf' | 'mixed';
  eols: boolean[];
  /** Frontmatter lines, or null for none. */
  fm: string[] | null;
  /** The `last_contact` line as written and the day it holds ('' for none, null when unreadable). */
  lastContact: { line: string; day: string | null } | null;
  body: string[];
  hasLog: boolean;
  trailingNewline: boolean;
}

const fmLine = fc.constantFrom(
  'name: Maya Chen', 'cadence: monthly', '# a comment', 'bucket: "connector" # trailing comment', 'aliases: [Mimi, "M. C."]',
  "tags: [person, 'people/work']", 'met: 2026-03-04', 'interests:\n  - chess\n  - "go"', "note: 'it''s fine'", 'empty:',
  'flow: {a: 1, b: [2, 3]}', 'multi: |\n  line one\n  last_contact: not a key', 'ville: Montréal', 'status: active',
  'url: "https://example.com/#x"', 'folded: >\n  folded\n  text', 'company: Acme # "quoted" comment', 'with: [[Leo Park]]',
);
const lastContactLine = fc.constantFrom<{ line: string; day: string | null } | null>(
  null,
  { line: 'last_contact: 2026-10-01', day: '2026-10-01' },
  { line: 'last_contact: "2026-10-01" # by hand', day: '2026-10-01' },
  { line: "last_contact: '2026-11-30'", day: '2026-11-30' },
  { line: 'last_contact: 2026-11-25', day: '2026-11-25' },
  { line: 'last_contact:', day: '' },
  { line: 'last_contact: 31/12/2026', day: null },
  { line: 'last_contact:   2026-01-01T10:00   ', day: '2026-01-01' },
  { line: '"last_contact": 2026-10-01', day: '2026-10-01' },
  { line: "'last_contact': '2026-09-01' # quoted key", day: '2026-09-01' },
);
const bodyBlock = fc.constantFrom(
  '# Maya Chen', 'Met at a conference.', 'Some **bold** text and a [[Leo Park]] link #news', '- a list\n- of things\n  - nested',
  '```\n## Log\n- 2026-01-01 not a log\n```', '> [!note]\n> ## Log inside a callout', '%% a comment %%', '| a | b |\n| - | - |\n| 1 | 2 |',
  '', '## Notes\nNothing here.', '1. first\n2. second', '~~~\ncode\n\n~~~', '%%\n## Log\n- 2026-01-01 hidden\n%%',
  '<!--\n## Interactions\n-->',
  '    ## Log in an indented code block',
);
const logHeading = fc.constantFrom('## Interactions', '### Log', '# Journal', '## échanges', '#### HISTORIQUE', '## Log ##');
const logItem = fc.tuple(
  fc.constantFrom('- ', '* ', '+ ', '1. ', '- [ ] ', '- [x] '),
  fc.constantFrom('2026-10-01 call', '[[2026-09-12]] coffee — her move #favor/asked', '2026-08-01 call #awaiting-reply', 'free text', '2026-02-30 bad'),
  fc.constantFrom('', '\n  - nested note', '\n    1. deeper', '\n  ```\n  code\n\n  more\n  ```', '\n\n  continued paragraph', '\n  > quoted'),
).map(([m, t, n]) => `${m}${t}${n}`);
const logSection = fc.tuple(
  logHeading,
  fc.constantFrom('', '\n    - 2026-01-01 an indented code block'),
  fc.array(logItem, { maxLength: 5 }),
  fc.constantFrom('', '\n', '\n\n'),
  fc.constantFrom('', '#### 2025\n- 2025-06-01 call', '##### Sub\nText under it', '%%\n- 2025-01-01 commented out\n%%', '<!-- - 2025-02-01 hidden -->'),
  fc.constantFrom('', '## Notes\nAfter the log.', '# Other\n- 2026-07-01 not in the log'),
).map(([h, code, items, gap, sub, after]) => [h + code, ...items, ...(sub ? [sub] : []), gap, ...(after ? [after] : [])].join('\n'));

const randomNote: fc.Arbitrary<RandomNote> = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom<'lf' | 'crlf' | 'mixed'>('lf', 'crlf', 'mixed'),
    eols: fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
    fm: fc.option(fc.array(fmLine, { maxLength: 6 }), { nil: null }),
    lastContact: lastContactLine,
    lastContactAt: fc.nat(),
    before: fc.array(bodyBlock, { maxLength: 4 }),
    log: fc.option(logSection, { nil: null }),
    after: fc.array(bodyBlock, { maxLength: 2 }),
    trailingNewline: fc.boolean(),
  })
  .map((r) => {
    let fm: string[] | null = r.fm;
    let lastContact = r.lastContact;
    if (fm === null) lastContact = null;
    else if (lastContact !== null) {
      fm = [...fm];
      fm.splice(r.lastContactAt % (fm.length + 1), 0, lastContact.line);
    }
    const body = [...r.before, ...(r.log !== null ? [r.log] : []), ...(r.log !== null ? r.after.filter((b) => !/^#{1,6} /.test(b)) : r.after)];
    return { bom: r.bom, eol: r.eol, eols: r.eols, fm, lastContact, body, hasLog: r.log !== null, trailingNewline: r.trailingNewline };
  });

function render(n: RandomNote): { text: string; eol: Eol } {
  const lines = [...(n.fm !== null ? ['---', ...n.fm, '---'] : []), ...n.body].join('\n').split('\n');
  let text = n.bom ? '\ufeff' : '';
  let first: Eol | null = null;
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    const eol: Eol = n.eol === 'lf' ? '\n' : n.eol === 'crlf' ? '\r\n' : n.eols[i % n.eols.length] ? '\r\n' : '\n';
    if (!last || n.trailingNewline) {
      first ??= eol;
      text += line + eol;
    } else text += line;
  });
  return { text, eol: first ?? '\n' };
}

/** Lines with their endings: the bytes of `text`, cut after each `\n`. */
function segments(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * Takes the one line holding TOKEN out of `out`. When that line was the last one and had no line
 * ending, the line ending it gave the line before is taken too.
 */
function withoutEntry(out: string): { rest: string; line: string } {
  const segs = segments(out);
  const idx = segs.findIndex((s) => s.includes(TOKEN));
  expect(idx, 'the new line is in the note').toBeGreaterThanOrEqual(0);
  expect(segs.filter((s) => s.includes(TOKEN)), 'exactly one new line').toHaveLength(1);
  const line = segs[idx];
  segs.splice(idx, 1);
  if (idx === segs.length && !/\n$/.test(line) && idx > 0) segs[idx - 1] = segs[idx - 1].replace(/\r?\n$/, '');
  return { rest: segs.join(''), line };
}

/** The lines of `a` and `b` between their common first and last lines. */
function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
  // a BOM stays a BOM, in front of whatever comes first
  expect(b.startsWith('\ufeff')).toBe(a.startsWith('\ufeff'));
  const x = segments(a.replace(/^\ufeff/, ''));
  const y = segments(b.replace(/^\ufeff/, ''));
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  let s = 0;
  while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
  return { removed: x.slice(p, x.length - s), added: y.slice(p, y.length - s) };
}

const entryArb: fc.Arbitrary<LogLine> = fc.record({
  day: fc.constantFrom('2026-11-25', '2026-11-24', '2026-09-30', '2026-12-02', '2026-10-01'),
  channel: fc.constantFrom(null, ...CHANNEL_WORDS),
  text: fc.constantFrom(TOKEN, `${TOKEN} talked about the launch`, `${TOKEN}: re — v2`),
  tags: fc.subarray(['awaiting-reply', 'favor/asked', 'news']),
});

/** The note read through the index: the entry the write added, if it is there. */
function readBack(text: string) {
  const v = makeVault({ 'People/Maya Chen.md': text });
  return v.index.interactionsOf('People/Maya Chen.md').find((c) => c.text.includes(TOKEN) && c.kind === 'log') ?? null;
}

describe('properties: a write changes only what it must', () => {
  it('appendLogLine: the result minus the inserted line is the input, byte for byte', () => {
    fc.assert(
      fc.property(randomNote, entryArb, (n, entry) => {
        const { text, eol } = render(n);
        const out = appendLogLine(text, entry, HEADINGS);
        const { rest, line } = withoutEntry(out);
        // the new line ends like the file's lines (or not at all, as the last line of a file without one)
        expect(['', eol]).toContain(line.match(/\r?\n$/)?.[0] ?? '');
        if (n.hasLog) {
          expect(rest).toBe(text);
        } else {
          // "a `## Interactions` heading is added at the end of the note when there is none"
          const bare = n.bom ? text.slice(1) : text;
          const base = bare === '' || /\n$/.test(bare) ? text : text + eol;
          expect(rest.startsWith(base)).toBe(true);
          expect(rest.slice(base.length).split(/\r?\n/).filter((s) => s !== '')).toEqual(['## Interactions']);
        }
        // a second read through the index finds the new entry
        const got = readBack(out);
        expect(got, out).not.toBeNull();
        expect(got?.day).toBe(entry.day);
        expect(got?.channel).toBe(entry.channel ?? 'other');
        expect(got?.tags).toEqual(entry.tags);
      }),
      RUNS,
    );
  });

  it('logContact: besides the log line, only last_contact changes, and only to a later day up to today', () => {
    fc.assert(
      fc.property(randomNote, entryArb, (n, entry) => {
        const { text } = render(n);
        const { text: out, lastContactSkipped } = logContact(text, entry, { logHeadings: HEADINGS, lastContactKey: 'last_contact', today: TODAY, parseYaml: parseYamlWithGrayMatter });
        const { rest } = withoutEntry(out);
        // A block that does not parse (a key written twice) is left as it is, and the caller is told.
        const parses = frontmatterParses(text, parseYamlWithGrayMatter);
        // Without a log heading, the heading block added at the end is checked by the property above.
        const trim = (t: string) => (n.hasLog ? t : t.replace(/(\r?\n)*## Interactions(\r?\n)*$/, '').replace(/(\r?\n)*$/, ''));
        const before = trim(text);
        const after = trim(rest);
        const current = n.lastContact?.day;
        const dayCalls = entry.day <= TODAY && current !== null && (current === undefined || current === '' || entry.day > current);
        expect(lastContactSkipped).toBe(dayCalls && !parses ? 'frontmatter' : null);
        if (!dayCalls || !parses) {
          expect(after).toBe(before);
          return;
        }
        const { removed, added } = lineDiff(before, after);
        if (n.fm === null) {
          // no frontmatter: a block at the top, after the BOM
          expect(removed).toEqual([]);
          expect(added.map((x) => x.replace(/\r?\n$/, ''))).toEqual(['---', `last_contact: ${entry.day}`, '---']);
          expect(after.startsWith(`${n.bom ? '\ufeff' : ''}---`)).toBe(true);
        } else if (current === undefined) {
          // no key: one line added
          expect(removed).toEqual([]);
          expect(added.map((x) => x.replace(/\r?\n$/, ''))).toEqual([`last_contact: ${entry.day}`]);
        } else {
          // in place: the same line, its quotes and comment kept
          const old = n.lastContact?.line ?? '';
          expect(removed.map((x) => x.replace(/\r?\n$/, ''))).toEqual([old]);
          expect(added).toHaveLength(1);
          const m = /^(?:last_contact|"last_contact"|'last_contact'):\s*(["']?)(\d{4}-\d{2}-\d{2})\1(\s+#.*)?\r?\n?$/.exec(added[0]);
          expect(m, added[0]).not.toBeNull();
          expect(m?.[2]).toBe(entry.day);
          expect(m?.[1]).toBe(/:\s*(["'])/.exec(old)?.[1] ?? '');
          expect(added[0].split(':')[0]).toBe(old.split(':')[0]);
          expect(m?.[3]?.trim()).toBe(/\s(#.*)$/.exec(old)?.[1]?.trim());
        }
        // read back: the contact counts (other log items may be later)
        const v = makeVault({ 'People/Maya Chen.md': out });
        const p = v.person('People/Maya Chen.md', TODAY);
        expect(p.contacts.some((c) => c.text.includes(TOKEN) && c.day === entry.day)).toBe(true);
        expect(p.lastContact !== null && p.lastContact >= entry.day).toBe(true);
      }),
      RUNS,
    );
  });

  it('logContact on a frontmatter block that does not parse: only the log line is added, the block keeps its bytes', () => {
    const broken = fc.constantFrom('role: "Head of Partnerships', "note: 'unclosed", 'flow: {a: 1', 'list: [1, 2', '  bad: indent', 'key: value: more: [');
    fc.assert(
      fc.property(randomNote, broken, fc.nat(), entryArb, (n0, bad, at, entry) => {
        const fm = [...(n0.fm ?? [])];
        fm.splice(at % (fm.length + 1), 0, bad);
        const n = { ...n0, fm };
        const { text } = render(n);
        for (const [, parseYaml] of PARSERS) {
          if (frontmatterParses(text, parseYaml)) continue;
          const out = logContact(text, entry, { logHeadings: HEADINGS, lastContactKey: 'last_contact', today: TODAY, parseYaml });
          expect(out.text).toBe(appendLogLine(text, entry, HEADINGS));
          const { rest } = withoutEntry(out.text);
          if (n.hasLog) expect(rest).toBe(text);
          else expect(rest.startsWith(text.replace(/\r?\n$/, ''))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('setFrontmatterValue: every other line stays, and the YAML reads the same but for that key', () => {
    fc.assert(
      fc.property(randomNote, fc.constantFrom('last_contact', 'snooze_until', 'status', 'name'), fc.constantFrom('2026-12-15', 'paused', 'Maya Chen'), (n, key, value) => {
        const { text } = render(n);
        const out = setFrontmatterValue(text, key, value);
        const { removed, added } = lineDiff(text, out);
        // at most one line replaced, or one line added, or a three-line block added at the top
        expect(removed.length).toBeLessThanOrEqual(1);
        expect(added.length).toBeLessThanOrEqual(n.fm === null ? 3 : 1);
        const fmOf = (t: string) => {
          const lines = t.replace(/^\ufeff/, '').split(/\r?\n/);
          const close = lines.indexOf('---', 1);
          return lines[0] === '---' && close > 0 ? lines.slice(1, close).join('\n') : '';
        };
        let before: Record<string, unknown> | null = null;
        try {
          before = (parseYamlStrings(fmOf(text)) ?? {}) as Record<string, unknown>;
        } catch {
          before = null;
        }
        if (before !== null) {
          const after = (parseYamlStrings(fmOf(out)) ?? {}) as Record<string, unknown>;
          expect(after[key]).toBe(value);
          expect({ ...after, [key]: undefined }).toEqual({ ...before, [key]: undefined });
          // and the CLI's reader agrees
          const cli = parseYamlWithGrayMatter(fmOf(out)) as Record<string, unknown>;
          expect(parseDay(cli[key]) ?? cli[key]).toBe(value);
        }
      }),
      RUNS,
    );
  });
});
