// Follow-up tasks: open tasks with a due date (Tasks 📅 or Dataview due::) in a person note or on a line linking a person.
import { describe, expect, it } from 'vitest';
import { makeVault, note } from '../../helpers/vault';
import { followUpTasks, followUpTasksOf, taskDue, taskText } from '../../../src/core/playbook';

const TODAY = '2026-11-25';
const MAYA = 'People/Maya Chen.md';
const TOM = 'People/Tom Whitaker.md';
const PEOPLE = {
  [MAYA]: note({ aliases: '[Maya]', cadence: 'monthly' }, '# Maya\n'),
  [TOM]: note({ cadence: 'monthly' }, '# Tom\n'),
};

function tasksIn(path: string, body: string) {
  const v = makeVault({ ...PEOPLE, [path]: path in PEOPLE ? PEOPLE[path as keyof typeof PEOPLE] + body : body });
  return followUpTasks(v.index, TODAY).map((t) => ({ person: t.personPath, due: t.due, text: t.text }));
}

describe('which lines are follow-up tasks', () => {
  it.each([
    ['Tasks style in the person note', MAYA, '- [ ] Send the deck 📅 2026-12-01', [{ person: MAYA, due: '2026-12-01', text: 'Send the deck' }]],
    ['Tasks style without a space', MAYA, '- [ ] Send the deck 📅2026-12-01', [{ person: MAYA, due: '2026-12-01', text: 'Send the deck' }]],
    ['Dataview [due:: ]', MAYA, '- [ ] Send the deck [due:: 2026-12-01]', [{ person: MAYA, due: '2026-12-01', text: 'Send the deck' }]],
    ['Dataview (due:: )', MAYA, '- [ ] Send the deck (due:: 2026-12-01)', [{ person: MAYA, due: '2026-12-01', text: 'Send the deck' }]],
    ['inside the log, with a day', MAYA, '## Log\n- [ ] 2026-12-02 lunch 📅 2026-12-01', [{ person: MAYA, due: '2026-12-01', text: '2026-12-02 lunch' }]],
    ['a * item and a numbered item', MAYA, '* [ ] one 📅 2026-12-01\n1. [ ] two 📅 2026-12-02', [
      { person: MAYA, due: '2026-12-01', text: 'one' }, { person: MAYA, due: '2026-12-02', text: 'two' }]],
    ['an unreadable due date: kept, without a day', MAYA, '- [ ] Send the deck 📅 2026-02-30', [{ person: MAYA, due: null, text: 'Send the deck' }]],
    ['no due marker', MAYA, '- [ ] Send the deck', []],
    ['a done task (a contact, §4)', MAYA, '- [x] Send the deck 📅 2026-12-01', []],
    ['a cancelled task', MAYA, '- [-] Send the deck 📅 2026-12-01', []],
    ['a plain item with a date', MAYA, '- Send the deck 📅 2026-12-01', []],
    ['in a code block', MAYA, '```\n- [ ] Send the deck 📅 2026-12-01\n```', []],
    ['in a comment', MAYA, '%%\n- [ ] Send the deck 📅 2026-12-01\n%%', []],
    ['in a quote', MAYA, '> - [ ] Send the deck 📅 2026-12-01', []],
    ['a daily note linking a person', 'Daily/2026-11-24.md', '- [ ] Call [[Maya Chen]] 📅 2026-11-27', [{ person: MAYA, due: '2026-11-27', text: 'Call Maya Chen' }]],
    ['by alias, with its display text', 'Projects/Launch.md', '- [ ] Ask [[Maya|her]] for a quote #work 📅 2026-11-27', [{ person: MAYA, due: '2026-11-27', text: 'Ask her for a quote' }]],
    ['any note, two people on the line', 'Projects/Launch.md', '- [ ] Introduce [[Maya Chen]] to [[Tom Whitaker]] 📅 2026-11-27', [
      { person: MAYA, due: '2026-11-27', text: 'Introduce Maya Chen to Tom Whitaker' }, { person: TOM, due: '2026-11-27', text: 'Introduce Maya Chen to Tom Whitaker' }]],
    ['a person note linking another person: both', MAYA, '- [ ] Tell [[Tom Whitaker]] about it 📅 2026-11-27', [
      { person: MAYA, due: '2026-11-27', text: 'Tell Tom Whitaker about it' }, { person: TOM, due: '2026-11-27', text: 'Tell Tom Whitaker about it' }]],
    ['an embed is no link', 'Projects/Launch.md', '- [ ] Read ![[Maya Chen]] 📅 2026-11-27', []],
    ['a note that links nobody', 'Projects/Launch.md', '- [ ] Ship it 📅 2026-11-27', []],
    ['a link to a note that is no person', 'Projects/Launch.md', '- [ ] Read [[Roadmap]] 📅 2026-11-27', []],
  ])('%s', (_n, path, body, expected) => {
    expect(tasksIn(path, `\n${body}\n`)).toEqual(expected);
  });

  it.each([
    ['Send 📅 2026-12-01', { marked: true, due: '2026-12-01' }],
    ['Send 📅 next week', { marked: true, due: null }],
    ['Send [due:: 2026-12-01T10:00]', { marked: true, due: '2026-12-01' }],
    ['Send [due::2026-12-01]', { marked: true, due: '2026-12-01' }],
    ['overdue:: yes', { marked: false, due: null }],
    ['Send', { marked: false, due: null }],
  ])('taskDue(%j)', (text, expected) => {
    expect(taskDue(text)).toEqual(expected);
  });

  it('the text leaves out the Tasks fields and priority, links read as their text', () => {
    expect(taskText('Call [[People/Maya Chen|Maya]] ⏫ 🛫 2026-11-20 📅 2026-12-01 ➕ 2026-11-01 #work')).toBe('Call Maya');
  });
});

