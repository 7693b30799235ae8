/**
 * News → reach out (PLAYBOOK: news is the best reason): contacts and daily-note lines tagged
 * `#news` about a person. A `#news` line in a daily note is a contact on that day (§4c) whose tags
 * are those of the lines that link the person, so both come through the person's contacts.
 */
import type { Channel, Day, Interaction } from '../types';
import type { VaultIndex } from '../vaultIndex';
import type { DueCalculator, PersonDue } from '../due';
import { compareNames, hasTag } from '../due';
import { diffDays } from '../dates';
import { withoutInlineFields } from '../markdown';
import { contactLines } from './changes';

export interface NewsItem {
  personPath: string;
  day: Day;
  /** What the news is: the log line's text, the daily-note line, or the interaction note's name (inline fields left out). */
  text: string;
  sourcePath: string;
  /** 0-based line of the news in its source (added). */
  line: number;
  /** Where it was written (added). */
  kind: Interaction['kind'];
  channel: Channel;
}

/** The words of a news contact: for a daily note, the very line tagged `#news` that links the person. */
function newsItem(index: VaultIndex, personPath: string, c: Interaction): NewsItem {
  let text = c.text;
  let line = c.line;
  if (c.kind === 'daily') {
    const link = contactLines(index, personPath, c).find((l) => hasTag(l.tags, 'news'));
    if (link) {
      text = link.text;
      line = link.line;
    }
  } else if (c.kind === 'note') {
    text = c.text.replace(/^\d{4}-\d{2}-\d{2}\s*[-–—:]?\s*/, '') || c.text;
  }
  return { personPath, day: c.day, text: withoutInlineFields(text) || text, sourcePath: c.sourcePath, line, kind: c.kind, channel: c.channel };
}

/** A person's `#news` contacts from today back `days` days (both ends included), newest first. */
export function newsOf(index: VaultIndex, p: PersonDue, today: Day, days: number): NewsItem[] {
  const out: NewsItem[] = [];
  for (let i = p.contacts.length - 1; i >= 0; i--) {
    const c = p.contacts[i];
    const age = diffDays(today, c.day);
    if (age > days) break;
    if (age >= 0 && hasTag(c.tags, 'news')) out.push(newsItem(index, p.path, c));
  }
  return out;
}

/**
 * Contacts or daily-note lines tagged `#news` about a person within `days` (default: the
 * `newsDays` setting, 30) with no later contact (a contact on the same day is not later): reach
 * out with `congrats`. One row per person, their newest news; newest first, then by name.
 * Paused people left out.
 */
export function newsToReachOut(index: VaultIndex, due: DueCalculator, today: Day, days?: number): { person: PersonDue; news: NewsItem }[] {
  const window = days ?? index.context.settings.newsDays;
  const out: { person: PersonDue; news: NewsItem }[] = [];
  for (const card of index.allPeople()) {
    if (card.paused) continue;
    const p = due.person(card.path, today);
    if (!p) continue;
    const latest = newsOf(index, p, today, window)[0];
    if (!latest || (p.lastContact !== null && p.lastContact > latest.day)) continue;
    out.push({ person: p, news: latest });
  }
  return out.sort((a, b) => (a.news.day !== b.news.day ? (a.news.day > b.news.day ? -1 : 1) : compareNames(a.person, b.person)));
}
