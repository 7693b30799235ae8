import { describe, expect, it } from 'vitest';
import { makeVault, note, PARSERS } from '../helpers/vault';
import { problemLine } from '../../src/core/describe';

const TODAY = '2026-11-25';

describe('NOTE-FORMAT §6 Problems', () => {
  // "Every note that cannot be read as written gives a problem: the note's path, the field (or
  // `null`), and a sentence a person can act on"
  describe.each(PARSERS)('each kind of problem (YAML parser %s)', (_l, parseYaml) => {
    it.each([
      ['broken frontmatter in a person note', 'People/A.md', '---\ncadence: monthly\nbucket: [client\n---\n', null, /frontmatter/i],
      ['broken frontmatter (bad indentation)', 'People/A.md', '---\nname: A\n  cadence: monthly\n---\n', null, /frontmatter/i],
      ['broken frontmatter in a meeting note', 'Meetings/M.md', '---\ntype: meeting\ndate: "2026-11-01\n---\n', null, /frontmatter/i],
      ['broken frontmatter in a plain note', 'Notes/N.md', '---\n: : :\n\t- x\n---\n', null, /frontmatter/i],
      ['frontmatter that is a list, not keys', 'People/A.md', '---\n- a\n- b\n---\n', null, /frontmatter/i],
      ['frontmatter that is a bare word', 'People/A.md', '---\njust words\n---\n', null, /frontmatter/i],
      ['a bad last_contact', 'People/A.md', note({ last_contact: '31/12/2026' }), 'last_contact', /31\/12\/2026/],
      ['a bad snooze_until', 'People/A.md', note({ snooze_until: 'next month' }), 'snooze_until', /next month/],
      ['a bad met', 'People/A.md', note({ met: '2026-02-30' }), 'met', /2026-02-30/],
      ['a bad birthday', 'People/A.md', note({ birthday: '"14 May"' }), 'birthday', /14 May/],
      ['a bad interaction-note date', 'Meetings/M.md', note({ type: 'meeting', date: 'last week' }), 'date', /last week/],
      ['an interaction note without a date', 'Meetings/M.md', note({ type: 'call' }), 'date', /date/],
      ['an unreadable cadence', 'People/Leo Park.md', note({ cadence: 'every blue moon' }), 'cadence', /'every blue moon' is not a cadence/],
      ['an unknown bucket', 'People/A.md', note({ bucket: 'conector' }), 'bucket', /conector/],
      ['an unknown status', 'People/A.md', note({ status: 'gone' }), 'status', /gone/],
      ['an impossible log day', 'People/A.md', '## Log\n- 2026-02-30 call\n', 'log', /2026-02-30/],
      ['an impossible log day written as a link', 'People/A.md', '## Log\n- [[Daily/2026-02-30|30 Feb]] call\n- [[Some note]] call\n', 'log', /'\[\[Daily\/2026-02-30\|30 Feb\]\]', which is not a day/],
      ['a last_contact after today', 'People/A.md', note({ cadence: 'monthly', last_contact: '2026-12-01' }), 'last_contact', /2026-12-01/],
    ])('%s', (_n, path, text, field, message) => {
      const v = makeVault({ [path]: text, 'People/Ok.md': note({ cadence: 'monthly', last_contact: '2026-11-20' }) }, { parseYaml });
      const problems = v.problems(TODAY);
      expect(problems.map((p) => [p.path, p.field])).toEqual([[path, field]]);
      const [p] = problems;
      expect(p.message).toMatch(message);
      // a sentence a person can act on: it starts with a capital or a quoted value and ends with a full stop
      expect(p.message.trim().length).toBeGreaterThan(20);
      expect(p.message).toMatch(/[.)]$/);
      // the line, when `check` prints it ("line N: " before the message), is not said again in the message
      if (problemLine(p) !== null) expect(p.message).not.toMatch(/\bline\s+\d/i);
      // "the rest of the vault is still read"
      expect(v.person('People/Ok.md', TODAY).status).toBe('ok');
    });
  });

  it('a link that matches two people is a problem on the linking note', () => {
    const v = makeVault({
      'People/A.md': note({ aliases: '[Sam]' }),
      'People/B.md': note({ aliases: '[Sam]' }),
      'Daily/2026-11-20.md': 'Lunch with [[Sam]].\n',
    });
    expect(v.problems(TODAY).map((p) => [p.path, p.field, p.line])).toEqual([['Daily/2026-11-20.md', 'link', 1]]);
  });

  describe('a broken frontmatter block says what to fix, and on which line of the note', () => {
    it.each([
      ['an unclosed double quote', 'type: person\ncompany: Orbit\nrole: "Head of Partnerships\nmet: 2026-09-03', 'a quote (") opened on line 4 is never closed', 4],
      ['an unclosed single quote', "type: person\nrole: 'lead\nmet: 2026-09-03", "a quote (') opened on line 3 is never closed", 3],
      ['an unclosed quote after a quoted value over two lines', 'note: "multi\n  line ok"\nrole: "broken', 'a quote (") opened on line 4 is never closed', 4],
      ['a key written twice', 'name: Sam\ntype: person\nname: Sam Keller', "the key 'name' is written twice (line 4); keep one", 4],
      ['a line of text among the keys', 'type: person\nmet him at the fair\ncadence: monthly', 'line 3 is not a "key: value" line; make it one, or move it below the closing ---', 3],
      ['an indented key', 'type: person\n  role: lead', 'line 3 is indented unlike the keys around it, or its value holds ": " (put such a value in quotes)', 3],
      ['a value holding ": "', 'type: person\nrole: lead: design', 'line 3 is indented unlike the keys around it, or its value holds ": " (put such a value in quotes)', 3],
      ['a tab for indentation', 'type: person\ninterests:\n\t- chess', 'line 4 is indented with a tab; indent with spaces', 4],
      ['a list never closed', 'type: person\ninterests: [chess, running\ncadence: monthly', 'the list opened with [ on line 3 is not closed with ], or misses a comma', 3],
    ])('%s', (_n, yaml, why, line) => {
      for (const [parser, parseYaml] of PARSERS) {
        const v = makeVault({ 'People/A.md': `---\n${yaml}\n---\n` }, { parseYaml });
        const [p] = v.problems(TODAY);
        expect([p.field, p.line], parser).toEqual([null, line]);
        expect(p.message, parser).toBe(`The frontmatter cannot be read: ${why}. Until it is fixed, the note's properties are ignored.`);
      }
    });
  });

  it('a broken frontmatter block leaves the body readable: a person in People/ keeps her log', () => {
    const v = makeVault({ 'People/A.md': '---\ncadence: [monthly\n---\n## Log\n- 2026-11-01 call\n' });
    const p = v.person('People/A.md', TODAY);
    expect([p.status, p.lastContact]).toEqual(['untracked', '2026-11-01']);
  });

  it('a frontmatter block that is never closed is not frontmatter, and not a problem', () => {
    const v = makeVault({ 'People/A.md': '---\ncadence: monthly\n## Log\n- 2026-11-01 call\n' });
    expect(v.problems(TODAY)).toEqual([]);
  });

  it('several problems in one note are all reported, in line order', () => {
    const v = makeVault({
      'People/A.md': note({ cadence: 'sometimes', bucket: 'nope', status: 'x', met: 'y' }, '## Log\n- 2026-02-30 a\n- 2026-13-01 b\n'),
    });
    const problems = v.problems(TODAY);
    expect(problems.map((p) => p.field).sort()).toEqual(['bucket', 'cadence', 'log', 'log', 'met', 'status']);
    expect(problems.filter((p) => p.field === 'log').map((p) => p.line)).toEqual([8, 9]);
  });

  it('problems are sorted by path', () => {
    const v = makeVault({
      'People/Zed.md': note({ cadence: 'x' }),
      'People/Amy.md': note({ cadence: 'x' }),
      'Meetings/M.md': note({ type: 'meeting' }),
    });
    expect(v.problems(TODAY).map((p) => p.path)).toEqual(['Meetings/M.md', 'People/Amy.md', 'People/Zed.md']);
  });

  it('a note that is not a person says nothing about person keys', () => {
    const v = makeVault({ 'Notes/Book.md': note({ cadence: 'every blue moon', bucket: 'nope', last_contact: 'never' }) });
    expect(v.problems(TODAY)).toEqual([]);
  });

  // "Nothing crashes on a note."
  it.each([
    ['empty', ''],
    ['only a fence', '---'],
    ['two fences', '---\n---'],
    ['a BOM and CRLF', '\ufeff---\r\ntype: person\r\ncadence: monthly\r\n---\r\n## Log\r\n- 2026-11-01 call\r\n'],
    ['null bytes', '\u0000\u0000---\n\u0000'],
    ['a huge cadence', note({ type: 'person', cadence: '99999999 years', last_contact: '2026-01-01' })],
    ['a huge day count', note({ type: 'person', cadence: '999999999999', last_contact: '2026-01-01' })],
    ['the last day there is', note({ type: 'person', cadence: 'yearly', last_contact: '9999-12-31' })],
    ['odd types everywhere', '---\ntype: [person, 3, null, {a: 1}]\nname: [1, 2]\naliases: {a: 1}\ntags: 5\ncadence: {n: 2}\nbucket: [[x]]\nstatus: [paused]\nlast_contact: [2026-01-01]\nmet: 12\nbirthday: true\nwith: {a: b}\n---\n'],
    ['prototype keys', '---\n__proto__: {type: person}\nconstructor: x\ntoString: 3\nhasOwnProperty: 4\ntype: person\n---\n'],
    ['a meeting with odd people', '---\ntype: meeting\ndate: 2026-11-01\nwith: [[[[[x]]]]]\npeople: 3\nattendees: {a: "[[b]]"}\n---\n[[|]] [[#]] [[]] [[ ]]\n'],
    ['unclosed constructs', '```\n[[A]]\n<!-- [[A]]\n%% [[A]]\n'],
    ['a deep list', `## Log\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}- 2026-11-01 call`).join('\n')}\n`],
    ['a very long line', `## Log\n- 2026-11-01 ${'#tag '.repeat(5000)}`],
    ['lone carriage returns', '---\rtype: person\r---\r## Log\r- 2026-11-01 call\r'],
  ])('never throws on a note: %s', (_n, text) => {
    for (const [, parseYaml] of PARSERS) {
      for (const path of ['People/X.md', '2026-11-01.md', 'Meetings/X.md']) {
        expect(() => {
          const v = makeVault({ [path]: text, 'People/A.md': note({ cadence: 'monthly' }) }, { parseYaml });
          v.everyone(TODAY);
          v.problems(TODAY);
          JSON.stringify(v.everyone(TODAY).map((p) => [p.status, p.dueDate, p.daysOverdue]));
        }).not.toThrow();
      }
    }
  });

  it('a YAML parser that throws something other than an Error is still a problem, not a crash', () => {
    const v = makeVault({ 'People/A.md': note({ cadence: 'monthly' }) }, {
      parseYaml: () => {
        throw 'not an error object';
      },
    });
    expect(v.problems(TODAY).map((p) => p.field)).toEqual([null]);
  });
});
