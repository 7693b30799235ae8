import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Day, Problem } from '../core/types';
import type { PersonDue } from '../core/due';
import { parseDay } from '../core/dates';
import { channelOf, CHANNEL_WORDS } from '../core/channels';
import { cadenceWords, flagReasons, problemLine, relativeDay } from '../core/describe';
import { t, type Lang } from '../core/i18n';
import { formatLogEntry, logContact } from '../core/writes';
import type { PersonCard } from '../core/person';
import { CliError, ioReason, parseYamlWithGrayMatter, type LoadedVault } from './loadVault';
import { parseLogContent } from '../core/logItem';
import { table, type Style } from './table';
import { afterEventKey, afterEvents, type AfterEvent } from '../core/events';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  style: Style;
  lang: Lang;
}

/** The person object of `due --json` (§7), keys in the documented order. */
export function personJson(p: PersonDue): Record<string, unknown> {
  return {
    name: p.name,
    path: p.path,
    status: p.status,
    bucket: p.bucket,
    cadence: p.cadence,
    cadenceDays: p.cadenceDays,
    lastContact: p.lastContact,
    dueDate: p.dueDate,
    daysOverdue: p.daysOverdue,
    followUp: p.followUp,
    letGo: p.letGo,
    favorRecentlyAsked: p.favorRecentlyAsked,
  };
}

/** One person of `due --json`'s `afterEvent` array. */
export function afterEventJson(a: AfterEvent): Record<string, unknown> {
  return {
    name: a.person.name,
    path: a.person.path,
    event: a.event.name,
    eventPath: a.event.path,
    eventDate: a.event.date,
    daysSince: a.daysSince,
    context: a.context,
  };
}

/** A problem's line is not in its message: it comes first, as `check` prints it (the keys stay those of §7). */
export function problemJson(p: Problem): Record<string, unknown> {
  return { path: p.path, field: p.field, message: `${problemLinePrefix(p)}${p.message}` };
}

/** `line 24: ` for a problem of a field with a line; '' for the rest (a frontmatter block is line 1 anyway). */
export function problemLinePrefix(p: Problem): string {
  const line = problemLine(p);
  return line === null ? '' : `line ${line}: `;
}

export function allProblems(v: LoadedVault, today: Day): Problem[] {
  return [...v.configProblems, ...v.due.problems(today)];
}

function statusCell(p: PersonDue, io: Io): string {
  const word = t(io.lang, `status.${p.status}`);
  if (p.status === 'overdue') return io.style.red(word);
  if (p.status === 'due') return io.style.yellow(word);
  if (p.status === 'new') return io.style.cyan(word);
  return word;
}

function dueCell(p: PersonDue, today: Day, lang: Lang): string {
  if (p.status === 'scheduled' && p.planned[0]) return t(lang, 'row.plannedDay', { day: p.planned[0].day, when: relativeDay(p.planned[0].day, today, lang) });
  if (p.status === 'snoozed' && p.card.snoozeUntil) return t(lang, 'row.snoozedUntil', { day: p.card.snoozeUntil });
  if (!p.dueDate) return '—';
  return `${p.dueDate} (${relativeDay(p.dueDate, today, lang)})`;
}

export function dueCommand(v: LoadedVault, today: Day, opts: { all: boolean; json: boolean; vaultLabel: string }, io: Io): number {
  const people = opts.all ? v.due.everyone(today) : v.due.dueList(today);
  const problems = allProblems(v, today);
  const fresh = afterEvents(v.index, v.due, today);
  if (opts.json) {
    io.out(JSON.stringify({ today, people: people.map(personJson), afterEvent: fresh.map(afterEventJson), problems: problems.map(problemJson) }, null, 2));
    return 0;
  }
  io.out(io.style.bold(t(io.lang, 'cli.header', { day: today, vault: opts.vaultLabel })));
  io.out('');
  if (fresh.length > 0) {
    io.out(io.style.bold(t(io.lang, 'cli.followUp')));
    const rows = fresh.map((a) => [
      a.person.name,
      t(io.lang, afterEventKey(a), { ago: relativeDay(a.event.date, today, io.lang), event: a.event.name }) + (a.context ? ` — ${a.context}` : ''),
    ]);
    for (const line of table([t(io.lang, 'cli.col.name'), ''], rows, io.style).slice(1)) io.out(io.style.cyan(line));
    io.out('');
  }
  if (v.index.allPeople().length === 0) io.out(t(io.lang, 'cli.noPeople'));
  else if (people.length === 0) io.out(t(io.lang, 'cli.nothingDue'));
  else {
    const header = [t(io.lang, 'cli.col.name'), t(io.lang, 'cli.col.status'), t(io.lang, 'cli.col.last'), t(io.lang, 'cli.col.cadence'), t(io.lang, 'cli.col.due')];
    const rows: string[][] = [];
    const reasons: string[][] = [];
    for (const p of people) {
      const last = p.lastContact ? relativeDay(p.lastContact, today, io.lang) : '—';
      rows.push([p.name, statusCell(p, io), last, cadenceWords(p.card.cadence, io.lang) || '—', dueCell(p, today, io.lang)]);
      reasons.push(flagReasons(p, today, io.lang));
    }
    const lines = table(header, rows, io.style);
    io.out(lines[0]);
    lines.slice(1).forEach((line, i) => {
      io.out(line);
      for (const r of reasons[i]) io.out(io.style.yellow(`  ↳ ${r}`));
    });
  }
  if (problems.length > 0) {
    io.out('');
    io.out(io.style.dim(t(io.lang, 'cli.problemsHint', problems.length)));
  }
  return 0;
}

