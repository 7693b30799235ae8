/**
 * Contact import, the pure part: bytes → text → contacts → planned notes. The CLI and the
 * plugin read the file, list the vault, and write `create` themselves.
 */
export type {
  ContactsFormat,
  ExistingPerson,
  ImportIssue,
  ImportKeys,
  ImportPlan,
  ImportedContact,
  ParsedContactsFile,
  PlanOptions,
  PlannedNote,
  SkippedContact,
} from './types';
export { decodeText } from './decodeText';
export { parseContactsFile, wholeFileIssue } from './parseContactsFile';
export { importMessages, type ImportLang, type ImportMessages } from './messages';
export { planImport, noteBaseName, issuesByOutcome } from './planImport';
export { existingPerson } from './existingPerson';
export { personNoteText, DEFAULT_IMPORT_KEYS } from './noteText';
export { foldName } from './text';
