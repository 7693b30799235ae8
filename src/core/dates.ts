import type { Day } from './types';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** The shape of a day at the start of a log item, valid or not. */
export const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return MONTH_DAYS[month - 1];
}

export function makeDay(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * A day from a frontmatter value or a log item (NOTE-FORMAT §3): `YYYY-MM-DD`, or a date-time that
 * stands for its day. A `Date` (an unquoted YAML date turned into one by a parser) is read in UTC,
 * which is how YAML parsers build it, so the day is the one written whatever the machine's zone.
 * Returns null for anything else.
 */
export function parseDay(value: unknown): Day | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return makeDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return null;
  const m = DAY_RE.exec(value.trim());
  if (!m) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59))) {
    return null;
  }
  return makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Whether a frontmatter value is present at all (an empty key is absent, not an error). */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Shows a raw frontmatter value in a problem message. */
export function showValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function toUtc(day: Day): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromUtc(ms: number): Day {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The last day a `YYYY-MM-DD` string can hold: a cadence too long for the calendar stops there. */
export const LAST_DAY: Day = '9999-12-31';
const LAST_MS = Date.UTC(9999, 11, 31);

export function addDays(day: Day, n: number): Day {
  const ms = toUtc(day) + n * 86_400_000;
  return Number.isFinite(ms) && ms <= LAST_MS ? fromUtc(ms) : LAST_DAY;
}

/** Calendar months: 2026-10-31 plus one month is 2026-11-30. */
export function addMonths(day: Day, n: number): Day {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  if (!Number.isFinite(year) || year > 9999) return LAST_DAY;
  const month = ((m % 12) + 12) % 12 + 1;
  const d = Math.min(Number(day.slice(8, 10)), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(to: Day, from: Day): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The machine's local calendar day. */
export function localToday(now: Date = new Date()): Day {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function maxDay(a: Day | null, b: Day | null): Day | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
