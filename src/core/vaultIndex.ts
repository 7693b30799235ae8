import type { Day, Interaction, Problem } from './types';
import type { ReadContext, NoteContent, InteractionNoteInfo, LogEntry } from './note';
import { isIgnoredPath, isPersonNote, readInteractionNote, readNoteContent } from './note';
import { readPersonCard, type PersonCard } from './person';
import { LinkResolver, baseKey } from './linkResolver';

/** One note as the index holds it: its content, and what its path makes of it. */
interface NoteRecord {
  path: string;
  content: NoteContent;
  card: PersonCard | null;
  dailyDay: Day | null;
  meeting: InteractionNoteInfo | null;
  /** Problems of the note itself (frontmatter, fields, log items, interaction-note date). */
  problems: Problem[];
}

/** An interaction credited to one person. */
export interface Contribution extends Interaction {
  personPath: string;
}

type Resolution = { person: string } | { ambiguous: string[] } | null;

function basenameOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}

const NO_KEYS: string[] = [];
const NO_CONTRIBUTIONS: readonly Contribution[] = [];

function nameKeys(card: PersonCard | null): string[] {
  return card && card.aliases.length > 0 ? [...new Set(card.aliases.map((a) => a.toLowerCase()))] : NO_KEYS;
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/**
 * The incremental index of a vault (§1–§6). It is told "this note is now this text", "this note
 * is gone", "this note moved", and updates only the notes whose links can read differently.
 */
export class VaultIndex {
  private readonly files = new LinkResolver();
  private readonly notes = new Map<string, NoteRecord>();
  private readonly people = new Map<string, PersonCard>();
  /** Lower-cased `name`/alias → person paths. */
  private readonly names = new Map<string, Set<string>>();
  /** Source path → what it credits to other notes' people (interaction and daily notes). */
  private readonly contributions = new Map<string, Contribution[]>();
  /**
   * Person path → the log entries of the person's own note, as last resolved (kept apart: they
   * credit nobody else and need no links); made into contributions when first asked for.
   */
  private readonly ownLogEntries = new Map<string, LogEntry[]>();
  private readonly ownLogs = new Map<string, Contribution[]>();
  /** Person path → notes that credit them with an interaction (their own log aside). */
  private readonly incoming = new Map<string, Set<string>>();
  /** Lower-cased link target or its basename → notes whose links use it. */
  private readonly dependents = new Map<string, Set<string>>();
  private readonly sourceKeys = new Map<string, string[]>();
  private readonly linkProblems = new Map<string, Problem[]>();
  private batchDepth = 0;
  private readonly pendingSources = new Set<string>();
  private readonly pendingKeys = new Set<string>();
  private readonly changedPeople = new Set<string>();
  private readonly listeners = new Set<(people: ReadonlySet<string>) => void>();
  /** Goes up by one on every change; views compare it to know when to re-render. */
  revision = 0;
  /** Goes up by one on every change of any note or file, even one that credits nobody (a task list). */
  contentRevision = 0;

  constructor(private ctx: ReadContext) {}

  get context(): ReadContext {
    return this.ctx;
  }

  /** Whether a path is one Reconnect reads at all (§1: not the config or templates folders). */
  isReadable(path: string): boolean {
    return path.toLowerCase().endsWith('.md') && !isIgnoredPath(path, this.ctx);
  }

  /** Called with the paths of the people whose answers may have changed. */
  onChange(listener: (people: ReadonlySet<string>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs many updates and resolves the links they touch once, at the end. */
  batch<T>(fn: () => T): T {
    this.batchDepth++;
    try {
      return fn();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) this.flush();
    }
  }

  /** A markdown file exists (read or not): links can resolve to it. */
  addFile(path: string): void {
    if (!this.isReadable(path)) return;
    if (this.files.add(path)) this.touch(baseKey(path));
    this.flushIfIdle();
  }

  /** A note's text, new or changed. */
  setNote(path: string, text: string): void {
    if (!this.isReadable(path)) return;
    this.setContent(path, readNoteContent(text, this.ctx));
  }

  /** A note's already-read content (the bench and rename use it). */
  setContent(path: string, content: NoteContent): void {
    if (!this.isReadable(path)) return;
    const old = this.notes.get(path) ?? null;
    const base = baseKey(path);
    if (this.files.add(path, base)) this.touch(base);
    const record = this.place(path, content);
    this.notes.set(path, record);
    this.updatePerson(path, old?.card ?? null, record.card, base);
    this.pendingSources.add(path);
    this.flushIfIdle();
  }

  /** The note is no longer one Reconnect reads (its file stays a link target). */
  forgetNote(path: string): void {
    const old = this.notes.get(path);
    if (!old) return;
    this.notes.delete(path);
    this.updatePerson(path, old.card, null);
    this.pendingSources.add(path);
    this.flushIfIdle();
  }

  /** The file is gone. */
  deleteNote(path: string): void {
    this.batch(() => {
      this.forgetNote(path);
      if (this.files.remove(path)) this.touch(baseKey(path));
    });
  }

  /** The file moved: its content is kept, what its path makes of it is read again. */
  renameNote(oldPath: string, newPath: string): void {
    const record = this.notes.get(oldPath);
    this.batch(() => {
      this.deleteNote(oldPath);
      if (record) this.setContent(newPath, record.content);
      else this.addFile(newPath);
    });
  }

  /** Every person card. */
  allPeople(): PersonCard[] {
    return [...this.people.values()];
  }

  person(path: string): PersonCard | null {
    return this.people.get(path) ?? null;
  }

  /** Interactions credited to a person, in no particular order. */
  interactionsOf(path: string): Contribution[] {
    const list = this.interactionsView(path);
    return this.incoming.has(path) ? (list as Contribution[]) : list.slice();
  }

  /**
   * interactionsOf without the copy when the person's own log is all there is: the index's own
   * list, not to be changed (the due computation only reads it).
   */
  interactionsView(path: string): readonly Contribution[] {
    if (!this.incoming.has(path)) return this.ownLog(path) ?? NO_CONTRIBUTIONS;
    return this.gatherInteractions(path);
  }

  private gatherInteractions(path: string): Contribution[] {
    const own = this.ownLog(path);
    const out: Contribution[] = own ? own.slice() : [];
    const sources = this.incoming.get(path);
    if (sources) {
      for (const source of sources) {
        for (const c of this.contributions.get(source) ?? []) if (c.personPath === path) out.push(c);
      }
    }
    return out;
  }

  /** Problems that do not depend on the day (the due computation adds those that do). */
  staticProblems(): Problem[] {
    const out: Problem[] = [];
    for (const r of this.notes.values()) out.push(...r.problems);
    for (const list of this.linkProblems.values()) out.push(...list);
    return out;
  }

  /** Whether the note is read (not only known as a file). */
  hasNote(path: string): boolean {
    return this.notes.has(path);
  }

  /** An interaction note (§4b) as read: its day, channel, people and content; null for any other note. */
  interactionNote(path: string): { info: InteractionNoteInfo; content: NoteContent } | null {
    const r = this.notes.get(path);
    return r && r.meeting ? { info: r.meeting, content: r.content } : null;
  }

  notePaths(): string[] {
    return [...this.notes.keys()];
  }

  /** A read note's content (frontmatter, links, tags, open tasks), or null. */
  noteContent(path: string): NoteContent | null {
    return this.notes.get(path)?.content ?? null;
  }

  /** The daily notes (§4c) as read: path, day and content. */
  dailyNotes(): { path: string; day: Day; content: NoteContent }[] {
    const out: { path: string; day: Day; content: NoteContent }[] = [];
    for (const r of this.notes.values()) if (r.dailyDay !== null) out.push({ path: r.path, day: r.dailyDay, content: r.content });
    return out;
  }

  hasFile(path: string): boolean {
    return this.files.has(path);
  }

  /** Resolves a link as the index does: Obsidian's way first, then a person's name or alias. */
  resolvePerson(target: string, sourcePath: string): string | null {
    const r = this.resolve(target, sourcePath);
    return r && 'person' in r ? r.person : null;
  }

  /** The note a link target names, as Obsidian resolves it (no alias fallback). */
  resolveFile(target: string, sourcePath: string): string | null {
    return this.files.resolve(target, sourcePath);
  }

  /** People whose name, alias or basename matches a query exactly (case-insensitive). */
  findPeopleByName(query: string): PersonCard[] {
    const q = query.trim().toLowerCase();
    const out = new Set<string>();
    for (const p of this.names.get(q) ?? []) out.add(p);
    for (const card of this.people.values()) {
      if (basenameOf(card.path).toLowerCase() === q || card.path.toLowerCase() === q || card.path.toLowerCase() === `${q}.md`) {
        out.add(card.path);
      }
    }
    return [...out].map((p) => this.people.get(p)).filter((c): c is PersonCard => c !== undefined);
  }

  private place(path: string, content: NoteContent): NoteRecord {
    const problems: Problem[] = content.problems.length > 0 ? content.problems.map((p) => ({ path, ...p })) : [];
    const card = isPersonNote(path, content.frontmatter, this.ctx) ? readPersonCard(path, content.frontmatter, this.ctx.settings) : null;
    if (card) for (const p of card.problems) problems.push(p);
    const meeting = readInteractionNote(path, content, this.ctx);
    if (meeting.problem) problems.push(meeting.problem);
    return { path, content, card, dailyDay: this.ctx.daily.dayOfPath(path), meeting: meeting.info, problems };
  }

  /** The person's own log as contributions, made from the entries when first asked for. */
  private ownLog(path: string): Contribution[] | undefined {
    let own = this.ownLogs.get(path);
    if (own === undefined) {
      const entries = this.ownLogEntries.get(path);
      if (entries === undefined) return undefined;
      own = entries.map((e): Contribution => ({ personPath: path, day: e.day, channel: e.channel, text: e.text, tags: e.tags, sourcePath: path, line: e.line, kind: 'log', task: e.task }));
      this.ownLogs.set(path, own);
    }
    return own;
  }

  /**
   * A link key whose answer may have changed. Keys matter only to notes that depend on them: with
   * none yet, there is nothing to read again.
   */
  private touch(key: string): void {
    if (this.dependents.size > 0) this.pendingKeys.add(key);
  }

  private updatePerson(path: string, before: PersonCard | null, after: PersonCard | null, base = baseKey(path)): void {
    const oldKeys = nameKeys(before);
    const newKeys = nameKeys(after);
    if (after) this.people.set(path, after);
    else this.people.delete(path);
    if (before || after) this.changedPeople.add(path);
    if (!!before !== !!after) this.touch(base);
    if (sameKeys(oldKeys, newKeys)) return;
    for (const k of oldKeys) removeFrom(this.names, k, path);
    for (const k of newKeys) addTo(this.names, k, path);
    for (const k of oldKeys) this.touch(k);
    for (const k of newKeys) this.touch(k);
  }

  private flushIfIdle(): void {
    if (this.batchDepth === 0) this.flush();
  }

  private flush(): void {
    this.contentRevision++;
    for (const key of this.pendingKeys) {
      for (const source of this.dependents.get(key) ?? []) this.pendingSources.add(source);
    }
    this.pendingKeys.clear();
    const readSomething = this.pendingSources.size > 0;
    for (const source of this.pendingSources) this.resolveSource(source);
    this.pendingSources.clear();
    // Any note read again may change an answer (a review note, a task): views compare `revision`.
    if (this.changedPeople.size === 0 && !readSomething) return;
    this.revision++;
    if (this.listeners.size === 0) {
      this.changedPeople.clear();
      return;
    }
    const changed = new Set(this.changedPeople);
    this.changedPeople.clear();
    for (const l of this.listeners) l(changed);
  }

  private resolve(target: string, sourcePath: string): Resolution {
    const file = this.files.resolve(target, sourcePath);
    if (file !== null) return this.people.has(file) ? { person: file } : null;
    const byName = this.names.get(target.trim().toLowerCase());
    if (!byName || byName.size === 0) return null;
    if (byName.size === 1) return { person: [...byName][0] };
    return { ambiguous: [...byName].sort() };
  }

  /** Recomputes what one note credits to whom. */
  private resolveSource(path: string): void {
    const oldKeys = this.sourceKeys.get(path);
    if (oldKeys) {
      for (const k of oldKeys) removeFrom(this.dependents, k, path);
      this.sourceKeys.delete(path);
    }
    const old = this.contributions.get(path);
    if (old) {
      for (const c of old) {
        removeFrom(this.incoming, c.personPath, path);
        this.changedPeople.add(c.personPath);
      }
      this.contributions.delete(path);
    }
    if (this.ownLogEntries.delete(path)) this.changedPeople.add(path);
    this.ownLogs.delete(path);
    this.linkProblems.delete(path);

    const record = this.notes.get(path);
    if (!record) return;
    if (record.card && record.content.logEntries.length > 0) {
      this.ownLogEntries.set(path, record.content.logEntries);
      this.changedPeople.add(path);
    }
    // Only interaction and daily notes read links: a person note alone depends on no link.
    if (!record.meeting && record.dailyDay === null) return;

    const out: Contribution[] = [];
    const keys = new Set<string>();
    const problems: Problem[] = [];
    const resolveLink = (target: string, line: number | undefined): string | null => {
      keys.add(target.trim().toLowerCase());
      keys.add(baseKey(target.trim()));
      const r = this.resolve(target, path);
      if (r && 'ambiguous' in r) {
        problems.push({
          path,
          field: 'link',
          ...(line !== undefined ? { line: line + 1 } : {}),
          message: `[[${target}]] matches ${r.ambiguous.length} people by name or alias (${r.ambiguous.join(', ')}); link the one you mean by file name. It counts for nobody until then.`,
        });
        return null;
      }
      return r ? r.person : null;
    };

    if (record.meeting) {
      const m = record.meeting;
      let attendees = new Set(m.people.map((t) => resolveLink(t, undefined)).filter((p): p is string => p !== null));
      if (attendees.size === 0) {
        attendees = new Set(record.content.links.map((l) => resolveLink(l.target, l.line)).filter((p): p is string => p !== null));
      }
      for (const person of attendees) {
        out.push({ personPath: person, day: m.day, channel: m.channel, text: basenameOf(path), tags: m.tags, sourcePath: path, line: 0, kind: 'note', task: 'none' });
      }
    }
    if (record.dailyDay !== null) {
      const byPerson = new Map<string, Contribution>();
      for (const l of record.content.links) {
        const person = resolveLink(l.target, l.line);
        if (person === null) continue;
        const seen = byPerson.get(person);
        if (seen) {
          for (const t of l.tags) if (!seen.tags.includes(t)) seen.tags.push(t);
        } else {
          byPerson.set(person, { personPath: person, day: record.dailyDay, channel: 'mention', text: l.text, tags: [...l.tags], sourcePath: path, line: l.line, kind: 'daily', task: 'none' });
        }
      }
      out.push(...byPerson.values());
    }

    if (out.length > 0) this.contributions.set(path, out);
    for (const c of out) {
      addTo(this.incoming, c.personPath, path);
      this.changedPeople.add(c.personPath);
    }
    if (keys.size > 0) {
      const list = [...keys];
      this.sourceKeys.set(path, list);
      for (const k of list) addTo(this.dependents, k, path);
    }
    if (problems.length > 0) this.linkProblems.set(path, problems);
  }
}

/** Builds an index from a list of notes in one batch. */
export function buildIndex(ctx: ReadContext, notes: Iterable<{ path: string; text: string }>, otherFiles: Iterable<string> = []): VaultIndex {
  const index = new VaultIndex(ctx);
  index.batch(() => {
    for (const f of otherFiles) index.addFile(f);
    for (const n of notes) index.setNote(n.path, n.text);
  });
  return index;
}
