/** LinkedIn's Connections.csv rows → contacts. */
import type { Columns, CsvRow } from './csv';
import { parseConnectedOn } from './dates';
import { m } from './messages';
import type { ImportIssue, ImportedContact } from './types';
import { cleanLine, joinName, splitUrls } from './text';

export function linkedInContact(row: CsvRow, cols: Columns, issues: ImportIssue[]): ImportedContact | null {
  const ref = m().line(row.line);
  const cell = (name: string) => cleanLine(cols.get(row.cells, name));
  const firstName = cell('first name');
  const lastName = cell('last name');
  const name = joinName(firstName, lastName);
  if (name === '') {
    issues.push({ ref, message: m().csvNoName(ref, ['First Name', 'Last Name']) });
    return null;
  }
  const web = splitUrls([cell('url')]);
  const email = cell('email address');
  const contact: ImportedContact = {
    source: 'linkedin',
    ref,
    name,
    emails: email === '' ? [] : [email],
    phones: [],
    urls: web.urls,
    tags: [],
  };
  if (firstName !== '') contact.firstName = firstName;
  if (lastName !== '') contact.lastName = lastName;
  const company = cell('company');
  if (company !== '') contact.company = company;
  const role = cell('position');
  if (role !== '') contact.role = role;
  if (web.linkedin !== undefined) contact.linkedin = web.linkedin;
  const connectedOn = cell('connected on');
  if (connectedOn !== '') {
    const met = parseConnectedOn(connectedOn);
    if (met === null) issues.push({ ref, message: m().badConnectedOn(ref, connectedOn) });
    else contact.met = met;
  }
  return contact;
}
