// The channel mix: what the last year's contacts used; when always the same one, what else to try.
import { describe, expect, it } from 'vitest';
import { makeVault, withLog } from '../../helpers/vault';
import { channelMix } from '../../../src/core/playbook';

const TODAY = '2026-11-25';
const A = 'People/A.md';

function mix(items: string[], extra: Record<string, string> = {}) {
  const v = makeVault({ [A]: withLog({ cadence: 'monthly' }, ...items), ...extra });
  return channelMix(v.person(A, TODAY), TODAY);
}

describe('channelMix', () => {
  it.each([
    ['nothing', [], [], null],
    ['one email: no pattern yet', ['2026-11-01 email'], [['email', 1]], null],
    ['emails only', ['2026-10-01 email', '2026-11-01 email: update'], [['email', 2]], ['call', 'coffee', 'card']],
    ['calls only', ['2026-10-01 call', '2026-11-01 call'], [['call', 2]], ['coffee', 'card', 'email']],
    ['coffees only, in French', ['2026-10-01 café', '2026-11-01 café'], [['coffee', 2]], ['call', 'card', 'email']],
    ['mixed', ['2026-09-01 call', '2026-10-01 email', '2026-11-01 email'], [['email', 2], ['call', 1]], null],
    ['unknown channel words', ['2026-10-01 walked', '2026-11-01 walked'], [['other', 2]], null],
    ['older than a year: left out', ['2025-11-25 call', '2026-10-01 email', '2026-11-01 email'], [['email', 2]], ['call', 'coffee', 'card']],
    ['planned: left out', ['2026-10-01 email', '2026-11-01 email', '2026-12-01 lunch'], [['email', 2]], ['call', 'coffee', 'card']],
  ])('%s', (_n, items, counts, suggestion) => {
    const m = mix(items);
    expect(m.counts.map((c) => [c.channel, c.count])).toEqual(counts);
    expect(m.suggestion).toEqual(suggestion);
  });

  it('daily-note mentions are no channel; interaction notes are', () => {
    const m = mix(['2026-10-01 email', '2026-11-01 email'], {
      'Daily/2026-11-10.md': 'Saw [[A]] at the market.\n',
      'Meetings/2026-11-12 Sync.md': '---\ntype: meeting\ndate: 2026-11-12\nwith: "[[A]]"\n---\n',
    });
    expect(m.counts.map((c) => [c.channel, c.count])).toEqual([['email', 2], ['meeting', 1]]);
    expect(m.suggestion).toBeNull();
  });
});
