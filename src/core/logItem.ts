import type { Channel, Day } from './types';
import { parseDay } from './dates';
import { channelOf } from './channels';
import type { DailyFormat } from './dailyFormat';
import { linkTarget } from './markdown';
import { collapseWithoutTags, isSpaceCode } from './chars';

/** A log item's content read (§4a): a day, a channel and a text, or why it is not one. */
export type LogItemParse =
  | { kind: 'entry'; day: Day; channel: Channel; text: string }
  | { kind: 'free' }
  | { kind: 'bad-day'; written: string };

// The grammar, read by hand below where it is hot:
//   day token   /^(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)(?=$|[\s:,;—–-])/
//   separator   /^\s*[:—–-]?\s*/
const DAY_LINK = /^\[\[([^[\]]+?)\]\]/;
const FIRST_WORD = /([\p{L}]+)(?=$|[\s:,;—–-])/uy;

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

/** `\d{4}-\d{2}-\d{2}` at the start of `s`. */
function hasDayShape(s: string): boolean {
  return s.length >= 10 && isDigit(s, 0) && isDigit(s, 1) && isDigit(s, 2) && isDigit(s, 3) && s.charCodeAt(4) === 45 &&
    isDigit(s, 5) && isDigit(s, 6) && s.charCodeAt(7) === 45 && isDigit(s, 8) && isDigit(s, 9);
}

/** The length of DAY_TOKEN's match at the start of `s`, or 0 (the same choice the regex makes, longest first). */
function dayTokenLength(s: string): number {
  if (!hasDayShape(s)) return 0;
  if (s.charCodeAt(10) === 84 /* T */ && isDigit(s, 11) && isDigit(s, 12) && s.charCodeAt(13) === 58 && isDigit(s, 14) && isDigit(s, 15)) {
    if (s.charCodeAt(16) === 58 && isDigit(s, 17) && isDigit(s, 18) && isBoundary(s, 19)) return 19;
    if (isBoundary(s, 16)) return 16;
  }
  return isBoundary(s, 10) ? 10 : 0;
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
  const text = content.trim();
  let day: Day | null = null;
  let from: number;
  const tokenLength = dayTokenLength(text);
  if (tokenLength > 0) {
    const written = text.slice(0, tokenLength);
    day = parseDay(written);
    if (day === null) {
      out.written = written;
      return LOG_BAD_DAY;
    }
    from = tokenLength;
  } else if (hasDayShape(text)) {
    const written = text.slice(0, 10);
    if (parseDay(written) !== null) return LOG_FREE;
    out.written = written;
    return LOG_BAD_DAY;
  } else {
    if (text.charCodeAt(0) !== 91 || text.charCodeAt(1) !== 91) return LOG_FREE;
    const l = DAY_LINK.exec(text);
    if (!l) return LOG_FREE;
    day = daily.dayOfLinkTarget(linkTarget(l[1]));
    if (day === null) return LOG_FREE;
    from = l[0].length;
  }
  let i = skipSeparator(text, from);
  let channel: Channel = 'other';
  const wordEnd = firstWordEnd(text, i);
  if (wordEnd > i) {
    const c = channelOfWord(text.slice(i, wordEnd));
    if (c) {
      channel = c;
      i = skipSeparator(text, wordEnd);
    }
  }
  out.day = day;
  out.channel = channel;
  out.text = cleanText(i === 0 ? text : text.slice(i));
  return LOG_ENTRY;
}
