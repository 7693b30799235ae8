/**
 * Link resolution as Obsidian does it (§4): a full path, a trailing part of a path, or a basename,
 * without regard to case; among several notes of one name, the one in the linking note's folder,
 * else the shortest path. Names and aliases are the index's fallback, not this class's.
 */
export class LinkResolver {
  private readonly byPath = new Map<string, string>();
  /** Basename key → its paths in the order added: one path as itself, more in a Set. */
  private readonly byBase = new Map<string, string | Set<string>>();

  has(path: string): boolean {
    return this.byPath.has(path.toLowerCase());
  }

  /** Adds a markdown file (`base`: its baseKey, when known); returns false when it was already known. */
  add(path: string, base = baseKey(path)): boolean {
    const lower = path.toLowerCase();
    if (this.byPath.get(lower) === path) return false;
    this.byPath.set(lower, path);
    const known = this.byBase.get(base);
    if (known === undefined) this.byBase.set(base, path);
    else if (typeof known !== 'string') known.add(path);
    else if (known !== path) this.byBase.set(base, new Set([known, path]));
    return true;
  }

  remove(path: string): boolean {
    const lower = path.toLowerCase();
    if (this.byPath.get(lower) !== path) return false;
    this.byPath.delete(lower);
    const base = baseKey(path);
    const known = this.byBase.get(base);
    if (known === path) this.byBase.delete(base);
    else if (known !== undefined && typeof known !== 'string') {
      known.delete(path);
      if (known.size === 0) this.byBase.delete(base);
    }
    return true;
  }

  paths(): IterableIterator<string> {
    return this.byPath.values();
  }

  /** The note a link target names, or null when Obsidian would leave it unresolved. */
  resolve(target: string, sourcePath: string): string | null {
    const lower = target.trim().toLowerCase();
    if (lower === '') return this.byPath.get(sourcePath.toLowerCase()) ?? null;
    const withMd = lower.endsWith('.md') ? lower : `${lower}.md`;
    const exact = this.byPath.get(withMd);
    if (exact !== undefined) return exact;
    const set = this.byBase.get(baseKey(withMd));
    if (set === undefined) return null;
    if (typeof set === 'string') return !lower.includes('/') || set.toLowerCase().endsWith(`/${withMd}`) ? set : null;
    let candidates = [...set];
    if (lower.includes('/')) candidates = candidates.filter((p) => p.toLowerCase().endsWith(`/${withMd}`));
    if (candidates.length <= 1) return candidates[0] ?? null;
    const folder = folderOf(sourcePath).toLowerCase();
    const local = candidates.find((p) => folderOf(p).toLowerCase() === folder);
    if (local !== undefined) return local;
    candidates.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    return candidates[0];
  }
}

export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Lower-cased basename without `.md`: the key links are matched on. */
export function baseKey(pathOrTarget: string): string {
  const file = pathOrTarget.slice(pathOrTarget.lastIndexOf('/') + 1).toLowerCase();
  return file.endsWith('.md') ? file.slice(0, -3) : file;
}
