import matter from 'gray-matter';
import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeText,
  existingPerson,
  parseContactsFile,
  planImport,
  type ExistingPerson,
  type ImportedContact,
  type PlannedNote,
} from '../../../src/core/import';
import { cleanLine } from '../../../src/core/import/text';
import { yamlString } from '../../../src/core/import/yaml';

/** Pieces of real contact files, so random text reaches deep into both parsers. */
const TOKENS = [
  'BEGIN:VCARD', 'END:VCARD', 'VERSION:2.1', 'VERSION:4.0', 'FN:', 'N:', 'EMAIL;PREF:', 'TEL;CELL:', 'BDAY:', '--0514',
  'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:', ';CHARSET=SHIFT_JIS', 'CATEGORIES:', 'item1.', 'URL:', '=C3=A9', '=',
  '=\r\n', '\r\n ', '\n', '\r', ' ', '\t', ';', ',', ':', '"', '\\', '\\n', ' ::: ', '* myContacts',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On', 'First Name,Last Name,E-mail 1 - Value,Labels',
  'Notes:', '07 Dec 2025', '30 Feb 2021', 'linkedin.com/in/x', 'Maya', 'Léo', '王', '\uFEFF', '\u0000', '\ud800', '\udc00',
  '\u2028', '#', '---', '{{', '@',
];
const piece = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 3 }));
const contactsText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('nothing throws', () => {
  it('parseContactsFile on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), contactsText), fc.string(), (text, file) => {
        const out = parseContactsFile(file, text);
        expect(out.issues.every((i) => !i.message.includes('bug in Reconnect'))).toBe(true);
        for (const contact of out.contacts) expect(cleanLine(contact.name)).not.toBe('');
        // and what it read plans without throwing
        planImport(out.contacts, [], { peopleFolder: 'People', existingPaths: new Set(), today: '2026-11-25' });
      }),
      { numRuns: 2000 },
    );
  });

  it('decodeText on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const out = decodeText(bytes);
        expect('text' in out || 'error' in out).toBe(true);
      }),
    );
  });
});

const YAML_TOKENS = [
  'true', 'False', 'NULL', 'null', '~', 'yes', 'No', 'on', 'y', '0x1F', '1e3', '.inf', '.NaN', '0612', '+33', '-1', '2024-01-01',
  '12:30', '- ', '? ', ': ', ':', ' #', '#', '&a', '*a', '!!str', '|', '>', '%', '@', '`', '[', ']', '{', '}', ',', "'", '"',
  '\\', '=', '<<', ' ', 'a', 'Zoë', '王',
];
const yamlish = fc.array(fc.oneof(fc.constantFrom(...YAML_TOKENS), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 8 })
  .map((parts) => parts.join(''));

describe('YAML', () => {
  it('every string value written comes back the same through gray-matter', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ unit: 'binary' }), contactsText), (raw) => {
        const s = cleanLine(raw);
        fc.pre(s !== '');
        expect(matter(`---\nv: ${yamlString(s)}\nw:\n  - ${yamlString(s)}\n---\n`).data).toEqual({ v: s, w: [s] });
      }),
      { numRuns: 2000 },
    );
  });
});

/** What the CLI or the plugin would know about a note after writing it. */
function asExisting(note: PlannedNote): ExistingPerson {
  return existingPerson(note.path, matter(note.text).data);
}

const NAMES = ['Jane Doe', 'jane  DOE', 'Jáne Doe', 'Léo Dubois', 'Leo Dubois', '王小明', 'A/B', 'AB', 'CON', '@maya: x', 'true', '0612'];
const EMAILS = ['jane@x.example', 'JANE@x.example', 'leo@x.example', 'wang@x.example', ''];
const contactArb: fc.Arbitrary<ImportedContact> = fc.record({
  source: fc.constant('vcard' as const),
  ref: fc.nat(999).map((n) => `card ${n}`),
  name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ unit: 'binary', maxLength: 12 })),
  emails: fc.array(fc.oneof(fc.constantFrom(...EMAILS), fc.string({ maxLength: 8 })), { maxLength: 3 }),
  phones: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
  urls: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
  tags: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
  company: fc.option(fc.string({ unit: 'binary', maxLength: 8 }), { nil: undefined }),
  notes: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
});

