import type { Channel, Day, Problem } from './types';
import type { Settings } from './settings';
import type { DailyFormat } from './dailyFormat';
import { frontmatterLinkTargets, headingMatcher, scanBody, splitFrontmatter, type LinkOnLine, type OpenTaskLine, type TaskMark } from './markdown';
import { LOG_BAD_DAY, LOG_ENTRY, readLogPartsAt, type LogParts } from './logItem';
import { channelOf } from './channels';
import { isBlank, parseDay, showValue } from './dates';
import { describeYamlError } from './yamlProblem';

/** Parses a YAML block; may throw on broken YAML (the adapters pass js-yaml or Obsidian's parseYaml). */
export type YamlParser = (yaml: string) => unknown;

/** What the core needs to read notes: the settings, the daily-notes format, a YAML parser. */
export interface ReadContext {
  settings: Settings;
  daily: DailyFormat;
  parseYaml: YamlParser;
  /** The vault's config folder (`.obsidian`), never read. */
  configDir: string;
}

export interface LogEntry {
  line: number;
  task: TaskMark;
  day: Day;
  channel: Channel;
  text: string;
  tags: string[];
}

/** Everything Reconnect reads from one note's text; it does not depend on the note's path. */
export interface NoteContent {
  frontmatter: Record<string, unknown> | null;
  logEntries: LogEntry[];
  links: LinkOnLine[];
  tags: string[];
  /** Open tasks with a due marker (`📅 2026-12-01`, `[due:: 2026-12-01]`): follow-up tasks. */
  openTasks: OpenTaskLine[];
  /** Problems without a path yet (it is added when the note is placed). */
  problems: Omit<Problem, 'path'>[];
}

const logParts: LogParts = { day: '', channel: 'other', text: '', written: '' };

/** Reads one note's text. Never throws. */
export function readNoteContent(text: string, ctx: ReadContext): NoteContent {
  const problems: Omit<Problem, 'path'>[] = [];
  const split = splitFrontmatter(text);
  let frontmatter: Record<string, unknown> | null = null;
  if (split.yaml !== null && split.yaml.trim() !== '') {
    try {
      const parsed = ctx.parseYaml(split.yaml);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        frontmatter = parsed as Record<string, unknown>;
      } else if (parsed !== null && parsed !== undefined) {
        problems.push({ field: null, line: 1, message: 'The frontmatter is not a list of keys (key: value); fix the block between the --- lines.' });
      }
    } catch (e) {
      const why = describeYamlError(split.yaml, e);
      problems.push({
        field: null,
        // The line to fix, for a view that opens the note there; `check` shows none for a block.
        line: why.line ?? 1,
        message: `The frontmatter cannot be read: ${why.text}. Until it is fixed, the note's properties are ignored.`,
      });
    }
  }
  const isLog = headingMatcher(ctx.settings.logHeadings);
  const logEntries: LogEntry[] = [];
  const p = logParts;
  const body = scanBody(split.lines, split.bodyStart, isLog, (line, task, text, from, tags) => {
    const kind = readLogPartsAt(text, from, ctx.daily, p);
    if (kind === LOG_ENTRY) {
      logEntries.push({ line, task, day: p.day, channel: p.channel, text: p.text, tags });
    } else if (kind === LOG_BAD_DAY) {
      problems.push({
        field: 'log',
        line: line + 1,
        message: `Log item starts with '${p.written}', which is not a day; write it as YYYY-MM-DD.`,
      });
    }
  });
  return { frontmatter, logEntries, links: body.links, tags: body.tags, openTasks: body.openTasks, problems };
}

