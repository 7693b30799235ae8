// @vitest-environment happy-dom
/**
 * The fake `obsidian` module against the facts of shared/OBSIDIAN-HOST.md. The expected
 * caches below follow the shapes of caches captured from real Obsidian (1.7–1.8).
 */
import type * as O from 'obsidian';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHostFromDisk } from './fake-obsidian/fromDisk';
import { createHost, type Host } from './fake-obsidian/host';
import {
  AbstractInputSuggest,
  Component,
  MarkdownRenderChild,
  Events,
  FuzzySuggestModal,
  getAllTags,
  getFrontMatterInfo,
  getLinkpath,
  ItemView,
  MarkdownView,
  Menu,
  Modal,
  normalizePath,
  Notice,
  parseFrontMatterTags,
  parseMarkdown,
  parseYaml,
  Plugin,
  PluginSettingTab,
  prepareFuzzySearch,
  requestUrl,
  Setting,
  TFile,
  TFolder,
  moment,
} from './fake-obsidian/obsidian';

let host: Host | null = null;
afterEach(async () => {
  await host?.destroy();
  host = null;
});

function ready(files: Record<string, string>, extra: Parameters<typeof createHost>[0] = {}): Host {
  host = createHost({ files, layoutReady: true, ...extra });
  return host;
}

function file(h: Host, path: string): O.TFile {
  const f = h.vault.getFileByPath(path);
  if (!f) throw new Error(`missing ${path}`);
  return f;
}

const loc = (line: number, col: number, offset: number) => ({ line, col, offset });
const pos = (a: [number, number, number], b: [number, number, number]) => ({ start: loc(...a), end: loc(...b) });

