/**
 * `MetadataCache` (OBSIDIAN-HOST §2). The cache is updated AFTER a vault write, never
 * inside it: a write queues work, and the work runs only when the host settles
 * (`await host.settle()`), or on a macrotask in auto mode. So right after
 * `await vault.process()` `getFileCache` is stale, as in Obsidian.
 *
 * Per indexed file: `changed(file, data, cache)` then `resolve(file)`; once the queue is
 * empty: `resolved()`. A rename moves the entry at once and fires no `changed`; a
 * delete fires `deleted(file, prevCache)` when processed.
 */
import type * as O from 'obsidian';
import { Events } from './events';
import { getLinkpath } from './links';
import { parseMarkdown } from './markdownIndexer';
import { dirname, TFile, type Vault } from './vault';

type Job = { kind: 'index'; path: string } | { kind: 'delete'; file: TFile; path: string } | { kind: 'relink' };

type CachePick = Pick<O.MetadataCache, 'getFirstLinkpathDest' | 'getFileCache' | 'getCache' | 'fileToLinktext' | 'resolvedLinks' | 'unresolvedLinks'>;

export class MetadataCache extends Events implements CachePick {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  /** Undocumented Obsidian flag: true once the first full resolution finished. */
  resolved = false;

  private entries = new Map<string, O.CachedMetadata>();
  private queue: Job[] = [];
  /** Fake-only: called whenever work is queued (the host uses it for auto mode). */
  onQueued: (() => void) | null = null;

  constructor(private vault: Vault) {
    super();
    vault.on('create', (f: unknown) => {
      if (f instanceof TFile) this.enqueue(f.extension === 'md' ? { kind: 'index', path: f.path } : { kind: 'relink' });
    });
    vault.on('modify', (f: unknown) => {
      if (f instanceof TFile && f.extension === 'md') this.enqueue({ kind: 'index', path: f.path });
    });
    vault.on('delete', (f: unknown) => {
      if (f instanceof TFile) this.enqueue({ kind: 'delete', file: f, path: f.path });
    });
    vault.on('rename', (f: unknown, oldPath: unknown) => {
      if (f instanceof TFile) this.moveEntry(String(oldPath), f.path);
    });
  }

  // ---- queries ------------------------------------------------------------------

  getFileCache(file: O.TFile): O.CachedMetadata | null {
    return this.entries.get(file.path) ?? null;
  }

  getCache(path: string): O.CachedMetadata | null {
    return this.entries.get(path) ?? null;
  }

