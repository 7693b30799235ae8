/** Which contacts become which new notes, and which are already there. */
import { inLanguage, m } from './messages';
import { DEFAULT_IMPORT_KEYS, personNoteText } from './noteText';
import type { ExistingPerson, ImportIssue, ImportPlan, ImportedContact, ParsedContactsFile, PlanOptions, PlannedNote, SkippedContact } from './types';
import { cleanLine, foldEmail, foldName } from './text';

const MAX_NAME_LENGTH = 100;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name for a person: no `\ / : * ? " < > |` (illegal on some systems), no `# ^ [ ]`
 * (they break links), no `{{` (an unrendered template), no leading dot (hidden).
 */
export function noteBaseName(name: string): string {
  let b = cleanLine(name)
    .replace(/[\\/:*?"<>|#^[\]]/g, '')
    .replace(/\{{2,}/g, '{')
    .replace(/\}{2,}/g, '}')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  const chars = Array.from(b);
  if (chars.length > MAX_NAME_LENGTH) b = chars.slice(0, MAX_NAME_LENGTH).join('').trim();
  if (b === '') return 'Unnamed contact';
  return WINDOWS_RESERVED.test(b) ? `${b} (person)` : b;
}

function pathKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

function normalizeFolder(folder: string): string {
  return (folder ?? '')
    .replace(/\\/g, '/')
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== '.')
    .join('/');
}

/** `Jane Doe.md`, else `Jane Doe 2.md`, `Jane Doe 3.md`…: never a path already taken. */
function freePath(folder: string, base: string, taken: Set<string>): string {
  const stem = folder === '' ? base : `${folder}/${base}`;
  let path = `${stem}.md`;
  for (let n = 2; taken.has(pathKey(path)); n++) path = `${stem} ${n}.md`;
  return path;
}

/** First writer wins: the earliest note or contact is the one a duplicate points to. */
function remember(map: Map<string, string>, key: string, value: string): void {
  if (key !== '' && !map.has(key)) map.set(key, value);
}

/**
 * Plans one note per new contact. A contact is skipped when its email, or its name (no case,
 * no accents), matches a person in the vault (`existing`) or an earlier contact of the list.
 * Existing notes are never touched; new paths never collide (case-insensitive) with
 * `existingPaths` or with each other.
 */
export function planImport(contacts: ImportedContact[], existing: ExistingPerson[], opts: PlanOptions): ImportPlan {
  return inLanguage(opts.lang, () => planIn(contacts, existing, opts));
}

function planIn(contacts: ImportedContact[], existing: ExistingPerson[], opts: PlanOptions): ImportPlan {
  const folder = normalizeFolder(opts.peopleFolder);
  const taken = new Set<string>();
  for (const p of opts.existingPaths ?? []) taken.add(pathKey(p));
  for (const p of existing) taken.add(pathKey(p.path));

  const vaultEmail = new Map<string, string>();
  const vaultName = new Map<string, string>();
  for (const person of existing) {
    for (const e of person.emails ?? []) remember(vaultEmail, foldEmail(e), person.path);
    for (const n of person.names ?? []) remember(vaultName, foldName(cleanLine(n)), person.path);
  }
  const fileEmail = new Map<string, string>();
  const fileName = new Map<string, string>();

  const noteOptions = {
    keys: { ...DEFAULT_IMPORT_KEYS, ...opts.keys },
    logHeading: opts.logHeading ?? 'Interactions',
    today: opts.today,
  };
  const create: PlannedNote[] = [];
  const skipped: SkippedContact[] = [];

  for (const contact of contacts) {
    const name = cleanLine(contact.name);
    if (name === '') {
      skipped.push({ contact, reason: m().noName() });
      continue;
    }
    const nameKey = foldName(name);
    const emails = (contact.emails ?? []).map(foldEmail).filter((e) => e !== '');

    const byVaultEmail = emails.map((e) => vaultEmail.get(e)).find((p) => p !== undefined);
    const byVaultName = vaultName.get(nameKey);
    const byFileEmail = emails.map((e) => fileEmail.get(e)).find((r) => r !== undefined);
    const byFileName = fileName.get(nameKey);
    for (const e of emails) remember(fileEmail, e, contact.ref);
    remember(fileName, nameKey, contact.ref);

    if (byVaultEmail !== undefined) {
      skipped.push({ contact, reason: m().inVault(byVaultEmail, 'email'), matchPath: byVaultEmail });
    } else if (byVaultName !== undefined) {
      skipped.push({ contact, reason: m().inVault(byVaultName, 'name'), matchPath: byVaultName });
    } else if (byFileEmail !== undefined) {
      skipped.push({ contact, reason: m().inFile(byFileEmail, 'email') });
    } else if (byFileName !== undefined) {
      skipped.push({ contact, reason: m().inFile(byFileName, 'name') });
    } else {
      const path = freePath(folder, noteBaseName(name), taken);
      taken.add(pathKey(path));
      create.push({ path, text: personNoteText(contact, noteOptions), contact });
    }
  }
  return { create, skipped };
}

/**
 * The file's issues as a person reads them next to the plan: `unreadable`, rows that gave no contact
 * (nothing is made of them); `warnings`, what was left out of a contact that becomes a note ("the
 * note is made without met"), by the note's path. An issue of a skipped contact is not shown: the
 * row makes nothing, and its skip reason says why.
 */
export function issuesByOutcome(parsed: ParsedContactsFile, plan: ImportPlan): { unreadable: ImportIssue[]; warnings: Map<string, string[]> } {
  const read = new Set(parsed.contacts.map((c) => c.ref));
  const made = new Map(plan.create.map((n) => [n.contact.ref, n.path]));
  const unreadable: ImportIssue[] = [];
  const warnings = new Map<string, string[]>();
  for (const issue of parsed.issues) {
    if (!read.has(issue.ref)) unreadable.push(issue);
    else {
      const path = made.get(issue.ref);
      if (path !== undefined) warnings.set(path, [...(warnings.get(path) ?? []), issue.message]);
    }
  }
  return { unreadable, warnings };
}
