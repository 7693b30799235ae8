import { Modal, Notice, Setting, normalizePath, type App } from 'obsidian';
import type { Day } from '../core/types';
import type { Settings } from '../core/settings';
import { decodeText, existingPerson, issuesByOutcome, parseContactsFile, planImport, type ImportPlan, type ParsedContactsFile } from '../core/import';
import type { LiveIndex } from './liveIndex';
import type { Translate } from './strings';
import type { Lang } from '../core/i18n';
import { ensureFolder } from './noteWriter';

/** Notes written between two breaths of the UI thread. */
const BATCH = 25;

/** A file the user picked: its name and bytes (a File in Obsidian; anything alike in tests). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Import contacts…: a file picker (an <input type=file>, which works on mobile too), a preview
 * with counts, then the notes written in batches under a progress bar, and a bucket for them all.
 */
export class ImportModal extends Modal {
  private parsed: ParsedContactsFile | null = null;
  private plan: ImportPlan | null = null;
  private fileName = '';
  created: string[] = [];

  constructor(app: App, private readonly opts: {
    live: LiveIndex;
    settings: () => Settings;
    tr: Translate;
    today: () => Day;
    lang?: () => Lang;
    /** Sets one bucket in each note (PersonActions.setBucket: a frontmatter that does not parse is left alone). */
    setBucket: (paths: string[], bucket: string) => Promise<void>;
  }) {
    super(app);
  }

  onOpen(): void {
    this.modalEl.addClass('reconnect-modal', 'reconnect-import');
    this.setTitle(this.opts.tr('import.title'));
    this.showPicker();
  }

  onClose(): void {
    this.contentEl.empty();
  }

