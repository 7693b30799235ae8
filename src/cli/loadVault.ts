import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { migrateSettings, type Settings } from '../core/settings';
import { compileDailyFormat, readDailyNotesConfig } from '../core/dailyFormat';
import { VaultIndex } from '../core/vaultIndex';
import { DueCalculator } from '../core/due';
import type { ReadContext } from '../core/note';
import type { Problem } from '../core/types';

export const CONFIG_DIR = '.obsidian';

/** A user error: the CLI prints its message on one line and exits with its code. */
export class CliError extends Error {
  constructor(message: string, readonly code = 2) {
    super(message);
  }
}

/** js-yaml through gray-matter, as the stack says; options given so gray-matter does not cache. */
export function parseYamlWithGrayMatter(yaml: string): unknown {
  return matter(`---\n${yaml}\n---\n`, { excerpt: false }).data;
}

export interface LoadedVault {
  dir: string;
  settings: Settings;
  index: VaultIndex;
  due: DueCalculator;
  /** Problems with the vault's settings files. */
  configProblems: Problem[];
}

function readOptional(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Every markdown file below `dir`, as vault paths with `/`; dot-folders are invisible, as in Obsidian. */
export function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(join(abs, entry.name), childRel);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(childRel);
    }
  };
  walk(dir, '');
  return out.sort();
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
  const files = listMarkdown(dir);
  index.batch(() => {
    for (const path of files) {
      if (!index.isReadable(path)) continue;
      index.setNote(path, readFileSync(join(dir, path), 'utf8'));
    }
  });
  return { dir, settings, index, due: new DueCalculator(index), configProblems: problems };
}
