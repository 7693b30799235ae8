/**
 * §5 Who is due. These run under TZ=UTC (vitest.config) and, through `npm run test:tz`, under
 * America/Los_Angeles and Asia/Tokyo: every answer must be the same in each zone.
 */
import { describe, expect, it } from 'vitest';
import { makeVault, note, paths, PARSERS, withLog, type VaultOptions } from '../helpers/vault';

const TODAY = '2026-11-25';
const A = 'People/A.md';

function who(text: string, opts: VaultOptions = {}, today = TODAY) {
  const v = makeVault({ [A]: text }, opts);
  return { ...v.person(A, today), all: v.problems(today) };
}

describe('NOTE-FORMAT §5 Who is due', () => {
  // "`status` is the first of these that holds" — each row says which rule wins over the ones below it.
  describe.each(PARSERS)('status, in its order of precedence (YAML parser %s)', (_l, parseYaml) => {
    it.each([
      // paused: "`status` is `paused` or `archived`"
      ['paused over everything', note({ status: 'paused', cadence: 'weekly', last_contact: '2026-01-01', snooze_until: '2026-12-31' }), 'paused'],
      ['archived, no cadence', note({ status: 'archived' }), 'paused'],
      ['Paused with a plan', withLog({ status: 'Paused', cadence: 'weekly' }, '[ ] 2026-12-01 call'), 'paused'],
      // untracked: "no cadence"
      ['no cadence, snoozed and planned', withLog({ snooze_until: '2026-12-31' }, '2026-12-01 call'), 'untracked'],
      ['cadence none, overdue by its bucket', note({ cadence: 'none', bucket: 'client', last_contact: '2026-01-01' }), 'untracked'],
      ['an unknown status counts as active', note({ status: 'asleep', cadence: 'monthly', last_contact: '2026-11-10' }), 'ok'],
      // snoozed: "`snooze_until` is after today (on that day the person is back)"
      ['snoozed over planned and overdue', withLog({ cadence: 'weekly', snooze_until: '2026-11-26', last_contact: '2026-01-01' }, '2026-12-01 call'), 'snoozed'],
      ['snoozed, never contacted', note({ cadence: 'weekly', snooze_until: '2027-01-01' }), 'snoozed'],
      ['snooze_until today: back', note({ cadence: 'weekly', snooze_until: TODAY, last_contact: '2026-01-01' }), 'overdue'],
      ['snooze_until yesterday: back', note({ cadence: 'weekly', snooze_until: '2026-11-24', last_contact: '2026-01-01' }), 'overdue'],
      // scheduled: "a planned interaction lies after today"
      ['scheduled over overdue', withLog({ cadence: 'weekly', last_contact: '2026-01-01' }, '[ ] 2026-11-26 lunch'), 'scheduled'],
      ['scheduled over new', withLog({ cadence: 'weekly' }, '2026-12-24 dinner'), 'scheduled'],
      ['a cancelled future task is no plan', withLog({ cadence: 'weekly', last_contact: '2026-01-01' }, '[-] 2026-12-01 lunch'), 'overdue'],
      ['an open task today is no plan', withLog({ cadence: 'weekly', last_contact: '2026-01-01' }, `[ ] ${TODAY} lunch`), 'overdue'],
      // new: "no clock start"
      ['new: neither contact nor met', note({ cadence: 'weekly' }), 'new'],
      ['new: only an open task in the past', withLog({ cadence: 'weekly' }, '[ ] 2026-11-01 call'), 'new'],
      ['new: only a cancelled task', withLog({ cadence: 'weekly' }, '[-] 2026-11-01 call'), 'new'],
      // overdue / due / soon / ok
      ['overdue by one day', note({ cadence: 'weekly', last_contact: '2026-11-17' }), 'overdue'],
      ['due today', note({ cadence: 'weekly', last_contact: '2026-11-18' }), 'due'],
      ['soon: due tomorrow', note({ cadence: 'weekly', last_contact: '2026-11-19' }), 'soon'],
      ['soon: due in 7 days', note({ cadence: 'monthly', last_contact: '2026-11-02' }), 'soon'],
      ['ok: due in 8 days', note({ cadence: 'monthly', last_contact: '2026-11-03' }), 'ok'],
      ['ok: contacted today', note({ cadence: 'monthly', last_contact: TODAY }), 'ok'],
    ])('%s → %s', (_n, text, status) => {
      expect(who(text, { parseYaml }).status).toBe(status);
    });
  });

  it('"soon" is a setting', () => {
    const text = note({ cadence: 'monthly', last_contact: '2026-11-03' });
    expect(who(text, { settings: (s) => { s.soonDays = 8; } }).status).toBe('soon');
  });

  describe('lastContact', () => {
    // "`lastContact` = the latest of a valid `last_contact` and every contact day up to today."
    it.each([
      ['only last_contact', note({ cadence: 'monthly', last_contact: '2026-10-01' }), '2026-10-01'],
      ['only logs', withLog({ cadence: 'monthly' }, '2026-09-01 call', '2026-10-05 email', '2026-08-01 call'), '2026-10-05'],
      ['last_contact later than the logs', withLog({ cadence: 'monthly', last_contact: '2026-11-01' }, '2026-10-05 call'), '2026-11-01'],
      ['last_contact earlier than the logs', withLog({ cadence: 'monthly', last_contact: '2026-09-01' }, '2026-10-05 call'), '2026-10-05'],
      ['a log item today', withLog({ cadence: 'monthly' }, `${TODAY} call`), TODAY],
      ['last_contact today', note({ cadence: 'monthly', last_contact: TODAY }), TODAY],
      ['a planned item is not a contact', withLog({ cadence: 'monthly' }, '2026-10-05 call', '2026-11-26 call'), '2026-10-05'],
      ['an open past task is not a contact', withLog({ cadence: 'monthly' }, '2026-10-05 call', '[ ] 2026-11-01 call'), '2026-10-05'],
      ['a done task is a contact', withLog({ cadence: 'monthly' }, '2026-10-05 call', '[x] 2026-11-01 call'), '2026-11-01'],
      ['an unreadable last_contact is ignored', withLog({ cadence: 'monthly', last_contact: '31/12/2026' }, '2026-10-05 call'), '2026-10-05'],
      ['met is not a contact', note({ cadence: 'monthly', met: '2026-10-01' }), null],
    ])('%s → %s', (_n, text, last) => {
      expect(who(text).lastContact).toBe(last);
    });

    // "A `last_contact` after today is a problem and is ignored."
    it.each([
      ['tomorrow, with logs', withLog({ cadence: 'monthly', last_contact: '2026-11-26' }, '2026-10-05 call'), '2026-10-05', 'overdue'],
      ['next year, alone', note({ cadence: 'monthly', last_contact: '2027-01-01' }), null, 'new'],
      ['next year, with met', note({ cadence: 'monthly', last_contact: '2027-01-01', met: '2026-11-20' }), null, 'ok'],
    ])('last_contact %s: ignored and a problem', (_n, text, last, status) => {
      const p = who(text);
      expect([p.lastContact, p.status]).toEqual([last, status]);
      expect(p.all.map((x) => [x.path, x.field])).toEqual([[A, 'last_contact']]);
      expect(p.all[0].message).toMatch(/after today/);
    });

    it('the same last_contact is not a problem on a later day', () => {
      expect(who(note({ cadence: 'monthly', last_contact: '2026-11-26' }), {}, '2026-11-26').all).toEqual([]);
    });
  });

  describe('clock start, dueDate and daysOverdue', () => {
    // "The clock starts at `lastContact`; when there is none, at `met`; when there is neither, the
    // person is `new`. `dueDate` = clock start + cadence; `daysOverdue` = today − `dueDate` in days."
    it.each([
      ['the contract example', note({ bucket: 'connector', last_contact: '2026-06-01' }), '2026-06-01', '2026-08-01', 116, 'overdue'],
      ['from met', note({ cadence: 'monthly', met: '2026-10-15' }), null, '2026-11-15', 10, 'overdue'],
      ['lastContact wins over met', note({ cadence: 'monthly', met: '2026-01-01', last_contact: '2026-11-10' }), '2026-11-10', '2026-12-10', -15, 'ok'],
      ['met later than lastContact: still lastContact', note({ cadence: 'weekly', met: '2026-11-24', last_contact: '2026-11-01' }), '2026-11-01', '2026-11-08', 17, 'overdue'],
      ['calendar months: 31 Oct + 1 month', note({ cadence: 'monthly', last_contact: '2026-10-31' }), '2026-10-31', '2026-11-30', -5, 'soon'],
      ['a bare number of days', note({ cadence: '45', last_contact: '2026-10-01' }), '2026-10-01', '2026-11-15', 10, 'overdue'],
      ['weeks', withLog({ cadence: '2 weeks' }, '2026-11-11 call'), '2026-11-11', TODAY, 0, 'due'],
      ['years', note({ cadence: 'yearly', last_contact: '2025-11-24' }), '2025-11-24', '2026-11-24', 1, 'overdue'],
      ['French cadence', note({ cadence: 'tous les 3 mois', last_contact: '2026-08-25' }), '2026-08-25', TODAY, 0, 'due'],
      ['new: no dueDate', note({ cadence: 'monthly' }), null, null, null, 'new'],
    ])('%s', (_n, text, last, dueDate, daysOverdue, status) => {
      const p = who(text);
      expect({ lastContact: p.lastContact, dueDate: p.dueDate, daysOverdue: p.daysOverdue, status: p.status }).toEqual({
        lastContact: last,
        dueDate,
        daysOverdue,
        status,
      });
    });

    it.each([
      ['weekly', 7], ['monthly', 30], ['quarterly', 90], ['yearly', 365], ['10', 10], ['2 years', 730],
    ])('cadence %s has cadenceDays %i', (cadence, days) => {
      expect(who(note({ cadence })).cadenceDays).toBe(days);
    });

    it.each([['99999999 years'], ['999999999'], ['9999999999999 weeks']])(
      'a cadence of %s: dueDate is still a YYYY-MM-DD day and daysOverdue a number',
      (cadence) => {
        const p = who(note({ cadence, last_contact: '2026-01-01' }));
        expect([p.dueDate, p.status]).toEqual(['9999-12-31', 'ok']);
        expect(Number.isInteger(p.daysOverdue)).toBe(true);
      },
    );

    it('untracked people have no cadence and no dueDate', () => {
      const p = who(note({ last_contact: '2026-10-01' }));
      expect([p.cadence, p.cadenceDays, p.dueDate, p.daysOverdue, p.lastContact]).toEqual([null, null, null, null, '2026-10-01']);
    });
  });

  describe('flags', () => {
    const AW = '#awaiting-reply';

    // "`followUp`: every contact on the latest contact day is tagged `#awaiting-reply`, and that day
    // is at least 7 days before today"
    it.each([
      ['7 days ago exactly', ['2026-11-18 email ' + AW], {}, true],
      ['6 days ago', ['2026-11-19 email ' + AW], {}, false],
      ['30 days ago', ['2026-10-26 email ' + AW], {}, true],
      ['today', [`${TODAY} email ${AW}`], {}, false],
      ['nested tag counts as its parent', ['2026-11-01 email #awaiting-reply/linkedin'], {}, true],
      ['two contacts that day, both waiting', ['2026-11-01 email ' + AW, '2026-11-01 text ' + AW], {}, true],
      ['two contacts that day, one answered', ['2026-11-01 email ' + AW, '2026-11-01 call'], {}, false],
      ['an earlier waiting contact does not count', ['2026-10-01 email ' + AW, '2026-11-01 call'], {}, false],
      ['a later planned contact does not matter', ['2026-11-01 email ' + AW, '[ ] 2026-12-01 call'], {}, true],
      ['an open task does not matter', ['2026-11-01 email ' + AW, '[ ] 2026-11-10 call'], {}, true],
      ['no contacts', [], {}, false],
      // "For the flags below, `last_contact` is an untagged contact only when it is later than every
      // logged contact"
      ['last_contact later: an untagged contact', ['2026-11-01 email ' + AW], { last_contact: '2026-11-02' }, false],
      ['last_contact the same day: not a contact of its own', ['2026-11-01 email ' + AW], { last_contact: '2026-11-01' }, true],
      ['last_contact earlier', ['2026-11-01 email ' + AW], { last_contact: '2026-10-01' }, true],
      ['last_contact after today is ignored', ['2026-11-01 email ' + AW], { last_contact: '2026-11-30' }, true],
    ])('followUp: %s → %s', (_n, items, fm, flag) => {
      expect(who(withLog({ cadence: 'monthly', ...fm }, ...items)).followUp).toBe(flag);
    });

    it('the follow-up wait is a setting', () => {
      const text = withLog({ cadence: 'monthly' }, '2026-11-22 email ' + AW);
      expect(who(text).followUp).toBe(false);
      expect(who(text, { settings: (s) => { s.followUpWaitDays = 3; } }).followUp).toBe(true);
    });

    // "`letGo`: the person's last 3 contacts (or more; the count is a setting) are all tagged
    // `#awaiting-reply`"
    it.each([
      ['3 in a row', ['2026-09-01 email ' + AW, '2026-10-01 email ' + AW, '2026-11-01 email ' + AW], {}, true],
      ['4 in a row', ['2026-08-01 call ' + AW, '2026-09-01 email ' + AW, '2026-10-01 email ' + AW, '2026-11-01 email ' + AW], {}, true],
      ['3 after an answered one', ['2026-08-01 call', '2026-09-01 email ' + AW, '2026-10-01 email ' + AW, '2026-11-01 email ' + AW], {}, true],
      ['only 2', ['2026-10-01 email ' + AW, '2026-11-01 email ' + AW], {}, false],
      ['the middle one answered', ['2026-09-01 email ' + AW, '2026-10-01 call', '2026-11-01 email ' + AW], {}, false],
      ['the latest answered', ['2026-09-01 email ' + AW, '2026-10-01 email ' + AW, '2026-11-01 call'], {}, false],
      ['written newest first, still by day', ['2026-11-01 email ' + AW, '2026-10-01 email ' + AW, '2026-09-01 email ' + AW], {}, true],
      ['same day: the order in the note', ['2026-11-01 email ' + AW, '2026-11-01 text ' + AW, '2026-11-01 call ' + AW], {}, true],
      ['same day, the last line answered', ['2026-10-01 email ' + AW, '2026-11-01 email ' + AW, '2026-11-01 call'], {}, false],
      ['same day, an answered line among the last 3', ['2026-10-01 email ' + AW, '2026-11-01 call', '2026-11-01 email ' + AW, '2026-11-01 text ' + AW], {}, false],
      ['same day, the answered line before the last 3', ['2026-11-01 call', '2026-11-01 email ' + AW, '2026-11-01 text ' + AW, '2026-11-01 card ' + AW], {}, true],
      ['nested tags count', ['2026-09-01 email #awaiting-reply/a', '2026-10-01 email #awaiting-reply/b', '2026-11-01 email ' + AW], {}, true],
      ['a later last_contact answers', ['2026-09-01 email ' + AW, '2026-10-01 email ' + AW, '2026-11-01 email ' + AW], { last_contact: '2026-11-10' }, false],
      ['a same-day last_contact does not', ['2026-09-01 email ' + AW, '2026-10-01 email ' + AW, '2026-11-01 email ' + AW], { last_contact: '2026-11-01' }, true],
      ['planned tries do not count', ['2026-10-01 email ' + AW, '2026-11-01 email ' + AW, '2026-12-01 email ' + AW], {}, false],
      ['open tasks do not count', ['2026-10-01 email ' + AW, '2026-11-01 email ' + AW, '[ ] 2026-11-20 email ' + AW], {}, false],
      ['done tasks count', ['2026-10-01 email ' + AW, '2026-11-01 email ' + AW, '[x] 2026-11-20 email ' + AW], {}, true],
    ])('letGo: %s → %s', (_n, items, fm, flag) => {
      expect(who(withLog({ cadence: 'monthly', ...fm }, ...items)).letGo).toBe(flag);
    });

    it('letGo counts contacts from every source, in day order', () => {
      const v = makeVault({
        [A]: withLog({ cadence: 'monthly' }, '2026-09-01 email ' + AW, '2026-11-01 email ' + AW),
        'Meetings/Coffee.md': note({ type: 'coffee', date: '2026-10-01', with: '"[[A]]"', tags: '[awaiting-reply]' }),
        '2026-10-15.md': 'Pinged [[A]] again #awaiting-reply\n',
      });
      const p = v.person(A, TODAY);
      expect(p.contacts.map((c) => c.day)).toEqual(['2026-09-01', '2026-10-01', '2026-10-15', '2026-11-01']);
      expect([p.letGo, p.followUp]).toEqual([true, true]);
    });

    it('an untagged daily-note mention answers the tries', () => {
      const v = makeVault({
        [A]: withLog({ cadence: 'monthly' }, '2026-09-01 email ' + AW, '2026-10-01 email ' + AW, '2026-11-01 email ' + AW),
        '2026-11-02.md': 'Lunch with [[A]]\n',
      });
      expect(v.person(A, TODAY).letGo).toBe(false);
    });

    it('the let-go count is a setting', () => {
      const text = withLog({ cadence: 'monthly' }, '2026-10-01 email ' + AW, '2026-11-01 email ' + AW);
      expect(who(text, { settings: (s) => { s.letGoCount = 2; } }).letGo).toBe(true);
    });

    // "`favorRecentlyAsked`: a contact tagged `#favor/asked` is dated today or up to 13 days before
    // (a 14-day window, today included; a setting)."
    it.each([
      ['today', [`${TODAY} call #favor/asked`], true],
      ['1 day before', ['2026-11-24 call #favor/asked'], true],
      ['13 days before', ['2026-11-12 call #favor/asked'], true],
      ['14 days before', ['2026-11-11 call #favor/asked'], false],
      ['a month before', ['2026-10-25 call #favor/asked'], false],
      ['nested #favor/asked/intro', ['2026-11-20 call #favor/asked/intro'], true],
      ['#favor/given is not asking', ['2026-11-20 call #favor/given'], false],
      ['#favor alone is not asking', ['2026-11-20 call #favor'], false],
      ['a planned ask (tomorrow) is not a contact', ['2026-11-26 call #favor/asked'], false],
      ['an open task is not a contact', ['[ ] 2026-11-20 call #favor/asked'], false],
      ['an older ask under later contacts', ['2026-11-15 call #favor/asked', '2026-11-20 call'], true],
    ])('favorRecentlyAsked: %s → %s', (_n, items, flag) => {
      expect(who(withLog({ cadence: 'monthly' }, ...items)).favorRecentlyAsked).toBe(flag);
    });

    it('the favor window is a setting', () => {
      const text = withLog({ cadence: 'monthly' }, '2026-11-18 call #favor/asked');
      expect(who(text, { settings: (s) => { s.favorWindowDays = 7; } }).favorRecentlyAsked).toBe(false);
      expect(who(text, { settings: (s) => { s.favorWindowDays = 8; } }).favorRecentlyAsked).toBe(true);
    });

    it('a favor asked in a meeting note counts by its frontmatter tags', () => {
      const v = makeVault({
        [A]: note({ cadence: 'monthly' }),
        'Meetings/Ask.md': note({ type: 'meeting', date: '2026-11-20', with: '"[[A]]"', tags: '[favor/asked]' }),
      });
      expect(v.person(A, TODAY).favorRecentlyAsked).toBe(true);
    });

    it('flags stand beside any status', () => {
      const p = who(withLog({ cadence: 'yearly', status: 'paused' }, '2026-09-01 email ' + AW, '2026-10-01 email ' + AW, '2026-11-20 email #awaiting-reply #favor/asked'));
      expect([p.status, p.followUp, p.letGo, p.favorRecentlyAsked]).toEqual(['paused', false, true, true]);
    });
  });

  describe('the due list and its order', () => {
    // "The due list holds `overdue`, `due` and `new`, most urgent first: by `daysOverdue /
    // cadenceDays`, largest first, then by name; `new` people after all the others, by name."
    it('holds overdue, due and new only, ranked by daysOverdue / cadenceDays', () => {
      const v = makeVault({
        'People/Weekly 10 late.md': note({ cadence: 'weekly', last_contact: '2026-11-08' }), // 10/7
        'People/Monthly 30 late.md': note({ cadence: 'monthly', last_contact: '2026-09-25' }), // 31/30 (Oct 25 due)
        'People/Yearly 60 late.md': note({ cadence: 'yearly', last_contact: '2025-09-26' }), // 60/365
        'People/Days 3 late.md': note({ cadence: '2', last_contact: '2026-11-20' }), // 3/2
        'People/Due today.md': note({ cadence: 'weekly', last_contact: '2026-11-18' }), // 0
        'People/zed new.md': note({ cadence: 'weekly' }),
        'People/Ana new.md': note({ bucket: 'friend' }),
        'People/Soon.md': note({ cadence: 'weekly', last_contact: '2026-11-20' }),
        'People/Ok.md': note({ cadence: 'yearly', last_contact: '2026-11-20' }),
        'People/Snoozed.md': note({ cadence: 'weekly', snooze_until: '2026-12-01' }),
        'People/Scheduled.md': withLog({ cadence: 'weekly' }, '[ ] 2026-12-01 call'),
        'People/Paused.md': note({ cadence: 'weekly', status: 'paused' }),
        'People/Untracked.md': note({}),
      });
      expect(paths(v.dueList(TODAY))).toEqual([
        'People/Days 3 late.md',
        'People/Weekly 10 late.md',
        'People/Monthly 30 late.md',
        'People/Yearly 60 late.md',
        'People/Due today.md',
        'People/Ana new.md',
        'People/zed new.md',
      ]);
      expect(v.dueList(TODAY).map((p) => p.status)).toEqual(['overdue', 'overdue', 'overdue', 'overdue', 'due', 'new', 'new']);
    });

    it('equal urgency goes by name: 56/30 and 112/60 are one rank', () => {
      const v = makeVault({
        'People/Zoe.md': note({ bucket: 'connector', last_contact: '2026-07-31' }), // due 09-30, 56 days, 56/60
        'People/Bea.md': note({ cadence: '60', last_contact: '2026-07-31' }), // due 09-29, 57/60
        'People/Amy.md': note({ cadence: '60 days', last_contact: '2026-08-01' }), // due 09-30, 56/60
      });
      expect(paths(v.dueList(TODAY))).toEqual(['People/Bea.md', 'People/Amy.md', 'People/Zoe.md']);
    });

    // "Names compare without regard to case or accents (Unicode collation, `localeCompare` with
    // `sensitivity: 'base'`), then by path."
    it.each([
      [['People/b/Émile.md', 'People/a/emile.md'], ['People/a/emile.md', 'People/b/Émile.md']],
      [['People/a/Émile.md', 'People/b/emile.md'], ['People/a/Émile.md', 'People/b/emile.md']],
      [['People/Eric.md', 'People/Émile.md'], ['People/Émile.md', 'People/Eric.md']],
      [['People/zoë.md', 'People/Zoe B.md'], ['People/zoë.md', 'People/Zoe B.md']],
      [['People/bob.md', 'People/Alice.md', 'People/Ángel.md'], ['People/Alice.md', 'People/Ángel.md', 'People/bob.md']],
      [['People/Ølga.md', 'People/Olga.md'], ['People/Olga.md', 'People/Ølga.md']],
    ])('new people %j rank as %j', (people, expected) => {
      const v = makeVault(Object.fromEntries(people.map((p) => [p, note({ cadence: 'monthly' })])));
      expect(paths(v.dueList(TODAY))).toEqual(expected);
    });

    it('equally overdue people go by name without case or accents, then path', () => {
      const fm = { cadence: 'weekly', last_contact: '2026-11-01' };
      const v = makeVault({
        'People/x/Émile.md': note(fm),
        'People/a/emile.md': note(fm),
        'People/Eve.md': note(fm),
        'People/adam.md': note(fm),
        'People/Zed.md': note({ cadence: 'weekly', last_contact: '2026-10-01' }),
      });
      expect(paths(v.dueList(TODAY))).toEqual(['People/Zed.md', 'People/adam.md', 'People/a/emile.md', 'People/x/Émile.md', 'People/Eve.md']);
    });

    // decisions.md: "`due --all` lists everyone: the due list first (its order), then `soon` and `ok`
    // (soonest first), then `scheduled`, `snoozed`, `untracked` and `paused`, each by name."
    it('everyone: after the due list, soon and ok by their due date, whatever the cadence; then the rest by name', () => {
      const v = makeVault({
        'People/Late.md': note({ cadence: 'weekly', last_contact: '2026-11-08' }),
        'People/Weekly in 6 days.md': note({ cadence: 'weekly', last_contact: '2026-11-24' }), // due 12-01: -6/7
        'People/Monthly in 8 days.md': note({ cadence: 'monthly', last_contact: '2026-11-03' }), // due 12-03: -8/30
        'People/Yearly in 8 days.md': note({ cadence: 'yearly', last_contact: '2025-12-03' }), // due 12-03: -8/365
        'People/Ann in 8 days.md': note({ cadence: 'monthly', last_contact: '2026-11-03' }),
        'People/Quarterly in 40 days.md': note({ cadence: 'quarterly', last_contact: '2026-10-04' }), // due 2027-01-04
        'People/Paused.md': note({ cadence: 'weekly', status: 'paused' }),
        'People/Untracked.md': note({}),
        'People/Scheduled.md': withLog({ cadence: 'weekly' }, '[ ] 2026-12-01 call'),
      });
      expect(paths(v.everyone(TODAY))).toEqual([
        'People/Late.md',
        'People/Weekly in 6 days.md',
        'People/Ann in 8 days.md',
        'People/Monthly in 8 days.md',
        'People/Yearly in 8 days.md',
        'People/Quarterly in 40 days.md',
        'People/Scheduled.md',
        'People/Untracked.md',
        'People/Paused.md',
      ]);
      expect(v.everyone(TODAY).map((p) => p.status).slice(1, 6)).toEqual(['soon', 'ok', 'ok', 'ok', 'ok']);
    });

    it('the name is the frontmatter name, not the file name', () => {
      const v = makeVault({
        'People/a.md': note({ cadence: 'monthly', name: 'Zoe' }),
        'People/z.md': note({ cadence: 'monthly', name: 'Adam' }),
      });
      expect(paths(v.dueList(TODAY))).toEqual(['People/z.md', 'People/a.md']);
    });

    it('the same vault ranks the same on another day of the week and month', () => {
      const v = makeVault({
        'People/A.md': note({ cadence: 'monthly', last_contact: '2026-01-31' }),
        'People/B.md': note({ cadence: 'weekly', last_contact: '2026-02-20' }),
      });
      expect(v.person('People/A.md', '2026-03-01')).toMatchObject({ dueDate: '2026-02-28', daysOverdue: 1, status: 'overdue' });
      expect(v.person('People/B.md', '2026-03-01')).toMatchObject({ dueDate: '2026-02-27', daysOverdue: 2, status: 'overdue' });
      expect(paths(v.dueList('2026-03-01'))).toEqual(['People/B.md', 'People/A.md']);
      expect(paths(v.dueList('2026-02-27'))).toEqual(['People/B.md']);
    });
  });
});
