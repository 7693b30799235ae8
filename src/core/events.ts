/**
 * After an event (PLAYBOOK: follow up the day after): people met at an event who have heard
 * nothing from you since wait in "Follow up" for a few days, then fall back to their cadence.
 */
import type { Day } from './types';
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

/**
 * People met at an event in the last `eventFollowUpDays` days with no contact since: no contact
 * after the event day (log, notes, `last_contact`), and no line in their own log from the event
 * day on (a follow-up sent the same evening counts).
 */
export function afterEvents(index: VaultIndex, due: DueCalculator, today: Day): AfterEvent[] {
  const days = index.context.settings.eventFollowUpDays;
  const out: AfterEvent[] = [];
  for (const card of index.allPeople()) {
    const event = eventOf(index, card.path);
    if (!event || event.date > today) continue;
    const since = diffDays(today, event.date);
    if (since > days) continue;
    const p = due.person(card.path, today);
    if (!p || p.status === 'paused') continue;
    const followedUp = (p.lastContact !== null && p.lastContact > event.date) || p.contacts.some((c) => c.kind === 'log' && c.day >= event.date);
    if (followedUp) continue;
    out.push({ person: p, event, daysSince: since, context: eventContext(index, event, card.path, card.name) });
  }
  return out.sort((a, b) => a.event.date.localeCompare(b.event.date) || a.person.name.localeCompare(b.person.name));
}

/** The `event` a template sees for a person met at an event (§8, event-follow-up). */
export function templateEventFor(index: VaultIndex, personPath: string): { name: string; date: Day; path: string; context: string | null } | null {
  const event = eventOf(index, personPath);
  const card = index.person(personPath);
  if (!event || !card) return null;
  return { name: event.name, date: event.date, path: event.path, context: eventContext(index, event, personPath, card.name) };
}
