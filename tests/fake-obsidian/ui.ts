/**
 * UI classes (OBSIDIAN-HOST §7): Modal, SuggestModal (choosing CLOSES FIRST: `onClose`
 * runs before `onChooseSuggestion`/`onChooseItem`), FuzzySuggestModal, popover
 * suggests, Setting and its components, Notice (recorded), Menu (rendered, clickable),
 * Scope, Keymap.
 */
import type * as O from 'obsidian';
import { Component } from './component';
import { reportListenerError } from './events';
import { prepareFuzzySearch, renderResults, setIcon } from './utils';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, parent?: HTMLElement | null): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  parent?.appendChild(e);
  return e;
}

function setContent(target: HTMLElement, content: string | DocumentFragment): void {
  while (target.firstChild) target.removeChild(target.firstChild);
  if (typeof content === 'string') target.textContent = content;
  else target.appendChild(content);
}

function track(result: unknown): void {
  if (result && typeof (result as Promise<unknown>).then === 'function') {
    pendingUi.push((result as Promise<unknown>).catch(reportListenerError));
  }
}

/** @internal async UI work (onOpen, suggestion updates, click handlers) the host awaits. */
export const pendingUi: Promise<unknown>[] = [];

// ---- Scope / Keymap ------------------------------------------------------------------

export class Scope implements O.Scope {
  /** Fake-only: registered handlers. */
  readonly handlers: O.KeymapEventHandler[] = [];
  constructor(readonly parent?: O.Scope) {}
  register(modifiers: O.Modifier[] | null, key: string | null, func: O.KeymapEventListener): O.KeymapEventHandler {
    const handler = { scope: this, modifiers: modifiers ? modifiers.join(',') : null, key, func } as O.KeymapEventHandler;
    this.handlers.push(handler);
    return handler;
  }
  unregister(handler: O.KeymapEventHandler): void {
    const i = this.handlers.indexOf(handler);
    if (i !== -1) this.handlers.splice(i, 1);
  }
}

export class Keymap implements Pick<O.Keymap, 'pushScope' | 'popScope'> {
  /** Fake-only */
  readonly scopes: O.Scope[] = [];
  pushScope(scope: O.Scope): void {
    this.scopes.push(scope);
  }
  popScope(scope: O.Scope): void {
    const i = this.scopes.lastIndexOf(scope);
    if (i !== -1) this.scopes.splice(i, 1);
  }
  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: O.Modifier): boolean {
    const e = evt as KeyboardEvent;
    switch (modifier) {
      case 'Mod':
        return e.ctrlKey || e.metaKey;
      case 'Ctrl':
        return e.ctrlKey;
      case 'Meta':
        return e.metaKey;
      case 'Shift':
        return e.shiftKey;
      case 'Alt':
        return e.altKey;
    }
  }
  static isModEvent(evt?: O.UserEvent | null): O.PaneType | boolean {
    if (!evt) return false;
    const e = evt as KeyboardEvent;
    if ((e.ctrlKey || e.metaKey) && e.altKey) return 'split';
    if (e.ctrlKey || e.metaKey) return 'tab';
    return false;
  }
}

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

// ---- Setting and components -----------------------------------------------------------------

export abstract class BaseComponent implements O.BaseComponent {
  disabled = false;
  then(cb: (component: this) => any): this {
    cb(this);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

export abstract class ValueComponent<T> extends BaseComponent implements Pick<O.ValueComponent<T>, 'registerOptionListener'> {
  registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
    listeners[key] = (value?: T) => {
      if (value !== undefined) this.setValue(value);
      return this.getValue();
    };
    return this;
  }
  abstract getValue(): T;
  abstract setValue(value: T): this;
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement>
  extends ValueComponent<string>
  implements Pick<O.AbstractTextComponent<T>, 'inputEl' | 'setDisabled' | 'getValue' | 'setValue' | 'setPlaceholder' | 'onChanged' | 'onChange'>
{
  inputEl: T;
  private changeCb: ((value: string) => any) | null = null;

  constructor(inputEl: T) {
    super();
    this.inputEl = inputEl;
    inputEl.addEventListener('input', () => this.onChanged());
  }
  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.inputEl.disabled = disabled;
    return this;
  }
  getValue(): string {
    return this.inputEl.value;
  }
  /** Does not fire `onChange` (only user input does). */
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
  setPlaceholder(placeholder: string): this {
    this.inputEl.placeholder = placeholder;
    return this;
  }
  onChanged(): void {
    track(this.changeCb?.(this.getValue()));
  }
  onChange(callback: (value: string) => any): this {
    this.changeCb = callback;
    return this;
  }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    const input = el('input', '', containerEl);
    input.type = 'text';
    super(input);
  }
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> implements Pick<O.SearchComponent, 'clearButtonEl'> {
  clearButtonEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    const wrap = el('div', 'search-input-container', containerEl);
    const input = el('input', '', wrap);
    input.type = 'search';
    super(input);
    this.clearButtonEl = el('div', 'search-input-clear-button', wrap);
    this.clearButtonEl.addEventListener('click', () => {
      this.setValue('');
      this.onChanged();
    });
  }
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    super(el('textarea', '', containerEl));
  }
}