describe('order and overdue', () => {
  const v = makeVault({
    ...PEOPLE,
    'People/Ada.md': note({ cadence: 'monthly' }, '- [ ] a 📅 2026-11-30\n- [ ] b 📅 2026-11-25\n- [ ] c 📅 2026-11-24\n- [ ] d 📅 someday\n'),
    'Daily/2026-11-20.md': '- [ ] Call [[Tom Whitaker]] 📅 2026-11-24\n- [ ] Call [[Maya Chen]] 📅 2026-11-01\n- [ ] Email [[Maya Chen]] 📅 2026-11-30\n',
  });
  const all = followUpTasks(v.index, TODAY);

  it('overdue first (before today), then by due date, then name; an unreadable date last', () => {
    expect(all.map((t) => [t.personName, t.due, t.overdue])).toEqual([
      ['Maya Chen', '2026-11-01', true],
      ['Ada', '2026-11-24', true],
      ['Tom Whitaker', '2026-11-24', true],
      ['Ada', '2026-11-25', false],
      ['Ada', '2026-11-30', false],
      ['Maya Chen', '2026-11-30', false],
      ['Ada', null, false],
    ]);
  });

  it('a task due today is not overdue; inDays counts from today', () => {
    const today = all.find((t) => t.due === TODAY)!;
    expect([today.overdue, today.inDays]).toEqual([false, 0]);
    expect(all[0].inDays).toBe(-24);
  });

  it('followUpTasksOf gives one person\'s, in the same order, with the source and 0-based line', () => {
    expect(followUpTasksOf(v.index, MAYA, TODAY).map((t) => [t.sourcePath, t.line, t.due])).toEqual([
      ['Daily/2026-11-20.md', 1, '2026-11-01'],
      ['Daily/2026-11-20.md', 2, '2026-11-30'],
    ]);
    expect(followUpTasksOf(v.index, 'People/Nobody.md', TODAY)).toEqual([]);
  });

  it('follows changes of notes that credit nobody (the answers are cached per change)', () => {
    const w = makeVault({ ...PEOPLE, 'Projects/Launch.md': '- [ ] Ask [[Maya Chen]] 📅 2026-12-01\n' });
    expect(followUpTasksOf(w.index, MAYA, TODAY)).toHaveLength(1);
    w.index.setNote('Projects/Launch.md', '- [x] Ask [[Maya Chen]] 📅 2026-12-01\n');
    expect(followUpTasksOf(w.index, MAYA, TODAY)).toHaveLength(0);
    w.index.setNote('Projects/Other.md', '- [ ] Ask [[Maya]] 📅 2026-12-01\n- [ ] Ask [[Tom Whitaker]] 📅 2026-12-02\n');
    expect(followUpTasksOf(w.index, MAYA, TODAY)).toHaveLength(1);
    expect(followUpTasks(w.index, '2026-12-01').map((t) => t.overdue)).toEqual([false, false]);
    expect(followUpTasks(w.index, '2026-12-02').map((t) => t.overdue)).toEqual([true, false]);
  });
});
