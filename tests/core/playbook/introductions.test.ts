// Introductions: pairs who share an interest, an industry or a tag, not paused, not linked to each other yet.
import { describe, expect, it } from 'vitest';
import { makeVault, note } from '../../helpers/vault';
import { introductionReason, introductionSuggestions, MAX_SHARED_BY } from '../../../src/core/playbook';

const TODAY = '2026-11-25';
const ADA = 'People/Ada.md';
const BEN = 'People/Ben.md';

function pairs(notes: Record<string, string>, opts: { forPath?: string; limit?: number } = {}) {
  const v = makeVault(notes);
  return introductionSuggestions(v.index, TODAY, opts).map((s) => [s.a, s.b, s.reason]);
}

describe('what makes a pair', () => {
  it.each([
    ['a shared interest', { interests: '[climbing, jazz]' }, { interests: '[Climbing, cooking]' }, 'both into climbing'],
    ['interests as a comma list', { interests: 'climbing, jazz' }, { interests: 'jazz' }, 'both into jazz'],
    ['two shared interests', { interests: '[climbing, jazz]' }, { interests: '[jazz, climbing]' }, 'both into climbing and jazz'],
    ['an industry', { industry: 'Logistics' }, { industry: 'logistics' }, 'both in Logistics'],
    ['a tag', { tags: '[person, lyon]' }, { tags: '[lyon]' }, 'both tagged #lyon'],
    ['interest, industry and tag', { interests: '[jazz]', industry: 'Health', tags: '[lyon]' }, { interests: '[jazz]', industry: 'Health', tags: '[lyon]' },
      'both into jazz; both in Health; both tagged #lyon'],
  ])('%s', (_n, a, b, reason) => {
    expect(pairs({ [ADA]: note(a), [BEN]: note(b) })).toEqual([[ADA, BEN, reason]]);
  });

  it.each([
    ['nothing shared', { interests: '[jazz]' }, { interests: '[climbing]' }],
    ['only the person tag', { tags: '[person]' }, { tags: '[person]' }],
    ['only a nested person tag', { tags: '[person/work]' }, { tags: '[person/work]' }],
    ['one is paused', { interests: '[jazz]', status: 'paused' }, { interests: '[jazz]' }],
    ['one is archived', { interests: '[jazz]' }, { interests: '[jazz]', status: 'archived' }],
    ['A links B in a property', { interests: '[jazz]', introduced_by: '"[[Ben]]"' }, { interests: '[jazz]' }],
    ['B links A by alias in a property', { interests: '[jazz]', aliases: '[Addy]' }, { interests: '[jazz]', met_at: '"party with [[Addy]]"' }],
  ])('none: %s', (_n, a, b) => {
    expect(pairs({ [ADA]: note(a), [BEN]: note(b) })).toEqual([]);
  });

  it('untracked but active people are suggested', () => {
    expect(pairs({ [ADA]: note({ interests: '[jazz]', cadence: 'none' }), [BEN]: note({ interests: '[jazz]' }) })).toHaveLength(1);
  });

  it.each([
    ['a link in the body', 'Met [[Ben]] at the gym.'],
    ['a link in the log', '## Log\n- 2026-11-01 call with [[Ben]]'],
    ['a link in an open task', '- [ ] introduce [[Ben]] 📅 2026-12-01'],
  ])('not when already linked: %s', (_n, body) => {
    expect(pairs({ [ADA]: note({ interests: '[jazz]' }, body), [BEN]: note({ interests: '[jazz]' }) })).toEqual([]);
  });

  it('not when an interaction note lists both (even a planned one); a daily note naming both does not link them', () => {
    const people = { [ADA]: note({ interests: '[jazz]' }), [BEN]: note({ interests: '[jazz]' }) };
    const meeting = (day: string) => `---\ntype: meeting\ndate: ${day}\nwith: ["[[Ada]]", "[[Ben]]"]\n---\n`;
    expect(pairs({ ...people, 'Meetings/Sync.md': meeting('2026-11-01') })).toEqual([]);
    expect(pairs({ ...people, 'Meetings/Sync.md': meeting('2026-12-01') })).toEqual([]);
    expect(pairs({ ...people, 'Daily/2026-11-01.md': 'Saw [[Ada]], then [[Ben]].\n' })).toHaveLength(1);
  });

  it("the industry of the person's company note (a link or its plain name)", () => {
    const notes = {
      'Companies/Kestrel.md': note({ type: 'company', industry: 'Logistics' }),
      [ADA]: note({ company: '"[[Kestrel]]"' }),
      [BEN]: note({ company: 'Kestrel' }),
      'People/Cy.md': note({ industry: 'logistics' }),
      'People/Di.md': note({ company: 'Nowhere Ltd' }),
    };
    expect(pairs(notes).map(([a, b]) => [a, b])).toEqual([[ADA, BEN], [ADA, 'People/Cy.md'], [BEN, 'People/Cy.md']]);
  });
});

