import {
  FuzzySuggestModal,
  MarkdownRenderChild,
  MarkdownRenderer,
  Notice,
  TFile,
  normalizePath,
  parseYaml,
  setIcon,
  type App,
  type Editor,
  type MarkdownPostProcessorContext,
  type Plugin,
} from 'obsidian';
import type { Day } from '../core/types';
import type { Settings } from '../core/settings';
import type { PersonCard } from '../core/person';
import { BUILTIN_TEMPLATES, templateNames, type TemplateLang } from '../core/templates';
import { renderNamed, vaultTemplateContext, type RenderOutcome } from '../core/templateContext';
import { linkTarget } from '../core/markdown';
import type { LiveIndex } from './liveIndex';
import type { Translate } from './strings';
import { PersonSuggestModal } from './modals';
import { createNote, ensureFolder, safeFileName } from './noteWriter';

interface TemplateChoice {
  name: string;
  lang: TemplateLang;
  label: string;
}

/** Picks a template: the plugin's language first, the other language after. */
export class TemplateSuggestModal extends FuzzySuggestModal<TemplateChoice> {
  constructor(app: App, private readonly choices: TemplateChoice[], placeholder: string, private readonly chosen: (c: TemplateChoice) => void) {
    super(app);
    this.setPlaceholder(placeholder);
  }

  getItems(): TemplateChoice[] {
    return this.choices;
  }

  getItemText(c: TemplateChoice): string {
    return c.label;
  }

  onChooseItem(c: TemplateChoice): void {
    this.chosen(c);
  }
}

/**
 * Templated outreach in the plugin: the vault's own templates (which override the shipped ones),
 * Draft message, Insert intro paragraph, Copy the built-in templates, and `reconnect` code blocks.
 */
export class Outreach {
  private overrides: Map<string, string> | null = null;

  constructor(
    private readonly app: App,
    private readonly live: LiveIndex,
    private readonly settings: () => Settings,
    private readonly tr: Translate,
    private readonly lang: () => TemplateLang,
    private readonly today: () => Day,
  ) {}

  private folder(): string {
    return normalizePath(this.settings().reconnectTemplatesFolder);
  }

  isTemplatePath(path: string): boolean {
    const f = this.folder();
    return f !== '' && f !== '/' && path.startsWith(`${f}/`);
  }

  /** Forgets the cached overrides when a file in the templates folder changes. */
  templateFileChanged(path: string): boolean {
    if (!this.isTemplatePath(path)) return false;
    this.overrides = null;
    return true;
  }

  /** The vault's templates, read once and kept until one of them changes. */
  async templateOverrides(): Promise<Map<string, string>> {
    if (this.overrides) return this.overrides;
    const out = new Map<string, string>();
    for (const file of this.app.vault.getMarkdownFiles()) {
      if (this.isTemplatePath(file.path) && file.parent?.path === this.folder()) out.set(file.path, await this.app.vault.cachedRead(file));
    }
    this.overrides = out;
    return out;
  }

  /** Renders a template for a person, or says why not. */
  async render(name: string, lang: TemplateLang, person: PersonCard, other: PersonCard | null = null): Promise<RenderOutcome> {
    const today = this.today();
    const due = this.live.due.person(person.path, today);
    if (!due) return { ok: false, unknown: name };
    return renderNamed(name, lang, await this.templateOverrides(), vaultTemplateContext(this.live.index, this.live.due, due, this.settings(), today, other));
  }

  private async choices(): Promise<TemplateChoice[]> {
    const names = templateNames(await this.templateOverrides());
    const lang = this.lang();
    const other: TemplateLang = lang === 'fr' ? 'en' : 'fr';
    const label = (n: string, l: TemplateLang): string => `${n} (${l === 'fr' ? 'français' : 'English'})`;
    return [...names.map((name) => ({ name, lang, label: label(name, lang) })), ...names.map((name) => ({ name, lang: other, label: label(name, other) }))];
  }

  private pickPerson(preferred: PersonCard | null, then: (p: PersonCard) => void): void {
    if (preferred) {
      then(preferred);
      return;
    }
    new PersonSuggestModal(this.app, () => this.live.index.allPeople(), this.tr, then).open();
  }

