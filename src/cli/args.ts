import { CliError } from './loadVault';

export interface ParsedArgs {
  command: string | null;
  positional: string[];
  flags: Set<string>;
  values: Map<string, string[]>;
}

/** Options that take a value; every other `--x` is a switch. */
const VALUED = new Set(['vault', 'today', 'person', 'other', 'date', 'channel', 'text', 'tag', 'template', 'lang', 'name', 'where', 'goal']);

/**
 * The command word and the help and version switches, read as parseArgs reads them: the first word
 * that is neither an option nor an option's value (`--vault . due` is `due`), and `-h`/`--help`
 * only where they are not a value (`--text -h` is text).
 */
export function scanCommand(argv: string[]): { command: string | undefined; help: boolean; version: boolean } {
  let command: string | undefined;
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') help = true;
    else if (a === '--version' || a === '-V') version = true;
    else if (a.startsWith('--')) {
      if (!a.includes('=') && VALUED.has(a.slice(2))) i++;
    } else if (command === undefined) command = a;
  }
  return { command, help, version };
}

export function parseArgs(argv: string[], allowed: { switches: string[]; valued: string[] }): ParsedArgs {
  const out: ParsedArgs = { command: null, positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      if (VALUED.has(name) && allowed.valued.includes(name)) {
        const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new CliError(`--${name} needs a value, e.g. --${name} ${example(name)}.`);
        out.values.set(name, [...(out.values.get(name) ?? []), value]);
      } else if (allowed.switches.includes(name) && eq < 0) {
        out.flags.add(name);
      } else {
        throw new CliError(`Unknown option --${name}; run \`reconnect --help\` for the options of each command.`);
      }
    } else if (a === '-h') {
      out.flags.add('help');
    } else if (out.command === null) {
      out.command = a;
    } else {
      out.positional.push(a);
    }
  }
  return out;
}

function example(name: string): string {
  switch (name) {
    case 'today':
    case 'date':
      return '2026-11-25';
    case 'vault':
      return '~/Notes';
    case 'person':
    case 'other':
      return '"Maya Chen"';
    case 'channel':
      return 'call';
    case 'lang':
      return 'fr';
    default:
      return 'VALUE';
  }
}

export function single(args: ParsedArgs, name: string): string | undefined {
  const v = args.values.get(name);
  if (v && v.length > 1) throw new CliError(`--${name} is given ${v.length} times; give it once.`);
  return v?.[0];
}