export class MomentFormatComponent extends TextComponent {
  sampleEl: HTMLElement;
  private defaultFormat = '';
  constructor(containerEl: HTMLElement) {
    super(containerEl);
    this.sampleEl = el('span', 'u-pop', containerEl);
  }
  setDefaultFormat(defaultFormat: string): this {
    this.defaultFormat = defaultFormat;
    this.setPlaceholder(defaultFormat);
    return this;
  }
  setSampleEl(sampleEl: HTMLElement): this {
    this.sampleEl = sampleEl;
    return this;
  }
  updateSample(): void {
    this.sampleEl.textContent = this.getValue() || this.defaultFormat;
  }
}

export class ToggleComponent extends ValueComponent<boolean> implements Pick<O.ToggleComponent, 'toggleEl' | 'setDisabled' | 'getValue' | 'setValue' | 'setTooltip' | 'onClick' | 'onChange'> {
  toggleEl: HTMLElement;
  private on = false;
  private changeCb: ((value: boolean) => any) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = el('div', 'checkbox-container', containerEl);
    const input = el('input', '', this.toggleEl);
    input.type = 'checkbox';
    input.tabIndex = 0;
    this.toggleEl.addEventListener('click', (evt) => {
      evt.preventDefault();
      this.onClick();
    });
  }
  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.toggleEl.classList.toggle('is-disabled', disabled);
    return this;
  }
  getValue(): boolean {
    return this.on;
  }
  /** Fires `onChange` when the value changes (unconfirmed, believed to match Obsidian). */
  setValue(on: boolean): this {
    if (this.on === on) return this;
    this.on = on;
    this.toggleEl.classList.toggle('is-enabled', on);
    (this.toggleEl.querySelector('input') as HTMLInputElement).checked = on;
    track(this.changeCb?.(on));
    return this;
  }
  setTooltip(tooltip: string): this {
    this.toggleEl.setAttribute('aria-label', tooltip);
    return this;
  }
  onClick(): void {
    if (!this.disabled) this.setValue(!this.on);
  }
  onChange(callback: (value: boolean) => any): this {
    this.changeCb = callback;
    return this;
  }
}

export class DropdownComponent extends ValueComponent<string> implements Pick<O.DropdownComponent, 'selectEl' | 'setDisabled' | 'addOption' | 'addOptions' | 'getValue' | 'setValue' | 'onChange'> {
  selectEl: HTMLSelectElement;
  private changeCb: ((value: string) => any) | null = null;
  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = el('select', 'dropdown', containerEl);
    this.selectEl.addEventListener('change', () => track(this.changeCb?.(this.getValue())));
  }
  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.selectEl.disabled = disabled;
    return this;
  }
  addOption(value: string, display: string): this {
    const option = el('option', '', this.selectEl);
    option.value = value;
    option.textContent = display;
    return this;
  }
  addOptions(options: Record<string, string>): this {
    for (const [v, d] of Object.entries(options)) this.addOption(v, d);
    return this;
  }
  getValue(): string {
    return this.selectEl.value;
  }
  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }
  onChange(callback: (value: string) => any): this {
    this.changeCb = callback;
    return this;
  }
}

