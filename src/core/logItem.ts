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
const FIRST_WORD = /^([\p{L}]+)(?=$|[\s:,;—–-])/u;

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

/** FIRST_WORD's match at the start of `s`: a run of letters followed by a boundary, or null. */
function firstWord(s: string): string | null {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) i++;
    else if (c >= 128) {
      // Letters beyond ASCII: the regex knows Unicode's letters.
      const w = FIRST_WORD.exec(s);
      return w ? w[1] : null;
    } else break;
  }
  return i > 0 && isBoundary(s, i) ? s.slice(0, i) : null;
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

export function parseLogContent(content: string, daily: DailyFormat): LogItemParse {
  const text = content.trim();
  let day: Day | null = null;
  let from: number;
  const tokenLength = dayTokenLength(text);
  if (tokenLength > 0) {
    const written = text.slice(0, tokenLength);
    day = parseDay(written);
    if (day === null) return { kind: 'bad-day', written };
    from = tokenLength;
  } else if (hasDayShape(text)) {
    const written = text.slice(0, 10);
    return parseDay(written) === null ? { kind: 'bad-day', written } : { kind: 'free' };
  } else {
    if (text.charCodeAt(0) !== 91 || text.charCodeAt(1) !== 91) return { kind: 'free' };
    const l = DAY_LINK.exec(text);
    if (!l) return { kind: 'free' };
    day = daily.dayOfLinkTarget(linkTarget(l[1]));
    if (day === null) return { kind: 'free' };
    from = l[0].length;
  }
  let rest = text.slice(skipSeparator(text, from));
  let channel: Channel = 'other';
  const w = firstWord(rest);
  if (w !== null) {
    const c = channelOfWord(w);
    if (c) {
      channel = c;
      rest = rest.slice(skipSeparator(rest, w.length));
    }
  }
  return { kind: 'entry', day, channel, text: cleanText(rest) };
}
