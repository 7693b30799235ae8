import { MarkdownView, TFile, normalizePath, type App, type Editor } from 'obsidian';
import type { LiveIndex } from './liveIndex';

/** The editor showing a note in source mode, if any: writing through it keeps unsaved typing and the cursor. */
function openEditor(app: App, file: TFile): Editor | null {
  for (const leaf of app.workspace.getLeavesOfType('markdown')) {
    const view = leaf.view;
    if (view instanceof MarkdownView && view.file?.path === file.path && view.getMode() === 'source') return view.editor;
  }
  return null;
}

/** Offset → editor position. */
function posAt(text: string, offset: number): { line: number; ch: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, ch: offset - start };
}

/** Applies `after` to an editor holding `before` as one replacement of the part that differs. */
function applyToEditor(editor: Editor, before: string, after: string): void {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  editor.replaceRange(after.slice(head, after.length - tail), posAt(before, head), posAt(before, before.length - tail));
}

/**
 * Changes one note with a pure text function: through the open editor when the note is being
 * edited (so nothing typed is lost), else with `vault.process`; `change` may run twice, so it must
 * be a pure function of the text. The index takes the new text at
 * once, since the metadata cache is stale right after a write.
 */
export async function editNote(app: App, live: LiveIndex, file: TFile, change: (text: string) => string): Promise<string> {
  const editor = openEditor(app, file);
  let result: string;
  if (editor) {
    const before = editor.getValue();
    result = change(before);
    if (result !== before) applyToEditor(editor, before, result);
  } else {
    // A change that changes nothing (a field left alone, a frontmatter that does not parse) writes
    // nothing: the file keeps its bytes and its modified time, and sync tools see no edit.
    const current = await app.vault.read(file);
    if (change(current) === current) return current;
    result = await app.vault.process(file, change);
  }
  live.noteWritten(file.path, result);
  return result;
}

/** Makes every missing folder of a path. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
  const clean = normalizePath(folder);
  if (clean === '' || clean === '/') return;
  let acc = '';
  for (const part of clean.split('/')) {
    acc = acc === '' ? part : `${acc}/${part}`;
    if (!app.vault.getAbstractFileByPath(acc)) await app.vault.createFolder(acc);
  }
}

/** Creates a note (folders too); never overwrites: an existing path gets ` 2`, ` 3`… */
export async function createNote(app: App, live: LiveIndex, folder: string, baseName: string, text: string): Promise<TFile> {
  const dir = normalizePath(folder);
  await ensureFolder(app, dir);
  const prefix = dir === '' || dir === '/' ? '' : `${dir}/`;
  let path = normalizePath(`${prefix}${baseName}.md`);
  for (let n = 2; app.vault.getAbstractFileByPath(path); n++) path = normalizePath(`${prefix}${baseName} ${n}.md`);
  const file = await app.vault.create(path, text);
  live.index.addFile(file.path);
  live.noteWritten(file.path, text);
  return file;
}

export { safeFileName } from '../core/eventNotes';
