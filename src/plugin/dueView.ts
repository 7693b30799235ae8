import { ItemView, Menu, setIcon, type WorkspaceLeaf } from 'obsidian';
import type { Day, Problem } from '../core/types';
import { compareNames, type PersonDue } from '../core/due';
import { addDays, addMonths, diffDays } from '../core/dates';
import { contactSummary, flagReasons, problemLine, relativeDay } from '../core/describe';
import { frontmatterTags } from '../core/note';
import type { ReconnectHost } from './host';
import { afterEventKey, afterEvents, type AfterEvent } from '../core/events';
import { birthdaysSoon, followUpTasks, lastReviewDay, newsToReachOut, prepare, type BirthdaySoon, type FollowUpTask, type NewsItem } from '../core/playbook';
import { renderPrepPanel } from './prepPanel';
import { TFile } from 'obsidian';

export const VIEW_TYPE_DUE = 'reconnect-due';

/** Fixed heights (px) of the windowed list; styles.css gives the elements the same heights. */
export const HEADER_HEIGHT = 32;
export const ROW_HEIGHT = 72;
export const PROBLEM_HEIGHT = 56;
const OVERSCAN = 6;

type SectionId = 'review' | 'afterEvent' | 'followUps' | 'news' | 'waiting' | 'overdue' | 'due' | 'new' | 'soon' | 'problems';

type Item =
  | { kind: 'header'; section: SectionId; count: number }
  | { kind: 'review'; last: Day | null }
  | { kind: 'imported'; count: number }
  | { kind: 'followUp'; after: AfterEvent }
  | { kind: 'task'; task: FollowUpTask; person: PersonDue }
  | { kind: 'news'; news: NewsItem; person: PersonDue }
  | { kind: 'birthday'; birthday: BirthdaySoon }
  | { kind: 'waiting'; person: PersonDue }
  | { kind: 'row'; person: PersonDue; section: SectionId }
  | { kind: 'problem'; problem: Problem };

interface Extras {
  lastReview: Day | null;
  fresh: AfterEvent[];
  tasks: FollowUpTask[];
  /** Imported people without a bucket or a cadence. */
  imported: number;
  /** Open follow-up tasks per person path. */
  tasksOf: Map<string, number>;
  news: { person: PersonDue; news: NewsItem }[];
  birthdays: BirthdaySoon[];
}

function heightOf(item: Item): number {
  return item.kind === 'header' ? HEADER_HEIGHT : item.kind === 'problem' ? PROBLEM_HEIGHT : ROW_HEIGHT;
}

const searchTexts = new WeakMap<PersonDue, string>();

/** The text a search looks in (name, aliases, company, role, bucket, tags), once per answer. */
function searchText(p: PersonDue): string {
  let text = searchTexts.get(p);
  if (text === undefined) {
    text = buildSearchText(p);
    searchTexts.set(p, text);
  }
  return text;
}

