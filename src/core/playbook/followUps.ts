/**
 * Follow-up tasks (PLAYBOOK: follow up right after meeting someone): open tasks with a due date,
 * in the Tasks style (`📅 2026-12-01`) or the Dataview style (`[due:: 2026-12-01]`), in a person
 * note or on a line that links a person. A done task is a contact where §4 says so (a dated log
 * item `- [x] 2026-11-22 email …`, a daily-note line linking the person); elsewhere it is neither a
 * follow-up nor a contact (see docs/decisions.md).
 */
import type { Day } from '../types';
import type { VaultIndex } from '../vaultIndex';
import { diffDays, parseDay } from '../dates';
import { compareNames } from '../due';
import { readableLine } from '../markdown';

export interface FollowUpTask {
  personPath: string;
  sourcePath: string;
  /** 0-based line in the source note. */
  line: number;
  /** The task as a person reads it: links as their text, no tags, no due marker. */
  text: string;
  /** The due date; null when the marker's date cannot be read (`📅 next week`). */
  due: Day | null;
  overdue: boolean;
  /** The person's name (added: rows and sorting use it). */
  personName: string;
  /** Days from today to the due date (negative when overdue), or null (added). */
  inDays: number | null;
}

const TASKS_DUE = /📅\uFE0F?[ \t]*(\S*)/u;
const DATAVIEW_DUE = /[[(]due::[ \t]*([^\])]*?)[ \t]*[\])]/;
/** The Tasks plugin's date fields and priority signs, and Dataview's `[due:: …]`, left out of the text. */
const TASK_FIELDS = /[📅⏳🛫➕✅❌]\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}|📅\uFE0F?[ \t]*\S*|[⏫🔼🔽🔺⏬]\uFE0F?|[[(]due::[^\])]*[\])]/gu;

/** The due marker of a task's text: whether there is one, and its day when it reads as one. */
export function taskDue(content: string): { marked: boolean; due: Day | null } {
  const tasks = TASKS_DUE.exec(content);
  if (tasks) return { marked: true, due: parseDay(tasks[1]) };
  const dv = DATAVIEW_DUE.exec(content);
  if (dv) return { marked: true, due: parseDay(dv[1]) };
  return { marked: false, due: null };
}

/** A task's text without its due marker and the other Tasks fields, as a person reads it. */
export function taskText(content: string): string {
  return readableLine(content.replace(TASK_FIELDS, ' '));
}

/** Overdue first, then by due date (an unreadable date last), then person name, then place. */
export function compareFollowUps(a: FollowUpTask, b: FollowUpTask): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return (
    compareNames({ name: a.personName, path: a.personPath }, { name: b.personName, path: b.personPath }) ||
    (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : a.line - b.line)
  );
}

interface Computed {
  key: string;
  all: FollowUpTask[];
  byPerson: Map<string, FollowUpTask[]>;
}

/** One answer per index, day and change: the view asks for every row, and nothing moved in between. */
const cache = new WeakMap<VaultIndex, Computed>();

function compute(index: VaultIndex, today: Day): Computed {
  const key = `${index.contentRevision}|${index.revision}|${today}`;
  const hit = cache.get(index);
  if (hit && hit.key === key) return hit;
  const all: FollowUpTask[] = [];
  for (const path of index.notePaths()) {
    const content = index.noteContent(path);
    if (!content || content.openTasks.length === 0) continue;
    const own = index.person(path) !== null ? path : null;
    for (const task of content.openTasks) {
      const { marked, due } = taskDue(task.content);
      if (!marked) continue;
      const people = new Set<string>();
      if (own !== null) people.add(own);
      for (const target of task.targets) {
        const p = index.resolvePerson(target, path);
        if (p !== null) people.add(p);
      }
      if (people.size === 0) continue;
      const text = taskText(task.content);
      for (const personPath of people) {
        const card = index.person(personPath);
        if (!card) continue;
        all.push({
          personPath,
          sourcePath: path,
          line: task.line,
          text,
          due,
          overdue: due !== null && due < today,
          personName: card.name,
          inDays: due === null ? null : diffDays(due, today),
        });
      }
    }
  }
  all.sort(compareFollowUps);
  const byPerson = new Map<string, FollowUpTask[]>();
  for (const t of all) {
    let list = byPerson.get(t.personPath);
    if (!list) byPerson.set(t.personPath, (list = []));
    list.push(t);
  }
  const out = { key, all, byPerson };
  cache.set(index, out);
  return out;
}

/**
 * Open tasks (`- [ ]`) with a due date in the Tasks style (`📅 2026-12-01`) or Dataview style
 * (`[due:: 2026-12-01]`), in a person note (anywhere in it) or on a line linking a person (any
 * note Reconnect reads). Overdue first, then by due date, then person name. A task in a person
 * note that links someone else counts for both.
 */
export function followUpTasks(index: VaultIndex, today: Day): FollowUpTask[] {
  return compute(index, today).all.slice();
}

export function followUpTasksOf(index: VaultIndex, personPath: string, today: Day): FollowUpTask[] {
  return (compute(index, today).byPerson.get(personPath) ?? []).slice();
}
