import type { Day } from '../core/types';
import type { Settings } from '../core/settings';
import type { Lang } from '../core/i18n';
import type { LiveIndex } from './liveIndex';
import type { PersonActions } from './actions';
import type { Translate } from './strings';

/** What views and modals need from the plugin, so none of them keeps the plugin itself. */
export interface ReconnectHost {
  live: LiveIndex;
  actions: PersonActions;
  getSettings(): Settings;
  tr: Translate;
  lang(): Lang;
  today(): Day;
  openLogMeeting(paths: string[]): void;
  openNewPerson(name?: string): void;
  openSnoozeUntil(path: string): void;
  openLogEvent(): void;
  /** Draft message… for a person, optionally with a template already chosen (and the other person of an introduction). */
  openDraft(path: string, template?: string, otherPath?: string): void;
  /** Set bucket… for the people Import contacts brought in without one. */
  openSetBucketForImported(): void;
  importedWithoutBucket(): number;
  /** Writes the six-month review note and opens it. */
  writeReview(): Promise<void>;
  /** The person Prepare for meeting asked for (the prep panel shows them), or null for the active note. */
  prepFor: string | null;
}
