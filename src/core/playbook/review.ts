/**
 * The network review (PLAYBOOK: review the network twice a year): is the list still right, who
 * should be added, who matters less now. `networkReview` is the answer; `reviewNoteText` the note.
 */
import type { Day } from '../types';
import type { Settings } from '../settings';
import type { VaultIndex } from '../vaultIndex';
import type { DueCalculator, PersonDue } from '../due';
import { compareNames } from '../due';
import { addDays, addMonths, parseDay } from '../dates';
import { parseCadence } from '../cadence';
import { eventOf } from '../events';
import { t, type Lang } from '../i18n';
import { favorLedger, withinMonths, type FavorLedger } from './favors';
import { introductionReason, introductionSuggestions, type IntroSuggestion } from './introductions';

export interface Review {
  today: Day;
  /** Active people with neither a cadence nor a bucket (an explicit `cadence: none` is a choice, left out). */
  noCadence: PersonDue[];
  /** Active people whose last contact (or, never contacted, `met`) is more than a year before today; oldest first. */
  notContactedInAYear: PersonDue[];
  /** Active people with the `letGo` flag (§5). */
  letGo: PersonDue[];
  /** Names linked from >= 3 daily notes with no note (unresolved links), most first. */
  unresolvedMentions: { name: string; dailyNotes: number }[];
  /** Sum of 30/cadenceDays per tracked person, per bucket, one decimal; most first. */
  commitment: { bucket: string | null; people: number; contactsPerMonth: number }[];
  totalPerMonth: number;
  /** Asked >= 2 and given < asked over 12 months; largest gap first. */
  favorImbalance: { person: PersonDue; ledger: FavorLedger }[];
  /** Events (`type: event` notes) of the last 6 months and the people met at them. */
  events: { attended: number; followUpsWithinTwoDays: number; newPeople: number };
  introductions: IntroSuggestion[];
  /** The previous review's day (added), or null. */
  lastReview: Day | null;
}

/** How many daily notes must link a missing name before the review suggests a note for it. */
export const UNRESOLVED_MIN_DAILY_NOTES = 3;
/** Days after an event within which a contact counts as the follow-up. */
export const EVENT_FOLLOW_UP_DAYS = 2;

