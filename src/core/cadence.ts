import type { Day } from './types';
import { addDays, addMonths } from './dates';

export type CadenceUnit = 'day' | 'week' | 'month' | 'year';

export interface Cadence {
  n: number;
  unit: CadenceUnit;
}

/** A cadence value read (§2): a cadence, explicitly none (untracked), or unreadable. */
export type CadenceParse =
  | { kind: 'cadence'; cadence: Cadence }
  | { kind: 'none' }
  | { kind: 'invalid' };

const UNITS: Record<string, CadenceUnit> = {
  d: 'day', day: 'day', days: 'day', j: 'day', jour: 'day', jours: 'day',
  w: 'week', week: 'week', weeks: 'week', sem: 'week', semaine: 'week', semaines: 'week',
  m: 'month', mo: 'month', month: 'month', months: 'month', mois: 'month',
  y: 'year', year: 'year', years: 'year', an: 'year', ans: 'year', année: 'year', années: 'year',
  annee: 'year', annees: 'year',
};

const WORDS: Record<string, Cadence> = {
  daily: { n: 1, unit: 'day' }, quotidien: { n: 1, unit: 'day' },
  weekly: { n: 1, unit: 'week' }, hebdomadaire: { n: 1, unit: 'week' },
  biweekly: { n: 2, unit: 'week' }, fortnightly: { n: 2, unit: 'week' },
  monthly: { n: 1, unit: 'month' }, mensuel: { n: 1, unit: 'month' },
  quarterly: { n: 3, unit: 'month' }, trimestriel: { n: 3, unit: 'month' },
  semiannual: { n: 6, unit: 'month' }, semestriel: { n: 6, unit: 'month' },
  yearly: { n: 1, unit: 'year' }, annually: { n: 1, unit: 'year' }, annuel: { n: 1, unit: 'year' },
};

const NONE_WORDS = new Set(['none', 'never', 'jamais']);
const PREFIX = /^(?:every|tousles|toutesles)/;
const PHRASE = /^(\d+)?([a-zéè]+)?$/;

function fromNumber(n: number): CadenceParse {
  if (n === 0) return { kind: 'none' };
  if (!Number.isInteger(n) || n < 0) return { kind: 'invalid' };
  return { kind: 'cadence', cadence: { n, unit: 'day' } };
}

/** Cadence strings already read (vaults repeat a handful of them); each answer is handed out as a copy. */
const read = new Map<string, CadenceParse>();

/** Reads a `cadence` value; never throws (§2). */
export function parseCadence(value: unknown): CadenceParse {
  if (typeof value !== 'string') return parseCadenceValue(value);
  let known = read.get(value);
  if (known === undefined) {
    known = parseCadenceValue(value);
    if (read.size > 1000) read.clear();
    read.set(value, known);
  }
  return known.kind === 'cadence' ? { kind: 'cadence', cadence: { ...known.cadence } } : { kind: known.kind };
}

function parseCadenceValue(value: unknown): CadenceParse {
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value !== 'string') return { kind: 'invalid' };
  const compact = value.normalize('NFC').toLowerCase().replace(/\s+/g, '');
  if (compact === '') return { kind: 'invalid' };
  if (NONE_WORDS.has(compact)) return { kind: 'none' };
  const word = WORDS[compact];
  if (word) return { kind: 'cadence', cadence: { ...word } };
  const rest = compact.replace(PREFIX, '');
  if (rest !== compact && WORDS[rest]) return { kind: 'cadence', cadence: { ...WORDS[rest] } };
  const m = PHRASE.exec(rest);
  if (!m || (m[1] === undefined && m[2] === undefined)) return { kind: 'invalid' };
  const n = m[1] === undefined ? 1 : Number(m[1]);
  if (!Number.isSafeInteger(n)) return { kind: 'invalid' };
  if (m[2] === undefined) return fromNumber(n);
  const unit = UNITS[m[2]];
  if (!unit) return { kind: 'invalid' };
  if (n === 0) return { kind: 'none' };
  return { kind: 'cadence', cadence: { n, unit } };
}

const UNIT_DAYS: Record<CadenceUnit, number> = { day: 1, week: 7, month: 30, year: 365 };

/** Length in days, for ranking only (§2). */
export function cadenceDays(c: Cadence): number {
  return c.n * UNIT_DAYS[c.unit];
}

/** The normalised English phrase of §7: `6 weeks`, `1 month`, `45 days`. */
export function cadencePhrase(c: Cadence): string {
  return `${c.n} ${c.unit}${c.n === 1 ? '' : 's'}`;
}

/** `day` plus the cadence, in calendar months and years. */
export function addCadence(day: Day, c: Cadence): Day {
  switch (c.unit) {
    case 'day':
      return addDays(day, c.n);
    case 'week':
      return addDays(day, 7 * c.n);
    case 'month':
      return addMonths(day, c.n);
    case 'year':
      return addMonths(day, 12 * c.n);
  }
}
