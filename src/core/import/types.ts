/** One person read from a contacts file, before anything is written. */
export interface ImportedContact {
  source: 'linkedin' | 'google' | 'vcard';
  /** Where it was in the file, for messages: `line 7` (CSV) or `card 3` (vCard). */
  ref: string;
  /** Display name, whitespace collapsed; never empty for a parsed contact. */
  name: string;
  firstName?: string;
  lastName?: string;
  /** Distinct (case-insensitive), the preferred one first. */
  emails: string[];
  phones: string[];
  company?: string;
  role?: string;
  /** `YYYY-MM-DD`, or `--MM-DD` without a year. */
  birthday?: string;
  /** The LinkedIn profile URL. */
  linkedin?: string;
  /** Other web addresses (not the LinkedIn one). */
  urls: string[];
  /** `YYYY-MM-DD`: LinkedIn's "Connected On". */
  met?: string;
  /** Obsidian tags without `#`: lower-cased, spaces turned into `-`. */
  tags: string[];
  /** Free text, `\n` line endings. */
  notes?: string;
}

/** Something in the file that could not be read as written: a sentence a person can act on. */
export interface ImportIssue {
  /** `line 7`, `card 3`, or the file name for the whole file. */
  ref: string;
  message: string;
}

export type ContactsFormat = ImportedContact['source'];

export interface ParsedContactsFile {
  format: ContactsFormat | null;
  contacts: ImportedContact[];
  issues: ImportIssue[];
}

/** A person note already in the vault, as far as duplicate detection needs it. */
export interface ExistingPerson {
  path: string;
  /** The basename, frontmatter `name` and `aliases`. */
  names: string[];
  /** Frontmatter `email` and `emails`. */
  emails: string[];
}

export interface PlannedNote {
  /** Vault-relative, with `/`. */
  path: string;
  /** The whole note, frontmatter included, ending with a newline. */
  text: string;
  contact: ImportedContact;
}

export interface SkippedContact {
  contact: ImportedContact;
  /** Why it is not created, e.g. `already in the vault as People/Maya Chen.md (same email)`. */
  reason: string;
  /** The existing note it duplicates, when it is one in the vault. */
  matchPath?: string;
}

/** Frontmatter key names that are settings (NOTE-FORMAT §1); the others are fixed. */
export interface ImportKeys {
  type: string;
  name: string;
  met: string;
  birthday: string;
}

export interface PlanOptions {
  /** Where new notes go; `''` for the vault root. */
  peopleFolder: string;
  /** Every file path in the vault; compared without regard to case. */
  existingPaths: Set<string>;
  /** `YYYY-MM-DD`: written as `imported` so the fresh notes can be found again. */
  today: string;
  /** The log heading to add (default `Interactions`). */
  logHeading?: string;
  /** Renamed frontmatter keys (defaults: `type`, `name`, `met`, `birthday`). */
  keys?: Partial<ImportKeys>;
  /** The language of the reasons a contact is skipped (default English). */
  lang?: 'en' | 'fr';
}

export interface ImportPlan {
  create: PlannedNote[];
  skipped: SkippedContact[];
}