function lowerStrings(v: unknown): string[] {
  if (typeof v === 'string') return v.split(/[,\s]+/).map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  if (Array.isArray(v)) return v.flatMap(lowerStrings);
  return [];
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function basename(target: string): string {
  return (target.split('/').pop() ?? target).replace(/\.md$/i, '');
}

/** Links in daily notes that lead nowhere: no file, no person, not a day, not an attachment, not ambiguous. */
function unresolvedMentions(index: VaultIndex): { name: string; dailyNotes: number }[] {
  const daily = index.context.daily;
  const byKey = new Map<string, { name: string; notes: Set<string> }>();
  const ambiguous = new Set<string>();
  for (const note of index.dailyNotes()) {
    for (const link of note.content.links) {
      const target = link.target;
      if (/\.(?!md$)[a-z0-9]{1,5}$/i.test(target)) continue;
      if (index.resolveFile(target, note.path) !== null || index.resolvePerson(target, note.path) !== null) continue;
      if (daily.dayOfLinkTarget(target) !== null || parseDay(basename(target)) !== null) continue;
      const key = basename(target).normalize('NFC').toLowerCase();
      let entry = byKey.get(key);
      if (!entry) {
        // An ambiguous name (two people by alias) is a problem of its own, not a missing note.
        if (ambiguous.has(key)) continue;
        if (index.findPeopleByName(basename(target)).length > 0) {
          ambiguous.add(key);
          continue;
        }
        byKey.set(key, (entry = { name: basename(target), notes: new Set() }));
      }
      entry.notes.add(note.path);
    }
  }
  return [...byKey.values()]
    .filter((e) => e.notes.size >= UNRESOLVED_MIN_DAILY_NOTES)
    .map((e) => ({ name: e.name, dailyNotes: e.notes.size }))
    .sort((a, b) => b.dailyNotes - a.dailyNotes || compareNames({ name: a.name, path: '' }, { name: b.name, path: '' }));
}

/** Events of the last 6 months; a new person met at one is followed up by a log line or contact within 2 days. */
function eventsReview(index: VaultIndex, due: DueCalculator, today: Day): Review['events'] {
  const recent = new Set<string>();
  for (const path of index.notePaths()) {
    const note = index.interactionNote(path);
    if (note && note.info.channel === 'event' && withinMonths(note.info.day, today, 6)) recent.add(path);
  }
  let newPeople = 0;
  let followed = 0;
  if (recent.size > 0) {
    for (const card of index.allPeople()) {
      const event = eventOf(index, card.path);
      if (!event || !recent.has(event.path)) continue;
      newPeople++;
      const p = due.person(card.path, today);
      if (!p) continue;
      const until = addDays(event.date, EVENT_FOLLOW_UP_DAYS);
      const inTime = (day: Day, sameDay: boolean): boolean => (sameDay ? day >= event.date : day > event.date) && day <= until;
      const fm = p.card.lastContact;
      if (p.contacts.some((c) => inTime(c.day, c.kind === 'log')) || (fm !== null && fm <= today && inTime(fm, false))) followed++;
    }
  }
  return { attended: recent.size, followUpsWithinTwoDays: followed, newPeople };
}

export function networkReview(index: VaultIndex, due: DueCalculator, today: Day): Review {
  const settings = index.context.settings;
  const everyone = index.allPeople().map((c) => due.person(c.path, today)).filter((p): p is PersonDue => p !== null);
  everyone.sort(compareNames);
  const active = everyone.filter((p) => p.status !== 'paused');
  const yearAgo = addMonths(today, -12);

  const noCadence = active.filter((p) => p.status === 'untracked' && parseCadence(p.card.frontmatter[settings.keys.cadence]).kind !== 'none');
  const clock = (p: PersonDue): Day | null => p.lastContact ?? p.card.met;
  const notContactedInAYear = active
    .filter((p) => {
      const c = clock(p);
      return c !== null && c < yearAgo;
    })
    .sort((a, b) => (clock(a)! < clock(b)! ? -1 : clock(a)! > clock(b)! ? 1 : compareNames(a, b)));
  const letGo = active.filter((p) => p.letGo);

  const buckets = new Map<string | null, { people: number; perMonth: number }>();
  let total = 0;
  for (const p of active) {
    if (p.cadenceDays === null || p.status === 'untracked') continue;
    const perMonth = 30 / p.cadenceDays;
    const b = buckets.get(p.bucket) ?? { people: 0, perMonth: 0 };
    b.people++;
    b.perMonth += perMonth;
    buckets.set(p.bucket, b);
    total += perMonth;
  }
  const commitment = [...buckets]
    .map(([bucket, b]) => ({ bucket, people: b.people, contactsPerMonth: round1(b.perMonth) }))
    .sort((a, b) => b.contactsPerMonth - a.contactsPerMonth || (a.bucket === null ? 1 : b.bucket === null ? -1 : a.bucket.localeCompare(b.bucket)));

  const favorImbalance = active
    .map((p) => ({ person: p, ledger: favorLedger(p, today, 12) }))
    .filter(({ ledger }) => ledger.asked >= 2 && ledger.given < ledger.asked)
    .sort((a, b) => a.ledger.balance - b.ledger.balance || compareNames(a.person, b.person));

  return {
    today,
    noCadence,
    notContactedInAYear,
    letGo,
    unresolvedMentions: unresolvedMentions(index),
    commitment,
    totalPerMonth: round1(total),
    favorImbalance,
    events: eventsReview(index, due, today),
    introductions: introductionSuggestions(index, today),
    lastReview: lastReviewDay(index),
  };
}

/** The last review's day: the latest `type: review` note's date (any folder), or null. */
export function lastReviewDay(index: VaultIndex): Day | null {
  const k = index.context.settings.keys;
  let last: Day | null = null;
  for (const path of index.notePaths()) {
    const fm = index.noteContent(path)?.frontmatter;
    if (!fm || !lowerStrings(fm[k.type]).includes('review')) continue;
    const day = parseDay(fm[k.date]);
    if (day !== null && (last === null || day > last)) last = day;
  }
  return last;
}

/** Whether the view should remind you to review: never reviewed, or the last review `reviewIntervalMonths` months old or more. */
export function reviewReminder(index: VaultIndex, today: Day): { last: Day | null; due: boolean; nextOn: Day | null } {
  const last = lastReviewDay(index);
  if (last === null) return { last, due: true, nextOn: null };
  const nextOn = addMonths(last, index.context.settings.reviewIntervalMonths);
  return { last, due: nextOn <= today, nextOn };
}

/** `Reviews/2026-11-25 Network review.md`, or ` 2`, ` 3`… when taken (`existing`: vault paths, any case). */
export function reviewNotePath(today: Day, settings: Settings, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((p) => p.toLowerCase()));
  const folder = settings.reviewsFolder.replace(/^\/+|\/+$/g, '');
  const prefix = folder === '' ? '' : `${folder}/`;
  let path = `${prefix}${today} Network review.md`;
  for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${prefix}${today} Network review ${n}.md`;
  return path;
}

/** `[[People/Maya Chen|Maya Chen]]`: the full path, so that two people of the same name stay apart. */
function personLink(p: { path: string; name: string }): string {
  return `[[${p.path.replace(/\.md$/i, '')}|${p.name}]]`;
}

function number(n: number, lang: Lang): string {
  const s = n.toFixed(1).replace(/\.0$/, '');
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** A YAML-safe scalar for a key name from the settings (they are plain words in practice). */
function yamlKey(key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
}

/**
 * The review note: `Reviews/YYYY-MM-DD Network review.md`-ready Markdown with frontmatter
 * `type: review` and `date`, a checkbox per item, links to the people, in English or French.
 * Sections without items are left out; the commitment and the events are always there.
 */
export function reviewNoteText(review: Review, lang: Lang, settings: Settings): string {
  const k = settings.keys;
  const out: string[] = ['---', `${yamlKey(k.type)}: review`, `${yamlKey(k.date)}: ${review.today}`, '---', `# ${t(lang, 'review.title')} — ${review.today}`, ''];
  out.push(t(lang, 'review.intro'));
  out.push(review.lastReview ? t(lang, 'review.lastReview', { day: review.lastReview }) : t(lang, 'review.firstReview'));
  const section = (title: string, count: number, hint: string, items: string[]): void => {
    if (items.length === 0) return;
    out.push('', `## ${title} (${count})`, hint, '');
    for (const item of items) out.push(`- [ ] ${item}`);
  };
  section(t(lang, 'review.noCadence'), review.noCadence.length, t(lang, 'review.noCadenceHint'), review.noCadence.map(personLink));
  section(
    t(lang, 'review.notContacted'),
    review.notContactedInAYear.length,
    t(lang, 'review.notContactedHint'),
    review.notContactedInAYear.map((p) =>
      `${personLink(p)} — ${p.lastContact ? t(lang, 'review.lastContactOn', { day: p.lastContact }) : t(lang, 'review.metOn', { day: p.card.met ?? '' })}`,
    ),
  );
  section(t(lang, 'review.letGo'), review.letGo.length, t(lang, 'review.letGoHint'), review.letGo.map((p) => `${personLink(p)} — ${t(lang, 'review.tries', p.unansweredInARow)}`));
  section(
    t(lang, 'review.unresolved'),
    review.unresolvedMentions.length,
    t(lang, 'review.unresolvedHint'),
    review.unresolvedMentions.map((m) => `[[${m.name}]] — ${t(lang, 'review.inDailyNotes', m.dailyNotes)}`),
  );
  section(
    t(lang, 'review.favors'),
    review.favorImbalance.length,
    t(lang, 'review.favorsHint'),
    review.favorImbalance.map(({ person, ledger }) => `${personLink(person)} — ${t(lang, 'review.askedGave', { asked: ledger.asked, given: ledger.given })}`),
  );
  section(
    t(lang, 'review.introductions'),
    review.introductions.length,
    t(lang, 'review.introductionsHint'),
    review.introductions.map((s) => `${personLink({ path: s.a, name: s.aName })} ↔ ${personLink({ path: s.b, name: s.bName })} — ${introductionReason(s.overlap, lang)}`),
  );

  out.push('', `## ${t(lang, 'review.commitment')}`, '');
  for (const c of review.commitment) {
    out.push(`- ${c.bucket ?? t(lang, 'review.noBucket')}: ${t(lang, 'review.people', c.people)}, ${t(lang, 'review.perMonth', { n: number(c.contactsPerMonth, lang) })}`);
  }
  out.push(`- [ ] ${t(lang, 'review.total', { n: number(review.totalPerMonth, lang) })}`);

  const e = review.events;
  out.push('', `## ${t(lang, 'review.events')}`, '');
  out.push(
    e.attended === 0
      ? t(lang, 'review.noEvents')
      : t(lang, 'review.eventsLine', { attended: t(lang, 'review.eventCount', e.attended), people: t(lang, 'review.newPeople', e.newPeople), followed: e.followUpsWithinTwoDays }),
  );
  return out.join('\n') + '\n';
}
