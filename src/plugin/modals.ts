import { FuzzySuggestModal, Modal, Notice, Setting, prepareFuzzySearch, type App } from 'obsidian';
import type { Day } from '../core/types';
import type { PersonCard } from '../core/person';
import type { Settings } from '../core/settings';
import { parseDay } from '../core/dates';
import { parseCadence } from '../core/cadence';
import { CHANNEL_WORDS } from '../core/channels';
import type { Channel } from '../core/types';
import type { Translate } from './strings';

/** Picks one person by fuzzy search on names and aliases. */
export class PersonSuggestModal extends FuzzySuggestModal<PersonCard> {
  constructor(app: App, private readonly people: () => PersonCard[], tr: Translate, private readonly chosen: (p: PersonCard) => void) {
    super(app);
    this.setPlaceholder(tr('modal.pick.placeholder'));
  }

  getItems(): PersonCard[] {
    return this.people();
  }

  getItemText(p: PersonCard): string {
    const others = p.aliases.filter((a) => a !== p.name);
    return others.length > 0 ? `${p.name} (${others.join(', ')})` : p.name;
  }

  onChooseItem(p: PersonCard): void {
    this.chosen(p);
  }
}

/** People in the log-meeting picker: existing notes, or names to create. */
export type PickedPerson = { kind: 'existing'; card: PersonCard } | { kind: 'new'; name: string };

export interface LogMeetingResult {
  people: PickedPerson[];
  day: Day;
  channel: Channel | null;
  text: string;
  tags: string[];
  meetingNote: boolean;
}

interface Candidate {
  card: PersonCard;
  score: number;
}

/** Ranks people for a query: fuzzy on the name and every alias, best score kept. */
export function searchPeople(people: PersonCard[], query: string, limit: number): PersonCard[] {
  const q = query.trim();
  if (q === '') return [];
  const fuzzy = prepareFuzzySearch(q);
  const found: Candidate[] = [];
  for (const card of people) {
    let best: number | null = null;
    for (const text of [card.name, ...card.aliases]) {
      const r = fuzzy(text);
      if (r && (best === null || r.score > best)) best = r.score;
    }
    if (best !== null) found.push({ card, score: best });
  }
  found.sort((a, b) => b.score - a.score || a.card.name.localeCompare(b.card.name));
  return found.slice(0, limit).map((c) => c.card);
}

/**
 * Log meeting: one or several people (fuzzy search, or a new name), the day, the channel, a
 * summary and the meaning tags, and optionally a meeting note.
 */
export class LogMeetingModal extends Modal {
  private picked: PickedPerson[] = [];
  private day: string;
  private channel: Channel | null;
  private text = '';
  private flags = { awaiting: false, favorAsked: false, favorGiven: false, intro: false };
  private meetingNote = false;
  private suggestions: (PersonCard | { create: string })[] = [];
  private highlighted = 0;
  private chipsEl!: HTMLElement;
  private suggestEl!: HTMLElement;
  private searchEl!: HTMLInputElement;

  constructor(
    app: App,
    private readonly opts: {
      people: () => PersonCard[];
      settings: Settings;
      today: Day;
      tr: Translate;
      preselected?: PersonCard[];
      defaultChannel?: Channel | null;
      onSubmit: (r: LogMeetingResult) => Promise<void>;
    },
  ) {
    super(app);
    this.day = opts.today;
    this.channel = opts.defaultChannel ?? 'meeting';
    for (const card of opts.preselected ?? []) this.picked.push({ kind: 'existing', card });
  }

