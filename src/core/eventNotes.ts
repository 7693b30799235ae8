/** The notes Log event writes (pure): the event note, and a person note for each new person. */
import type { Day } from './types';
import type { Settings } from './settings';
import { yamlScalar } from './writes';
import { t, type Lang } from './i18n';

export interface EventPersonInput {
  name: string;
  context: string;
  /** The person note when the name is someone already in the vault. */
  existingPath: string | null;
}

export interface EventInput {
  name: string;
  date: Day;
  where: string;
  goal: string;
  people: EventPersonInput[];
}

export interface EventPlan {
  eventPath: string;
  /**
   * The note that already has the name this event would take (same day and name, any case), when
   * there is one: the event may be logged twice, and `eventPath` is the next free name (" 2").
   */
  sameEventPath: string | null;
  eventText: string;
  newPeople: { path: string; text: string; name: string }[];
  /** Every attendee's note path, in the order given. */
  attendees: string[];
}

/** Characters Obsidian does not allow in file names (and link syntax). */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|#^[\]]/g, ' ').replace(/\s+/g, ' ').trim();
}

function folderPrefix(folder: string): string {
  const f = folder.replace(/^\/+|\/+$/g, '');
  return f === '' ? '' : `${f}/`;
}

function uniquePath(folder: string, base: string, taken: Set<string>): string {
  const prefix = folderPrefix(folder);
  let path = `${prefix}${base}.md`;
  for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${prefix}${base} ${n}.md`;
  taken.add(path.toLowerCase());
  return path;
}

/** "3 of 3 new people — done", from the first number in the goal. */
export function goalProgress(goal: string, newPeople: number, lang: Lang): string {
  const m = /\d+/.exec(goal);
  if (!m) return t(lang, 'event.newPeople', newPeople);
  const target = Number(m[0]);
  const text = t(lang, 'event.goalProgress', { done: newPeople, target });
  return newPeople >= target ? `${text} — ${t(lang, 'event.goalDone')}` : text;
}

function noExt(path: string): string {
  return path.replace(/\.md$/i, '');
}

export function planEvent(input: EventInput, settings: Settings, existingPaths: ReadonlySet<string>, lang: Lang): EventPlan {
  const k = settings.keys;
  const taken = new Set([...existingPaths].map((p) => p.toLowerCase()));
  const eventBase = safeFileName(`${input.date} ${input.name}`) || input.date;
  const firstPath = `${folderPrefix(settings.eventsFolder)}${eventBase}.md`.toLowerCase();
  const sameEventPath = [...existingPaths].find((p) => p.toLowerCase() === firstPath) ?? null;
  const eventPath = uniquePath(settings.eventsFolder, eventBase, taken);
  const eventLink = `[[${noExt(eventPath)}]]`;
  const newPeople: EventPlan['newPeople'] = [];
  const attendees: string[] = [];
  const lines: { path: string; name: string; context: string }[] = [];
  // A person already in the vault named twice ("Maya Chen", then her alias "Maya") is one attendee,
  // with both contexts. Two new people of the same name stay two people (two Alexes at one event).
  const seen = new Map<string, { path: string; name: string; context: string }>();
  for (const p of input.people) {
    const name = p.name.trim();
    if (name === '') continue;
    const again = p.existingPath !== null ? seen.get(p.existingPath) : undefined;
    if (again) {
      const context = p.context.trim();
      if (context !== '' && !again.context.split('; ').includes(context)) again.context = again.context === '' ? context : `${again.context}; ${context}`;
      continue;
    }
    let path = p.existingPath;
    if (!path) {
      const file = safeFileName(name) || 'New person';
      path = uniquePath(settings.peopleFolders[0] ?? 'People', file, taken);
      const fm = ['---', `${k.type}: person`];
      if (file !== name || !path.endsWith(`/${file}.md`)) fm.push(`${k.name}: ${yamlScalar(name)}`);
      fm.push(`${k.met}: ${input.date}`, `${k.metAt}: "${eventLink}"`);
      if (settings.newPersonBucket) fm.push(`${k.bucket}: ${yamlScalar(settings.newPersonBucket)}`);
      fm.push('---');
      const body = p.context.trim() === '' ? [] : [p.context.trim(), ''];
      newPeople.push({ path, name, text: [...fm, ...body, `## ${settings.logHeadings[0] ?? 'Interactions'}`, ''].join('\n') });
    }
    attendees.push(path);
    const line = { path, name, context: p.context.trim() };
    if (p.existingPath !== null) seen.set(p.existingPath, line);
    lines.push(line);
  }
  const fm = ['---', `${k.type}: event`, `${k.date}: ${input.date}`];
  if (input.where.trim()) fm.push(`where: ${yamlScalar(input.where.trim())}`);
  if (input.goal.trim()) fm.push(`goal: ${yamlScalar(input.goal.trim())}`);
  fm.push('with:', ...attendees.map((a) => `  - "[[${noExt(a)}]]"`), '---');
  const body: string[] = [];
  if (input.goal.trim()) body.push(`**${t(lang, 'event.goal')}** ${input.goal.trim()} · ${goalProgress(input.goal, newPeople.length, lang)}`, '');
  body.push(`## ${t(lang, 'event.peopleHeading')}`);
  for (const l of lines) {
    body.push(`- [[${noExt(l.path)}|${l.name}]]${l.context ? ` — ${l.context}` : ''}`);
  }
  return { eventPath, sameEventPath, eventText: [...fm, ...body, ''].join('\n'), newPeople, attendees };
}