function lowerStrings(v: unknown): string[] {
  if (typeof v === 'string') return v.split(/[,\s]+/).map((s) => s.replace(/^#/, '').trim().toLowerCase()).filter((s) => s !== '');
  if (Array.isArray(v)) return v.flatMap(lowerStrings);
  return [];
}

export function frontmatterTags(fm: Record<string, unknown> | null): string[] {
  return fm ? [...lowerStrings(fm.tags), ...lowerStrings(fm.tag)] : [];
}

/** Folder settings as compared: no slashes around, lower-cased (the same few strings, read once). */
const folderKeys = new Map<string, string>();

function folderKey(folder: string): string {
  let key = folderKeys.get(folder);
  if (key === undefined) {
    key = folder.replace(/^\/+|\/+$/g, '').toLowerCase();
    if (folderKeys.size > 1000) folderKeys.clear();
    folderKeys.set(folder, key);
  }
  return key;
}

/** Whether a path (already lower-cased) lies under a folder: `lowerPath.startsWith(key + '/')`. */
function underFolder(lowerPath: string, folder: string): boolean {
  const f = folderKey(folder);
  return f !== '' && lowerPath.charCodeAt(f.length) === 47 && lowerPath.startsWith(f);
}

/** Notes Reconnect never reads: the config folder, the templates folders, excluded folders (§1). */
export function isIgnoredPath(path: string, ctx: ReadContext): boolean {
  const s = ctx.settings;
  const lower = path.toLowerCase();
  if (underFolder(lower, ctx.configDir) || underFolder(lower, s.templatesFolder) || underFolder(lower, s.reconnectTemplatesFolder)) {
    return true;
  }
  for (const f of s.excludedFolders) if (underFolder(lower, f)) return true;
  return false;
}

/** §1: frontmatter type, tags, or a people folder; never a file name with `{{…}}`. */
export function isPersonNote(path: string, fm: Record<string, unknown> | null, ctx: ReadContext): boolean {
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (file.includes('{{') && /\{\{.*\}\}/.test(file)) return false;
  if (fm) {
    const type = fm[ctx.settings.keys.type];
    if (type === 'person' || lowerStrings(type).includes('person')) return true;
    if (fm.tags !== undefined || fm.tag !== undefined) {
      const tags = frontmatterTags(fm);
      for (const t of ctx.settings.personTags) {
        if (tags.some((x) => x === t || x.startsWith(t + '/'))) return true;
      }
    }
  }
  const lower = path.toLowerCase();
  for (const f of ctx.settings.peopleFolders) if (underFolder(lower, f)) return true;
  return false;
}

/** An interaction note (§4b): a valid `date` and a `type` of meeting, interaction or a channel word. */
export interface InteractionNoteInfo {
  day: Day;
  channel: Channel;
  /** Link targets from `with`, `people`, `attendees`. */
  people: string[];
  tags: string[];
}

export function readInteractionNote(
  path: string,
  content: NoteContent,
  ctx: ReadContext,
): { info: InteractionNoteInfo | null; problem: Problem | null } {
  const fm = content.frontmatter;
  if (!fm) return { info: null, problem: null };
  const k = ctx.settings.keys;
  const rawType = fm[k.type];
  // No type, or a person's: neither a meeting, an interaction nor a channel word.
  if (rawType === undefined || rawType === 'person') return { info: null, problem: null };
  const types = lowerStrings(rawType);
  const typeChannel = types.map((t) => channelOf(t)).find((c) => c !== null) ?? null;
  if (!types.includes('meeting') && !types.includes('interaction') && typeChannel === null) return { info: null, problem: null };
  const rawDate = fm[k.date];
  const day = parseDay(rawDate);
  if (day === null) {
    const written = isBlank(rawDate) ? 'no date' : `date '${showValue(rawDate)}', which is not a day`;
    return {
      info: null,
      problem: { path, field: k.date, message: `This ${types[0]} note has ${written}; add date: YYYY-MM-DD so it counts as a contact.` },
    };
  }
  const rawChannel = fm[k.channel];
  const channel = (typeof rawChannel === 'string' ? channelOf(rawChannel.trim()) : null) ?? typeChannel ?? 'meeting';
  const people = ['with', 'people', 'attendees'].flatMap((key) => frontmatterLinkTargets(fm[key]));
  return { info: { day, channel, people, tags: [...frontmatterTags(fm), ...content.tags] }, problem: null };
}
