import type { Day, Interaction, PersonStatus, Problem } from './types';
import type { Settings } from './settings';
import type { PersonCard } from './person';
import type { VaultIndex } from './vaultIndex';
import { addCadence, cadenceDays, cadencePhrase } from './cadence';
import { diffDays } from './dates';

/** Who is due, and why (§5), for one person on one day. */
export interface PersonDue {
  path: string;
  name: string;
  card: PersonCard;
  status: PersonStatus;
  bucket: string | null;
  cadence: string | null;
  cadenceDays: number | null;
  lastContact: Day | null;
  dueDate: Day | null;
  daysOverdue: number | null;
  followUp: boolean;
  letGo: boolean;
  favorRecentlyAsked: boolean;
  /** Contacts up to today, oldest first (planned ones and open tasks left out). */
  contacts: Interaction[];
  /** Interactions after today, soonest first. */
  planned: Interaction[];
  /** The latest contact day when every contact on it waits for a reply. */
  awaitingSince: Day | null;
  /** How many of the latest contacts in a row wait for a reply. */
  unansweredInARow: number;
  /** The latest `#favor/asked` contact within the favor window. */
  favorAskedOn: Day | null;
  /** Problems that depend on the day (a `last_contact` after today). */
  problems: Problem[];
}

/** True when a tag is `parent` or nested under it (`favor/asked/intro` counts as `favor/asked`). */
export function hasTag(tags: readonly string[], parent: string): boolean {
  const n = parent.length;
  for (const t of tags) {
    // t === parent || t.startsWith(parent + '/')
    if (t === parent || (t.charCodeAt(n) === 47 && t.startsWith(parent))) return true;
  }
  return false;
}

function isContact(i: Interaction, today: Day): boolean {
  return (i.task === 'none' || i.task === 'done') && i.day <= today;
}

function isPlanned(i: Interaction, today: Day): boolean {
  return i.task !== 'other' && i.day > today;
}

function byDayThenPlace(a: Interaction, b: Interaction): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.sourcePath !== b.sourcePath) return a.sourcePath < b.sourcePath ? -1 : 1;
  return a.line - b.line;
}

