import { Modal, Notice, Setting, type App } from 'obsidian';
import type { Day } from '../core/types';
import type { PersonCard } from '../core/person';
import { parseDay } from '../core/dates';
import type { Translate } from './strings';
import { searchPeople } from './modals';

/** One quick line of the modal: a name (an existing person, or a new one) and a few words. */
export interface EventLine {
  name: string;
  context: string;
  existing: PersonCard | null;
}

export interface LogEventResult {
  name: string;
  date: Day;
  where: string;
  goal: string;
  people: EventLine[];
}

/**
 * Log event: the event (name, day, where, goal) and the people met, one quick line each, with
 * existing people suggested by fuzzy search on names and aliases.
 */
export class LogEventModal extends Modal {
  private name = '';
  private date: string;
  private where = '';
  private goal = '';
  lines: EventLine[] = [];
  private linesEl!: HTMLElement;

  constructor(
    app: App,
    private readonly opts: {
      people: () => PersonCard[];
      findExact: (name: string) => PersonCard[];
      today: Day;
      tr: Translate;
      onSubmit: (r: LogEventResult) => Promise<void>;
    },
  ) {
    super(app);
    this.date = opts.today;
  }

  onOpen(): void {
    const tr = this.opts.tr;
    this.modalEl.addClass('reconnect-modal', 'reconnect-event-modal');
    this.setTitle(tr('event.title'));
    const el = this.contentEl;
    el.empty();
    new Setting(el).setName(tr('event.name')).addText((t) => {
      t.setPlaceholder(tr('event.namePlaceholder')).onChange((v) => (this.name = v));
      t.inputEl.addClass('reconnect-event-name');
      window.setTimeout(() => t.inputEl.focus(), 0);
    });
    new Setting(el).setName(tr('modal.log.date')).addText((t) => {
      t.inputEl.type = 'date';
      t.inputEl.addClass('reconnect-date-input');
      t.setValue(this.date).onChange((v) => (this.date = v));
    });
    new Setting(el).setName(tr('event.where')).addText((t) => t.onChange((v) => (this.where = v)));
    new Setting(el)
      .setName(tr('event.goalField'))
      .setDesc(tr('event.goalDesc'))
      .addText((t) => t.setPlaceholder(tr('event.goalPlaceholder')).onChange((v) => (this.goal = v)));
    new Setting(el).setName(tr('event.people')).setDesc(tr('event.peopleDesc')).setHeading();
    this.linesEl = el.createDiv({ cls: 'reconnect-event-lines' });
    this.addLine();
    new Setting(el)
      .addButton((b) => b.setButtonText(tr('event.addPerson')).onClick(() => this.addLine()))
      .addButton((b) => b.setButtonText(tr('modal.cancel')).onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(tr('event.save'))
          .setCta()
          .onClick(() => void this.submit()),
      );
    this.scope.register(['Mod'], 'Enter', () => {
      void this.submit();
      return false;
    });
  }

  /** Adds a line for one more person and focuses its name. */
  addLine(): HTMLInputElement {
    const tr = this.opts.tr;
    const line: EventLine = { name: '', context: '', existing: null };
    this.lines.push(line);
    const row = this.linesEl.createDiv({ cls: 'reconnect-event-line' });
    const nameBox = row.createDiv({ cls: 'reconnect-event-name-box' });
    const name = nameBox.createEl('input', { type: 'text', cls: 'reconnect-event-person', placeholder: tr('event.personPlaceholder') });
    name.setAttr('aria-label', tr('event.personPlaceholder'));
    const suggest = nameBox.createDiv({ cls: 'reconnect-suggestions' });
    const context = row.createEl('input', { type: 'text', cls: 'reconnect-event-context', placeholder: tr('event.contextPlaceholder') });
    context.setAttr('aria-label', tr('event.contextPlaceholder'));
    const remove = row.createEl('button', { cls: 'clickable-icon reconnect-event-remove', text: '×' });
    remove.setAttr('aria-label', tr('event.removePerson'));
    const tag = row.createSpan({ cls: 'reconnect-event-tag' });
    let found: PersonCard[] = [];
    let selected = 0;
    const showTag = (): void => {
      tag.setText(line.name.trim() === '' ? '' : line.existing ? tr('event.existing') : tr('event.new'));
      tag.toggleClass('is-new', !line.existing && line.name.trim() !== '');
    };
    const renderSuggest = (): void => {
      suggest.empty();
      found.forEach((p, i) => {
        const item = suggest.createDiv({ cls: 'reconnect-suggestion suggestion-item', text: p.name });
        if (i === selected) item.addClass('is-selected');
        item.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(p);
        });
      });
    };
    const choose = (p: PersonCard): void => {
      line.existing = p;
      line.name = p.name;
      name.value = p.name;
      found = [];
      renderSuggest();
      showTag();
      context.focus();
    };
    name.addEventListener('input', () => {
      line.name = name.value;
      const exact = this.opts.findExact(name.value);
      line.existing = exact.length === 1 ? exact[0] : null;
      found = searchPeople(this.opts.people(), name.value, 5);
      selected = 0;
      renderSuggest();
      showTag();
    });
    name.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && found.length > 0) {
        selected = (selected + 1) % found.length;
        renderSuggest();
        e.preventDefault();
      } else if (e.key === 'ArrowUp' && found.length > 0) {
        selected = (selected - 1 + found.length) % found.length;
        renderSuggest();
        e.preventDefault();
      } else if (e.key === 'Enter' && !e.metaKey && !e.ctrlKey) {
        e.preventDefault();
        if (found[selected]) choose(found[selected]);
        else context.focus();
      }
    });
    name.addEventListener('blur', () => window.setTimeout(() => {
      found = [];
      renderSuggest();
    }, 100));
    context.addEventListener('input', () => (line.context = context.value));
    context.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.metaKey && !e.ctrlKey) {
        e.preventDefault();
        this.addLine().focus();
      }
    });
    remove.addEventListener('click', () => {
      this.lines = this.lines.filter((l) => l !== line);
      row.remove();
    });
    return name;
  }

  private async submit(): Promise<void> {
    const tr = this.opts.tr;
    if (this.name.trim() === '') {
      new Notice(tr('event.noName'));
      return;
    }
    const date = /^\d{4}-\d{2}-\d{2}$/.test(this.date) ? parseDay(this.date) : null;
    if (date === null) {
      new Notice(tr('notice.badDate', { value: this.date }));
      return;
    }
    const people = this.lines.filter((l) => l.name.trim() !== '');
    if (people.length === 0) {
      new Notice(tr('notice.noPeople'));
      return;
    }
    this.close();
    await this.opts.onSubmit({ name: this.name.trim(), date, where: this.where, goal: this.goal, people });
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
