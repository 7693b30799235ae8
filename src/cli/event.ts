import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Day } from '../core/types';
import { diffDays } from '../core/dates';
import { planEvent, type EventPersonInput } from '../core/eventNotes';
import { CliError, ioReason, listMarkdown, type LoadedVault } from './loadVault';
import { parseDayOption, type Io } from './commands';

/** `--person "Name: context"` → a name and a few words about them. */
export function parsePersonArg(arg: string): { name: string; context: string } {
  const i = arg.indexOf(':');
  return i < 0 ? { name: arg.trim(), context: '' } : { name: arg.slice(0, i).trim(), context: arg.slice(i + 1).trim() };
}

/** `reconnect event`: what the Log event modal does, for scripts. */
export function eventCommand(
  v: LoadedVault,
  today: Day,
  opts: { name?: string; date?: string; where?: string; goal?: string; people: string[]; json: boolean },
  io: Io,
): number {
  const name = (opts.name ?? '').trim();
  if (name === '') throw new CliError('event needs --name NAME, e.g. reconnect event --name "Product Camp" --person "Nora Quinn: editor at Northwind".');
  if (opts.people.length === 0) throw new CliError('event needs at least one --person "Name: context".');
  const date = opts.date !== undefined ? parseDayOption('date', opts.date) : today;
  const people: EventPersonInput[] = opts.people.map((arg) => {
    const { name: who, context } = parsePersonArg(arg);
    if (who === '') throw new CliError(`--person '${arg}' has no name; write it as "Name: a few words of context".`);
    const matches = v.index.findPeopleByName(who);
    if (matches.length > 1) throw new CliError(`'${who}' names ${matches.length} people (${matches.map((m) => m.path).join(', ')}); give the note's path instead.`);
    return { name: matches[0]?.name ?? who, context, existingPath: matches[0]?.path ?? null };
  });
  const plan = planEvent({ name, date, where: opts.where ?? '', goal: opts.goal ?? '', people }, v.settings, new Set(listMarkdown(v.dir)), io.lang);
  const writes = [{ path: plan.eventPath, text: plan.eventText }, ...plan.newPeople];
  for (const w of writes) {
    const abs = join(v.dir, w.path);
    if (existsSync(abs)) throw new CliError(`${w.path} already exists; nothing was written.`, 1);
  }
  // The same event may be logged twice: the new note is still written (" 2"), after a warning.
  if (plan.sameEventPath !== null) io.err(`Warning: ${plan.sameEventPath} exists already (an event on ${date} named ${name}); writing a second one, ${plan.eventPath}.`);
  for (const w of writes) {
    const abs = join(v.dir, w.path);
    try {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, w.text, { encoding: 'utf8', flag: 'wx' });
    } catch (e) {
      throw new CliError(`Cannot write ${w.path} (${ioReason(e)}); the notes before it were written.`, 1);
    }
  }
  if (opts.json) {
    io.out(JSON.stringify({ event: plan.eventPath, created: plan.newPeople.map((p) => p.path), attendees: plan.attendees }, null, 2));
  } else {
    io.out(`Created ${plan.eventPath}`);
    for (const p of plan.newPeople) io.out(`  + ${p.path} (new: met ${date} at ${name})`);
    for (const a of plan.attendees.filter((a) => !plan.newPeople.some((p) => p.path === a))) io.out(`  = ${a} (the event counts as a contact)`);
    // Only when someone was met, and while `due` shows them (the event day and eventFollowUpDays after).
    const since = diffDays(today, date);
    if (plan.attendees.length > 0 && since >= 0 && since <= v.settings.eventFollowUpDays) {
      io.out(io.style.dim('Follow up while it is fresh: `reconnect due` lists them under Follow up for the next days.'));
    }
  }
  return 0;
}
