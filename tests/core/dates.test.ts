/**
 * §3 Dates. These run under TZ=UTC (vitest.config) and, through `npm run test:tz`, under
 * America/Los_Angeles and Asia/Tokyo: every answer must be the same in each zone.
 */
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, diffDays, localToday, parseDay } from '../../src/core/dates';
import { addCadence, parseCadence } from '../../src/core/cadence';
import { makeVault, note, parseYamlDates, PARSERS } from '../helpers/vault';

const TODAY = '2026-11-25';

describe('NOTE-FORMAT §3 Dates', () => {
  it('runs in the time zone the TZ variable names', () => {
    const tz = process.env.TZ ?? 'UTC';
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz === 'UTC' ? 'UTC' : tz);
  });

  // "A date is written `YYYY-MM-DD`; a date-time `YYYY-MM-DDTHH:mm[:ss]` stands for its day."
  it.each([
    ['2026-10-01', '2026-10-01'],
    ['2026-02-28', '2026-02-28'],
    ['2028-02-29', '2028-02-29'],
    ['2026-12-31', '2026-12-31'],
    ['2026-10-01T10:30', '2026-10-01'],
    ['2026-10-01T00:00', '2026-10-01'],
    ['2026-10-01T23:59:59', '2026-10-01'],
    [' 2026-10-01 ', '2026-10-01'],
  ])('valid: %j → %s', (written, day) => {
    expect(parseDay(written)).toBe(day);
  });

  // "Anything else (`2026-02-30`, `31/12/2026`, `last week`) is a problem for that field"
  it.each([
    ['2026-02-30'], ['2026-02-29'], ['2026-13-01'], ['2026-00-10'], ['2026-04-31'], ['2026-10-00'], ['31/12/2026'],
    ['12/31/2026'], ['last week'], ['2026-1-5'], ['26-10-01'], ['20261001'], ['2026-10-01T24:00'], ['2026-10-01T10:60'],
    ['2026-10'], [''], ['tomorrow'], [20261001], [null], [undefined], [true], [['2026-10-01']], [{}], [new Date(Number.NaN)],
  ])('not a day: %j', (written) => {
    expect(parseDay(written)).toBeNull();
  });

  // "It is the calendar day as written, whatever the machine's time zone: an unquoted YAML date
  // that a parser turns into a `Date` is still that same day."
  it.each([
    ['last_contact: 2026-10-01', '2026-10-01'],
    ['last_contact: 2026-01-01', '2026-01-01'],
    ['last_contact: 2026-12-31', '2026-12-31'],
    ['last_contact: 2026-03-29', '2026-03-29'], // the night Europe moves its clocks
    ['last_contact: 2026-11-01', '2026-11-01'], // the night the US moves its clocks
    ['last_contact: 2026-10-01T23:30:00', '2026-10-01'],
    ['last_contact: 2026-10-01T00:30:00', '2026-10-01'],
    ['last_contact: 2026-10-01 23:30:00', '2026-10-01'],
  ])('an unquoted YAML %s is a Date for js-yaml and still the day written', (line, day) => {
    const fm = parseYamlDates(line) as Record<string, unknown>;
    expect(fm.last_contact).toBeInstanceOf(Date);
    expect(parseDay(fm.last_contact)).toBe(day);
  });

  describe.each(PARSERS)('frontmatter dates with the YAML parser %s', (_l, parseYaml) => {
    const fields = ['last_contact', 'snooze_until', 'met'] as const;
    it.each([
      ['2026-10-01', '2026-10-01'],
      ['"2026-10-01"', '2026-10-01'],
      ["'2026-10-01'", '2026-10-01'],
      ['2026-10-01T10:30', '2026-10-01'],
      ['2026-10-01T23:30:00', '2026-10-01'],
      ['"2026-10-01T23:30:00"', '2026-10-01'],
      ['2026-12-31', '2026-12-31'],
    ])('%s reads as %s in last_contact, snooze_until and met', (written, day) => {
      for (const field of fields) {
        const v = makeVault({ 'People/A.md': note({ [field]: written }) }, { parseYaml });
        const card = v.index.person('People/A.md');
        const got = { last_contact: card?.lastContact, snooze_until: card?.snoozeUntil, met: card?.met }[field];
        expect(got, field).toBe(day);
        expect(v.index.staticProblems()).toEqual([]);
      }
    });

    it.each([
      ['2026-02-30'], ['"2026-02-30"'], ['2026-13-01'], ['31/12/2026'], ['"31/12/2026"'], ['last week'], ['2026-1-5'],
      ['2026-1-5 10:00:00'], ['20261001'], ['yes'], ['[2026-10-01]'],
    ])('%s is a problem for that field, and the field is ignored', (written) => {
      for (const field of fields) {
        const v = makeVault({ 'People/A.md': note({ cadence: 'monthly', [field]: written }) }, { parseYaml });
        const card = v.index.person('People/A.md');
        expect({ last_contact: card?.lastContact, snooze_until: card?.snoozeUntil, met: card?.met }[field], field).toBeNull();
        const problems = v.problems(TODAY);
        expect(problems.map((p) => [p.path, p.field]), field).toEqual([['People/A.md', field]]);
        expect(problems[0].message).toMatch(/YYYY-MM-DD/);
      }
    });

    it.each([['2026-02-30'], ['31/12/2026'], ['last week'], ['2026-1-5']])(
      'an interaction note dated %s is a problem for `date` and counts for nobody',
      (written) => {
        const v = makeVault(
          { 'People/Maya.md': note({ cadence: 'monthly' }), 'Meetings/Sync.md': note({ type: 'meeting', date: written, with: '"[[Maya]]"' }) },
          { parseYaml },
        );
        expect(v.person('People/Maya.md', TODAY).lastContact).toBeNull();
        expect(v.problems(TODAY).map((p) => [p.path, p.field])).toEqual([['Meetings/Sync.md', 'date']]);
      },
    );

    it('an empty date field is absent, not a problem', () => {
      const v = makeVault({ 'People/A.md': '---\ncadence: monthly\nlast_contact:\nmet: ""\nsnooze_until: \n---\n' }, { parseYaml });
      expect(v.problems(TODAY)).toEqual([]);
      expect(v.person('People/A.md', TODAY).status).toBe('new');
    });
  });

  describe('calendar arithmetic, the same in every zone', () => {
    // "Months and years are calendar months and years: 2026-10-31 plus one month is 2026-11-30."
    it.each([
      ['2026-10-31', '1 month', '2026-11-30'],
      ['2026-01-31', '1 month', '2026-02-28'],
      ['2028-01-31', '1 month', '2028-02-29'],
      ['2026-08-31', '3 months', '2026-11-30'],
      ['2026-11-30', '1 month', '2026-12-30'],
      ['2026-12-15', '1 month', '2027-01-15'],
      ['2026-10-31', '6 months', '2027-04-30'],
      ['2028-02-29', '1 year', '2029-02-28'],
      ['2026-10-01', '2 years', '2028-10-01'],
      ['2026-10-01', '13 months', '2027-11-01'],
      ['2026-03-28', '1 day', '2026-03-29'],
      ['2026-03-28', '2 days', '2026-03-30'],
      ['2026-10-31', '1 day', '2026-11-01'],
      ['2026-11-01', '1 week', '2026-11-08'],
      ['2026-12-28', '2 weeks', '2027-01-11'],
      ['2026-10-01', '45', '2026-11-15'],
      // §7 "Dates are `YYYY-MM-DD` strings": a cadence too long for the calendar stops at its last day
      ['2026-01-01', '7973 years', '9999-01-01'],
      ['2026-01-01', '99999999 years', '9999-12-31'],
      ['2026-01-01', '999999999 days', '9999-12-31'],
      ['2026-01-01', '9999999999999 weeks', '9999-12-31'],
      ['9999-12-01', '1 month', '9999-12-31'],
      ['9999-12-31', '1 day', '9999-12-31'],
    ])('%s + %s = %s', (day, cadence, expected) => {
      const c = parseCadence(cadence);
      if (c.kind !== 'cadence') throw new Error('not a cadence');
      expect(addCadence(day, c.cadence)).toBe(expected);
    });

    it.each([
      ['2026-11-25', '2026-11-25', 0],
      ['2026-11-25', '2026-11-24', 1],
      ['2026-11-24', '2026-11-25', -1],
      ['2026-11-02', '2026-10-31', 2], // across the US clock change
      ['2026-03-30', '2026-03-28', 2], // across the European clock change
      ['2027-01-01', '2026-01-01', 365],
      ['2029-01-01', '2028-01-01', 366],
    ])('diffDays(%s, %s) = %i', (to, from, n) => {
      expect(diffDays(to, from)).toBe(n);
      expect(addDays(from, n)).toBe(to);
    });

    it('addMonths goes back as well as forward', () => {
      expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
      expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    });

    it("localToday is the machine's local calendar day", () => {
      const now = new Date(2026, 10, 25, 0, 30); // 00:30 local time
      expect(localToday(now)).toBe('2026-11-25');
      expect(localToday(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
    });
  });

  describe('log items: the day as written', () => {
    it.each([
      ['2026-10-01 call', '2026-10-01'],
      ['2026-10-01T23:30 call', '2026-10-01'],
      ['2026-10-01T00:15:00 call', '2026-10-01'],
      ['2026-03-29 call', '2026-03-29'],
      ['2026-11-01 call', '2026-11-01'],
    ])('%s → %s', (item, day) => {
      const v = makeVault({ 'People/A.md': note({ cadence: 'monthly' }, `## Log\n- ${item}\n`) });
      expect(v.person('People/A.md', TODAY).lastContact).toBe(day);
    });

    it('an interaction note with an unquoted date-time keeps its day', () => {
      for (const [, parseYaml] of PARSERS) {
        const v = makeVault(
          {
            'People/Maya.md': note({ cadence: 'monthly' }),
            'Meetings/Late.md': note({ type: 'call', date: '2026-10-01T23:45:00', with: '"[[Maya]]"' }),
            'Meetings/Early.md': note({ type: 'call', date: '2026-10-03T00:15:00', with: '"[[Maya]]"' }),
          },
          { parseYaml },
        );
        expect(v.person('People/Maya.md', TODAY).contacts.map((c) => c.day)).toEqual(['2026-10-01', '2026-10-03']);
      }
    });
  });
});