  /**
   * `#…` stripped; `""` → the source; exact vault path (`.md` implied), else a match in
   * the source's folder, else the shortest path; case-insensitive; aliases never count.
   * `./` and `../` resolve relative to the source only.
   */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): O.TFile | null {
    let lp = getLinkpath(linkpath);
    if (lp === '') return this.vault.getFileByPath(sourcePath);
    const files = this.vault.getFiles();
    const exact = (p: string): O.TFile | null => {
      const lower = p.toLowerCase();
      return (
        files.find((f) => f.path === p) ??
        files.find((f) => f.path === p + '.md') ??
        files.find((f) => f.path.toLowerCase() === lower) ??
        files.find((f) => f.path.toLowerCase() === lower + '.md') ??
        null
      );
    };
    const sourceFolder = dirname(sourcePath);
    if (lp.startsWith('./') || lp.startsWith('../')) {
      const parts = sourceFolder === '/' ? [] : sourceFolder.split('/');
      for (const seg of lp.split('/')) {
        if (seg === '.' || seg === '') continue;
        if (seg === '..') parts.pop();
        else parts.push(seg);
      }
      return exact(parts.join('/'));
    }
    if (lp.startsWith('/')) lp = lp.slice(1);
    const hit = exact(lp);
    if (hit) return hit;
    const lower = lp.toLowerCase();
    const candidates = files.filter((f) => {
      const p = f.path.toLowerCase();
      return p.endsWith('/' + lower) || p.endsWith('/' + lower + '.md');
    });
    if (candidates.length === 0) return null;
    const same = candidates.find((f) => dirname(f.path).toLowerCase() === sourceFolder.toLowerCase());
    if (same) return same;
    return candidates.sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1))[0];
  }

  fileToLinktext(file: O.TFile, sourcePath: string, omitMdExtension = true): string {
    const short = file.extension === 'md' && omitMdExtension ? file.basename : file.name;
    if (this.getFirstLinkpathDest(short, sourcePath) === file) return short;
    return file.extension === 'md' && omitMdExtension ? file.path.slice(0, -3) : file.path;
  }

  // ---- updates ------------------------------------------------------------------

  private enqueue(job: Job): void {
    if (job.kind === 'index' && this.queue.some((j) => j.kind === 'index' && j.path === job.path)) return;
    if (job.kind === 'relink' && this.queue.some((j) => j.kind === 'relink')) return;
    if (job.kind === 'delete') this.queue = this.queue.filter((j) => !(j.kind === 'index' && j.path === job.path));
    this.queue.push(job);
    this.onQueued?.();
  }

  private moveEntry(oldPath: string, newPath: string): void {
    const entry = this.entries.get(oldPath);
    if (entry) {
      this.entries.delete(oldPath);
      this.entries.set(newPath, entry);
    }
    for (const job of this.queue) if (job.kind === 'index' && job.path === oldPath) job.path = newPath;
    if (oldPath in this.resolvedLinks) {
      this.resolvedLinks[newPath] = this.resolvedLinks[oldPath];
      delete this.resolvedLinks[oldPath];
    }
    if (oldPath in this.unresolvedLinks) {
      this.unresolvedLinks[newPath] = this.unresolvedLinks[oldPath];
      delete this.unresolvedLinks[oldPath];
    }
    this.relinkAll();
    this.enqueue({ kind: 'relink' });
  }

  /** Fake-only: is cache work waiting? */
  get pending(): number {
    return this.queue.length;
  }

  /**
   * Fake-only: runs one queued job (events included); returns false when nothing was
   * queued. Fires `resolved` when the job emptied the queue.
   */
  processNext(): boolean {
    const job = this.queue.shift();
    if (!job) return false;
    if (job.kind === 'index') {
      const file = this.vault.getFileByPath(job.path);
      const data = this.vault._contents(job.path);
      if (file && data !== null) {
        const cache = parseMarkdown(data);
        this.entries.set(job.path, cache);
        this.relinkAll();
        this.trigger('changed', file, data, cache);
        this.trigger('resolve', file);
      }
    } else if (job.kind === 'delete') {
      const prev = this.entries.get(job.path) ?? null;
      this.entries.delete(job.path);
      this.relinkAll();
      this.trigger('deleted', job.file, prev);
    } else {
      this.relinkAll();
    }
    if (this.queue.length === 0) {
      this.resolved = true;
      this.trigger('resolved');
    }
    return true;
  }

  /** Fake-only: index every markdown file now, without events (a host that starts ready). */
  indexAllSilently(): void {
    for (const f of this.vault.getMarkdownFiles()) {
      this.entries.set(f.path, parseMarkdown(this.vault._contents(f.path) ?? ''));
    }
    this.queue = [];
    this.relinkAll();
    this.resolved = true;
  }

  private relinkAll(): void {
    const keep = new Set(this.entries.keys());
    for (const k of Object.keys(this.resolvedLinks)) if (!keep.has(k)) delete this.resolvedLinks[k];
    for (const k of Object.keys(this.unresolvedLinks)) if (!keep.has(k)) delete this.unresolvedLinks[k];
    for (const [path, cache] of this.entries) {
      const resolved: Record<string, number> = {};
      const unresolved: Record<string, number> = {};
      const refs: O.Reference[] = [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])];
      for (const ref of refs) {
        const linkpath = getLinkpath(ref.link);
        const dest = this.getFirstLinkpathDest(linkpath, path);
        if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
        else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
      }
      this.resolvedLinks[path] = resolved;
      this.unresolvedLinks[path] = unresolved;
    }
  }
}