export class ButtonComponent extends BaseComponent
  implements Pick<O.ButtonComponent, 'buttonEl' | 'setDisabled' | 'setCta' | 'removeCta' | 'setWarning' | 'setDestructive' | 'removeDestructive' | 'setTooltip' | 'setButtonText' | 'setIcon' | 'setClass' | 'onClick'>
{
  buttonEl: HTMLButtonElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = el('button', '', containerEl);
  }
  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.buttonEl.disabled = disabled;
    return this;
  }
  setCta(): this {
    this.buttonEl.classList.add('mod-cta');
    return this;
  }
  removeCta(): this {
    this.buttonEl.classList.remove('mod-cta');
    return this;
  }
  setWarning(): this {
    this.buttonEl.classList.add('mod-warning');
    return this;
  }
  setDestructive(): this {
    this.buttonEl.classList.add('mod-destructive');
    return this;
  }
  removeDestructive(): this {
    this.buttonEl.classList.remove('mod-destructive');
    return this;
  }
  setTooltip(tooltip: string): this {
    this.buttonEl.setAttribute('aria-label', tooltip);
    return this;
  }
  setButtonText(name: string): this {
    this.buttonEl.textContent = name;
    return this;
  }
  setIcon(icon: string): this {
    setIcon(this.buttonEl, icon);
    return this;
  }
  setClass(cls: string): this {
    this.buttonEl.classList.add(cls);
    return this;
  }
  onClick(callback: (evt: MouseEvent) => unknown | Promise<unknown>): this {
    this.buttonEl.addEventListener('click', (evt) => {
      if (!this.disabled) track(callback(evt as MouseEvent));
    });
    return this;
  }
}

export class ExtraButtonComponent extends BaseComponent implements Pick<O.ExtraButtonComponent, 'extraSettingsEl' | 'setDisabled' | 'setTooltip' | 'setIcon' | 'onClick'> {
  extraSettingsEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = el('div', 'clickable-icon extra-setting-button', containerEl);
  }
  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.extraSettingsEl.classList.toggle('is-disabled', disabled);
    return this;
  }
  setTooltip(tooltip: string): this {
    this.extraSettingsEl.setAttribute('aria-label', tooltip);
    return this;
  }
  setIcon(icon: string): this {
    setIcon(this.extraSettingsEl, icon);
    return this;
  }
  onClick(callback: () => any): this {
    this.extraSettingsEl.addEventListener('click', () => {
      if (!this.disabled) track(callback());
    });
    return this;
  }
}

export class SliderComponent extends ValueComponent<number> implements Pick<O.SliderComponent, 'sliderEl' | 'setInstant' | 'setLimits' | 'getValue' | 'setValue' | 'getValuePretty' | 'setDisplayFormat' | 'setDynamicTooltip' | 'onChange'> {
  sliderEl: HTMLInputElement;
  private changeCb: ((value: number) => any) | null = null;
  private format: (value: number) => string = String;
  constructor(containerEl: HTMLElement) {
    super();
    this.sliderEl = el('input', 'slider', containerEl);
    this.sliderEl.type = 'range';
    this.sliderEl.addEventListener('input', () => track(this.changeCb?.(this.getValue())));
  }
  setInstant(instant: boolean): this {
    void instant;
    return this;
  }
  setLimits(min: number | null, max: number | null, step: number | 'any'): this {
    if (min !== null) this.sliderEl.min = String(min);
    if (max !== null) this.sliderEl.max = String(max);
    this.sliderEl.step = String(step);
    return this;
  }
  getValue(): number {
    return Number(this.sliderEl.value);
  }
  setValue(value: number): this {
    this.sliderEl.value = String(value);
    return this;
  }
  getValuePretty(): string {
    return this.format(this.getValue());
  }
  setDisplayFormat(format: (value: number) => string): this {
    this.format = format;
    return this;
  }
  setDynamicTooltip(): this {
    return this;
  }
  onChange(callback: (value: number) => any): this {
    this.changeCb = callback;
    return this;
  }
}