describe('order, limit, forPath', () => {
  const notes = {
    [ADA]: note({ interests: '[jazz, climbing, chess]' }),
    [BEN]: note({ interests: '[jazz, climbing]' }),
    'People/Cy.md': note({ interests: '[jazz, climbing, chess]' }),
    'People/Di.md': note({ interests: '[chess]' }),
  };

  it('strongest overlap first, then by the paths; a < b', () => {
    expect(pairs(notes).map(([a, b]) => `${a.slice(7, 9)}-${b.slice(7, 9)}`)).toEqual(['Ad-Cy', 'Ad-Be', 'Be-Cy', 'Ad-Di', 'Cy-Di']);
  });

  it('limit', () => {
    expect(pairs(notes, { limit: 2 })).toHaveLength(2);
    expect(pairs(notes, { limit: 0 })).toEqual([]);
  });

  it('forPath: the pairs with that person, whichever side they are on', () => {
    expect(pairs(notes, { forPath: 'People/Di.md' }).map(([a, b]) => [a, b])).toEqual([[ADA, 'People/Di.md'], ['People/Cy.md', 'People/Di.md']]);
    expect(pairs(notes, { forPath: 'People/Nobody.md' })).toEqual([]);
  });

  it('shared values with their kind and first spelling; the reason in French', () => {
    const v = makeVault({ [ADA]: note({ interests: '[Jazz]', tags: '[lyon]' }), [BEN]: note({ interests: '[jazz]', tags: '[lyon]' }) });
    const [s] = introductionSuggestions(v.index, TODAY);
    expect(s).toMatchObject({ aName: 'Ada', bName: 'Ben', shared: ['Jazz', 'lyon'], overlap: [{ kind: 'interest', value: 'Jazz' }, { kind: 'tag', value: 'lyon' }] });
    expect(introductionReason(s.overlap, 'fr')).toBe('tous deux intéressés par Jazz; tous deux marqués #lyon');
  });

  it(`a value shared by more than ${MAX_SHARED_BY} people is too common to suggest anything`, () => {
    const many: Record<string, string> = {};
    for (let i = 0; i <= MAX_SHARED_BY; i++) many[`People/P${i}.md`] = note({ tags: '[contact]' });
    expect(pairs(many)).toEqual([]);
  });
});

describe('10,000 people', () => {
  it('buckets by shared value, never all pairs: fast for the whole vault and for one person', () => {
    const notes: Record<string, string> = {};
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 10_000; i++) {
      notes[`People/P${String(i).padStart(5, '0')}.md`] = note({
        interests: `i${rnd(300)}, i${rnd(300)}, i${rnd(300)}`,
        industry: `ind${rnd(40)}`,
        tags: `t${rnd(60)}`,
        ...(i % 10 === 0 ? { met_at: `"[[P${String(i + 1).padStart(5, '0')}]]"` } : {}),
      });
    }
    const v = makeVault(notes);
    let t = performance.now();
    const all = introductionSuggestions(v.index, TODAY);
    const whole = performance.now() - t;
    t = performance.now();
    const one = introductionSuggestions(v.index, TODAY, { forPath: 'People/P00042.md' });
    const single = performance.now() - t;
    expect(all).toHaveLength(10);
    expect(all[0].shared.length).toBeGreaterThanOrEqual(all[9].shared.length);
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((s) => s.a === 'People/P00042.md' || s.b === 'People/P00042.md')).toBe(true);
    expect(whole).toBeLessThan(1500);
    expect(single).toBeLessThan(200);
  });
});
