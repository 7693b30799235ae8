import type { Day } from './types';
import { makeDay, parseDay } from './dates';

/** Daily notes (§4c): moment-style names such as `YYYY-MM-DD` or `YYYY/MM/DD dddd`. */
export interface DailyFormat {
  readonly format: string;
  readonly folder: string;
  /** The note's name for a day, e.g. `2026-11-25` (no folder, no `.md`). */
  formatDay(day: Day): string;
  /** The day a name stands for, when it matches the format exactly. */
  parseName(name: string): Day | null;
  /** The day of a vault path when it is a daily note (folder and format both match). */
  dayOfPath(path: string): Day | null;
  /** The day a link target names (`2026-09-12`, `Daily/2026-09-12`), for log items. */
  dayOfLinkTarget(target: string): Day | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TOKEN = /\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|M|Do|DDDD|DDD|DD|D|dddd|ddd|dd|d|GGGG|gggg|WW|W|ww|w|E|e|Q|[\s\S]/g;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function ordinal(n: number): string {
  const b = n % 10;
  const suffix = Math.floor((n % 100) / 10) === 1 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

interface Parts { y: number; m: number; d: number; dow: number; doy: number }

function partsOf(day: Day): Parts {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const t = Date.UTC(y, m - 1, d);
  return { y, m, d, dow: new Date(t).getUTCDay(), doy: Math.round((t - Date.UTC(y, 0, 1)) / 86_400_000) + 1 };
}

/** ISO week and week-year (weeks start Monday; week 1 holds the first Thursday). */
function isoWeek(p: Parts): { week: number; year: number } {
  const t = Date.UTC(p.y, p.m - 1, p.d);
  const dow = (p.dow + 6) % 7;
  const thursday = new Date(t - dow * 86_400_000 + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return { week, year };
}

/** moment's English locale weeks (start Sunday, week 1 holds 1 January). */
function localeWeek(p: Parts): { week: number; year: number } {
  const t = Date.UTC(p.y, p.m - 1, p.d);
  const saturday = new Date(t + (6 - p.dow) * 86_400_000);
  const year = saturday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const firstSunday = jan1 - new Date(jan1).getUTCDay() * 86_400_000;
  return { week: Math.floor((t - firstSunday) / 86_400_000 / 7) + 1, year };
}

function formatToken(tok: string, p: Parts): string {
  switch (tok) {
    case 'YYYY': return pad(p.y, 4);
    case 'YY': return pad(p.y % 100);
    case 'MMMM': return MONTHS[p.m - 1];
    case 'MMM': return MONTHS[p.m - 1].slice(0, 3);
    case 'MM': return pad(p.m);
    case 'M': return String(p.m);
    case 'Do': return ordinal(p.d);
    case 'DDDD': return pad(p.doy, 3);
    case 'DDD': return String(p.doy);
    case 'DD': return pad(p.d);
    case 'D': return String(p.d);
    case 'dddd': return WEEKDAYS[p.dow];
    case 'ddd': return WEEKDAYS[p.dow].slice(0, 3);
    case 'dd': return WEEKDAYS[p.dow].slice(0, 2);
    case 'd': return String(p.dow);
    case 'e': return String(p.dow);
    case 'E': return String(((p.dow + 6) % 7) + 1);
    case 'Q': return String(Math.ceil(p.m / 3));
    case 'GGGG': return pad(isoWeek(p).year, 4);
    case 'WW': return pad(isoWeek(p).week);
    case 'W': return String(isoWeek(p).week);
    case 'gggg': return pad(localeWeek(p).year, 4);
    case 'ww': return pad(localeWeek(p).week);
    case 'w': return String(localeWeek(p).week);
    default:
      return tok.startsWith('[') && tok.endsWith(']') ? tok.slice(1, -1) : tok;
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NAMES_RE = `(${[...MONTHS, ...WEEKDAYS].map((n) => `${n}|${n.slice(0, 3)}|${n.slice(0, 2)}`).join('|')})`;

function tokenPattern(tok: string): { re: string; field?: 'y' | 'yy' | 'm' | 'mname' | 'd' | 'doy' } {
  switch (tok) {
    case 'YYYY': return { re: '(\\d{4})', field: 'y' };
    case 'YY': return { re: '(\\d{2})', field: 'yy' };
    case 'MMMM': case 'MMM': return { re: NAMES_RE, field: 'mname' };
    case 'MM': case 'M': return { re: '(\\d{1,2})', field: 'm' };
    case 'Do': return { re: '(\\d{1,2})(?:st|nd|rd|th)', field: 'd' };
    case 'DDDD': case 'DDD': return { re: '(\\d{1,3})', field: 'doy' };
    case 'DD': case 'D': return { re: '(\\d{1,2})', field: 'd' };
    case 'dddd': case 'ddd': case 'dd': return { re: NAMES_RE };
    case 'd': case 'e': case 'E': case 'Q': case 'W': case 'w': return { re: '(\\d{1,2})' };
    case 'WW': case 'ww': return { re: '(\\d{2})' };
    case 'GGGG': case 'gggg': return { re: '(\\d{4})' };
    default: return { re: escapeRe(formatToken(tok, partsOf('2000-01-01'))) };
  }
}

function stripMd(path: string): string {
  return path.toLowerCase().endsWith('.md') ? path.slice(0, -3) : path;
}

function trimSlashes(s: string): string {
  return s.replace(/^\/+|\/+$/g, '');
}

export function compileDailyFormat(format: string, folder: string): DailyFormat {
  const fmt = format.trim() === '' ? 'YYYY-MM-DD' : format.trim();
  const dir = trimSlashes(folder.trim());
  const tokens = fmt.match(TOKEN) ?? [];
  const fields: (string | undefined)[] = [];
  let source = '';
  for (const tok of tokens) {
    const p = tokenPattern(tok);
    source += p.re;
    if (p.re.startsWith('(')) fields.push(p.field);
  }
  const re = new RegExp(`^${source}$`);
  const hasDate = fields.includes('y') || fields.includes('yy');
  const hasDay = (fields.includes('m') || fields.includes('mname')) && fields.includes('d') || fields.includes('doy');
  const segments = fmt.split('/').length;

  const formatDay = (day: Day): string => {
    const p = partsOf(day);
    return tokens.map((t) => formatToken(t, p)).join('');
  };

  const parseName = (name: string): Day | null => {
    if (!hasDate || !hasDay) return null;
    const m = re.exec(name);
    if (!m) return null;
    let y = NaN;
    let mo = NaN;
    let d = NaN;
    let doy = NaN;
    fields.forEach((f, i) => {
      const v = m[i + 1];
      if (f === 'y') y = Number(v);
      else if (f === 'yy') y = 2000 + Number(v);
      else if (f === 'm') mo = Number(v);
      else if (f === 'mname') mo = MONTHS.findIndex((n) => n.startsWith(v)) + 1;
      else if (f === 'd') d = Number(v);
      else if (f === 'doy') doy = Number(v);
    });
    let day: Day | null;
    if (!Number.isNaN(doy) && Number.isNaN(d)) {
      const first = makeDay(y, 1, 1);
      if (first === null || doy < 1 || doy > 366) return null;
      const t = new Date(Date.UTC(y, 0, doy));
      day = makeDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
    } else {
      day = makeDay(y, mo, d);
    }
    // Strict, as moment's strict parse: the day must format back to the very same name.
    return day !== null && formatDay(day) === name ? day : null;
  };

  const lastSegments = (p: string): string => p.split('/').slice(-segments).join('/');
  // Link targets repeat (the same days over and over): remember what each one reads as.
  const linkDays = new Map<string, Day | null>();

  return {
    format: fmt,
    folder: dir,
    formatDay,
    parseName,
    dayOfPath(path: string): Day | null {
      if (!path.toLowerCase().endsWith('.md')) return null;
      const bare = stripMd(path);
      if (dir !== '' && !bare.toLowerCase().startsWith(dir.toLowerCase() + '/')) return null;
      const below = dir === '' ? bare : bare.slice(dir.length + 1);
      if (below.split('/').length < segments) return null;
      return parseName(lastSegments(below));
    },
    dayOfLinkTarget(target: string): Day | null {
      const known = linkDays.get(target);
      if (known !== undefined) return known;
      const day = readLinkDay(target);
      if (linkDays.size > 5000) linkDays.clear();
      linkDays.set(target, day);
      return day;
    },
  };

  function readLinkDay(target: string): Day | null {
    const bare = stripMd(target.split('#')[0].trim());
    const fromFormat = bare.split('/').length >= segments ? parseName(lastSegments(bare)) : null;
    if (fromFormat) return fromFormat;
    const base = bare.split('/').pop() ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(base) ? parseDay(base) : null;
  }
}

/** Obsidian's daily-notes.json (`{format, folder}`), tolerant of a missing or odd file. */
export function readDailyNotesConfig(json: string | null): { format: string; folder: string; error?: string } {
  if (json === null) return { format: 'YYYY-MM-DD', folder: '' };
  try {
    const raw: unknown = JSON.parse(json);
    if (typeof raw !== 'object' || raw === null) return { format: 'YYYY-MM-DD', folder: '' };
    const r = raw as Record<string, unknown>;
    const format = typeof r.format === 'string' && r.format.trim() !== '' ? r.format.trim() : 'YYYY-MM-DD';
    const folder = typeof r.folder === 'string' ? trimSlashes(r.folder.trim()) : '';
    return { format, folder };
  } catch (e) {
    return { format: 'YYYY-MM-DD', folder: '', error: e instanceof Error ? e.message : String(e) };
  }
}
