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

/** Days already written out, by year·10000 + month·100 + day (a vault uses a few thousand). */
const written = new Map<number, Day>();

export function makeDay(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  const key = year * 10000 + month * 100 + day;
  let text = written.get(key);
  if (text === undefined) {
    text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (written.size > 50000) written.clear();
    written.set(key, text);
  }
  return text;
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
  if (value.length === 10) {
    // The common case, `YYYY-MM-DD` exactly: no regex, and the day is the string itself.
    const y = digits4(value, 0);
    if (y >= 0 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
      const mo = digits2(value, 5);
      const d = digits2(value, 8);
      if (mo >= 0 && d >= 0) {
        return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? value : null;
      }
    }
  }
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

/** Two ASCII digits at `i` as a number, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Four ASCII digits at `i` as a number, or -1. */
function digits4(s: string, i: number): number {
  const hi = digits2(s, i);
  const lo = digits2(s, i + 2);
  return hi >= 0 && lo >= 0 ? hi * 100 + lo : -1;
}

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of `YYYY-MM-DD` (month 01–12, day 00–99 counted on from the month's
 * start, as Date.UTC does), without a Date; NaN for any other string. Years 0–99 are 1900–1999,
 * as Date.UTC reads them.
 */
function dayNumber(day: string): number {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return NaN;
  let y = digits4(day, 0);
  const m = digits2(day, 5);
  const d = digits2(day, 8);
  if (y < 0 || m < 1 || m > 12 || d < 0) return NaN;
  if (y <= 99) y += 1900;
  // Howard Hinnant's days_from_civil.
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function toUtc(day: Day): number {
  const n = dayNumber(day);
  if (!Number.isNaN(n)) return n * DAY_MS;
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromUtc(ms: number): Day {
  const z = ms / DAY_MS;
  if (Number.isInteger(z) && z >= -1e8 && z <= 1e8) {
    // Howard Hinnant's civil_from_days: the fields a Date would give, without one.
    const zz = z + 719468;
    const era = Math.floor(zz / 146097);
    const doe = zz - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  }
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
  const a = dayNumber(to);
  const b = dayNumber(from);
  if (!Number.isNaN(a) && !Number.isNaN(b)) return a - b;
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
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