// ---------------------------------------------------------------------------------------
describe('§1 CachedMetadata from the indexer', () => {
  it('leaves empty keys absent, not []', () => {
    const c = parseMarkdown('Just a sentence.\n');
    expect(Object.keys(c).sort()).toEqual(['sections']);
    expect(c.links).toBeUndefined();
    expect(c.tags).toBeUndefined();
    expect(c.listItems).toBeUndefined();
    expect(c.frontmatter).toBeUndefined();
    expect(c.frontmatterLinks).toBeUndefined();
    expect(parseMarkdown('')).toEqual({});
  });

  it('keeps frontmatter dates as strings, types numbers and booleans, empty → null', () => {
    const c = parseMarkdown('---\nmet: 2026-03-04\nat: 2024-07-21T12:37:00\nn: 12\nok: true\nempty:\ntags: a, b\nlink: [[A]]\nbirthday: --05-14\n---\nbody\n');
    expect(c.frontmatter).toEqual({
      met: '2026-03-04',
      at: '2024-07-21T12:37:00',
      n: 12,
      ok: true,
      empty: null,
      tags: 'a, b',
      link: [['A']],
      birthday: '--05-14',
    });
    expect(typeof c.frontmatter!.met).toBe('string');
    expect(c.frontmatterPosition).toEqual(pos([0, 0, 0], [9, 3, 110]));
    expect(c.frontmatterLinks).toEqual([]);
    expect(c.sections![0]).toEqual({ type: 'yaml', position: pos([0, 0, 0], [9, 3, 110]) });
  });

  it('gives `---\\n---` a yaml section but no frontmatter keys', () => {
    const c = parseMarkdown('---\n---\n\n# T\n');
    expect(c.frontmatter).toBeUndefined();
    expect(c.frontmatterPosition).toBeUndefined();
    expect(c.frontmatterLinks).toBeUndefined();
    expect(c.sections!.map((s) => s.type)).toEqual(['yaml', 'heading']);
    expect(c.sections![0].position).toEqual(pos([0, 0, 0], [1, 3, 7]));
  });

  it('records whole-value quoted frontmatter links, list items keyed prop.N', () => {
    const c = parseMarkdown('---\nintroduced_by: "[[Maya Chen|Maya]]"\npeople:\n  - "[[Ana]]"\n  - "[[Ben#Work]]"\nnote: see [[X]]\n---\n');
    expect(c.frontmatterLinks).toEqual([
      { key: 'introduced_by', link: 'Maya Chen', original: '[[Maya Chen|Maya]]', displayText: 'Maya' },
      { key: 'people.0', link: 'Ana', original: '[[Ana]]', displayText: 'Ana' },
      { key: 'people.1', link: 'Ben#Work', original: '[[Ben#Work]]', displayText: 'Ben > Work' },
    ]);
    expect(c.links).toBeUndefined();
  });

  it('records links with displayText, keeps #subpath, drops the alias, decodes markdown destinations', () => {
    const text = [
      '[[Ana]] [[Ana#Notes]] [[Ana|A.]] [[#Log]] [[#^b1]] ![[pic.png]]',
      '[t](People/Ana%20Lopez.md) [u](https://example.com) [v]() ![alt](img/x.png)',
    ].join('\n');
    const c = parseMarkdown(text);
    expect(c.links!.map((l) => [l.link, l.displayText, l.original])).toEqual([
      ['Ana', 'Ana', '[[Ana]]'],
      ['Ana#Notes', 'Ana > Notes', '[[Ana#Notes]]'],
      ['Ana', 'A.', '[[Ana|A.]]'],
      ['#Log', 'Log', '[[#Log]]'],
      ['#^b1', '^b1', '[[#^b1]]'],
      ['People/Ana Lopez.md', 't', '[t](People/Ana%20Lopez.md)'],
    ]);
    expect(c.embeds!.map((l) => [l.link, l.original])).toEqual([
      ['pic.png', '![[pic.png]]'],
      ['img/x.png', '![alt](img/x.png)'],
    ]);
    expect(c.links![0].position).toEqual(pos([0, 0, 0], [0, 7, 7]));
    expect(c.embeds![0].position).toEqual(pos([0, 51, 51], [0, 63, 63]));
  });

  it('ignores links and tags in fenced code, inline code and HTML comments, but not in %% comments', () => {
    const text = [
      '```',
      '[[InFence]] #fence',
      '```',
      'Inline `[[InCode]] #code` text.',
      '<!-- [[InHtml]] #html -->',
      '',
      '- a %% [[InComment]] #commented %% b',
      '',
      '%%',
      '- [ ] hidden item #blocktag',
      '%%',
    ].join('\n');
    const c = parseMarkdown(text);
    expect(c.links!.map((l) => l.link)).toEqual(['InComment']);
    expect(c.tags!.map((t) => t.tag)).toEqual(['#commented', '#blocktag']);
    expect(c.listItems).toHaveLength(1);
    expect(c.sections!.map((s) => s.type)).toEqual(['code', 'paragraph', 'html', 'list', 'comment']);
    expect(c.sections![4].position).toEqual(pos([8, 0, 124], [10, 2, 157]));
  });

  it('records body tags only, not all-digit ones', () => {
    const c = parseMarkdown('---\ntags: [person]\n---\nHi #work/client and #2024 and a#b, #ok.\n');
    expect(c.tags!.map((t) => t.tag)).toEqual(['#work/client', '#ok']);
    expect(c.tags![0].position).toEqual(pos([3, 3, 26], [3, 15, 38]));
    expect(getAllTags(c)).toEqual(['#person', '#work/client', '#ok']);
  });

  it('gives a list starting at line 0 the root parent -1, like one starting at line 1', () => {
    const at0 = parseMarkdown('- a\n- b\n  - c\n');
    expect(at0.listItems!.map((l) => l.parent)).toEqual([-1, -1, 1]);
    const at1 = parseMarkdown('\n- a\n');
    expect(at1.listItems![0].parent).toBe(-1);
    const at7 = parseMarkdown('# H\n\npara\n\n## H2\n\ntext\n- x\n');
    expect(at7.listItems![0].parent).toBe(-7);
  });

  it('records task characters, nesting by parent line, new lists per marker kind', () => {
    const text = ['- [ ] todo', '    - [x] done child', '    - plain child', '* [/] other list', '1. [-] ordered', '1) [>] paren'].join('\n');
    const c = parseMarkdown(text);
    expect(c.listItems!.map((l) => [l.parent, l.task])).toEqual([
      [-1, ' '],
      [0, 'x'],
      [0, undefined],
      [-3, '/'],
      [-4, '-'],
      [-5, '>'],
    ]);
    expect('task' in c.listItems![2]).toBe(false);
    // a nested item starts at its parent's content column; the parent excludes the sub-list
    expect(c.listItems![0].position).toEqual(pos([0, 0, 0], [0, 10, 10]));
    expect(c.listItems![1].position).toEqual(pos([1, 2, 13], [1, 20, 31]));
    expect(c.sections!.map((s) => s.type)).toEqual(['list', 'list', 'list', 'list']);
  });

  it('spans continuation lines and nested fences; loose items end at the blank line', () => {
    const text = ['Intro', '', '1. one', '   more', '', '2. two', '   ```', '   code', '   ```', '3. three'].join('\n');
    const c = parseMarkdown(text);
    expect(c.listItems!.map((l) => [l.parent, l.position.start.line, l.position.end.line, l.position.end.col])).toEqual([
      [-2, 2, 4, 0],
      [-2, 5, 8, 6],
      [-2, 9, 9, 8],
    ]);
    expect(c.sections!.map((s) => s.type)).toEqual(['paragraph', 'list']);
  });

  it('records list items inside block quotes and callouts', () => {
    const c = parseMarkdown('> [!note]\n> - [ ] in callout\n>     - [ ] nested\n\n> - quoted\n');
    expect(c.listItems!.map((l) => [l.parent, l.position.start.col])).toEqual([
      [-1, 2],
      [1, 4],
      [-4, 2],
    ]);
    expect(c.sections!.map((s) => s.type)).toEqual(['callout', 'blockquote']);
  });

  it('records headings raw, with their links, and block ids', () => {
    const c = parseMarkdown('# About [[Ana]] #x\n\nSome text ^para-1\n\n- item ^item1\n');
    expect(c.headings).toEqual([{ heading: 'About [[Ana]] #x', level: 1, position: pos([0, 0, 0], [0, 18, 18]) }]);
    expect(c.links!.map((l) => l.link)).toEqual(['Ana']);
    expect(c.blocks!['para-1'].position).toEqual(pos([2, 0, 20], [2, 17, 37]));
    expect(c.sections![1].id).toBe('para-1');
    expect(c.listItems![0].id).toBe('item1');
    expect(c.blocks!.item1.position).toEqual(c.listItems![0].position);
  });

  it('leaves headings in quotes, callouts and list items out of headings (obsidian-switcher-plus#195)', () => {
    const c = parseMarkdown('# Top\n\n> # In quote\n\n> [!note]\n> ## In callout #t\n\n- # In item\n');
    expect(c.headings!.map((h) => h.heading)).toEqual(['Top']);
    expect(c.tags!.map((t) => t.tag)).toEqual(['#t']);
  });
});

