import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Matter from 'gray-matter';
import yaml from 'js-yaml';
import { migrateSettings, settingsProblems, type Settings } from '../core/settings';
import { compileDailyFormat, readDailyNotesConfig } from '../core/dailyFormat';
import { VaultIndex } from '../core/vaultIndex';
import { DueCalculator } from '../core/due';
import { isIgnoredPath, type ReadContext } from '../core/note';
import type { Problem } from '../core/types';
import { parseDay } from '../core/dates';
import { SimpleYaml } from './simpleYaml';

export const CONFIG_DIR = '.obsidian';

/** A user error: the CLI prints its message on one line and exits with its code. */
export class CliError extends Error {
  constructor(message: string, readonly code = 2) {
    super(message);
  }
}

/**
 * YAML's timestamps, but only for a real day written `YYYY-MM-DD` (§3): js-yaml would roll
 * `2026-02-30` over to 2 March and read `2026-1-5 10:00:00` or an offset date-time as some other
 * day; those stay strings, so the core reads them as written (a problem, or the day written).
 */
const dayTimestamp = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data) && parseDay(data) !== null,
  // new Date(`${data}T00:00:00Z`), from the digits (Date.UTC reads years 0–99 as 1900–1999: those keep the string).
  construct: (data: string) => {
    const year = Number(data.slice(0, 4));
    return year >= 100 ? new Date(Date.UTC(year, Number(data.slice(5, 7)) - 1, Number(data.slice(8, 10)))) : new Date(`${data}T00:00:00Z`);
  },
  instanceOf: Date,
});
const SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [dayTimestamp] });

/** gray-matter, loaded on first use: most notes never need it, and loading it costs a good part of start-up. */
let grayMatter: typeof Matter | null = null;

/** js-yaml through gray-matter, as the stack says; options given so gray-matter does not cache. */
export function parseYamlFully(src: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const matter = (grayMatter ??= require('gray-matter') as typeof Matter);
  return matter(`---\n${src}\n---\n`, {
    excerpt: false,
    // gray-matter hands over the block with the newline after `---`: without it, the error's line
    // is the block's own (describeYamlError counts from there).
    engines: { yaml: (s: string) => yaml.load(s.replace(/^\r?\n/, ''), { schema: SCHEMA }) as object },
  }).data;
}

