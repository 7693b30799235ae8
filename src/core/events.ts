/**
 * After an event (PLAYBOOK: follow up the day after): people met at an event who have heard
 * nothing from you since wait in "Follow up" for a few days, then fall back to their cadence.
 */
import type { Day, Interaction } from './types';
import type { VaultIndex } from './vaultIndex';
import type { DueCalculator, PersonDue } from './due';
import { diffDays } from './dates';
import { frontmatterLinkTargets } from './markdown';

export interface EventRef {
  path: string;
  name: string;
  date: Day;
}

export interface AfterEvent {
  person: PersonDue;
  event: EventRef;
  /** Days since the event (0 on the day). */
  daysSince: number;
  /** The words written about the person in the event note ("editor at Northwind, likes climbing"). */
  context: string | null;
  /** Whether the event is where you met them (no `met` day and no contact before it), or someone you knew was there too. */
  firstMeeting: boolean;
}

/** "met 2 days ago at Product Camp", or "seen …" for someone met before the event. */
export function afterEventKey(a: AfterEvent): 'event.metAgo' | 'event.seenAgo' {
  return a.firstMeeting ? 'event.metAgo' : 'event.seenAgo';
}

/** The event's name: the note's `name`, else its file name without a leading date. */
export function eventName(path: string, fm: Record<string, unknown> | null): string {
  const own = fm?.name;
  if (typeof own === 'string' && own.trim() !== '') return own.trim();
  const base = (path.split('/').pop() ?? path).replace(/\.md$/i, '');
  return base.replace(/^\d{4}-\d{2}-\d{2}\s*[-–—:]?\s*/, '') || base;
}

/** The event note a person was met at (`met_at` links to a note of `type: event`), if any. */
export function eventOf(index: VaultIndex, personPath: string): EventRef | null {
  const card = index.person(personPath);
  if (!card) return null;
  const raw = card.frontmatter[index.context.settings.keys.metAt];
  if (raw === undefined || raw === null) return null; // no met_at: no link to follow (most people)
  for (const target of frontmatterLinkTargets(raw)) {
    const path = resolveNote(index, target, personPath);
    const note = path ? index.interactionNote(path) : null;
    if (note && note.info.channel === 'event') return { path: path!, name: eventName(path!, note.content.frontmatter), date: note.info.day };
  }
  return null;
}

function resolveNote(index: VaultIndex, target: string, source: string): string | null {
  return index.resolveFile(target, source);
}

/** What the event note says about the person: the rest of the line that links them. */
export function eventContext(index: VaultIndex, event: EventRef, personPath: string, personName: string): string | null {
  const note = index.interactionNote(event.path);
  if (!note) return null;
  for (const link of note.content.links) {
    if (index.resolvePerson(link.target, event.path) !== personPath) continue;
    const rest = link.text.startsWith(personName) ? link.text.slice(personName.length) : link.text;
    const clean = rest.replace(/^\s*[:—–,-]\s*/, '').trim();
    if (clean !== '') return clean;
  }
  return null;
}

/** The event a contact was: an interaction note of channel `event` (the person is in its `with`). */
function eventContact(index: VaultIndex, c: Interaction): EventRef | null {
  if (c.kind !== 'note' || c.channel !== 'event') return null;
  const note = index.interactionNote(c.sourcePath);
  return note ? { path: c.sourcePath, name: eventName(c.sourcePath, note.content.frontmatter), date: c.day } : null;
}

/**
 * The event a person was last met at within the last `days` days (both ends included): the latest
 * event note that lists them (`with`), else the event their `met_at` links to. Null when none.
 */
export function recentEventOf(index: VaultIndex, p: PersonDue, today: Day, days: number): EventRef | null {
  for (let i = p.contacts.length - 1; i >= 0; i--) {
    const c = p.contacts[i];
    const since = diffDays(today, c.day);
    if (since > days) break;
    if (since < 0) continue;
    const e = eventContact(index, c);
    if (e) return e;
  }
  const met = eventOf(index, p.path);
  if (!met || met.date > today || diffDays(today, met.date) > days) return null;
  return met;
}

/**
 * People met at an event in the last `eventFollowUpDays` days with no contact since: every person
 * an event note lists (new or known), and people whose `met_at` is the event; no contact after the
 * event day (log, notes, `last_contact`), and no line in their own log from the event day on (a
 * follow-up sent the same evening counts).
 */
export function afterEvents(index: VaultIndex, due: DueCalculator, today: Day): AfterEvent[] {
  const days = index.context.settings.eventFollowUpDays;
  const out: AfterEvent[] = [];
  for (const card of index.allPeople()) {
    if (card.paused) continue;
    const p = due.person(card.path, today);
    if (!p) continue;
    const event = recentEventOf(index, p, today, days);
    if (!event) continue;
    const followedUp = (p.lastContact !== null && p.lastContact > event.date) || p.contacts.some((c) => c.kind === 'log' && c.day >= event.date);
    if (followedUp) continue;
    // Known before: met earlier, or any contact (log, notes, last_contact) before the event day.
    const knownBefore = (card.met !== null && card.met < event.date) || (card.lastContact !== null && card.lastContact < event.date) || p.contacts.some((c) => c.day < event.date);
    const firstMeeting = !knownBefore;
    out.push({ person: p, event, daysSince: diffDays(today, event.date), context: eventContext(index, event, card.path, card.name), firstMeeting });
  }
  return out.sort((a, b) => a.event.date.localeCompare(b.event.date) || a.person.name.localeCompare(b.person.name));
}

/**
 * The `event` a template sees (§8, event-follow-up): the event the person was last met at within
 * the follow-up days (as in Follow up), else the event their `met_at` links to.
 */
export function templateEventFor(index: VaultIndex, due: DueCalculator, personPath: string, today: Day): { name: string; date: Day; path: string; context: string | null } | null {
  const card = index.person(personPath);
  const p = card ? due.person(personPath, today) : null;
  if (!card || !p) return null;
  const event = recentEventOf(index, p, today, index.context.settings.eventFollowUpDays) ?? eventOf(index, personPath);
  if (!event) return null;
  return { name: event.name, date: event.date, path: event.path, context: eventContext(index, event, personPath, card.name) };
}
