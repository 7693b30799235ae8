/** A calendar day written `YYYY-MM-DD`: the day as written, in no time zone. */
export type Day = string;

/** Something in a note that cannot be read as written (NOTE-FORMAT §6). */
export interface Problem {
  /** Vault-relative path, with `/`. */
  path: string;
  /** The frontmatter key or area (`cadence`, `log`, `link`, `template`…), or null for the whole note. */
  field: string | null;
  /** A sentence a person can act on. */
  message: string;
  /** 1-based line in the note, when known. */
  line?: number;
}

/** The channels of NOTE-FORMAT §4, in English; French words map onto them. */
export type Channel =
  | 'email' | 'call' | 'coffee' | 'meeting' | 'lunch' | 'dinner' | 'drinks' | 'event'
  | 'message' | 'text' | 'video' | 'social' | 'letter' | 'card' | 'mention' | 'other';

export type PersonStatus =
  | 'paused' | 'untracked' | 'snoozed' | 'scheduled' | 'new' | 'overdue' | 'due' | 'soon' | 'ok';

/** One dated contact (or planned contact) with one person. */
export interface Interaction {
  day: Day;
  channel: Channel;
  text: string;
  /** Tags without `#`, lower-cased, as written (nested kept: `favor/asked/intro`). */
  tags: string[];
  /** Where it was written. */
  sourcePath: string;
  /** 0-based line in the source note (0 for frontmatter-based interaction notes). */
  line: number;
  kind: 'log' | 'note' | 'daily';
  /**
   * The task mark of a log item or a daily-note line: `none` for a plain item, `open` for `[ ]`,
   * `done` for `[x]`, `other` for any other mark. Whether it is a contact or planned depends on
   * the day it is asked about (§4), so it is decided in `due.ts`, not here.
   */
  task: 'none' | 'open' | 'done' | 'other';
}
