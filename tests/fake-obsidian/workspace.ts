/**
 * `Workspace` and `WorkspaceLeaf` (OBSIDIAN-HOST §5): a root split with one empty tab,
 * left and right sidedocks, `revealLeaf` returning a Promise, deferred restored leaves,
 * `onLayoutReady`, `active-leaf-change`/`file-open`/`layout-change`, and a log of
 * `trigger` calls (e.g. `hover-link`) for assertions.
 */
import type * as O from 'obsidian';
import type { App } from './app';
import { Events, reportListenerError } from './events';
import { parseLinktext } from './links';
import { debounce, normalizePath } from './utils';
import { DeferredView, EmptyView, FileView, MarkdownView, TextFileView, View } from './views';
import { TFile } from './vault';

function div(cls: string, parent?: HTMLElement): HTMLDivElement {
  const el = document.createElement('div');
  el.className = cls;
  parent?.appendChild(el);
  return el;
}

let leafCounter = 0;

export class WorkspaceSplit extends Events {
  readonly children: WorkspaceLeaf[] = [];
  containerEl: HTMLElement;
  collapsed = false;
  /** Fake-only: the tab shown in this split. */
  visibleLeaf: WorkspaceLeaf | null = null;

  constructor(
    readonly workspace: Workspace,
    readonly side: 'left' | 'right' | 'root',
  ) {
    super();
    this.containerEl = div(`workspace-split mod-${side === 'root' ? 'root' : side + '-split'}`);
  }

  toggle(): void {
    this.collapsed = !this.collapsed;
  }
  collapse(): void {
    this.collapsed = true;
  }
  expand(): void {
    this.collapsed = false;
  }
}

type LeafPick = Pick<
  O.WorkspaceLeaf,
  | 'hoverPopover'
  | 'openFile'
  | 'getViewState'
  | 'setViewState'
  | 'isDeferred'
  | 'loadIfDeferred'
  | 'getEphemeralState'
  | 'setEphemeralState'
  | 'togglePinned'
  | 'setPinned'
  | 'setGroupMember'
  | 'setGroup'
  | 'detach'
  | 'getIcon'
  | 'getDisplayText'
  | 'onResize'
>;

export class WorkspaceLeaf extends Events implements LeafPick {
  readonly id = `fake-leaf-${++leafCounter}`;
  readonly app: App;
  view: View;
  hoverPopover: O.HoverPopover | null = null;
  containerEl: HTMLElement;
  pinned = false;
  group: string | null = null;
  /** Fake-only: false once detached. */
  attached = true;

  constructor(
    readonly workspace: Workspace,
    public parent: WorkspaceSplit,
  ) {
    super();
    this.app = workspace.app;
    this.containerEl = div('workspace-leaf', parent.containerEl);
    parent.children.push(this);
    this.view = new EmptyView(this);
    this.containerEl.appendChild(this.view.containerEl);
    this.view.containerEl.setAttribute('data-type', 'empty');
    this.view.load();
  }

  get isDeferred(): boolean {
    return this.view instanceof DeferredView;
  }

  async loadIfDeferred(): Promise<void> {
    if (this.view instanceof DeferredView) {
      const { viewType, viewState } = this.view;
      this.view.unload();
      this.view.containerEl.remove();
      this.view = new EmptyView(this);
      await this.setViewState({ type: viewType, state: viewState });
    }
  }

  /** @internal restored at start-up, shown later. */
  _defer(type: string, state?: Record<string, unknown>): void {
    this.view.unload();
    this.view.containerEl.remove();
    this.view = new DeferredView(this, type, state);
    this.view.containerEl.setAttribute('data-type', type);
    this.containerEl.appendChild(this.view.containerEl);
  }

  async open(view: O.View): Promise<O.View> {
    await this.replaceView(view as unknown as View);
    return view;
  }

