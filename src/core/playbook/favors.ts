/**
 * The favor ledger (PLAYBOOK: it is not a one-way street): `#favor/asked` and `#favor/given`
 * contacts over the last months, nested tags included (`#favor/asked/intro` is an ask).
 */
import type { Day } from '../types';
import type { PersonDue } from '../due';
import { hasTag } from '../due';
import { addMonths } from '../dates';

export interface FavorLedger {
  asked: number;
  given: number;
  lastAsked: Day | null;
  lastGiven: Day | null;
  /** given − asked: below zero, you have been asking more than giving. */
  balance: number;
}

/**
 * Whether a day lies in the last `months` calendar months up to today: after the same day
 * `months` months ago (2025-11-25 is out and 2025-11-26 in, for 12 months to 2026-11-25).
 */
export function withinMonths(day: Day, today: Day, months: number): boolean {
  return day <= today && day > addMonths(today, -months);
}

/** `#favor/asked` and `#favor/given` (nested tags count) over the last `months` months (default 12), contacts only. */
export function favorLedger(p: PersonDue, today: Day, months = 12): FavorLedger {
  let asked = 0;
  let given = 0;
  let lastAsked: Day | null = null;
  let lastGiven: Day | null = null;
  for (const c of p.contacts) {
    if (!withinMonths(c.day, today, months)) continue;
    if (hasTag(c.tags, 'favor/asked')) {
      asked++;
      if (lastAsked === null || c.day > lastAsked) lastAsked = c.day;
    }
    if (hasTag(c.tags, 'favor/given')) {
      given++;
      if (lastGiven === null || c.day > lastGiven) lastGiven = c.day;
    }
  }
  return { asked, given, lastAsked, lastGiven, balance: given - asked };
}
