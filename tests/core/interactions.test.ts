import { describe, expect, it } from 'vitest';
import { hasTag } from '../../src/core/due';
import { makeVault, note, PARSERS, type VaultOptions } from '../helpers/vault';

const TODAY = '2026-11-25';
const MAYA = 'People/Maya Chen.md';

/** The contacts and planned interactions a log section gives, read on TODAY. */
function readLog(body: string, opts: VaultOptions = {}) {
  const v = makeVault({ [MAYA]: note({ cadence: 'monthly' }, body) }, opts);
  const p = v.person(MAYA, TODAY);
  return {
    contacts: p.contacts.map((c) => ({ day: c.day, channel: c.channel, text: c.text, tags: c.tags })),
    planned: p.planned.map((c) => c.day),
    status: p.status,
    problems: v.problems(TODAY),
  };
}

/** The contacts the log gives from one item under `## Interactions`. */
function oneItem(item: string) {
  return readLog(`## Interactions\n${item}\n`);
}

/** Whether a daily note `2026-11-20.md` with this body counts as a contact with Maya Chen. */
function mentions(body: string, opts: VaultOptions = {}): boolean {
  const v = makeVault({ [MAYA]: note({ cadence: 'monthly', aliases: '[Mimi]' }), '2026-11-20.md': body }, opts);
  return v.person(MAYA, TODAY).lastContact === '2026-11-20';
}

