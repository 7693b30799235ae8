/**
 * `FileManager` (OBSIDIAN-HOST §3, §4): `renameFile` rewrites links in other notes (as
 * with "Automatically update internal links" on), `processFrontMatter` re-serialises the
 * whole block (comments dropped, quotes normalised, flow lists → block lists).
 */
import type * as O from 'obsidian';
import { splitWikilink } from './links';
import type { MetadataCache } from './metadata';
import { getFrontMatterInfo, parseYaml, serializeFrontmatter, YAMLParseError } from './yaml';
import { TFile, TFolder, type Vault } from './vault';

type FileManagerPick = Pick<
  O.FileManager,
  'getNewFileParent' | 'renameFile' | 'promptForDeletion' | 'trashFile' | 'generateMarkdownLink' | 'processFrontMatter' | 'getAvailablePathForAttachment'
>;

interface Rewrite {
  start: number;
  end: number;
  original: string;
  /** in the frontmatter: no position, replaced by text */
  frontmatter: boolean;
  subpath: string;
  alias: string | undefined;
  markdown: boolean;
  embed: boolean;
  text: string | undefined;
  /** the target; the same TFile object holds its new path after the rename */
  dest: TFile;
}

export class FileManager implements FileManagerPick {
  constructor(
    private vault: Vault,
    private metadataCache: MetadataCache,
  ) {}

  getNewFileParent(sourcePath: string, newFilePath?: string): O.TFolder {
    void sourcePath;
    void newFilePath;
    return this.vault.getRoot();
  }