export class ColorComponent extends ValueComponent<string> implements Pick<O.ColorComponent, 'getValue' | 'getValueRgb' | 'getValueHsl' | 'setValue' | 'setValueRgb' | 'setValueHsl' | 'onChange'> {
  colorPickerEl: HTMLInputElement;
  private changeCb: ((value: string) => any) | null = null;
  constructor(containerEl: HTMLElement) {
    super();
    this.colorPickerEl = el('input', '', containerEl);
    this.colorPickerEl.type = 'color';
    this.colorPickerEl.addEventListener('input', () => track(this.changeCb?.(this.getValue())));
  }
  getValue(): string {
    return this.colorPickerEl.value;
  }
  getValueRgb(): O.RGB {
    const v = this.getValue().replace('#', '');
    return { r: parseInt(v.slice(0, 2), 16) || 0, g: parseInt(v.slice(2, 4), 16) || 0, b: parseInt(v.slice(4, 6), 16) || 0 };
  }
  getValueHsl(): O.HSL {
    const { r, g, b } = this.getValueRgb();
    const [R, G, B] = [r / 255, g / 255, b / 255];
    const max = Math.max(R, G, B);
    const min = Math.min(R, G, B);
    const l = (max + min) / 2;
    if (max === min) return { h: 0, s: 0, l: Math.round(l * 100) };
    const d = max - min;
    const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    let h = max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
    h *= 60;
    return { h: Math.round(h), s: Math.round(s * 100), l: Math.round(l * 100) };
  }
  setValue(value: string): this {
    this.colorPickerEl.value = value;
    return this;
  }
  setValueRgb(rgb: O.RGB): this {
    return this.setValue('#' + [rgb.r, rgb.g, rgb.b].map((n) => n.toString(16).padStart(2, '0')).join(''));
  }
  setValueHsl(hsl: O.HSL): this {
    const s = hsl.s / 100;
    const l = hsl.l / 100;
    const f = (n: number) => {
      const k = (n + hsl.h / 30) % 12;
      return Math.round(255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
    };
    return this.setValueRgb({ r: f(0), g: f(8), b: f(4) });
  }
  onChange(callback: (value: string) => any): this {
    this.changeCb = callback;
    return this;
  }
}

export class ProgressBarComponent extends ValueComponent<number> implements Pick<O.ProgressBarComponent, 'getValue' | 'setValue'> {
  progressBar: HTMLElement;
  private value = 0;
  constructor(containerEl: HTMLElement) {
    super();
    this.progressBar = el('div', 'setting-progress-bar', containerEl);
  }
  getValue(): number {
    return this.value;
  }
  setValue(value: number): this {
    this.value = value;
    this.progressBar.style.width = `${value}%`;
    return this;
  }
}

export class DisplayValueComponent implements O.DisplayValueComponent {
  valueEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    this.valueEl = el('div', 'setting-display-value', containerEl);
  }
  setValue(value: string | null): this {
    this.valueEl.textContent = value ?? '';
    return this;
  }
  setStatus(status: 'warning' | null): this {
    this.valueEl.classList.toggle('mod-warning', status === 'warning');
    return this;
  }
}

type SettingPick = Pick<
  O.Setting,
  | 'settingEl'
  | 'infoEl'
  | 'nameEl'
  | 'descEl'
  | 'controlEl'
  | 'setName'
  | 'setDesc'
  | 'setClass'
  | 'setTooltip'
  | 'setHeading'
  | 'setDisabled'
  | 'addButton'
  | 'addExtraButton'
  | 'addToggle'
  | 'addText'
  | 'addSearch'
  | 'addTextArea'
  | 'addMomentFormat'
  | 'addDropdown'
  | 'addSlider'
  | 'addColorPicker'
  | 'addProgressBar'
  | 'addDisplayValue'
  | 'addComponent'
  | 'setErrorMessage'
  | 'then'
  | 'clear'
>;