export function checkCommand(v: LoadedVault, today: Day, opts: { json: boolean }, io: Io): number {
  const problems = allProblems(v, today);
  if (opts.json) {
    io.out(JSON.stringify({ today, problems: problems.map(problemJson) }, null, 2));
    return problems.length > 0 ? 1 : 0;
  }
  if (problems.length === 0) {
    io.out(t(io.lang, 'cli.noProblems'));
    return 0;
  }
  io.out(t(io.lang, 'cli.problemsTitle', problems.length));
  let lastPath = '';
  for (const p of problems) {
    if (p.path !== lastPath) {
      io.out('');
      io.out(io.style.bold(p.path));
      lastPath = p.path;
    }
    // The message names the field already; the line number helps to find it.
    const where = problemLinePrefix(p);
    io.out(`  ${where !== '' ? io.style.dim(where) : ''}${p.message}`);
  }
  return 1;
}

/**
 * The person a `--person` names, as a link to them resolves (§4): a note's path or file name first,
 * then a `name` or alias; several notes at the same step are an error that lists them.
 */
export function findPerson(v: LoadedVault, query: string): PersonCard {
  const q = query.replace(/^\[\[|\]\]$/g, '').trim();
  const lower = q.toLowerCase();
  const withMd = lower.endsWith('.md') ? lower : `${lower}.md`;
  // A path, the end of one (`Clients/Alex Romero`), or a file name, with or without `.md`.
  const byFile = v.index.allPeople().filter((p) => {
    const path = p.path.toLowerCase();
    return path === withMd || path.endsWith(`/${withMd}`);
  });
  const found = byFile.length > 0 ? byFile : v.index.findPeopleByName(q);
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    throw new CliError(`No person named '${query}' in this vault; check the spelling, or run \`reconnect due --all\` to list everyone.`);
  }
  throw new CliError(`'${query}' names ${found.length} people (${found.map((m) => m.path).join(', ')}); pass the note's path instead.`);
}

export function parseDayOption(name: string, value: string): Day {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? parseDay(value.trim()) : null;
  if (day === null) throw new CliError(`--${name} '${value}' is not a day; write it as YYYY-MM-DD, e.g. --${name} 2026-11-25.`);
  return day;
}

export function logCommand(
  v: LoadedVault,
  today: Day,
  opts: { person: string; date?: string; channel?: string; text?: string; tags: string[] },
  io: Io,
): number {
  const card = findPerson(v, opts.person);
  const day = opts.date !== undefined ? parseDayOption('date', opts.date) : today;
  let channel = null;
  if (opts.channel !== undefined) {
    channel = channelOf(opts.channel.trim());
    if (channel === null) throw new CliError(`--channel '${opts.channel}' is not a channel; use one of ${CHANNEL_WORDS.join(', ')} (or their French words).`);
  }
  const entry = { day, channel, text: opts.text ?? null, tags: opts.tags };
  // `--text "call me back"` with no --channel is written `- 2026-11-25 call me back`, which reads back
  // as a call about "me back" (§4): say so, and how to keep the text whole.
  const text = (opts.text ?? '').trim();
  const readBack = channel === null && text !== '' ? parseLogContent(`${day} ${text}`, v.index.context.daily) : null;
  if (readBack?.kind === 'entry' && readBack.channel !== 'other') {
    const word = /^\p{L}+/u.exec(text)?.[0] ?? text.split(/\s/)[0];
    io.err(`Note: the text starts with '${word}', which reads as the channel (${readBack.channel}); pass --channel to say how you were in touch, e.g. --channel email --text "${text}".`);
  }
  const file = join(v.dir, card.path);
  let before: string;
  try {
    before = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`Cannot read ${card.path} (${ioReason(e)}); nothing was written. Make it readable and run the command again.`, 1);
  }
  const { text: after, lastContactSkipped } = logContact(before, entry, {
    logHeadings: v.settings.logHeadings,
    lastContactKey: v.settings.keys.lastContact,
    today,
    parseYaml: parseYamlWithGrayMatter,
  });
  try {
    writeFileSync(file, after, 'utf8');
  } catch (e) {
    throw new CliError(`Cannot write ${card.path} (${ioReason(e)}); the note is unchanged. Make it writable and run the command again.`, 1);
  }
  const logged = { entry: `"${formatLogEntry(entry)}"`, path: card.path, day, key: v.settings.keys.lastContact };
  io.out(t(io.lang, day > today ? 'cli.loggedPlanned' : 'cli.logged', logged));
  if (lastContactSkipped === 'frontmatter') io.err(t(io.lang, 'cli.loggedFrontmatterBroken', { key: v.settings.keys.lastContact, path: card.path }));
  return 0;
}

