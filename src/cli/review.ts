import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Day } from '../core/types';
import type { PersonDue } from '../core/due';
import { t } from '../core/i18n';
import { introductionReason, networkReview, reviewNotePath, reviewNoteText, type Review } from '../core/playbook';
import { CliError, ioReason, listMarkdown, type LoadedVault } from './loadVault';
import type { Io } from './commands';

function ref(p: PersonDue): { name: string; path: string } {
  return { name: p.name, path: p.path };
}

/** The Review of `review --json`: people as `{ name, path }`. */
export function reviewJson(r: Review): Record<string, unknown> {
  return {
    today: r.today,
    lastReview: r.lastReview,
    noCadence: r.noCadence.map(ref),
    notContactedInAYear: r.notContactedInAYear.map((p) => ({ ...ref(p), lastContact: p.lastContact, met: p.card.met })),
    letGo: r.letGo.map((p) => ({ ...ref(p), unansweredInARow: p.unansweredInARow })),
    unresolvedMentions: r.unresolvedMentions,
    commitment: r.commitment,
    totalPerMonth: r.totalPerMonth,
    favorImbalance: r.favorImbalance.map((f) => ({ person: ref(f.person), ledger: f.ledger })),
    events: r.events,
    introductions: r.introductions.map((s) => ({ a: { name: s.aName, path: s.a }, b: { name: s.bName, path: s.b }, reason: s.reason, shared: s.shared })),
  };
}

function fmt(n: number, lang: string): string {
  const s = n.toFixed(1).replace(/\.0$/, '');
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/**
 * `reconnect review [--json] [--dry-run]`: the six-month review, as text or JSON, written as a note in
 * the reviews folder unless `--dry-run` (`--write`, once needed, is the default now).
 */
export function reviewCommand(v: LoadedVault, today: Day, opts: { json: boolean; dryRun: boolean; vaultLabel: string }, io: Io): number {
  const r = networkReview(v.index, v.due, today);
  let written: string | null = null;
  if (!opts.dryRun) {
    const existing = listMarkdown(v.dir);
    const path = reviewNotePath(today, v.settings, existing);
    const first = reviewNotePath(today, v.settings, []);
    // A second review on the same day is written next to the first (" 2"), after a warning, as `event` does.
    if (path !== first) io.err(`Warning: ${existing.find((p) => p.toLowerCase() === first.toLowerCase()) ?? first} exists already (a review on ${today}); writing another one, ${path}. Use --dry-run to only print it.`);
    const abs = join(v.dir, path);
    try {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, reviewNoteText(r, io.lang, v.settings), { encoding: 'utf8', flag: 'wx' });
    } catch (e) {
      throw new CliError(`Cannot write ${path} (${ioReason(e)}); nothing was written.`, 1);
    }
    written = path;
  }
  if (opts.json) {
    io.out(JSON.stringify({ ...reviewJson(r), written }, null, 2));
    return 0;
  }
  const { lang, style } = io;
  io.out(style.bold(t(lang, 'review.cliTitle', { day: today, vault: opts.vaultLabel })));
  io.out(r.lastReview ? t(lang, 'review.lastReview', { day: r.lastReview }) : t(lang, 'review.never'));
  const section = (title: string, lines: string[]): void => {
    io.out('');
    io.out(style.bold(`${title} (${lines.length})`));
    for (const l of lines) io.out(`  ${l}`);
  };
  section(t(lang, 'review.noCadence'), r.noCadence.map((p) => p.name));
  section(
    t(lang, 'review.notContacted'),
    r.notContactedInAYear.map((p) => `${p.name} — ${p.lastContact ? t(lang, 'review.lastContactOn', { day: p.lastContact }) : t(lang, 'review.metOn', { day: p.card.met ?? '' })}`),
  );
  section(t(lang, 'review.letGo'), r.letGo.map((p) => `${p.name} — ${t(lang, 'review.tries', p.unansweredInARow)}`));
  section(t(lang, 'review.unresolved'), r.unresolvedMentions.map((m) => `${m.name} — ${t(lang, 'review.inDailyNotes', m.dailyNotes)}`));
  section(t(lang, 'review.favors'), r.favorImbalance.map(({ person, ledger }) => `${person.name} — ${t(lang, 'review.askedGave', { asked: ledger.asked, given: ledger.given })}`));
  section(t(lang, 'review.introductions'), r.introductions.map((s) => `${s.aName} ↔ ${s.bName} — ${introductionReason(s.overlap, lang)}`));
  io.out('');
  io.out(style.bold(t(lang, 'review.commitment')));
  for (const c of r.commitment) {
    io.out(`  ${c.bucket ?? t(lang, 'review.noBucket')}: ${t(lang, 'review.people', c.people)}, ${t(lang, 'review.perMonth', { n: fmt(c.contactsPerMonth, lang) })}`);
  }
  io.out(`  ${t(lang, 'review.total', { n: fmt(r.totalPerMonth, lang) })}`);
  io.out('');
  io.out(style.bold(t(lang, 'review.events')));
  const e = r.events;
  io.out(
    `  ${e.attended === 0 ? t(lang, 'review.noEvents') : t(lang, 'review.eventsLine', { attended: t(lang, 'review.eventCount', e.attended), people: t(lang, 'review.newPeople', e.newPeople), followed: e.followUpsWithinTwoDays })}`,
  );
  io.out('');
  io.out(written !== null ? t(lang, 'review.written', { path: written }) : style.dim(t(lang, 'review.dryRun')));
  return 0;
}
