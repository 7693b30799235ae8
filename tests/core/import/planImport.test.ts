import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { noteBaseName, parseContactsFile, planImport, type ExistingPerson, type ImportedContact } from '../../../src/core/import';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const opts = { peopleFolder: 'People', existingPaths: new Set<string>(), today: '2026-11-25' };

function c(ref: string, name: string, rest: Partial<ImportedContact> = {}): ImportedContact {
  return { source: 'vcard', ref, name, emails: [], phones: [], urls: [], tags: [], ...rest };
}

describe('the notes it makes', () => {
  it('a LinkedIn connection', () => {
    const { contacts } = parseContactsFile('Connections.csv', fixture('linkedin-connections.csv'));
    const plan = planImport(contacts, [], opts);
    expect(plan.create.map((n) => n.path)).toEqual([
      'People/Maya Chen.md', 'People/Léo Dubois.md', 'People/Ravi Patel.md', 'People/Jane Doe.md', 'People/Marie-Hélène Côté.md',
    ]);
    expect(plan.create[0].text).toBe(
      `---
type: person
name: Maya Chen
email: maya.chen@example.com
company: Lumen Labs
role: Head of Product
linkedin: https://www.linkedin.com/in/maya-chen-1a2b3c
met: 2025-12-07
imported: 2026-11-25
---
## Interactions
`,
    );
    expect(plan.skipped.map((s) => [s.contact.ref, s.reason])).toEqual([['line 10', 'same name as line 9 in this file']]);
  });

  it('a Google contact with several emails and phones, labels, a birthday and notes', () => {
    const { contacts } = parseContactsFile('contacts.csv', fixture('google-contacts.csv'));
    const plan = planImport(contacts, [], opts);
    expect(plan.create[0].path).toBe('People/Sofia Rossi.md');
    expect(plan.create[0].text).toBe(
      `---
type: person
name: Sofia Rossi
email: sofia@example.it
emails:
  - sofia@example.it
  - s.rossi@work.example
phone: "+39 333 123 4567"
phones:
  - "+39 333 123 4567"
  - "+39 02 555 0101"
company: Banca Verde
role: Analyst
birthday: 1990-03-08
linkedin: https://www.linkedin.com/in/sofiarossi
websites:
  - https://sofia.dev
tags:
  - work
  - conference-2024
imported: 2026-11-25
---
Met at PyCon.
Likes climbing.

## Interactions
`,
    );
  });

  it('notes that look like headings do not open a log', () => {
    const { contacts } = parseContactsFile('contacts.csv', fixture('google-contacts.csv'));
    const bob = planImport(contacts, [], opts).create.find((n) => n.path === 'People/Bob Stone.md');
    expect(bob?.text).toBe(
      `---
type: person
name: Bob Stone
imported: 2026-11-25
---
\\## Log
- 2026-02-30 call
Title
\\---
#hashtag stays

## Interactions
`,
    );
  });

  it('CJK and yearless birthdays from a vCard; a name with ": " and a leading @', () => {
    const { contacts } = parseContactsFile('a.vcf', fixture('vcard30.vcf') + fixture('vcard40.vcf'));
    const byPath = new Map(planImport(contacts, [], opts).create.map((n) => [n.path, n.text]));
    expect(byPath.get('People/王小明.md')).toBe(
      `---
type: person
name: 王小明
email: xiaoming@example.cn
company: 字节跳动
imported: 2026-11-25
---
## Interactions
`,
    );
    expect(byPath.get('People/Zoë Ångström.md')).toBe(
      `---
type: person
name: Zoë Ångström
email: zoe@example.se
birthday: "--05-14"
imported: 2026-11-25
---
## Interactions
`,
    );
    expect(byPath.get('People/@maya the connector.md')).toBe(
      `---
type: person
name: "@maya: the connector"
email: hello@maya.example
imported: 2026-11-25
---
## Interactions
`,
    );
  });

  it('follows renamed keys, another log heading, and the vault root', () => {
    const plan = planImport([c('card 1', 'Ana Lima', { met: '2024-01-03', birthday: '--01-02' })], [], {
      peopleFolder: '/',
      existingPaths: new Set(),
      today: 'not a day',
      logHeading: 'Échanges',
      keys: { type: 'kind', name: 'nom', met: 'rencontre', birthday: 'anniversaire' },
    });
    expect(plan.create).toEqual([
      {
        path: 'Ana Lima.md',
        text: '---\nkind: person\nnom: Ana Lima\nanniversaire: "--01-02"\nrencontre: 2024-01-03\n---\n## Échanges\n',
        contact: expect.objectContaining({ name: 'Ana Lima' }),
      },
    ]);
  });

  it('every note reads back through gray-matter as written', () => {
    const weird = [
      '@maya', 'Chen: CEO', 'true', '0612', 'Null', '- dash', '"quoted"', 'a #b', "O'Brien", '[[Link]]',
      'Trailing:', '%percent', '&anchor', '*star', '!tag', '|pipe', '>fold', '`tick`', '{brace}', 'back\\slash', 'tab\there',
    ];
    const contacts = weird.map((name, i) =>
      c(`card ${i + 1}`, name, { company: name, role: name, emails: [`${i}@x.example`], phones: [name], tags: ['a'], met: '2024-02-29' }),
    );
    const plan = planImport(contacts, [], opts);
    expect(plan.create).toHaveLength(weird.length);
    for (const note of plan.create) {
      const name = note.contact.name.replace(/\t/g, ' ');
      const { data, content } = matter(note.text);
      expect(data).toEqual({
        type: 'person', name, email: note.contact.emails[0], phone: name, company: name, role: name,
        met: new Date('2024-02-29T00:00:00Z'), tags: ['a'], imported: new Date('2026-11-25T00:00:00Z'),
      });
      expect(content).toBe('## Interactions\n');
    }
  });
});

