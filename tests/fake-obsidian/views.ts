/**
 * Views (OBSIDIAN-HOST §5): `View`, `ItemView` (`contentEl === containerEl.children[1]`),
 * file views, a minimal `MarkdownView` whose `editor` holds an unsaved buffer separate
 * from the file, `DeferredView` for restored leaves, `MarkdownRenderChild`.
 */
import type * as O from 'obsidian';
import type { App } from './app';
import { Component } from './component';
import { setIcon } from './utils';
import type { TFile } from './vault';
import type { WorkspaceLeaf } from './workspace';

function div(cls: string, parent?: HTMLElement): HTMLDivElement {
  const el = document.createElement('div');
  el.className = cls;
  parent?.appendChild(el);
  return el;
}

type ViewPick = Pick<
  O.View,
  | 'icon'
  | 'navigation'
  | 'containerEl'
  | 'getViewType'
  | 'getState'
  | 'setState'
  | 'getEphemeralState'
  | 'setEphemeralState'
  | 'getIcon'
  | 'onResize'
  | 'getDisplayText'
  | 'onPaneMenu'
>;

export abstract class View extends Component implements ViewPick {
  app: App;
  icon = '';
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: O.Scope | null = null;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    this.containerEl = div('workspace-leaf-content');
  }

  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}

  abstract getViewType(): string;
  abstract getDisplayText(): string;

  getState(): Record<string, unknown> {
    return {};
  }
  async setState(state: unknown, result: O.ViewStateResult): Promise<void> {
    void state;
    void result;
  }
  getEphemeralState(): Record<string, unknown> {
    return {};
  }
  setEphemeralState(state: unknown): void {
    void state;
  }
  getIcon(): string {
    return this.icon;
  }
  onResize(): void {}
  onPaneMenu(menu: O.Menu, source: string): void {
    void menu;
    void source;
  }

  /** @internal load the component, then `onOpen` (awaited). */
  async _open(): Promise<void> {
    this.containerEl.setAttribute('data-type', this.getViewType());
    this.load();
    await this.onOpen();
  }

  /** @internal `onClose` (awaited), then unload and detach. */
  async _close(): Promise<void> {
    await this.onClose();
    this.unload();
    this.containerEl.remove();
  }
}

export abstract class ItemView extends View implements Pick<O.ItemView, 'contentEl' | 'addAction'> {
  contentEl: HTMLElement;
  /** @internal */ headerEl: HTMLElement;
  /** @internal */ actionsEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.headerEl = div('view-header', this.containerEl);
    div('view-header-title', this.headerEl);
    this.actionsEl = div('view-actions', this.headerEl);
    this.contentEl = div('view-content', this.containerEl);
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
    const a = document.createElement('a');
    a.className = 'clickable-icon view-action';
    a.setAttribute('aria-label', title);
    setIcon(a, icon);
    a.addEventListener('click', (evt) => callback(evt as MouseEvent));
    this.actionsEl.prepend(a);
    return a;
  }
}

/** The view of an empty tab. */
export class EmptyView extends ItemView {
  getViewType(): string {
    return 'empty';
  }
  getDisplayText(): string {
    return 'New tab';
  }
}

/** A restored leaf not yet shown (1.7.2+): not an instance of the plugin's view class. */
export class DeferredView extends View {
  constructor(
    leaf: WorkspaceLeaf,
    /** @internal */ readonly viewType: string,
    /** @internal */ readonly viewState: Record<string, unknown> | undefined,
  ) {
    super(leaf);
  }
  getViewType(): string {
    return this.viewType;
  }
  getDisplayText(): string {
    return this.viewType;
  }
  override getState(): Record<string, unknown> {
    return this.viewState ?? {};
  }
}

export abstract class FileView extends ItemView implements Pick<O.FileView, 'allowNoFile' | 'navigation' | 'getDisplayText' | 'canAcceptExtension'> {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;

  getDisplayText(): string {
    return this.file ? this.file.basename : 'No file';
  }

  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }

  override async setState(state: unknown, result: O.ViewStateResult): Promise<void> {
    void result;
    const path = (state as { file?: unknown } | null)?.file;
    if (typeof path !== 'string') return;
    const file = this.app.vault.getFileByPath(path) as TFile | null;
    if (!file || file === this.file) return;
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    await this.onLoadFile(file);
  }

  async onLoadFile(file: TFile): Promise<void> {
    void file;
  }
  async onUnloadFile(file: TFile): Promise<void> {
    void file;
  }
  async onRename(file: TFile): Promise<void> {
    void file;
  }
  canAcceptExtension(extension: string): boolean {
    return extension === 'md';
  }
}

