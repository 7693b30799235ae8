import type { Channel, Day } from './types';
import { parseDay } from './dates';
import { allChannelWords, channelOf } from './channels';
import type { DailyFormat } from './dailyFormat';
import { linkTarget } from './markdown';
import { collapseWithoutTags, isSpaceCode, skipSpaces } from './chars';

/** A log item's content read (§4a): a day, a channel and a text, or why it is not one. */
export type LogItemParse =
  | { kind: 'entry'; day: Day; channel: Channel; text: string }
  | { kind: 'free' }
  | { kind: 'bad-day'; written: string };

// The grammar, read by hand below where it is hot:
//   day token   /^(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)(?=$|[\s:,;—–-])/
//   separator   /^\s*[:—–-]?\s*/
const DAY_LINK = /\[\[([^[\]]+?)\]\]/y;
const FIRST_WORD = /([\p{L}]+)(?=$|[\s:,;—–-])/uy;

/**
 * The helpers below read `s` from an index on. Trailing `\s` reads as the end of the text: every
 * test that wants a character rejects it, and a boundary accepts it.
 */

/** What may follow a day or a channel word: the end, `\s`, `:`, `,`, `;`, `—`, `–` or `-`. */
function isBoundary(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = s.charCodeAt(i);
  return c === 58 || c === 44 || c === 59 || c === 45 || c === 0x2014 || c === 0x2013 || isSpaceCode(c);
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** `\d{4}-\d{2}-\d{2}` at `a`. */
function hasDayShape(s: string, a: number): boolean {
  return isDigit(s, a) && isDigit(s, a + 1) && isDigit(s, a + 2) && isDigit(s, a + 3) && s.charCodeAt(a + 4) === 45 &&
    isDigit(s, a + 5) && isDigit(s, a + 6) && s.charCodeAt(a + 7) === 45 && isDigit(s, a + 8) && isDigit(s, a + 9);
}

/** The length of DAY_TOKEN's match at `a`, or 0 (the same choice the regex makes, longest first). */
function dayTokenLength(s: string, a: number): number {
  if (!hasDayShape(s, a)) return 0;
  if (s.charCodeAt(a + 10) === 84 /* T */ && isDigit(s, a + 11) && isDigit(s, a + 12) && s.charCodeAt(a + 13) === 58 && isDigit(s, a + 14) && isDigit(s, a + 15)) {
    if (s.charCodeAt(a + 16) === 58 && isDigit(s, a + 17) && isDigit(s, a + 18) && isBoundary(s, a + 19)) return 19;
    if (isBoundary(s, a + 16)) return 16;
  }
  return isBoundary(s, a + 10) ? 10 : 0;
}

/** SEPARATOR: spaces, at most one `:`, `—`, `–` or `-`, spaces. */
function skipSeparator(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i);
  if (c === 58 || c === 45 || c === 0x2014 || c === 0x2013) {
    i++;
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  }
  return i;
}

/** FIRST_WORD's match at `from`: the index after a run of letters followed by a boundary, or -1. */
function firstWordEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) i++;
    else if (c >= 128) {
      // Letters beyond ASCII: the regex knows Unicode's letters.
      FIRST_WORD.lastIndex = from;
      const w = FIRST_WORD.exec(s);
      return w ? from + w[1].length : -1;
    } else break;
  }
  return i > from && isBoundary(s, i) ? i : -1;
}

/** The channel words made of ASCII letters only, by length (compared without building the word). */
const asciiWords: { word: string; channel: Channel }[][] = [];
for (const word of allChannelWords()) {
  if (!/^[a-z]+$/.test(word)) continue;
  (asciiWords[word.length] ??= []).push({ word, channel: channelOf(word) as Channel });
}

/** `channelOf(s.slice(from, to))` for a word of ASCII letters (lower-casing one is `| 32`). */
function asciiChannel(s: string, from: number, to: number): Channel | null {
  const candidates = asciiWords[to - from];
  if (candidates === undefined) return null;
  next: for (const { word, channel } of candidates) {
    for (let k = 0; k < word.length; k++) if ((s.charCodeAt(from + k) | 32) !== word.charCodeAt(k)) continue next;
    return channel;
  }
  return null;
}

