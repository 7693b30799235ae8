/**
 * Test knobs around the fake `obsidian` module: build a vault, replay Obsidian's
 * start-up, load the plugin, settle the metadata cache, run commands, drive editors,
 * suggest modals, settings and code blocks. No Node API (the browser test uses it too).
 *
 * Start-up (`layoutReady: false`, the default): files are NOT in the vault yet when the
 * plugin loads; `setLayoutReady()` adds them (vault `create` fires for each, as in
 * Obsidian before layout-ready), lets the cache index them (`changed` per file, then
 * `resolved`), then runs the `onLayoutReady` callbacks.
 */
import type * as O from 'obsidian';
import { App } from './app';
import { listenerErrors, reportListenerError } from './events';
import { installDomPolyfills } from './dom';
import { Plugin, type SettingTab } from './plugin';
import { openModals, SuggestModal } from './modal';
import { Menu, Notice } from './ui';
import { pendingUi } from './uiBase';
import { resetPlatform, setLanguage, setRequestUrlHandler, type RequestHandler } from './utils';
import { dirname, type TFile, type Vault } from './vault';
import { MarkdownRenderChild, MarkdownView, type FakeEditor } from './views';
import type { WorkspaceLeaf } from './workspace';

export interface HostOptions {
  /** Vault files, path → text (config-folder paths go in `configFiles`). */
  files?: Record<string, string>;
  /**
   * Files under the config folder, e.g. `{'daily-notes.json': '…'}` or
   * `{'.obsidian/plugins/reconnect/data.json': '…'}` (a path not starting with a dot is
   * taken relative to the config folder). Present from the start.
   */
  configFiles?: Record<string, string>;
  /** Start with the layout ready and the cache indexed (a plugin enabled later). Default false. */
  layoutReady?: boolean;
  /** Index queued cache work on a macrotask without `settle()` (for the browser page). Default false. */
  autoSettle?: boolean;
  /** Clock for file `stat` times; default a deterministic clock ticking 1 s per write from 2026-01-01. */
  now?: () => number;
  vaultName?: string;
  configDir?: string;
  /** `getLanguage()`; default 'en'. */
  language?: string;
  platform?: Partial<typeof O.Platform>;
  /** Leaves restored from the saved layout: they hold a deferred view until revealed. */
  restoredLeaves?: { type: string; side?: 'left' | 'right' | 'root'; state?: Record<string, unknown> }[];
  /** Answers `requestUrl`; without it every request rejects (no network). */
  requestUrl?: RequestHandler;
}

export interface OpenedEditor {
  leaf: WorkspaceLeaf;
  view: MarkdownView;
  editor: FakeEditor;
}

export interface RenderedCodeBlock {
  el: HTMLElement;
  ctx: O.MarkdownPostProcessorContext;
  children: O.MarkdownRenderChild[];
  /** Removes the block from the document (its render children unload). */
  unmount(): Promise<void>;
}

export const DEFAULT_MANIFEST: O.PluginManifest = {
  id: 'reconnect',
  name: 'Reconnect',
  version: '0.0.0-test',
  minAppVersion: '1.5.7',
  author: 'Reconnect tests',
  description: 'Reconnect under the fake Obsidian host',
};

let current: Host | null = null;

/** Runs queued microtasks; keeps going (bounded) while tracked async work is unfinished. */
async function drain(tracked: Promise<unknown>[] = []): Promise<void> {
  let open = tracked.length;
  for (const p of tracked) void p.then(() => open--, () => open--);
  for (let turns = 0; turns < 100 || (open > 0 && turns < 20000); turns++) await Promise.resolve();
}

