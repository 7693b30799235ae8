import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContactsFile, wholeFileIssue, type ImportedContact } from '../../../src/core/import';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const parse = (name: string) => parseContactsFile(name, fixture(name));

/** A contact with the empty lists filled in, so expectations list only what matters. */
function c(source: ImportedContact['source'], ref: string, name: string, rest: Partial<ImportedContact> = {}): ImportedContact {
  return { source, ref, name, emails: [], phones: [], urls: [], tags: [], ...rest };
}

describe('LinkedIn Connections.csv', () => {
  it('skips the Notes preamble, reads every row, reports what it cannot read', () => {
    const li = (ref: string, first: string, last: string, rest: Partial<ImportedContact>) =>
      c('linkedin', ref, `${first} ${last}`, { firstName: first, lastName: last, ...rest });
    expect(parse('linkedin-connections.csv')).toEqual({
      format: 'linkedin',
      contacts: [
        li('line 5', 'Maya', 'Chen', {
          emails: ['maya.chen@example.com'], company: 'Lumen Labs', role: 'Head of Product',
          linkedin: 'https://www.linkedin.com/in/maya-chen-1a2b3c', met: '2025-12-07',
        }),
        li('line 6', 'Léo', 'Dubois', {
          company: 'Studio Nord, SARL', role: 'Designer', linkedin: 'https://www.linkedin.com/in/leo-dubois', met: '2024-03-14',
        }),
        li('line 7', 'Ravi', 'Patel', {
          company: 'Acme', role: 'VP Engineering, Platform', linkedin: 'https://www.linkedin.com/in/ravipatel', met: '2023-02-01',
        }),
        li('line 9', 'Jane', 'Doe', { company: 'Globex', role: 'CTO', linkedin: 'https://www.linkedin.com/in/jane-doe-1' }),
        li('line 10', 'Jane', 'Doe', {
          company: 'Initech', role: 'Analyst', linkedin: 'https://www.linkedin.com/in/jane-doe-2', met: '2020-05-05',
        }),
        li('line 11', 'Marie-Hélène', 'Côté', {
          emails: ['MH.Cote@Example.org'], linkedin: 'https://www.linkedin.com/in/mhcote', met: '2019-08-15',
        }),
      ],
      issues: [
        { ref: 'line 8', message: 'line 8 has no name (First Name and Last Name are empty); add one in the file, or leave it out.' },
        {
          ref: 'line 9',
          message: 'line 9: "Connected On" "30 Feb 2021" is not a date like 07 Dec 2025; the note is made without met.',
        },
      ],
    });
  });

  it('reads CRLF files, a BOM, and a file re-saved by Excel with semicolons', () => {
    const text = '\uFEFFFirst Name;Last Name;URL;Email Address;Company;Position;Connected On\r\nAna;Lima;;ana@example.br;;;3 Jan 2024\r\n';
    expect(parseContactsFile('Connections.csv', text)).toEqual({
      format: 'linkedin',
      contacts: [c('linkedin', 'line 2', 'Ana Lima', { firstName: 'Ana', lastName: 'Lima', emails: ['ana@example.br'], met: '2024-01-03' })],
      issues: [],
    });
  });
});