export function computeDue(card: PersonCard, interactions: readonly Interaction[], today: Day, settings: Settings): PersonDue {
  const problems: Problem[] = [];
  // One pass for both: a contact is on or before today, a planned interaction after it.
  const contacts: Interaction[] = [];
  const planned: Interaction[] = [];
  for (const i of interactions) {
    if (isContact(i, today)) contacts.push(i);
    else if (isPlanned(i, today)) planned.push(i);
  }
  if (contacts.length > 1) contacts.sort(byDayThenPlace);
  if (planned.length > 1) planned.sort(byDayThenPlace);

  let fmLast = card.lastContact;
  if (fmLast !== null && fmLast > today) {
    problems.push({
      path: card.path,
      field: settings.keys.lastContact,
      message: `${settings.keys.lastContact} ${fmLast} is after today (${today}), so it is ignored; write the day you were last in touch, and plan future contacts as tasks.`,
    });
    fmLast = null;
  }
  const loggedLast = contacts.length > 0 ? contacts[contacts.length - 1].day : null;
  const lastContact = fmLast !== null && (loggedLast === null || fmLast > loggedLast) ? fmLast : loggedLast;

  // For the flags, last_contact is an untagged contact only when it is later than every logged one:
  // then it is the latest contact, alone on its day, and waits for nothing.
  const fmIsLatest = fmLast !== null && (loggedLast === null || fmLast > loggedLast);

  let awaitingSince: Day | null = null;
  let unansweredInARow = 0;
  if (!fmIsLatest && loggedLast !== null) {
    // Contacts are sorted by day: those on the latest day are the last ones.
    let all = true;
    for (let i = contacts.length - 1; i >= 0 && contacts[i].day === loggedLast; i--) {
      if (!hasTag(contacts[i].tags, 'awaiting-reply')) {
        all = false;
        break;
      }
    }
    if (all) awaitingSince = loggedLast;
    for (let i = contacts.length - 1; i >= 0 && hasTag(contacts[i].tags, 'awaiting-reply'); i--) unansweredInARow++;
  }
  const followUp = awaitingSince !== null && diffDays(today, awaitingSince) >= settings.followUpWaitDays;
  const letGo = unansweredInARow >= settings.letGoCount;
  let favorAskedOn: Day | null = null;
  for (const c of contacts) {
    if (!hasTag(c.tags, 'favor/asked')) continue;
    const age = diffDays(today, c.day);
    if (age >= 0 && age < settings.favorWindowDays) favorAskedOn = c.day;
  }

  const cadence = card.cadence;
  const clockStart = lastContact ?? card.met;
  const dueDate = cadence && clockStart ? addCadence(clockStart, cadence) : null;
  const daysOverdue = dueDate ? diffDays(today, dueDate) : null;

  let status: PersonStatus;
  if (card.paused) status = 'paused';
  else if (!cadence) status = 'untracked';
  else if (card.snoozeUntil !== null && card.snoozeUntil > today) status = 'snoozed';
  else if (planned.length > 0) status = 'scheduled';
  else if (dueDate === null || daysOverdue === null) status = 'new';
  else if (daysOverdue > 0) status = 'overdue';
  else if (daysOverdue === 0) status = 'due';
  else if (-daysOverdue <= settings.soonDays) status = 'soon';
  else status = 'ok';

  return {
    path: card.path,
    name: card.name,
    card,
    status,
    bucket: card.bucket,
    cadence: cadence ? cadencePhrase(cadence) : null,
    cadenceDays: cadence ? cadenceDays(cadence) : null,
    lastContact,
    dueDate,
    daysOverdue,
    followUp,
    letGo,
    favorRecentlyAsked: favorAskedOn !== null,
    contacts,
    planned,
    awaitingSince,
    unansweredInARow,
    favorAskedOn,
    problems,
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Names without regard to case or accents, then paths (§5). */
export function compareNames(a: { name: string; path: string }, b: { name: string; path: string }): number {
  return collator.compare(a.name, b.name) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

const GROUP: Record<PersonStatus, number> = {
  overdue: 0, due: 0, new: 1, soon: 2, ok: 2, scheduled: 3, snoozed: 4, untracked: 5, paused: 6,
};

function urgency(p: PersonDue): number {
  return p.daysOverdue !== null && p.cadenceDays ? p.daysOverdue / p.cadenceDays : 0;
}

/**
 * Most urgent first: overdue and due by daysOverdue / cadenceDays, then new people by name (§5);
 * for `--all`, the others follow: soon and ok (soonest first), scheduled, snoozed, untracked, paused.
 */
export function compareUrgency(a: PersonDue, b: PersonDue): number {
  const g = GROUP[a.status] - GROUP[b.status];
  if (g !== 0) return g;
  if (GROUP[a.status] === 0) {
    const d = urgency(b) - urgency(a);
    if (d !== 0) return d;
  } else if (GROUP[a.status] === 2) {
    // Not due yet: the nearest due date first, whatever the cadence.
    const d = (b.daysOverdue ?? -Infinity) - (a.daysOverdue ?? -Infinity);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return compareNames(a, b);
}

export const DUE_STATUSES: ReadonlySet<PersonStatus> = new Set<PersonStatus>(['overdue', 'due', 'new']);

/** Answers per person and day, cached until the person's notes change. */
export class DueCalculator {
  private cache = new Map<string, PersonDue>();
  private day: Day | null = null;
  private generation = 0;
  private sorted: { day: Day; revision: number; generation: number; list: PersonDue[] } | null = null;
  private problemList: { day: Day; revision: number; generation: number; list: readonly Problem[] } | null = null;

  constructor(private readonly index: VaultIndex) {
    index.onChange((people) => {
      for (const p of people) this.cache.delete(p);
    });
  }

  /** Forgets every answer (after a change of settings). */
  reset(): void {
    this.cache.clear();
    this.generation++;
  }

  person(path: string, today: Day): PersonDue | null {
    if (today !== this.day) {
      this.cache.clear();
      this.day = today;
    }
    const hit = this.cache.get(path);
    if (hit) return hit;
    const card = this.index.person(path);
    if (!card) return null;
    const due = computeDue(card, this.index.interactionsView(path), today, this.index.context.settings);
    this.cache.set(path, due);
    return due;
  }

  /** Every person, most urgent first; kept until the index moves or the day changes. */
  everyone(today: Day): PersonDue[] {
    if (this.sorted && this.sorted.day === today && this.sorted.revision === this.index.revision && this.sorted.generation === this.generation) {
      return this.sorted.list;
    }
    const out: PersonDue[] = [];
    for (const card of this.index.allPeople()) {
      const d = this.person(card.path, today);
      if (d) out.push(d);
    }
    out.sort(compareUrgency);
    this.sorted = { day: today, revision: this.index.revision, generation: this.generation, list: out };
    return out;
  }

  /** The due list of §5: overdue, due and new, most urgent first. */
  dueList(today: Day): PersonDue[] {
    if (this.sorted && this.sorted.day === today && this.sorted.revision === this.index.revision && this.sorted.generation === this.generation) {
      return this.sorted.list.filter((p) => DUE_STATUSES.has(p.status));
    }
    // compareUrgency is a total order, so sorting only the due people gives the same list.
    const out: PersonDue[] = [];
    for (const card of this.index.allPeople()) {
      const d = this.person(card.path, today);
      if (d && DUE_STATUSES.has(d.status)) out.push(d);
    }
    return out.sort(compareUrgency);
  }

  /** Every problem (§6), by path, then line; kept, like `everyone`, until the index moves or the day changes. */
  problems(today: Day): readonly Problem[] {
    const c = this.problemList;
    if (c && c.day === today && c.revision === this.index.revision && c.generation === this.generation) return c.list;
    const out = this.index.staticProblems();
    for (const card of this.index.allPeople()) out.push(...(this.person(card.path, today)?.problems ?? []));
    out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
    this.problemList = { day: today, revision: this.index.revision, generation: this.generation, list: out };
    return out;
  }
}
