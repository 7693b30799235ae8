/**
 * A small in-memory vault for core tests: build a VaultIndex from `{ path: text }`, ask the due
 * calculator about one person or everyone, collect the problems.
 */
import yaml from 'js-yaml';
import { VaultIndex } from '../../src/core/vaultIndex';
import { DueCalculator, type PersonDue } from '../../src/core/due';
import { defaultSettings, type Settings } from '../../src/core/settings';
import { compileDailyFormat } from '../../src/core/dailyFormat';
import type { ReadContext, YamlParser } from '../../src/core/note';
import type { Day, Problem } from '../../src/core/types';
import { parseYamlWithGrayMatter } from '../../src/cli/loadVault';

/** js-yaml with the default schema: unquoted dates become `Date` objects (UTC midnight). */
export function parseYamlDates(src: string): unknown {
  return yaml.load(src);
}

/** Like Obsidian's `parseYaml`: dates stay strings (js-yaml's core schema has no timestamps). */
export function parseYamlStrings(src: string): unknown {
  return yaml.load(src, { schema: yaml.CORE_SCHEMA });
}

/** The YAML parsers every frontmatter rule is checked with. */
export const PARSERS: [string, YamlParser][] = [
  ['gray-matter (the CLI)', parseYamlWithGrayMatter],
  ['strings (as Obsidian)', parseYamlStrings],
];

export interface VaultOptions {
  /** Changes to the default settings. */
  settings?: (s: Settings) => void;
  daily?: { format: string; folder: string };
  parseYaml?: YamlParser;
  configDir?: string;
  /** Files that exist but are not notes Reconnect reads (link targets only). */
  files?: string[];
}

export interface TestVault {
  ctx: ReadContext;
  index: VaultIndex;
  due: DueCalculator;
  /** The due answer for one person; fails the test when the path is not a person. */
  person(path: string, today: Day): PersonDue;
  problems(today: Day): Problem[];
  /** Every person, ranked as `due --all`. */
  everyone(today: Day): PersonDue[];
  dueList(today: Day): PersonDue[];
}

export function makeContext(opts: VaultOptions = {}): ReadContext {
  const settings = defaultSettings();
  opts.settings?.(settings);
  const daily = opts.daily ?? { format: 'YYYY-MM-DD', folder: '' };
  return {
    settings,
    daily: compileDailyFormat(daily.format, daily.folder),
    parseYaml: opts.parseYaml ?? parseYamlWithGrayMatter,
    configDir: opts.configDir ?? '.obsidian',
  };
}

export function makeVault(notes: Record<string, string>, opts: VaultOptions = {}): TestVault {
  const ctx = makeContext(opts);
  const index = new VaultIndex(ctx);
  index.batch(() => {
    for (const f of opts.files ?? []) index.addFile(f);
    for (const [path, text] of Object.entries(notes)) index.setNote(path, text);
  });
  const due = new DueCalculator(index);
  return {
    ctx,
    index,
    due,
    person(path, today) {
      const p = due.person(path, today);
      if (p === null) throw new Error(`${path} is not a person note`);
      return p;
    },
    problems: (today) => [...due.problems(today)],
    everyone: (today) => due.everyone(today),
    dueList: (today) => due.dueList(today),
  };
}

/**
 * A note from frontmatter lines (written as given, so quoting is in the test's hands) and a body.
 * `note({ cadence: 'monthly' }, '## Log\n- 2026-10-01 call')`.
 */
export function note(fm: Record<string, string> | null, body = ''): string {
  if (fm === null) return body;
  const lines = Object.entries(fm).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** The person note with a log section made of the given items. */
export function withLog(fm: Record<string, string>, ...items: string[]): string {
  return note(fm, `## Log\n${items.map((i) => `- ${i}`).join('\n')}\n`);
}

/** Paths of a ranked list. */
export function paths(list: { path: string }[]): string[] {
  return list.map((p) => p.path);
}

/** Problems of one note, as `field: message` pairs are hard to compare; the fields are enough. */
export function problemFields(problems: Problem[], path?: string): (string | null)[] {
  return problems.filter((p) => path === undefined || p.path === path).map((p) => p.field);
}