export abstract class EditableFileView extends FileView {}

export abstract class TextFileView extends EditableFileView {
  data = '';
  /** Fake-only: text last written to (or read from) the file. */
  savedData = '';
  /** Fake-only: set by `requestSave`; the host's `saveEditors()` flushes it (Obsidian autosaves ~2 s later). */
  saveRequested = false;
  requestSave: () => void = () => {
    this.saveRequested = true;
  };

  abstract getViewData(): string;
  abstract setViewData(data: string, clear: boolean): void;
  abstract clear(): void;

  /** Fake-only: the buffer differs from the file. */
  get dirty(): boolean {
    return this.getViewData() !== this.savedData;
  }

  override async onLoadFile(file: TFile): Promise<void> {
    const text = this.app.vault._contents(file.path) ?? '';
    this.data = text;
    this.savedData = text;
    this.setViewData(text, true);
  }

  override async onUnloadFile(file: TFile): Promise<void> {
    void file;
    await this.save();
  }

  /** Writes the buffer to the file when it differs (the vault fires `modify`). */
  async save(clear?: boolean): Promise<void> {
    void clear;
    this.saveRequested = false;
    if (!this.file) return;
    const text = this.getViewData();
    this.data = text;
    if (text === this.savedData && this.app.vault._contents(this.file.path) === text) return;
    this.savedData = text;
    if (this.app.vault.getFileByPath(this.file.path) === this.file) this.app.vault._write(this.file.path, text);
  }

  /** @internal the file changed on disk: reload unless there are unsaved edits. */
  _externalChange(text: string): void {
    if (this.dirty) return;
    this.data = text;
    this.savedData = text;
    this.setViewData(text, false);
  }
}

const clampPos = (lines: string[], pos: O.EditorPosition): O.EditorPosition => {
  const line = Math.max(0, Math.min(pos.line, lines.length - 1));
  const ch = Math.max(0, Math.min(pos.ch, lines[line].length));
  return { line, ch };
};

const cmpPos = (a: O.EditorPosition, b: O.EditorPosition) => a.line - b.line || a.ch - b.ch;