  private async replaceView(view: View, state?: Record<string, unknown>): Promise<void> {
    const old = this.view;
    if (old instanceof TextFileView && old.file) await old.onUnloadFile(old.file);
    await old._close();
    this.view = view;
    this.containerEl.appendChild(view.containerEl);
    await view._open();
    if (state) await view.setState(state, { history: false });
    this.workspace.trigger('layout-change');
  }

  async setViewState(viewState: O.ViewState, eState?: any): Promise<void> {
    void eState;
    if (!this.attached) return;
    const sameType = !(this.view instanceof DeferredView) && this.view.getViewType() === viewState.type;
    if (sameType) {
      if (viewState.state) await this.view.setState(viewState.state, { history: false });
    } else {
      let view: View;
      if (viewState.type === 'markdown') view = new MarkdownView(this);
      else if (viewState.type === 'empty') view = new EmptyView(this);
      else {
        const creator = this.app.viewRegistry.getViewCreatorByType(viewState.type);
        view = creator ? (creator(this as unknown as O.WorkspaceLeaf) as unknown as View) : new EmptyView(this);
      }
      await this.replaceView(view, viewState.state);
    }
    if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
    if (viewState.active) this.workspace._activate(this, false);
  }

  getViewState(): O.ViewState {
    return {
      type: this.view.getViewType(),
      state: this.view.getState(),
      active: this.workspace.activeLeaf === this,
      pinned: this.pinned,
    };
  }

  /** Opens the file in a markdown view; makes the leaf active unless `openState.active === false`. */
  async openFile(file: O.TFile, openState?: O.OpenViewState): Promise<void> {
    await this.setViewState({ type: 'markdown', state: { ...(openState?.state ?? {}), file: file.path } });
    if (openState?.eState) this.view.setEphemeralState(openState.eState);
    this.workspace._recordOpen(file.path);
    if (openState?.active !== false) this.workspace._activate(this, true);
  }

  getEphemeralState(): any {
    return this.view.getEphemeralState();
  }
  setEphemeralState(state: any): void {
    this.view.setEphemeralState(state);
  }
  togglePinned(): void {
    this.setPinned(!this.pinned);
  }
  setPinned(pinned: boolean): void {
    if (this.pinned === pinned) return;
    this.pinned = pinned;
    this.trigger('pinned-change', pinned);
  }
  setGroupMember(other: O.WorkspaceLeaf): void {
    this.setGroup((other as unknown as WorkspaceLeaf).group ?? `group-${this.id}`);
  }
  setGroup(group: string): void {
    this.group = group;
    this.trigger('group-change', group);
  }

  /** Closes the view (awaiting `onClose` in the background) and removes the leaf. */
  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    const view = this.view;
    const closing = (async () => {
      if (view instanceof TextFileView && view.file) await view.onUnloadFile(view.file);
      await view._close();
    })();
    this.workspace._pending.push(closing.catch(reportListenerError));
    this.parent.children.splice(this.parent.children.indexOf(this), 1);
    if (this.parent.visibleLeaf === this) this.parent.visibleLeaf = this.parent.children[0] ?? null;
    this.containerEl.remove();
    this.workspace._detached(this);
  }

  getIcon(): string {
    return this.view.getIcon();
  }
  getDisplayText(): string {
    return this.view.getDisplayText();
  }
  onResize(): void {
    this.view.onResize();
  }
  getRoot(): WorkspaceSplit {
    return this.parent;
  }
  getContainer(): WorkspaceSplit {
    return this.workspace.rootSplit;
  }
}

type WorkspacePick = Pick<
  O.Workspace,
  | 'containerEl'
  | 'layoutReady'
  | 'onLayoutReady'
  | 'getLeaf'
  | 'getRightLeaf'
  | 'getLeftLeaf'
  | 'getUnpinnedLeaf'
  | 'ensureSideLeaf'
  | 'revealLeaf'
  | 'getLeavesOfType'
  | 'detachLeavesOfType'
  | 'setActiveLeaf'
  | 'getActiveFile'
  | 'getActiveViewOfType'
  | 'openLinkText'
  | 'iterateAllLeaves'
  | 'iterateRootLeaves'
  | 'getLeafById'
  | 'getMostRecentLeaf'
  | 'getLastOpenFiles'
  | 'updateOptions'
  | 'requestSaveLayout'
