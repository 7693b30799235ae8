import { join, resolve, relative } from 'node:path';
import { existsSync } from 'node:fs';
import { localToday } from '../core/dates';
import { pickLang } from '../core/i18n';
import { parseArgs, scanCommand, single, type ParsedArgs } from './args';
import { version as VERSION } from '../../package.json';
import { CliError, CONFIG_DIR, loadVault } from './loadVault';
import { checkCommand, dueCommand, logCommand, parseDayOption, type Io } from './commands';
import { makeStyle } from './table';
import { renderCommand } from './render';
import { importCommand } from './import';
import { eventCommand } from './event';
import { reviewCommand } from './review';

const HELP = `reconnect — who to get back in touch with, from your Obsidian vault

Usage: reconnect COMMAND [options]

Commands:
  due [--all] [--json]       the due list: overdue, due today and never contacted, most urgent first
                             (--all: everyone)
  check [--json]             the problems in your notes; exit code 1 when there is any
  log --person NAME [--date YYYY-MM-DD] [--channel C] [--text T] [--tag TAG]...
                             append a log line to the person's note and move last_contact forward
  render --template NAME --person NAME [--other NAME] [--lang en|fr]
                             print an outreach template filled for that person
                             (intro, cold-outreach, event-follow-up, check-in, congrats, favor,
                             second-meeting, introduction; a file of the same name in the vault's
                             Templates/Reconnect folder wins); --other: the person to introduce
                             them to (introduction only)
  event --name NAME [--date D] [--where W] [--goal G] --person "Name: context"...
                             an event note with the people you met; new names become person notes
                             (met, met_at, the acquaintance bucket) and wait under Follow up
  review [--json] [--dry-run]
                             the six-month network review: no cadence, not contacted in a year, let go,
                             names without a note, what your cadences commit you to, favors, events,
                             introductions; written to Reviews/YYYY-MM-DD Network review.md (" 2" when
                             taken), printing where (--dry-run: print it, write nothing)
  import FILE [--dry-run] [--json]
                             create person notes from a vCard (.vcf) or a LinkedIn / Google contacts
                             .csv, skipping people already in the vault (same email, name or alias)

Options for every command:
  --vault DIR        the vault folder (default: the current folder)
  --today YYYY-MM-DD the day to compute for (default: today on this machine)
  --help             this help
  --version          the version of reconnect

Exit codes: 0 ok; 1 problems found (check), import rows that could not be read (the rest is
imported) or a note that cannot be written; 2 a wrong option, a missing vault, an unknown person or
an import FILE that is not a contacts export.`;

const COMMANDS: Record<string, { switches: string[]; valued: string[] }> = {
  due: { switches: ['all', 'json', 'help'], valued: ['vault', 'today'] },
  check: { switches: ['json', 'help'], valued: ['vault', 'today'] },
  log: { switches: ['help'], valued: ['vault', 'today', 'person', 'date', 'channel', 'text', 'tag'] },
  render: { switches: ['help'], valued: ['vault', 'today', 'template', 'person', 'other', 'lang'] },
  import: { switches: ['help', 'dry-run', 'json'], valued: ['vault', 'today'] },
  event: { switches: ['help', 'json'], valued: ['vault', 'today', 'name', 'date', 'where', 'goal', 'person'] },
  review: { switches: ['help', 'json', 'dry-run', 'write'], valued: ['vault', 'today'] },
};

