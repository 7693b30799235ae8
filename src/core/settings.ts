import type { Problem } from './types';
import { parseCadence } from './cadence';

/** Every knob of Reconnect, stored in the plugin's data.json and read by the CLI too. */
export interface MeSettings {
  name: string;
  role: string;
  company: string;
  /** One paragraph about you, for introductions. */
  intro: string;
}

export interface DailyNotesSettings {
  /** moment-style format, e.g. `YYYY-MM-DD`. */
  format: string;
  /** Folder the daily notes live in; empty for anywhere. */
  folder: string;
}

/** Frontmatter key names; each is a setting so a vault with its own vocabulary still works. */
export interface KeySettings {
  type: string;
  name: string;
  cadence: string;
  bucket: string;
  lastContact: string;
  snoozeUntil: string;
  status: string;
  met: string;
  metAt: string;
  introducedBy: string;
  birthday: string;
  date: string;
  channel: string;
}

export type LanguageSetting = 'auto' | 'en' | 'fr';

export interface Settings {
  /** Schema version, for migrations. */
  version: number;
  peopleFolders: string[];
  /** Tags that make a note a person (nested tags count). */
  personTags: string[];
  /** Obsidian's templates folder: never read. */
  templatesFolder: string;
  /** Other folders never read. */
  excludedFolders: string[];
  logHeadings: string[];
  keys: KeySettings;
  /** Bucket name (lower case) → cadence phrase. */
  buckets: Record<string, string>;
  followUpWaitDays: number;
  letGoCount: number;
  favorWindowDays: number;
  /** Days ahead that count as "soon" / "coming up". */
  soonDays: number;
  meetingsFolder: string;
  outreachFolder: string;
  /** Where Log event writes event notes. */
  eventsFolder: string;
  /** Days after an event during which new people wait in Follow up. */
  eventFollowUpDays: number;
  /** The bucket of people met at an event. */
  newPersonBucket: string;
  /** Days ahead a birthday shows in "Coming up" (today included). */
  birthdayLeadDays: number;
  /** Months between two network reviews before the view reminds you. */
  reviewIntervalMonths: number;
  /** Where *Review my network* writes its note. */
  reviewsFolder: string;
  /** Days a `#news` contact stays a reason to reach out. */
  newsDays: number;
  /** Folder whose templates override the shipped ones. */
  reconnectTemplatesFolder: string;
  /** Null: read Obsidian's daily-notes settings (`<configDir>/daily-notes.json`). */
  dailyNotes: DailyNotesSettings | null;
  language: LanguageSetting;
  me: MeSettings;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_BUCKETS: Record<string, string> = {
  client: '1 month',
  prospect: '1 month',
  influential: '2 months',
  connector: '2 months',
  friend: '1 month',
  acquaintance: '6 months',
};

export const DEFAULT_DAILY_NOTES: DailyNotesSettings = { format: 'YYYY-MM-DD', folder: '' };

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    peopleFolders: ['People'],
    personTags: ['person', 'people'],
    templatesFolder: 'Templates',
    excludedFolders: [],
    logHeadings: ['Interactions', 'Log', 'Journal', 'Échanges', 'Historique'],
    keys: {
      type: 'type',
      name: 'name',
      cadence: 'cadence',
      bucket: 'bucket',
      lastContact: 'last_contact',
      snoozeUntil: 'snooze_until',
      status: 'status',
      met: 'met',
      metAt: 'met_at',
      introducedBy: 'introduced_by',
      birthday: 'birthday',
      date: 'date',
      channel: 'channel',
    },
    buckets: { ...DEFAULT_BUCKETS },
    followUpWaitDays: 7,
    letGoCount: 3,
    favorWindowDays: 14,
    soonDays: 7,
    meetingsFolder: 'Meetings',
    outreachFolder: 'Outreach',
    eventsFolder: 'Events',
    eventFollowUpDays: 7,
    newPersonBucket: 'acquaintance',
    birthdayLeadDays: 7,
    reviewIntervalMonths: 6,
    reviewsFolder: 'Reviews',
    newsDays: 30,
    reconnectTemplatesFolder: 'Templates/Reconnect',
    dailyNotes: null,
    language: 'auto',
    me: { name: '', role: '', company: '', intro: '' },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, fallback: string[]): string[] {
  if (!Array.isArray(v)) return fallback;
  return v.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter((x) => x !== '');
}

function positiveInt(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : fallback;
}

/** 0 is allowed: a lead of 0 days shows a birthday on the day only. */
function nonNegativeInt(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback;
}

function str(v: unknown, fallback: string): string {
  return typeof v === 'string' ? v : fallback;
}

/**
 * Settings from whatever data.json holds (null on a first run, an older version, hand edits):
 * every missing or ill-typed value falls back to its default, nothing throws.
 */
