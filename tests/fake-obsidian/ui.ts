/** Notice (recorded), Menu (rendered, clickable), Scope, Keymap, HoverPopover (OBSIDIAN-HOST §7). */
import type * as O from 'obsidian';
import { Component } from './component';
import { el, setContent, track } from './uiBase';
import { setIcon } from './utils';

// ---- Scope / Keymap ------------------------------------------------------------------

/** A registered key handler; `func` is what the keymap calls (Obsidian keeps it too). */
export type FakeKeymapEventHandler = O.KeymapEventHandler & { func: O.KeymapEventListener };

export class Scope implements O.Scope {
  /** Fake-only: registered handlers, for a test keymap to dispatch to. */
  readonly handlers: FakeKeymapEventHandler[] = [];
  constructor(readonly parent?: O.Scope) {}
  register(modifiers: O.Modifier[] | null, key: string | null, func: O.KeymapEventListener): FakeKeymapEventHandler {
    const handler: FakeKeymapEventHandler = { scope: this, modifiers: modifiers ? modifiers.join(',') : null, key, func };
    this.handlers.push(handler);
    return handler;
  }
  unregister(handler: O.KeymapEventHandler): void {
    const i = this.handlers.indexOf(handler as FakeKeymapEventHandler);
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