export class Host {
  readonly app: App;
  readonly vault: Vault;
  readonly metadataCache: App['metadataCache'];
  readonly workspace: App['workspace'];
  readonly fileManager: App['fileManager'];
  readonly plugins: O.Plugin[] = [];
  /** Errors thrown by event listeners and layout-ready callbacks (they do not stop the others). */
  readonly listenerErrors = listenerErrors;
  private pendingFiles: [string, string][] = [];
  private tracked: Promise<unknown>[] = [];
  private renderChildren: MarkdownRenderChild[] = [];
  private observer: MutationObserver | null = null;
  private autoTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor(private options: HostOptions = {}) {
    const win = (globalThis as unknown as { window?: Window & typeof globalThis }).window ?? (globalThis as unknown as Window & typeof globalThis);
    installDomPolyfills(win);
    resetPlatform(options.platform);
    setLanguage(options.language ?? 'en');
    setRequestUrlHandler(options.requestUrl ?? null);
    Notice.clear();
    Menu.shown.length = 0;
    listenerErrors.length = 0;

    let t = Date.UTC(2026, 0, 1, 9, 0, 0);
    this.app = new App({ vaultName: options.vaultName, configDir: options.configDir, now: options.now ?? (() => (t += 1000)) });
    this.vault = this.app.vault;
    this.metadataCache = this.app.metadataCache;
    this.workspace = this.app.workspace;
    this.fileManager = this.app.fileManager;
    document.body.appendChild(this.workspace.containerEl);
    document.body.appendChild(this.app.statusBarEl);

    for (const [p, text] of Object.entries(options.configFiles ?? {})) {
      const path = p.startsWith('.') ? p : `${this.vault.configDir}/${p}`;
      this.vault._hidden.set(path, text);
    }
    for (const leaf of options.restoredLeaves ?? []) {
      const w = this.workspace;
      const l = leaf.side === 'root' ? w.getLeaf(true) : leaf.side === 'left' ? w.getLeftLeaf(false) : w.getRightLeaf(false);
      (l as unknown as WorkspaceLeaf)._defer(leaf.type, leaf.state);
    }

    this.pendingFiles = Object.entries(options.files ?? {});
    if (options.layoutReady) {
      this.loadFiles();
      this.metadataCache.indexAllSilently();
      this.workspace._setLayoutReady();
    }
    if (options.autoSettle) {
      this.metadataCache.onQueued = () => {
        if (this.autoTimer === null && !this.destroyed) {
          this.autoTimer = setTimeout(() => {
            this.autoTimer = null;
            void this.settle();
          }, 0);
        }
      };
    }
    if (typeof MutationObserver !== 'undefined') {
      this.observer = new MutationObserver(() => this.unloadDetachedRenderChildren());
      this.observer.observe(document.body, { childList: true, subtree: true });
    }
  }

  private loadFiles(): void {
    for (const [path, text] of this.pendingFiles) {
      if (path.startsWith(this.vault.configDir + '/') || path.split('/').some((s) => s.startsWith('.'))) {
        this.vault._hidden.set(path, text);
        continue;
      }
      this.vault._ensureFolder(dirname(path));
      this.vault._createFile(path, text);
    }
    this.pendingFiles = [];
  }

