import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Day } from '../core/types';
import { renderNamed, vaultTemplateContext } from '../core/templateContext';
import { resolveTemplateSource, templateNames, type TemplateLang } from '../core/templates';
import { CliError, ioReason, type LoadedVault } from './loadVault';
import { findPerson, type Io } from './commands';

/**
 * The vault's own templates (the Reconnect templates folder): path → text, and the files that
 * cannot be read, path → why (an error only when the template asked for is one of them).
 */
export function readTemplateOverrides(v: LoadedVault): { overrides: Map<string, string>; unreadable: Map<string, string> } {
  const folder = v.settings.reconnectTemplatesFolder.replace(/^\/+|\/+$/g, '');
  const overrides = new Map<string, string>();
  const unreadable = new Map<string, string>();
  const abs = join(v.dir, folder);
  if (folder === '' || !existsSync(abs)) return { overrides, unreadable };
  try {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (!e.isFile() || !e.name.toLowerCase().endsWith('.md')) continue;
      try {
        overrides.set(`${folder}/${e.name}`, readFileSync(join(abs, e.name), 'utf8'));
      } catch (err) {
        unreadable.set(`${folder}/${e.name}`, ioReason(err));
      }
    }
  } catch (err) {
    throw new CliError(`Cannot read the templates folder ${folder} (${ioReason(err)}); make it readable, or change the Reconnect templates folder in the settings.`, 1);
  }
  return { overrides, unreadable };
}

export function renderCommand(v: LoadedVault, today: Day, opts: { template: string; person: string; other?: string; lang?: string }, io: Io): number {
  let lang: TemplateLang = io.lang;
  if (opts.lang !== undefined) {
    if (opts.lang !== 'en' && opts.lang !== 'fr') throw new CliError(`--lang '${opts.lang}' is not a language Reconnect has; use en or fr.`);
    lang = opts.lang;
  }
  const { overrides, unreadable } = readTemplateOverrides(v);
  // A template of the vault that would be used but cannot be read: say so, rather than fall back unseen.
  const wanted = resolveTemplateSource(opts.template, lang, new Map([...overrides, ...[...unreadable.keys()].map((p): [string, string] => [p, ''])]));
  if (wanted?.path !== undefined && unreadable.has(wanted.path)) {
    throw new CliError(`Cannot read ${wanted.path} (${unreadable.get(wanted.path)}); make it readable, or delete it to use the built-in template.`, 1);
  }
  if (opts.other !== undefined && opts.template !== 'introduction') {
    throw new CliError(`--other only applies to --template introduction (the person to introduce to --person), not to '${opts.template}'.`);
  }
  const card = findPerson(v, opts.person);
  const due = v.due.person(card.path, today);
  if (!due) throw new CliError(`No person named '${opts.person}' in this vault.`);
  // The second person of `introduction`, as the plugin's Draft message passes it.
  const other = opts.other !== undefined ? findPerson(v, opts.other) : null;
  if (other !== null && other.path === card.path) throw new CliError(`--other '${opts.other}' is ${card.name} again; name the person to introduce them to.`);
  const result = renderNamed(opts.template, lang, overrides, vaultTemplateContext(v.index, v.due, due, v.settings, today, other));
  if ('unknown' in result) {
    throw new CliError(`No template named '${opts.template}'; the templates are ${templateNames(overrides).join(', ')}.`);
  }
  if (!result.ok) {
    io.err(`reconnect: ${result.problem.path}${result.problem.line !== undefined ? ` line ${result.problem.line}` : ''}: ${result.problem.message}`);
    return 1;
  }
  io.out(result.text.replace(/\n$/, ''));
  return 0;
}
