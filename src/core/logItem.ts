import type { Channel, Day } from './types';
import { DAY_SHAPE, parseDay } from './dates';
import { channelOf } from './channels';
import type { DailyFormat } from './dailyFormat';
import { linkTarget } from './markdown';

/** A log item's content read (§4a): a day, a channel and a text, or why it is not one. */
export type LogItemParse =
  | { kind: 'entry'; day: Day; channel: Channel; text: string }
  | { kind: 'free' }
  | { kind: 'bad-day'; written: string };

const DAY_TOKEN = /^(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)(?=$|[\s:,;—–-])/;
const DAY_LINK = /^\[\[([^[\]]+?)\]\]/;
const SEPARATOR = /^\s*[:—–-]?\s*/;
const FIRST_WORD = /^([\p{L}]+)(?=$|[\s:,;—–-])/u;

/** The free text of an item: tags are kept apart, so they leave the text. */
export function cleanText(s: string): string {
  if (!s.includes('#')) return s.includes('  ') ? s.replace(/\s+/g, ' ').trim() : s.trim();
  return s.replace(/(?:^|\s)#[\p{L}\p{N}_\-/]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export function parseLogContent(content: string, daily: DailyFormat): LogItemParse {
  const text = content.trim();
  let day: Day | null = null;
  let rest = '';
  const d = DAY_TOKEN.exec(text);
  if (d) {
    day = parseDay(d[1]);
    if (day === null) return { kind: 'bad-day', written: d[1] };
    rest = text.slice(d[0].length);
  } else if (DAY_SHAPE.test(text)) {
    const written = text.slice(0, 10);
    return parseDay(written) === null ? { kind: 'bad-day', written } : { kind: 'free' };
  } else {
    const l = DAY_LINK.exec(text);
    if (!l) return { kind: 'free' };
    day = daily.dayOfLinkTarget(linkTarget(l[1]));
    if (day === null) return { kind: 'free' };
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
  return { kind: 'entry', day, channel, text: cleanText(rest) };
}