export function migrateSettings(raw: unknown): Settings {
  const d = defaultSettings();
  if (!isRecord(raw)) return d;
  const keys = isRecord(raw.keys) ? raw.keys : {};
  const me = isRecord(raw.me) ? raw.me : {};
  const buckets: Record<string, string> = {};
  if (isRecord(raw.buckets)) {
    for (const [k, v] of Object.entries(raw.buckets)) {
      if (typeof v === 'string' || typeof v === 'number') buckets[k.trim().toLowerCase()] = String(v);
    }
  }
  let daily: DailyNotesSettings | null = null;
  if (isRecord(raw.dailyNotes)) {
    daily = {
      format: str(raw.dailyNotes.format, DEFAULT_DAILY_NOTES.format).trim() || DEFAULT_DAILY_NOTES.format,
      folder: str(raw.dailyNotes.folder, ''),
    };
  }
  const lang = raw.language === 'en' || raw.language === 'fr' ? raw.language : 'auto';
  const keyOut = { ...d.keys };
  for (const k of Object.keys(keyOut) as (keyof KeySettings)[]) {
    const v = keys[k];
    if (typeof v === 'string' && v.trim() !== '') keyOut[k] = v.trim();
  }
  return {
    version: SETTINGS_VERSION,
    peopleFolders: stringList(raw.peopleFolders, d.peopleFolders),
    personTags: stringList(raw.personTags, d.personTags).map((t) => t.replace(/^#/, '').toLowerCase()),
    templatesFolder: str(raw.templatesFolder, d.templatesFolder),
    excludedFolders: stringList(raw.excludedFolders, d.excludedFolders),
    logHeadings: stringList(raw.logHeadings, d.logHeadings),
    keys: keyOut,
    buckets: Object.keys(buckets).length > 0 ? buckets : d.buckets,
    followUpWaitDays: positiveInt(raw.followUpWaitDays, d.followUpWaitDays),
    letGoCount: positiveInt(raw.letGoCount, d.letGoCount),
    favorWindowDays: positiveInt(raw.favorWindowDays, d.favorWindowDays),
    soonDays: positiveInt(raw.soonDays, d.soonDays),
    meetingsFolder: str(raw.meetingsFolder, d.meetingsFolder),
    outreachFolder: str(raw.outreachFolder, d.outreachFolder),
    eventsFolder: str(raw.eventsFolder, d.eventsFolder),
    eventFollowUpDays: positiveInt(raw.eventFollowUpDays, d.eventFollowUpDays),
    newPersonBucket: str(raw.newPersonBucket, d.newPersonBucket).trim().toLowerCase(),
    birthdayLeadDays: nonNegativeInt(raw.birthdayLeadDays, d.birthdayLeadDays),
    reviewIntervalMonths: positiveInt(raw.reviewIntervalMonths, d.reviewIntervalMonths),
    reviewsFolder: str(raw.reviewsFolder, d.reviewsFolder),
    newsDays: positiveInt(raw.newsDays, d.newsDays),
    reconnectTemplatesFolder: str(raw.reconnectTemplatesFolder, d.reconnectTemplatesFolder),
    dailyNotes: daily,
    language: lang,
    me: {
      name: str(me.name, ''),
      role: str(me.role, ''),
      company: str(me.company, ''),
      intro: str(me.intro, ''),
    },
  };
}

/**
 * What in a data.json (at `path`) the settings cannot use, one problem per key: `migrateSettings`
 * falls back to the default for each of these, and the CLI and the plugin report them (a hand edit
 * gone wrong should not be silent).
 */
export function settingsProblems(raw: unknown, path: string): Problem[] {
  if (!isRecord(raw)) return [];
  const out: Problem[] = [];
  const push = (key: string, message: string): void => {
    out.push({ path, field: key, message });
  };
  const d = defaultSettings();
  const shown = (v: unknown): string => JSON.stringify(v);
  const wholeNumbers: [keyof Settings, number][] = [
    ['followUpWaitDays', 1], ['letGoCount', 1], ['favorWindowDays', 1], ['soonDays', 1], ['eventFollowUpDays', 1],
    ['reviewIntervalMonths', 1], ['newsDays', 1], ['birthdayLeadDays', 0],
  ];
  for (const [key, min] of wholeNumbers) {
    const v = raw[key];
    if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= min)) {
      push(key, `${key} ${shown(v)} is not a whole number of ${min === 0 ? '0 or more' : '1 or more'}; the default, ${d[key] as number}, is used until it is fixed.`);
    }
  }
  const lists: (keyof Settings)[] = ['peopleFolders', 'personTags', 'excludedFolders', 'logHeadings'];
  for (const key of lists) {
    const v = raw[key];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
      push(key, `${key} ${shown(v)} is not a list of texts (["…", "…"]); ${Array.isArray(v) ? 'only its texts are used' : 'the default is used'} until it is fixed.`);
    }
  }
  const texts: (keyof Settings)[] = ['templatesFolder', 'meetingsFolder', 'outreachFolder', 'eventsFolder', 'newPersonBucket', 'reviewsFolder', 'reconnectTemplatesFolder'];
  for (const key of texts) {
    const v = raw[key];
    if (v !== undefined && typeof v !== 'string') push(key, `${key} ${shown(v)} is not a text; the default, ${shown(d[key])}, is used until it is fixed.`);
  }
  if (raw.language !== undefined && raw.language !== 'auto' && raw.language !== 'en' && raw.language !== 'fr') {
    push('language', `language ${shown(raw.language)} is not auto, en or fr; auto is used until it is fixed.`);
  }
  if (raw.buckets !== undefined) {
    if (!isRecord(raw.buckets)) push('buckets', `buckets ${shown(raw.buckets)} is not a list of name: cadence pairs; the default buckets are used until it is fixed.`);
    else {
      for (const [name, phrase] of Object.entries(raw.buckets)) {
        if ((typeof phrase !== 'string' && typeof phrase !== 'number') || parseCadence(String(phrase)).kind === 'invalid') {
          push('buckets', `the bucket ${name} has the cadence ${shown(phrase)}, which is not a cadence; write e.g. "monthly", "2 weeks" or "45". People in it are not tracked until it is fixed.`);
        }
      }
    }
  }
  return out;
}