function buildSearchText(p: PersonDue): string {
  const fm = p.card.frontmatter;
  const field = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const parts = [p.name, ...p.card.aliases, field(fm.company), field(fm.role), p.bucket ?? '', ...frontmatterTags(fm)];
  return parts.join(' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The sidebar: who is due, most overdue first, with why; windowed so 10,000 people scroll smoothly. */
export class DueView extends ItemView {
  private query = '';
  private bucket = '';
  private collapsed = new Set<SectionId>();
  private items: Item[] = [];
  private offsets: number[] = [];
  private scroller!: HTMLElement;
  private spacer!: HTMLElement;
  private bucketSelect!: HTMLSelectElement;
  private prepSlot!: HTMLElement;
  /** People whose prep panel was closed, until another note is opened. */
  private prepDismissed: string | null = null;
  private renderedRevision = -1;
  private renderedDay: Day | null = null;
  private frame: number | null = null;

  constructor(leaf: WorkspaceLeaf, private readonly host: ReconnectHost) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE_DUE;
  }

  getDisplayText(): string {
    return this.host.tr('view.title');
  }

  getIcon(): string {
    return 'users';
  }

  protected async onOpen(): Promise<void> {
    const tr = this.host.tr;
    const root = this.contentEl;
    root.empty();
    root.addClass('reconnect-view');
    const toolbar = root.createDiv({ cls: 'reconnect-toolbar' });
    const search = toolbar.createEl('input', { type: 'search', cls: 'reconnect-search', placeholder: tr('view.search') });
    search.setAttr('aria-label', tr('view.search'));
    this.registerDomEvent(search, 'input', () => {
      this.query = search.value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
      this.render(true);
    });
    this.bucketSelect = toolbar.createEl('select', { cls: 'dropdown reconnect-bucket-filter' });
    this.bucketOptionsFor = '';
    this.bucketSelect.setAttr('aria-label', tr('view.allBuckets'));
    this.registerDomEvent(this.bucketSelect, 'change', () => {
      this.bucket = this.bucketSelect.value;
      this.render(true);
    });
    const buttons = toolbar.createDiv({ cls: 'reconnect-toolbar-buttons' });
    this.iconButton(buttons, 'calendar-plus', tr('action.logMeeting'), () => this.host.openLogMeeting([]));
    this.iconButton(buttons, 'ticket', tr('action.logEvent'), () => this.host.openLogEvent());
    this.iconButton(buttons, 'user-plus', tr('action.newPerson'), () => this.host.openNewPerson());
    this.prepSlot = root.createDiv({ cls: 'reconnect-prep-slot' });
    this.scroller = root.createDiv({ cls: 'reconnect-scroller' });
    this.spacer = this.scroller.createDiv({ cls: 'reconnect-spacer' });
    this.registerDomEvent(this.scroller, 'scroll', () => this.scheduleWindow());
    this.registerEvent(this.host.live.on('changed', () => this.refreshIfVisible()));
    this.registerEvent(this.app.workspace.on('layout-change', () => this.refreshIfVisible()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.refreshIfVisible()));
    this.registerEvent(this.app.workspace.on('file-open', () => this.renderPrep()));
    this.registerEvent(this.host.live.on('prep', () => {
      this.prepDismissed = null;
      this.renderPrep();
    }));
    this.register(() => {
      if (this.frame !== null) window.cancelAnimationFrame(this.frame);
    });
    this.render(true);
  }

  protected async onClose(): Promise<void> {
    this.contentEl.empty();
  }

  onResize(): void {
    this.renderWindow();
  }

  private iconButton(parent: HTMLElement, icon: string, label: string, onClick: (e: MouseEvent) => void): HTMLElement {
    const b = parent.createEl('button', { cls: 'clickable-icon reconnect-icon-button' });
    b.setAttr('aria-label', label);
    setIcon(b, icon);
    this.registerDomEvent(b, 'click', (e) => {
      e.stopPropagation();
      onClick(e);
    });
    return b;
  }

  /** Re-renders only when the view can be seen and something moved (index revision or day). */
  refreshIfVisible(): void {
    // A hidden view (a collapsed sidebar, a background tab) catches up when it is shown again.
    if (!this.containerEl.isConnected || !this.containerEl.isShown()) return;
    this.render(false);
  }

  /** Builds the list of sections and rows; `force` after a search or filter change. */
  render(force: boolean): void {
    const today = this.host.today();
    const live = this.host.live;
    if (!force && this.renderedRevision === live.index.revision && this.renderedDay === today) return;
    this.renderedRevision = live.index.revision;
    this.renderedDay = today;
    this.updateBucketOptions();
    this.items = this.buildItems(today);
    this.offsets = [];
    let y = 0;
    for (const item of this.items) {
      this.offsets.push(y);
      y += heightOf(item);
    }
    this.spacer.setCssStyles({ height: `${y}px` });
    this.renderWindow();
    this.renderPrep();
  }

  /** The prep panel: the person asked for with Prepare for meeting, else the active person note. */
  renderPrep(): void {
    if (!this.prepSlot) return;
    this.prepSlot.empty();
    const live = this.host.live;
    if (live.state !== 'warm') return;
    const active = this.app.workspace.getActiveFile();
    const path = this.host.prepFor ?? (active && live.index.person(active.path) ? active.path : null);
    if (!path || path === this.prepDismissed) return;
    const today = this.host.today();
    const prep = prepare(live.index, live.due, path, today);
    if (!prep) return;
    renderPrepPanel(this.prepSlot, prep, today, this.host, () => {
      this.prepDismissed = path;
      this.host.prepFor = null;
      this.renderPrep();
    });
  }

  /** The index revision and the settings' buckets the filter's options were last made from. */
  private bucketOptionsFor = '';

  private updateBucketOptions(): void {
    const tr = this.host.tr;
    const known = Object.keys(this.host.getSettings().buckets);
    // Every person's bucket is read again only when a note or the settings' buckets changed.
    const key = `${this.host.live.index.revision}\n${known.join('\n')}`;
    if (key === this.bucketOptionsFor) return;
    this.bucketOptionsFor = key;
    const buckets = new Set<string>(known);
    let unbucketed = false;
    for (const p of this.host.live.index.allPeople()) {
      if (p.bucket) buckets.add(p.bucket);
      else unbucketed = true;
    }
    const wanted = ['', ...[...buckets].sort(), ...(unbucketed ? ['\u0000none'] : [])];
    const have = Array.from(this.bucketSelect.options).map((o) => o.value);
    if (have.join('\n') === wanted.join('\n')) return;
    this.bucketSelect.empty();
    for (const value of wanted) {
      const label = value === '' ? tr('view.allBuckets') : value === '\u0000none' ? tr('view.noBucket') : value;
      this.bucketSelect.createEl('option', { value, text: label });
    }
    if (!wanted.includes(this.bucket)) this.bucket = '';
    this.bucketSelect.value = this.bucket;
  }

  private matches(p: PersonDue): boolean {
    if (this.bucket === '\u0000none' ? p.bucket !== null : this.bucket !== '' && p.bucket !== this.bucket) return false;
    return this.query === '' || searchText(p).includes(this.query);
  }

  private buildItems(today: Day): Item[] {
    const live = this.host.live;
    if (live.state !== 'warm') return [];
    const all = live.due.everyone(today);
    const everyone = this.query === '' && this.bucket === '' ? all : all.filter((p) => this.matches(p));
    const sections: Record<'overdue' | 'due' | 'new' | 'soon', PersonDue[]> = { overdue: [], due: [], new: [], soon: [] };
    const soonDays = this.host.getSettings().soonDays;
    for (const p of everyone) {
      if (p.status === 'overdue' || p.status === 'due' || p.status === 'new' || p.status === 'soon') sections[p.status].push(p);
      else if (p.status === 'scheduled' && p.planned[0] && p.planned[0].day <= addDays(today, soonDays)) sections.soon.push(p);
    }
    sections.soon.sort((a, b) => (this.comingDay(a) < this.comingDay(b) ? -1 : this.comingDay(a) > this.comingDay(b) ? 1 : a.name.localeCompare(b.name)));
    const items: Item[] = [];
    const settings = this.host.getSettings();
    const filtering = this.query !== '' || this.bucket !== '';
    const extra = this.extras(today);
    const lastReview = extra.lastReview;
    if (!filtering && live.index.allPeople().length > 0 && (lastReview === null || addMonths(lastReview, settings.reviewIntervalMonths) <= today)) {
      items.push({ kind: 'review', last: lastReview });
    }
    const imported = filtering ? 0 : extra.imported;
    if (imported > 0) items.push({ kind: 'imported', count: imported });
    // A section: its header with how many it holds, then its items unless the user folded it.
    const section = (id: SectionId, count: number, rows: () => Item[]): void => {
      if (count === 0) return;
      items.push({ kind: 'header', section: id, count });
      if (!this.collapsed.has(id)) for (const row of rows()) items.push(row);
    };
    const fresh = extra.fresh.filter((a) => this.matches(a.person));
    section('afterEvent', fresh.length, () => fresh.map((after) => ({ kind: 'followUp', after })));
    const withPerson = <T extends { personPath: string }>(list: T[]): { item: T; person: PersonDue }[] =>
      list.flatMap((item) => {
        const person = live.due.person(item.personPath, today);
        return person && this.matches(person) ? [{ item, person }] : [];
      });
    const people = (id: 'overdue' | 'due' | 'new' | 'soon'): Item[] => sections[id].map((person) => ({ kind: 'row', person, section: id }));
    // The due list first (who to get in touch with), then the playbook's lists, then what is coming.
    for (const id of ['overdue', 'due', 'new'] as const) section(id, sections[id].length, () => people(id));
    const tasks = withPerson(extra.tasks);
    section('followUps', tasks.length, () => tasks.map((t) => ({ kind: 'task', task: t.item, person: t.person })));
    const news = extra.news.filter((n) => this.matches(n.person));
    section('news', news.length, () => news.map((n) => ({ kind: 'news', news: n.news, person: n.person })));
    const birthdays = extra.birthdays.filter((b) => this.matches(b.person));
    section('soon', sections.soon.length + birthdays.length, () => [...birthdays.map((birthday): Item => ({ kind: 'birthday', birthday })), ...people('soon')]);
    // Waiting on them (after the due list: nothing to do yet, or a follow-up to draft): for a reply,
    // or after a favor asked of them; whatever their status, longest wait first.
    const waiting = everyone.filter((p) => p.status !== 'paused' && (p.awaitingSince !== null || p.favorRecentlyAsked));
    const since = (p: PersonDue): Day => p.awaitingSince ?? p.favorAskedOn ?? '';
    waiting.sort((a, b) => (since(a) < since(b) ? -1 : since(a) > since(b) ? 1 : compareNames(a, b)));
    section('waiting', waiting.length, () => waiting.map((person) => ({ kind: 'waiting', person })));
    const problems = this.query === '' && this.bucket === '' ? live.problems(today) : [];
    section('problems', problems.length, () => problems.map((problem) => ({ kind: 'problem', problem })));
    return items;
  }

  private extraCache: { revision: number; day: Day; value: Extras } | null = null;

  /** The playbook's lists, computed once per index revision and day (not on every keystroke of a search). */
  private extras(today: Day): Extras {
    const live = this.host.live;
    const c = this.extraCache;
    if (c && c.revision === live.index.revision && c.day === today) return c.value;
    const settings = this.host.getSettings();
    const value: Extras = {
      lastReview: lastReviewDay(live.index),
      fresh: afterEvents(live.index, live.due, today),
      tasks: followUpTasks(live.index, today),
      tasksOf: new Map(),
      imported: this.host.importedWithoutBucket(),
      news: newsToReachOut(live.index, live.due, today, settings.newsDays),
      birthdays: birthdaysSoon(live.index, live.due, today, settings.birthdayLeadDays),
    };
    for (const t of value.tasks) value.tasksOf.set(t.personPath, (value.tasksOf.get(t.personPath) ?? 0) + 1);
    this.extraCache = { revision: live.index.revision, day: today, value };
    return value;
  }

  private comingDay(p: PersonDue): Day {
    return p.status === 'scheduled' ? (p.planned[0]?.day ?? '') : (p.dueDate ?? '');
  }

  private scheduleWindow(): void {
    if (this.frame !== null) return;
    this.frame = window.requestAnimationFrame(() => {
      this.frame = null;
      this.renderWindow();
    });
  }

  /** Renders only the items in (and just around) the scrolled viewport. */
  renderWindow(): void {
    const spacer = this.spacer;
    if (!spacer) return;
    spacer.empty();
    const live = this.host.live;
    this.scroller.toggleClass('is-empty', this.items.length === 0);
    if (this.items.length === 0) {
      this.renderEmpty(spacer, live.state !== 'warm' ? 'loading' : live.index.allPeople().length === 0 ? 'no-people' : this.query !== '' || this.bucket !== '' ? 'no-match' : 'all-clear');
      return;
    }
    const top = this.scroller.scrollTop;
    const height = this.scroller.clientHeight || 800;
    let first = this.indexAt(top) - OVERSCAN;
    if (first < 0) first = 0;
    const bottom = top + height;
    const today = this.host.today();
    for (let i = first; i < this.items.length && (this.offsets[i] <= bottom || i < first + OVERSCAN * 2); i++) {
      const el = this.renderItem(spacer, this.items[i], today);
      el.setCssStyles({ transform: `translateY(${this.offsets[i]}px)` });
      if (this.offsets[i] > bottom + OVERSCAN * ROW_HEIGHT) break;
    }
  }

  private indexAt(y: number): number {
    let lo = 0;
    let hi = this.offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private renderEmpty(parent: HTMLElement, kind: 'loading' | 'no-people' | 'no-match' | 'all-clear'): void {
    const tr = this.host.tr;
    const box = parent.createDiv({ cls: ['reconnect-empty', `is-${kind}`] });
    if (kind === 'loading') {
      box.setText(tr('view.loading'));
    } else if (kind === 'no-match') {
      box.setText(tr('view.noMatch'));
    } else if (kind === 'all-clear') {
      box.setText(tr('view.allClear'));
    } else {
      box.createEl('h4', { text: tr('view.empty.title') });
      box.createEl('p', { text: tr('view.empty.body') });
      box.createEl('pre', { cls: 'reconnect-example' }).createEl('code', { text: tr('view.empty.example') });
      const b = box.createEl('button', { cls: 'mod-cta', text: tr('action.newPerson') });
      this.registerDomEvent(b, 'click', () => this.host.openNewPerson());
    }
    // A search or a filter that finds nobody says only that: the problems are not what was asked for.
    const problems = kind === 'loading' || kind === 'no-match' ? [] : this.host.live.problems(this.host.today());
    if (problems.length > 0) this.renderProblemsInline(box, problems);
  }

  private renderProblemsInline(parent: HTMLElement, problems: Problem[]): void {
    parent.createEl('h4', { cls: 'reconnect-section-title', text: `${this.host.tr('section.problems')} (${problems.length})` });
    for (const p of problems) this.renderProblem(parent, p).addClass('is-inline');
  }

  private renderItem(parent: HTMLElement, item: Item, today: Day): HTMLElement {
    if (item.kind === 'header') return this.renderHeader(parent, item.section, item.count);
    if (item.kind === 'problem') return this.renderProblem(parent, item.problem);
    if (item.kind === 'followUp') return this.renderFollowUp(parent, item.after, today);
    if (item.kind === 'review') return this.renderReviewReminder(parent, item.last, today);
    if (item.kind === 'imported') return this.renderImportedBanner(parent, item.count);
    if (item.kind === 'task') return this.renderTask(parent, item.task, item.person, today);
    if (item.kind === 'news') return this.renderNews(parent, item.news, item.person, today);
    if (item.kind === 'birthday') return this.renderBirthday(parent, item.birthday, today);
    if (item.kind === 'waiting') return this.renderWaiting(parent, item.person, today);
    return this.renderRow(parent, item.person, today);
  }

  private renderHeader(parent: HTMLElement, section: SectionId, count: number): HTMLElement {
    const el = parent.createDiv({ cls: ['reconnect-section', `is-${section}`] });
    const collapsible = section === 'soon' || section === 'problems' || section === 'followUps' || section === 'waiting';
    const collapsed = this.collapsed.has(section);
    if (collapsible) {
      el.addClass('is-collapsible');
      el.toggleClass('is-collapsed', collapsed);
      const chevron = el.createSpan({ cls: 'reconnect-chevron' });
      setIcon(chevron, collapsed ? 'chevron-right' : 'chevron-down');
      el.setAttr('role', 'button');
      el.setAttr('aria-expanded', collapsed ? 'false' : 'true');
      el.setAttr('tabindex', '0');
      const toggle = (): void => {
        if (this.collapsed.has(section)) this.collapsed.delete(section);
        else this.collapsed.add(section);
        this.render(true);
      };
      el.addEventListener('click', toggle);
      el.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          toggle();
        }
      });
    }
    el.createSpan({ cls: 'reconnect-section-title', text: this.host.tr(`section.${section}`) });
    el.createSpan({ cls: 'reconnect-count', text: String(count) });
    return el;
  }

  private renderProblem(parent: HTMLElement, problem: Problem): HTMLElement {
    const el = parent.createDiv({ cls: 'reconnect-problem' });
    const link = el.createEl('a', { cls: 'reconnect-problem-path internal-link', text: problem.path, href: problem.path });
    link.addEventListener('click', (e) => {
      e.preventDefault();
      void this.app.workspace.openLinkText(problem.path, '', e.ctrlKey || e.metaKey);
    });
    // The message does not repeat the line: it is shown first, as `reconnect check` does.
    const line = problemLine(problem);
    const where = line === null ? '' : this.host.tr('problem.line', { line });
    el.createDiv({ cls: 'reconnect-problem-message', text: `${where}${problem.message}` });
    el.setAttr('title', `${where}${problem.message}`);
    return el;
  }

  /**
   * A person row and its first line: the name, the bucket, the flags' own next step (let a one-way
   * relationship rest, or nudge after the wait), *Log contact…*, the row's `more` buttons, the menu
   * (by button and by right-click).
   */
  private personRow(parent: HTMLElement, p: PersonDue, cls: string, more: (actions: HTMLElement) => void): HTMLElement {
    const tr = this.host.tr;
    const row = parent.createDiv({ cls: ['reconnect-row', cls] });
    row.dataset.path = p.path;
    const top = row.createDiv({ cls: 'reconnect-row-top' });
    this.nameLink(top, p);
    if (p.bucket) top.createSpan({ cls: 'reconnect-bucket', text: p.bucket });
    const actions = top.createDiv({ cls: 'reconnect-row-actions' });
    if (p.letGo) this.iconButton(actions, 'pause', tr('action.pauseLetGo'), () => void this.host.actions.pause(p.path)).addClass('is-suggested');
    else if (p.followUp) this.iconButton(actions, 'mail', tr('action.draftNudge'), () => this.host.openDraft(p.path, 'check-in')).addClass('is-suggested');
    this.iconButton(actions, 'message-square-plus', tr('action.log'), () => this.host.openLogMeeting([p.path]));
    more(actions);
    this.iconButton(actions, 'more-horizontal', tr('action.more'), (e) => this.rowMenu(p).showAtMouseEvent(e));
    row.addEventListener('contextmenu', (e) => {
      e.preventDefault();
      this.rowMenu(p).showAtMouseEvent(e);
    });
    return row;
  }

  private renderRow(parent: HTMLElement, p: PersonDue, today: Day): HTMLElement {
    const tr = this.host.tr;
    const lang = this.host.lang();
    const row = this.personRow(parent, p, `is-${p.status}`, (actions) => {
      this.iconButton(actions, 'check', tr('action.contacted'), () => void this.host.actions.markContacted(p.path));
      this.iconButton(actions, 'alarm-clock', tr('action.snooze'), (e) => this.snoozeMenu(p).showAtMouseEvent(e));
    });
    const open = this.extras(today).tasksOf.get(p.path) ?? 0;
    const summary = contactSummary(p, today, lang) + (open > 0 ? ` · ${tr('row.followUps', open)}` : '');
    row.createDiv({ cls: 'reconnect-row-summary', text: summary });
    const reasons = flagReasons(p, today, lang);
    const why = row.createDiv({ cls: 'reconnect-row-why' });
    if (reasons.length > 0) {
      why.addClass('is-flag');
      why.setText(reasons.join(' · '));
    } else if (p.status === 'scheduled' && p.planned[0]) {
      why.setText(tr('row.scheduledOn', { when: relativeDay(p.planned[0].day, today, lang) }));
    } else if (p.dueDate) {
      why.setText(tr('row.dueOn', { when: relativeDay(p.dueDate, today, lang) }));
    }
    if (why.getText() !== '') row.setAttr('title', why.getText());
    return row;
  }

  /** A person waiting for a reply: how long, the follow-up after the wait, Pause after the let-go count; the favor warning. */
  private renderWaiting(parent: HTMLElement, p: PersonDue, today: Day): HTMLElement {
    const tr = this.host.tr;
    const lang = this.host.lang();
    const row = this.personRow(parent, p, 'is-waiting', () => {});
    const reasons: string[] = [];
    if (p.awaitingSince !== null) {
      row.createDiv({ cls: 'reconnect-row-summary', text: tr('row.waiting', diffDays(today, p.awaitingSince)) });
      if (p.letGo) reasons.push(tr('flag.letGo', p.unansweredInARow));
      else if (p.followUp) reasons.push(tr('row.followUpNow'));
      else reasons.push(tr('row.followUpIn', { when: relativeDay(addDays(p.awaitingSince, this.host.getSettings().followUpWaitDays), today, lang) }));
    } else {
      row.createDiv({ cls: 'reconnect-row-summary', text: contactSummary(p, today, lang) });
    }
    if (p.favorRecentlyAsked && p.favorAskedOn) reasons.push(tr('flag.favor', diffDays(today, p.favorAskedOn)));
    const why = row.createDiv({ cls: 'reconnect-row-why', text: reasons.join(' · ') });
    if (p.letGo || p.followUp || p.favorRecentlyAsked) why.addClass('is-flag');
    row.setAttr('title', why.getText());
    return row;
  }

  /** A person met at an event: when and where, what you noted, and the follow-up one click away. */
  private renderFollowUp(parent: HTMLElement, a: AfterEvent, today: Day): HTMLElement {
    const tr = this.host.tr;
    const lang = this.host.lang();
    const p = a.person;
    const row = parent.createDiv({ cls: ['reconnect-row', 'is-after-event'] });
    row.dataset.path = p.path;
    const top = row.createDiv({ cls: 'reconnect-row-top' });
    this.nameLink(top, p);
    const actions = top.createDiv({ cls: 'reconnect-row-actions' });
    this.iconButton(actions, 'mail', tr('action.draftFollowUp'), () => this.host.openDraft(p.path, 'event-follow-up'));
    this.iconButton(actions, 'check', tr('action.followUpSent'), () => void this.host.actions.log([p.path], { day: today, text: tr('event.followUpSentText') }));
    row.createDiv({ cls: 'reconnect-row-summary', text: tr(afterEventKey(a), { ago: relativeDay(a.event.date, today, lang), event: a.event.name }) });
    if (a.context) row.createDiv({ cls: 'reconnect-row-why', text: a.context });
    return row;
  }

  private renderReviewReminder(parent: HTMLElement, last: Day | null, today: Day): HTMLElement {
    const tr = this.host.tr;
    const row = parent.createDiv({ cls: ['reconnect-row', 'is-review'] });
    row.createDiv({ cls: 'reconnect-row-summary', text: last ? tr('review.reminder', { ago: relativeDay(last, today, this.host.lang()) }) : tr('review.never') });
    const b = row.createEl('button', { cls: 'mod-cta reconnect-review-button', text: tr('cmd.review') });
    b.addEventListener('click', () => void this.host.writeReview());
    return row;
  }

  private renderImportedBanner(parent: HTMLElement, count: number): HTMLElement {
    const tr = this.host.tr;
    const row = parent.createDiv({ cls: ['reconnect-row', 'is-review', 'is-imported'] });
    row.createDiv({ cls: 'reconnect-row-summary', text: tr('import.banner', count) });
    const b = row.createEl('button', { cls: 'mod-cta reconnect-review-button', text: tr('import.bannerButton') });
    b.addEventListener('click', () => this.host.openSetBucketForImported());
    return row;
  }

  private renderTask(parent: HTMLElement, task: FollowUpTask, p: PersonDue, today: Day): HTMLElement {
    const tr = this.host.tr;
    const row = parent.createDiv({ cls: ['reconnect-row', 'is-task', task.overdue ? 'is-overdue' : 'is-planned'] });
    const top = row.createDiv({ cls: 'reconnect-row-top' });
    this.nameLink(top, p);
    const actions = top.createDiv({ cls: 'reconnect-row-actions' });
    this.iconButton(actions, 'file-text', tr('action.openTask'), () => void this.openAt(task.sourcePath, task.line));
    row.createDiv({ cls: 'reconnect-row-summary', text: task.text });
    if (task.due) row.createDiv({ cls: ['reconnect-row-why', task.overdue ? 'is-flag' : ''], text: tr(task.overdue ? 'task.overdue' : 'task.due', { when: relativeDay(task.due, today, this.host.lang()) }) });
    return row;
  }

  private renderNews(parent: HTMLElement, news: NewsItem, p: PersonDue, today: Day): HTMLElement {
    const tr = this.host.tr;
    const row = parent.createDiv({ cls: ['reconnect-row', 'is-news'] });
    const top = row.createDiv({ cls: 'reconnect-row-top' });
    this.nameLink(top, p);
    const actions = top.createDiv({ cls: 'reconnect-row-actions' });
    this.iconButton(actions, 'party-popper', tr('action.congrats'), () => this.host.openDraft(p.path, 'congrats')).addClass('is-suggested');
    row.createDiv({ cls: 'reconnect-row-summary', text: news.text });
    row.createDiv({ cls: 'reconnect-row-why', text: relativeDay(news.day, today, this.host.lang()) });
    return row;
  }

  private renderBirthday(parent: HTMLElement, b: BirthdaySoon, today: Day): HTMLElement {
    const tr = this.host.tr;
    const row = parent.createDiv({ cls: ['reconnect-row', 'is-birthday'] });
    const top = row.createDiv({ cls: 'reconnect-row-top' });
    this.nameLink(top, b.person);
    const actions = top.createDiv({ cls: 'reconnect-row-actions' });
    this.iconButton(actions, 'message-square-plus', tr('action.log'), () => this.host.openLogMeeting([b.person.path]));
    const when = relativeDay(b.date, today, this.host.lang());
    row.createDiv({ cls: 'reconnect-row-summary', text: b.turning !== null ? tr('prep.birthdayTurning', { when, age: b.turning }) : tr('prep.birthday', { when }) });
    return row;
  }

  /** Opens a note at a line (a follow-up task). */
  private async openAt(path: string, line: number): Promise<void> {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) return;
    await this.app.workspace.getLeaf(false).openFile(file, { eState: { line } });
  }

  private nameLink(parent: HTMLElement, p: PersonDue): HTMLElement {
    const name = parent.createEl('a', { cls: 'reconnect-name internal-link', text: p.name, href: p.path });
    name.setAttr('data-href', p.path);
    name.addEventListener('click', (e) => {
      e.preventDefault();
      void this.host.actions.open(p.path, e.ctrlKey || e.metaKey);
    });
    name.addEventListener('mouseover', (event) => {
      this.app.workspace.trigger('hover-link', { event, source: VIEW_TYPE_DUE, hoverParent: this, targetEl: name, linktext: p.path, sourcePath: '' });
    });
    return name;
  }

  private snoozeMenu(p: PersonDue): Menu {
    const tr = this.host.tr;
    const today = this.host.today();
    const menu = new Menu();
    menu.addItem((i) => i.setTitle(tr('action.snoozeWeek')).setIcon('alarm-clock').onClick(() => void this.host.actions.snooze(p.path, addDays(today, 7))));
    menu.addItem((i) => i.setTitle(tr('action.snoozeMonth')).setIcon('alarm-clock').onClick(() => void this.host.actions.snooze(p.path, addMonths(today, 1))));
    menu.addItem((i) => i.setTitle(tr('action.snoozeUntil')).setIcon('calendar').onClick(() => this.host.openSnoozeUntil(p.path)));
    return menu;
  }

  private rowMenu(p: PersonDue): Menu {
    const tr = this.host.tr;
    const today = this.host.today();
    const menu = new Menu();
    menu.addItem((i) => i.setTitle(tr('action.log')).setIcon('message-square-plus').onClick(() => this.host.openLogMeeting([p.path])));
    menu.addItem((i) => i.setTitle(tr('action.contacted')).setIcon('check').onClick(() => void this.host.actions.markContacted(p.path)));
    menu.addItem((i) => i.setTitle(tr('action.draft')).setIcon('mail').onClick(() => this.host.openDraft(p.path)));
    menu.addSeparator();
    menu.addItem((i) => i.setTitle(tr('action.snoozeWeek')).setIcon('alarm-clock').onClick(() => void this.host.actions.snooze(p.path, addDays(today, 7))));
    menu.addItem((i) => i.setTitle(tr('action.snoozeMonth')).setIcon('alarm-clock').onClick(() => void this.host.actions.snooze(p.path, addMonths(today, 1))));
    menu.addItem((i) => i.setTitle(tr('action.snoozeUntil')).setIcon('calendar').onClick(() => this.host.openSnoozeUntil(p.path)));
    menu.addItem((i) => i.setTitle(tr('action.pause')).setIcon('pause').onClick(() => void this.host.actions.pause(p.path)));
    menu.addSeparator();
    menu.addItem((i) => i.setTitle(tr('action.open')).setIcon('file-text').onClick(() => void this.host.actions.open(p.path)));
    return menu;
  }
}