function importTwice(contacts: ImportedContact[], existing: ExistingPerson[], paths: string[]) {
  const opts = { peopleFolder: 'People', existingPaths: new Set(paths), today: '2026-11-25' };
  const first = planImport(contacts, existing, opts);
  const after = {
    ...opts,
    existingPaths: new Set([...paths, ...first.create.map((n) => n.path)]),
  };
  const second = planImport(contacts, [...existing, ...first.create.map(asExisting)], after);
  return { first, second };
}

describe('importing the same file twice creates nothing the second time', () => {
  it('for any list of contacts and any vault', () => {
    fc.assert(
      fc.property(
        fc.array(contactArb, { maxLength: 25 }),
        fc.array(contactArb, { maxLength: 5 }),
        fc.array(fc.constantFrom('People/Jane Doe.md', 'people/ab.md', 'People/王小明 2.md', 'Notes/x.md'), { maxLength: 4 }),
        (contacts, vaultContacts, paths) => {
          const vault = planImport(vaultContacts, [], { peopleFolder: 'People', existingPaths: new Set(paths), today: '2026-01-01' });
          const existing = vault.create.map(asExisting);
          const allPaths = [...paths, ...vault.create.map((n) => n.path)];
          const { first, second } = importTwice(contacts, existing, allPaths);
          expect(second.create).toEqual([]);
          expect(second.skipped).toHaveLength(contacts.length);
          // and the first run's paths are new, distinct without regard to case, in the folder
          const keys = first.create.map((n) => n.path.toLowerCase());
          expect(new Set(keys).size).toBe(keys.length);
          for (const k of keys) expect(allPaths.map((p) => p.toLowerCase())).not.toContain(k);
          for (const n of first.create) expect(n.path).toMatch(/^People\/[^/]+\.md$/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for generated LinkedIn and vCard files', () => {
    const person = fc.record({
      first: fc.oneof(fc.constantFrom('Jane', 'jáne', 'Léo', '小明', ''), fc.string({ unit: 'binary', maxLength: 6 })),
      last: fc.oneof(fc.constantFrom('Doe', 'DOE', 'Dubois', '王'), fc.string({ maxLength: 6 })),
      email: fc.constantFrom('', 'jane@x.example', 'Jane@X.example', 'leo@x.example'),
      company: fc.string({ maxLength: 10 }),
    });
    const vEscape = (s: string) => s.replace(/[\\,;]/g, (ch) => '\\' + ch).replace(/\r\n|\r|\n/g, '\\n');
    fc.assert(
      fc.property(fc.array(person, { maxLength: 15 }), fc.boolean(), (people, asVCard) => {
        const text = asVCard
          ? people
              .map((p) => `BEGIN:VCARD\r\nVERSION:3.0\r\nN:${vEscape(p.last)};${vEscape(p.first)};;;\r\nEMAIL:${vEscape(p.email)}\r\nORG:${vEscape(p.company)}\r\nEND:VCARD\r\n`)
              .join('')
          : 'Notes:\n"Some emails are missing."\n\n' +
            Papa.unparse({
              fields: ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
              data: people.map((p) => [p.first, p.last, '', p.email, p.company, '', '07 Dec 2025']),
            });
        const parsed = parseContactsFile(asVCard ? 'contacts.vcf' : 'Connections.csv', text);
        const { first, second } = importTwice(parsed.contacts, [], []);
        expect(second.create).toEqual([]);
        expect(first.create.length + first.skipped.length).toBe(parsed.contacts.length);
      }),
      { numRuns: 300 },
    );
  });
});