  onOpen(): void {
    const tr = this.opts.tr;
    this.modalEl.addClass('reconnect-modal');
    const pre = this.opts.preselected ?? [];
    this.setTitle(pre.length === 1 ? tr('modal.log.titleOne', { name: pre[0].name }) : tr('modal.log.title'));
    const el = this.contentEl;
    el.empty();

    const peopleSetting = new Setting(el).setName(tr('modal.log.people')).setDesc(tr('modal.log.peopleDesc'));
    peopleSetting.settingEl.addClass('reconnect-people-setting');
    const picker = el.createDiv({ cls: 'reconnect-picker' });
    this.chipsEl = picker.createDiv({ cls: 'reconnect-chips' });
    this.searchEl = picker.createEl('input', { type: 'text', cls: 'reconnect-picker-input', placeholder: tr('modal.log.search') });
    this.searchEl.setAttr('aria-label', tr('modal.log.search'));
    this.suggestEl = picker.createDiv({ cls: 'reconnect-suggestions' });
    this.searchEl.addEventListener('input', () => this.updateSuggestions());
    this.searchEl.addEventListener('keydown', (e) => this.onSearchKey(e));
    this.renderChips();

    new Setting(el).setName(tr('modal.log.date')).addText((text) => {
      text.inputEl.type = 'date';
      text.inputEl.addClass('reconnect-date-input');
      text.setValue(this.day).onChange((v) => (this.day = v));
    });
    new Setting(el).setName(tr('modal.log.channel')).addDropdown((dd) => {
      dd.addOption('', tr('channel.none'));
      for (const c of CHANNEL_WORDS) dd.addOption(c, c);
      dd.setValue(this.channel ?? '').onChange((v) => (this.channel = v === '' ? null : (v as Channel)));
    });
    new Setting(el).setName(tr('modal.log.summary')).addTextArea((ta) => {
      ta.setPlaceholder(tr('modal.log.summaryPlaceholder')).onChange((v) => (this.text = v));
      ta.inputEl.rows = 3;
      ta.inputEl.addClass('reconnect-summary');
    });
    const toggles: [keyof LogMeetingModal['flags'], string][] = [
      ['awaiting', 'modal.log.awaiting'],
      ['favorAsked', 'modal.log.favorAsked'],
      ['favorGiven', 'modal.log.favorGiven'],
      ['intro', 'modal.log.intro'],
    ];
    for (const [key, label] of toggles) {
      new Setting(el).setName(tr(label)).addToggle((tg) => tg.setValue(this.flags[key]).onChange((v) => (this.flags[key] = v)));
    }
    new Setting(el)
      .setName(tr('modal.log.meetingNote'))
      .setDesc(tr('modal.log.meetingNoteDesc', { folder: this.opts.settings.meetingsFolder || '/' }))
      .addToggle((tg) => tg.setValue(this.meetingNote).onChange((v) => (this.meetingNote = v)));
    new Setting(el)
      .addButton((b) => b.setButtonText(tr('modal.cancel')).onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(tr('modal.log.save'))
          .setCta()
          .onClick(() => void this.submit()),
      );
    this.scope.register(['Mod'], 'Enter', () => {
      void this.submit();
      return false;
    });
    window.setTimeout(() => this.searchEl.focus(), 0);
  }

  private renderChips(): void {
    this.chipsEl.empty();
    for (const p of this.picked) {
      const name = p.kind === 'existing' ? p.card.name : p.name;
      const chip = this.chipsEl.createSpan({ cls: ['reconnect-chip', p.kind === 'new' ? 'is-new' : 'is-existing'], text: name });
      const x = chip.createEl('button', { cls: 'reconnect-chip-remove', text: '×' });
      x.setAttr('aria-label', this.opts.tr('modal.log.remove', { name }));
      x.addEventListener('click', () => {
        this.picked = this.picked.filter((q) => q !== p);
        this.renderChips();
      });
    }
  }

  private isPicked(card: PersonCard): boolean {
    return this.picked.some((p) => p.kind === 'existing' && p.card.path === card.path);
  }

  private updateSuggestions(): void {
    const q = this.searchEl.value.trim();
    const found = searchPeople(this.opts.people(), q, 8).filter((c) => !this.isPicked(c));
    this.suggestions = [...found];
    const exact = found.some((c) => [c.name, ...c.aliases].some((n) => n.toLowerCase() === q.toLowerCase()));
    if (q !== '' && !exact) this.suggestions.push({ create: q });
    this.highlighted = 0;
    this.renderSuggestions();
  }

  private renderSuggestions(): void {
    this.suggestEl.empty();
    this.suggestions.forEach((s, i) => {
      const item = this.suggestEl.createDiv({ cls: 'reconnect-suggestion suggestion-item' });
      if (i === this.highlighted) item.addClass('is-selected');
      if ('create' in s) {
        item.addClass('is-create');
        item.setText(this.opts.tr('modal.log.create', { name: s.create }));
      } else {
        item.createSpan({ cls: 'reconnect-suggestion-name', text: s.name });
        const others = s.aliases.filter((a) => a !== s.name);
        if (others.length > 0) item.createSpan({ cls: 'reconnect-suggestion-alias', text: others.join(', ') });
      }
      item.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.choose(i);
      });
    });
  }

  private onSearchKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' && this.suggestions.length > 0) {
      this.highlighted = (this.highlighted + 1) % this.suggestions.length;
      this.renderSuggestions();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && this.suggestions.length > 0) {
      this.highlighted = (this.highlighted - 1 + this.suggestions.length) % this.suggestions.length;
      this.renderSuggestions();
      e.preventDefault();
    } else if (e.key === 'Enter' && !e.metaKey && !e.ctrlKey && this.suggestions.length > 0) {
      this.choose(this.highlighted);
      e.preventDefault();
    } else if (e.key === 'Backspace' && this.searchEl.value === '' && this.picked.length > 0) {
      this.picked.pop();
      this.renderChips();
    }
  }

  private choose(i: number): void {
    const s = this.suggestions[i];
    if (!s) return;
    if ('create' in s) {
      if (!this.picked.some((p) => p.kind === 'new' && p.name.toLowerCase() === s.create.toLowerCase())) this.picked.push({ kind: 'new', name: s.create });
    } else {
      this.picked.push({ kind: 'existing', card: s });
    }
    this.searchEl.value = '';
    this.suggestions = [];
    this.renderSuggestions();
    this.renderChips();
    this.searchEl.focus();
  }

  private async submit(): Promise<void> {
    const tr = this.opts.tr;
    const day = parseDay(this.day);
    if (day === null || !/^\d{4}-\d{2}-\d{2}$/.test(this.day)) {
      new Notice(tr('notice.badDate', { value: this.day }));
      return;
    }
    if (this.picked.length === 0) {
      new Notice(tr('notice.noPeople'));
      return;
    }
    const tags: string[] = [];
    if (this.flags.awaiting) tags.push('awaiting-reply');
    if (this.flags.favorAsked) tags.push('favor/asked');
    if (this.flags.favorGiven) tags.push('favor/given');
    if (this.flags.intro) tags.push('intro');
    const result: LogMeetingResult = { people: this.picked, day, channel: this.channel, text: this.text.trim(), tags, meetingNote: this.meetingNote };
    this.close();
    await this.opts.onSubmit(result);
  }

  onClose(): void {
    this.contentEl.empty();
  }
}