describe('Google contacts CSV', () => {
  it('reads ::: values, labels without the system ones, CJK names, multi-line notes', () => {
    const g = (ref: string, name: string, rest: Partial<ImportedContact>) => c('google', ref, name, rest);
    expect(parse('google-contacts.csv')).toEqual({
      format: 'google',
      contacts: [
        g('line 2', 'Sofia Rossi', {
          firstName: 'Sofia', lastName: 'Rossi',
          emails: ['sofia@example.it', 's.rossi@work.example'],
          phones: ['+39 333 123 4567', '+39 02 555 0101'],
          company: 'Banca Verde', role: 'Analyst', birthday: '1990-03-08',
          linkedin: 'https://www.linkedin.com/in/sofiarossi', urls: ['https://sofia.dev'],
          tags: ['work', 'conference-2024'],
          notes: 'Met at PyCon.\nLikes climbing.',
        }),
        g('line 4', '王小明', {
          firstName: '小明', lastName: '王', emails: ['xiaoming@example.cn'], company: '字节跳动', birthday: '--05-14', tags: ['朋友'],
        }),
        g('line 5', "Tom Michael O'Neil", { firstName: 'Tom', lastName: "O'Neil", phones: ['0612345678'] }),
        g('line 7', 'Ann Lee', { firstName: 'Ann', lastName: 'Lee', emails: ['ann.lee@example.com'], tags: ['friends'] }),
        g('line 8', 'Bob Stone', {
          firstName: 'Bob', lastName: 'Stone', notes: '## Log\n- 2026-02-30 call\nTitle\n---\n#hashtag stays',
        }),
      ],
      issues: [
        {
          ref: 'line 6',
          message: 'line 6 has no name (First Name, Last Name and Nickname are empty); add one in the file, or leave it out.',
        },
        {
          ref: 'line 7',
          message: 'line 7: birthday "May 14" is not a day like 1985-05-14 or --05-14; the note is made without a birthday.',
        },
      ],
    });
  });

  it('reads the older export (Given Name, Group Membership, Organization 1 - Name)', () => {
    expect(parse('google-contacts-old.csv')).toEqual({
      format: 'google',
      contacts: [
        c('google', 'line 2', 'Grace Hopper', {
          firstName: 'Grace', lastName: 'Hopper', emails: ['grace@navy.example'], phones: ['+1 555 0100'],
          company: 'US Navy', role: 'Rear Admiral', birthday: '1906-12-09', tags: ['mentors'], notes: 'Navy.',
        }),
        c('google', 'line 3', 'Alan Turing', { firstName: 'Alan', lastName: 'Turing' }),
      ],
      issues: [],
    });
  });
});

