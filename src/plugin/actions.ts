import { Notice, TFile, parseYaml, type App } from 'obsidian';
import type { Day } from '../core/types';
import type { Settings } from '../core/settings';
import { formatLogEntry, logContact, setFrontmatterValue, type LogLine } from '../core/writes';
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

  async snooze(path: string, until: Day): Promise<void> {
    const file = this.file(path);
    if (!file) return;
    try {
      await editNote(this.app, this.live, file, (text) => setFrontmatterValue(text, this.settings().keys.snoozeUntil, until));
      new Notice(this.tr('notice.snoozed', { name: this.nameOf(path), day: until }));
    } catch (e) {
      this.failed(path, e);
    }
  }

  async pause(path: string): Promise<void> {
    const file = this.file(path);
    if (!file) return;
    try {
      await editNote(this.app, this.live, file, (text) => setFrontmatterValue(text, this.settings().keys.status, 'paused'));
      new Notice(this.tr('notice.paused', { name: this.nameOf(path) }));
    } catch (e) {
      this.failed(path, e);
    }
  }

  async open(path: string, newLeaf = false): Promise<void> {
    const file = this.file(path);
    if (file) await this.app.workspace.getLeaf(newLeaf).openFile(file);
  }
}