/** The plain-scalar types of SCHEMA, in the order js-yaml tries them (js-yaml exports them; its typings do not say so). */
const yamlTypes = (yaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', yaml.Type> }).types;
/** null (`~`, `null`), bool (`true`, `false`), int and float (a sign, a digit, `.inf`), the day timestamp (a digit). */
const mayResolve = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 126 /* ~ */ || c === 43 /* + */ || c === 45 /* - */ || c === 46 /* . */ ||
  c === 110 || c === 78 /* n N */ || c === 116 || c === 84 /* t T */ || c === 102 || c === 70; /* f F */
const simpleYaml = new SimpleYaml([yamlTypes.null, yamlTypes.bool, yamlTypes.int, yamlTypes.float, dayTimestamp], mayResolve);

/**
 * The CLI's YAML reader: `key: value` lines are read directly (the same values js-yaml gives, see
 * simpleYaml.ts), anything else by js-yaml through gray-matter.
 */
export function parseYamlWithGrayMatter(src: string): unknown {
  return simpleYaml.parse(src) ?? parseYamlFully(src);
}

/** The fast reader alone: the mapping, or undefined when the real parser has to read the text. */
export function parseSimpleYaml(src: string): Record<string, unknown> | undefined {
  return simpleYaml.parse(src);
}

export interface LoadedVault {
  dir: string;
  settings: Settings;
  index: VaultIndex;
  due: DueCalculator;
  /** Problems found while loading: the settings files, and notes or folders that cannot be read. */
  configProblems: Problem[];
}

function readOptional(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** `EACCES` → "permission denied": the words of an error code a person can act on. */
export function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EIO') return 'a disk error';
  return code || (e instanceof Error ? e.message : String(e));
}

/** What to do about a read that failed for `reason` (ioReason's words): permissions for a refusal, else the disk or the file. */
function readAdvice(reason: string, what: 'file' | 'folder'): string {
  return reason === 'permission denied' ? `check the ${what}'s permissions` : `check the disk, or copy the ${what} again`;
}

/**
 * Every markdown file below `dir`, as vault paths with `/`; dot-folders are invisible, as in
 * Obsidian. A subfolder that cannot be read is a problem (§6: the rest of the vault is still read).
 */
export function listMarkdown(dir: string, problems: Problem[] = [], skipFolder: (rel: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    // A folder Reconnect never reads (templates, excluded folders, §1) is no source of problems either.
    if (rel !== '' && skipFolder(rel)) return;
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      if (rel === '') throw new CliError(`Cannot read the vault folder ${dir} (${ioReason(e)}); check its permissions, or pass --vault DIR with another folder.`);
      const reason = ioReason(e);
      problems.push({ path: rel, field: null, message: `This folder cannot be read (${reason}), so its notes are left out; ${readAdvice(reason, 'folder')}.` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(join(abs, entry.name), childRel);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(childRel);
    }
  };
  walk(dir, '');
  return out.sort();
}

const UNREADABLE = Symbol('unreadable');
const GONE = Symbol('gone');

/** A note's text; UNREADABLE (a problem is added) or GONE (deleted since the listing) when there is none. */
function readNote(dir: string, path: string, problems: Problem[]): string | typeof UNREADABLE | typeof GONE {
  try {
    return readFileSync(join(dir, path), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return GONE;
    const reason = ioReason(e);
    problems.push({ path, field: null, message: `This note cannot be read (${reason}), so it is left out; ${readAdvice(reason, 'file')}.` });
    return UNREADABLE;
  }
}

export function readSettings(dir: string): { settings: Settings; problems: Problem[] } {
  const problems: Problem[] = [];
  const dataPath = `${CONFIG_DIR}/plugins/reconnect/data.json`;
  const raw = readOptional(join(dir, dataPath));
  let data: unknown = null;
  if (raw !== null) {
    try {
      data = JSON.parse(raw);
    } catch (e) {
      problems.push({ path: dataPath, field: null, message: `The plugin settings cannot be read (${(e as Error).message}); fix the JSON or delete the file to use the defaults.` });
    }
  }
  problems.push(...settingsProblems(data, dataPath));
  return { settings: migrateSettings(data), problems };
}

export function loadVault(dir: string): LoadedVault {
  if (!existsSync(dir)) throw new CliError(`No vault at ${dir}: pass --vault DIR with the folder of your Obsidian vault.`);
  if (!statSync(dir).isDirectory()) throw new CliError(`${dir} is a file, not a vault folder: pass --vault DIR with the folder of your Obsidian vault.`);
  const { settings, problems } = readSettings(dir);
  let daily = settings.dailyNotes;
  if (!daily) {
    const dailyPath = `${CONFIG_DIR}/daily-notes.json`;
    const cfg = readDailyNotesConfig(readOptional(join(dir, dailyPath)));
    if (cfg.error) problems.push({ path: dailyPath, field: null, message: `Obsidian's daily-notes settings cannot be read (${cfg.error}); daily notes are read as YYYY-MM-DD until it is fixed.` });
    daily = cfg;
  }
  const ctx: ReadContext = {
    settings,
    daily: compileDailyFormat(daily.format, daily.folder),
    parseYaml: parseYamlWithGrayMatter,
    configDir: CONFIG_DIR,
  };
  const index = new VaultIndex(ctx);
  const files = listMarkdown(dir, problems, (rel) => isIgnoredPath(`${rel}/`, ctx));
  index.batch(() => {
    for (const path of files) {
      if (!index.isReadable(path)) continue;
      const text = readNote(dir, path, problems);
      // An unreadable note is still a file: links to it resolve as in Obsidian.
      if (text === UNREADABLE) index.addFile(path);
      else if (text !== GONE) index.setNote(path, text);
    }
  });
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { dir, settings, index, due: new DueCalculator(index), configProblems: problems };
}
