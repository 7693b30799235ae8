/** What duplicate detection needs from a person note already in the vault. */
import type { ExistingPerson } from './types';

function strings(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() === '' ? [] : [v];
  if (typeof v === 'number') return [String(v)];
  if (Array.isArray(v)) return v.flatMap(strings);
  return [];
}

/**
 * From a person note's path and frontmatter (the CLI's parsed YAML, or Obsidian's
 * `metadataCache` frontmatter): basename, `name`, `aliases`/`alias`; `email` and `emails`.
 */
export function existingPerson(path: string, frontmatter: Record<string, unknown> | null, nameKey = 'name'): ExistingPerson {
  const fm = frontmatter ?? {};
  const basename = (path.split('/').pop() ?? path).replace(/\.md$/i, '');
  return {
    path,
    names: [basename, ...strings(fm[nameKey]), ...strings(fm.aliases), ...strings(fm.alias)],
    emails: [...strings(fm.email), ...strings(fm.emails)],
  };
}