describe('NOTE-FORMAT §4 Interactions', () => {
  describe('a. the log in a person note', () => {
    // "List items (`-`, `*`, `+` or `1.`) under a heading named `Interactions`, `Log`, `Journal`,
    // `Échanges` or `Historique` (any level, any case)"
    it.each([
      ['## Interactions'], ['## Log'], ['## Journal'], ['## Échanges'], ['## Historique'],
      ['# Interactions'], ['### log'], ['#### LOG'], ['##### journal'], ['###### historique'], ['## ÉCHANGES'], ['## échanges'],
      ['## E\u0301changes'], ['## Log ##'], ['##   Interactions   '], ['   ## Log'],
    ])('%j opens a log', (heading) => {
      expect(readLog(`${heading}\n- 2026-10-01 call\n`).contacts.map((c) => c.day)).toEqual(['2026-10-01']);
    });

    it.each([
      ['## Logs'], ['## My log'], ['## Interactions 2026'], ['**Log**'], ['Log'], ['#Log'], ['    ## Log'], ['> ## Log'],
      ['```\n## Log\n```'], ['%% ## Log %%'],
    ])('%j does not open a log', (heading) => {
      const r = readLog(`${heading}\n- 2026-10-01 call\n`);
      expect(r.contacts).toEqual([]);
    });

    it('the log heading names are a setting', () => {
      const opts = { settings: (s: { logHeadings: string[] }) => { s.logHeadings = ['Contacts']; } };
      expect(readLog('## Contacts\n- 2026-10-01 call\n', opts).contacts).toHaveLength(1);
      expect(readLog('## Log\n- 2026-10-01 call\n', opts).contacts).toHaveLength(0);
    });

    // "down to the next heading with as many or fewer `#` (a sub-heading inside the log is part of it)"
    it('reads down to the next heading of the same or a higher level; sub-headings are inside', () => {
      const r = readLog(
        [
          '# Maya', '- 2026-01-01 call', '## Log', '- 2026-10-01 call', '### 2025', '- 2025-06-01 call', '#### Q1',
          '- 2025-02-01 call', '## Notes', '- 2026-07-01 call', '# Other', '- 2026-07-02 call', '',
        ].join('\n'),
      );
      expect(r.contacts.map((c) => c.day)).toEqual(['2025-02-01', '2025-06-01', '2026-10-01']);
    });

    it('a higher heading ends the log too, and a later log heading opens another', () => {
      const r = readLog('### Log\n- 2026-10-01 call\n# Next\n- 2026-10-02 call\n## Journal\n- 2026-10-03 call\n');
      expect(r.contacts.map((c) => c.day)).toEqual(['2026-10-01', '2026-10-03']);
    });

    it('a heading inside a fenced block does not end the log', () => {
      const r = readLog('## Log\n- 2026-10-01 call\n```\n## Notes\n```\n- 2026-10-02 call\n');
      expect(r.contacts.map((c) => c.day)).toEqual(['2026-10-01', '2026-10-02']);
    });

    it.each([
      ['- 2026-10-01 call'], ['* 2026-10-01 call'], ['+ 2026-10-01 call'], ['1. 2026-10-01 call'], ['12. 2026-10-01 call'],
      ['  - 2026-10-01 call'], ['   - 2026-10-01 call'],
    ])('list marker %j', (item) => {
      expect(oneItem(item).contacts.map((c) => c.day)).toEqual(['2026-10-01']);
    });

    it.each([['2026-10-01 call'], ['> - 2026-10-01 call'], ['-2026-10-01 call'], ['Text\n\n    - 2026-10-01 call']])(
      'not a list item: %j',
      (line) => {
        expect(oneItem(line).contacts).toEqual([]);
      },
    );

    it('nested items count, each with its own day', () => {
      const r = readLog('## Log\n- 2026-10-01 call\n  - 2026-10-02 email\n    1. 2026-10-03 lunch\n');
      expect(r.contacts.map((c) => [c.day, c.channel])).toEqual([['2026-10-01', 'call'], ['2026-10-02', 'email'], ['2026-10-03', 'lunch']]);
    });

    // "The item starts with the day: `YYYY-MM-DD` (or a date-time, §3), or a link whose target's
    // basename is a day in the daily-notes format (`[[2026-09-12]]`, `[[Daily/2026-09-12|Sep 12]]`)."
    it.each([
      ['- 2026-09-12 coffee', '2026-09-12'],
      ['- 2026-09-12T18:30 coffee', '2026-09-12'],
      ['- 2026-09-12T18:30:00 coffee', '2026-09-12'],
      ['- [[2026-09-12]] coffee', '2026-09-12'],
      ['- [[Daily/2026-09-12|Sep 12]] coffee', '2026-09-12'],
      ['- [[Daily/2026/2026-09-12]] coffee', '2026-09-12'],
      ['- [[2026-09-12#Evening]] coffee', '2026-09-12'],
      ['- [[2026-09-12.md]] coffee', '2026-09-12'],
      ['- 2026-09-12: coffee', '2026-09-12'],
      ['- 2026-09-12, coffee', '2026-09-12'],
      ['- 2026-09-12', '2026-09-12'],
    ])('%s → day %s', (item, day) => {
      const r = oneItem(item);
      expect(r.contacts.map((c) => c.day)).toEqual([day]);
      expect(r.problems).toEqual([]);
    });

    it.each([
      ['DD.MM.YYYY', '- [[12.09.2026]] coffee'],
      ['YYYY/MM/DD', '- [[Daily/2026/09/12|12 Sep]] coffee'],
      ['dddd, MMMM Do YYYY', '- [[Saturday, September 12th 2026]] coffee'],
      ['YYYY-MM-DD dddd', '- [[2026-09-12 Saturday]] coffee'],
    ])('with the daily format %s, %s is dated by its link', (format, item) => {
      const r = readLog(`## Log\n${item}\n`, { daily: { format, folder: 'Daily' } });
      expect(r.contacts.map((c) => [c.day, c.channel])).toEqual([['2026-09-12', 'coffee']]);
    });

    // "An item that does not start with a day is free text and ignored (`31/12/2026 call` is free
    // text); one that starts with an impossible day in that shape (`2026-02-30`) is a problem."
    it.each([
      ['- 31/12/2026 call'], ['- call on 2026-10-01'], ['- [[Leo Park]] coffee'], ['- **2026-10-01** call'], ['- Sept 12 coffee'],
      ['- [[Saturday]] coffee'], ['- '], ['-'], ['- 2026-10 call'],
    ])('free text, ignored without a problem: %j', (item) => {
      const r = oneItem(item);
      expect(r.contacts).toEqual([]);
      expect(r.problems).toEqual([]);
    });

    it.each([['- 2026-02-30 call'], ['- 2026-13-01 call'], ['- 2026-04-31'], ['- [x] 2026-02-30 call'], ['- 2026-02-30T10:00 call']])(
      'an impossible day is a problem: %j',
      (item) => {
        const r = readLog(`## Log\n- 2026-10-01 call\n${item}\n`);
        expect(r.contacts.map((c) => c.day)).toEqual(['2026-10-01']);
        expect(r.problems.map((p) => [p.path, p.field, p.line])).toEqual([[MAYA, 'log', 6]]);
        expect(r.problems[0].message).toMatch(/2026-(02-30|13-01|04-31)/);
      },
    );

    // "Task marks: `[ ]` is open — never a contact, and planned when dated after today; `[x]` or `[X]`
    // is done (a contact); any other mark (`[-]` cancelled, `[/]`, `[>]`) is neither a contact nor planned."
    it.each([
      ['- [ ] 2026-12-02 lunch', [], ['2026-12-02'], 'scheduled'],
      ['- [ ] 2026-11-20 lunch', [], [], 'new'],
      ['- [ ] 2026-11-25 lunch', [], [], 'new'],
      ['- [x] 2026-11-10 call', ['2026-11-10'], [], 'ok'],
      ['- [X] 2026-11-10 call', ['2026-11-10'], [], 'ok'],
      ['- [-] 2026-11-10 call', [], [], 'new'],
      ['- [-] 2026-12-10 call', [], [], 'new'],
      ['- [/] 2026-11-10 call', [], [], 'new'],
      ['- [>] 2026-12-10 call', [], [], 'new'],
      ['- [?] 2026-11-10 call', [], [], 'new'],
      ['- 2026-11-10 call', ['2026-11-10'], [], 'ok'],
      // "An interaction dated after today is **planned**: it does not count as a contact."
      ['- 2026-12-02 lunch', [], ['2026-12-02'], 'scheduled'],
      ['- 2026-11-26 lunch', [], ['2026-11-26'], 'scheduled'],
      ['* [ ] 2026-12-02 lunch', [], ['2026-12-02'], 'scheduled'],
      ['1. [x] 2026-11-10 call', ['2026-11-10'], [], 'ok'],
    ])('%s → contacts %j, planned %j, %s', (item, contacts, planned, status) => {
      const r = oneItem(item);
      expect(r.contacts.map((c) => c.day)).toEqual(contacts);
      expect(r.planned).toEqual(planned);
      expect(r.status).toBe(status);
    });

    // "Then an optional channel word, then an optional `:`, `—`, `–` or `-`, then free text. Channel
    // words, any case: … Any other first word makes the channel `other` and belongs to the text."
    it.each([
      ['email', 'email'], ['call', 'call'], ['coffee', 'coffee'], ['meeting', 'meeting'], ['lunch', 'lunch'], ['dinner', 'dinner'],
      ['drinks', 'drinks'], ['event', 'event'], ['message', 'message'], ['text', 'text'], ['video', 'video'], ['social', 'social'],
      ['letter', 'letter'], ['card', 'card'],
      ['courriel', 'email'], ['appel', 'call'], ['café', 'coffee'], ['réunion', 'meeting'], ['rencontre', 'meeting'],
      ['déjeuner', 'lunch'], ['dîner', 'dinner'], ['verre', 'drinks'], ['événement', 'event'], ['texto', 'text'],
      ['visio', 'video'], ['lettre', 'letter'], ['carte', 'card'],
      ['Email', 'email'], ['CALL', 'call'], ['Café', 'coffee'], ['CAFÉ', 'coffee'], ['Réunion', 'meeting'], ['ÉVÉNEMENT', 'event'],
    ])('channel word %s → %s', (word, channel) => {
      expect(oneItem(`- 2026-10-01 ${word}: notes here`).contacts).toEqual([
        { day: '2026-10-01', channel, text: 'notes here', tags: [] },
      ]);
    });

    it.each([
      ['- 2026-10-01 call: sent the deck', 'call', 'sent the deck'],
      ['- 2026-10-01 call — sent the deck', 'call', 'sent the deck'],
      ['- 2026-10-01 call – sent the deck', 'call', 'sent the deck'],
      ['- 2026-10-01 call - sent the deck', 'call', 'sent the deck'],
      ['- 2026-10-01 call sent the deck', 'call', 'sent the deck'],
      ['- 2026-10-01 call:sent the deck', 'call', 'sent the deck'],
      ['- 2026-10-01 call', 'call', ''],
      ['- 2026-10-01 call:', 'call', ''],
      ['- 2026-10-01 Zoom: sent the deck', 'other', 'Zoom: sent the deck'],
      ['- 2026-10-01 called about the deck', 'other', 'called about the deck'],
      ['- 2026-10-01 phoned', 'other', 'phoned'],
      ['- 2026-10-01 — sent the deck', 'other', 'sent the deck'],
      ['- 2026-10-01', 'other', ''],
      ['- [[2026-09-12]] coffee — talked about her move', 'coffee', 'talked about her move'],
      ['- 2026-10-01 email: re: launch — v2', 'email', 're: launch — v2'],
    ])('%s → %s, %j', (item, channel, text) => {
      const [c] = oneItem(item).contacts;
      expect([c.channel, c.text]).toEqual([channel, text]);
    });

    // "Tags with a meaning: `#favor/asked`, `#favor/given`, `#awaiting-reply`, `#intro`, `#news`;
    // a nested tag counts as its parent (`#favor/asked/intro` is `#favor/asked`). A log item's tags
    // are those on its line"
    it.each([
      ['- 2026-08-01 call #awaiting-reply', ['awaiting-reply'], 'awaiting-reply', true],
      ['- 2026-08-01 call #Awaiting-Reply', ['awaiting-reply'], 'awaiting-reply', true],
      ['- [[2026-09-12]] coffee — her move #favor/asked', ['favor/asked'], 'favor/asked', true],
      ['- 2026-09-12 coffee #favor/asked/intro', ['favor/asked/intro'], 'favor/asked', true],
      ['- 2026-09-12 coffee #favor/given', ['favor/given'], 'favor/asked', false],
      ['- 2026-09-12 coffee #favor', ['favor'], 'favor/asked', false],
      ['- 2026-09-12 coffee #favor/askedabout', ['favor/askedabout'], 'favor/asked', false],
      ['- 2026-09-12 email #intro #news', ['intro', 'news'], 'news', true],
      ['- 2026-09-12 email `#news` in code', [], 'news', false],
      ['- 2026-09-12 email issue#3', [], 'news', false],
    ])('%s → tags %j; has %s: %s', (item, tags, parent, has) => {
      const [c] = oneItem(item).contacts;
      expect(c.tags).toEqual(tags);
      expect(hasTag(c.tags, parent)).toBe(has);
      expect(c.text).not.toContain('#awaiting');
    });

    it("a tag on another item's line belongs to that item only", () => {
      const r = readLog('## Log\n- 2026-10-01 call #awaiting-reply\n- 2026-10-02 call\n');
      expect(r.contacts.map((c) => c.tags)).toEqual([['awaiting-reply'], []]);
    });

    it('the log of a note that is not a person counts for nobody', () => {
      const v = makeVault({ 'Notes/Ideas.md': '## Log\n- 2026-10-01 call\n', [MAYA]: note({ cadence: 'monthly' }) });
      expect(v.person(MAYA, TODAY).contacts).toEqual([]);
    });
  });

  describe('b. interaction notes', () => {
    function meeting(fm: Record<string, string>, body = '', extra: Record<string, string> = {}, opts: VaultOptions = {}) {
      const v = makeVault(
        {
          [MAYA]: note({ cadence: 'monthly', aliases: '[Mimi]' }),
          'People/Leo Park.md': note({ cadence: 'monthly' }),
          'Companies/Acme.md': note({ type: 'company' }),
          'Meetings/Sync.md': note(fm, body),
          ...extra,
        },
        opts,
      );
      const of = (path: string) => v.person(path, TODAY);
      return {
        maya: of(MAYA),
        leo: of('People/Leo Park.md'),
        problems: v.problems(TODAY),
      };
    }

    // "A note whose frontmatter has a valid `date` and a `type` of `meeting`, `interaction` or a
    // channel word."
    it.each([
      ['meeting', true], ['interaction', true], ['Meeting', true], ['[meeting, project]', true], ['call', true], ['coffee', true],
      ['café', true], ['réunion', true], ['Lunch', true], ['note', false], ['project', false], ['person-meeting', false],
    ])('type: %s → an interaction note: %s', (type, counts) => {
      const r = meeting({ type, date: '2026-11-10', with: '"[[Maya Chen]]"' });
      expect(r.maya.lastContact).toBe(counts ? '2026-11-10' : null);
    });

    it('a meeting without a date is a problem and counts for nobody', () => {
      const r = meeting({ type: 'meeting', with: '"[[Maya Chen]]"' });
      expect(r.maya.lastContact).toBeNull();
      expect(r.problems.map((p) => [p.path, p.field])).toEqual([['Meetings/Sync.md', 'date']]);
    });

    describe.each(PARSERS)('people from with / people / attendees, YAML parser %s', (_l, parseYaml) => {
      // "Its people are the person notes linked from frontmatter `with`, `people` or `attendees`
      // (a link or a list of links; an unquoted `[[X]]` is YAML for a nested list `[["X"]]` and
      // counts as the link)"
      it.each([
        ['with: "[[Maya Chen]]"', ['maya']],
        ['people: "[[Maya Chen]]"', ['maya']],
        ['attendees: "[[Maya Chen]]"', ['maya']],
        ['with: ["[[Maya Chen]]", "[[Leo Park]]"]', ['maya', 'leo']],
        ['with:\n  - "[[Maya Chen]]"\n  - "[[Leo Park]]"', ['maya', 'leo']],
        ['with: [[Maya Chen]]', ['maya']],
        ['with:\n  - [[Maya Chen]]\n  - [[Leo Park]]', ['maya', 'leo']],
        ['with: "[[People/Maya Chen|Maya]]"', ['maya']],
        ['with: "[[mimi]]"', ['maya']],
        ['with: "[[Maya Chen]]"\nattendees: "[[Leo Park]]"', ['maya', 'leo']],
        ['with: "[[Maya Chen]], [[Leo Park]]"', ['maya', 'leo']],
        ['with: Maya Chen', []],
        ['with: "[[Acme]]"', []],
        ['with: "[[Nobody Here]]"', []],
      ])('%s → %j', (yaml, who) => {
        const v = makeVault(
          {
            [MAYA]: note({ cadence: 'monthly', aliases: '[Mimi]' }),
            'People/Leo Park.md': note({ cadence: 'monthly' }),
            'Companies/Acme.md': note({ type: 'company' }),
            'Meetings/Sync.md': `---\ntype: meeting\ndate: 2026-11-10\n${yaml}\n---\nNotes.\n`,
          },
          { parseYaml },
        );
        const got = [];
        if (v.person(MAYA, TODAY).lastContact === '2026-11-10') got.push('maya');
        if (v.person('People/Leo Park.md', TODAY).lastContact === '2026-11-10') got.push('leo');
        expect(got).toEqual(who);
      });
    });

    // "when no link in those keys resolves to a person, the person notes linked from its body
    // (same exclusions as c)"
    it.each([
      ['no with key', { type: 'meeting', date: '2026-11-10' }, 'Talked with [[Leo Park]].', ['leo']],
      ['with links a company', { type: 'meeting', date: '2026-11-10', with: '"[[Acme]]"' }, 'Talked with [[Leo Park]].', ['leo']],
      ['with resolves: the body is not read', { type: 'meeting', date: '2026-11-10', with: '"[[Maya Chen]]"' }, 'Talked with [[Leo Park]].', ['maya']],
      ['body link in a quote is excluded', { type: 'meeting', date: '2026-11-10' }, '> [[Leo Park]]\n[[Maya Chen]]', ['maya']],
      ['body link in an open task is excluded', { type: 'meeting', date: '2026-11-10' }, '- [ ] ask [[Leo Park]]', []],
      ['body embed is excluded', { type: 'meeting', date: '2026-11-10' }, '![[Leo Park]]', []],
      ['body inline code is excluded', { type: 'meeting', date: '2026-11-10' }, '`[[Leo Park]]`', []],
      ['body comment is excluded', { type: 'meeting', date: '2026-11-10' }, '%% [[Leo Park]] %%', []],
    ])('%s', (_n, fm, body, who) => {
      const r = meeting(fm, `${body}\n`);
      const got = [];
      if (r.maya.lastContact === '2026-11-10') got.push('maya');
      if (r.leo.lastContact === '2026-11-10') got.push('leo');
      expect(got).toEqual(who);
    });

    // "The channel is frontmatter `channel`, else the `type` when it is a channel word, else `meeting`."
    it.each([
      [{ type: 'meeting', channel: 'video' }, 'video'],
      [{ type: 'meeting', channel: 'visio' }, 'video'],
      [{ type: 'call', channel: 'Lunch' }, 'lunch'],
      [{ type: 'call' }, 'call'],
      [{ type: 'café' }, 'coffee'],
      [{ type: 'meeting' }, 'meeting'],
      [{ type: 'interaction' }, 'meeting'],
    ])('%j → channel %s', (fm, channel) => {
      const r = meeting({ ...fm, date: '2026-11-10', with: '"[[Maya Chen]]"' });
      expect(r.maya.contacts.map((c) => c.channel)).toEqual([channel]);
      expect(r.maya.contacts[0].text).toBe('Sync');
    });

    // "an interaction note's are its frontmatter `tags` and the tags in its body"
    it('its tags are the frontmatter tags and the body tags', () => {
      const r = meeting({ type: 'meeting', date: '2026-11-10', with: '"[[Maya Chen]]"', tags: '[meeting, awaiting-reply]' }, 'Asked for an intro #favor/asked/intro\n');
      expect(r.maya.contacts[0].tags).toEqual(expect.arrayContaining(['awaiting-reply', 'favor/asked/intro']));
    });

    it('a meeting dated after today is planned: the person is scheduled', () => {
      const r = meeting({ type: 'meeting', date: '2026-12-03', with: '"[[Maya Chen]]"' });
      expect([r.maya.status, r.maya.lastContact, r.maya.planned.map((p) => p.day)]).toEqual(['scheduled', null, ['2026-12-03']]);
    });

    it('a meeting dated today is a contact', () => {
      expect(meeting({ type: 'meeting', date: TODAY, with: '"[[Maya Chen]]"' }).maya.lastContact).toBe(TODAY);
    });
  });

  describe('c. dated notes (daily notes)', () => {
    // "A note whose name matches the daily-notes format exactly (… default `YYYY-MM-DD`; and
    // `folder`: when set, only notes under it count, and a format with `/` matches the path below
    // that folder). `2026-11-10 Product sync` is not a daily note."
    it.each([
      ['YYYY-MM-DD', '', '2026-11-10.md', true],
      ['YYYY-MM-DD', '', 'Journal/2026-11-10.md', true],
      ['YYYY-MM-DD', '', '2026-11-10 Product sync.md', false],
      ['YYYY-MM-DD', '', 'Meeting 2026-11-10.md', false],
      ['YYYY-MM-DD', '', '2026-11-31.md', false],
      ['YYYY-MM-DD', '', '2026-11-10.txt.md', false],
      ['YYYY-MM-DD', 'Daily', 'Daily/2026-11-10.md', true],
      ['YYYY-MM-DD', 'Daily', 'daily/2026-11-10.md', true],
      ['YYYY-MM-DD', 'Daily/', 'Daily/2026-11-10.md', true],
      ['YYYY-MM-DD', 'Daily', '2026-11-10.md', false],
      ['YYYY-MM-DD', 'Daily', 'Journal/2026-11-10.md', false],
      ['YYYY-MM-DD', 'Journal/Daily', 'Journal/Daily/2026-11-10.md', true],
      ['DD-MM-YYYY', '', '10-11-2026.md', true],
      ['DD-MM-YYYY', '', '2026-11-10.md', false],
      ['YYYY/MM/DD', 'Daily', 'Daily/2026/11/10.md', true],
      ['YYYY/MM/YYYY-MM-DD', 'Daily', 'Daily/2026/11/2026-11-10.md', true],
      ['YYYY/MM/DD', 'Daily', 'Daily/10.md', false],
      ['YYYY-MM-DD dddd', '', '2026-11-10 Tuesday.md', true],
      ['YYYY-MM-DD dddd', '', '2026-11-10 Monday.md', false],
      ['dddd, MMMM Do YYYY', '', 'Tuesday, November 10th 2026.md', true],
      ['D MMM YYYY', '', '10 Nov 2026.md', true],
      ['[Journal] YYYY-MM-DD', '', 'Journal 2026-11-10.md', true],
      ['gggg-[W]ww', '', '2026-W46.md', false],
    ])('format %s, folder %j: %s is a daily note: %s', (format, folder, path, daily) => {
      const v = makeVault({ [MAYA]: note({ cadence: 'monthly' }), [path]: 'Lunch with [[Maya Chen]].\n' }, { daily: { format, folder } });
      expect(v.person(MAYA, TODAY).lastContact).toBe(daily ? '2026-11-10' : null);
    });

    // "Every wikilink in its body to a person note makes one contact on that day (one per person and
    // note, however many links), channel `mention`"
    it('one contact per person and note, channel mention, with the line as text', () => {
      const v = makeVault({
        [MAYA]: note({ cadence: 'monthly' }),
        'People/Leo Park.md': note({ cadence: 'monthly' }),
        '2026-11-10.md': 'Coffee with [[Maya Chen|Maya]] #news\n\n- Then [[Maya Chen]] again and [[Leo Park]] #awaiting-reply\n- [[maya chen]]\n',
      });
      const maya = v.person(MAYA, TODAY).contacts;
      expect(maya).toHaveLength(1);
      expect(maya[0]).toMatchObject({ day: '2026-11-10', channel: 'mention', kind: 'daily', text: 'Coffee with Maya' });
      // "a daily-note contact's are the tags on the lines that link the person"
      expect(maya[0].tags.sort()).toEqual(['awaiting-reply', 'news']);
      const leo = v.person('People/Leo Park.md', TODAY).contacts;
      expect(leo.map((c) => [c.day, c.tags])).toEqual([['2026-11-10', ['awaiting-reply']]]);
    });

    it('tags on lines that do not link the person are not hers', () => {
      const v = makeVault({ [MAYA]: note({ cadence: 'monthly' }), '2026-11-10.md': '#awaiting-reply\nLunch with [[Maya Chen]].\n' });
      expect(v.person(MAYA, TODAY).contacts[0].tags).toEqual([]);
    });

    it('a daily note dated after today is planned', () => {
      const v = makeVault({ [MAYA]: note({ cadence: 'monthly' }), '2026-12-01.md': 'Lunch with [[Maya Chen]].\n' });
      expect(v.person(MAYA, TODAY).status).toBe('scheduled');
    });

    // The exclusions: "except links on the line of a task that is not done (`- [ ]`, `- [-]`, …; a
    // done task `- [x]` counts), a blockquote or callout, a fenced or indented code block, inline
    // code, a comment (`%%…%%`, `<!--…-->`), and embeds (`![[…]]`). Frontmatter links of a dated
    // note do not count."
    it.each([
      ['a plain line', 'Lunch with [[Maya Chen]].', true],
      ['a list item', '- lunch with [[Maya Chen]]', true],
      ['a numbered item', '1. lunch with [[Maya Chen]]', true],
      ['a heading', '## Lunch with [[Maya Chen]]', true],
      ['a table cell', '| who | what |\n| --- | --- |\n| [[Maya Chen]] | lunch |', true],
      ['a done task', '- [x] call [[Maya Chen]]', true],
      ['a done task, capital X', '- [X] call [[Maya Chen]]', true],
      ['an open task', '- [ ] call [[Maya Chen]]', false],
      ['a cancelled task', '- [-] call [[Maya Chen]]', false],
      ['an in-progress task', '- [/] call [[Maya Chen]]', false],
      ['a forwarded task', '- [>] call [[Maya Chen]]', false],
      ['an open task, nested', '- day\n  - [ ] call [[Maya Chen]]', false],
      ['an open task with * marker', '* [ ] call [[Maya Chen]]', false],
      ['a blockquote', '> lunch with [[Maya Chen]]', false],
      ['a nested blockquote', '> > lunch with [[Maya Chen]]', false],
      ['a callout', '> [!note] Lunch\n> with [[Maya Chen]]', false],
      ['a callout title', '> [!tip] [[Maya Chen]]', false],
      ['a fenced code block', '```\n[[Maya Chen]]\n```', false],
      ['a tilde fence', '~~~md\n[[Maya Chen]]\n~~~', false],
      ['a fence with a language', '```dataview\nLIST FROM [[Maya Chen]]\n```', false],
      ['a longer fence around a shorter one', '````\n```\n[[Maya Chen]]\n```\n````', false],
      ['after a fenced block closes', '```\ncode\n```\n[[Maya Chen]]', true],
      ['an indented code block', 'Intro.\n\n    [[Maya Chen]]', false],
      ['an indented code block with a tab', '\t[[Maya Chen]]', false],
      ['an indented code block after a heading', '# Day\n    [[Maya Chen]]', false],
      ['an indented continuation of a list item', '- lunch\n    with [[Maya Chen]]', true],
      ['an indented continuation after a blank line in a list', '- lunch\n\n    with [[Maya Chen]]', true],
      ['a lazy paragraph continuation', 'Lunch\n    with [[Maya Chen]]', true],
      ['inline code', 'See `[[Maya Chen]]`.', false],
      ['double-backtick inline code', 'See ``a ` [[Maya Chen]]``.', false],
      ['a link after inline code', '`code` then [[Maya Chen]]', true],
      ['a %% comment', '%% [[Maya Chen]] %%', false],
      ['a multi-line %% comment', '%%\nlunch with [[Maya Chen]]\n%%', false],
      ['after a %% comment', '%% note %% lunch with [[Maya Chen]]', true],
      ['an HTML comment', '<!-- [[Maya Chen]] -->', false],
      ['a multi-line HTML comment', '<!--\n[[Maya Chen]]\n-->', false],
      ['after an HTML comment', '<!-- x --> [[Maya Chen]]', true],
      ['an embed', '![[Maya Chen]]', false],
      ['an embed with a section', '![[Maya Chen#Log]]', false],
      ['an embed, then a link', '![[Maya Chen]] and [[Maya Chen]]', true],
      ['a markdown link (not a wikilink)', '[Maya](People/Maya%20Chen.md)', false],
      ['a link by alias', 'Lunch with [[Mimi]]', true],
    ])('%s → counts: %s', (_n, body, counts) => {
      expect(mentions(`${body}\n`)).toBe(counts);
    });

    it.each(PARSERS)('frontmatter links of a dated note do not count (%s)', (_l, parseYaml) => {
      expect(mentions('---\nrelated: "[[Maya Chen]]"\nwith: "[[Maya Chen]]"\npeople: [[Maya Chen]]\n---\nA quiet day.\n', { parseYaml })).toBe(false);
    });

    it('a dated note that is also a meeting note counts once per source (meeting) and per daily note', () => {
      const v = makeVault({
        [MAYA]: note({ cadence: 'monthly' }),
        'Meetings/2026-11-10 Product sync.md': note({ type: 'meeting', date: '2026-11-10', with: '"[[Maya Chen]]"' }, '[[Maya Chen]] [[Maya Chen]]\n'),
      });
      expect(v.person(MAYA, TODAY).contacts.map((c) => [c.day, c.kind])).toEqual([['2026-11-10', 'note']]);
    });
  });

  describe('link resolution', () => {
    /** Who a daily-note link reaches, and the problems it makes. */
    function reach(link: string, extra: Record<string, string> = {}, files: string[] = []) {
      const notes: Record<string, string> = {
        'People/Clients/Maya Chen.md': note({ cadence: 'monthly', aliases: '[Mimi, M.C.]' }),
        'People/lpark.md': note({ cadence: 'monthly', name: 'Leo Park' }),
        'Companies/Acme.md': note({ type: 'company' }),
        ...extra,
        '2026-11-20.md': `Met ${link}.\n`,
      };
      const v = makeVault(notes, { files });
      const who = v.index.allPeople().filter((c) => v.person(c.path, TODAY).lastContact === '2026-11-20').map((c) => c.path);
      return { who, problems: v.problems(TODAY) };
    }

    // "Links resolve to person notes without regard to case: first as Obsidian resolves them (a full
    // path, a trailing part of a path, or a basename)"
    it.each([
      ['[[People/Clients/Maya Chen]]', ['People/Clients/Maya Chen.md']],
      ['[[People/Clients/Maya Chen.md]]', ['People/Clients/Maya Chen.md']],
      ['[[Clients/Maya Chen]]', ['People/Clients/Maya Chen.md']],
      ['[[Maya Chen]]', ['People/Clients/Maya Chen.md']],
      ['[[maya chen]]', ['People/Clients/Maya Chen.md']],
      ['[[MAYA CHEN]]', ['People/Clients/Maya Chen.md']],
      ['[[people/CLIENTS/maya chen]]', ['People/Clients/Maya Chen.md']],
      ['[[Maya Chen|Maya]]', ['People/Clients/Maya Chen.md']],
      ['[[Maya Chen#Log]]', ['People/Clients/Maya Chen.md']],
      ['[[Maya Chen#Log|Maya]]', ['People/Clients/Maya Chen.md']],
      ['[[Other/Maya Chen]]', []],
      ['[[lpark]]', ['People/lpark.md']],
      // "when no note matches, by a person's alias or `name`"
      ['[[Mimi]]', ['People/Clients/Maya Chen.md']],
      ['[[mimi]]', ['People/Clients/Maya Chen.md']],
      ['[[M.C.|her]]', ['People/Clients/Maya Chen.md']],
      ['[[Leo Park]]', ['People/lpark.md']],
      ['[[leo park]]', ['People/lpark.md']],
      ['[[Acme]]', []],
      ['[[Nobody]]', []],
    ])('%s → %j', (link, who) => {
      const r = reach(link);
      expect(r.who).toEqual(who);
      expect(r.problems).toEqual([]);
    });

    // "(a link that Obsidian resolves to a note that is not a person stays with that note)"
    it.each([
      ['a company note named like an alias', { 'Companies/Mimi.md': note({ type: 'company' }) }, []],
      ['a plain note named like a person name', { 'Notes/Leo Park.md': '# Leo Park, the book\n' }, []],
      ['a file of that name that is not read (an attachment-like note)', {}, []],
    ])('%s: the link stays with that note', (_n, extra, who) => {
      const link = Object.keys(extra)[0]?.includes('Leo') ? '[[Leo Park]]' : '[[Mimi]]';
      const files = Object.keys(extra).length === 0 ? ['Attachments/Mimi.md'] : [];
      expect(reach(link, extra, files).who).toEqual(who);
    });

    it('a person note of that basename wins over an alias', () => {
      const r = reach('[[Mimi]]', { 'People/Mimi.md': note({ cadence: 'monthly' }) });
      expect(r.who).toEqual(['People/Mimi.md']);
    });

    // "A link that matches two people by alias or name is a problem and counts for nobody."
    it.each([
      ['two aliases', { 'People/Mia.md': note({ cadence: 'monthly', aliases: '[Mimi]' }) }, '[[Mimi]]'],
      ['an alias and a name', { 'People/Mia.md': note({ cadence: 'monthly', name: 'MIMI' }) }, '[[mimi]]'],
      ['two names', { 'People/lp2.md': note({ cadence: 'monthly', name: 'Leo Park' }) }, '[[Leo Park]]'],
    ])('%s: a problem, nobody counted', (_n, extra, link) => {
      const r = reach(link, extra);
      expect(r.who).toEqual([]);
      expect(r.problems.map((p) => [p.path, p.field])).toEqual([['2026-11-20.md', 'link']]);
      expect(r.problems[0].message).toContain(link.replace(/\|.*\]\]$/, ']]'));
    });

    it('an ambiguous alias in a meeting note is a problem too, and counts for nobody', () => {
      const v = makeVault({
        [MAYA]: note({ cadence: 'monthly', aliases: '[Mimi]' }),
        'People/Mia.md': note({ cadence: 'monthly', aliases: '[Mimi]' }),
        'Meetings/Sync.md': note({ type: 'meeting', date: '2026-11-10', with: '"[[Mimi]]"' }),
      });
      expect(v.person(MAYA, TODAY).lastContact).toBeNull();
      expect(v.person('People/Mia.md', TODAY).lastContact).toBeNull();
      expect(v.problems(TODAY).map((p) => [p.path, p.field])).toEqual([['Meetings/Sync.md', 'link']]);
    });

    it('the same person twice under one alias is not ambiguous', () => {
      expect(reach('[[Leo Park]]', {}).problems).toEqual([]);
    });

    // "Notes under the templates folder are never link targets."
    it.each([
      ['[[Mimi]]', 'Templates/Mimi.md', ['People/Clients/Maya Chen.md']],
      ['[[Templates/Person]]', 'Templates/Person.md', []],
      ['[[Maya Chen]]', 'Templates/Maya Chen.md', ['People/Clients/Maya Chen.md']],
    ])('%s with %s in the templates folder', (link, template, who) => {
      expect(reach(link, { [template]: note({ type: 'person', cadence: 'weekly' }) }, [template]).who).toEqual(who);
    });

    it('Obsidian prefers the note in the linking folder, else the shortest path, for one basename', () => {
      const v = makeVault({
        'People/A/Sam.md': note({ cadence: 'monthly' }),
        'People/B/C/Sam.md': note({ cadence: 'monthly' }),
        '2026-11-20.md': '[[Sam]]\n',
        'People/B/C/2026-11-21.md': '[[Sam]]\n',
      });
      expect(v.person('People/A/Sam.md', TODAY).contacts.map((c) => c.day)).toEqual(['2026-11-20']);
      expect(v.person('People/B/C/Sam.md', TODAY).contacts.map((c) => c.day)).toEqual(['2026-11-21']);
    });
  });
});
