/** A contacts file of any supported kind → contacts and issues; the kind is read from the content. */
import { Columns, findContactsTable } from './csv';
import { googleContact } from './google';
import { linkedInContact } from './linkedin';
import { inLanguage, m, type ImportLang } from './messages';
import type { ImportIssue, ImportedContact, ParsedContactsFile } from './types';
import { parseVCardFile } from './vcard';

const VCARD = /^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*$/im;

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '') ?? '';
}

function parseCsv(file: string, text: string): ParsedContactsFile | null {
  const table = findContactsTable(text);
  if (table === null) return null;
  const cols = new Columns(table.header);
  const contacts: ImportedContact[] = [];
  const issues: ImportIssue[] = [];
  for (const row of table.rows) {
    const ref = m().line(row.line);
    if (row.quoteError === 'unclosed') {
      issues.push({ ref, message: m().unclosedQuote(ref) });
      continue;
    }
    if (row.quoteError === 'misplaced') issues.push({ ref, message: m().badQuote(ref) });
    const contact =
      table.kind === 'linkedin' ? linkedInContact(row, cols, issues) : googleContact(row, cols, issues);
    if (contact) contacts.push(contact);
  }
  if (table.rows.length === 0) issues.push({ ref: file, message: m().noRows(file) });
  return { format: table.kind, contacts, issues };
}

/**
 * The issue about the file as a whole (empty, not a contacts export, a header without rows) when
 * nothing in it can be imported, or null: its `ref` is the file name, a row's is `line 7` or `card 3`.
 */
export function wholeFileIssue(fileName: string, parsed: ParsedContactsFile, lang?: ImportLang): ImportIssue | null {
  if (parsed.contacts.length > 0) return null;
  const file = fileName.trim() === '' ? inLanguage(lang, () => m().theFile) : fileName.trim();
  return parsed.issues.find((i) => i.ref === file) ?? null;
}

/**
 * Reads a LinkedIn or Google contacts CSV or a vCard file. Every problem is an issue
 * (with its line or card), in `lang` (English by default); whatever can be read is returned.
 * Never throws.
 */
export function parseContactsFile(fileName: string, text: string, lang?: ImportLang): ParsedContactsFile {
  return inLanguage(lang, () => parseIn(fileName, text));
}

function parseIn(fileName: string, text: string): ParsedContactsFile {
  const file = fileName.trim() === '' ? m().theFile : fileName.trim();
  try {
    const t = String(text).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    if (t.trim() === '') return { format: null, contacts: [], issues: [{ ref: file, message: m().emptyFile(file) }] };
    if (VCARD.test(t)) return { format: 'vcard', ...parseVCardFile(t) };
    const csv = parseCsv(file, t);
    if (csv !== null) return csv;
    return { format: null, contacts: [], issues: [{ ref: file, message: m().notContacts(file, firstLine(t)) }] };
  } catch (e) {
    // A bug here must not take the plugin down: say so, and import nothing.
    const why = e instanceof Error ? e.message : String(e);
    return { format: null, contacts: [], issues: [{ ref: file, message: m().internalError(file, why) }] };
  }
}