export class Setting implements SettingPick {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];
  errorEl: HTMLElement | null = null;

  constructor(containerEl: HTMLElement) {
    this.settingEl = el('div', 'setting-item', containerEl);
    this.infoEl = el('div', 'setting-item-info', this.settingEl);
    this.nameEl = el('div', 'setting-item-name', this.infoEl);
    this.descEl = el('div', 'setting-item-description', this.infoEl);
    this.controlEl = el('div', 'setting-item-control', this.settingEl);
  }

  setName(name: string | DocumentFragment): this {
    setContent(this.nameEl, name);
    return this;
  }
  setDesc(desc: string | DocumentFragment): this {
    setContent(this.descEl, desc);
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.classList.add(cls);
    return this;
  }
  setTooltip(tooltip: string): this {
    this.nameEl.setAttribute('aria-label', tooltip);
    return this;
  }
  setHeading(): this {
    this.settingEl.classList.add('setting-item-heading');
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.settingEl.classList.toggle('is-disabled', disabled);
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }
  setErrorMessage(message: string | null): this {
    if (message === null) {
      this.errorEl?.remove();
      this.errorEl = null;
    } else {
      this.errorEl ??= el('div', 'setting-item-error', this.infoEl);
      this.errorEl.textContent = message;
    }
    return this;
  }
  private add<C extends BaseComponent>(component: C, cb: (c: C) => any): this {
    this.components.push(component);
    cb(component);
    return this;
  }
  addButton(cb: (component: O.ButtonComponent) => any): this {
    return this.add(new ButtonComponent(this.controlEl), cb as (c: ButtonComponent) => any);
  }
  addExtraButton(cb: (component: O.ExtraButtonComponent) => any): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb as (c: ExtraButtonComponent) => any);
  }
  addToggle(cb: (component: O.ToggleComponent) => any): this {
    return this.add(new ToggleComponent(this.controlEl), cb as (c: ToggleComponent) => any);
  }
  addText(cb: (component: O.TextComponent) => any): this {
    return this.add(new TextComponent(this.controlEl), cb as unknown as (c: TextComponent) => any);
  }
  addSearch(cb: (component: O.SearchComponent) => any): this {
    return this.add(new SearchComponent(this.controlEl), cb as unknown as (c: SearchComponent) => any);
  }
  addTextArea(cb: (component: O.TextAreaComponent) => any): this {
    return this.add(new TextAreaComponent(this.controlEl), cb as unknown as (c: TextAreaComponent) => any);
  }
  addMomentFormat(cb: (component: O.MomentFormatComponent) => any): this {
    return this.add(new MomentFormatComponent(this.controlEl), cb as unknown as (c: MomentFormatComponent) => any);
  }
  addDropdown(cb: (component: O.DropdownComponent) => any): this {
    return this.add(new DropdownComponent(this.controlEl), cb as unknown as (c: DropdownComponent) => any);
  }
  addSlider(cb: (component: O.SliderComponent) => any): this {
    return this.add(new SliderComponent(this.controlEl), cb as unknown as (c: SliderComponent) => any);
  }
  addColorPicker(cb: (component: O.ColorComponent) => any): this {
    return this.add(new ColorComponent(this.controlEl), cb as unknown as (c: ColorComponent) => any);
  }
  addProgressBar(cb: (component: O.ProgressBarComponent) => any): this {
    return this.add(new ProgressBarComponent(this.controlEl), cb as unknown as (c: ProgressBarComponent) => any);
  }
  addDisplayValue(cb: (component: O.DisplayValueComponent) => any): this {
    cb(new DisplayValueComponent(this.controlEl));
    return this;
  }
  addComponent<T extends O.BaseComponent>(cb: (el: HTMLElement) => T): this {
    this.components.push(cb(this.controlEl) as unknown as BaseComponent);
    return this;
  }
  then(cb: (setting: this) => any): this {
    cb(this);
    return this;
  }
  clear(): this {
    this.controlEl.replaceChildren();
    this.components = [];
    return this;
  }
}

// ---- Notice -------------------------------------------------------------------------------

export class Notice implements Pick<O.Notice, 'noticeEl' | 'containerEl' | 'messageEl' | 'setMessage' | 'hide'> {
  /** Fake-only: every message shown (and every `setMessage`), oldest first. */
  static readonly messages: string[] = [];
  /** Fake-only */
  static clear(): void {
    Notice.messages.length = 0;
    document.querySelector('.notice-container')?.remove();
  }

  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  /** Fake-only: 0 means sticky. Notices are not hidden by timers here. */
  readonly duration: number | undefined;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.duration = duration;
    let container = document.querySelector('.notice-container') as HTMLElement | null;
    if (!container) container = el('div', 'notice-container', document.body);
    this.containerEl = container;
    this.noticeEl = el('div', 'notice', container);
    this.messageEl = el('div', 'notice-message', this.noticeEl);
    this.setMessage(message);
  }

  setMessage(message: string | DocumentFragment): this {
    const text = typeof message === 'string' ? message : (message.textContent ?? '');
    setContent(this.messageEl, message);
    Notice.messages.push(text);
    return this;
  }

  hide(): void {
    this.noticeEl.remove();
  }
}

// ---- Menu ----------------------------------------------------------------------------------