describe('vCard', () => {
  it('2.1: quoted-printable (UTF-8 and ISO-8859-1), soft line breaks, folded lines, PREF', () => {
    const text = fixture('vcard21.vcf');
    expect(text).toContain('\r\n'); // the fixture must keep its CRLF line endings
    expect(parseContactsFile('contacts.vcf', text)).toEqual({
      format: 'vcard',
      contacts: [
        c('vcard', 'card 1', 'Jürgen Müller', {
          firstName: 'Jürgen', lastName: 'Müller', emails: ['juergen@example.de'],
          phones: ['+49 30 1234567', '+49 170 1234567'], company: 'Beispiel GmbH', role: 'Vertriebsleiter',
          notes: 'Kennengelernt auf der Messe in Köln. Spricht gern über Fußball.\nRückruf im Frühjahr.',
        }),
        c('vcard', 'card 2', 'Chidi Okafor', {
          firstName: 'Chidi', lastName: 'Okafor', emails: ['chidi@example.ng'], birthday: '1985-05-14',
          notes: 'Philosophy teacher; wants an intro to the ethics board.',
        }),
        c('vcard', 'card 4', 'François Lefèvre', { firstName: 'François', lastName: 'Lefèvre', tags: ['clients'] }),
      ],
      issues: [
        { ref: 'card 3', message: 'card 3 has no name (FN or N) — it has the email nobody@example.com; add one or skip it.' },
      ],
    });
  });

  it('3.0: Apple groups, type=pref, escapes, folding, X-SOCIALPROFILE, CJK and accents', () => {
    expect(parse('vcard30.vcf')).toEqual({
      format: 'vcard',
      contacts: [
        c('vcard', 'card 1', 'Yuki Nakamura', {
          firstName: 'Yuki', lastName: 'Nakamura',
          emails: ['yuki.nakamura@kaiju.example', 'yuki@home.example'], phones: ['+81 90-1234-5678'],
          company: 'Kaiju Robotics', role: 'Research Lead', birthday: '1988-11-02',
          linkedin: 'https://www.linkedin.com/in/yukinakamura', urls: ['https://kaiju.example/yuki'],
          tags: ['robotics', 'japan-trip'],
          notes: 'Introduced by Maya. Interested in swarm robotics, drones; and hardware startups.\nFollow up in spring.',
        }),
        c('vcard', 'card 2', '王小明', { firstName: '小明', lastName: '王', emails: ['xiaoming@example.cn'], company: '字节跳动' }),
        c('vcard', 'card 3', 'Zoë Ångström', { firstName: 'Zoë', lastName: 'Ångström', emails: ['zoe@example.se'], birthday: '--05-14' }),
      ],
      issues: [],
    });
  });

  it('4.0: PREF=n, tel: URIs, --0514 birthdays, a text BDAY, a name YAML would misread', () => {
    expect(parse('vcard40.vcf')).toEqual({
      format: 'vcard',
      contacts: [
        c('vcard', 'card 1', 'Amélie Poulain', {
          firstName: 'Amélie', lastName: 'Poulain', emails: ['amelie.poulain@example.fr', 'amelie@cafe.example'],
          phones: ['+33-6-12-34-56-78'], birthday: '--05-14', linkedin: 'https://linkedin.com/in/amelie-poulain',
          tags: ['friends', 'paris'], notes: 'Loves crème brûlée.',
        }),
        c('vcard', 'card 2', '김민준', { firstName: '민준', lastName: '김', birthday: '--05-14' }),
        c('vcard', 'card 3', 'Old Timer'),
        c('vcard', 'card 4', '@maya: the connector', { emails: ['hello@maya.example'] }),
      ],
      issues: [
        {
          ref: 'card 3',
          message: 'card 3: birthday "circa 1800" is not a day like 1985-05-14 or --05-14; the note is made without a birthday.',
        },
      ],
    });
  });

  it('takes the name from N when FN is missing, and says when a card is cut short', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;Q.;Dr.;\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Cut Short\nEMAIL:cut@example.com';
    expect(parseContactsFile('x.vcf', text)).toEqual({
      format: 'vcard',
      contacts: [
        c('vcard', 'card 1', 'Jane Q. Doe', { firstName: 'Jane', lastName: 'Doe' }),
        c('vcard', 'card 2', 'Cut Short', { emails: ['cut@example.com'] }),
      ],
      issues: [{ ref: 'card 2', message: 'card 2 has no END:VCARD (the file may be cut short); it is imported as far as it goes.' }],
    });
  });

  it('finds a vCard by its content, whatever the file is called', () => {
    expect(parseContactsFile('export.txt', 'BEGIN:VCARD\r\nFN:A B\r\nEND:VCARD\r\n').format).toBe('vcard');
  });
});