describe('file names', () => {
  it.each([
    ['Jane Doe', 'Jane Doe'],
    ['A/B: C*D?"E"<F>|G', 'AB CDEFG'],
    ['Issue #4 ^x [draft]', 'Issue 4 x draft'],
    ['  lots   of\tspace ', 'lots of space'],
    ['.hidden', 'hidden'],
    ['Dots...', 'Dots'],
    ['{{name}}', '{name}'],
    ['CON', 'CON (person)'],
    ['???', 'Unnamed contact'],
    ['x'.repeat(150), 'x'.repeat(100)],
  ])('%j → %j', (name, base) => {
    expect(noteBaseName(name)).toBe(base);
  });

  it('never collides with the vault (any case) or with each other', () => {
    const plan = planImport(
      [c('card 1', 'Jane Doe?'), c('card 2', 'Jane/Doe'), c('card 3', 'jane doe!')],
      [],
      { ...opts, existingPaths: new Set(['people/JANE DOE.md', 'People/Jane Doe 2.md']) },
    );
    expect(plan.create.map((n) => n.path)).toEqual(['People/Jane Doe 3.md', 'People/JaneDoe.md', 'People/jane doe!.md']);
  });
});

describe('duplicates', () => {
  const existing: ExistingPerson[] = [
    { path: 'People/Maya Chen.md', names: ['Maya Chen'], emails: ['Maya.Chen@Example.com'] },
    { path: 'People/Samantha Lee.md', names: ['Samantha Lee', 'Sam Lee', 'Sammy'], emails: [] },
    { path: 'Contacts/Leo Dubois.md', names: ['Leo Dubois'], emails: [] },
  ];

  it('against the vault: by email, by alias, by accent-folded name', () => {
    const plan = planImport(
      [
        c('line 2', 'M. Chen', { emails: ['maya.chen@example.com'] }),
        c('line 3', 'SAM  LEE'),
        c('line 4', 'Léo Dubois'),
        c('line 5', 'New Person'),
      ],
      existing,
      opts,
    );
    expect(plan.skipped.map((s) => [s.contact.ref, s.reason, s.matchPath])).toEqual([
      ['line 2', 'already in the vault as People/Maya Chen.md (same email)', 'People/Maya Chen.md'],
      ['line 3', 'already in the vault as People/Samantha Lee.md (same name or alias)', 'People/Samantha Lee.md'],
      ['line 4', 'already in the vault as Contacts/Leo Dubois.md (same name or alias)', 'Contacts/Leo Dubois.md'],
    ]);
    expect(plan.create.map((n) => n.path)).toEqual(['People/New Person.md']);
  });

  it('within the file: by email, by name, each pointing at the first', () => {
    const plan = planImport(
      [
        c('card 1', 'Ana Lima', { emails: ['ana@x.example'] }),
        c('card 2', 'Ana B. Lima', { emails: ['other@x.example', 'ANA@x.example'] }),
        c('card 3', 'ána lima'),
        c('card 4', 'Bo'),
      ],
      [],
      opts,
    );
    expect(plan.skipped.map((s) => [s.contact.ref, s.reason, s.matchPath])).toEqual([
      ['card 2', 'same email as card 1 in this file', undefined],
      ['card 3', 'same name as card 1 in this file', undefined],
    ]);
    expect(plan.create.map((n) => n.path)).toEqual(['People/Ana Lima.md', 'People/Bo.md']);
  });

  it('a contact without a name is skipped, not written', () => {
    expect(planImport([c('card 1', '  ')], [], opts).skipped.map((s) => s.reason)).toEqual(['it has no name']);
  });
});

describe('planImport in French', () => {
  it('gives the reasons a contact is skipped in French', async () => {
    const { planImport, existingPerson } = await import('../../../src/core/import');
    const contact = (ref: string, name: string, emails: string[] = []) => ({ source: 'vcard' as const, ref, name, emails, phones: [], urls: [], tags: [] });
    const plan = planImport(
      [contact('fiche 1', 'Maya Chen'), contact('fiche 2', 'Léo', ['leo@x.example']), contact('fiche 3', 'Léo Bis', ['LEO@x.example']), contact('fiche 4', '  ')],
      [existingPerson('People/Maya Chen.md', { type: 'person' })],
      { peopleFolder: 'People', existingPaths: new Set(), today: '2026-11-25', lang: 'fr' },
    );
    expect(plan.skipped.map((s) => s.reason)).toEqual([
      'déjà dans le coffre : People/Maya Chen.md (même nom ou alias)',
      'même e-mail que fiche 2 dans ce fichier',
      "elle n'a pas de nom",
    ]);
    expect(plan.create.map((n) => n.path)).toEqual(['People/Léo.md']);
  });
});
