/**
 * Every sentence import shows a person, in one place, so the translation table can take
 * them over. Each says what is wrong and what to do.
 */

const LINKEDIN_HEADER = 'First Name, Last Name, URL, Email Address, Company, Position, Connected On';
const GOOGLE_HEADER = 'First Name, Last Name, E-mail 1 - Value, Phone 1 - Value, Organization Name, Labels…';

/** What to give import instead of a file that is not a contacts export. */
const EXPORT_INSTEAD = 'export Connections.csv from LinkedIn, "Google CSV" from Google Contacts, or a vCard (.vcf) file, and import that';

function quote(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return `"${one.length > max ? one.slice(0, max - 1) + '…' : one}"`;
}

export const msg = {
  emptyFile: (file: string) => `${file} is empty, so not a contacts export; ${EXPORT_INSTEAD}.`,
  notContacts: (file: string, firstLine: string) =>
    `${file} is neither a vCard (no BEGIN:VCARD line) nor a contacts CSV: its first line is ${quote(firstLine)}, ` +
    `but LinkedIn's header is ${LINKEDIN_HEADER} and Google's has ${GOOGLE_HEADER}; ` +
    `${EXPORT_INSTEAD}.`,
  noRows: (file: string) => `${file} has a header but no contacts below it; nothing to import (if you expected people, export the file again).`,
  /** The CLI's whole-file failures: what the path is, and what to give instead. */
  isFolder: (file: string) => `${file} is a folder, not a contacts export; ${EXPORT_INSTEAD}.`,
  notText: (file: string) =>
    `${file} is not text (not UTF-8, UTF-16 or Windows-1252): an image, a spreadsheet or another binary file, not a contacts export; ` +
    `save a spreadsheet as .csv, or ${EXPORT_INSTEAD}.`,
  internalError: (file: string, why: string) =>
    `${file} could not be read because of a bug in Reconnect (${why}); please report it, with the file if you can.`,
  csvNoName: (ref: string, columns: string) =>
    `${ref} has no name (${columns} are empty); add one in the file, or leave it out.`,
  cardNoName: (ref: string, hint: string) =>
    `${ref} has no name (FN or N)${hint ? ` — ${hint}` : ''}; add one or skip it.`,
  unclosedQuote: (ref: string) =>
    `${ref} opens a quote (") that is never closed, so the rest of the file reads as one value; ` +
    `close the quote in the file and import it again.`,
  badQuote: (ref: string) => `${ref} has a misplaced quote ("); check that person's values after the import.`,
  badConnectedOn: (ref: string, value: string) =>
    `${ref}: "Connected On" ${quote(value)} is not a date like 07 Dec 2025; the note is made without met.`,
  badBirthday: (ref: string, value: string) =>
    `${ref}: birthday ${quote(value)} is not a day like 1985-05-14 or --05-14; the note is made without a birthday.`,
  cardNotClosed: (ref: string) => `${ref} has no END:VCARD (the file may be cut short); it is imported as far as it goes.`,
  unknownEncoding: (ref: string, property: string, charset: string) =>
    `${ref}: ${property} uses the character set ${charset}, which this device cannot read; it was read as UTF-8, check its accents.`,

  inVault: (path: string, why: 'email' | 'name') =>
    `already in the vault as ${path} (${why === 'email' ? 'same email' : 'same name or alias'})`,
  inFile: (ref: string, why: 'email' | 'name') => `same ${why} as ${ref} in this file`,
  noName: () => 'it has no name',
};