/** `reconnect due --help`: that command's lines of HELP, then the options every command takes. */
function commandHelp(command: string): string {
  const lines = HELP.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  ${command} `) || l === `  ${command}`);
  let end = start + 1;
  while (end < lines.length && /^ {4,}\S/.test(lines[end])) end++;
  const common = lines.slice(lines.findIndex((l) => l.startsWith('Options for every command:')));
  const commonEnd = common.findIndex((l) => l.trim() === '');
  const [usage, ...said] = lines[start].trim().split(/ {2,}/);
  const what = [...said, ...lines.slice(start + 1, end).map((l) => l.trim())].join(' ');
  const wrapped: string[] = [];
  for (const word of what.split(' ')) {
    const last = wrapped.length - 1;
    if (last >= 0 && wrapped[last].length + word.length < 96) wrapped[last] += ` ${word}`;
    else wrapped.push(`  ${word}`);
  }
  return [`Usage: reconnect ${usage}`, '', ...wrapped, '', ...common.slice(0, commonEnd < 0 ? undefined : commonEnd), '', 'Run `reconnect --help` for every command and the exit codes.'].join('\n');
}

export function run(argv: string[], io: { out(s: string): void; err(s: string): void; isTty: boolean; env: Record<string, string | undefined>; cwd: string }): number {
  try {
    const { command: first, help, version } = scanCommand(argv);
    if (version) {
      io.out(`reconnect ${VERSION}`);
      return 0;
    }
    if (first === undefined || help) {
      if (first !== undefined && !(first in COMMANDS)) throw new CliError(`Unknown command '${first}'; the commands are ${Object.keys(COMMANDS).join(', ')}.`);
      io.out(first === undefined ? HELP : commandHelp(first));
      return 0;
    }
    const spec = COMMANDS[first];
    if (!spec) throw new CliError(`Unknown command '${first}'; the commands are ${Object.keys(COMMANDS).join(', ')} (run \`reconnect --help\`).`);
    const args: ParsedArgs = parseArgs(argv, spec);
    const positionalAllowed = first === 'import' ? 1 : 0;
    if (first === 'import' && args.positional.length === 0) throw new CliError('import needs a FILE, e.g. reconnect import Connections.csv --dry-run.');
    if (args.positional.length > positionalAllowed) throw new CliError(`Unexpected argument '${args.positional[positionalAllowed]}'; run \`reconnect --help\`.`);
    const todayOpt = single(args, 'today');
    const today = todayOpt !== undefined ? parseDayOption('today', todayOpt) : localToday();
    const vaultOpt = single(args, 'vault');
    const vaultDir = resolve(io.cwd, vaultOpt ?? '.');
    const vault = loadVault(vaultDir);
    // Every markdown file below is read either way; the warning goes to stderr, never into --json's stdout.
    if (!existsSync(join(vaultDir, CONFIG_DIR))) {
      const shown = vaultOpt === undefined || relative(io.cwd, vaultDir) === '' ? vaultDir : vaultOpt;
      io.err(`reconnect: ${shown} has no ${CONFIG_DIR} folder, so it may not be an Obsidian vault; pass --vault DIR with your vault's folder.`);
    }
    const color = io.isTty && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
    const lang = pickLang(vault.settings.language, io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
    const ctx: Io = { out: io.out, err: io.err, style: makeStyle(color), lang };
    const label = relative(io.cwd, vaultDir) || '.';
    switch (first) {
      case 'due':
        return dueCommand(vault, today, { all: args.flags.has('all'), json: args.flags.has('json'), vaultLabel: label }, ctx);
      case 'check':
        return checkCommand(vault, today, { json: args.flags.has('json') }, ctx);
      case 'review':
        // --write is accepted for the scripts written when it was needed: writing is the default now.
        return reviewCommand(vault, today, { json: args.flags.has('json'), dryRun: args.flags.has('dry-run'), vaultLabel: label }, ctx);
      case 'event':
        return eventCommand(vault, today, {
          name: single(args, 'name'),
          date: single(args, 'date'),
          where: single(args, 'where'),
          goal: single(args, 'goal'),
          people: args.values.get('person') ?? [],
          json: args.flags.has('json'),
        }, ctx);
      case 'import':
        return importCommand(vault, today, { file: args.positional[0], dryRun: args.flags.has('dry-run'), json: args.flags.has('json'), cwd: io.cwd }, ctx);
      case 'render': {
        const template = single(args, 'template');
        const person = single(args, 'person');
        if (template === undefined || person === undefined) {
          throw new CliError('render needs --template NAME and --person NAME, e.g. reconnect render --template check-in --person "Maya Chen".');
        }
        return renderCommand(vault, today, { template, person, other: single(args, 'other'), lang: single(args, 'lang') }, ctx);
      }
      case 'log': {
        const person = single(args, 'person');
        if (person === undefined) throw new CliError('log needs --person NAME, e.g. reconnect log --person "Maya Chen" --channel call.');
        return logCommand(vault, today, {
          person,
          date: single(args, 'date'),
          channel: single(args, 'channel'),
          text: single(args, 'text'),
          tags: args.values.get('tag') ?? [],
        }, ctx);
      }
    }
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`reconnect: ${e.message}`);
      return e.code;
    }
    io.err(`reconnect: unexpected error: ${e instanceof Error ? e.message : String(e)} (please report it)`);
    return 3;
  }
}
