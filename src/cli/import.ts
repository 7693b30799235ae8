import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Day } from '../core/types';
import { decodeText, existingPerson, importMessages, issuesByOutcome, parseContactsFile, planImport, wholeFileIssue } from '../core/import';
import { t } from '../core/i18n';
import { CliError, ioReason, listMarkdown, type LoadedVault } from './loadVault';
import type { Io } from './commands';

/** `reconnect import FILE [--dry-run] [--json]` (§7): new person notes, nothing overwritten. */
export function importCommand(v: LoadedVault, today: Day, opts: { file: string; dryRun: boolean; json: boolean; cwd: string }, io: Io): number {
  const file = resolve(opts.cwd, opts.file);
  // A path that is not a contacts export at all is one line and exit code 2, as a wrong option is;
  // exit code 1 is for an export some rows of which could not be read.
  if (!existsSync(file)) throw new CliError(`No file at ${opts.file}: give the path of a .vcf or .csv export.`);
  const words = importMessages(io.lang);
  if (!statSync(file).isFile()) throw new CliError(words.isFolder(opts.file));
  const decoded = decodeText(new Uint8Array(readFileSync(file)), io.lang);
  if ('error' in decoded) throw new CliError(words.notText(opts.file));
  // Named as given, so that the one line points at the path the user typed.
  const parsed = parseContactsFile(opts.file, decoded.text, io.lang);
  const whole = wholeFileIssue(opts.file, parsed, io.lang);
  if (whole) throw new CliError(whole.message);
  const existing = v.index.allPeople().map((p) => existingPerson(p.path, p.frontmatter, v.settings.keys.name));
  const plan = planImport(parsed.contacts, existing, {
    peopleFolder: v.settings.peopleFolders[0] ?? 'People',
    existingPaths: new Set(listMarkdown(v.dir)),
    today,
    logHeading: v.settings.logHeadings[0],
    keys: { type: v.settings.keys.type, name: v.settings.keys.name, met: v.settings.keys.met, birthday: v.settings.keys.birthday },
    lang: io.lang,
  });
  const written: string[] = [];
  const failed: { path: string; error: string }[] = [];
  if (!opts.dryRun) {
    for (const note of plan.create) {
      const abs = join(v.dir, note.path);
      try {
        mkdirSync(dirname(abs), { recursive: true });
        // 'wx': a file that appeared since the plan is never overwritten.
        writeFileSync(abs, note.text, { encoding: 'utf8', flag: 'wx' });
        written.push(note.path);
      } catch (e) {
        failed.push({ path: note.path, error: (e as NodeJS.ErrnoException).code === 'EEXIST' ? 'already exists' : ioReason(e) });
      }
    }
  }
  const { unreadable, warnings } = issuesByOutcome(parsed, plan);
  if (opts.json) {
    io.out(JSON.stringify({
      file: opts.file,
      format: parsed.format,
      dryRun: opts.dryRun,
      created: plan.create
        .filter((n) => opts.dryRun || written.includes(n.path))
        .map((n) => ({ path: n.path, name: n.contact.name, ref: n.contact.ref, warnings: warnings.get(n.path) ?? [] })),
      skipped: [
        ...plan.skipped.map((s) => ({ name: s.contact.name, ref: s.contact.ref, reason: s.reason, matchPath: s.matchPath ?? null })),
        ...failed.map((f) => ({ name: f.path, ref: null, reason: f.error, matchPath: f.path })),
      ],
      issues: unreadable,
    }, null, 2));
  } else {
    const made = opts.dryRun ? plan.create.map((n) => n.path) : written;
    const what = parsed.format === 'linkedin' ? 'import.count.linkedin' : parsed.format === 'google' ? 'import.count.google' : parsed.format === 'vcard' ? 'import.count.vcard' : 'import.count.contacts';
    io.out(io.style.bold(`${opts.file}: ${t(io.lang, what, parsed.contacts.length)}`));
    io.out(t(io.lang, opts.dryRun ? 'import.wouldCreate' : 'import.created', made.length));
    for (const p of made) {
      io.out(`  + ${p}`);
      for (const w of warnings.get(p) ?? []) io.out(io.style.yellow(`    ! ${w}`));
    }
    if (plan.skipped.length + failed.length > 0) {
      io.out(t(io.lang, 'import.skipped', plan.skipped.length + failed.length));
      for (const s of plan.skipped) io.out(io.style.dim(`  - ${s.contact.name} (${s.contact.ref}): ${s.reason}`));
      for (const f of failed) io.out(io.style.dim(`  - ${f.path}: ${f.error}`));
    }
    if (unreadable.length > 0) {
      io.out(t(io.lang, 'import.unreadable', unreadable.length));
      for (const i of unreadable) io.out(io.style.yellow(`  ! ${i.message}`));
    }
    if (opts.dryRun) io.out(io.style.dim(t(io.lang, 'import.dryRun')));
    else if (made.length > 0) io.out(io.style.dim(t(io.lang, 'import.noCadence')));
  }
  return unreadable.length > 0 || failed.length > 0 ? 1 : 0;
}