describe('bad input: one clear issue each', () => {
  it('an empty file', () => {
    expect(parseContactsFile('Connections.csv', ' \n\uFEFF\n')).toEqual({
      format: null,
      contacts: [],
      issues: [{ ref: 'Connections.csv', message: 'Connections.csv is empty, so not a contacts export; export Connections.csv from LinkedIn, "Google CSV" from Google Contacts, or a vCard (.vcf) file, and import that.' }],
    });
  });

  it('a CSV that is neither format names both headers', () => {
    const out = parseContactsFile('orders.csv', 'Order,Amount\n1,20\n');
    expect(out.format).toBeNull();
    expect(out.contacts).toEqual([]);
    expect(out.issues).toEqual([
      {
        ref: 'orders.csv',
        message:
          'orders.csv is neither a vCard (no BEGIN:VCARD line) nor a contacts CSV: its first line is "Order,Amount", ' +
          "but LinkedIn's header is First Name, Last Name, URL, Email Address, Company, Position, Connected On and " +
          "Google's has First Name, Last Name, E-mail 1 - Value, Phone 1 - Value, Organization Name, Labels…; " +
          'export Connections.csv from LinkedIn, "Google CSV" from Google Contacts, or a vCard (.vcf) file, and import that.',
      },
    ]);
  });

  it('a header without rows', () => {
    expect(parseContactsFile('c.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n')).toEqual({
      format: 'linkedin',
      contacts: [],
      issues: [{ ref: 'c.csv', message: 'c.csv has a header but no contacts below it; nothing to import (if you expected people, export the file again).' }],
    });
  });

  it('wholeFileIssue: the issue about the file when nothing in it can be imported; row issues are not', () => {
    for (const [name, text] of [['e.csv', ''], ['orders.csv', 'Order,Amount\n1,20\n'], ['c.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n']]) {
      const parsed = parseContactsFile(name, text);
      expect(wholeFileIssue(name, parsed)).toEqual(parsed.issues[0]);
    }
    const rows = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n,,,nobody@example.org,Acme,,\n';
    expect(wholeFileIssue('c.csv', parseContactsFile('c.csv', rows))).toBeNull();
    const some = `${rows}Ana,Lima,,,,,\n`;
    expect(wholeFileIssue('c.csv', parseContactsFile('c.csv', some))).toBeNull();
  });

  it('a quote that never closes keeps the rows before it', () => {
    const text = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,,,\nBo,"Broken,,,,,\nCy,Dee,,,,,\n';
    const out = parseContactsFile('c.csv', text);
    expect(out.contacts.map((x) => x.name)).toEqual(['Ana Lima']);
    expect(out.issues).toEqual([
      {
        ref: 'line 3',
        message:
          'line 3 opens a quote (") that is never closed, so the rest of the file reads as one value; close the quote in the file and import it again.',
      },
    ]);
  });

  it('a row spanning lines keeps the right line numbers after it', () => {
    const text = 'First Name,Last Name,Notes,E-mail 1 - Value\nA,B,"one\ntwo\nthree",\nC,D,,c@d.e\n';
    expect(parseContactsFile('g.csv', text).contacts.map((x) => x.ref)).toEqual(['line 2', 'line 5']);
  });
});

describe('in French', () => {
  it('says every problem in French, rows as "ligne", cards as "fiche"; the contacts are the same', () => {
    const en = parseContactsFile('linkedin-connections.csv', fixture('linkedin-connections.csv'));
    const fr = parseContactsFile('linkedin-connections.csv', fixture('linkedin-connections.csv'), 'fr');
    expect(fr.contacts.map((x) => x.name)).toEqual(en.contacts.map((x) => x.name));
    expect(fr.contacts[0].ref).toBe('ligne 5');
    expect(fr.issues[0]).toEqual({ ref: 'ligne 8', message: "ligne 8 n'a pas de nom (First Name et Last Name sont vides) ; ajoutez-en un dans le fichier, ou laissez-la de côté." });
    const cards = parseContactsFile('x.vcf', 'BEGIN:VCARD\nVERSION:3.0\nEMAIL:a@b.example\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Ana\n', 'fr');
    expect(cards.issues.map((i) => i.message)).toEqual([
      "fiche 1 n'a pas de nom (FN ou N) — elle a l'e-mail a@b.example ; ajoutez-en un ou ignorez-la.",
      "fiche 2 n'a pas de END:VCARD (le fichier est peut-être tronqué) ; elle est importée jusqu'où elle va.",
    ]);
    expect(parseContactsFile('', '', 'fr').issues[0].message).toMatch(/^le fichier est vide : ce n'est pas un export de contacts ; exportez Connections\.csv/);
  });

  it('leaves English as the language of the next call (the language does not leak)', () => {
    parseContactsFile('a.csv', 'nonsense\n', 'fr');
    expect(parseContactsFile('a.csv', 'nonsense\n').issues[0].message).toMatch(/^a\.csv is neither a vCard/);
  });
});