  private showPicker(): void {
    const tr = this.opts.tr;
    const el = this.contentEl;
    el.empty();
    el.createEl('p', { text: tr('import.intro') });
    const input = el.createEl('input', { type: 'file', cls: 'reconnect-import-file' });
    input.accept = '.vcf,.csv,text/vcard,text/x-vcard,text/csv';
    input.setAttr('aria-label', tr('import.choose'));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void this.preview(file);
    });
    new Setting(el).addButton((b) => b.setButtonText(tr('import.choose')).setCta().onClick(() => input.click()));
  }

  /** Reads and plans a file, then shows what would be made and skipped. */
  async preview(file: PickedFile): Promise<void> {
    const tr = this.opts.tr;
    this.fileName = file.name;
    const lang = this.opts.lang?.() ?? 'en';
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), lang);
    if ('error' in decoded) {
      this.showError(decoded.error);
      return;
    }
    const settings = this.opts.settings();
    this.parsed = parseContactsFile(file.name, decoded.text, lang);
    const index = this.opts.live.index;
    this.plan = planImport(this.parsed.contacts, index.allPeople().map((p) => existingPerson(p.path, p.frontmatter, settings.keys.name)), {
      peopleFolder: settings.peopleFolders[0] ?? 'People',
      existingPaths: new Set(this.app.vault.getFiles().map((f) => f.path)),
      today: this.opts.today(),
      logHeading: settings.logHeadings[0],
      keys: { type: settings.keys.type, name: settings.keys.name, met: settings.keys.met, birthday: settings.keys.birthday },
      lang,
    });
    const el = this.contentEl;
    el.empty();
    const plan = this.plan;
    const { unreadable, warnings } = issuesByOutcome(this.parsed, plan);
    el.createEl('p', {
      cls: 'reconnect-import-counts',
      text: tr('import.counts', { file: file.name, create: plan.create.length, skip: plan.skipped.length, issues: unreadable.length }),
    });
    this.list(el, tr('import.willCreate'), plan.create.map((n) => n.path));
    this.list(el, tr('import.withWarnings'), [...warnings].flatMap(([path, messages]) => messages.map((w) => `${path}: ${w}`)));
    this.list(el, tr('import.willSkip'), plan.skipped.map((s) => `${s.contact.name} (${s.contact.ref}): ${s.reason}`));
    this.list(el, tr('import.unreadable'), unreadable.map((i) => i.message));
    new Setting(el)
      .addButton((b) => b.setButtonText(tr('modal.cancel')).onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(tr('import.go', plan.create.length))
          .setCta()
          .setDisabled(plan.create.length === 0)
          .onClick(() => void this.write()),
      );
  }

  private list(parent: HTMLElement, title: string, lines: string[]): void {
    if (lines.length === 0) return;
    const details = parent.createEl('details', { cls: 'reconnect-import-list' });
    details.createEl('summary', { text: `${title} (${lines.length})` });
    const ul = details.createEl('ul');
    for (const line of lines.slice(0, 200)) ul.createEl('li', { text: line });
    if (lines.length > 200) ul.createEl('li', { cls: 'reconnect-muted', text: this.opts.tr('import.more', lines.length - 200) });
  }

  private showError(message: string): void {
    this.contentEl.empty();
    this.contentEl.createEl('p', { cls: 'reconnect-import-error', text: message });
    new Setting(this.contentEl).addButton((b) => b.setButtonText(this.opts.tr('import.chooseAnother')).onClick(() => this.showPicker()));
  }

  /** Writes the planned notes, a batch at a time, never over an existing file. */
  async write(): Promise<string[]> {
    const plan = this.plan;
    if (!plan) return [];
    const tr = this.opts.tr;
    const el = this.contentEl;
    el.empty();
    const label = el.createEl('p', { text: tr('import.progress', { done: 0, total: plan.create.length }) });
    const bar = el.createEl('progress', { cls: 'reconnect-import-progress' });
    bar.max = plan.create.length;
    bar.value = 0;
    const failed: string[] = [];
    for (let i = 0; i < plan.create.length; i += BATCH) {
      for (const note of plan.create.slice(i, i + BATCH)) {
        const path = normalizePath(note.path);
        if (this.app.vault.getAbstractFileByPath(path)) {
          failed.push(path);
          continue;
        }
        try {
          await ensureFolder(this.app, path.split('/').slice(0, -1).join('/'));
          await this.app.vault.create(path, note.text);
          this.opts.live.index.addFile(path);
          this.opts.live.noteWritten(path, note.text);
          this.created.push(path);
        } catch {
          failed.push(path);
        }
      }
      bar.value = Math.min(i + BATCH, plan.create.length);
      label.setText(tr('import.progress', { done: bar.value, total: plan.create.length }));
      await new Promise<void>((r) => window.setTimeout(r, 0));
    }
    new Notice(tr('import.done', { created: this.created.length, file: this.fileName }));
    this.showDone(failed);
    return this.created;
  }

  private showDone(failed: string[]): void {
    const tr = this.opts.tr;
    const el = this.contentEl;
    el.empty();
    el.createEl('p', { text: tr('import.doneLong', { created: this.created.length }) });
    this.list(el, tr('import.notWritten'), failed);
    if (this.created.length === 0) return;
    let bucket = '';
    new Setting(el)
      .setName(tr('import.setBucket'))
      .setDesc(tr('import.setBucketDesc'))
      .addDropdown((dd) => {
        dd.addOption('', '—');
        for (const [name, cadence] of Object.entries(this.opts.settings().buckets)) dd.addOption(name, `${name} (${cadence})`);
        dd.onChange((v) => (bucket = v));
      })
      .addButton((b) =>
        b.setButtonText(tr('import.apply')).onClick(async () => {
          if (bucket === '') return;
          await this.setBucket(bucket);
          this.close();
        }),
      );
    new Setting(el).addButton((b) => b.setButtonText(tr('import.close')).onClick(() => this.close()));
  }

  /** Gives every note of this import a bucket (one line in each note's frontmatter). */
  async setBucket(bucket: string): Promise<void> {
    await this.opts.setBucket(this.created, bucket);
  }
}
