/** The dates contact files hold, turned into the note format's `YYYY-MM-DD` / `--MM-DD`. */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(month: number, year: number | null): number {
  if (month === 2) {
    if (year === null) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD`, or `--MM-DD` when year is null; null for an impossible day. */
export function formatDay(year: number | null, month: number, day: number): string | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(month, year)) return null;
  if (year === null) return `--${pad(month)}-${pad(day)}`;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** LinkedIn's "Connected On": `07 Dec 2025` (also `7 December 2025` and `2025-12-07`). */
export function parseConnectedOn(s: string): string | null {
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return formatDay(+iso[1], +iso[2], +iso[3]);
  const m = /^(\d{1,2})[\s-]+(\p{L}+)\.?,?[\s-]+(\d{4})$/u.exec(t);
  if (!m) return null;
  const month = monthNumber(m[2]);
  return month === null ? null : formatDay(+m[3], month, +m[1]);
}

const MONTH_WORDS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** `Dec`, `dec`, `December`, `Sept` → the month's number. */
function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'sept') return 9;
  if (w.length < 3) return null;
  const i = MONTH_WORDS.findIndex((full) => full.startsWith(w));
  return i < 0 ? null : i + 1;
}

/**
 * A birthday as vCard and Google write it: `1985-05-14`, `19850514`, `--05-14`, `--0514`,
 * with or without a time after `T`. Null when it is not a whole day (`1985`, `circa 1800`).
 */
export function parseBirthday(s: string): string | null {
  const t = s.trim().replace(/T.*$/i, '');
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(t) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return formatDay(+m[1], +m[2], +m[3]);
  m = /^--(\d{2})-?(\d{2})$/.exec(t);
  if (m) return formatDay(null, +m[1], +m[2]);
  return null;
}