  private track(result: unknown): void {
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      this.tracked.push((result as Promise<unknown>).catch(reportListenerError));
    }
  }

  private async flush(): Promise<void> {
    const tracked = [...this.tracked.splice(0), ...pendingUi.splice(0), ...this.workspace._pending.splice(0)];
    await drain(tracked);
  }

  /**
   * Lets queued work finish: pending promises (bounded), then the metadata cache one file
   * at a time (`changed`, `resolve`; `resolved` when idle), again until nothing is left.
   * Deterministic; uses no timers.
   */
  async settle(): Promise<void> {
    for (let round = 0; round < 10000; round++) {
      await this.flush();
      if (this.metadataCache.pending === 0) {
        await this.flush();
        if (this.metadataCache.pending === 0) return;
      }
      this.metadataCache.processNext();
    }
    throw new Error('host.settle(): the metadata cache never went idle (does a listener write on every change?)');
  }

  /** Replays start-up: `create` for every file, the cache indexes them, then `onLayoutReady` callbacks. */
  async setLayoutReady(): Promise<void> {
    if (this.workspace.layoutReady) return;
    this.loadFiles();
    await this.settle();
    this.workspace._setLayoutReady();
    await this.settle();
  }

  /** `new PluginClass(app, manifest)`, then `load()`; awaits an async `onload`. */
  async loadPlugin<T extends O.Plugin>(PluginClass: new (app: O.App, manifest: O.PluginManifest) => T, manifest: Partial<O.PluginManifest> = {}): Promise<T> {
    const m: O.PluginManifest = { ...DEFAULT_MANIFEST, ...manifest };
    m.dir ??= `${this.vault.configDir}/plugins/${m.id}`;
    const plugin = new PluginClass(this.app as unknown as O.App, m);
    this.app.plugins.plugins[m.id] = plugin;
    this.app.plugins.manifests[m.id] = m;
    this.app.plugins.enabledPlugins.add(m.id);
    this.plugins.push(plugin);
    plugin.load();
    const result = (plugin as unknown as Plugin)._onloadResult;
    if (result && typeof (result as Promise<unknown>).then === 'function') await result;
    await this.flush();
    return plugin;
  }

  /** `unload()` (registered callbacks, children, `onunload`). */
  async unloadPlugin(plugin: O.Plugin): Promise<void> {
    plugin.unload();
    const id = plugin.manifest.id;
    delete this.app.plugins.plugins[id];
    this.app.plugins.enabledPlugins.delete(id);
    this.plugins.splice(this.plugins.indexOf(plugin), 1);
    await this.flush();
  }

  /** All command ids (`reconnect:…`). */
  commandIds(): string[] {
    return Object.keys(this.app.commands.commands);
  }

  /**
   * Runs a command by full id as the palette would: checks availability first
   * (`checkCallback(true)` / an active markdown editor); false when unavailable or
   * unknown. An async callback is tracked, not awaited (it may wait for a modal).
   */
  async runCommand(fullId: string): Promise<boolean> {
    const { ran, result } = this.app.commands.run(fullId);
    this.track(result);
    await this.flush();
    return ran;
  }

  /** Opens the note in a markdown tab (the active one unless `newLeaf`); the editor buffer is separate from the file. */
  async openFileInEditor(path: string, opts: { newLeaf?: boolean; mode?: O.MarkdownViewModeType } = {}): Promise<OpenedEditor> {
    const file = this.vault.getFileByPath(path);
    if (!file) throw new Error(`openFileInEditor: no file at ${path}`);
    const leaf = this.workspace.getLeaf(opts.newLeaf ?? false) as unknown as WorkspaceLeaf;
    await leaf.openFile(file);
    const view = leaf.view as MarkdownView;
    if (opts.mode) view.mode = opts.mode;
    await this.flush();
    return { leaf, view, editor: view.editor };
  }

  private markdownViews(): MarkdownView[] {
    return this.workspace
      .allLeaves()
      .map((l) => l.view)
      .filter((v): v is MarkdownView => v instanceof MarkdownView);
  }

  /** The editor showing `path`, if any. */
  editorOf(path: string): FakeEditor | null {
    return this.markdownViews().find((v) => v.file?.path === path)?.editor ?? null;
  }

  /** Types into an open editor (unsaved until `saveEditors`): at the end by default. */
  typeInEditor(text: string, opts: { path?: string; at?: O.EditorPosition | 'end' | 'cursor' } = {}): FakeEditor {
    const view = opts.path ? this.markdownViews().find((v) => v.file?.path === opts.path) : this.workspace.getActiveViewOfType(MarkdownView as unknown as O.Constructor<O.MarkdownView>);
    if (!view) throw new Error(`typeInEditor: no editor open${opts.path ? ' on ' + opts.path : ''}`);
    const editor = (view as unknown as MarkdownView).editor;
    const at = opts.at ?? 'end';
    if (at === 'cursor') editor.replaceSelection(text);
    else editor.replaceRange(text, at === 'end' ? editor.offsetToPos(editor.getValue().length) : at);
    return editor;
  }

  /** Obsidian's autosave: writes every editor with unsaved changes (the vault fires `modify`). */
  async saveEditors(): Promise<void> {
    for (const v of this.markdownViews()) if (v.dirty || v.saveRequested) await v.save();
    await this.flush();
  }

  /** A change made outside Obsidian (sync, another editor): the vault notices and fires `modify`/`create`. */
  async modifyExternally(path: string, text: string): Promise<void> {
    await this.vault.adapter.write(path, text);
    await this.flush();
  }

  get readCounts(): { total: number; get(path: string): number; reset(): void } {
    const vault = this.vault;
    return {
      total: vault.totalReads,
      get: (path: string) => vault.readCounts.get(path) ?? 0,
      reset: () => vault.resetReadCounts(),
    };
  }

  /** Messages of every `Notice` so far. */
  get notices(): readonly string[] {
    return Notice.messages;
  }

  /** Modals open now, oldest first. */
  get modals(): readonly O.Modal[] {
    return openModals as unknown as O.Modal[];
  }

  private topSuggestModal(): SuggestModal<unknown> {
    const modal = [...openModals].reverse().find((m) => m instanceof SuggestModal) as SuggestModal<unknown> | undefined;
    if (!modal) throw new Error('no suggest modal is open');
    return modal;
  }

  /** Types a query into the open suggest modal and waits for its suggestions. */
  async typeInSuggest(query: string): Promise<string[]> {
    const modal = this.topSuggestModal();
    modal.inputEl.value = query;
    modal.inputEl.dispatchEvent(new Event('input'));
    await modal.lastUpdate;
    await this.flush();
    return Array.from(modal.resultContainerEl.querySelectorAll('.suggestion-item'), (e) => e.textContent ?? '');
  }

  /** Clicks a suggestion of the open suggest modal: by index, by text it contains, or by predicate. */
  async chooseSuggestion(pick: number | string | ((text: string) => boolean) = 0): Promise<void> {
    const modal = this.topSuggestModal();
    await modal.lastUpdate;
    const items = Array.from(modal.resultContainerEl.querySelectorAll<HTMLElement>('.suggestion-item'));
    const texts = items.map((e) => e.textContent ?? '');
    const i = typeof pick === 'number' ? pick : texts.findIndex(typeof pick === 'string' ? (t) => t.includes(pick) : pick);
    if (i < 0 || i >= items.length) throw new Error(`no such suggestion: ${String(pick)} among ${JSON.stringify(texts)}`);
    items[i].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await this.flush();
  }

  /** Shows a plugin's setting tab (the first registered, or the one of `pluginId`) and calls `display()`. */
  async openSettingTab(pluginId?: string): Promise<SettingTab> {
    const tabs = this.app.setting.pluginTabs;
    const tab = pluginId ? tabs.find((t) => (t as unknown as { plugin?: O.Plugin }).plugin?.manifest.id === pluginId) : tabs[0];
    if (!tab) throw new Error('no setting tab registered');
    this.closeSettingTab();
    const modal = document.createElement('div');
    modal.className = 'modal mod-settings';
    modal.appendChild(tab.containerEl);
    document.body.appendChild(modal);
    this.app.setting.activeTab = tab;
    tab.display();
    await this.flush();
    return tab;
  }

  closeSettingTab(): void {
    const tab = this.app.setting.activeTab;
    if (!tab) return;
    tab.hide();
    tab.containerEl.parentElement?.remove();
    this.app.setting.activeTab = null;
  }

  /** Renders a fenced block through the registered code block processor, as reading view would. */
  async renderCodeBlock(language: string, source: string, sourcePath = ''): Promise<RenderedCodeBlock> {
    const handler = this.app.markdown.codeBlockProcessors.get(language);
    if (!handler) throw new Error(`no code block processor for "${language}"`);
    const host = this;
    const container = document.createElement('div');
    container.className = 'markdown-preview-view markdown-rendered';
    this.workspace.containerEl.appendChild(container);
    const el = document.createElement('div');
    el.className = `block-language-${language}`;
    container.appendChild(el);
    const children: O.MarkdownRenderChild[] = [];
    const ctx: O.MarkdownPostProcessorContext = {
      docId: `fake-doc-${Math.random().toString(36).slice(2, 8)}`,
      sourcePath,
      frontmatter: this.metadataCache.getCache(sourcePath)?.frontmatter,
      addChild(child: O.MarkdownRenderChild) {
        children.push(child);
        host.renderChildren.push(child as unknown as MarkdownRenderChild);
        child.load();
      },
      getSectionInfo(target: HTMLElement) {
        void target;
        const text = host.vault._contents(sourcePath);
        if (text === null) return null;
        const fence = '```' + language + '\n' + source;
        const at = text.indexOf(fence.endsWith('\n') ? fence : fence + '\n');
        if (at === -1) return null;
        const lineStart = text.slice(0, at).split('\n').length - 1;
        const lineEnd = lineStart + fence.replace(/\n$/, '').split('\n').length;
        return { text, lineStart, lineEnd };
      },
    };
    this.track(handler(source, el, ctx));
    await this.flush();
    return {
      el,
      ctx,
      children,
      unmount: async () => {
        container.remove();
        this.unloadDetachedRenderChildren();
        await this.flush();
      },
    };
  }

  private unloadDetachedRenderChildren(): void {
    for (const child of this.renderChildren.slice()) {
      if (!child.containerEl.isConnected) {
        child.unload();
        this.renderChildren.splice(this.renderChildren.indexOf(child), 1);
      }
    }
  }

  /** Unloads plugins (synchronously) and removes everything this host put in the document. */
  destroySync(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.autoTimer !== null) clearTimeout(this.autoTimer);
    this.metadataCache.onQueued = null;
    for (const p of this.plugins.slice().reverse()) {
      p.unload();
      delete this.app.plugins.plugins[p.manifest.id];
    }
    this.plugins.length = 0;
    for (const m of openModals.slice()) m.close();
    for (const m of Menu.shown) m.hide();
    this.closeSettingTab();
    this.observer?.disconnect();
    this.workspace.containerEl.remove();
    this.app.statusBarEl.remove();
    document.querySelector('.notice-container')?.remove();
    document.querySelectorAll('.suggestion-container').forEach((e) => e.remove());
    if (current === this) current = null;
  }

  /** `destroySync`, then lets pending work (view closes, unload callbacks) finish. */
  async destroy(): Promise<void> {
    this.destroySync();
    await this.flush();
  }
}

/** A fresh host; destroys the previous one (module-level state such as notices is shared). */
export function createHost(options: HostOptions = {}): Host {
  current?.destroySync();
  current = new Host(options);
  return current;
}

export type { TFile };
