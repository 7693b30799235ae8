/** Google Contacts CSV rows (the current "Google CSV" and the older export) → contacts. */
import type { Columns, CsvRow } from './csv';
import { parseBirthday } from './dates';
import { m } from './messages';
import type { ImportIssue, ImportedContact } from './types';
import { cleanBlock, cleanLine, distinct, foldEmail, joinName, splitMulti, splitUrls, toTags } from './text';

/** Google's own groups, which say nothing about the person. */
const SYSTEM_LABELS = new Set(['mycontacts', 'starred', 'othercontacts']);

/** `* myContacts ::: Work ::: * Friends` → `Work`, `Friends`. */
function userLabels(cell: string): string[] {
  const out: string[] = [];
  for (const label of splitMulti(cell)) {
    if (!label.startsWith('*')) {
      out.push(label);
      continue;
    }
    const rest = label.replace(/^\*\s*/, '');
    if (!SYSTEM_LABELS.has(rest.toLowerCase().replace(/\s+/g, ''))) out.push(rest);
  }
  return out;
}

export function googleContact(row: CsvRow, cols: Columns, issues: ImportIssue[]): ImportedContact | null {
  const ref = m().line(row.line);
  const r = row.cells;
  const one = (...names: string[]) => cleanLine(cols.get(r, ...names));
  const firstName = one('first name', 'given name');
  const middle = one('middle name', 'additional name');
  const lastName = one('last name', 'family name');
  const name = joinName(firstName, lastName, middle) || one('name') || one('nickname');
  if (name === '') {
    issues.push({ ref, message: m().csvNoName(ref, ['First Name', 'Last Name', 'Nickname']) });
    return null;
  }
  const many = (pattern: RegExp) => cols.all(r, pattern).flatMap(splitMulti);
  const web = splitUrls(many(/^website \d+ - value$/));
  const contact: ImportedContact = {
    source: 'google',
    ref,
    name,
    emails: distinct(many(/^e-mail \d+ - value$/), foldEmail),
    phones: distinct(many(/^phone \d+ - value$/)),
    urls: web.urls,
    tags: toTags(userLabels(cols.get(r, 'labels', 'group membership'))),
  };
  if (firstName !== '') contact.firstName = firstName;
  if (lastName !== '') contact.lastName = lastName;
  const company = splitMulti(cols.get(r, 'organization name', 'organization 1 - name'))[0];
  if (company) contact.company = company;
  const role = splitMulti(cols.get(r, 'organization title', 'organization 1 - title'))[0];
  if (role) contact.role = role;
  const bday = one('birthday');
  if (bday !== '') {
    const day = parseBirthday(bday);
    if (day === null) issues.push({ ref, message: m().badBirthday(ref, bday) });
    else contact.birthday = day;
  }
  if (web.linkedin !== undefined) contact.linkedin = web.linkedin;
  const notes = cleanBlock(cols.get(r, 'notes'));
  if (notes !== '') contact.notes = notes;
  return contact;
}