  private async pickTemplate(first: string | null, then: (c: TemplateChoice) => void): Promise<void> {
    const all = await this.choices();
    if (first) all.sort((a, b) => Number(b.name === first) - Number(a.name === first));
    new TemplateSuggestModal(this.app, all, this.tr('outreach.pickTemplate'), then).open();
  }

  private problemNotice(r: RenderOutcome): void {
    if ('unknown' in r) new Notice(this.tr('outreach.unknownTemplate', { name: r.unknown }));
    else if (!r.ok) new Notice(`${r.problem.path}${r.problem.line !== undefined ? `:${r.problem.line}` : ''} — ${r.problem.message}`, 10000);
  }

  /** Draft message…: a new note in the outreach folder with the rendered template, opened. */
  draftMessage(personPath: string | null, template: string | null = null, otherPath: string | null = null): void {
    const person = personPath ? this.live.index.person(personPath) : null;
    const other = otherPath ? this.live.index.person(otherPath) : null;
    this.pickPerson(person, (p) => {
      const go = (c: TemplateChoice): void => void this.writeDraft(p, c.name, c.lang, other);
      if (template) go({ name: template, lang: this.lang(), label: template });
      else void this.pickTemplate(null, go);
    });
  }

  async writeDraft(person: PersonCard, name: string, lang: TemplateLang, other: PersonCard | null = null): Promise<TFile | null> {
    const r = await this.render(name, lang, person, other);
    if (!r.ok) {
      this.problemNotice(r);
      return null;
    }
    const s = this.settings();
    const link = person.path.replace(/\.md$/i, '');
    const fm = ['---', `${s.keys.type}: outreach`, `person: "[[${link}]]"`];
    if (other) fm.push(`other: "[[${other.path.replace(/\.md$/i, '')}]]"`);
    fm.push(`template: ${lang === 'fr' ? `${name}.fr` : name}`, `${s.keys.date}: ${this.today()}`, '---', '');
    const title = other ? `${this.today()} ${name} - ${person.name} & ${other.name}` : `${this.today()} ${name} - ${person.name}`;
    const file = await createNote(this.app, this.live, s.outreachFolder, safeFileName(title), fm.join('\n') + r.text);
    await this.app.workspace.getLeaf(false).openFile(file);
    return file;
  }

  /** Insert intro paragraph…: the rendered template at the cursor. */
  insertAtCursor(editor: Editor, activePath: string | null): void {
    const active = activePath ? this.live.index.person(activePath) : null;
    const go = (p: PersonCard): void => {
      void this.pickTemplate('intro', (c) => void this.insertRendered(editor, p, c));
    };
    if (active) go(active);
    else this.pickPerson(null, go);
  }

  async insertRendered(editor: Editor, person: PersonCard, c: { name: string; lang: TemplateLang }): Promise<void> {
    const r = await this.render(c.name, c.lang, person);
    if (!r.ok) {
      this.problemNotice(r);
      return;
    }
    editor.replaceSelection(r.text.replace(/\n+$/, ''));
  }

  /** Copies every shipped template into the vault's templates folder, never overwriting a file. */
  async copyBuiltins(): Promise<{ created: string[]; kept: string[] }> {
    const folder = this.folder();
    await ensureFolder(this.app, folder);
    const created: string[] = [];
    const kept: string[] = [];
    for (const [key, source] of Object.entries(BUILTIN_TEMPLATES)) {
      const path = normalizePath(`${folder}/${key}.md`);
      if (this.app.vault.getAbstractFileByPath(path)) {
        kept.push(path);
        continue;
      }
      await this.app.vault.create(path, source);
      created.push(path);
    }
    this.overrides = null;
    new Notice(this.tr('outreach.copied', { created: created.length, kept: kept.length, folder }));
    return { created, kept };
  }