// ---------------------------------------------------------------------------------------
describe('§1 tag and link helpers', () => {
  it('parseFrontMatterTags: list, single, invalid, empty, TAG ignored', () => {
    expect(parseFrontMatterTags({ tags: ['a', '#b'] })).toEqual(['#a', '#b']);
    expect(parseFrontMatterTags({ tags: 'a' })).toEqual(['#a']);
    expect(parseFrontMatterTags({ tags: 'a, b' })).toEqual([]);
    expect(parseFrontMatterTags({ tags: null })).toBeNull();
    expect(parseFrontMatterTags({ TAG: ['x'] })).toBeNull();
    expect(parseFrontMatterTags(null)).toBeNull();
  });

  it('getLinkpath, normalizePath, getFrontMatterInfo, parseYaml', () => {
    expect(getLinkpath('Ana#Notes')).toBe('Ana');
    expect(normalizePath('//People\\\\Ana//')).toBe('People/Ana');
    expect(normalizePath('')).toBe('/');
    expect(normalizePath('a\u00A0b')).toBe('a b');
    const text = '---\na: 1\n---\nbody';
    expect(getFrontMatterInfo(text)).toEqual({ exists: true, frontmatter: 'a: 1\n', from: 4, to: 9, contentStart: 13 });
    expect(getFrontMatterInfo('body')).toEqual({ exists: false, frontmatter: '', from: 0, to: 0, contentStart: 0 });
    expect(parseYaml('d: 2026-01-02')).toEqual({ d: '2026-01-02' });
  });
});

// ---------------------------------------------------------------------------------------
describe('§2 metadata cache', () => {
  it('is null until indexed, stale right after an own write, fresh after settle()', async () => {
    const h = createHost({ files: { 'Ana.md': '---\nlast_contact: 2026-01-01\n---\n' } });
    host = h;
    await h.setLayoutReady();
    const f = file(h, 'Ana.md');
    expect(h.metadataCache.getFileCache(f)!.frontmatter!.last_contact).toBe('2026-01-01');

    const changed: string[] = [];
    h.metadataCache.on('changed', (file: O.TFile, data: string) => changed.push(`${file.path}:${data.length}`));
    await h.vault.process(f, (t) => t.replace('2026-01-01', '2026-02-02'));
    expect(h.metadataCache.getFileCache(f)!.frontmatter!.last_contact).toBe('2026-01-01'); // stale
    expect(changed).toEqual([]);
    await h.settle();
    expect(h.metadataCache.getFileCache(f)!.frontmatter!.last_contact).toBe('2026-02-02');
    expect(changed).toEqual(['Ana.md:33']);

    await h.fileManager.processFrontMatter(f, (fm) => (fm.last_contact = '2026-03-03'));
    expect(h.metadataCache.getFileCache(f)!.frontmatter!.last_contact).toBe('2026-02-02');
    await h.settle();
    expect(h.metadataCache.getFileCache(f)!.frontmatter!.last_contact).toBe('2026-03-03');

    const created = await h.vault.create('New.md', '# New');
    expect(h.metadataCache.getFileCache(created)).toBeNull();
    await h.settle();
    expect(h.metadataCache.getFileCache(created)!.headings![0].heading).toBe('New');
    expect(changed).toContain('New.md:5');
  });

  it('fires changed then resolve per file, then resolved once idle; deleted with the previous cache', async () => {
    const h = ready({ 'a.md': 'x', 'b.md': 'y' });
    const log: string[] = [];
    h.metadataCache.on('changed', (f: O.TFile) => log.push(`changed ${f.path}`));
    h.metadataCache.on('resolve', (f: O.TFile) => log.push(`resolve ${f.path}`));
    h.metadataCache.on('resolved', () => log.push('resolved'));
    h.metadataCache.on('deleted', (f: O.TFile, prev: O.CachedMetadata | null) => log.push(`deleted ${f.path} ${prev ? 'prev' : 'null'}`));
    await h.vault.modify(file(h, 'a.md'), 'x2');
    await h.vault.modify(file(h, 'b.md'), 'y2');
    await h.vault.delete(file(h, 'a.md'));
    expect(log).toEqual([]);
    await h.settle();
    expect(log).toEqual(['changed b.md', 'resolve b.md', 'deleted a.md prev', 'resolved']);
  });

  it('does not fire changed on rename; the entry and link maps move at once', async () => {
    const h = ready({ 'People/Ana.md': '# Ana', 'Log.md': 'Met [[Ana]] and [[Bob]].' });
    const changed: string[] = [];
    h.metadataCache.on('changed', (f: O.TFile) => changed.push(f.path));
    const ana = file(h, 'People/Ana.md');
    const cache = h.metadataCache.getFileCache(ana);
    expect(h.metadataCache.resolvedLinks['Log.md']).toEqual({ 'People/Ana.md': 1 });
    expect(h.metadataCache.unresolvedLinks['Log.md']).toEqual({ Bob: 1 });

    await h.vault.rename(ana, 'People/Ana Lopez.md');
    expect(h.metadataCache.getFileCache(ana)).toBe(cache);
    expect(h.metadataCache.getCache('People/Ana.md')).toBeNull();
    expect(h.metadataCache.resolvedLinks['People/Ana Lopez.md']).toEqual({});
    expect(h.metadataCache.resolvedLinks['Log.md']).toEqual({});
    expect(h.metadataCache.unresolvedLinks['Log.md']).toEqual({ Ana: 1, Bob: 1 });
    await h.settle();
    expect(changed).toEqual([]);
    expect(h.vault.getFileByPath('Log.md') && (await h.vault.read(file(h, 'Log.md')))).toBe('Met [[Ana]] and [[Bob]].');
  });

  it('resolves links: exact path, same folder, shortest path, case-insensitive, never by alias', () => {
    const h = ready({
      'Ana.md': '',
      'People/Ana.md': '',
      'People/Zoe.md': '---\naliases: [Zed]\n---\n',
      'Archive/Old/Zoe.md': '',
      'Notes/Deep/Bob.md': '',
      'Notes/Bob.md': '',
      'Meetings/m.md': '[[Zed]] [[zoe]] [[bob#Work]] [[#Top]] [[Ana]]',
    });
    const mc = h.metadataCache;
    expect(mc.getFirstLinkpathDest('Ana', 'People/x.md')!.path).toBe('Ana.md'); // exact vault path first
    expect(mc.getFirstLinkpathDest('People/Ana', 'x.md')!.path).toBe('People/Ana.md');
    expect(mc.getFirstLinkpathDest('zoe', 'Archive/Old/n.md')!.path).toBe('Archive/Old/Zoe.md'); // same folder
    expect(mc.getFirstLinkpathDest('ZOE', 'Meetings/m.md')!.path).toBe('People/Zoe.md'); // shortest path
    expect(mc.getFirstLinkpathDest('Bob#Work', 'm.md')!.path).toBe('Notes/Bob.md');
    expect(mc.getFirstLinkpathDest('Zed', 'Meetings/m.md')).toBeNull(); // aliases never resolve
    expect(mc.getFirstLinkpathDest('', 'Meetings/m.md')!.path).toBe('Meetings/m.md');
    expect(mc.resolvedLinks['Meetings/m.md']).toEqual({ 'People/Zoe.md': 1, 'Notes/Bob.md': 1, 'Meetings/m.md': 1, 'Ana.md': 1 });
    expect(mc.unresolvedLinks['Meetings/m.md']).toEqual({ Zed: 1 });
    expect(mc.resolvedLinks['Ana.md']).toEqual({});
  });
});

