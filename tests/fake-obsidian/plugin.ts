/**
 * `Plugin` (OBSIDIAN-HOST §6): registrations are undone on unload; command ids get the
 * `<manifest.id>:` prefix; `loadData()` is null when `data.json` does not exist.
 */
import type * as O from 'obsidian';
import type { App } from './app';
import { Component } from './component';
import { setIcon } from './utils';

type PluginPick = Pick<
  O.Plugin,
  | 'manifest'
  | 'addRibbonIcon'
  | 'addStatusBarItem'
  | 'addCommand'
  | 'removeCommand'
  | 'addSettingTab'
  | 'registerView'
  | 'registerHoverLinkSource'
  | 'registerExtensions'
  | 'registerMarkdownPostProcessor'
  | 'registerMarkdownCodeBlockProcessor'
  | 'registerBasesView'
  | 'registerEditorExtension'
  | 'registerObsidianProtocolHandler'
  | 'registerEditorSuggest'
  | 'registerCliHandler'
  | 'loadData'
  | 'saveData'
  | 'onUserEnable'
>;

export abstract class Plugin extends Component implements PluginPick {
  app: App;
  manifest: O.PluginManifest;

  constructor(app: O.App, manifest: O.PluginManifest) {
    super();
    this.app = app as unknown as App;
    this.manifest = manifest;
  }

  override onload(): Promise<void> | void {}

  private get dataPath(): string {
    const dir = this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
    return `${dir}/data.json`;
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
    const el = document.createElement('div');
    el.className = 'side-dock-ribbon-action clickable-icon';
    el.setAttribute('aria-label', title);
    setIcon(el, icon);
    el.addEventListener('click', (evt) => callback(evt as MouseEvent));
    this.app.workspace.leftRibbon.containerEl.appendChild(el);
    this.register(() => el.remove());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = document.createElement('div');
    el.className = `status-bar-item plugin-${this.manifest.id}`;
    this.app.statusBarEl.appendChild(el);
    this.register(() => el.remove());
    return el;
  }

  /** Mutates and returns the command: id `<plugin id>:<id>`, name `<plugin name>: <name>`. */
  addCommand(command: O.Command): O.Command {
    command.id = `${this.manifest.id}:${command.id}`;
    command.name = `${this.manifest.name}: ${command.name}`;
    this.app.commands.addCommand(command);
    this.register(() => this.app.commands.removeCommand(command.id));
    return command;
  }

  removeCommand(commandId: string): void {
    this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: O.PluginSettingTab): void {
    this.app.setting.addSettingTab(settingTab);
    this.register(() => this.app.setting.removeSettingTab(settingTab));
  }

  registerView(type: string, viewCreator: O.ViewCreator): void {
    this.app.viewRegistry.registerView(type, viewCreator);
    this.register(() => {
      this.app.viewRegistry.unregisterView(type);
      this.app.workspace.detachLeavesOfType(type);
    });
  }

  registerHoverLinkSource(id: string, info: O.HoverLinkSource): void {
    this.app.workspace.registerHoverLinkSource(id, info);
    this.register(() => this.app.workspace.unregisterHoverLinkSource(id));
  }

  registerExtensions(extensions: string[], viewType: string): void {
    for (const ext of extensions) this.app.viewRegistry.extensions.set(ext, viewType);
    this.register(() => {
      for (const ext of extensions) this.app.viewRegistry.extensions.delete(ext);
    });
  }

  registerMarkdownPostProcessor(postProcessor: O.MarkdownPostProcessor, sortOrder?: number): O.MarkdownPostProcessor {
    if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
    this.app.markdown.postProcessors.push(postProcessor);
    this.register(() => this.app.markdown.postProcessors.remove(postProcessor));
    return postProcessor;
  }

  registerMarkdownCodeBlockProcessor(
    language: string,
    handler: (source: string, el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => Promise<any> | void,
    sortOrder?: number,
  ): O.MarkdownPostProcessor {
    this.app.markdown.codeBlockProcessors.set(language, handler);
    this.register(() => this.app.markdown.codeBlockProcessors.delete(language));
    const pp: O.MarkdownPostProcessor = () => {};
    pp.sortOrder = sortOrder;
    return pp;
  }

  registerBasesView(viewId: string, registration: O.BasesViewRegistration): boolean {
    void viewId;
    void registration;
    return false;
  }

  registerEditorExtension(extension: Parameters<O.Plugin['registerEditorExtension']>[0]): void {
    this.app.editorExtensions.push(extension);
  }

  registerObsidianProtocolHandler(action: string, handler: O.ObsidianProtocolHandler): void {
    this.app.protocolHandlers.set(action, handler);
    this.register(() => this.app.protocolHandlers.delete(action));
  }

  registerEditorSuggest(editorSuggest: O.EditorSuggest<any>): void {
    this.app.editorSuggests.push(editorSuggest);
    this.register(() => this.app.editorSuggests.remove(editorSuggest));
  }

  registerCliHandler(command: string, description: string, flags: O.CliFlags | null, handler: O.CliHandler): void {
    void description;
    void flags;
    this.app.cliHandlers.set(command, handler);
  }

  /** `null` when `<configDir>/plugins/<id>/data.json` does not exist. */
  async loadData(): Promise<any> {
    const adapter = this.app.vault.adapter;
    if (!(await adapter.exists(this.dataPath))) return null;
    return JSON.parse(await adapter.read(this.dataPath));
  }

  async saveData(data: any): Promise<void> {
    await this.app.vault.adapter.write(this.dataPath, JSON.stringify(data, null, 2));
  }

  onUserEnable(): void {}
}

type SettingTabPick = Pick<
  O.PluginSettingTab,
  'icon' | 'containerEl' | 'settingItems' | 'getSettingDefinitions' | 'update' | 'getControlValue' | 'setControlValue' | 'refreshDomState' | 'display' | 'hide'
>;

export abstract class SettingTab implements SettingTabPick {
  icon = 'settings';
  app: O.App;
  containerEl: HTMLElement;
  settingItems: O.SettingDefinitionItem[] = [];

  constructor(app: O.App) {
    this.app = app;
    this.containerEl = document.createElement('div');
    this.containerEl.className = 'vertical-tab-content';
  }

  getSettingDefinitions(): O.SettingDefinitionItem[] {
    return [];
  }
  update(): void {
    this.settingItems = this.getSettingDefinitions();
  }
  getControlValue(key: string): unknown {
    void key;
    return undefined;
  }
  setControlValue(key: string, value: unknown): void | Promise<void> {
    void key;
    void value;
  }
  refreshDomState(): void {}
  display(): void {}
  hide(): void {
    this.containerEl.replaceChildren();
  }
}

export abstract class PluginSettingTab extends SettingTab {
  plugin: O.Plugin;
  constructor(app: O.App, plugin: O.Plugin) {
    super(app);
    this.plugin = plugin;
  }
}