  /** The `reconnect` code block processor. */
  codeBlock(plugin: Plugin): (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => void {
    return (source, el, ctx) => ctx.addChild(new ReconnectBlock(el, source, ctx.sourcePath, this, plugin.app));
  }

  async renderBlock(source: string, sourcePath: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
    let spec: Record<string, unknown>;
    try {
      const parsed: unknown = parseYaml(source);
      spec = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch (e) {
      return { ok: false, message: this.tr('block.badYaml', { error: e instanceof Error ? e.message.split('\n')[0] : String(e) }) };
    }
    const template = typeof spec.template === 'string' ? spec.template.trim() : '';
    if (template === '') return { ok: false, message: this.tr('block.noTemplate') };
    const rawPerson = spec.person;
    let person: PersonCard | null = null;
    if (rawPerson === undefined || rawPerson === null || rawPerson === '') {
      person = this.live.index.person(sourcePath);
      if (!person) return { ok: false, message: this.tr('block.noPerson') };
    } else {
      const first: unknown = Array.isArray(rawPerson) ? rawPerson.flat(3)[0] : rawPerson;
      const written = typeof first === 'string' || typeof first === 'number' ? String(first) : '';
      const target = linkTarget(written.replace(/^\[\[|\]\]$/g, ''));
      const path = this.live.index.resolvePerson(target, sourcePath) ?? this.live.index.findPeopleByName(target)[0]?.path ?? null;
      person = path ? this.live.index.person(path) : null;
      if (!person) return { ok: false, message: this.tr('block.unknownPerson', { name: target }) };
    }
    const lang: TemplateLang = spec.lang === 'fr' || spec.lang === 'en' ? spec.lang : this.lang();
    const r = await this.render(template, lang, person);
    if ('unknown' in r) return { ok: false, message: this.tr('outreach.unknownTemplate', { name: template }) };
    if (!r.ok) return { ok: false, message: `${r.problem.path}${r.problem.line !== undefined ? `, line ${r.problem.line}` : ''}: ${r.problem.message}` };
    return { ok: true, text: r.text };
  }

  get translate(): Translate {
    return this.tr;
  }

  get index(): LiveIndex {
    return this.live;
  }
}

/** One live `reconnect` block: re-rendered when the index or a template changes, with a Copy button. */
export class ReconnectBlock extends MarkdownRenderChild {
  private text = '';
  private shown = '';

  constructor(containerEl: HTMLElement, private readonly source: string, private readonly sourcePath: string, private readonly outreach: Outreach, private readonly app: App) {
    super(containerEl);
  }

  onload(): void {
    this.containerEl.addClass('reconnect-block');
    this.registerEvent(this.outreach.index.on('changed', () => void this.update()));
    this.registerEvent(
      this.app.vault.on('modify', (f) => {
        if (f instanceof TFile && this.outreach.isTemplatePath(f.path)) void this.update();
      }),
    );
    void this.update();
  }

  async update(): Promise<void> {
    const r = await this.outreach.renderBlock(this.source, this.sourcePath);
    const key = r.ok ? `ok:${r.text}` : `err:${r.message}`;
    if (key === this.shown) return;
    this.shown = key;
    const tr = this.outreach.translate;
    const el = this.containerEl;
    el.empty();
    if (!r.ok) {
      el.addClass('is-error');
      el.createDiv({ cls: 'reconnect-block-error', text: r.message });
      return;
    }
    el.removeClass('is-error');
    this.text = r.text.replace(/\n+$/, '');
    const bar = el.createDiv({ cls: 'reconnect-block-bar' });
    const copy = bar.createEl('button', { cls: 'clickable-icon reconnect-copy' });
    copy.setAttr('aria-label', tr('block.copy'));
    setIcon(copy, 'copy');
    copy.addEventListener('click', () => {
      void navigator.clipboard.writeText(this.text).then(
        () => new Notice(tr('block.copied')),
        () => new Notice(tr('block.copyFailed')),
      );
    });
    const body = el.createDiv({ cls: 'reconnect-block-body' });
    await MarkdownRenderer.render(this.app, this.text, body, this.sourcePath, this);
  }

  /** The text the Copy button copies (tests read it). */
  get copiedText(): string {
    return this.text;
  }
}
