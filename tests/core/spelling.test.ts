// Near misses in problem messages: "did you mean 'connector'?", "write it as YYYY-MM-DD (2026-10-14)".
import { describe, expect, it } from 'vitest';
import { closestWord, likelyDay } from '../../src/core/spelling';
import { parseDay } from '../../src/core/dates';
import { makeVault, note } from '../helpers/vault';

const BUCKETS = ['client', 'prospect', 'influential', 'connector', 'friend', 'acquaintance'];
const isDay = (d: string) => parseDay(d) !== null;

describe('closestWord', () => {
  it.each([
    ['conector', 'connector'],
    ['Conector', 'connector'],
    ['clinet', 'client'],
    ['freind', 'friend'],
    ['aquaintance', 'acquaintance'],
    ['prospects', 'prospect'],
    ['colleague', null],
    ['client', null],
    ['x', null],
  ])('%s → %s', (typed, meant) => {
    expect(closestWord(typed, BUCKETS)).toBe(meant);
  });

  it('a short word gets one edit at most, and a tie suggests nothing', () => {
    expect(closestWord('pal', ['pals', 'pat'])).toBeNull();
    expect(closestWord('pasued', ['active', 'paused', 'archived'])).toBe('paused');
    expect(closestWord('ab', ['cd'])).toBeNull();
  });
});

describe('likelyDay', () => {
  it.each([
    ['14/10/2026', '2026-10-14'],
    ['10/14/2026', '2026-10-14'],
    ['14.10.2026', '2026-10-14'],
    ['2026/10/14', '2026-10-14'],
    ['2026.1.5', '2026-01-05'],
    ['03/04/2026', null],
    ['31/02/2026', null],
    ['next week', null],
    ['14/10/26', null],
  ])('%s → %s', (written, day) => {
    expect(likelyDay(written, isDay)).toBe(day);
  });
});

describe('problem messages with the likely meaning', () => {
  it('an unknown bucket or status names the near one; a date written another way gets its YYYY-MM-DD', () => {
    const v = makeVault({
      'People/A.md': note({ bucket: 'conector', status: 'pasued', last_contact: '14/10/2026', met: '03/04/2026' }),
      'People/B.md': note({ bucket: 'colleague' }),
    });
    const messages = v.problems('2026-11-25').map((p) => p.message);
    expect(messages).toContain("bucket 'conector' is not a known bucket; did you mean 'connector'? Use one of client, prospect, influential, connector, friend, acquaintance, or add it in the settings.");
    expect(messages).toContain("status 'pasued' is not a status; did you mean 'paused'? Use active, paused or archived. Counted as active until then.");
    expect(messages).toContain("last_contact '14/10/2026' is not a date; write it as YYYY-MM-DD (2026-10-14). It is ignored until then.");
    expect(messages).toContain("met '03/04/2026' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-04). It is ignored until then.");
    expect(messages).toContain("bucket 'colleague' is not a known bucket; use one of client, prospect, influential, connector, friend, acquaintance, or add it in the settings.");
  });
});
