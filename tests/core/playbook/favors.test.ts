// The favor ledger: #favor/asked and #favor/given over the last 12 months (nested tags count), contacts only.
import { describe, expect, it } from 'vitest';
import { makeVault, withLog } from '../../helpers/vault';
import { favorLedger } from '../../../src/core/playbook';

const TODAY = '2026-11-25';
const A = 'People/A.md';

function ledger(items: string[], months?: number, today = TODAY) {
  const v = makeVault({ [A]: withLog({ cadence: 'monthly' }, ...items) });
  return favorLedger(v.person(A, today), today, months);
}

describe('favorLedger', () => {
  it.each([
    ['nothing', [], { asked: 0, given: 0, lastAsked: null, lastGiven: null, balance: 0 }],
    ['one ask', ['2026-11-01 call #favor/asked'], { asked: 1, given: 0, lastAsked: '2026-11-01', lastGiven: null, balance: -1 }],
    ['asked and given', ['2026-03-01 call #favor/asked', '2026-06-01 coffee #favor/given', '2026-09-01 email #favor/asked'],
      { asked: 2, given: 1, lastAsked: '2026-09-01', lastGiven: '2026-06-01', balance: -1 }],
    ['a nested tag counts as its parent', ['2026-11-01 call #favor/asked/intro', '2026-11-02 call #favor/given/review'],
      { asked: 1, given: 1, lastAsked: '2026-11-01', lastGiven: '2026-11-02', balance: 0 }],
    ['a tag that only starts the same does not', ['2026-11-01 call #favor/askedx #favors'], { asked: 0, given: 0, lastAsked: null, lastGiven: null, balance: 0 }],
    ['both on one line count for both', ['2026-11-01 call #favor/asked #favor/given'], { asked: 1, given: 1, lastAsked: '2026-11-01', lastGiven: '2026-11-01', balance: 0 }],
    // The window: after the same day 12 months ago, up to today.
    ['12 months ago to the day: out', ['2025-11-25 call #favor/asked'], { asked: 0, given: 0, lastAsked: null, lastGiven: null, balance: 0 }],
    ['the day after: in', ['2025-11-26 call #favor/asked'], { asked: 1, given: 0, lastAsked: '2025-11-26', lastGiven: null, balance: -1 }],
    ['today: in', [`${TODAY} call #favor/given`], { asked: 0, given: 1, lastAsked: null, lastGiven: TODAY, balance: 1 }],
    ['planned (after today): not a contact', ['2026-11-26 call #favor/asked'], { asked: 0, given: 0, lastAsked: null, lastGiven: null, balance: 0 }],
    ['an open task: not a contact', ['[ ] 2026-11-20 call #favor/asked'], { asked: 0, given: 0, lastAsked: null, lastGiven: null, balance: 0 }],
    ['a done task: a contact', ['[x] 2026-11-20 call #favor/asked'], { asked: 1, given: 0, lastAsked: '2026-11-20', lastGiven: null, balance: -1 }],
  ])('%s', (_n, items, expected) => {
    expect(ledger(items)).toEqual(expected);
  });

  it('the window is a number of calendar months', () => {
    const items = ['2026-05-25 call #favor/asked', '2026-05-26 call #favor/asked'];
    expect(ledger(items, 6).asked).toBe(1);
    expect(ledger(items, 7).asked).toBe(2);
    // 31 March − 1 month is 28 February (2027 is a common year).
    expect(ledger(['2027-02-28 call #favor/asked', '2027-03-01 call #favor/asked'], 1, '2027-03-31').asked).toBe(1);
  });

  it('a daily note line tagged #favor/asked counts', () => {
    const v = makeVault({ [A]: withLog({ cadence: 'monthly' }), 'Daily/2026-11-20.md': 'Asked [[A]] for a reference #favor/asked\n' });
    expect(favorLedger(v.person(A, TODAY), TODAY)).toMatchObject({ asked: 1, lastAsked: '2026-11-20' });
  });
});