>;

export class Workspace extends Events implements WorkspacePick {
  containerEl: HTMLElement;
  layoutReady = false;
  leftSplit: WorkspaceSplit;
  rightSplit: WorkspaceSplit;
  rootSplit: WorkspaceSplit;
  leftRibbon: { containerEl: HTMLElement };
  rightRibbon: { containerEl: HTMLElement };
  activeLeaf: WorkspaceLeaf | null = null;
  requestSaveLayout = debounce(async () => {}, 2000);
  /** Fake-only: every `trigger(name, ...data)`, in order (e.g. `hover-link`). */
  readonly triggered: { name: string; data: unknown[] }[] = [];
  /** Fake-only: `openLinkText` calls and the file each opened. */
  readonly openedLinks: { linktext: string; sourcePath: string; newLeaf: unknown; path: string }[] = [];
  /** `registerHoverLinkSource` registrations. */
  readonly hoverLinkSources: Record<string, O.HoverLinkSource> = {};
  /** @internal promises of background work (view closes) the host awaits when settling. */
  _pending: Promise<unknown>[] = [];

  private layoutReadyCallbacks: (() => unknown)[] = [];
  private lastActiveFile: TFile | null = null;
  private recentLeaves: WorkspaceLeaf[] = [];
  private lastOpenFiles: string[] = [];

  constructor(readonly app: App) {
    super();
    this.containerEl = div('workspace');
    this.leftRibbon = { containerEl: div('workspace-ribbon side-dock-ribbon mod-left', this.containerEl) };
    this.leftSplit = new WorkspaceSplit(this, 'left');
    this.rootSplit = new WorkspaceSplit(this, 'root');
    this.rightSplit = new WorkspaceSplit(this, 'right');
    this.rightRibbon = { containerEl: div('workspace-ribbon side-dock-ribbon mod-right') };
    for (const s of [this.leftSplit, this.rootSplit, this.rightSplit]) this.containerEl.appendChild(s.containerEl);
    const first = new WorkspaceLeaf(this, this.rootSplit);
    this.rootSplit.visibleLeaf = first;
    this.activeLeaf = first;
    this.recentLeaves.push(first);

    app.vault.on('modify', (f: unknown) => {
      if (!(f instanceof TFile)) return;
      const text = app.vault._contents(f.path) ?? '';
      this.iterateAllLeaves((leaf) => {
        const v = (leaf as unknown as WorkspaceLeaf).view;
        if (v instanceof TextFileView && v.file === f) v._externalChange(text);
      });
    });
    app.vault.on('delete', (f: unknown) => {
      if (!(f instanceof TFile)) return;
      for (const leaf of this.allLeaves()) {
        if (leaf.view instanceof FileView && leaf.view.file === f) leaf.detach();
      }
      if (this.lastActiveFile === f) this.lastActiveFile = null;
    });
    app.vault.on('rename', (f: unknown, oldPath: unknown) => {
      if (!(f instanceof TFile)) return;
      this.lastOpenFiles = this.lastOpenFiles.map((p) => (p === oldPath ? f.path : p));
      for (const leaf of this.allLeaves()) {
        if (leaf.view instanceof FileView && leaf.view.file === f) void leaf.view.onRename(f);
      }
    });
  }

  override trigger(name: string, ...data: unknown[]): void {
    this.triggered.push({ name, data });
    super.trigger(name, ...data);
  }

  /** Fake-only: the `hover-link` payloads triggered so far. */
  get hoverLinkEvents(): unknown[] {
    return this.triggered.filter((t) => t.name === 'hover-link').map((t) => t.data[0]);
  }

