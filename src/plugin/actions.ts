import { Notice, TFile, parseYaml, type App } from 'obsidian';
import type { Day } from '../core/types';
import type { Settings } from '../core/settings';
import { formatLogEntry, logContact, setFrontmatterValueIfReadable, type LogLine } from '../core/writes';
import type { LiveIndex } from './liveIndex';
import { editNote } from './noteWriter';
import type { Translate } from './strings';

/** What the plugin does to a person's note; every write goes through `editNote`. */
export class PersonActions {
  constructor(
    private readonly app: App,
    private readonly live: LiveIndex,
    private readonly settings: () => Settings,
    private readonly tr: Translate,
    private readonly today: () => Day,
  ) {}

  private file(path: string): TFile | null {
    const f = this.app.vault.getAbstractFileByPath(path);
    return f instanceof TFile ? f : null;
  }

  private nameOf(path: string): string {
    return this.live.index.person(path)?.name ?? path;
  }

  private failed(path: string, e: unknown): false {
    new Notice(this.tr('notice.writeFailed', { path, error: e instanceof Error ? e.message : String(e) }));
    return false;
  }

  /** Appends one log line (and moves last_contact forward) in each person's note. */
  async log(paths: string[], entry: LogLine): Promise<string[]> {
    const s = this.settings();
    const written: string[] = [];
    for (const path of paths) {
      const file = this.file(path);
      if (!file) continue;
      try {
        let skipped: 'frontmatter' | null = null;
        await editNote(this.app, this.live, file, (text) => {
          const r = logContact(text, entry, { logHeadings: s.logHeadings, lastContactKey: s.keys.lastContact, today: this.today(), parseYaml });
          skipped = r.lastContactSkipped;
          return r.text;
        });
        written.push(path);
        if (skipped === 'frontmatter') new Notice(this.tr('notice.frontmatterBroken', { key: s.keys.lastContact, path }));
      } catch (e) {
        this.failed(path, e);
      }
    }
    return written;
  }

  async markContacted(path: string): Promise<void> {
    const entry: LogLine = { day: this.today() };
    const done = await this.log([path], entry);
    if (done.length > 0) new Notice(this.tr('notice.loggedOne', { entry: formatLogEntry(entry), name: this.nameOf(path) }));
  }

  /**
   * Sets one frontmatter key. A block that does not parse is left byte for byte (`'frontmatter'`):
   * the key would be ignored with the rest of it (§6). The caller says what happened.
   */
  async setField(path: string, key: string, value: string): Promise<'written' | 'frontmatter' | 'failed'> {
    const file = this.file(path);
    if (!file) return 'failed';
    try {
      let skipped: 'frontmatter' | null = null;
      await editNote(this.app, this.live, file, (text) => {
        const r = setFrontmatterValueIfReadable(text, key, value, parseYaml);
        skipped = r.skipped;
        return r.text;
      });
      return skipped ?? 'written';
    } catch (e) {
      this.failed(path, e);
      return 'failed';
    }
  }

  /** setField for one person, with the notice of what happened (`done`: its message when written). */
  private async setPersonField(path: string, key: string, value: string, done: () => string): Promise<void> {
    const r = await this.setField(path, key, value);
    if (r === 'written') new Notice(done());
    else if (r === 'frontmatter') new Notice(this.tr('notice.fieldSkipped', { name: this.nameOf(path), key, path }));
  }

  async snooze(path: string, until: Day): Promise<void> {
    await this.setPersonField(path, this.settings().keys.snoozeUntil, until, () => this.tr('notice.snoozed', { name: this.nameOf(path), day: until }));
  }

  async pause(path: string): Promise<void> {
    await this.setPersonField(path, this.settings().keys.status, 'paused', () => this.tr('notice.paused', { name: this.nameOf(path) }));
  }

  /** One bucket for several people (after an import); one notice for all of them. */
  async setBucket(paths: string[], bucket: string): Promise<void> {
    const key = this.settings().keys.bucket;
    let written = 0;
    const skipped: string[] = [];
    for (const path of paths) {
      const r = await this.setField(path, key, bucket);
      if (r === 'written') written++;
      else if (r === 'frontmatter') skipped.push(path);
    }
    if (written > 0) new Notice(this.tr(written === 1 ? 'import.bucketSetOne' : 'import.bucketSet', { bucket, count: written }));
    if (skipped.length > 0) new Notice(this.tr('notice.bucketSkipped', { key, count: skipped.length, paths: skipped.join(', ') }));
  }

  async open(path: string, newLeaf = false): Promise<void> {
    const file = this.file(path);
    if (file) await this.app.workspace.getLeaf(newLeaf).openFile(file);
  }
}
