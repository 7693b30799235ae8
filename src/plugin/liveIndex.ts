import { Events, TFile, TFolder, parseYaml, getLinkpath, type App, type CachedMetadata, type EventRef, type TAbstractFile } from 'obsidian';
import type { Settings } from '../core/settings';
import { compileDailyFormat, readDailyNotesConfig } from '../core/dailyFormat';
import { VaultIndex } from '../core/vaultIndex';
import { DueCalculator } from '../core/due';
import { isPersonNote, type ReadContext } from '../core/note';
import { channelOf } from '../core/channels';
import type { Problem } from '../core/types';

export type IndexState = 'cold' | 'initializing' | 'warm';

/** How many notes are read at once at start-up. */
const READ_POOL = 8;
/** Notes added to the index per batch at start-up, between which the UI gets the thread back. */
const CHUNK = 250;
/** The "index changed" signal waits this long for more changes. */
const NOTIFY_MS = 120;

function lowerList(v: unknown): string[] {
  if (typeof v === 'string') return v.split(/[,\s]+/).map((s) => s.replace(/^#/, '').toLowerCase()).filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(lowerList);
  return [];
}

/**
 * The index kept live over the vault: started after layout-ready, reading only the notes that can
 * matter, then updated note by note from Obsidian's events. Emits one debounced `changed`.
 */
export class LiveIndex extends Events {
  state: IndexState = 'cold';
  index: VaultIndex;
  due: DueCalculator;
  configProblems: Problem[] = [];
  /** Values in the plugin's data.json the settings cannot use (set at load, cleared once saved). */
  settingsProblems: Problem[] = [];
  private pending = new Set<string>();
  private notifyTimer: number | null = null;
  private generation = 0;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly app: App, private readonly getSettings: () => Settings) {
    super();
    this.index = new VaultIndex(this.makeContext(null));
    this.due = new DueCalculator(this.index);
  }

  /** Obsidian events; the caller registers the refs so they are released on unload. */
  eventRefs(): EventRef[] {
    const { vault, metadataCache } = this.app;
    return [
      metadataCache.on('changed', (file, data, cache) => this.onChanged(file, data, cache)),
      vault.on('create', (file) => this.onCreate(file)),
      vault.on('delete', (file) => this.onDelete(file)),
      vault.on('rename', (file, oldPath) => this.onRename(file, oldPath)),
    ];
  }

  private makeContext(daily: { format: string; folder: string } | null): ReadContext {
    const settings = this.getSettings();
    const d = settings.dailyNotes ?? daily ?? { format: 'YYYY-MM-DD', folder: '' };
    return {
      settings,
      daily: compileDailyFormat(d.format, d.folder),
      parseYaml: (yaml: string): unknown => parseYaml(yaml),
      configDir: this.app.vault.configDir,
    };
  }

  private async readDailyConfig(): Promise<{ format: string; folder: string }> {
    const path = `${this.app.vault.configDir}/daily-notes.json`;
    this.configProblems = [];
    let json: string | null = null;
    try {
      if (await this.app.vault.adapter.exists(path)) json = await this.app.vault.adapter.read(path);
    } catch {
      json = null;
    }
    const cfg = readDailyNotesConfig(json);
    if (cfg.error) {
      this.configProblems.push({
        path,
        field: null,
        message: `Obsidian's daily-notes settings cannot be read (${cfg.error}); daily notes are read as YYYY-MM-DD until it is fixed.`,
      });
    }
    return cfg;
  }

  /** Builds the index from scratch: at layout-ready, and after a change of settings. */
  async start(): Promise<void> {
    const generation = ++this.generation;
    this.state = 'initializing';
    this.unsubscribe?.();
    const daily = await this.readDailyConfig();
    this.index = new VaultIndex(this.makeContext(daily));
    this.due = new DueCalculator(this.index);
    this.unsubscribe = this.index.onChange(() => this.scheduleNotify());
    const files = this.app.vault.getMarkdownFiles();
    this.index.batch(() => {
      for (const f of files) this.index.addFile(f.path);
    });
    const candidates = this.startupCandidates(files);
    for (let i = 0; i < candidates.length; i += CHUNK) {
      const chunk = candidates.slice(i, i + CHUNK);
      const texts = await this.readPool(chunk);
      if (generation !== this.generation) return;
      this.index.batch(() => {
        chunk.forEach((f, j) => {
          const text = texts[j];
          if (text !== null) this.index.setNote(f.path, text);
        });
      });
    }
    if (generation !== this.generation) return;
    this.state = 'warm';
    const queued = [...this.pending];
    this.pending.clear();
    for (const path of queued) {
      const file = this.app.vault.getFileByPath(path);
      if (file) await this.refreshFile(file);
      else this.index.deleteNote(path);
    }
    this.trigger('changed');
  }

  private async readPool(files: TFile[]): Promise<(string | null)[]> {
    const out: (string | null)[] = new Array<string | null>(files.length).fill(null);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < files.length) {
        const i = next++;
        try {
          out[i] = await this.app.vault.cachedRead(files[i]);
        } catch {
          out[i] = null;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_POOL, files.length) }, worker));
    return out;
  }

  /**
   * The notes to read at start-up, chosen from the metadata cache: people (type, tags, folders),
   * daily notes, interaction notes, broken frontmatter, and notes linking a person by path or by
   * name (the unresolved-links map, since Obsidian never resolves aliases).
   */
  private startupCandidates(files: TFile[]): TFile[] {
    const ctx = this.index.context;
    const chosen = new Set<TFile>();
    const people = new Set<string>();
    const names = new Set<string>();
    for (const f of files) {
      if (!this.index.isReadable(f.path)) continue;
      const cache = this.app.metadataCache.getFileCache(f);
      if (this.isOwnCandidate(f, cache)) chosen.add(f);
      if (cache && isPersonNote(f.path, cache.frontmatter ?? null, ctx)) {
        people.add(f.path);
        const fm = cache.frontmatter ?? {};
        for (const a of [...lowerList(fm.aliases), ...lowerList(fm.alias)]) names.add(a);
        if (typeof fm[ctx.settings.keys.name] === 'string') names.add(String(fm[ctx.settings.keys.name]).toLowerCase());
      }
    }
    const resolved = this.app.metadataCache.resolvedLinks;
    const unresolved = this.app.metadataCache.unresolvedLinks;
    for (const f of files) {
      if (chosen.has(f) || !this.index.isReadable(f.path)) continue;
      const out = resolved[f.path] ?? {};
      const un = unresolved[f.path] ?? {};
      if (Object.keys(out).some((p) => people.has(p)) || Object.keys(un).some((l) => names.has(l.toLowerCase()))) chosen.add(f);
    }
    return [...chosen];
  }

  /** Whether a note matters on its own (without looking at where its links go). */
  private isOwnCandidate(file: TFile, cache: CachedMetadata | null): boolean {
    if (!cache) return true;
    const ctx = this.index.context;
    const fm = cache.frontmatter ?? null;
    if (cache.frontmatterPosition && !fm) return true;
    if (isPersonNote(file.path, fm, ctx)) return true;
    if (ctx.daily.dayOfPath(file.path) !== null) return true;
    if (fm) {
      // Interaction notes, and review notes (the last review's day is asked for).
      const types = lowerList(fm[ctx.settings.keys.type]);
      if (types.some((t) => t === 'meeting' || t === 'interaction' || t === 'review' || channelOf(t) !== null)) return true;
    }
    return false;
  }

  private isCandidate(file: TFile, cache: CachedMetadata | null): boolean {
    if (!this.index.isReadable(file.path)) return false;
    if (this.isOwnCandidate(file, cache)) return true;
    const links = [...(cache?.links ?? []), ...(cache?.frontmatterLinks ?? [])];
    return links.some((l) => this.index.resolvePerson(getLinkpath(l.link), file.path) !== null);
  }

  private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
    if (this.state !== 'warm') {
      this.pending.add(file.path);
      return;
    }
    if (this.isCandidate(file, cache)) this.index.setNote(file.path, data);
    else this.index.forgetNote(file.path);
  }

  private onCreate(file: TAbstractFile): void {
    if (!(file instanceof TFile) || file.extension !== 'md') return;
    if (this.state !== 'warm') {
      this.pending.add(file.path);
      return;
    }
    this.index.addFile(file.path);
  }

  private onDelete(file: TAbstractFile): void {
    if (this.state !== 'warm') {
      this.pending.add(file.path);
      return;
    }
    if (file instanceof TFolder) {
      const prefix = `${file.path}/`;
      this.index.batch(() => {
        for (const p of this.index.notePaths()) if (p.startsWith(prefix)) this.index.deleteNote(p);
      });
    } else if (file instanceof TFile) {
      this.index.deleteNote(file.path);
    }
  }

  private onRename(file: TAbstractFile, oldPath: string): void {
    if (this.state !== 'warm') {
      this.pending.add(oldPath);
      this.pending.add(file.path);
      return;
    }
    if (file instanceof TFolder) {
      const prefix = `${oldPath}/`;
      this.index.batch(() => {
        for (const p of this.index.notePaths()) {
          if (p.startsWith(prefix)) this.index.renameNote(p, `${file.path}/${p.slice(prefix.length)}`);
        }
      });
      return;
    }
    if (!(file instanceof TFile)) return;
    this.index.renameNote(oldPath, file.path);
    // A note moved into a people folder (or out of one) may now matter when it did not before.
    const cache = this.app.metadataCache.getFileCache(file);
    const known = this.index.hasNote(file.path);
    if (!known && this.isCandidate(file, cache)) void this.refreshFile(file);
    else if (known && !this.isCandidate(file, cache)) this.index.forgetNote(file.path);
  }

  /** Reads one note again (when no event brought its text). */
  async refreshFile(file: TFile): Promise<void> {
    if (!this.isCandidate(file, this.app.metadataCache.getFileCache(file))) {
      this.index.forgetNote(file.path);
      return;
    }
    let text: string;
    try {
      text = await this.app.vault.cachedRead(file);
    } catch {
      // Gone or unreadable since the event: the next event for it brings it back (§6: nothing crashes on a note).
      return;
    }
    this.index.setNote(file.path, text);
  }

  /** A setting that changes answers but not how notes are read: forget the answers, show again. */
  settingsChanged(): void {
    this.due.reset();
    this.index.revision++;
    this.trigger('changed');
  }

  /** After an own write: the metadata cache is stale, so the index takes the text just written. */
  noteWritten(path: string, text: string): void {
    this.index.setNote(path, text);
  }

  private scheduleNotify(): void {
    if (this.state !== 'warm') return;
    if (this.notifyTimer !== null) window.clearTimeout(this.notifyTimer);
    this.notifyTimer = window.setTimeout(() => {
      this.notifyTimer = null;
      this.trigger('changed');
    }, NOTIFY_MS);
  }

  /** Sends the pending signal now (tests, and before a view renders on open). */
  flushNotify(): void {
    if (this.notifyTimer === null) return;
    window.clearTimeout(this.notifyTimer);
    this.notifyTimer = null;
    this.trigger('changed');
  }

  stop(): void {
    this.generation++;
    if (this.notifyTimer !== null) window.clearTimeout(this.notifyTimer);
    this.notifyTimer = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  problems(today: string): Problem[] {
    return [...this.settingsProblems, ...this.configProblems, ...this.due.problems(today)];
  }
}