/** New person: a name, a bucket, a cadence. */
export class NewPersonModal extends Modal {
  private name = '';
  private bucket = '';
  private cadence = '';

  constructor(app: App, private readonly opts: { settings: Settings; tr: Translate; initialName?: string; onSubmit: (p: { name: string; bucket: string; cadence: string }) => Promise<void> }) {
    super(app);
    this.name = opts.initialName ?? '';
  }

  onOpen(): void {
    const tr = this.opts.tr;
    this.modalEl.addClass('reconnect-modal');
    this.setTitle(tr('modal.person.title'));
    const el = this.contentEl;
    el.empty();
    new Setting(el).setName(tr('modal.person.name')).addText((t) => {
      t.setValue(this.name).onChange((v) => (this.name = v));
      t.inputEl.addClass('reconnect-person-name');
      window.setTimeout(() => t.inputEl.focus(), 0);
    });
    new Setting(el)
      .setName(tr('modal.person.bucket'))
      .setDesc(tr('modal.person.bucketDesc'))
      .addDropdown((dd) => {
        dd.addOption('', '—');
        for (const [name, cadence] of Object.entries(this.opts.settings.buckets)) dd.addOption(name, `${name} (${cadence})`);
        dd.setValue(this.bucket).onChange((v) => (this.bucket = v));
      });
    new Setting(el)
      .setName(tr('modal.person.cadence'))
      .setDesc(tr('modal.person.cadenceDesc'))
      .addText((t) => t.setPlaceholder(tr('modal.person.cadencePlaceholder')).onChange((v) => (this.cadence = v)));
    new Setting(el)
      .addButton((b) => b.setButtonText(tr('modal.cancel')).onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(tr('modal.person.create'))
          .setCta()
          .onClick(() => void this.submit()),
      );
    this.scope.register([], 'Enter', () => {
      void this.submit();
      return false;
    });
  }

  private async submit(): Promise<void> {
    const tr = this.opts.tr;
    const name = this.name.trim();
    if (name === '') {
      new Notice(tr('notice.badName'));
      return;
    }
    const cadence = this.cadence.trim();
    if (cadence !== '' && parseCadence(cadence).kind === 'invalid') {
      new Notice(tr('modal.person.badCadence', { value: cadence }));
      return;
    }
    this.close();
    await this.opts.onSubmit({ name, bucket: this.bucket, cadence });
  }

  onClose(): void {
    this.contentEl.empty();
  }
}

/** Snooze until a chosen day. */
export class SnoozeUntilModal extends Modal {
  private value: string;

  constructor(app: App, private readonly opts: { name: string; initial: Day; tr: Translate; onSubmit: (day: Day) => Promise<void> }) {
    super(app);
    this.value = opts.initial;
  }

  onOpen(): void {
    const tr = this.opts.tr;
    this.modalEl.addClass('reconnect-modal');
    this.setTitle(tr('modal.snooze.title', { name: this.opts.name }));
    new Setting(this.contentEl).setName(tr('modal.snooze.until')).addText((t) => {
      t.inputEl.type = 'date';
      t.inputEl.addClass('reconnect-date-input');
      t.setValue(this.value).onChange((v) => (this.value = v));
    });
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText(tr('modal.cancel')).onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(tr('modal.snooze.save'))
          .setCta()
          .onClick(() => void this.submit()),
      );
  }

  private async submit(): Promise<void> {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(this.value) ? parseDay(this.value) : null;
    if (day === null) {
      new Notice(this.opts.tr('notice.badDate', { value: this.value }));
      return;
    }
    this.close();
    await this.opts.onSubmit(day);
  }

  onClose(): void {
    this.contentEl.empty();
  }
}

/** Snooze…: how long, as a quick pick. */
export class SnoozeChoiceModal extends FuzzySuggestModal<{ label: string; run: () => void }> {
  constructor(app: App, private readonly choices: { label: string; run: () => void }[], placeholder: string) {
    super(app);
    this.setPlaceholder(placeholder);
  }

  getItems(): { label: string; run: () => void }[] {
    return this.choices;
  }

  getItemText(c: { label: string }): string {
    return c.label;
  }

  onChooseItem(c: { run: () => void }): void {
    c.run();
  }
}
