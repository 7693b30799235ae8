/**
 * Modals and suggesters (OBSIDIAN-HOST §7). Choosing a suggestion CLOSES FIRST:
 * `onClose` runs before `onChooseSuggestion`/`onChooseItem`.
 */
import type * as O from 'obsidian';
import { reportListenerError } from './events';
import { el, pendingUi, setContent, track } from './uiBase';
import { Scope } from './ui';
import { prepareFuzzySearch, renderResults } from './utils';

// ---- Modal -------------------------------------------------------------------------

/** Fake-only: modals currently open, oldest first. */
export const openModals: Modal[] = [];

type ModalPick = Pick<
  O.Modal,
  'containerEl' | 'modalEl' | 'titleEl' | 'contentEl' | 'shouldRestoreSelection' | 'open' | 'close' | 'onOpen' | 'onClose' | 'setTitle' | 'setContent' | 'setCloseCallback'
>;

export class Modal implements ModalPick {
  app: O.App;
  scope: Scope = new Scope();
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = true;
  /** Fake-only */
  isOpen = false;
  private closeCallback: (() => unknown) | null = null;

  constructor(app: O.App) {
    this.app = app;
    this.containerEl = el('div', 'modal-container mod-dim');
    el('div', 'modal-bg', this.containerEl);
    this.modalEl = el('div', 'modal', this.containerEl);
    const closeButton = el('div', 'modal-close-button', this.modalEl);
    closeButton.addEventListener('click', () => this.close());
    const header = el('div', 'modal-header', this.modalEl);
    this.titleEl = el('div', 'modal-title', header);
    this.contentEl = el('div', 'modal-content', this.modalEl);
    this.containerEl.addEventListener('keydown', (evt) => {
      if ((evt as KeyboardEvent).key === 'Escape') this.close();
    });
  }

  /** Attaches to `document.body`, then runs `onOpen`. */
  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    document.body.appendChild(this.containerEl);
    openModals.push(this);
    track(this.onOpen());
  }

  /** Detaches, then runs `onClose`, then the close callback. Idempotent. */
  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.containerEl.remove();
    const i = openModals.indexOf(this);
    if (i !== -1) openModals.splice(i, 1);
    this.onClose();
    this.closeCallback?.();
  }

  onOpen(): Promise<void> | void {}
  onClose(): void {}

  setTitle(title: string): this {
    this.titleEl.textContent = title;
    return this;
  }
  setContent(content: string | DocumentFragment): this {
    setContent(this.contentEl, content);
    return this;
  }
  setCloseCallback(callback: () => any): this {
    this.closeCallback = callback;
    return this;
  }
  onHistoryBack(): void {
    this.close();
  }
}

// ---- SuggestModal ---------------------------------------------------------------------

type SuggestPick<T> = Pick<
  O.SuggestModal<T>,
  'limit' | 'emptyStateText' | 'inputEl' | 'resultContainerEl' | 'setPlaceholder' | 'setInstructions' | 'onNoSuggestion' | 'selectSuggestion' | 'selectActiveSuggestion'
>;

export abstract class SuggestModal<T> extends Modal implements SuggestPick<T> {
  limit = 100;
  emptyStateText = 'No results found.';
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  /** Fake-only: the suggestions on screen, in order. */
  values: T[] = [];
  /** Fake-only: index of the highlighted suggestion. */
  selected = 0;
  /** Fake-only: settles when the latest `getSuggestions` has been rendered. */
  lastUpdate: Promise<void> = Promise.resolve();
  private instructionsEl: HTMLElement;
  private updateSeq = 0;

  constructor(app: O.App) {
    super(app);
    this.modalEl.classList.add('prompt');
    this.modalEl.querySelector('.modal-header')?.remove();
    this.contentEl.remove();
    const inputContainer = el('div', 'prompt-input-container', this.modalEl);
    this.inputEl = el('input', 'prompt-input', inputContainer);
    this.inputEl.type = 'text';
    this.resultContainerEl = el('div', 'prompt-results', this.modalEl);
    this.instructionsEl = el('div', 'prompt-instructions', this.modalEl);
    this.inputEl.addEventListener('input', () => {
      void this.updateSuggestions();
    });
    this.inputEl.addEventListener('keydown', (evt) => {
      const key = (evt as KeyboardEvent).key;
      if (key === 'Enter') {
        evt.preventDefault();
        this.selectActiveSuggestion(evt as KeyboardEvent);
      } else if (key === 'ArrowDown') this.setSelected(Math.min(this.selected + 1, this.values.length - 1));
      else if (key === 'ArrowUp') this.setSelected(Math.max(this.selected - 1, 0));
    });
  }

