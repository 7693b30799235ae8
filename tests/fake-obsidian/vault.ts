/**
 * In-memory `Vault` (OBSIDIAN-HOST §3): TFile/TFolder identity kept across writes and
 * renames, events fired synchronously at the write, dot-folders (the config folder,
 * `.trash`) invisible to the vault API but reachable through `adapter`.
 */
import type * as O from 'obsidian';
import { Events } from './events';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '/' : path.slice(0, i);
}

function basenameOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? path : path.slice(i + 1);
}

export function isHiddenPath(path: string): boolean {
  return path.split('/').some((seg) => seg.startsWith('.'));
}

function enoent(path: string, op = 'open'): Error {
  const err = new Error(`ENOENT: no such file or directory, ${op} '${path}'`) as Error & { code: string };
  err.code = 'ENOENT';
  return err;
}

const FORBIDDEN = /[*"\\/<>:|?]/;

export abstract class TAbstractFile implements O.TAbstractFile {
  vault!: O.Vault;
  path = '';
  name = '';
  parent: TFolder | null = null;
}

export class TFile extends TAbstractFile implements O.TFile {
  stat: O.FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = '';
  extension = '';
}

export class TFolder extends TAbstractFile implements O.TFolder {
  children: TAbstractFile[] = [];
  isRoot(): boolean {
    return this.path === '/';
  }
}

function setPath(f: TAbstractFile, path: string): void {
  f.path = path;
  if (f instanceof TFolder && path === '/') {
    f.name = '';
    return;
  }
  f.name = basenameOf(path);
  if (f instanceof TFile) {
    const dot = f.name.lastIndexOf('.');
    f.basename = dot > 0 ? f.name.slice(0, dot) : f.name;
    f.extension = dot > 0 ? f.name.slice(dot + 1) : '';
  }
}

interface Entry {
  file: TFile;
  data: string;
}

type VaultPick = Pick<
  O.Vault,
  | 'configDir'
  | 'getName'
  | 'getFileByPath'
  | 'getFolderByPath'
  | 'getAbstractFileByPath'
  | 'getRoot'
  | 'create'
  | 'createBinary'
  | 'createFolder'
  | 'read'
  | 'cachedRead'
  | 'readBinary'
  | 'getResourcePath'
  | 'delete'
  | 'trash'
  | 'rename'
  | 'modify'
  | 'modifyBinary'
  | 'append'
  | 'appendBinary'
  | 'process'
  | 'copy'
  | 'getAllLoadedFiles'
  | 'getAllFolders'
  | 'getMarkdownFiles'
  | 'getFiles'
>;

export class Vault extends Events implements VaultPick {
  configDir = '.obsidian';
  adapter: FakeAdapter;
  /** Fake-only: reads per path through `read` and `cachedRead`. */
  readonly readCounts = new Map<string, number>();
  /** Fake-only: total `read` + `cachedRead` calls. */
  totalReads = 0;
  /** Fake-only: what `trash`/`fileManager.trashFile` removed, in order. */
  readonly trashed: { path: string; data: string; system: boolean }[] = [];

  /** @internal */ readonly _files = new Map<string, Entry>();
  /** @internal */ readonly _folders = new Map<string, TFolder>();
  /** @internal hidden paths (any segment starting with a dot) → text */
  readonly _hidden = new Map<string, string>();
  /** @internal */ readonly _hiddenFolders = new Set<string>();
  private root: TFolder;

  constructor(
    private vaultName = 'Fake Vault',
    /** clock for `stat` times */
    public now: () => number = Date.now,
  ) {
    super();
    this.root = new TFolder();
    this.root.vault = this as unknown as O.Vault;
    setPath(this.root, '/');
    this._folders.set('/', this.root);
    this.adapter = new FakeAdapter(this);
  }

  static recurseChildren(root: O.TFolder, cb: (file: O.TAbstractFile) => any): void {
    const stack: O.TAbstractFile[] = [root];
    while (stack.length) {
      const f = stack.pop()!;
      cb(f);
      if (f instanceof TFolder) stack.push(...f.children);
    }
  }

  getName(): string {
    return this.vaultName;
  }

  getFileByPath(path: string): O.TFile | null {
    return this._files.get(path)?.file ?? null;
  }

  getFolderByPath(path: string): O.TFolder | null {
    return this._folders.get(path) ?? null;
  }

  getAbstractFileByPath(path: string): O.TAbstractFile | null {
    return this.getFileByPath(path) ?? this.getFolderByPath(path);
  }

  getRoot(): O.TFolder {
    return this.root;
  }

  getAllLoadedFiles(): O.TAbstractFile[] {
    return [...this._folders.values(), ...Array.from(this._files.values(), (e) => e.file)];
  }

  getAllFolders(includeRoot?: boolean): O.TFolder[] {
    return [...this._folders.values()].filter((f) => includeRoot || !f.isRoot());
  }

  getMarkdownFiles(): O.TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  getFiles(): O.TFile[] {
    return Array.from(this._files.values(), (e) => e.file);
  }

  getResourcePath(file: O.TFile): string {
    return `app://fake/${encodeURI(file.path)}?${file.stat.mtime}`;
  }

  // ---- reading -----------------------------------------------------------------

  private entryOf(file: O.TAbstractFile, op = 'open'): Entry {
    const e = this._files.get(file.path);
    if (!e || e.file !== file) throw enoent(file.path, op);
    return e;
  }

  private countRead(path: string): void {
    this.totalReads++;
    this.readCounts.set(path, (this.readCounts.get(path) ?? 0) + 1);
  }

  /** Fake-only: forget the read counters. */
  resetReadCounts(): void {
    this.readCounts.clear();
    this.totalReads = 0;
  }

  async read(file: O.TFile): Promise<string> {
    const e = this.entryOf(file);
    this.countRead(file.path);
    return e.data;
  }

  async cachedRead(file: O.TFile): Promise<string> {
    const e = this.entryOf(file);
    this.countRead(file.path);
    return e.data;
  }

  async readBinary(file: O.TFile): Promise<ArrayBuffer> {
    return encoder.encode(this.entryOf(file).data).buffer as ArrayBuffer;
  }

  /** @internal current text, not counted as a plugin read (cache, editor, file manager). */
  _contents(path: string): string | null {
    return this._files.get(path)?.data ?? null;
  }

  // ---- writing -----------------------------------------------------------------

  private stat(data: string, options?: O.DataWriteOptions, prev?: O.FileStats): O.FileStats {
    const now = this.now();
    return {
      ctime: options?.ctime ?? prev?.ctime ?? now,
      mtime: options?.mtime ?? now,
      size: encoder.encode(data).length,
    };
  }

  private checkNewPath(path: string, isFolder = false): TFolder {
    if (isHiddenPath(path)) {
      throw new Error(`fake-obsidian: "${path}" is under a dot-folder, which the vault does not index; use vault.adapter`);
    }
    const name = basenameOf(path);
    if (name === '' || FORBIDDEN.test(name)) {
      throw new Error('File name cannot contain any of the following characters: * " \\ / < > : | ?');
    }
    const parent = this._folders.get(dirname(path));
    if (!parent) throw enoent(path, isFolder ? 'mkdir' : 'open');
    return parent;
  }

  /** @internal adds a file and fires `create`. */
  _createFile(path: string, data: string, options?: O.DataWriteOptions): TFile {
    if (this._files.has(path) || this._folders.has(path)) throw new Error('File already exists.');
    const parent = this.checkNewPath(path);
    const file = new TFile();
    file.vault = this as unknown as O.Vault;
    setPath(file, path);
    file.parent = parent;
    file.stat = this.stat(data, options);
    parent.children.push(file);
    this._files.set(path, { file, data });
    this.trigger('create', file);
    return file;
  }

  /** @internal creates missing folders (and fires `create` for each). */
  _ensureFolder(path: string): TFolder {
    if (path === '/' || path === '') return this.root;
    const existing = this._folders.get(path);
    if (existing) return existing;
    const parent = this._ensureFolder(dirname(path));
    const name = basenameOf(path);
    if (FORBIDDEN.test(name)) throw new Error('File name cannot contain any of the following characters: * " \\ / < > : | ?');
    if (this._files.has(path)) throw new Error('File already exists.');
    const folder = new TFolder();
    folder.vault = this as unknown as O.Vault;
    setPath(folder, path);
    folder.parent = parent;
    parent.children.push(folder);
    this._folders.set(path, folder);
    this.trigger('create', folder);
    return folder;
  }

  /** @internal writes and fires `modify`. */
  _write(path: string, data: string, options?: O.DataWriteOptions): void {
    const e = this._files.get(path);
    if (!e) throw enoent(path);
    e.data = data;
    e.file.stat = this.stat(data, options, e.file.stat);
    this.trigger('modify', e.file);
  }

  async create(path: string, data: string, options?: O.DataWriteOptions): Promise<O.TFile> {
    return this._createFile(path, data, options);
  }

  async createBinary(path: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<O.TFile> {
    return this._createFile(path, decoder.decode(data), options);
  }

  async createFolder(path: string): Promise<O.TFolder> {
    if (this._folders.has(path) || this._files.has(path)) throw new Error('Folder already exists.');
    if (isHiddenPath(path)) throw new Error(`fake-obsidian: "${path}" is a dot-folder; use vault.adapter.mkdir`);
    return this._ensureFolder(path);
  }

  async modify(file: O.TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
    this.entryOf(file);
    this._write(file.path, data, options);
  }

  async modifyBinary(file: O.TFile, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    await this.modify(file, decoder.decode(data), options);
  }

  async append(file: O.TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
    const e = this.entryOf(file);
    this._write(file.path, e.data + data, options);
  }

  async appendBinary(file: O.TFile, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    await this.append(file, decoder.decode(data), options);
  }

  /**
   * `fn` runs synchronously on the current text; the result is written (and `modify`
   * fired) only when it differs — whether Obsidian writes an unchanged result is unconfirmed.
   */
  async process(file: O.TFile, fn: (data: string) => string, options?: O.DataWriteOptions): Promise<string> {
    const e = this.entryOf(file);
    const next = fn(e.data);
    if (typeof next !== 'string') throw new TypeError('vault.process: fn must return a string');
    if (next !== e.data) this._write(file.path, next, options);
    return next;
  }

  async copy<T extends O.TAbstractFile>(file: T, newPath: string): Promise<T> {
    if (file instanceof TFile) {
      const e = this.entryOf(file);
      return this._createFile(newPath, e.data) as unknown as T;
    }
    if (this._folders.has(newPath) || this._files.has(newPath)) throw new Error('Folder already exists.');
    const folder = this._ensureFolder(newPath);
    for (const child of (file as unknown as TFolder).children.slice()) {
      await this.copy(child, `${newPath}/${child.name}`);
    }
    return folder as unknown as T;
  }

  private descendants(folder: TFolder): TAbstractFile[] {
    const out: TAbstractFile[] = [];
    for (const c of folder.children) {
      out.push(c);
      if (c instanceof TFolder) out.push(...this.descendants(c));
    }
    return out;
  }

  private removeTree(file: TAbstractFile): { path: string; data: string }[] {
    const removed: { path: string; data: string }[] = [];
    const items = file instanceof TFolder ? [...this.descendants(file).reverse(), file] : [file];
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    for (const f of items) {
      if (f instanceof TFile) {
        const e = this._files.get(f.path);
        this._files.delete(f.path);
        removed.push({ path: f.path, data: e?.data ?? '' });
      } else this._folders.delete(f.path);
      this.trigger('delete', f);
    }
    return removed;
  }

  private checkExists(file: O.TAbstractFile): TAbstractFile {
    const known = file instanceof TFile ? this._files.get(file.path)?.file : this._folders.get(file.path);
    if (known !== file) throw enoent(file.path, 'unlink');
    if (file instanceof TFolder && file.isRoot()) throw new Error('Cannot delete the vault root');
    return file as TAbstractFile;
  }

  async delete(file: O.TAbstractFile, force?: boolean): Promise<void> {
    void force;
    this.removeTree(this.checkExists(file));
  }

  async trash(file: O.TAbstractFile, system: boolean): Promise<void> {
    for (const r of this.removeTree(this.checkExists(file))) this.trashed.push({ ...r, system });
  }

  /** Moves the file (its links elsewhere stay as they are); fires `rename(file, oldPath)`. */
  async rename(file: O.TAbstractFile, newPath: string): Promise<void> {
    const f = this.checkExists(file);
    if (newPath === f.path) return;
    if (this._files.has(newPath) || this._folders.has(newPath)) throw new Error('Destination file already exists!');
    if (newPath.startsWith(f.path + '/')) throw new Error('Cannot move a folder into itself');
    const newParent = this.checkNewPath(newPath, f instanceof TFolder);
    const oldPath = f.path;
    const moved = f instanceof TFolder ? [f, ...this.descendants(f)] : [f];
    const oldPaths = moved.map((m) => m.path);
    const data = new Map<TAbstractFile, string>();
    for (const m of moved) {
      if (m instanceof TFile) {
        data.set(m, this._files.get(m.path)?.data ?? '');
        this._files.delete(m.path);
      } else this._folders.delete(m.path);
    }
    moved.forEach((m, i) => setPath(m, i === 0 ? newPath : newPath + oldPaths[i].slice(oldPath.length)));
    if (f.parent) f.parent.children = f.parent.children.filter((c) => c !== f);
    f.parent = newParent;
    newParent.children.push(f);
    for (const m of moved) {
      if (m instanceof TFile) this._files.set(m.path, { file: m, data: data.get(m) ?? '' });
      else this._folders.set(m.path, m as TFolder);
    }
    // the folder first, then what it contained (whether Obsidian fires for children is unconfirmed)
    moved.forEach((m, i) => this.trigger('rename', m, oldPaths[i]));
  }
}

/**
 * The vault's `DataAdapter`: sees every path, the config folder included. A write to a
 * visible path behaves like an outside change picked up by the file watcher (events fire).
 */
export class FakeAdapter implements O.DataAdapter {
  constructor(private vault: Vault) {}

  getName(): string {
    return this.vault.getName();
  }

  private isFolder(path: string): boolean {
    return isHiddenPath(path) ? this.vault._hiddenFolders.has(path) || this.hiddenPrefix(path) : this.vault._folders.has(path);
  }

  private hiddenPrefix(path: string): boolean {
    const prefix = path + '/';
    for (const p of this.vault._hidden.keys()) if (p.startsWith(prefix)) return true;
    for (const p of this.vault._hiddenFolders) if (p.startsWith(prefix)) return true;
    return false;
  }

  private text(path: string): string | null {
    if (isHiddenPath(path)) return this.vault._hidden.get(path) ?? null;
    return this.vault._contents(path);
  }

  async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
    void sensitive;
    return this.text(normalizedPath) !== null || this.isFolder(normalizedPath) || normalizedPath === '/';
  }

  async stat(normalizedPath: string): Promise<O.Stat | null> {
    if (this.isFolder(normalizedPath)) return { type: 'folder', ctime: 0, mtime: 0, size: 0 };
    const t = this.text(normalizedPath);
    if (t === null) return null;
    const f = this.vault._files.get(normalizedPath)?.file;
    return { type: 'file', ctime: f?.stat.ctime ?? 0, mtime: f?.stat.mtime ?? 0, size: encoder.encode(t).length };
  }

  async list(normalizedPath: string): Promise<O.ListedFiles> {
    const base = normalizedPath === '/' || normalizedPath === '' ? '' : normalizedPath + '/';
    const files = new Set<string>();
    const folders = new Set<string>();
    const consider = (p: string, isFile: boolean) => {
      if (!p.startsWith(base)) return;
      const rest = p.slice(base.length);
      if (rest === '') return;
      const slash = rest.indexOf('/');
      if (slash === -1) (isFile ? files : folders).add(p);
      else folders.add(base + rest.slice(0, slash));
    };
    for (const p of this.vault._files.keys()) consider(p, true);
    for (const p of this.vault._folders.keys()) if (p !== '/') consider(p, false);
    for (const p of this.vault._hidden.keys()) consider(p, true);
    for (const p of this.vault._hiddenFolders) consider(p, false);
    return { files: [...files], folders: [...folders] };
  }

  async read(normalizedPath: string): Promise<string> {
    const t = this.text(normalizedPath);
    if (t === null) throw enoent(normalizedPath);
    return t;
  }

  async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
    return encoder.encode(await this.read(normalizedPath)).buffer as ArrayBuffer;
  }

  async write(normalizedPath: string, data: string, options?: O.DataWriteOptions): Promise<void> {
    if (isHiddenPath(normalizedPath)) {
      this.vault._hidden.set(normalizedPath, data);
      return;
    }
    if (this.vault._files.has(normalizedPath)) this.vault._write(normalizedPath, data, options);
    else this.vault._createFile(normalizedPath, data, options);
  }

  async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    await this.write(normalizedPath, decoder.decode(data), options);
  }

  async append(normalizedPath: string, data: string, options?: O.DataWriteOptions): Promise<void> {
    const t = this.text(normalizedPath) ?? '';
    await this.write(normalizedPath, t + data, options);
  }

  async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    await this.append(normalizedPath, decoder.decode(data), options);
  }

  async process(normalizedPath: string, fn: (data: string) => string, options?: O.DataWriteOptions): Promise<string> {
    const next = fn(await this.read(normalizedPath));
    await this.write(normalizedPath, next, options);
    return next;
  }

  getResourcePath(normalizedPath: string): string {
    return `app://fake/${encodeURI(normalizedPath)}`;
  }

  async mkdir(normalizedPath: string): Promise<void> {
    if (isHiddenPath(normalizedPath)) {
      let p = normalizedPath;
      while (p && p !== '/' && isHiddenPath(p)) {
        this.vault._hiddenFolders.add(p);
        p = dirname(p);
      }
      return;
    }
    this.vault._ensureFolder(normalizedPath);
  }

  async trashSystem(normalizedPath: string): Promise<boolean> {
    await this.remove(normalizedPath);
    return true;
  }

  async trashLocal(normalizedPath: string): Promise<void> {
    await this.remove(normalizedPath);
  }

  async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
    void recursive;
    if (isHiddenPath(normalizedPath)) {
      const prefix = normalizedPath + '/';
      for (const p of [...this.vault._hidden.keys()]) if (p.startsWith(prefix)) this.vault._hidden.delete(p);
      for (const p of [...this.vault._hiddenFolders]) if (p === normalizedPath || p.startsWith(prefix)) this.vault._hiddenFolders.delete(p);
      return;
    }
    const folder = this.vault.getFolderByPath(normalizedPath);
    if (!folder) throw enoent(normalizedPath, 'rmdir');
    await this.vault.delete(folder, true);
  }

  async remove(normalizedPath: string): Promise<void> {
    if (isHiddenPath(normalizedPath)) {
      if (!this.vault._hidden.delete(normalizedPath)) throw enoent(normalizedPath, 'unlink');
      return;
    }
    const file = this.vault.getFileByPath(normalizedPath);
    if (!file) throw enoent(normalizedPath, 'unlink');
    await this.vault.delete(file);
  }

  async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    if (isHiddenPath(normalizedPath) || isHiddenPath(normalizedNewPath)) {
      const t = await this.read(normalizedPath);
      this.vault._hidden.delete(normalizedPath);
      await this.write(normalizedNewPath, t);
      return;
    }
    const f = this.vault.getAbstractFileByPath(normalizedPath);
    if (!f) throw enoent(normalizedPath, 'rename');
    await this.vault.rename(f, normalizedNewPath);
  }

  async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    if (await this.exists(normalizedNewPath)) throw new Error('Destination file already exists!');
    await this.write(normalizedNewPath, await this.read(normalizedPath));
  }
}
