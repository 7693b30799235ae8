/** `App` and the registries Obsidian keeps internally (commands, views, setting tabs). */
import type * as O from 'obsidian';
import { FileManager } from './fileManager';
import { MetadataCache } from './metadata';
import type { SettingTab } from './plugin';
import { Keymap, Scope } from './ui';
import { Vault } from './vault';
import { MarkdownView } from './views';
import { Workspace } from './workspace';

/** Result of running a command: whether it ran, and what its callback returned. */
export interface CommandRun {
  ran: boolean;
  result?: unknown;
}

/** Mirrors Obsidian's internal `app.commands`. */
export class Commands {
  readonly commands: Record<string, O.Command> = {};
  constructor(private app: App) {}

  addCommand(command: O.Command): void {
    this.commands[command.id] = command;
  }
  removeCommand(id: string): void {
    delete this.commands[id];
  }
  findCommand(id: string): O.Command | undefined {
    return this.commands[id];
  }
  listCommands(): O.Command[] {
    return Object.values(this.commands);
  }

  /**
   * editorCheckCallback/editorCallback (need an active markdown editor) win over
   * checkCallback, which wins over callback; `checkCallback(true)` must say yes first.
   */
  run(id: string): CommandRun {
    const c = this.commands[id];
    if (!c) return { ran: false };
    const view = this.app.workspace.getActiveViewOfType(MarkdownView as unknown as O.Constructor<O.MarkdownView>);
    if (c.editorCheckCallback || c.editorCallback) {
      if (!view) return { ran: false };
      const editor = view.editor;
      if (c.editorCheckCallback) {
        if (!c.editorCheckCallback(true, editor, view)) return { ran: false };
        return { ran: true, result: c.editorCheckCallback(false, editor, view) };
      }
      return { ran: true, result: c.editorCallback!(editor, view) };
    }
    if (c.checkCallback) {
      if (!c.checkCallback(true)) return { ran: false };
      return { ran: true, result: c.checkCallback(false) };
    }
    if (c.callback) return { ran: true, result: c.callback() };
    return { ran: false };
  }

  executeCommandById(id: string): boolean {
    return this.run(id).ran;
  }
}

export class ViewRegistry {
  readonly viewByType = new Map<string, O.ViewCreator>();
  readonly extensions = new Map<string, string>();
  registerView(type: string, creator: O.ViewCreator): void {
    if (this.viewByType.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
    this.viewByType.set(type, creator);
  }
  unregisterView(type: string): void {
    this.viewByType.delete(type);
  }
  getViewCreatorByType(type: string): O.ViewCreator | undefined {
    return this.viewByType.get(type);
  }
}

export class SettingRegistry {
  readonly pluginTabs: SettingTab[] = [];
  /** Fake-only: the tab shown by `host.openSettingTab`. */
  activeTab: SettingTab | null = null;
  addSettingTab(tab: O.PluginSettingTab): void {
    this.pluginTabs.push(tab as unknown as SettingTab);
  }
  removeSettingTab(tab: O.PluginSettingTab): void {
    const t = tab as unknown as SettingTab;
    if (this.activeTab === t) {
      t.hide();
      t.containerEl.remove();
      this.activeTab = null;
    }
    this.pluginTabs.remove(t);
  }
}

type CodeBlockHandler = (source: string, el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => Promise<any> | void;

export class App implements Pick<O.App, 'lastEvent' | 'isDarkMode' | 'loadLocalStorage' | 'saveLocalStorage'> {
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  keymap = new Keymap();
  scope = new Scope();
  lastEvent: O.UserEvent | null = null;
  commands: Commands;
  viewRegistry = new ViewRegistry();
  setting = new SettingRegistry();
  plugins = { plugins: {} as Record<string, O.Plugin>, manifests: {} as Record<string, O.PluginManifest>, enabledPlugins: new Set<string>() };
  markdown = { postProcessors: [] as O.MarkdownPostProcessor[], codeBlockProcessors: new Map<string, CodeBlockHandler>() };
  editorExtensions: unknown[] = [];
  editorSuggests: O.EditorSuggest<any>[] = [];
  protocolHandlers = new Map<string, O.ObsidianProtocolHandler>();
  cliHandlers = new Map<string, O.CliHandler>();
  statusBarEl: HTMLElement;
  private localStorage = new Map<string, unknown>();

  constructor(options: { vaultName?: string; now?: () => number; configDir?: string } = {}) {
    this.vault = new Vault(options.vaultName, options.now);
    if (options.configDir) this.vault.configDir = options.configDir;
    this.metadataCache = new MetadataCache(this.vault);
    this.fileManager = new FileManager(this.vault, this.metadataCache);
    this.workspace = new Workspace(this);
    this.commands = new Commands(this);
    this.statusBarEl = document.createElement('div');
    this.statusBarEl.className = 'status-bar';
  }

  isDarkMode(): boolean {
    return false;
  }
  loadLocalStorage(key: string): any | null {
    return this.localStorage.has(key) ? this.localStorage.get(key) : null;
  }
  saveLocalStorage(key: string, data: unknown | null): void {
    if (data === null || data === undefined) this.localStorage.delete(key);
    else this.localStorage.set(key, data);
  }
}