export class MenuItem
  implements Pick<O.MenuItem, 'setTitle' | 'setIcon' | 'setChecked' | 'setDisabled' | 'setWarning' | 'setIsLabel' | 'onClick' | 'setSection'>
{
  /** Fake-only fields, for assertions. */
  title = '';
  icon: string | null = null;
  checked: boolean | null = null;
  disabled = false;
  warning = false;
  isLabel = false;
  section = '';
  callback: ((evt: MouseEvent | KeyboardEvent) => any) | null = null;

  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === 'string' ? title : (title.textContent ?? '');
    return this;
  }
  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }
  setChecked(checked: boolean | null): this {
    this.checked = checked;
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
  setWarning(isWarning: boolean): this {
    this.warning = isWarning;
    return this;
  }
  setIsLabel(isLabel: boolean): this {
    this.isLabel = isLabel;
    return this;
  }
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => any): this {
    this.callback = callback;
    return this;
  }
  setSection(section: string): this {
    this.section = section;
    return this;
  }
}

export class MenuSeparator {}

export class Menu extends Component
  implements Pick<O.Menu, 'setNoIcon' | 'setUseNativeMenu' | 'addItem' | 'addSeparator' | 'setParentElement' | 'showAtMouseEvent' | 'showAtPosition' | 'hide' | 'close' | 'onHide'>
{
  /** Fake-only: menus shown so far, latest last. */
  static readonly shown: Menu[] = [];
  /** Fake-only: items and separators in order. */
  readonly items: (MenuItem | MenuSeparator)[] = [];
  /** Fake-only: the rendered menu while shown. */
  dom: HTMLElement | null = null;
  private hideCallbacks: (() => any)[] = [];
  private parentEl: HTMLElement | null = null;

  static forEvent(evt: PointerEvent | MouseEvent): Menu {
    void evt;
    return new Menu();
  }

  setNoIcon(): this {
    return this;
  }
  setUseNativeMenu(useNativeMenu: boolean): this {
    void useNativeMenu;
    return this;
  }
  addItem(cb: (item: O.MenuItem) => any): this {
    const item = new MenuItem();
    this.items.push(item);
    cb(item as unknown as O.MenuItem);
    return this;
  }
  addSeparator(): this {
    this.items.push(new MenuSeparator());
    return this;
  }
  setParentElement(el: HTMLElement): this {
    this.parentEl = el;
    return this;
  }
  showAtMouseEvent(evt: MouseEvent): this {
    return this.showAtPosition({ x: evt.clientX ?? 0, y: evt.clientY ?? 0 });
  }
  /** Renders `.menu > .menu-item` into `document.body`; clicking an item runs it and hides the menu. */
  showAtPosition(position: O.MenuPositionDef, doc?: Document): this {
    this.hideDom();
    const d = doc ?? document;
    const menu = d.createElement('div');
    menu.className = 'menu';
    menu.style.left = `${position.x}px`;
    menu.style.top = `${position.y}px`;
    const scroll = el('div', 'menu-scroll', menu);
    for (const item of this.items) {
      if (item instanceof MenuSeparator) {
        el('div', 'menu-separator', scroll);
        continue;
      }
      const row = el('div', 'menu-item', scroll);
      if (item.section) row.setAttribute('data-section', item.section);
      if (item.disabled) row.classList.add('is-disabled');
      if (item.warning) row.classList.add('is-warning');
      if (item.isLabel) row.classList.add('is-label');
      if (item.checked) row.classList.add('mod-checked');
      const icon = el('div', 'menu-item-icon', row);
      if (item.icon) setIcon(icon, item.icon);
      el('div', 'menu-item-title', row).textContent = item.title;
      row.addEventListener('click', (evt) => {
        if (item.disabled || item.isLabel) return;
        this.hide();
        track(item.callback?.(evt as MouseEvent));
      });
    }
    (this.parentEl ?? d.body).appendChild(menu);
    this.dom = menu;
    this.load();
    Menu.shown.push(this);
    return this;
  }
  private hideDom(): void {
    this.dom?.remove();
    this.dom = null;
  }
  hide(): this {
    if (!this.dom) return this;
    this.hideDom();
    for (const cb of this.hideCallbacks) cb();
    this.unload();
    return this;
  }
  close(): void {
    this.hide();
  }
  onHide(callback: () => any): void {
    this.hideCallbacks.push(callback);
  }
  onHistoryBack(): void {
    this.hide();
  }
}

export class HoverPopover extends Component implements Pick<O.HoverPopover, 'hoverEl'> {
  hoverEl: HTMLElement;
  state = 0;
  constructor(
    readonly parent: O.HoverParent,
    readonly targetEl: HTMLElement | null,
    waitTime?: number,
  ) {
    super();
    void waitTime;
    this.hoverEl = el('div', 'popover hover-popover');
  }
}