// ---------------------------------------------------------------------------------------
describe('§3 vault', () => {
  it('rejects create on an existing file and under a missing folder', async () => {
    const h = ready({ 'People/Ana.md': 'x' });
    await expect(h.vault.create('People/Ana.md', 'y')).rejects.toThrow('File already exists.');
    await expect(h.vault.create('Nope/Ana.md', 'y')).rejects.toThrow(/ENOENT/);
    await expect(h.vault.create('People/A: B.md', 'y')).rejects.toThrow(/cannot contain/);
    expect(await h.vault.read(file(h, 'People/Ana.md'))).toBe('x');
  });

  it('looks paths up case-sensitively, with extension; hides the config folder', async () => {
    const h = ready({ 'People/Ana.md': 'x', 'img.png': '' }, { configFiles: { 'daily-notes.json': '{"format":"YYYY"}' } });
    expect(h.vault.getAbstractFileByPath('People/Ana.md')).toBeInstanceOf(TFile);
    expect(h.vault.getAbstractFileByPath('People')).toBeInstanceOf(TFolder);
    expect(h.vault.getAbstractFileByPath('people/ana.md')).toBeNull();
    expect(h.vault.getAbstractFileByPath('People/Ana')).toBeNull();
    expect(h.vault.getRoot().path).toBe('/');
    expect(h.vault.getMarkdownFiles().map((f) => f.path)).toEqual(['People/Ana.md']);
    expect(h.vault.getFiles().map((f) => f.path)).toEqual(['People/Ana.md', 'img.png']);
    expect(h.vault.getAbstractFileByPath('.obsidian/daily-notes.json')).toBeNull();
    expect(await h.vault.adapter.exists('.obsidian/daily-notes.json')).toBe(true);
    expect(await h.vault.adapter.read('.obsidian/daily-notes.json')).toBe('{"format":"YYYY"}');
  });

  it('fires create/modify/delete/rename synchronously, in order; a throwing listener does not stop the rest', async () => {
    const h = ready({ 'a.md': 'x' });
    const log: string[] = [];
    h.vault.on('modify', () => {
      throw new Error('boom');
    });
    h.vault.on('create', (f: O.TAbstractFile) => log.push(`create ${f.path}`));
    h.vault.on('modify', (f: O.TAbstractFile) => log.push(`modify ${f.path}`));
    h.vault.on('rename', (f: O.TAbstractFile, old: string) => log.push(`rename ${old}->${f.path}`));
    h.vault.on('delete', (f: O.TAbstractFile) => log.push(`delete ${f.path}`));
    const p = h.vault.modify(file(h, 'a.md'), 'y');
    expect(log).toEqual(['modify a.md']); // before the promise resolves
    await p;
    await h.vault.createFolder('F');
    await h.vault.rename(file(h, 'a.md'), 'F/b.md');
    await h.vault.create('c.md', '');
    await h.vault.trash(file(h, 'c.md'), true);
    expect(log).toEqual(['modify a.md', 'create F', 'rename a.md->F/b.md', 'create c.md', 'delete c.md']);
    expect(h.listenerErrors).toHaveLength(1);
    expect(h.vault.trashed.map((t) => t.path)).toEqual(['c.md']);
  });

  it('process runs fn synchronously and returns the new text; reads are counted', async () => {
    const h = ready({ 'a.md': 'one', 'b.md': 'two' });
    const a = file(h, 'a.md');
    expect(await h.vault.process(a, (t) => t + '!')).toBe('one!');
    expect(h.readCounts.total).toBe(0);
    await h.vault.read(a);
    await h.vault.cachedRead(a);
    await h.vault.cachedRead(file(h, 'b.md'));
    expect(h.readCounts.get('a.md')).toBe(2);
    expect(h.readCounts.get('b.md')).toBe(1);
    expect(h.readCounts.total).toBe(3);
    expect(a.stat.size).toBe(4);
    h.readCounts.reset();
    expect(h.readCounts.total).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------
describe('§3–4 file manager', () => {
  it('processFrontMatter is lossy: comments dropped, quotes normalised, flow lists become block lists', async () => {
    const h = ready({
      'Ana.md': "---\n# who\ntype: [contact, Person]\nname: 'Ana'\nmet: 2026-03-04\nintroduced_by: \"[[Maya]]\"\n---\nBody\n",
    });
    await h.fileManager.processFrontMatter(file(h, 'Ana.md'), (fm) => {
      fm.last_contact = '2026-05-01';
      fm.snooze_until = null;
    });
    expect(await h.vault.read(file(h, 'Ana.md'))).toBe(
      '---\ntype:\n  - contact\n  - Person\nname: Ana\nmet: 2026-03-04\nintroduced_by: "[[Maya]]"\nlast_contact: 2026-05-01\nsnooze_until: \n---\nBody\n',
    );
  });

  it("processFrontMatter rethrows fn's error and writes nothing; bad YAML throws YAMLParseError", async () => {
    const h = ready({ 'a.md': '---\nx: 1\n---\n', 'bad.md': '---\nx: [1\n---\n' });
    await expect(
      h.fileManager.processFrontMatter(file(h, 'a.md'), () => {
        throw new Error('nope');
      }),
    ).rejects.toThrow('nope');
    expect(await h.vault.read(file(h, 'a.md'))).toBe('---\nx: 1\n---\n');
    await expect(h.fileManager.processFrontMatter(file(h, 'bad.md'), () => {})).rejects.toMatchObject({ name: 'YAMLParseError' });
  });

  it('renameFile updates links the cache knows about; vault.rename does not', async () => {
    const h = ready({
      'People/Ana.md': '# Ana',
      'Log.md': '---\nwith: "[[Ana]]"\n---\nMet [[Ana|A]] re [[Ana#Work]] and [x](People/Ana.md).\n',
      'Other.md': 'See [[Ana]].',
    });
    await h.fileManager.renameFile(file(h, 'People/Ana.md'), 'People/Ana Lopez.md');
    expect(await h.vault.read(file(h, 'Log.md'))).toBe(
      '---\nwith: "[[Ana Lopez]]"\n---\nMet [[Ana Lopez|A]] re [[Ana Lopez#Work]] and [x](Ana%20Lopez.md).\n',
    );
    expect(await h.vault.read(file(h, 'Other.md'))).toBe('See [[Ana Lopez]].');
    await h.vault.rename(file(h, 'Other.md'), 'Other2.md');
    expect(h.fileManager.generateMarkdownLink(file(h, 'People/Ana Lopez.md'), 'Log.md')).toBe('[[Ana Lopez]]');
  });
});

// ---------------------------------------------------------------------------------------
class ProbeView extends ItemView {
  opened = 0;
  closed = 0;
  getViewType() {
    return 'probe';
  }
  getDisplayText() {
    return 'Probe';
  }
  protected override async onOpen() {
    this.opened++;
    this.contentEl.createEl('h4', { text: 'Due', cls: 'probe-title' });
  }
  protected override async onClose() {
    this.closed++;
  }
}

class ProbeSettings extends PluginSettingTab {
  override display() {
    new Setting(this.containerEl).setName('Name').addText((t) => t.setValue('x'));
  }
}

class ProbePlugin extends Plugin {
  log: string[] = [];
  data: unknown = undefined;
  override async onload() {
    this.data = await this.loadData();
    this.registerView('probe', (leaf) => new ProbeView(leaf as never) as unknown as O.View);
    this.addCommand({ id: 'plain', name: 'Plain', callback: () => this.log.push('plain') });
    this.addCommand({
      id: 'checked',
      name: 'Checked',
      checkCallback: (checking) => {
        this.log.push(`check ${checking}`);
        return false;
      },
      callback: () => this.log.push('never'),
    });
    this.addCommand({
      id: 'edit',
      name: 'Edit',
      editorCallback: (editor) => editor.replaceRange('!', { line: 0, ch: 0 }),
      callback: () => this.log.push('callback loses to editorCallback'),
    });
    this.addSettingTab(new ProbeSettings(this.app as unknown as O.App, this as unknown as O.Plugin));
    this.registerEvent(this.app.vault.on('create', (f: O.TAbstractFile) => this.log.push(`create ${f.path}`)));
    this.app.workspace.onLayoutReady(() => this.log.push('layout ready'));
  }
}

describe('§5–6 plugin, commands, workspace', () => {
  it('replays start-up: create for every file before layout ready, cache indexed before onLayoutReady', async () => {
    const h = createHost({ files: { 'a.md': '[[b]]', 'F/b.md': '' } });
    host = h;
    const plugin = await h.loadPlugin(ProbePlugin as never);
    const p = plugin as unknown as ProbePlugin;
    expect(h.vault.getMarkdownFiles()).toEqual([]);
    expect(p.data).toBeNull(); // loadData() with no data.json
    const cached: (string | null)[] = [];
    h.workspace.onLayoutReady(() => cached.push(JSON.stringify(h.metadataCache.resolvedLinks['a.md'])));
    await h.setLayoutReady();
    expect(p.log).toEqual(['create a.md', 'create F', 'create F/b.md', 'layout ready']);
    expect(cached).toEqual(['{"F/b.md":1}']);
    expect(h.metadataCache.resolved).toBe(true);
  });

  it('prefixes command ids, checks checkCallback(true) first, editor variants win', async () => {
    const h = ready({ 'a.md': 'text' });
    const plugin = (await h.loadPlugin(ProbePlugin as never)) as unknown as ProbePlugin;
    expect(h.commandIds().sort()).toEqual(['reconnect:checked', 'reconnect:edit', 'reconnect:plain']);
    expect(h.app.commands.commands['reconnect:plain'].name).toBe('Reconnect: Plain');
    expect(await h.runCommand('reconnect:plain')).toBe(true);
    expect(await h.runCommand('reconnect:checked')).toBe(false);
    expect(await h.runCommand('reconnect:edit')).toBe(false); // no editor open
    expect(await h.runCommand('plain')).toBe(false);
    expect(plugin.log).toEqual(['layout ready', 'plain', 'check true']); // layout already ready: runs at once

    const { editor, view } = await h.openFileInEditor('a.md');
    expect(await h.runCommand('reconnect:edit')).toBe(true);
    expect(editor.getValue()).toBe('!text');
    expect(await h.vault.read(file(h, 'a.md'))).toBe('text'); // unsaved buffer
    expect(view.dirty).toBe(true);
    await h.saveEditors();
    expect(await h.vault.read(file(h, 'a.md'))).toBe('!text');
  });

  it('unload removes commands, views, listeners and setting tabs; load/unload are idempotent', async () => {
    const h = ready({});
    const plugin = await h.loadPlugin(ProbePlugin as never);
    const before = h.vault.listenerCount('create');
    await h.workspace.ensureSideLeaf('probe', 'right');
    expect(h.workspace.getLeavesOfType('probe')).toHaveLength(1);
    plugin.load();
    await h.unloadPlugin(plugin);
    plugin.unload();
    expect(h.commandIds()).toEqual([]);
    expect(h.vault.listenerCount('create')).toBe(before - 1);
    expect(h.workspace.getLeavesOfType('probe')).toHaveLength(0);
    expect(h.app.setting.pluginTabs).toHaveLength(0);
  });

  it('Component: children load with the parent, cleanup runs on unload', () => {
    const order: string[] = [];
    class C extends Component {
      constructor(private name: string) {
        super();
      }
      override onload() {
        order.push(`load ${this.name}`);
      }
      override onunload() {
        order.push(`unload ${this.name}`);
      }
    }
    const parent = new C('parent');
    parent.addChild(new C('early'));
    parent.load();
    parent.addChild(new C('late'));
    parent.register(() => order.push('registered cb'));
    const ev = new Events();
    parent.registerEvent(ev.on('x', () => order.push('x')));
    parent.unload();
    ev.trigger('x');
    expect(order).toEqual(['load parent', 'load early', 'load late', 'unload late', 'unload early', 'registered cb', 'unload parent']);
  });

  it('ItemView: contentEl is containerEl.children[1]; revealLeaf returns a Promise; restored leaves are deferred', async () => {
    const h = ready({}, { restoredLeaves: [{ type: 'probe', side: 'right' }] });
    await h.loadPlugin(ProbePlugin as never);
    const [leaf] = h.workspace.getLeavesOfType('probe');
    expect(leaf.isDeferred).toBe(true);
    expect(leaf.view instanceof ProbeView).toBe(false);
    const reveal = h.workspace.revealLeaf(leaf);
    expect(reveal).toBeInstanceOf(Promise);
    await reveal;
    const view = leaf.view as unknown as ProbeView;
    expect(view).toBeInstanceOf(ProbeView);
    expect(view.contentEl).toBe(view.containerEl.children[1]);
    expect(view.opened).toBe(1);
    expect(document.querySelector('.probe-title')?.textContent).toBe('Due');
    leaf.detach();
    await h.settle();
    expect(view.closed).toBe(1);
  });

  it('tracks the active file, file-open and active-leaf-change; getActiveFile survives sidebar focus', async () => {
    const h = ready({ 'a.md': 'A', 'b.md': 'B' });
    await h.loadPlugin(ProbePlugin as never);
    const log: string[] = [];
    h.workspace.on('file-open', (f: O.TFile | null) => log.push(`open ${f?.path}`));
    h.workspace.on('active-leaf-change', (l: O.WorkspaceLeaf | null) => log.push(`leaf ${l?.view.getViewType()}`));
    await h.workspace.openLinkText('a', '', false);
    expect(h.workspace.getActiveFile()!.path).toBe('a.md');
    const side = await h.workspace.ensureSideLeaf('probe', 'right', { active: true });
    expect(h.workspace.getActiveFile()!.path).toBe('a.md');
    expect(h.workspace.getActiveViewOfType(MarkdownView as never)).toBeNull();
    h.workspace.setActiveLeaf(h.workspace.getLeavesOfType('markdown')[0]);
    expect(log).toEqual(['open a.md', 'leaf probe', 'leaf markdown']);
    expect(side.view.getViewType()).toBe('probe');
    await h.workspace.openLinkText('Missing', 'a.md');
    expect(h.vault.getFileByPath('Missing.md')).not.toBeNull();
    expect(h.workspace.openedLinks.map((o) => o.path)).toEqual(['a.md', 'Missing.md']);
    h.workspace.trigger('hover-link', { source: 'reconnect', linktext: 'a', sourcePath: '' });
    expect(h.workspace.hoverLinkEvents).toEqual([{ source: 'reconnect', linktext: 'a', sourcePath: '' }]);
  });

  it('keeps the editor buffer when the file changes under unsaved edits, reloads it otherwise', async () => {
    const h = ready({ 'a.md': 'one' });
    const { editor } = await h.openFileInEditor('a.md');
    await h.vault.modify(file(h, 'a.md'), 'two');
    expect(editor.getValue()).toBe('two');
    h.typeInEditor(' typed');
    await h.vault.modify(file(h, 'a.md'), 'three');
    expect(editor.getValue()).toBe('two typed');
  });

  it('saveData writes data.json, loadData reads it back', async () => {
    const h = ready({}, { configFiles: { 'plugins/reconnect/data.json': '{"v":1}' } });
    const plugin = (await h.loadPlugin(ProbePlugin as never)) as unknown as ProbePlugin;
    expect(plugin.data).toEqual({ v: 1 });
    await (plugin as unknown as O.Plugin).saveData({ v: 2 });
    expect(JSON.parse(await h.vault.adapter.read('.obsidian/plugins/reconnect/data.json'))).toEqual({ v: 2 });
  });

  it('renders a setting tab', async () => {
    const h = ready({});
    await h.loadPlugin(ProbePlugin as never);
    const tab = await h.openSettingTab('reconnect');
    expect(tab.containerEl.querySelector('.setting-item-name')?.textContent).toBe('Name');
    expect((tab.containerEl.querySelector('input') as HTMLInputElement).value).toBe('x');
  });
});

// ---------------------------------------------------------------------------------------
describe('§6 registrations', () => {
  it('code block processors get the fence body and a context; render children unload when the block leaves the document', async () => {
    const h = ready({ 'Note.md': '---\nk: v\n---\n```reconnect\ndue\n```\n' });
    const events: string[] = [];
    class Child extends MarkdownRenderChild {
      override onload() {
        events.push('child load');
      }
      override onunload() {
        events.push('child unload');
      }
    }
    class P extends Plugin {
      override onload() {
        this.registerMarkdownCodeBlockProcessor('reconnect', (source, el, ctx) => {
          el.createDiv({ text: `source=${source.trim()} fm=${ctx.frontmatter?.k}` });
          events.push(JSON.stringify(ctx.getSectionInfo(el) && { start: ctx.getSectionInfo(el)!.lineStart, end: ctx.getSectionInfo(el)!.lineEnd }));
          ctx.addChild(new Child(el));
        });
        this.addRibbonIcon('users', 'Reconnect', () => events.push('ribbon'));
        this.addStatusBarItem().setText('3 due');
        this.registerHoverLinkSource('reconnect', { display: 'Reconnect', defaultMod: true });
      }
    }
    const plugin = await h.loadPlugin(P as never);
    const block = await h.renderCodeBlock('reconnect', 'due\n', 'Note.md');
    expect(block.el.textContent).toBe('source=due fm=v');
    expect(events).toEqual(['{"start":3,"end":5}', 'child load']);
    await block.unmount();
    expect(events).toEqual(['{"start":3,"end":5}', 'child load', 'child unload']);
    (document.querySelector('.side-dock-ribbon-action[aria-label="Reconnect"]') as HTMLElement).click();
    expect(events).toContain('ribbon');
    expect(document.querySelector('.status-bar-item')?.textContent).toBe('3 due');
    expect(h.workspace.hoverLinkSources.reconnect).toEqual({ display: 'Reconnect', defaultMod: true });
    await h.unloadPlugin(plugin);
    expect(document.querySelector('.status-bar-item')).toBeNull();
    expect(document.querySelector('.side-dock-ribbon-action')).toBeNull();
    expect(h.workspace.hoverLinkSources.reconnect).toBeUndefined();
    expect(h.app.markdown.codeBlockProcessors.size).toBe(0);
  });

  it('auto mode indexes on a macrotask, still after the write resolved', async () => {
    const h = ready({ 'a.md': '# One' }, { autoSettle: true });
    const a = file(h, 'a.md');
    await h.vault.modify(a, '# Two');
    expect(h.metadataCache.getFileCache(a)!.headings![0].heading).toBe('One');
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(h.metadataCache.getFileCache(a)!.headings![0].heading).toBe('Two');
  });

  it('builds a host from a folder on disk; the config folder stays out of the vault', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-vault-'));
    try {
      mkdirSync(join(dir, '.obsidian'), { recursive: true });
      mkdirSync(join(dir, 'People'));
      mkdirSync(join(dir, '.trash'));
      writeFileSync(join(dir, '.obsidian', 'daily-notes.json'), '{"format":"YYYY-MM-DD"}');
      writeFileSync(join(dir, '.trash', 'old.md'), 'x');
      writeFileSync(join(dir, 'People', 'Ana.md'), '---\ntype: person\n---\n');
      host = createHostFromDisk(dir, { layoutReady: true });
      expect(host.vault.getMarkdownFiles().map((f) => f.path)).toEqual(['People/Ana.md']);
      expect(host.metadataCache.getCache('People/Ana.md')!.frontmatter).toEqual({ type: 'person' });
      expect(await host.vault.adapter.read('.obsidian/daily-notes.json')).toBe('{"format":"YYYY-MM-DD"}');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('§7 UI', () => {
  it('AbstractInputSuggest renders suggestions for the input and reports the pick', async () => {
    const h = ready({});
    const input = document.body.createEl('input');
    const picked: string[] = [];
    class S extends AbstractInputSuggest<string> {
      protected getSuggestions(q: string) {
        return ['client', 'connector', 'friend'].filter((x) => x.includes(q));
      }
      renderSuggestion(v: string, el: HTMLElement) {
        el.setText(v);
      }
    }
    const s = new S(h.app as unknown as O.App, input).onSelect((v) => {
      picked.push(v);
      s.setValue(v);
    });
    input.value = 'c';
    input.dispatchEvent(new Event('input'));
    await s.lastUpdate;
    const items = document.querySelectorAll<HTMLElement>('.suggestion-container .suggestion-item');
    expect(Array.from(items, (i) => i.textContent)).toEqual(['client', 'connector']);
    items[1].click();
    expect(picked).toEqual(['connector']);
    expect(input.value).toBe('connector');
    expect(document.querySelector('.suggestion-container')).toBeNull();
    input.remove();
  });

  it('closes a fuzzy suggest modal BEFORE onChooseItem runs', async () => {
    const h = ready({});
    const order: string[] = [];
    class Picker extends FuzzySuggestModal<string> {
      getItems() {
        return ['Ana Lopez', 'Bob Stone', 'Maya Chen'];
      }
      getItemText(item: string) {
        return item;
      }
      onChooseItem(item: string) {
        order.push(`choose ${item} (open: ${this.containerEl.isConnected})`);
      }
      override onClose() {
        order.push('close');
      }
    }
    new Picker(h.app as unknown as O.App).open();
    expect(await h.typeInSuggest('bst')).toEqual(['Bob Stone']);
    await h.chooseSuggestion('Bob');
    expect(order).toEqual(['close', 'choose Bob Stone (open: false)']);
    expect(h.modals).toHaveLength(0);
  });

  it('Modal attaches to the body with title and content; Notice is recorded; Menu renders clickable items', async () => {
    const h = ready({});
    const m = new Modal(h.app as unknown as O.App).setTitle('Log meeting');
    m.contentEl.createEl('p', { text: 'Hello', cls: ['a', 'b'] });
    m.open();
    expect(document.body.contains(m.containerEl)).toBe(true);
    expect(m.titleEl.textContent).toBe('Log meeting');
    expect(m.contentEl.querySelector('p.a.b')?.textContent).toBe('Hello');
    m.close();
    expect(document.body.contains(m.containerEl)).toBe(false);

    new Notice('Saved');
    new Notice('Sticky', 0).setMessage('Updated');
    expect(h.notices).toEqual(['Saved', 'Sticky', 'Updated']);
    expect(document.querySelectorAll('.notice').length).toBe(2);

    const clicked: string[] = [];
    const menu = new Menu();
    menu.addItem((i) => i.setTitle('Snooze').setIcon('clock').onClick(() => clicked.push('snooze')));
    menu.addSeparator();
    menu.addItem((i) => i.setTitle('Pause').setDisabled(true).onClick(() => clicked.push('pause')));
    menu.showAtMouseEvent(new MouseEvent('contextmenu', { clientX: 5, clientY: 6 }));
    const items = document.querySelectorAll<HTMLElement>('.menu .menu-item');
    expect(Array.from(items, (i) => i.textContent)).toEqual(['Snooze', 'Pause']);
    items[1].click();
    items[0].click();
    expect(clicked).toEqual(['snooze']);
    expect(document.querySelector('.menu')).toBeNull();
  });

  it('fuzzy and other helpers', async () => {
    expect(prepareFuzzySearch('ana')('Ana Lopez')).toMatchObject({ matches: [[0, 3]] });
    expect(prepareFuzzySearch('xyz')('Ana Lopez')).toBeNull();
    await expect(requestUrl('https://example.com')).rejects.toThrow(/no network/);
    expect(moment('2026-03-04').format('YYYY-MM-DD ddd')).toBe('2026-03-04 Wed');
    expect(moment('04/03/2026', 'DD/MM/YYYY', true).format('YYYY-MM-DD')).toBe('2026-03-04');
    expect(moment('2026-02-30', 'YYYY-MM-DD', true).isValid()).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------
describe('§8 DOM polyfills', () => {
  it('adds the Obsidian helpers to the DOM prototypes and globals', () => {
    const root = createDiv({ cls: 'root', attr: { 'data-x': 1, hidden: null } });
    const span = root.createSpan({ text: 'hi', cls: 'greet' });
    const input = root.createEl('input', { type: 'text', value: 'v', placeholder: 'p' });
    expect(root.getAttr('data-x')).toBe('1');
    expect(root.find('.greet')).toBe(span);
    expect(root.find('.missing')).toBeNull();
    expect(root.findAll('span')).toEqual([span]);
    expect(input.value).toBe('v');
    expect(input.placeholder).toBe('p');
    span.addClass('a', 'b');
    span.toggleClass('a', false);
    expect(span.hasClass('b') && !span.hasClass('a')).toBe(true);
    span.setAttr('aria-hidden', true);
    expect(span.getAttr('aria-hidden')).toBe('true');
    span.setText('bye');
    expect(span.getText()).toBe('bye');
    document.body.appendChild(root);
    expect(root.isShown()).toBe(true);
    root.hide();
    expect(root.isShown()).toBe(false);
    root.show();
    let delegated = '';
    root.on('click', '.greet', (_evt, target) => (delegated = target.className));
    span.click();
    expect(delegated).toBe('greet b');
    root.empty();
    expect(root.childNodes.length).toBe(0);
    root.detach();
    expect(root.isConnected).toBe(false);
    const frag = createFragment((f) => f.createEl('b', { text: 'x' }));
    expect(frag.find('b')?.textContent).toBe('x');
    expect([1, 2, 2].unique()).toEqual([1, 2]);
    expect([1, 2].last()).toBe(2);
    expect([1, 2].contains(2)).toBe(true);
    expect('abc'.contains('b')).toBe(true);
    expect(Math.clamp(5, 0, 3)).toBe(3);
    expect(activeDocument).toBe(document);
  });
});
