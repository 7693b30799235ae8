// Prepare for a meeting: everything about one person in one answer.
import { describe, expect, it } from 'vitest';
import { makeVault, note } from '../../helpers/vault';
import { prepare } from '../../../src/core/playbook';

const TODAY = '2026-11-25';
const MAYA = 'People/Maya.md';

describe('prepare', () => {
  const v = makeVault({
    [MAYA]: note({ cadence: 'monthly', birthday: '--11-30', interests: '[jazz]' }, [
      '- [ ] Send her the deck 📅 2026-11-20',
      '## Log',
      '- 2025-10-01 coffee: old news #news',
      '- 2026-06-01 email: asked for a review #favor/asked',
      '- 2026-08-01 email: new job at Fernhill #news',
      '- 2026-09-01 email #favor/given',
      '- 2026-10-01 email: sent the article',
      '- 2026-11-15 email: thanks',
      '',
    ].join('\n')),
    'People/Ben.md': note({ interests: '[jazz]' }),
    'Daily/2026-11-20.md': '- [ ] Call [[Maya]] 📅 2026-11-28\n',
  });
  const p = prepare(v.index, v.due, MAYA, TODAY)!;

  it('days since, the last three contacts newest first, follow-ups overdue first', () => {
    expect(p.person.name).toBe('Maya');
    expect(p.daysSince).toBe(10);
    expect(p.last.map((c) => c.day)).toEqual(['2026-11-15', '2026-10-01', '2026-09-01']);
    expect(p.followUps.map((t) => [t.text, t.due, t.overdue])).toEqual([['Send her the deck', '2026-11-20', true], ['Call Maya', '2026-11-28', false]]);
  });

  it('news of the last year, even with later contacts; the birthday within the lead days; favors; channels; introductions', () => {
    expect(p.news.map((n) => [n.day, n.text])).toEqual([['2026-08-01', 'new job at Fernhill']]);
    expect(p.birthday).toMatchObject({ date: '2026-11-30', inDays: 5, turning: null });
    expect(p.favors).toEqual({ asked: 1, given: 1, lastAsked: '2026-06-01', lastGiven: '2026-09-01', balance: 0 });
    expect(p.channels).toEqual({ counts: [{ channel: 'email', count: 5 }], suggestion: ['call', 'coffee', 'card'] });
    expect(p.introductions.map((s) => [s.a, s.b, s.reason])).toEqual([['People/Ben.md', MAYA, 'both into jazz']]);
  });

  it('the birthday lead is the setting', () => {
    const w = makeVault({ [MAYA]: note({ birthday: '--11-30' }) }, { settings: (s) => { s.birthdayLeadDays = 4; } });
    expect(prepare(w.index, w.due, MAYA, TODAY)!.birthday).toBeNull();
  });

  it('someone never contacted; a note that is no person', () => {
    const w = makeVault({ [MAYA]: note({}), 'Notes/x.md': '# x\n' });
    expect(prepare(w.index, w.due, MAYA, TODAY)).toMatchObject({ daysSince: null, last: [], followUps: [], news: [], birthday: null, introductions: [] });
    expect(prepare(w.index, w.due, 'Notes/x.md', TODAY)).toBeNull();
    expect(prepare(w.index, w.due, 'Notes/missing.md', TODAY)).toBeNull();
  });
});
