/**
 * YAML the way Obsidian handles it: js-yaml with a YAML 1.2 core schema, so dates and
 * datetimes stay strings (OBSIDIAN-HOST §1, §4).
 */
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import type * as O from 'obsidian';

export class YAMLParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'YAMLParseError';
  }
}

export const parseYaml: typeof O.parseYaml = (yaml: string) => {
  try {
    const value = load(yaml, { schema: CORE_SCHEMA });
    return value === undefined ? null : value;
  } catch (err) {
    throw new YAMLParseError(err instanceof Error ? err.message : String(err));
  }
};

export const stringifyYaml: typeof O.stringifyYaml = (obj: unknown) => {
  return dump(obj, { schema: CORE_SCHEMA, lineWidth: -1, quotingType: '"', noRefs: true });
};

/**
 * Frontmatter text as Obsidian's Properties view writes it: block lists indented by two,
 * `null` as an empty value (`key: `). Used by `processFrontMatter`.
 */
export function serializeFrontmatter(obj: Record<string, unknown>): string {
  if (Object.keys(obj).length === 0) return '';
  let text = stringifyYaml(obj);
  text = text.replace(/: null$/gm, ': ').replace(/^(\s*)- null$/gm, '$1-');
  return text.endsWith('\n') ? text : text + '\n';
}

const FENCE = /^---[ \t]*$/;

export const getFrontMatterInfo: typeof O.getFrontMatterInfo = (content: string) => {
  const none: O.FrontMatterInfo = { exists: false, frontmatter: '', from: 0, to: 0, contentStart: 0 };
  const first = /^---[ \t]*(\r?\n)/.exec(content);
  if (!first) return none;
  const from = first[0].length;
  let pos = from;
  while (pos <= content.length) {
    const nl = content.indexOf('\n', pos);
    const lineEnd = nl === -1 ? content.length : nl;
    const line = content.slice(pos, lineEnd).replace(/\r$/, '');
    if (FENCE.test(line)) {
      const contentStart = nl === -1 ? content.length : nl + 1;
      return { exists: true, frontmatter: content.slice(from, pos), from, to: pos, contentStart };
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return none;
};