  /**
   * Renames, then rewrites the links that the (possibly stale) metadata cache knows to
   * point at the file. A note the cache has not indexed keeps its links, as in Obsidian.
   */
  async renameFile(file: O.TAbstractFile, newPath: string): Promise<void> {
    const targets = new Set<string>();
    if (file instanceof TFile) targets.add(file.path);
    if (file instanceof TFolder) walk(file, (f) => f instanceof TFile && targets.add(f.path));
    const plan = new Map<TFile, Rewrite[]>();
    for (const source of this.vault.getMarkdownFiles()) {
      const cache = this.metadataCache.getFileCache(source);
      if (!cache) continue;
      const rewrites: Rewrite[] = [];
      const consider = (ref: O.Reference, pos: O.Pos | null, embed: boolean) => {
        const { path, subpath } = splitSubpath(ref.link);
        if (path === '') return; // same-note links stay
        const dest = this.metadataCache.getFirstLinkpathDest(path, source.path);
        if (!(dest instanceof TFile) || !targets.has(dest.path)) return;
        const markdown = !/^!?\[\[/.test(ref.original);
        rewrites.push({
          start: pos?.start.offset ?? -1,
          end: pos?.end.offset ?? -1,
          original: ref.original,
          frontmatter: pos === null,
          subpath,
          alias: markdown ? undefined : splitWikilink(ref.original.replace(/^!?\[\[/, '').replace(/\]\]$/, '')).alias,
          markdown,
          embed,
          text: markdown ? /^!?\[([\s\S]*)\]\(/.exec(ref.original)?.[1] : undefined,
          dest,
        });
      };
      for (const l of cache.links ?? []) consider(l, l.position, false);
      for (const e of cache.embeds ?? []) consider(e, e.position, true);
      for (const fl of cache.frontmatterLinks ?? []) consider(fl, null, false);
      if (rewrites.length) plan.set(source as TFile, rewrites);
    }

    await this.vault.rename(file, newPath);

    for (const [source, rewrites] of plan) {
      if (this.vault.getFileByPath(source.path) !== source) continue;
      await this.vault.process(source, (text) => {
        let out = text;
        const body = rewrites.filter((r) => !r.frontmatter).sort((a, b) => b.start - a.start);
        for (const r of body) {
          if (out.slice(r.start, r.end) !== r.original) continue; // cache was stale: leave it
          out = out.slice(0, r.start) + this.linkText(r, source.path) + out.slice(r.end);
        }
        const fm = getFrontMatterInfo(out);
        if (fm.exists) {
          let yaml = fm.frontmatter;
          for (const r of rewrites.filter((x) => x.frontmatter)) yaml = yaml.split(r.original).join(this.linkText(r, source.path));
          out = out.slice(0, fm.from) + yaml + out.slice(fm.to);
        }
        return out;
      });
    }
  }

  private linkText(r: Rewrite, sourcePath: string): string {
    if (r.markdown) {
      const target = encodeURI(this.metadataCache.fileToLinktext(r.dest, sourcePath, false))
        .replace(/\(/g, '%28')
        .replace(/\)/g, '%29');
      return `${r.embed ? '!' : ''}[${r.text ?? ''}](${target}${r.subpath})`;
    }
    const linktext = this.metadataCache.fileToLinktext(r.dest, sourcePath, true);
    return `${r.embed ? '!' : ''}[[${linktext}${r.subpath}${r.alias !== undefined ? '|' + r.alias : ''}]]`;
  }

  async promptForDeletion(file: O.TAbstractFile): Promise<boolean> {
    await this.trashFile(file);
    return true;
  }

  /** Moves to the (system) trash; the vault fires `delete`. */
  async trashFile(file: O.TAbstractFile): Promise<void> {
    await this.vault.trash(file, true);
  }

  /** Wikilink style (Obsidian's default); attachments get `!`. */
  generateMarkdownLink(file: O.TFile, sourcePath: string, subpath?: string, alias?: string): string {
    const linktext = this.metadataCache.fileToLinktext(file, sourcePath, true);
    const embed = file.extension !== 'md' ? '!' : '';
    return `${embed}[[${linktext}${subpath ?? ''}${alias ? '|' + alias : ''}]]`;
  }

  /**
   * Parses the block, lets `fn` mutate it, writes the whole block back re-serialised
   * (lossy, as in Obsidian). YAML errors throw `YAMLParseError`; `fn`'s errors are
   * rethrown and nothing is written. The metadata cache stays stale until it settles.
   */
  async processFrontMatter(file: O.TFile, fn: (frontmatter: any) => void, options?: O.DataWriteOptions): Promise<void> {
    const text = this.vault._contents(file.path);
    if (text === null) throw new Error(`ENOENT: no such file or directory, open '${file.path}'`);
    const info = getFrontMatterInfo(text);
    let data: unknown = {};
    if (info.exists) {
      data = parseYaml(info.frontmatter);
      if (data === null || data === undefined) data = {};
      if (typeof data !== 'object' || Array.isArray(data)) throw new YAMLParseError('Frontmatter is not a mapping');
    }
    fn(data);
    const yaml = serializeFrontmatter(data as Record<string, unknown>);
    let next: string;
    if (info.exists) next = `---\n${yaml}---\n` + text.slice(info.contentStart);
    else if (yaml === '') next = text;
    else next = `---\n${yaml}---\n` + text;
    if (next !== text) this.vault._write(file.path, next, options);
  }

  async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
    void sourcePath;
    const dot = filename.lastIndexOf('.');
    const base = dot > 0 ? filename.slice(0, dot) : filename;
    const ext = dot > 0 ? filename.slice(dot) : '';
    let candidate = filename;
    for (let n = 1; this.vault.getAbstractFileByPath(candidate); n++) candidate = `${base} ${n}${ext}`;
    return candidate;
  }
}

function splitSubpath(link: string): { path: string; subpath: string } {
  const i = link.indexOf('#');
  return i === -1 ? { path: link, subpath: '' } : { path: link.slice(0, i), subpath: link.slice(i) };
}

function walk(folder: TFolder, cb: (f: unknown) => unknown): void {
  for (const c of folder.children) {
    cb(c);
    if (c instanceof TFolder) walk(c, cb);
  }
}
