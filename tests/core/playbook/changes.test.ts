// What changed for a person: a new company or role, when the log says so with an inline field.
import { describe, expect, it } from 'vitest';
import { makeVault, note, withLog } from '../../helpers/vault';
import { cardChangesOf, inlineChanges, prepare } from '../../../src/core/playbook';
import { withoutInlineFields } from '../../../src/core/markdown';
import { topicText } from '../../../src/core/templates';

const TODAY = '2026-11-25';

describe('inlineChanges: the company:: and role:: fields of a line', () => {
  it.each([
    ['moved to Halcyon [company:: Halcyon Robotics]', [['company', 'Halcyon Robotics']]],
    ['promoted (role:: VP Design) last week', [['role', 'VP Design']]],
    ['new job role:: Head of Product', [['role', 'Head of Product']]],
    ['new job role:: Head of Product #news #career', [['role', 'Head of Product']]],
    ['[Company:: Acme] [ROLE:: CTO]', [['company', 'Acme'], ['role', 'CTO']]],
    ['[company:: Acme] and role:: CTO', [['company', 'Acme'], ['role', 'CTO']]],
    ['[company::   ] nothing', []],
    ['company: Acme (one colon is prose)', []],
    ['[location:: Lyon] other fields are not changes', []],
    ['', []],
  ])('%s', (line, want) => {
    expect(inlineChanges(line).map((c) => [c.field, c.value])).toEqual(want);
  });
});

describe('withoutInlineFields: what a person reads of a line', () => {
  it.each([
    ["he's moving to Halcyon in March [company:: Halcyon Robotics]", "he's moving to Halcyon in March"],
    ['promoted (role:: VP Design) last week', 'promoted last week'],
    ['new job role:: Head of Product', 'new job'],
    ['[due:: 2026-12-01] call back', 'call back'],
    ['time 10:30, no field', 'time 10:30, no field'],
  ])('%s', (line, want) => {
    expect(withoutInlineFields(line)).toBe(want);
  });

  it("a template's topic leaves the fields out", () => {
    expect(topicText('talked about the move [company:: Halcyon Robotics]')).toBe('the move');
  });
});

describe('cardChangesOf: what changed since you last talked', () => {
  const MAYA = 'People/Maya.md';

  it('a change logged on the latest contact shows, with what the note still says', () => {
    const v = makeVault({
      [MAYA]: withLog({ company: 'Fernhill', role: 'Designer' }, '2026-09-01 coffee: old times', '2026-11-10 email: big news [company:: Northwind] (role:: Design lead)'),
    });
    const p = v.person(MAYA, TODAY);
    expect(cardChangesOf(v.index, p, TODAY, 365)).toEqual([
      { field: 'role', value: 'Design lead', day: '2026-11-10', sourcePath: MAYA, line: expect.any(Number), noteSays: 'Designer' },
      { field: 'company', value: 'Northwind', day: '2026-11-10', sourcePath: MAYA, line: expect.any(Number), noteSays: 'Fernhill' },
    ]);
  });

  it('the note already up to date says nothing more (case and spaces aside)', () => {
    const v = makeVault({ [MAYA]: withLog({ company: 'northwind ' }, '2026-11-10 email [company:: Northwind]') });
    expect(cardChangesOf(v.index, v.person(MAYA, TODAY), TODAY, 365)).toMatchObject([{ field: 'company', value: 'Northwind', noteSays: null }]);
  });

  it('a change followed by a later contact was talked about: not listed', () => {
    const v = makeVault({ [MAYA]: withLog({ company: 'Fernhill' }, '2026-06-01 lunch [company:: Northwind]', '2026-10-01 call: catching up') });
    expect(cardChangesOf(v.index, v.person(MAYA, TODAY), TODAY, 365)).toEqual([]);
  });

  it('a later last_contact in the frontmatter hides it too; so does the window', () => {
    const later = makeVault({ [MAYA]: withLog({ last_contact: '2026-11-20' }, '2026-11-10 email [role:: CTO]') });
    expect(cardChangesOf(later.index, later.person(MAYA, TODAY), TODAY, 365)).toEqual([]);
    const old = makeVault({ [MAYA]: withLog({}, '2025-06-01 email [role:: CTO]') });
    expect(cardChangesOf(old.index, old.person(MAYA, TODAY), TODAY, 365)).toEqual([]);
    expect(cardChangesOf(old.index, old.person(MAYA, TODAY), TODAY, 600)).toMatchObject([{ field: 'role', value: 'CTO' }]);
  });

  it('one value per field: the one written last that day', () => {
    const v = makeVault({ [MAYA]: withLog({}, '2026-11-10 email [role:: Lead]', '2026-11-10 call [role:: Director]') });
    expect(cardChangesOf(v.index, v.person(MAYA, TODAY), TODAY, 365).map((c) => c.value)).toEqual(['Director']);
  });

  it('a daily-note line that links the person, and the prep answer', () => {
    const v = makeVault({
      [MAYA]: note({ role: 'Designer' }),
      'People/Ben.md': note({}),
      '2026-11-20.md': 'Saw [[Ben]] at the fair.\n[[Maya]] got promoted! [role:: Head of Design] #news\n',
    });
    const changes = cardChangesOf(v.index, v.person(MAYA, TODAY), TODAY, 365);
    expect(changes).toEqual([{ field: 'role', value: 'Head of Design', day: '2026-11-20', sourcePath: '2026-11-20.md', line: 1, noteSays: 'Designer' }]);
    expect(cardChangesOf(v.index, v.person('People/Ben.md', TODAY), TODAY, 365)).toEqual([]);
    expect(prepare(v.index, v.due, MAYA, TODAY)!.changes).toEqual(changes);
  });
});
