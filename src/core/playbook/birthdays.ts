/** Birthdays (§1 `birthday`: `YYYY-MM-DD`, `--MM-DD` or `MM-DD`), ahead of time. */
import type { Day } from '../types';
import type { Birthday } from '../person';
import type { VaultIndex } from '../vaultIndex';
import type { DueCalculator, PersonDue } from '../due';
import { compareNames } from '../due';
import { LAST_DAY, daysInMonth, diffDays, makeDay } from '../dates';

export interface BirthdaySoon {
  person: PersonDue;
  /** The next occurrence, today included. */
  date: Day;
  inDays: number;
  /** The age they turn on `date`, when the birthday has a year (and it is before `date`). */
  turning: number | null;
}

function occurrence(b: Birthday, year: number): Day | null {
  if (year > 9999) return null;
  // 29 February falls on 28 February in a common year.
  return makeDay(year, b.month, Math.min(b.day, daysInMonth(year, b.month)));
}

/** The next occurrence of a birthday on or after today; 29 February is 28 February in a common year. */
export function nextBirthday(b: Birthday, today: Day): Day {
  const year = Number(today.slice(0, 4));
  const thisYear = occurrence(b, year);
  if (thisYear !== null && thisYear >= today) return thisYear;
  return occurrence(b, year + 1) ?? LAST_DAY;
}

/** The birthday of one person when it is within `leadDays` days (today included), else null. */
export function birthdaySoonOf(p: PersonDue, today: Day, leadDays: number): BirthdaySoon | null {
  const b = p.card.birthday;
  if (!b) return null;
  const date = nextBirthday(b, today);
  const inDays = diffDays(date, today);
  if (inDays < 0 || inDays > leadDays) return null;
  const age = b.year !== null ? Number(date.slice(0, 4)) - b.year : null;
  return { person: p, date, inDays, turning: age !== null && age > 0 ? age : null };
}

/**
 * Birthdays in the next `leadDays` days, today included (a birthday exactly `leadDays` days away
 * is in); 29 February falls on 28 February in a common year. Paused people left out. Soonest
 * first, then by name.
 */
export function birthdaysSoon(index: VaultIndex, due: DueCalculator, today: Day, leadDays: number): BirthdaySoon[] {
  const out: BirthdaySoon[] = [];
  for (const card of index.allPeople()) {
    if (!card.birthday || card.paused) continue;
    const date = nextBirthday(card.birthday, today);
    if (diffDays(date, today) > leadDays) continue;
    const p = due.person(card.path, today);
    const soon = p ? birthdaySoonOf(p, today, leadDays) : null;
    if (soon) out.push(soon);
  }
  return out.sort((a, b) => a.inDays - b.inDays || compareNames(a.person, b.person));
}