/** Whether `s[from, to)` is ASCII letters only. */
function isAsciiWord(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Valid days seen at the start of log items, by their digits (a vault has a few hundred). */
const days = new Map<number, Day | null>();

/** parseDay of the `YYYY-MM-DD` at `a` (the shape is checked), without building the string twice. */
function dayAt(s: string, a: number): Day | null {
  const key = (((((s.charCodeAt(a) * 10 + s.charCodeAt(a + 1)) * 10 + s.charCodeAt(a + 2)) * 10 + s.charCodeAt(a + 3)) * 10 +
    s.charCodeAt(a + 5)) * 10 + s.charCodeAt(a + 6)) * 100 + s.charCodeAt(a + 8) * 10 + s.charCodeAt(a + 9);
  let day = days.get(key);
  if (day === undefined) {
    day = parseDay(s.slice(a, a + 10));
    if (days.size > 20000) days.clear();
    days.set(key, day);
  }
  return day;
}

/** The free text of an item: tags are kept apart, so they leave the text. */
export function cleanText(s: string): string {
  return collapseWithoutTags(s);
}

/** Channel words seen, as `channelOf` reads them (the same few words over and over). */
const channelWords = new Map<string, Channel | null>();

function channelOfWord(word: string): Channel | null {
  let c = channelWords.get(word);
  if (c === undefined) {
    c = channelOf(word);
    if (channelWords.size > 1000) channelWords.clear();
    channelWords.set(word, c);
  }
  return c;
}

/** Where `readLogParts` puts what it read (one object reused, so reading allocates no result). */
export interface LogParts {
  day: Day;
  channel: Channel;
  text: string;
  /** The day as written, for a `bad-day`. */
  written: string;
}

export const LOG_ENTRY = 0;
export const LOG_FREE = 1;
export const LOG_BAD_DAY = 2;

export function parseLogContent(content: string, daily: DailyFormat): LogItemParse {
  const parts: LogParts = { day: '', channel: 'other', text: '', written: '' };
  const kind = readLogParts(content, daily, parts);
  if (kind === LOG_ENTRY) return { kind: 'entry', day: parts.day, channel: parts.channel, text: parts.text };
  return kind === LOG_BAD_DAY ? { kind: 'bad-day', written: parts.written } : { kind: 'free' };
}

/** `parseLogContent` into `out`: LOG_ENTRY (day, channel, text set), LOG_FREE, or LOG_BAD_DAY (written set). */
export function readLogParts(content: string, daily: DailyFormat, out: LogParts): number {
  return readLogPartsAt(content, 0, daily, out);
}

/** `readLogParts(s.slice(start), …)`, without the slice. */
export function readLogPartsAt(s: string, start: number, daily: DailyFormat, out: LogParts): number {
  // content.trim(): trailing `\s` reads as the end (see above), leading `\s` is skipped.
  const a = skipSpaces(s, start);
  let day: Day | null = null;
  let from: number;
  const tokenLength = dayTokenLength(s, a);
  if (tokenLength > 0) {
    day = tokenLength === 10 ? dayAt(s, a) : parseDay(s.slice(a, a + tokenLength));
    if (day === null) {
      out.written = s.slice(a, a + tokenLength);
      return LOG_BAD_DAY;
    }
    from = a + tokenLength;
  } else if (hasDayShape(s, a)) {
    if (dayAt(s, a) !== null) return LOG_FREE;
    out.written = s.slice(a, a + 10);
    return LOG_BAD_DAY;
  } else {
    if (s.charCodeAt(a) !== 91 || s.charCodeAt(a + 1) !== 91) return LOG_FREE;
    DAY_LINK.lastIndex = a;
    const l = DAY_LINK.exec(s);
    if (!l) return LOG_FREE;
    const target = linkTarget(l[1]);
    day = daily.dayOfLinkTarget(target);
    if (day === null) {
      // `[[2026-02-30]]`: a day's shape, but no day (§4: a problem, as `2026-02-30` written plainly is).
      const base = target.slice(target.lastIndexOf('/') + 1).replace(/\.md$/i, '');
      if (base.length !== 10 || !hasDayShape(base, 0)) return LOG_FREE;
      out.written = l[0];
      return LOG_BAD_DAY;
    }
    from = a + l[0].length;
  }
  let i = skipSeparator(s, from);
  let channel: Channel = 'other';
  const wordEnd = firstWordEnd(s, i);
  if (wordEnd > i) {
    const c = isAsciiWord(s, i, wordEnd) ? asciiChannel(s, i, wordEnd) : channelOfWord(s.slice(i, wordEnd));
    if (c) {
      channel = c;
      i = skipSeparator(s, wordEnd);
    }
  }
  out.day = day;
  out.channel = channel;
  // The rest up to the trimmed end; cleanText trims, so the trailing `\s` may stay.
  out.text = cleanText(i >= s.length ? '' : s.slice(i));
  return LOG_ENTRY;
}
