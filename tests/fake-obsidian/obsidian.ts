/**
 * The in-memory fake of the `obsidian` module (a vitest alias maps `obsidian` here; the
 * browser test bundles it with esbuild). No Node API: it runs in happy-dom and in a page.
 * Behaviour follows shared/OBSIDIAN-HOST.md; test knobs live in ./host.ts.
 */
import type * as O from 'obsidian';
import { installDomPolyfills } from './dom';

/** The real package's interfaces and type aliases (explicit exports below shadow its classes). */
export type * from 'obsidian';
export { installDomPolyfills } from './dom';
export { Events } from './events';
export { Component } from './component';
export { TAbstractFile, TFile, TFolder, Vault, FakeAdapter } from './vault';
export { MetadataCache } from './metadata';
export { FileManager } from './fileManager';
export { App } from './app';
export {
  View,
  ItemView,
  FileView,
  EditableFileView,
  TextFileView,
  MarkdownView,
  MarkdownRenderChild,
  MarkdownRenderer,
  FakeEditor,
  FakeEditor as Editor,
  DeferredView,
} from './views';
export {
  Workspace,
  WorkspaceLeaf,
  WorkspaceSplit,
  WorkspaceSplit as WorkspaceSidedock,
  WorkspaceSplit as WorkspaceRoot,
  WorkspaceSplit as WorkspaceParent,
  WorkspaceSplit as WorkspaceItem,
  WorkspaceSplit as WorkspaceMobileDrawer,
} from './workspace';
export { Plugin, PluginSettingTab, SettingTab } from './plugin';
export { Modal, SuggestModal, FuzzySuggestModal, PopoverSuggest, AbstractInputSuggest, EditorSuggest } from './modal';
export {
  Setting,
  BaseComponent,
  ValueComponent,
  AbstractTextComponent,
  TextComponent,
  TextAreaComponent,
  SearchComponent,
  MomentFormatComponent,
  ToggleComponent,
  DropdownComponent,
  ButtonComponent,
  ExtraButtonComponent,
  SliderComponent,
  ColorComponent,
  ProgressBarComponent,
  DisplayValueComponent,
} from './settings';
export { Notice, Menu, MenuItem, MenuSeparator, Scope, Keymap, HoverPopover } from './ui';
export { parseYaml, stringifyYaml, getFrontMatterInfo, YAMLParseError } from './yaml';
export {
  getLinkpath,
  parseLinktext,
  getAllTags,
  parseFrontMatterTags,
  parseFrontMatterAliases,
  parseFrontMatterEntry,
  parseFrontMatterStringArray,
  iterateCacheRefs,
  iterateRefs,
  stripHeading,
  stripHeadingForLink,
} from './links';
export {
  apiVersion,
  requireApiVersion,
  normalizePath,
  debounce,
  Platform,
  getLanguage,
  requestUrl,
  request,
  prepareFuzzySearch,
  prepareSimpleSearch,
  sortSearchResults,
  renderMatches,
  renderResults,
  setIcon,
  addIcon,
  removeIcon,
  getIcon,
  getIconIds,
  setTooltip,
  displayTooltip,
  sanitizeHTMLToDom,
  htmlToMarkdown,
  arrayBufferToBase64,
  base64ToArrayBuffer,
  arrayBufferToHex,
  hexToArrayBuffer,
} from './utils';
export { moment } from './moment';
export { parseMarkdown } from './markdownIndexer';

/** `instanceof` targets only: the fake vault never uses a real file system. */
export class FileSystemAdapter {}
export class CapacitorAdapter {}

export const resolveSubpath: typeof O.resolveSubpath = (cache, subpath) => {
  const parts = subpath.replace(/^#/, '').split('#').filter(Boolean);
  if (parts.length === 1 && parts[0].startsWith('^')) {
    const block = cache.blocks?.[parts[0].slice(1).toLowerCase()] ?? cache.blocks?.[parts[0].slice(1)];
    return block ? { type: 'block', block, list: cache.listItems?.find((l) => l.position.start.line === block.position.start.line), start: block.position.start, end: block.position.end } : null;
  }
  const headings = cache.headings ?? [];
  let idx = -1;
  let level = 0;
  for (const want of parts) {
    const i = headings.findIndex((h, k) => k > idx && (idx === -1 || h.level > level) && h.heading.toLowerCase() === want.toLowerCase());
    if (i === -1) return null;
    idx = i;
    level = headings[i].level;
  }
  if (idx === -1) return null;
  const current = headings[idx];
  const next = headings.slice(idx + 1).find((h) => h.level <= current.level);
  return { type: 'heading', current, next: next as O.HeadingCache, start: current.position.start, end: next ? next.position.start : null };
};

const g = globalThis as unknown as { window?: Window & typeof globalThis; document?: unknown };
if (g.document) installDomPolyfills(g.window ?? (globalThis as unknown as Window & typeof globalThis));