  get activeEditor(): O.MarkdownFileInfo | null {
    const v = this.activeLeaf?.view;
    return v instanceof MarkdownView ? (v as unknown as O.MarkdownFileInfo) : null;
  }

  /** Runs `callback` when the layout is ready, or at once if it already is. */
  onLayoutReady(callback: () => any): void {
    if (this.layoutReady) callback();
    else this.layoutReadyCallbacks.push(callback);
  }

  /** @internal the host's start-up: flag, then the callbacks in registration order. */
  _setLayoutReady(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    for (const cb of this.layoutReadyCallbacks.splice(0)) {
      try {
        const r = cb();
        if (r && typeof (r as Promise<unknown>).then === 'function') this._pending.push((r as Promise<unknown>).catch(reportListenerError));
      } catch (err) {
        reportListenerError(err);
      }
    }
    this.trigger('layout-change');
  }

  /** Fake-only: all leaves, root first, then left and right. */
  allLeaves(): WorkspaceLeaf[] {
    return [...this.rootSplit.children, ...this.leftSplit.children, ...this.rightSplit.children];
  }

  private o(leaf: WorkspaceLeaf): O.WorkspaceLeaf {
    return leaf as unknown as O.WorkspaceLeaf;
  }

  private newLeaf(split: WorkspaceSplit): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this, split);
    if (!split.visibleLeaf) split.visibleLeaf = leaf;
    this.trigger('layout-change');
    return leaf;
  }

  getLeaf(newLeaf?: O.PaneType | boolean | 'split', direction?: O.SplitDirection): O.WorkspaceLeaf {
    void direction;
    if (!newLeaf) return this.getUnpinnedLeaf();
    return this.o(this.newLeaf(this.rootSplit));
  }

  getUnpinnedLeaf(): O.WorkspaceLeaf {
    const active = this.activeLeaf;
    if (active && active.parent === this.rootSplit && !active.pinned) return this.o(active);
    const recent = this.recentLeaves.find((l) => l.attached && l.parent === this.rootSplit && !l.pinned);
    if (recent) return this.o(recent);
    return this.o(this.newLeaf(this.rootSplit));
  }

  getLeftLeaf(split: boolean): O.WorkspaceLeaf | null {
    void split;
    return this.o(this.newLeaf(this.leftSplit));
  }

  getRightLeaf(split: boolean): O.WorkspaceLeaf | null {
    void split;
    return this.o(this.newLeaf(this.rightSplit));
  }

  async ensureSideLeaf(
    type: string,
    side: O.Side,
    options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: any },
  ): Promise<O.WorkspaceLeaf> {
    const split = side === 'left' ? this.leftSplit : this.rightSplit;
    let leaf = split.children.find((l) => l.view.getViewType() === type);
    if (!leaf) {
      leaf = this.newLeaf(split);
      await leaf.setViewState({ type, active: options?.active, state: options?.state });
    } else if (options?.active) this.setActiveLeaf(this.o(leaf));
    if (options?.reveal !== false) await this.revealLeaf(this.o(leaf));
    return this.o(leaf);
  }

  /** Uncollapses the sidedock, shows the tab and loads a deferred view; does not focus. */
  async revealLeaf(leaf: O.WorkspaceLeaf): Promise<void> {
    const l = leaf as unknown as WorkspaceLeaf;
    l.parent.expand();
    l.parent.visibleLeaf = l;
    await l.loadIfDeferred();
  }

  getLeavesOfType(viewType: string): O.WorkspaceLeaf[] {
    return this.allLeaves()
      .filter((l) => l.view.getViewType() === viewType)
      .map((l) => this.o(l));
  }

  detachLeavesOfType(viewType: string): void {
    for (const l of this.allLeaves()) if (l.view.getViewType() === viewType) l.detach();
  }

  setActiveLeaf(leaf: O.WorkspaceLeaf, params?: { focus?: boolean } | boolean, focus?: boolean): void {
    void params;
    void focus;
    this._activate(leaf as unknown as WorkspaceLeaf, false);
  }

  /** @internal make active; `file-open` fires when the active file changes (or when forced by openFile). */
  _activate(leaf: WorkspaceLeaf, forceFileOpen: boolean): void {
    if (!leaf.attached) return;
    const changed = this.activeLeaf !== leaf;
    if (changed) {
      this.activeLeaf = leaf;
      this.recentLeaves = [leaf, ...this.recentLeaves.filter((l) => l !== leaf)];
      leaf.parent.visibleLeaf = leaf;
      this.trigger('active-leaf-change', leaf);
    }
    const v = leaf.view;
    if (leaf.parent === this.rootSplit) {
      const file = v instanceof FileView ? v.file : null;
      if (forceFileOpen || file !== this.lastActiveFile) {
        this.lastActiveFile = file;
        this.trigger('file-open', file);
      }
    }
  }

  /** @internal */
  _recordOpen(path: string): void {
    this.lastOpenFiles = [path, ...this.lastOpenFiles.filter((p) => p !== path)].slice(0, 10);
  }

  /** @internal */
  _detached(leaf: WorkspaceLeaf): void {
    this.recentLeaves = this.recentLeaves.filter((l) => l !== leaf);
    if (this.rootSplit.children.length === 0) {
      const fresh = new WorkspaceLeaf(this, this.rootSplit);
      this.rootSplit.visibleLeaf = fresh;
      this.recentLeaves.push(fresh);
    }
    if (this.activeLeaf === leaf) {
      this.activeLeaf = null;
      const next = this.recentLeaves.find((l) => l.attached && l.parent === this.rootSplit) ?? null;
      if (next) this._activate(next, false);
      else this.trigger('active-leaf-change', null);
    }
    this.trigger('layout-change');
  }

  /** The last note made active; kept while a sidebar view has focus. */
  getActiveFile(): O.TFile | null {
    const f = this.lastActiveFile;
    return f && this.app.vault.getFileByPath(f.path) === f ? f : null;
  }

  getActiveViewOfType<T extends O.View>(type: O.Constructor<T>): T | null {
    const v = this.activeLeaf?.view;
    return v && v instanceof (type as unknown as new (...a: any[]) => unknown) ? (v as unknown as T) : null;
  }

  /** Resolves like a click on the link; an unresolved link creates the note at the vault root. */
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: O.PaneType | boolean, openViewState?: O.OpenViewState): Promise<void> {
    const { path } = parseLinktext(linktext);
    let file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
    if (!file) {
      const target = normalizePath(/\.[^/]+$/.test(path) ? path : `${path}.md`);
      file = await this.app.vault.create(target, '');
    }
    this.openedLinks.push({ linktext, sourcePath, newLeaf, path: file.path });
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  iterateAllLeaves(callback: (leaf: O.WorkspaceLeaf) => any): void {
    for (const l of this.allLeaves()) callback(this.o(l));
  }

  iterateRootLeaves(callback: (leaf: O.WorkspaceLeaf) => any): void {
    for (const l of this.rootSplit.children.slice()) callback(this.o(l));
  }

  getLeafById(id: string): O.WorkspaceLeaf | null {
    const l = this.allLeaves().find((x) => x.id === id);
    return l ? this.o(l) : null;
  }

  getMostRecentLeaf(): O.WorkspaceLeaf | null {
    const l = this.recentLeaves.find((x) => x.attached && x.parent === this.rootSplit);
    return l ? this.o(l) : null;
  }

  getLastOpenFiles(): string[] {
    return this.lastOpenFiles.slice();
  }

  updateOptions(): void {}

  /** Fake-only (Obsidian keeps this registry internally). */
  registerHoverLinkSource(id: string, info: O.HoverLinkSource): void {
    this.hoverLinkSources[id] = info;
  }
  unregisterHoverLinkSource(id: string): void {
    delete this.hoverLinkSources[id];
  }
}
