import type { Day, Problem } from './types';
import type { Settings } from './settings';
import { parseCadence, type Cadence } from './cadence';
import { isBlank, parseDay, showValue } from './dates';
import { closestWord, likelyDay } from './spelling';

/** A birthday: with a year, or only month and day (`--05-14`, `05-14`). */
export interface Birthday {
  year: number | null;
  month: number;
  day: number;
}

/** What a person note's frontmatter says (§1, §2), read once per change of the note. */
export interface PersonCard {
  path: string;
  name: string;
  /** Other names links may use: `name` and `aliases` (not the basename, which Obsidian resolves). */
  aliases: string[];
  /** The effective cadence, or null when untracked. */
  cadence: Cadence | null;
  /** Bucket lower-cased as written (even when unknown), or null. */
  bucket: string | null;
  /** `status: paused` or `archived`. */
  paused: boolean;
  lastContact: Day | null;
  snoozeUntil: Day | null;
  met: Day | null;
  birthday: Birthday | null;
  frontmatter: Record<string, unknown>;
  /** Problems that do not depend on the day. */
  problems: Problem[];
}

function basename(path: string): string {
  // path.split('/').pop().replace(/\.md$/i, ''), without the array and the regex.
  const file = path.slice(path.lastIndexOf('/') + 1);
  const n = file.length;
  const md = n >= 3 && file.charCodeAt(n - 3) === 46 && (file.charCodeAt(n - 2) | 32) === 109 && (file.charCodeAt(n - 1) | 32) === 100;
  return md ? file.slice(0, n - 3) : file;
}

function asStrings(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() === '' ? [] : [v.trim()];
  if (typeof v === 'number') return [String(v)];
  if (Array.isArray(v)) return v.flatMap(asStrings);
  return [];
}

export function parseBirthday(v: unknown): Birthday | null | 'invalid' {
  if (isBlank(v)) return null;
  const full = parseDay(v);
  if (full) return { year: Number(full.slice(0, 4)), month: Number(full.slice(5, 7)), day: Number(full.slice(8, 10)) };
  if (typeof v !== 'string') return 'invalid';
  const m = /^(?:--)?(\d{2})-(\d{2})$/.exec(v.trim());
  if (!m) return 'invalid';
  const month = Number(m[1]);
  const day = Number(m[2]);
  // 2000 is a leap year: 29 February is a valid birthday without a year.
  if (parseDay(`2000-${m[1]}-${m[2]}`) === null) return 'invalid';
  return { year: null, month, day };
}

function dateProblem(path: string, key: string, value: unknown): Problem {
  const meant = typeof value === 'string' ? likelyDay(value, (d) => parseDay(d) !== null) : null;
  return {
    path,
    field: key,
    message: `${key} '${showValue(value)}' is not a date; write it as YYYY-MM-DD (${meant ? meant : 'e.g. 2026-03-04'}). It is ignored until then.`,
  };
}

export function readPersonCard(path: string, fm: Record<string, unknown> | null, settings: Settings): PersonCard {
  const k = settings.keys;
  const front = fm ?? {};
  const problems: Problem[] = [];
  const rawName = front[k.name];
  const name = typeof rawName === 'string' && rawName.trim() !== '' ? rawName.trim() : basename(path);
  const aliases = [...asStrings(front.aliases), ...asStrings(front.alias)];
  if (typeof rawName === 'string' && rawName.trim() !== '') aliases.push(rawName.trim());

  // Bucket first: it is the fallback of an unreadable cadence.
  const rawBucket = front[k.bucket];
  let bucket: string | null = null;
  let bucketCadence: Cadence | null = null;
  if (!isBlank(rawBucket)) {
    bucket = String(Array.isArray(rawBucket) ? rawBucket[0] : rawBucket).trim().toLowerCase();
    const phrase = settings.buckets[bucket];
    if (phrase === undefined) {
      const names = Object.keys(settings.buckets);
      const meant = closestWord(bucket, names);
      problems.push({
        path,
        field: k.bucket,
        message: `bucket '${showValue(rawBucket)}' is not a known bucket; ${meant ? `did you mean '${meant}'? Use` : 'use'} one of ${names.join(', ')}, or add it in the settings.`,
      });
    } else {
      const c = parseCadence(phrase);
      bucketCadence = c.kind === 'cadence' ? c.cadence : null;
    }
  }

  let cadence: Cadence | null = bucketCadence;
  const rawCadence = front[k.cadence];
  if (!isBlank(rawCadence)) {
    const c = parseCadence(rawCadence);
    if (c.kind === 'cadence') cadence = c.cadence;
    else if (c.kind === 'none') cadence = null;
    else {
      const fallback = bucketCadence ? ` Until then the bucket '${bucket}' sets it.` : ' Until then this person is not tracked.';
      problems.push({
        path,
        field: k.cadence,
        message: `cadence '${showValue(rawCadence)}' is not a cadence; write e.g. 'monthly', '2 weeks' or '45' (days).${fallback}`,
      });
    }
  }

  const rawStatus = front[k.status];
  let paused = false;
  if (!isBlank(rawStatus)) {
    const s = String(rawStatus).trim().toLowerCase();
    if (s === 'paused' || s === 'archived') paused = true;
    else if (s !== 'active') {
      const meant = closestWord(s, ['active', 'paused', 'archived']);
      problems.push({
        path,
        field: k.status,
        message: `status '${showValue(rawStatus)}' is not a status; ${meant ? `did you mean '${meant}'? Use` : 'use'} active, paused or archived. Counted as active until then.`,
      });
    }
  }

  const day = (key: string): Day | null => {
    const v = front[key];
    if (isBlank(v)) return null;
    const d = parseDay(v);
    if (d === null) problems.push(dateProblem(path, key, v));
    return d;
  };
  const lastContact = day(k.lastContact);
  const snoozeUntil = day(k.snoozeUntil);
  const met = day(k.met);
  const b = parseBirthday(front[k.birthday]);
  if (b === 'invalid') {
    problems.push({
      path,
      field: k.birthday,
      message: `birthday '${showValue(front[k.birthday])}' is not a date; write YYYY-MM-DD, or --MM-DD without the year.`,
    });
  }
  return {
    path,
    name,
    aliases,
    cadence,
    bucket,
    paused,
    lastContact,
    snoozeUntil,
    met,
    birthday: b === 'invalid' ? null : b,
    frontmatter: front,
    problems,
  };
}
