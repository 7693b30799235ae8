// The network review: each list on a small vault, the commitment sums, events, the note in both languages, the last review.
import { describe, expect, it } from 'vitest';
import { makeVault, note, withLog } from '../../helpers/vault';
import { defaultSettings } from '../../../src/core/settings';
import { lastReviewDay, networkReview, reviewNotePath, reviewNoteText, reviewReminder } from '../../../src/core/playbook';

const TODAY = '2026-11-25';

function review(notes: Record<string, string>, today = TODAY) {
  const v = makeVault(notes);
  return networkReview(v.index, v.due, today);
}
const names = (list: { name: string }[]) => list.map((p) => p.name);

describe('networkReview: who is on which list', () => {
  const r = review({
    'People/NoCadence.md': note({ type: 'person' }),
    'People/Unreadable.md': note({ cadence: 'every blue moon' }),
    'People/Untracked on purpose.md': note({ cadence: 'none', bucket: 'friend' }),
    'People/Paused.md': note({ status: 'paused', last_contact: '2020-01-01' }, '## Log\n- 2026-01-01 email #awaiting-reply\n- 2026-02-01 email #awaiting-reply\n- 2026-03-01 email #awaiting-reply\n- 2026-03-02 email #favor/asked\n- 2026-03-03 email #favor/asked\n'),
    'People/Old.md': note({ cadence: 'monthly', last_contact: '2025-11-24' }),
    'People/A year.md': note({ cadence: 'yearly', last_contact: '2025-11-25' }),
    'People/Met long ago.md': note({ bucket: 'acquaintance', met: '2024-01-01' }),
    'People/Never.md': note({ bucket: 'acquaintance' }),
    'People/Let go.md': withLog({ cadence: 'monthly' }, '2026-09-01 email #awaiting-reply', '2026-10-01 email #awaiting-reply', '2026-11-01 email #awaiting-reply'),
    'People/Two tries.md': withLog({ cadence: 'monthly' }, '2026-10-01 email #awaiting-reply', '2026-11-01 email #awaiting-reply'),
    'People/Asker.md': withLog({ cadence: 'monthly' }, '2026-03-01 call #favor/asked', '2026-06-01 call #favor/asked/intro', '2026-07-01 call #favor/asked', '2026-08-01 call #favor/given'),
    'People/Even.md': withLog({ cadence: 'monthly' }, '2026-03-01 call #favor/asked', '2026-06-01 call #favor/asked', '2026-07-01 call #favor/given', '2026-08-01 call #favor/given'),
    'People/Twice.md': withLog({ cadence: 'monthly' }, '2026-03-01 call #favor/asked', '2026-06-01 call #favor/asked'),
    'People/Thrice.md': withLog({ cadence: 'monthly' }, '2026-03-01 call #favor/asked', '2026-06-01 call #favor/asked', '2026-06-02 call #favor/asked'),
    'People/Once.md': withLog({ cadence: 'monthly' }, '2026-06-01 call #favor/asked'),
    'People/Long ago.md': withLog({ cadence: 'monthly' }, '2025-06-01 call #favor/asked', '2025-07-01 call #favor/asked', '2026-11-01 call'),
  });

  it.each([
    // "people with no cadence or bucket": an unreadable cadence counts; `cadence: none` is a choice; paused people are paused.
    ['noCadence', names(r.noCadence), ['NoCadence', 'Unreadable']],
    // "not contacted in over a year": exactly a year is not over a year; never contacted counts from `met`; oldest first.
    ['notContactedInAYear', names(r.notContactedInAYear), ['Met long ago', 'Old']],
    ['letGo (3 tries, the setting)', names(r.letGo), ['Let go']],
    // asked >= 2 and given < asked, over 12 months; the largest gap first.
    ['favorImbalance', r.favorImbalance.map((f) => [f.person.name, f.ledger.asked, f.ledger.given]), [['Thrice', 3, 0], ['Asker', 3, 1], ['Twice', 2, 0]]],
  ])('%s', (_n, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('networkReview: the commitment', () => {
  it('30 / cadenceDays per tracked person, summed per bucket, one decimal; paused and untracked people left out', () => {
    const r = review({
      'People/C1.md': note({ bucket: 'client' }),
      'People/C2.md': note({ bucket: 'client', snooze_until: '2026-12-31' }),
      'People/C3.md': note({ bucket: 'client', status: 'paused' }),
      'People/F.md': note({ bucket: 'friend', cadence: '2 weeks' }),
      'People/A.md': note({ bucket: 'acquaintance' }),
      'People/W.md': note({ cadence: 'weekly' }),
      'People/Y.md': note({ cadence: 'yearly' }),
      'People/U.md': note({}),
      'People/Typo.md': note({ bucket: 'conector', cadence: '6 weeks' }),
    });
    expect(r.commitment).toEqual([
      { bucket: null, people: 2, contactsPerMonth: 4.4 }, // 30/7 + 30/365 = 4.368
      { bucket: 'friend', people: 1, contactsPerMonth: 2.1 }, // 30/14
      { bucket: 'client', people: 2, contactsPerMonth: 2 },
      { bucket: 'conector', people: 1, contactsPerMonth: 0.7 }, // 30/42
      { bucket: 'acquaintance', people: 1, contactsPerMonth: 0.2 }, // 30/180
    ]);
    expect(r.totalPerMonth).toBe(9.4); // 4.368 + 2.143 + 2 + 0.714 + 0.167 = 9.392
  });
});

describe('networkReview: names linked from daily notes with no note', () => {
  const daily = (d: string, body: string) => [`Daily/${d}.md`, body] as const;
  const r = review({
    'People/Alice Martin.md': note({ aliases: '[Al]' }),
    'People/Albert Ng.md': note({ aliases: '[Al]' }),
    'Projects/Roadmap.md': '# Roadmap\n',
    ...Object.fromEntries([
      daily('2026-11-01', 'Met [[Zoe Quinn]] and [[Two Times]]; [[Roadmap]], [[2026-12-01]], [[scan.pdf]], [[Al]]. Again [[Zoe Quinn]].'),
      daily('2026-11-02', 'Call with [[zoe quinn|Zoe]]. [[Roadmap]] [[2026-12-01]] [[scan.pdf]] [[Al]] [[Two Times]] [[Rare]]'),
      daily('2026-11-03', '- [x] Lunch with [[People/Zoe Quinn]] [[Roadmap]] [[2026-12-01]] [[scan.pdf]] [[Al]]\n> [[Two Times]]\n`[[Two Times]]`\n- [ ] [[Two Times]]'),
      daily('2026-11-04', 'Zoe again: [[Zoe Quinn]]. [[Rare]] [[Rare]]'),
      ['Notes/Not daily.md', '[[Two Times]] [[Rare]]'],
      daily('2026-11-05', '[[Rare]]'),
    ]),
  });

  it('three daily notes or more, most first; resolved links, days, attachments, ambiguous names, quotes, code and open tasks do not count', () => {
    expect(r.unresolvedMentions).toEqual([
      { name: 'Zoe Quinn', dailyNotes: 4 },
      { name: 'Rare', dailyNotes: 3 },
    ]);
  });
});

describe('networkReview: events of the last six months', () => {
  const event = (day: string, name: string) => [`Events/${day} ${name}.md`, `---\ntype: event\ndate: ${day}\n---\n# ${name}\n`] as const;
  const met = (at: string, ...log: string[]) => withLog({ bucket: 'acquaintance', met_at: `"[[${at}]]"` }, ...log);
  const r = review({
    ...Object.fromEntries([event('2026-09-01', 'Camp'), event('2026-05-26', 'Meetup'), event('2026-05-25', 'Fair'), event('2026-12-01', 'Summit')]),
    'People/Same evening.md': met('2026-09-01 Camp', '2026-09-01 email: nice to meet you'),
    'People/Two days.md': met('2026-09-01 Camp', '2026-09-03 email: follow-up'),
    'People/Three days.md': met('2026-09-01 Camp', '2026-09-04 email: follow-up'),
    'People/Mentioned.md': met('2026-09-01 Camp'),
    'People/Set by hand.md': withLog({ bucket: 'acquaintance', met_at: '"[[2026-09-01 Camp]]"', last_contact: '2026-09-02' }),
    'People/At the fair.md': met('2026-05-25 Fair', '2026-05-25 email'),
    'People/Elsewhere.md': withLog({ bucket: 'acquaintance', met_at: 'a party' }, '2026-09-02 call'),
    'Daily/2026-09-02.md': 'Wrote to [[Mentioned]].\n',
  });

  it('after the same day six months ago up to today; a log line from the event day, or any contact in the two days after, is a follow-up', () => {
    expect(r.events).toEqual({ attended: 2, newPeople: 5, followUpsWithinTwoDays: 4 });
  });
});

describe('the review note', () => {
  const notes = {
    'People/No Cadence.md': note({ type: 'person' }),
    'People/Let go.md': withLog({ cadence: 'monthly' }, '2026-09-01 email #awaiting-reply', '2026-10-01 email #awaiting-reply', '2026-11-01 email #awaiting-reply'),
    'People/Ada.md': note({ cadence: 'monthly', interests: '[jazz]' }),
    'People/Ben.md': note({ cadence: 'monthly', interests: '[jazz]' }),
    'Reviews/2026-05-20 Network review.md': '---\ntype: review\ndate: 2026-05-20\n---\n',
  };
  const v = makeVault(notes);
  const r = networkReview(v.index, v.due, TODAY);

  it('English: frontmatter, one checkbox per item, links by path with the name, no empty section', () => {
    const text = reviewNoteText(r, 'en', v.ctx.settings);
    expect(text.startsWith('---\ntype: review\ndate: 2026-11-25\n---\n# Network review — 2026-11-25\n')).toBe(true);
    expect(text).toContain('Last review: 2026-05-20.');
    expect(text).toContain('## No cadence or bucket (1)');
    expect(text).toContain('- [ ] [[People/No Cadence|No Cadence]]');
    expect(text).toContain('- [ ] [[People/Let go|Let go]] — 3 tries, no answer');
    expect(text).toContain('- [ ] [[People/Ada|Ada]] ↔ [[People/Ben|Ben]] — both into jazz');
    expect(text).toContain('- [ ] In all, 3 contacts a month: still right for you?');
    expect(text).toContain('- no bucket: 3 people, 3 contacts a month');
    expect(text).not.toContain('Not contacted in over a year');
    expect(text).not.toContain('Asking more than giving');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('French', () => {
    const text = reviewNoteText(r, 'fr', v.ctx.settings);
    expect(text).toContain('# Bilan du réseau — 2026-11-25');
    expect(text).toContain('## Sans rythme ni groupe (1)');
    expect(text).toContain('- [ ] [[People/Let go|Let go]] — 3 essais sans réponse');
    expect(text).toContain('tous deux intéressés par jazz');
    expect(text).toContain('- sans groupe: 3 personnes, 3 contacts par mois');
    expect(text).toContain('Aucune note d’événement ces six derniers mois.');
  });

  it('the written note is read back as the last review, and is no interaction, person or daily note', () => {
    const w = makeVault({ ...notes, 'Reviews/2026-11-25 Network review.md': reviewNoteText(r, 'en', v.ctx.settings) });
    expect(lastReviewDay(w.index)).toBe(TODAY);
    expect(w.problems(TODAY)).toEqual(v.problems(TODAY));
    expect(w.everyone(TODAY).map((p) => [p.path, p.lastContact, p.status])).toEqual(v.everyone(TODAY).map((p) => [p.path, p.lastContact, p.status]));
    expect(networkReview(w.index, w.due, TODAY).lastReview).toBe(TODAY);
  });

  it('keys from the settings', () => {
    const s = defaultSettings();
    s.keys.type = 'kind';
    s.keys.date = 'day';
    expect(reviewNoteText(r, 'en', s).startsWith('---\nkind: review\nday: 2026-11-25\n---\n')).toBe(true);
  });
});

describe('lastReviewDay and the reminder', () => {
  it.each([
    ['none', {}, null],
    ['the latest, any folder', { 'Reviews/a.md': '---\ntype: review\ndate: 2026-05-20\n---\n', 'Elsewhere/b.md': '---\ntype: [note, Review]\ndate: 2026-06-01\n---\n' }, '2026-06-01'],
    ['without a valid date: ignored', { 'Reviews/a.md': '---\ntype: review\ndate: 2026-05-20\n---\n', 'Reviews/b.md': '---\ntype: review\ndate: soon\n---\n', 'Reviews/c.md': '---\ntype: review\n---\n' }, '2026-05-20'],
    ['another type: ignored', { 'Reviews/a.md': '---\ntype: meeting-review\ndate: 2026-05-20\n---\n' }, null],
  ])('%s', (_n, notes, expected) => {
    expect(lastReviewDay(makeVault(notes).index)).toBe(expected);
  });

  it.each([
    ['never reviewed', null, TODAY, { due: true, nextOn: null }],
    ['six months ago to the day', '2026-05-25', TODAY, { due: true, nextOn: '2026-11-25' }],
    ['the day before', '2026-05-26', TODAY, { due: false, nextOn: '2026-11-26' }],
  ])('%s', (_n, last, today, expected) => {
    const notes: Record<string, string> = last ? { 'Reviews/r.md': `---\ntype: review\ndate: ${last}\n---\n` } : {};
    expect(reviewReminder(makeVault(notes).index, today)).toEqual({ last, ...expected });
  });

  it('the interval is a setting', () => {
    const v = makeVault({ 'Reviews/r.md': '---\ntype: review\ndate: 2026-08-25\n---\n' }, { settings: (s) => { s.reviewIntervalMonths = 3; } });
    expect(reviewReminder(v.index, TODAY).due).toBe(true);
  });
});

describe('reviewNotePath', () => {
  const s = defaultSettings();
  it.each([
    [[], 'Reviews/2026-11-25 Network review.md'],
    [['Reviews/2026-11-25 Network review.md'], 'Reviews/2026-11-25 Network review 2.md'],
    [['reviews/2026-11-25 network review.md', 'Reviews/2026-11-25 Network review 2.md'], 'Reviews/2026-11-25 Network review 3.md'],
  ])('taken %j → %s', (existing, expected) => {
    expect(reviewNotePath(TODAY, s, existing)).toBe(expected);
  });

  it('a folder from the settings, or the vault root', () => {
    expect(reviewNotePath(TODAY, { ...s, reviewsFolder: '/Admin/Reviews/' }, [])).toBe('Admin/Reviews/2026-11-25 Network review.md');
    expect(reviewNotePath(TODAY, { ...s, reviewsFolder: '' }, [])).toBe('2026-11-25 Network review.md');
  });
});