  override open(): void {
    super.open();
    this.inputEl.focus();
    void this.updateSuggestions();
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(instructions: O.Instruction[]): void {
    this.instructionsEl.replaceChildren();
    for (const ins of instructions) {
      const row = el('div', 'prompt-instruction', this.instructionsEl);
      el('span', 'prompt-instruction-command', row).textContent = ins.command;
      el('span', '', row).textContent = ins.purpose;
    }
  }

  onNoSuggestion(): void {}

  /** Fake-only (Obsidian does this on input): fetch and render suggestions for the input's text. */
  updateSuggestions(): Promise<void> {
    const seq = ++this.updateSeq;
    const run = (async () => {
      const list = await this.getSuggestions(this.inputEl.value);
      if (seq !== this.updateSeq) return;
      this.render(list);
    })();
    this.lastUpdate = run.catch(reportListenerError);
    pendingUi.push(this.lastUpdate);
    return this.lastUpdate;
  }

  private render(list: T[]): void {
    this.resultContainerEl.replaceChildren();
    this.values = list.slice(0, this.limit);
    this.selected = 0;
    if (this.values.length === 0) {
      el('div', 'suggestion-empty', this.resultContainerEl).textContent = this.emptyStateText;
      this.onNoSuggestion();
      return;
    }
    this.values.forEach((value, i) => {
      const item = el('div', 'suggestion-item', this.resultContainerEl);
      if (i === 0) item.classList.add('is-selected');
      this.renderSuggestion(value, item);
      item.addEventListener('mousemove', () => this.setSelected(i));
      item.addEventListener('click', (evt) => this.selectSuggestion(value, evt as MouseEvent));
    });
  }

  private setSelected(i: number): void {
    if (i < 0) return;
    this.selected = i;
    Array.from(this.resultContainerEl.children).forEach((c, k) => c.classList.toggle('is-selected', k === i));
  }

  /** Closes FIRST, then `onChooseSuggestion` (Obsidian's order). */
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    track(this.onChooseSuggestion(value, evt));
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const value = this.values[this.selected];
    if (value !== undefined) this.selectSuggestion(value, evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<O.FuzzyMatch<T>> {
  getSuggestions(query: string): O.FuzzyMatch<T>[] {
    const items = this.getItems();
    if (query.trim() === '') return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
    const search = prepareFuzzySearch(query);
    const out: O.FuzzyMatch<T>[] = [];
    for (const item of items) {
      const match = search(this.getItemText(item));
      if (match) out.push({ item, match });
    }
    return out.sort((a, b) => b.match.score - a.match.score);
  }
  renderSuggestion(item: O.FuzzyMatch<T>, el: HTMLElement): void {
    renderResults(el, this.getItemText(item.item), item.match);
  }
  onChooseSuggestion(item: O.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

// ---- popover suggests -------------------------------------------------------------------

export abstract class PopoverSuggest<T> implements Pick<O.PopoverSuggest<T>, 'app' | 'scope' | 'open' | 'close'> {
  app: O.App;
  scope: O.Scope;
  suggestEl: HTMLElement;
  /** Fake-only */
  isOpen = false;
  /** Fake-only: the suggestions on screen. */
  values: T[] = [];

  constructor(app: O.App, scope?: O.Scope) {
    this.app = app;
    this.scope = scope ?? new Scope();
    this.suggestEl = el('div', 'suggestion-container');
    el('div', 'suggestion', this.suggestEl);
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    document.body.appendChild(this.suggestEl);
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.suggestEl.remove();
  }

  onHistoryBack(): void {
    this.close();
  }

  /** @internal */
  protected showSuggestions(list: T[], limit: number): void {
    const box = this.suggestEl.firstElementChild as HTMLElement;
    box.replaceChildren();
    this.values = list.slice(0, limit);
    this.values.forEach((value, i) => {
      const item = el('div', 'suggestion-item', box);
      if (i === 0) item.classList.add('is-selected');
      this.renderSuggestion(value, item);
      item.addEventListener('click', (evt) => this.selectSuggestion(value, evt as MouseEvent));
    });
  }

  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> implements Pick<O.AbstractInputSuggest<T>, 'limit' | 'setValue' | 'getValue'> {
  limit = 100;
  /** Fake-only: settles when the latest suggestions are rendered. */
  lastUpdate: Promise<void> = Promise.resolve();
  private selectCb: ((value: T, evt: MouseEvent | KeyboardEvent) => any) | null = null;

  constructor(
    app: O.App,
    protected textInputEl: HTMLInputElement | HTMLDivElement,
  ) {
    super(app);
    const update = () => {
      this.open();
      this.lastUpdate = (async () => {
        this.showSuggestions(await this.getSuggestions(this.getValue()), this.limit);
      })().catch(reportListenerError);
      pendingUi.push(this.lastUpdate);
    };
    textInputEl.addEventListener('input', update);
    textInputEl.addEventListener('focus', update);
  }

  setValue(value: string): void {
    if (this.textInputEl instanceof HTMLInputElement || 'value' in this.textInputEl) (this.textInputEl as HTMLInputElement).value = value;
    else (this.textInputEl as HTMLElement).textContent = value;
  }

  getValue(): string {
    const t = this.textInputEl as HTMLInputElement;
    return typeof t.value === 'string' ? t.value : (t.textContent ?? '');
  }

  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => any): this {
    this.selectCb = callback;
    return this;
  }

  /** Calls the `onSelect` callback, then closes (order unconfirmed). */
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    track(this.selectCb?.(value, evt));
    this.close();
  }

  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
}

export abstract class EditorSuggest<T> extends PopoverSuggest<T> implements Pick<O.EditorSuggest<T>, 'context' | 'limit' | 'setInstructions'> {
  context: O.EditorSuggestContext | null = null;
  limit = 100;
  setInstructions(instructions: O.Instruction[]): void {
    void instructions;
  }
  abstract onTrigger(cursor: O.EditorPosition, editor: O.Editor, file: O.TFile | null): O.EditorSuggestTriggerInfo | null;
  abstract getSuggestions(context: O.EditorSuggestContext): T[] | Promise<T[]>;
}
