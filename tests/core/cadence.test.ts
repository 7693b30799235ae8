import { describe, expect, it } from 'vitest';
import { cadenceDays, cadencePhrase, parseCadence, type Cadence } from '../../src/core/cadence';
import { makeVault, note, PARSERS } from '../helpers/vault';

const TODAY = '2026-11-25';

function phrase(value: unknown): string | 'none' | 'invalid' {
  const c = parseCadence(value);
  return c.kind === 'cadence' ? cadencePhrase(c.cadence) : c.kind;
}

describe('NOTE-FORMAT §2 Cadence', () => {
  // "`cadence` is a whole number of days (at least 1)"
  it.each([
    [1, '1 day'],
    [45, '45 days'],
    ['45', '45 days'],
    [' 45 ', '45 days'],
    [365, '365 days'],
    [0, 'none'],
    ['0', 'none'],
    [-3, 'invalid'],
    ['-3', 'invalid'],
    [1.5, 'invalid'],
    ['1.5', 'invalid'],
    [Number.NaN, 'invalid'],
    [Number.POSITIVE_INFINITY, 'invalid'],
  ])('a number of days: %j → %s', (value, expected) => {
    expect(phrase(value)).toBe(expected);
  });

  // "`N` + a unit: `d`, `day(s)`, `j`, `jour(s)`; `w`, `week(s)`, `sem`, `semaine(s)`;
  // `m`, `mo`, `month(s)`, `mois`; `y`, `year(s)`, `an(s)`, `année(s)`."
  it.each([
    ['3 d', '3 days'], ['1 day', '1 day'], ['3 days', '3 days'], ['3 j', '3 days'], ['1 jour', '1 day'], ['3 jours', '3 days'],
    ['2 w', '2 weeks'], ['1 week', '1 week'], ['6 weeks', '6 weeks'], ['2 sem', '2 weeks'], ['1 semaine', '1 week'],
    ['2 semaines', '2 weeks'],
    ['3 m', '3 months'], ['3 mo', '3 months'], ['1 month', '1 month'], ['3 months', '3 months'], ['3 mois', '3 months'],
    ['1 y', '1 year'], ['1 year', '1 year'], ['2 years', '2 years'], ['1 an', '1 year'], ['2 ans', '2 years'],
    ['1 année', '1 year'], ['2 années', '2 years'],
  ])('number and unit: %s → %s', (value, expected) => {
    expect(phrase(value)).toBe(expected);
  });

  // "case- and space-insensitive (spaces around and between the number and the unit are optional:
  // `2weeks` = `2 weeks`)"
  it.each([
    ['2weeks', '2 weeks'], ['2 Weeks', '2 weeks'], ['2 WEEKS', '2 weeks'], ['  2   weeks  ', '2 weeks'],
    ['2\tweeks', '2 weeks'], ['3MOIS', '3 months'], ['1 Année', '1 year'], ['1 ANNÉE', '1 year'], ['45D', '45 days'],
    // the same word with é written as e + a combining accent (NFD, as macOS may store it)
    ['1 anne\u0301e', '1 year'],
  ])('case and spaces: %j → %s', (value, expected) => {
    expect(phrase(value)).toBe(expected);
  });

  // "with an optional `every` / `tous les` / `toutes les` in front; a unit without a number means
  // one (`every week`, `tous les mois`)"
  it.each([
    ['every 2 weeks', '2 weeks'], ['Every 3 months', '3 months'], ['every2weeks', '2 weeks'], ['every week', '1 week'],
    ['every month', '1 month'], ['every year', '1 year'], ['every day', '1 day'], ['every 45', '45 days'],
    ['tous les 3 mois', '3 months'], ['tous les mois', '1 month'], ['Tous Les Ans', '1 year'], ['tous les jours', '1 day'],
    ['toutes les semaines', '1 week'], ['toutes les 2 semaines', '2 weeks'], ['touslesmois', '1 month'],
    ['week', '1 week'], ['month', '1 month'], ['mois', '1 month'], ['semaine', '1 week'],
  ])('every / tous les / toutes les: %s → %s', (value, expected) => {
    expect(phrase(value)).toBe(expected);
  });

  // "a word: `daily`/`quotidien` = 1 day; `weekly`/`hebdomadaire` = 1 week; `biweekly`/`fortnightly`
  // = 2 weeks; `monthly`/`mensuel` = 1 month; `quarterly`/`trimestriel` = 3 months;
  // `semiannual`/`semestriel` = 6 months; `yearly`/`annually`/`annuel` = 1 year."
  it.each([
    ['daily', '1 day'], ['quotidien', '1 day'], ['weekly', '1 week'], ['hebdomadaire', '1 week'],
    ['biweekly', '2 weeks'], ['fortnightly', '2 weeks'], ['monthly', '1 month'], ['mensuel', '1 month'],
    ['quarterly', '3 months'], ['trimestriel', '3 months'], ['semiannual', '6 months'], ['semestriel', '6 months'],
    ['yearly', '1 year'], ['annually', '1 year'], ['annuel', '1 year'], ['Monthly', '1 month'], [' QUARTERLY ', '3 months'],
  ])('word: %s → %s', (value, expected) => {
    expect(phrase(value)).toBe(expected);
  });

  // "`0` (with or without a unit), `none`, `never`, `jamais`: not tracked."
  it.each([['0'], [0], ['0 days'], ['0d'], ['0 weeks'], ['0 mois'], ['none'], ['None'], ['never'], ['NEVER'], ['jamais'], ['Jamais']])(
    'not tracked: %j',
    (value) => {
      expect(phrase(value)).toBe('none');
    },
  );

  // "An unreadable cadence is a problem" — the parser says so, never throws.
  it.each([
    ['every blue moon'], ['sometimes'], ['2 fortnights'], ['2.5 weeks'], ['-1 week'], ['weeks 2'], ['every'], ['tous les'],
    ['2 weeks 3 days'], [''], ['   '], ['monthly-ish'], [true], [null], [undefined], [{ n: 2 }], [['monthly']],
    [new Date('2026-10-01')], ['9'.repeat(400) + ' days'],
  ])('unreadable: %j', (value) => {
    expect(parseCadence(value).kind).toBe('invalid');
  });

  // "For ranking only, a week counts 7 days, a month 30, a year 365 (`cadenceDays`)."
  it.each<[Cadence, number]>([
    [{ n: 1, unit: 'day' }, 1], [{ n: 45, unit: 'day' }, 45], [{ n: 1, unit: 'week' }, 7], [{ n: 2, unit: 'week' }, 14],
    [{ n: 1, unit: 'month' }, 30], [{ n: 3, unit: 'month' }, 90], [{ n: 1, unit: 'year' }, 365], [{ n: 2, unit: 'year' }, 730],
  ])('cadenceDays(%j) = %i', (c, days) => {
    expect(cadenceDays(c)).toBe(days);
  });

  describe('buckets', () => {
    // "Without `cadence`, the person's `bucket` gives it (bucket names case-insensitive)" + the table.
    it.each([
      ['client', '1 month', 30], ['prospect', '1 month', 30], ['influential', '2 months', 60], ['connector', '2 months', 60],
      ['friend', '1 month', 30], ['acquaintance', '6 months', 180], ['Connector', '2 months', 60], ['CLIENT', '1 month', 30],
      ['"  Friend "', '1 month', 30],
    ])('bucket %s → %s', (bucket, cadence, days) => {
      const v = makeVault({ 'People/A.md': note({ bucket }) });
      const p = v.person('People/A.md', TODAY);
      expect([p.cadence, p.cadenceDays]).toEqual([cadence, days]);
      expect(v.problems(TODAY)).toEqual([]);
    });

    it('a cadence of its own wins over the bucket', () => {
      const v = makeVault({ 'People/A.md': note({ bucket: 'acquaintance', cadence: '2 weeks' }) });
      expect(v.person('People/A.md', TODAY).cadence).toBe('2 weeks');
    });

    it('the bucket table is a setting', () => {
      const v = makeVault({ 'People/A.md': note({ bucket: 'mentor' }) }, { settings: (s) => { s.buckets = { mentor: 'quarterly' }; } });
      expect(v.person('People/A.md', TODAY).cadence).toBe('3 months');
      expect(v.problems(TODAY)).toEqual([]);
    });
  });

  describe.each(PARSERS)('effective cadence and problems, YAML parser %s', (_l, parseYaml) => {
    // "An unreadable cadence is a problem (§6), and the person's bucket, if any, gives the cadence;
    // without a usable bucket the person is untracked. An unknown bucket is a problem too (a typo,
    // most often); the person keeps their own `cadence` if they have one. `cadence: none` (or `0`,
    // `never`, `jamais`) untracks the person even when their bucket has a cadence."
    it.each([
      ['monthly, no bucket', { cadence: 'monthly' }, '1 month', 'new', []],
      ['unreadable, bucket connector', { cadence: 'every blue moon', bucket: 'connector' }, '2 months', 'new', ['cadence']],
      ['unreadable, no bucket', { cadence: 'every blue moon' }, null, 'untracked', ['cadence']],
      ['unreadable, unknown bucket', { cadence: 'every blue moon', bucket: 'conector' }, null, 'untracked', ['bucket', 'cadence']],
      ['unknown bucket, own cadence', { cadence: '2 weeks', bucket: 'conector' }, '2 weeks', 'new', ['bucket']],
      ['unknown bucket, no cadence', { bucket: 'conector' }, null, 'untracked', ['bucket']],
      ['cadence: none with a bucket', { cadence: 'none', bucket: 'client' }, null, 'untracked', []],
      ['cadence: 0 with a bucket', { cadence: '0', bucket: 'client' }, null, 'untracked', []],
      ['cadence: never with a bucket', { cadence: 'never', bucket: 'friend' }, null, 'untracked', []],
      ['cadence: jamais with a bucket', { cadence: 'jamais', bucket: 'connector' }, null, 'untracked', []],
      ['cadence: "0 days" with a bucket', { cadence: '0 days', bucket: 'connector' }, null, 'untracked', []],
      ['empty cadence: the bucket', { cadence: '', bucket: 'friend' }, '1 month', 'new', []],
      ['bare number 45', { cadence: '45' }, '45 days', 'new', []],
      ['quoted "45"', { cadence: '"45"' }, '45 days', 'new', []],
      ['negative number', { cadence: '-5' }, null, 'untracked', ['cadence']],
      ['a YAML list', { cadence: '[monthly]' }, null, 'untracked', ['cadence']],
      ['a YAML date', { cadence: '2026-10-01' }, null, 'untracked', ['cadence']],
      ['neither cadence nor bucket', {}, null, 'untracked', []],
    ])('%s', (_name, fm, cadence, status, fields) => {
      const v = makeVault({ 'People/A.md': note(fm as Record<string, string>) }, { parseYaml });
      const p = v.person('People/A.md', TODAY);
      expect(p.cadence).toBe(cadence);
      expect(p.status).toBe(status);
      expect(v.problems(TODAY).map((x) => x.field).sort()).toEqual(fields);
    });

    it('the problem of an unreadable cadence quotes it and says what to write', () => {
      const v = makeVault({ 'People/Leo Park.md': note({ cadence: 'every blue moon' }) }, { parseYaml });
      const [p] = v.problems(TODAY);
      expect(p).toMatchObject({ path: 'People/Leo Park.md', field: 'cadence' });
      expect(p.message).toContain("'every blue moon'");
      expect(p.message).toMatch(/monthly/);
    });

    it('the problem of an unknown bucket names it', () => {
      const v = makeVault({ 'People/A.md': note({ bucket: 'Conector' }) }, { parseYaml });
      const [p] = v.problems(TODAY);
      expect(p).toMatchObject({ path: 'People/A.md', field: 'bucket' });
      expect(p.message).toContain('Conector');
      // "bucket is printed lower-cased as written, even when unknown" (§7)
      expect(v.person('People/A.md', TODAY).bucket).toBe('conector');
    });
  });
});
