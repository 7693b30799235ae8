// Birthdays: YYYY-MM-DD, --MM-DD, MM-DD; the next occurrence; 29 February in common years; lead days; year wrap.
import { describe, expect, it } from 'vitest';
import { makeVault, note } from '../../helpers/vault';
import { birthdaysSoon, nextBirthday } from '../../../src/core/playbook';
import type { Birthday } from '../../../src/core/person';

const bd = (month: number, day: number, year: number | null = null): Birthday => ({ year, month, day });

describe('nextBirthday', () => {
  it.each([
    ['later this year', bd(11, 28), '2026-11-25', '2026-11-28'],
    ['today', bd(11, 25), '2026-11-25', '2026-11-25'],
    ['yesterday: next year', bd(11, 24), '2026-11-25', '2027-11-24'],
    ['year wrap Dec → Jan', bd(1, 2), '2026-12-28', '2027-01-02'],
    ['31 December on 31 December', bd(12, 31), '2026-12-31', '2026-12-31'],
    ['1 January on 31 December', bd(1, 1), '2026-12-31', '2027-01-01'],
    ['29 February, next one in a common year: 28 February', bd(2, 29), '2026-11-25', '2027-02-28'],
    ['29 February, next one in a leap year', bd(2, 29), '2027-11-25', '2028-02-29'],
    ['29 February seen on 28 February of a common year: today', bd(2, 29), '2027-02-28', '2027-02-28'],
    ['29 February seen on 28 February of a leap year: tomorrow', bd(2, 29), '2028-02-28', '2028-02-29'],
    ['29 February seen on 1 March of a leap year: next year, a common one', bd(2, 29), '2028-03-01', '2029-02-28'],
    ['2100 is no leap year', bd(2, 29), '2099-12-01', '2100-02-28'],
    ['2000 was one', bd(2, 29, 1980), '1999-12-01', '2000-02-29'],
    ['28 February stays', bd(2, 28), '2028-02-27', '2028-02-28'],
  ])('%s', (_n, b, today, expected) => {
    expect(nextBirthday(b, today)).toBe(expected);
  });
});

describe('birthdaysSoon', () => {
  const TODAY = '2026-11-25';
  const vault = makeVault({
    'People/Today.md': note({ birthday: '1990-11-25' }),
    'People/Three.md': note({ birthday: '"11-28"' }),
    'People/Seven.md': note({ birthday: '1991-12-02' }),
    'People/Eight.md': note({ birthday: '--12-03' }),
    'People/Yesterday.md': note({ birthday: '--11-24' }),
    'People/Paused.md': note({ birthday: '--11-26', status: 'paused' }),
    'People/Archived.md': note({ birthday: '--11-26', status: 'archived' }),
    'People/Untracked.md': note({ birthday: '--11-27', cadence: 'none' }),
    'People/Unborn.md': note({ birthday: '2026-11-27' }),
    'People/None.md': note({ cadence: 'monthly' }),
    'People/Bad.md': note({ birthday: '2026-02-30' }),
  });

  it('within the lead days, today and the last day included; paused and archived left out; soonest first', () => {
    expect(birthdaysSoon(vault.index, vault.due, TODAY, 7).map((b) => [b.person.name, b.date, b.inDays, b.turning])).toEqual([
      ['Today', '2026-11-25', 0, 36],
      ['Unborn', '2026-11-27', 2, null],
      ['Untracked', '2026-11-27', 2, null],
      ['Three', '2026-11-28', 3, null],
      ['Seven', '2026-12-02', 7, 35],
    ]);
  });

  it.each([
    [0, ['Today']],
    [1, ['Today']],
    [8, ['Today', 'Unborn', 'Untracked', 'Three', 'Seven', 'Eight']],
  ])('lead %i days', (lead, names) => {
    expect(birthdaysSoon(vault.index, vault.due, TODAY, lead).map((b) => b.person.name)).toEqual(names);
  });

  it.each([
    // 29 February: on the 28th in a common year, shown ahead of time; its own day in a leap year.
    ['2027-02-22', [['Leap', '2027-02-28', 6, 35]]],
    ['2027-02-28', [['Leap', '2027-02-28', 0, 35]]],
    ['2028-02-22', [['Leap', '2028-02-29', 7, 36]]],
    ['2028-02-21', []],
    ['2028-02-29', [['Leap', '2028-02-29', 0, 36]]],
    // Year wrap: New Year's Day seen from the end of December, one year older.
    ['2026-12-28', [['Jan', '2027-01-02', 5, 27]]],
  ])('on %s', (today, expected) => {
    const v = makeVault({ 'People/Leap.md': note({ birthday: '1992-02-29' }), 'People/Jan.md': note({ birthday: '2000-01-02' }) });
    expect(birthdaysSoon(v.index, v.due, today, 7).map((b) => [b.person.name, b.date, b.inDays, b.turning])).toEqual(expected);
  });
});
