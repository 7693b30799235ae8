/**
 * The hot paths read text by hand where the first version used regexes. These properties hold the
 * hand-written readers to the regex grammar they replace (kept here as the reference), on random
 * text made of the characters that matter: days, separators, channel words, tags, links, every
 * kind of `\s`, letters beyond ASCII, surrogates.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, parseLogContent, type LogItemParse } from '../../src/core/logItem';
import { linkTarget, readableLine, tagsIn } from '../../src/core/markdown';
import { addDays, diffDays, makeDay, parseDay } from '../../src/core/dates';
import { channelOf } from '../../src/core/channels';
import { compileDailyFormat, type DailyFormat } from '../../src/core/dailyFormat';
import type { Channel, Day } from '../../src/core/types';

// ---- the reference: the regex versions

const TAG_TEXT = /(?:^|\s)#[\p{L}\p{N}_\-/]+/gu;

function refCleanText(s: string): string {
  return s.replace(TAG_TEXT, ' ').replace(/\s+/g, ' ').trim();
}

function refLinkTarget(inner: string): string {
  const noAlias = inner.split('|')[0].replace(/\\$/, '');
  return noAlias.split('#')[0].trim();
}

function refReadableLine(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/!?\[\[([^[\]]+?)\]\]/g, (_m, inner: string) => {
      const [target, alias] = inner.split('|');
      return (alias ?? target.split('#')[0].split('/').pop() ?? '').trim();
    })
    .replace(TAG_TEXT, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function refTagsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s(,;])#([\p{L}\p{N}_\-/]+)/gu)) {
    const tag = m[1].replace(/\/+$/, '').toLowerCase();
    if (tag !== '' && !/^[\d/]+$/.test(tag)) out.push(tag);
  }
  return out;
}

const DAY_TOKEN = /^(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)(?=$|[\s:,;—–-])/;
const DAY_LINK = /^\[\[([^[\]]+?)\]\]/;
const SEPARATOR = /^\s*[:—–-]?\s*/;
const FIRST_WORD = /^([\p{L}]+)(?=$|[\s:,;—–-])/u;

function refParseLogContent(content: string, daily: DailyFormat): LogItemParse {
  const text = content.trim();
  let day: Day | null = null;
  let rest = '';
  const d = DAY_TOKEN.exec(text);
  if (d) {
    day = parseDay(d[1]);
    if (day === null) return { kind: 'bad-day', written: d[1] };
    rest = text.slice(d[0].length);
  } else if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const written = text.slice(0, 10);
    return parseDay(written) === null ? { kind: 'bad-day', written } : { kind: 'free' };
  } else {
    const l = DAY_LINK.exec(text);
    if (!l) return { kind: 'free' };
    const target = refLinkTarget(l[1]);
    day = daily.dayOfLinkTarget(target);
    if (day === null) return /^\d{4}-\d{2}-\d{2}$/.test(target.split('/').pop()!.replace(/\.md$/i, '')) ? { kind: 'bad-day', written: l[0] } : { kind: 'free' };
    rest = text.slice(l[0].length);
  }
  rest = rest.replace(SEPARATOR, '');
  let channel: Channel = 'other';
  const w = FIRST_WORD.exec(rest);
  if (w) {
    const c = channelOf(w[1]);
    if (c) {
      channel = c;
      rest = rest.slice(w[0].length).replace(SEPARATOR, '');
    }
  }
  return { kind: 'entry', day, channel, text: refCleanText(rest) };
}

function utc(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

// ---- random text

const piece = fc.constantFrom(
  '2026-10-20', '2026-02-30', '2026-1-05', '0050-03-01', '2026-10-20T10:00', '2026-10-20T10:00:00', '2026-10-20T25:61', 'T10:00', ':00',
  '[[', ']]', '[[2026-09-12]]', '[[Daily/2026-09-12|Sep 12]]', '[[2026-13-01]]', '![[', '|', '\\', '[', ']',
  'email', 'Email', 'CALL', 'café', 'cafe\u0301', 'Réunion', 'rencontre', 'texto', 'constructor', 'emails', 'x',
  ':', '—', '–', '-', ',', ';', '.', '/', '_', '#', '#tag', '#favor/asked', '#Favor/Asked/', '#123', '#a/', '(#news)', 'a#b', '##',
  ' ', '  ', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '\r', '\n',
  'é', 'ß', 'Σ', '٣', '🙂', '\ud835\udc9c', '\ud800', 'word', 'Maya Chen', 'People/Maya Chen', '# ', '## Log ##',
);
const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
const daily = compileDailyFormat('YYYY-MM-DD', 'Daily');

describe('hand-written readers, against the regexes they replace', () => {
  it('parseLogContent', () => {
    fc.assert(fc.property(text, (s) => {
      expect(parseLogContent(s, daily)).toEqual(refParseLogContent(s, daily));
    }), { numRuns: 20000 });
  });

  it('cleanText', () => {
    fc.assert(fc.property(text, (s) => {
      expect(cleanText(s)).toBe(refCleanText(s));
    }), { numRuns: 20000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
      expect(cleanText(s)).toBe(refCleanText(s));
    }), { numRuns: 5000 });
  });

  it('readableLine, linkTarget and tagsIn', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(readableLine(s)).toBe(refReadableLine(s));
        expect(linkTarget(s)).toBe(refLinkTarget(s));
        expect(tagsIn(s)).toEqual(refTagsIn(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('days: parseDay, diffDays and addDays as with Date', () => {
    const anyDay = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 40 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(anyDay, anyDay, fc.integer({ min: -5000, max: 5000 }), (a, b, n) => {
        const y = Number(a.slice(0, 4));
        const m = Number(a.slice(5, 7));
        const d = Number(a.slice(8, 10));
        expect(parseDay(a)).toBe(makeDay(y, m, d));
        expect(diffDays(a, b)).toBe(Math.round((utc(a) - utc(b)) / 86_400_000));
        const ms = utc(a) + n * 86_400_000;
        const t = new Date(ms);
        const viaDate = `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
        expect(addDays(a, n)).toBe(Number.isFinite(ms) && ms <= Date.UTC(9999, 11, 31) ? viaDate : '9999-12-31');
      }),
      { numRuns: 20000 },
    );
  });
});
