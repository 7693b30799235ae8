/**
 * The browser page's host: the fake `obsidian` module and its knobs, bundled for the browser
 * (esbuild, platform browser), plus what Obsidian's app does around a plugin and the fake leaves
 * out: the keymap that sends key presses to the open modal's scope, lucide icons in `setIcon`'s
 * `<svg>`s, a sidebar tab header. Then `boot()` loads the PRODUCTION `main.js`, unchanged, the way
 * Obsidian does: its text evaluated with a CommonJS wrapper whose `require("obsidian")` answers
 * this module.
 */
import * as obsidianModule from '../fake-obsidian/obsidian';
import { createHost, type Host } from '../fake-obsidian/host';
import { icons } from 'lucide';
// Types only: the plugin itself is the built main.js, loaded from the server.
import type ReconnectPlugin from '../../src/plugin/main';

type PluginClass = new (...args: never[]) => obsidianModule.Plugin;

interface BootOptions {
  /** Vault files, path → text (the demo vault, inlined by the server, plus extra notes). */
  files: Record<string, string>;
  configFiles?: Record<string, string>;
  /** Obsidian mobile: `Platform.isMobile`, `body.is-mobile is-phone`. */
  mobile?: boolean;
  /** The vault is already open and indexed when the plugin is enabled (big vaults). */
  enabledLater?: boolean;
}

interface PageState {
  host: Host;
  plugin: ReconnectPlugin;
  /** Errors thrown by event listeners inside the fake host (they would be swallowed otherwise). */
  listenerErrors: unknown[];
}

declare global {
  interface Window {
    obsidianFake: typeof api;
    reconnect?: PageState;
    /** Installed by the page before any script: reads and writes of Node globals. */
    __nodeGlobalUses: string[];
    __nodeGlobalTraps: Record<string, (() => unknown) | undefined>;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

/** Obsidian draws lucide icons; the fake only leaves `<svg data-icon>`: fill them in. */
function drawIcon(svg: SVGElement): void {
  if (svg.childElementCount > 0) return;
  const id = svg.getAttribute('data-icon') ?? '';
  const node = (icons as Record<string, [string, Record<string, string | number>][]>)[pascal(id)];
  if (!node) return;
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '24');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  for (const [tag, attrs] of node) {
    const child = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) child.setAttribute(k, String(v));
    svg.appendChild(child);
  }
}

function drawIcons(root: ParentNode): void {
  root.querySelectorAll<SVGElement>('svg[data-icon]').forEach(drawIcon);
}

/** Obsidian's keymap: a key press goes to the scope of the top modal (e.g. Mod+Enter to save). */
function installKeymap(host: Host): void {
  window.addEventListener('keydown', (evt) => {
    const modal = host.modals[host.modals.length - 1] as unknown as { scope?: obsidianModule.Scope } | undefined;
    const scope = modal?.scope;
    if (!scope) return;
    for (const h of scope.handlers) {
      if (h.key !== null && h.key !== undefined && h.key.toLowerCase() !== evt.key.toLowerCase()) continue;
      const mods = h.modifiers ? h.modifiers.split(',').filter(Boolean) : [];
      const want = { Mod: false, Ctrl: false, Meta: false, Shift: false, Alt: false } as Record<string, boolean>;
      for (const m of mods) want[m] = true;
      const mod = evt.ctrlKey || evt.metaKey;
      if (want.Mod ? !mod : !want.Ctrl && !want.Meta && mod) continue;
      if (want.Shift !== evt.shiftKey || want.Alt !== evt.altKey) continue;
      if (h.func(evt, { modifiers: h.modifiers, key: h.key, vkey: evt.key } as obsidianModule.KeymapContext) === false) evt.preventDefault();
      return;
    }
  });
}

/** The tab header Obsidian draws above a sidebar's views (icon + title). */
function sidebarTabHeaders(host: Host): void {
  const split = host.workspace.rightSplit.containerEl;
  let header = split.querySelector<HTMLElement>(':scope > .workspace-tab-header-container');
  if (!header) {
    header = document.createElement('div');
    header.className = 'workspace-tab-header-container';
    split.prepend(header);
  }
  header.replaceChildren();
  for (const leaf of host.workspace.rightSplit.children) {
    const tab = header.createDiv({ cls: 'workspace-tab-header is-active', attr: { 'aria-label': leaf.getDisplayText() } });
    obsidianModule.setIcon(tab.createDiv({ cls: 'workspace-tab-header-inner-icon' }), leaf.getIcon());
    tab.createDiv({ cls: 'workspace-tab-header-inner-title', text: leaf.getDisplayText() });
  }
}

