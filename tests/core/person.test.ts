import { describe, expect, it } from 'vitest';
import { makeVault, note, PARSERS } from '../helpers/vault';

const TODAY = '2026-11-25';

/** Whether the note at `path` is read as a person. */
function isPerson(path: string, text: string, opts: Parameters<typeof makeVault>[1] = {}): boolean {
  return makeVault({ [path]: text }, opts).index.person(path) !== null;
}

describe('NOTE-FORMAT §1 Person notes', () => {
  describe.each(PARSERS)('with the YAML parser %s', (_label, parseYaml) => {
    // "A Markdown note is a person when any of these holds"
    it.each([
      // "its frontmatter has `type: person` (case-insensitive; a list containing `person` counts)"
      ['type: person', 'Notes/A.md', note({ type: 'person' }), true],
      ['type: Person', 'Notes/A.md', note({ type: 'Person' }), true],
      ['type: PERSON', 'Notes/A.md', note({ type: 'PERSON' }), true],
      ['type: [client, person]', 'Notes/A.md', note({ type: '[client, person]' }), true],
      ['type as a block list', 'Notes/A.md', '---\ntype:\n  - contact\n  - Person\n---\n', true],
      ['type: "[[person]]"-less other value', 'Notes/A.md', note({ type: 'company' }), false],
      ['type: personal (not person)', 'Notes/A.md', note({ type: 'personal' }), false],
      // "its frontmatter `tags` contain `person` or `people`, or a nested tag under them (`person/work`)"
      ['tags: [person]', 'Notes/A.md', note({ tags: '[person]' }), true],
      ['tags: [people]', 'Notes/A.md', note({ tags: '[people]' }), true],
      ['tags: person (a string)', 'Notes/A.md', note({ tags: 'person' }), true],
      ['tags: [Person] (any case)', 'Notes/A.md', note({ tags: '[Person]' }), true],
      ['tags: ["#person"] (with the #)', 'Notes/A.md', note({ tags: '["#person"]' }), true],
      ['tags: [person/work] (nested)', 'Notes/A.md', note({ tags: '[person/work]' }), true],
      ['tags: [people/family/close] (nested twice)', 'Notes/A.md', note({ tags: '[people/family/close]' }), true],
      ['tags as a block list', 'Notes/A.md', '---\ntags:\n  - project\n  - people\n---\n', true],
      ['tags: [personal] (not nested)', 'Notes/A.md', note({ tags: '[personal]' }), false],
      ['tags: [work/person] (person is not the parent)', 'Notes/A.md', note({ tags: '[work/person]' }), false],
      // "it lies in a people folder (default `People/`, subfolders included)"
      ['in People/', 'People/A.md', '', true],
      ['in People/ with frontmatter that says nothing', 'People/A.md', note({ company: 'Acme' }), true],
      ['in a subfolder of People/', 'People/Clients/Europe/A.md', '', true],
      ['in a folder named like People but elsewhere', 'Archive/People/A.md', '', false],
      ['in PeopleOld/ (a prefix, not the folder)', 'PeopleOld/A.md', '', false],
      ['a plain note', 'Notes/A.md', '# Hello\n', false],
      // "Never a person: notes under the vault's config folder, under the templates folder
      // (default `Templates/`), or whose file name still holds an unrendered `{{…}}` placeholder."
      ['under the config folder even with type: person', '.obsidian/A.md', note({ type: 'person' }), false],
      ['under Templates/ even with type: person', 'Templates/Person.md', note({ type: 'person' }), false],
      ['under Templates/ subfolder', 'Templates/People/Person.md', note({ type: 'person' }), false],
      ['a {{title}} placeholder in the file name, in People/', 'People/{{title}}.md', note({ type: 'person' }), false],
      ['a {{date:YYYY}} placeholder in the file name', 'Notes/Meeting {{date:YYYY}}.md', note({ type: 'person' }), false],
    ])('%s', (_name, path, text, expected) => {
      expect(isPerson(path, text, { parseYaml })).toBe(expected);
    });
  });

  it('a folder in the settings replaces the default people folder', () => {
    const opts = { settings: (s: { peopleFolders: string[] }) => { s.peopleFolders = ['Contacts']; } };
    expect(isPerson('Contacts/A.md', '', opts)).toBe(true);
    expect(isPerson('People/A.md', '', opts)).toBe(false);
  });

  it('an excluded folder from the settings is never read', () => {
    const opts = { settings: (s: { excludedFolders: string[] }) => { s.excludedFolders = ['People/Old']; } };
    expect(isPerson('People/Old/A.md', '', opts)).toBe(false);
    expect(isPerson('People/A.md', '', opts)).toBe(true);
  });

  it('the config folder is the one the host names', () => {
    expect(isPerson('.config/A.md', note({ type: 'person' }), { configDir: '.config' })).toBe(false);
  });

  // "Notes under the config and templates folders are not read at all: they are neither people,
  // nor interaction or daily notes, nor a source of problems."
  it.each([
    ['.obsidian/broken.md'],
    ['Templates/Person.md'],
    ['Templates/2026-11-10.md'],
  ])('%s is neither a person, an interaction or daily note, nor a source of problems', (path) => {
    const v = makeVault({
      'People/Maya Chen.md': note({ cadence: 'monthly' }),
      [path]: `---\ntype: meeting\ndate: 2026-11-20\nwith: "[[Maya Chen]]"\ncadence: every blue moon\nlast_contact: 2026-02-30\n---\n[[Maya Chen]]\n## Log\n- 2026-02-30 call\n`,
    });
    expect(v.index.person(path)).toBeNull();
    expect(v.problems(TODAY)).toEqual([]);
    expect(v.person('People/Maya Chen.md', TODAY).lastContact).toBeNull();
    expect(v.index.notePaths()).not.toContain(path);
  });

  describe('name and aliases', () => {
    // "The person's **name** is frontmatter `name`, else the file's basename."
    it.each([
      ['frontmatter name', 'People/mchen.md', note({ name: 'Maya Chen' }), 'Maya Chen'],
      ['name with spaces trimmed', 'People/mchen.md', note({ name: '"  Maya Chen  "' }), 'Maya Chen'],
      ['no name: the basename', 'People/Clients/Maya Chen.md', '', 'Maya Chen'],
      ['empty name: the basename', 'People/Maya Chen.md', note({ name: '""' }), 'Maya Chen'],
      ['basename keeps dots', 'People/Dr. J. Doe.md', '', 'Dr. J. Doe'],
    ])('%s', (_n, path, text, name) => {
      expect(makeVault({ [path]: text }).index.person(path)?.name).toBe(name);
    });

    // "`aliases` (Obsidian's own key) and `name` are other names that links may use."
    it.each([
      ['aliases list', note({ aliases: '[Mimi, M. Chen]' }), ['mimi', 'm. chen']],
      ['aliases block list', '---\naliases:\n  - Mimi\n---\n', ['mimi']],
      ['aliases as one string', note({ aliases: 'Mimi' }), ['mimi']],
      ['name', note({ name: 'Maya C.' }), ['maya c.']],
      ['name and aliases', note({ name: 'Maya C.', aliases: '[Mimi]' }), ['mimi', 'maya c.']],
    ])('a link by %s reaches the person', (_n, text, names) => {
      for (const n of names) {
        const v = makeVault({
          'People/mchen.md': text.replace(/^---\n/, '---\ncadence: monthly\n') || note({ cadence: 'monthly' }),
          '2026-11-20.md': `Met [[${n}]] today.\n`,
        });
        expect(v.person('People/mchen.md', TODAY).lastContact).toBe('2026-11-20');
      }
    });
  });

  // "Unknown keys are kept and never rewritten."
  it('keeps unknown keys in the frontmatter it hands on', () => {
    const v = makeVault({ 'People/A.md': note({ favourite_tea: 'oolong', cadence: 'monthly' }) });
    expect(v.index.person('People/A.md')?.frontmatter.favourite_tea).toBe('oolong');
  });

  // The field table: `status` "`active` (default), `paused`, `archived`, any case; another value
  // is a problem and counts as `active`".
  it.each([
    ['active', false, false],
    ['Active', false, false],
    ['paused', true, false],
    ['PAUSED', true, false],
    ['archived', true, false],
    ['Archived', true, false],
    ['on hold', false, true],
  ])('status: %s → paused %s, problem %s', (status, paused, problem) => {
    const v = makeVault({ 'People/A.md': note({ status, cadence: 'monthly' }) });
    expect(v.index.person('People/A.md')?.paused).toBe(paused);
    expect(v.problems(TODAY).some((p) => p.field === 'status')).toBe(problem);
  });

  // `birthday`: "`YYYY-MM-DD`, or without a year `--MM-DD` / `MM-DD`"; anything else is a problem (§3).
  it.each([
    ['1990-05-14', { year: 1990, month: 5, day: 14 }],
    ['"1990-05-14"', { year: 1990, month: 5, day: 14 }],
    ['"--05-14"', { year: null, month: 5, day: 14 }],
    ['--05-14', { year: null, month: 5, day: 14 }],
    ['"05-14"', { year: null, month: 5, day: 14 }],
    ['"--02-29"', { year: null, month: 2, day: 29 }],
    ['"--02-30"', 'problem'],
    ['"14/05"', 'problem'],
    ['"0514"', 'problem'],
    ['"--0514"', 'problem'],
    ['"May 14"', 'problem'],
  ])('birthday: %s', (written, expected) => {
    for (const [, parseYaml] of PARSERS) {
      const v = makeVault({ 'People/A.md': note({ birthday: written }) }, { parseYaml });
      const card = v.index.person('People/A.md');
      if (expected === 'problem') {
        expect(card?.birthday).toBeNull();
        expect(v.problems(TODAY).map((p) => p.field)).toEqual(['birthday']);
      } else {
        expect(card?.birthday).toEqual(expected);
        expect(v.problems(TODAY)).toEqual([]);
      }
    }
  });

  it('setting keys rename the frontmatter keys', () => {
    const v = makeVault(
      { 'People/A.md': note({ rythme: 'monthly', nom: 'Anne', dernier: '2026-11-01' }) },
      { settings: (s) => { s.keys.cadence = 'rythme'; s.keys.name = 'nom'; s.keys.lastContact = 'dernier'; } },
    );
    const p = v.person('People/A.md', TODAY);
    expect([p.name, p.cadence, p.lastContact]).toEqual(['Anne', '1 month', '2026-11-01']);
  });
});
