import { Plugin, TFile, getLanguage, type WorkspaceLeaf } from 'obsidian';
import { migrateSettings, settingsProblems, type Settings } from '../core/settings';
import { localToday } from '../core/dates';
import { pickLang, type Lang } from '../core/i18n';
import { LiveIndex } from './liveIndex';
import { PersonActions } from './actions';
import { DueView, VIEW_TYPE_DUE } from './dueView';
import { Flows } from './flows';
import { ReconnectSettingTab } from './settingsTab';
import { registerCommands } from './commands';
import { translator, type Translate } from './strings';
import type { ReconnectHost } from './host';
import { Outreach } from './outreach';

/** Wiring only: settings, the live index, the view, commands, the status bar. */
export default class ReconnectPlugin extends Plugin implements ReconnectHost {
  private data!: Settings;
  live!: LiveIndex;
  actions!: PersonActions;
  flows!: Flows;
  outreach!: Outreach;
  tr: Translate = translator(() => this.lang());
  private statusEl: HTMLElement | null = null;
  prepFor: string | null = null;
  private reindexTimer: number | null = null;

  async onload(): Promise<void> {
    const raw: unknown = await this.loadData();
    this.data = migrateSettings(raw);
    this.live = new LiveIndex(this.app, () => this.data);
    // Values of a hand-edited data.json the settings cannot use: problems, as `reconnect check` says them.
    const dataPath = `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
    this.live.settingsProblems = settingsProblems(raw, dataPath);
    this.actions = new PersonActions(this.app, this.live, () => this.data, this.tr, () => this.today());
    this.flows = new Flows(this.app, this.live, this.actions, () => this.data, this.tr, () => this.today());
    this.outreach = new Outreach(this.app, this.live, () => this.data, this.tr, () => this.lang(), () => this.today());
    for (const ref of this.live.eventRefs()) this.registerEvent(ref);
    this.registerMarkdownCodeBlockProcessor('reconnect', this.outreach.codeBlock(this));
    const templateChanged = (path: string): boolean => {
      const changed = this.outreach.templateFileChanged(path);
      if (changed) this.live.trigger('changed');
      return changed;
    };
    this.registerEvent(this.app.vault.on('modify', (f) => templateChanged(f.path)));
    this.registerEvent(this.app.vault.on('create', (f) => templateChanged(f.path)));
    this.registerEvent(this.app.vault.on('delete', (f) => templateChanged(f.path)));
    this.registerEvent(this.app.vault.on('rename', (f, old) => templateChanged(old) || templateChanged(f.path)));
    this.register(() => this.live.stop());
    this.registerView(VIEW_TYPE_DUE, (leaf) => new DueView(leaf, this));
    this.registerHoverLinkSource(VIEW_TYPE_DUE, { display: this.tr('plugin.name'), defaultMod: true });
    this.addRibbonIcon('users', this.tr('ribbon.open'), () => void this.activateView());
    this.statusEl = this.addStatusBarItem();
    this.statusEl.addClass('reconnect-status', 'mod-clickable');
    this.statusEl.setAttr('aria-label', this.tr('status.tooltip'));
    this.registerDomEvent(this.statusEl, 'click', () => void this.activateView());
    this.registerEvent(this.live.on('changed', () => this.updateStatus()));
    registerCommands(this, this.flows, this.actions, this.live, this.outreach, this.tr, () => this.activateView(), () => this.lang());
    this.addCommand({ id: 'review-my-network', name: this.tr('cmd.review'), callback: () => void this.writeReview() });
    this.addCommand({ id: 'set-bucket-for-imported-people', name: this.tr('cmd.setBucketImported'), callback: () => this.flows.openSetBucketForImported() });
    this.addCommand({
      id: 'prepare-for-meeting',
      name: this.tr('cmd.prepare'),
      callback: () => this.flows.pickPerson((p) => void this.prepare(p.path)),
    });
    this.addSettingTab(new ReconnectSettingTab(this.app, this, { getSettings: () => this.data, tr: this.tr, saveSettings: (r) => this.saveSettings(r) }));
    // A new day moves people onto the list: check once a minute, re-render only when the day changed.
    let day = this.today();
    this.registerInterval(
      window.setInterval(() => {
        if (this.today() === day) return;
        day = this.today();
        this.live.trigger('changed');
      }, 60_000),
    );
    this.app.workspace.onLayoutReady(() => void this.live.start());
  }

  getSettings(): Settings {
    return this.data;
  }

  lang(): Lang {
    return pickLang(this.data?.language ?? 'auto', getLanguage());
  }

  today(): string {
    return localToday();
  }

  async saveSettings(reindex: boolean): Promise<void> {
    await this.saveData(this.data);
    // What is saved is what the settings use: nothing is left to fix in data.json.
    this.live.settingsProblems = [];
    if (!reindex) {
      this.live.settingsChanged();
      return;
    }
    if (this.reindexTimer !== null) window.clearTimeout(this.reindexTimer);
    this.reindexTimer = window.setTimeout(() => {
      this.reindexTimer = null;
      void this.live.start();
    }, 800);
  }

  private updateStatus(): void {
    if (!this.statusEl) return;
    const n = this.live.due.dueList(this.today()).length;
    this.statusEl.setText(this.tr('status.due', n));
    this.statusEl.toggle(n > 0);
  }

  /** Opens (or reveals) the due list in the right sidebar. */
  async activateView(): Promise<void> {
    const { workspace } = this.app;
    let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_DUE)[0] ?? null;
    if (!leaf) {
      leaf = workspace.getRightLeaf(false);
      if (!leaf) return;
      await leaf.setViewState({ type: VIEW_TYPE_DUE, active: true });
    }
    await workspace.revealLeaf(leaf);
  }

  openLogMeeting(paths: string[]): void {
    this.flows.openLogMeeting(paths);
  }

  openNewPerson(name?: string): void {
    this.flows.openNewPerson(name);
  }

  openSnoozeUntil(path: string): void {
    this.flows.openSnoozeUntil(path);
  }

  openLogEvent(): void {
    this.flows.openLogEvent(this.lang());
  }

  openDraft(path: string, template?: string, otherPath?: string): void {
    this.outreach.draftMessage(path, template ?? null, otherPath ?? null);
  }

  async writeReview(): Promise<void> {
    const file = await this.flows.writeReview(this.lang());
    if (file) await this.app.workspace.getLeaf(false).openFile(file);
  }

  openSetBucketForImported(): void {
    this.flows.openSetBucketForImported();
  }

  importedWithoutBucket(): number {
    return this.flows.importedWithoutBucket().length;
  }

  /** Prepare for meeting with…: the prep panel shows that person until closed. */
  async prepare(path: string): Promise<void> {
    this.prepFor = path;
    await this.activateView();
    this.live.trigger('prep');
  }

  /** The active note, when it is a person. */
  activePersonPath(): string | null {
    const file = this.app.workspace.getActiveFile();
    return file instanceof TFile && this.live.index.person(file.path) ? file.path : null;
  }
}
