/** The text of a new person note for one contact. */
import { parseBirthday } from './dates';
import type { ImportKeys, ImportedContact } from './types';
import { cleanBlock, cleanLine, distinct, foldEmail, toTags } from './text';
import { yamlBlock, yamlDay } from './yaml';

export const DEFAULT_IMPORT_KEYS: ImportKeys = { type: 'type', name: 'name', met: 'met', birthday: 'birthday' };

function isDay(s: string | undefined): s is string {
  return s !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s) && parseBirthday(s) === s;
}

function optional(s: string | undefined): string | undefined {
  const v = cleanLine(s);
  return v === '' ? undefined : v;
}

/**
 * The contact's notes as Markdown that reads as written but makes no heading: a line
 * like `## Log` or a setext underline would otherwise open a log section, or a new one.
 */
export function notesAsMarkdown(notes: string): string {
  return cleanBlock(notes)
    .split('\n')
    .map((line) => {
      if (/^ {0,3}#{1,6}(\s|$)/.test(line)) return line.replace('#', '\\#');
      if (/^ {0,3}(=+|-+)\s*$/.test(line)) return line.replace(/[=-]/, (c) => '\\' + c);
      return line;
    })
    .join('\n');
}

export interface NoteOptions {
  keys: ImportKeys;
  logHeading: string;
  /** Written as `imported`, when it is a day. */
  today: string;
}

/**
 * Frontmatter with what the contact holds (no cadence, no bucket: nobody becomes due by
 * surprise), the contact's notes, then an empty log heading.
 */
export function personNoteText(contact: ImportedContact, opts: NoteOptions): string {
  const emails = distinct((contact.emails ?? []).map(cleanLine), foldEmail);
  const phones = distinct((contact.phones ?? []).map(cleanLine));
  const urls = distinct((contact.urls ?? []).map(cleanLine));
  const birthday = contact.birthday === undefined ? null : parseBirthday(contact.birthday);
  const fm = yamlBlock([
    [opts.keys.type, 'person'],
    [opts.keys.name, cleanLine(contact.name)],
    ['email', emails[0]],
    ['emails', emails.length > 1 ? emails : undefined],
    ['phone', phones[0]],
    ['phones', phones.length > 1 ? phones : undefined],
    ['company', optional(contact.company)],
    ['role', optional(contact.role)],
    [opts.keys.birthday, birthday ?? undefined, yamlDay],
    ['linkedin', optional(contact.linkedin)],
    ['websites', urls],
    [opts.keys.met, isDay(contact.met) ? contact.met : undefined, yamlDay],
    ['tags', toTags(contact.tags ?? [])],
    ['imported', isDay(opts.today) ? opts.today : undefined, yamlDay],
  ]);
  const notes = contact.notes === undefined ? '' : notesAsMarkdown(contact.notes);
  const heading = cleanLine(opts.logHeading) || 'Interactions';
  return `---\n${fm}---\n${notes === '' ? '' : notes + '\n\n'}## ${heading}\n`;
}