/** An `Editor` over a plain string buffer; edits mark the owning view dirty and fire `editor-change`. */
export class FakeEditor implements O.Editor {
  private text = '';
  private sels: O.EditorSelection[] = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];
  private history: string[] = [];
  private future: string[] = [];
  private focused = false;

  constructor(private onChange: (editor: FakeEditor) => void = () => {}) {}

  private lines(): string[] {
    return this.text.split('\n');
  }

  private apply(next: string, origin?: string): void {
    void origin;
    if (next === this.text) return;
    this.history.push(this.text);
    this.future = [];
    this.text = next;
    this.onChange(this);
  }

  /** @internal replace the buffer without history or events (file (re)load). */
  _load(text: string): void {
    this.text = text;
    this.history = [];
    this.future = [];
    const lines = this.lines();
    this.sels = this.sels.map((s) => ({ anchor: clampPos(lines, s.anchor), head: clampPos(lines, s.head) }));
  }

  getDoc(): this {
    return this;
  }
  refresh(): void {}
  getValue(): string {
    return this.text;
  }
  setValue(content: string): void {
    this.apply(content);
    const lines = this.lines();
    this.sels = this.sels.map((s) => ({ anchor: clampPos(lines, s.anchor), head: clampPos(lines, s.head) }));
  }
  getLine(line: number): string {
    return this.lines()[line] ?? '';
  }
  setLine(n: number, text: string): void {
    this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
  }
  lineCount(): number {
    return this.lines().length;
  }
  lastLine(): number {
    return this.lines().length - 1;
  }
  getSelection(): string {
    const s = this.sels[0];
    const [a, b] = cmpPos(s.anchor, s.head) <= 0 ? [s.anchor, s.head] : [s.head, s.anchor];
    return this.getRange(a, b);
  }
  somethingSelected(): boolean {
    return this.sels.some((s) => cmpPos(s.anchor, s.head) !== 0);
  }
  getRange(from: O.EditorPosition, to: O.EditorPosition): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }
  replaceSelection(replacement: string, origin?: string): void {
    const s = this.sels[0];
    const [a, b] = cmpPos(s.anchor, s.head) <= 0 ? [s.anchor, s.head] : [s.head, s.anchor];
    const start = this.posToOffset(a);
    this.apply(this.text.slice(0, start) + replacement + this.text.slice(this.posToOffset(b)), origin);
    const end = this.offsetToPos(start + replacement.length);
    this.sels = [{ anchor: end, head: end }];
  }
  replaceRange(replacement: string, from: O.EditorPosition, to?: O.EditorPosition, origin?: string): void {
    const start = this.posToOffset(from);
    const end = this.posToOffset(to ?? from);
    const cursor = this.posToOffset(this.sels[0].head);
    this.apply(this.text.slice(0, start) + replacement + this.text.slice(end), origin);
    const delta = replacement.length - (end - start);
    const moved = cursor >= end ? cursor + delta : cursor > start ? start + replacement.length : cursor;
    const pos = this.offsetToPos(moved);
    this.sels = [{ anchor: pos, head: pos }];
  }
  getCursor(side: 'from' | 'to' | 'head' | 'anchor' = 'head'): O.EditorPosition {
    const s = this.sels[0];
    if (side === 'anchor') return { ...s.anchor };
    if (side === 'head') return { ...s.head };
    const from = cmpPos(s.anchor, s.head) <= 0 ? s.anchor : s.head;
    const to = from === s.anchor ? s.head : s.anchor;
    return { ...(side === 'from' ? from : to) };
  }
  listSelections(): O.EditorSelection[] {
    return this.sels.map((s) => ({ anchor: { ...s.anchor }, head: { ...s.head } }));
  }
  setCursor(pos: O.EditorPosition | number, ch?: number): void {
    const p = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : pos;
    const c = clampPos(this.lines(), p);
    this.sels = [{ anchor: c, head: c }];
  }
  setSelection(anchor: O.EditorPosition, head?: O.EditorPosition): void {
    const lines = this.lines();
    this.sels = [{ anchor: clampPos(lines, anchor), head: clampPos(lines, head ?? anchor) }];
  }
  setSelections(ranges: O.EditorSelectionOrCaret[], main?: number): void {
    const lines = this.lines();
    const list = ranges.map((r) => ({ anchor: clampPos(lines, r.anchor), head: clampPos(lines, r.head ?? r.anchor) }));
    if (main !== undefined && list[main]) list.unshift(...list.splice(main, 1));
    if (list.length) this.sels = list;
  }
  focus(): void {
    this.focused = true;
  }
  blur(): void {
    this.focused = false;
  }
  hasFocus(): boolean {
    return this.focused;
  }
  getScrollInfo(): { top: number; left: number } {
    return { top: 0, left: 0 };
  }
  scrollTo(x?: number | null, y?: number | null): void {
    void x;
    void y;
  }
  scrollIntoView(range: O.EditorRange, center?: boolean): void {
    void range;
    void center;
  }
  undo(): void {
    const prev = this.history.pop();
    if (prev === undefined) return;
    this.future.push(this.text);
    this.text = prev;
    this.onChange(this);
  }
  redo(): void {
    const next = this.future.pop();
    if (next === undefined) return;
    this.history.push(this.text);
    this.text = next;
    this.onChange(this);
  }
  exec(command: O.EditorCommandName): void {
    const cur = this.getCursor();
    if (command === 'goStart') this.setCursor({ line: 0, ch: 0 });
    else if (command === 'goEnd') this.setCursor(this.offsetToPos(this.text.length));
    else if (command === 'deleteLine') {
      const lines = this.lines();
      lines.splice(cur.line, 1);
      this.apply(lines.join('\n'));
    } else if (command === 'newlineAndIndent') this.replaceSelection('\n');
  }
  transaction(tx: O.EditorTransaction, origin?: string): void {
    let text = this.text;
    const changes = (tx.changes ?? []).map((c) => ({ ...c, start: this.posToOffset(c.from), end: this.posToOffset(c.to ?? c.from) }));
    changes.sort((a, b) => b.start - a.start);
    for (const c of changes) text = text.slice(0, c.start) + c.text + text.slice(c.end);
    this.apply(text, origin);
    if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection, origin);
    const sel = tx.selection ?? tx.selections?.[0];
    if (tx.selections?.length) this.setSelections(tx.selections.map((s) => ({ anchor: s.from, head: s.to })));
    else if (sel) this.setSelection(sel.from, sel.to);
  }
  wordAt(pos: O.EditorPosition): O.EditorRange | null {
    const line = this.getLine(pos.line);
    let a = pos.ch;
    let b = pos.ch;
    while (a > 0 && /\w/.test(line[a - 1])) a--;
    while (b < line.length && /\w/.test(line[b])) b++;
    return a === b ? null : { from: { line: pos.line, ch: a }, to: { line: pos.line, ch: b } };
  }
  posToOffset(pos: O.EditorPosition): number {
    const lines = this.lines();
    const p = clampPos(lines, pos);
    let off = 0;
    for (let i = 0; i < p.line; i++) off += lines[i].length + 1;
    return off + p.ch;
  }
  offsetToPos(offset: number): O.EditorPosition {
    const lines = this.lines();
    let off = Math.max(0, Math.min(offset, this.text.length));
    for (let line = 0; line < lines.length; line++) {
      if (off <= lines[line].length) return { line, ch: off };
      off -= lines[line].length + 1;
    }
    return { line: lines.length - 1, ch: lines[lines.length - 1].length };
  }
  processLines<T>(
    read: (line: number, lineText: string) => T | null,
    write: (line: number, lineText: string, value: T | null) => O.EditorChange | void,
    ignoreEmpty = true,
  ): void {
    const changes: O.EditorChange[] = [];
    const lines = this.lines();
    for (let i = 0; i < lines.length; i++) {
      if (ignoreEmpty && lines[i] === '') continue;
      const value = read(i, lines[i]);
      const change = write(i, lines[i], value);
      if (change) changes.push(change);
    }
    if (changes.length) this.transaction({ changes });
  }
}

