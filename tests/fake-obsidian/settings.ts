/** `Setting` and its components (OBSIDIAN-HOST §7). Only user input fires `onChange` on text fields. */
import type * as O from 'obsidian';
import { el, setContent, track } from './uiBase';
import { setIcon } from './utils';

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
      // A click on the checkbox itself (Space on it, a tap) is left to toggle it: cancelling it
      // would make the browser put `checked` back after setValue, against the toggle's state.
      if (evt.target !== input) evt.preventDefault();
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