async function boot(opts: BootOptions): Promise<PageState> {
  if (opts.mobile) document.body.addClass('is-mobile', 'is-phone');
  const host = createHost({
    files: opts.files,
    configFiles: opts.configFiles,
    autoSettle: true,
    layoutReady: opts.enabledLater ?? false,
    platform: opts.mobile ? { isMobile: true, isPhone: true, isMobileApp: true, isDesktop: false, isDesktopApp: false } : undefined,
  });
  installKeymap(host);
  new MutationObserver((records) => {
    for (const r of records) r.addedNodes.forEach((n) => n instanceof Element && (n.matches('svg[data-icon]') ? drawIcon(n as SVGElement) : drawIcons(n)));
  }).observe(document.body, { childList: true, subtree: true });
  host.workspace.on('layout-change', () => sidebarTabHeaders(host));

  // Exactly as Obsidian loads a community plugin: main.js as text, a CommonJS wrapper.
  const [code, manifest] = await Promise.all([fetch('/main.js').then((r) => r.text()), fetch('/manifest.json').then((r) => r.json() as Promise<obsidianModule.PluginManifest>)]);
  const module = { exports: {} as Record<string, unknown> };
  const run = new Function('module', 'exports', 'require', code) as (m: typeof module, e: unknown, r: (id: string) => unknown) => void;
  run(module, module.exports, window.require as unknown as (id: string) => unknown);
  const exported = module.exports as unknown as { default?: PluginClass } & PluginClass;
  const PluginClass = exported.default ?? exported;
  const plugin = (await host.loadPlugin(PluginClass as never, manifest)) as unknown as ReconnectPlugin;
  await host.setLayoutReady();
  for (let i = 0; i < 2000 && plugin.live.state !== 'warm'; i++) await new Promise((r) => setTimeout(r, 5));
  if (plugin.live.state !== 'warm') throw new Error('the live index never became warm');
  await host.settle();
  const state: PageState = { host, plugin, listenerErrors: host.listenerErrors as unknown[] };
  window.reconnect = state;
  return state;
}

/** The fake renderer leaves `**bold**` and `` `code` `` as typed: draw them, as Obsidian's reading view does. */
function inlineMarks(root: HTMLElement): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const t of texts) {
    if (t.parentElement?.closest('pre, code, .reconnect-block')) continue;
    const s = t.data;
    const re = /\*\*[^*]+\*\*|`[^`]+`/g;
    if (!re.test(s)) continue;
    re.lastIndex = 0;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      frag.append(s.slice(last, m.index));
      const tok = m[0];
      frag.append(tok.startsWith('**') ? createEl('strong', { text: tok.slice(2, -2) }) : createEl('code', { text: tok.slice(1, -1) }));
      last = m.index + tok.length;
    }
    frag.append(s.slice(last));
    t.replaceWith(frag);
  }
}

/**
 * Opens a note in the markdown pane in reading view, as Obsidian shows it: the title, the
 * properties, the text, and each fenced `reconnect` block rendered by the plugin's code block
 * processor (through the host, as reading view does). Returns the blocks' elements.
 */
async function showNote(path: string): Promise<HTMLElement[]> {
  const host = window.reconnect!.host;
  const { view } = await host.openFileInEditor(path);
  view.mode = 'preview';
  const text = host.vault._contents(path) ?? '';
  const info = obsidianModule.getFrontMatterInfo(text);
  const root = view.contentEl;
  root.empty();
  root.addClass('markdown-reading-view');
  view.containerEl.querySelector('.view-header-title')?.setText(path.replace(/\.md$/, '').split('/').pop() ?? path);
  const preview = root.createDiv({ cls: 'markdown-preview-view markdown-rendered' });
  preview.createDiv({ cls: 'inline-title', text: path.replace(/\.md$/, '').split('/').pop() ?? path });
  const fm = info.exists ? (obsidianModule.parseYaml(info.frontmatter) as Record<string, unknown> | null) : null;
  if (fm && Object.keys(fm).length > 0) {
    const props = preview.createDiv({ cls: 'metadata-container' });
    for (const [k, v] of Object.entries(fm)) {
      const row = props.createDiv({ cls: 'metadata-property' });
      row.createDiv({ cls: 'metadata-property-key', text: k });
      row.createDiv({ cls: 'metadata-property-value', text: Array.isArray(v) ? v.join(', ') : String(v ?? '') });
    }
  }
  const body = text.slice(info.exists ? info.contentStart : 0);
  const blocks: HTMLElement[] = [];
  const fence = /^```(\S*)\n([\s\S]*?)^```[ \t]*$/gm;
  let last = 0;
  const component = new obsidianModule.Component();
  for (let m = fence.exec(body); ; m = fence.exec(body)) {
    const chunk = body.slice(last, m ? m.index : body.length);
    if (chunk.trim() !== '') await obsidianModule.MarkdownRenderer.render(host.app as never, chunk, preview, path, component);
    if (!m) break;
    last = m.index + m[0].length;
    if (m[1] === 'reconnect') {
      const rendered = await host.renderCodeBlock('reconnect', m[2], path);
      const holder = rendered.el.parentElement;
      preview.appendChild(rendered.el);
      holder?.remove();
      blocks.push(rendered.el);
    } else {
      preview.createEl('pre').createEl('code', { text: m[2] });
    }
  }
  inlineMarks(preview);
  await host.settle();
  return blocks;
}

/** People for the 10,000-person vault: everyone overdue, a few shapes of note. */
function bigVault(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const day = `2026-${String((i % 9) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    files[`People/Person ${String(i).padStart(5, '0')}.md`] = `---\ncadence: monthly\ncompany: Company ${i % 97}\n---\n## Log\n- ${day} call\n`;
  }
  return files;
}

const api = { module: obsidianModule, createHost, boot, bigVault, drawIcons, showNote };
window.obsidianFake = api;
(window as unknown as { require: (id: string) => unknown }).require = (id: string) => {
  if (id === 'obsidian') return obsidianModule;
  throw new Error(`Cannot find module '${id}' (only "obsidian" is provided to plugins on mobile)`);
};