type MarkdownViewPick = Pick<O.MarkdownView, 'getViewType' | 'getMode' | 'getViewData' | 'setViewData' | 'clear' | 'showSearch' | 'hoverPopover'>;

/** A markdown tab in source mode; `editor` is the unsaved buffer. */
export class MarkdownView extends TextFileView implements MarkdownViewPick {
  editor: FakeEditor;
  hoverPopover: O.HoverPopover | null = null;
  /** Fake-only: 'source' (editing) or 'preview' (reading). */
  mode: O.MarkdownViewModeType = 'source';
  previewMode = {
    rerender: (full?: boolean) => {
      void full;
    },
  };
  currentMode = {
    get: () => this.editor.getValue(),
    set: (data: string) => this.editor._load(data),
  };

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.editor = new FakeEditor(() => {
      this.requestSave();
      this.app.workspace.trigger('editor-change', this.editor, this);
    });
    this.contentEl.classList.add('markdown-source-view');
  }

  getViewType(): string {
    return 'markdown';
  }
  getMode(): O.MarkdownViewModeType {
    return this.mode;
  }
  getViewData(): string {
    return this.editor.getValue();
  }
  setViewData(data: string, clear: boolean): void {
    void clear;
    this.editor._load(data);
    this.contentEl.setAttribute('data-text-length', String(data.length));
  }
  clear(): void {
    this.editor._load('');
  }
  showSearch(replace?: boolean): void {
    void replace;
  }
}

export class MarkdownRenderChild extends Component implements Pick<O.MarkdownRenderChild, 'containerEl'> {
  containerEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}

/**
 * Not Obsidian's renderer: paragraphs become `<p>`, headings `<hN>`, list lines `<li>`,
 * wikilinks `<a class="internal-link" data-href>`; enough to assert on text and links.
 */
export class MarkdownRenderer extends MarkdownRenderChild {
  static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
    void sourcePath;
    void component;
    const root = div('markdown-rendered', el);
    let list: HTMLElement | null = null;
    for (const block of markdown.split(/\n{2,}/)) {
      for (const line of block.split('\n')) {
        if (line.trim() === '') continue;
        const h = /^(#{1,6})\s+(.*)$/.exec(line);
        const li = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
        let target: HTMLElement;
        if (h) {
          list = null;
          target = document.createElement(`h${h[1].length}`);
          root.appendChild(target);
          appendInline(target, h[2]);
        } else if (li) {
          if (!list) list = root.appendChild(document.createElement('ul'));
          target = list.appendChild(document.createElement('li'));
          appendInline(target, li[1]);
        } else {
          list = null;
          target = root.appendChild(document.createElement('p'));
          appendInline(target, line);
        }
      }
      list = null;
    }
  }

  static async render(app: O.App, markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
    void app;
    await MarkdownRenderer.renderMarkdown(markdown, el, sourcePath, component);
  }
}

function appendInline(el: HTMLElement, text: string): void {
  const re = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) el.appendChild(document.createTextNode(text.slice(last, m.index)));
    const a = document.createElement('a');
    a.className = 'internal-link';
    a.setAttribute('data-href', m[1]);
    a.setAttribute('href', m[1]);
    a.textContent = m[2] ?? m[1];
    el.appendChild(a);
    last = m.index + m[0].length;
  }
  if (last < text.length) el.appendChild(document.createTextNode(text.slice(last)));
}
