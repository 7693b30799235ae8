// News → reach out: #news contacts and daily-note lines within the window, with no later contact.
import { describe, expect, it } from 'vitest';
import { makeVault, note, withLog } from '../../helpers/vault';
import { newsToReachOut } from '../../../src/core/playbook';

const TODAY = '2026-11-25';
const A = 'People/A.md';

function news(items: string[], extra: Record<string, string> = {}, days?: number, fm: Record<string, string> = { cadence: 'monthly' }) {
  const v = makeVault({ [A]: withLog(fm, ...items), ...extra });
  return newsToReachOut(v.index, v.due, TODAY, days).map((n) => ({ name: n.person.name, day: n.news.day, text: n.news.text }));
}

describe('newsToReachOut', () => {
  it.each([
    ['a log line tagged #news', ['2026-11-10 email: she got promoted #news'], [{ name: 'A', day: '2026-11-10', text: 'she got promoted' }]],
    ['a nested tag counts', ['2026-11-10 email: new role #news/role'], [{ name: 'A', day: '2026-11-10', text: 'new role' }]],
    ['a later contact: done already', ['2026-11-10 email: promoted #news', '2026-11-12 call'], []],
    ['another contact the same day is not later', ['2026-11-10 email: promoted #news', '2026-11-10 call'], [{ name: 'A', day: '2026-11-10', text: 'promoted' }]],
    ['the newest news of several', ['2026-11-01 email: talk #news', '2026-11-10 email: promoted #news'], [{ name: 'A', day: '2026-11-10', text: 'promoted' }]],
    // The window: today and the 30 days before it.
    ['30 days ago: in', ['2026-10-26 email: promoted #news'], [{ name: 'A', day: '2026-10-26', text: 'promoted' }]],
    ['31 days ago: out', ['2026-10-25 email: promoted #news'], []],
    ['today: in', [`${TODAY} email: promoted #news`], [{ name: 'A', day: TODAY, text: 'promoted' }]],
    ['planned: not news yet', ['2026-11-30 email: promoted #news'], []],
    ['an open task: not a contact', ['[ ] 2026-11-20 congratulate #news'], []],
  ])('%s', (_n, items, expected) => {
    expect(news(items)).toEqual(expected);
  });

  it('the window is a parameter, then the newsDays setting', () => {
    expect(news(['2026-11-10 email: promoted #news'], {}, 10)).toEqual([]);
    expect(news(['2026-11-10 email: promoted #news'], {}, 15)).toHaveLength(1);
    const v = makeVault({ [A]: withLog({}, '2026-11-10 email: promoted #news') }, { settings: (s) => { s.newsDays = 10; } });
    expect(newsToReachOut(v.index, v.due, TODAY)).toEqual([]);
  });

  it('a `last_contact` after the news is a later contact', () => {
    expect(news(['2026-11-10 email: promoted #news'], {}, undefined, { last_contact: '2026-11-11' })).toEqual([]);
  });

  it('a daily-note line tagged #news: its own line, even when another line links the person first', () => {
    const daily = 'Lunch with [[A]] downtown.\n\nAlso: [[A]] just launched her book! #news\n';
    const v = makeVault({ [A]: note({}), 'Daily/2026-11-20.md': daily });
    const [row] = newsToReachOut(v.index, v.due, TODAY);
    expect(row.news).toMatchObject({ day: '2026-11-20', text: 'Also: A just launched her book!', sourcePath: 'Daily/2026-11-20.md', line: 2, kind: 'daily' });
  });

  it('an interaction note tagged #news, by its name without the date', () => {
    const meeting = '---\ntype: meeting\ndate: 2026-11-20\nwith: "[[A]]"\ntags: [news]\n---\n';
    const v = makeVault({ [A]: note({}), 'Meetings/2026-11-20 Launch party.md': meeting });
    expect(newsToReachOut(v.index, v.due, TODAY)[0].news).toMatchObject({ text: 'Launch party', kind: 'note' });
  });

  it('paused people are left out; the others newest first, then by name', () => {
    const v = makeVault({
      'People/Old.md': withLog({}, '2026-11-01 email: moved #news'),
      'People/Bea.md': withLog({}, '2026-11-20 email: promoted #news'),
      'People/Al.md': withLog({ cadence: 'none' }, '2026-11-20 email: promoted #news'),
      'People/Gone.md': withLog({ status: 'paused' }, '2026-11-24 email: promoted #news'),
    });
    expect(newsToReachOut(v.index, v.due, TODAY).map((n) => n.person.name)).toEqual(['Al', 'Bea', 'Old']);
  });
});
