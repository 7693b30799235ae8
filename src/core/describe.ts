/** Words for what the due computation found: "7 weeks ago", "every 2 months", the flags' reasons. */
import type { Day, Problem } from './types';
import type { Cadence } from './cadence';
import type { PersonDue } from './due';
import { diffDays } from './dates';
import { t, type Lang } from './i18n';

/** `3 weeks ago`, `yesterday`, `in 5 days`: days under two weeks, weeks under two months, then months, then years. */
export function relativeDay(day: Day, today: Day, lang: Lang): string {
  const d = diffDays(today, day);
  if (d === 0) return t(lang, 'ago.today');
  if (d === 1) return t(lang, 'ago.yesterday');
  if (d === -1) return t(lang, 'ago.tomorrow');
  const n = Math.abs(d);
  const dir = d > 0 ? 'ago' : 'in';
  if (n < 14) return t(lang, `${dir}.days`, n);
  if (n < 60) return t(lang, `${dir}.weeks`, Math.floor(n / 7));
  if (n < 365) return t(lang, `${dir}.months`, Math.floor(n / 30));
  return t(lang, `${dir}.years`, Math.floor(n / 365));
}

/** `every 2 months` / `tous les 2 mois`. */
export function cadenceWords(c: Cadence | null, lang: Lang): string {
  if (!c) return '';
  const phrase = t(lang, `unit.${c.unit}`, c.n);
  return t(lang, 'cadence.every', { phrase });
}

/** One line per flag, saying why the person is flagged (§5). */
export function flagReasons(p: PersonDue, today: Day, lang: Lang): string[] {
  const out: string[] = [];
  if (p.letGo) out.push(t(lang, 'flag.letGo', p.unansweredInARow));
  else if (p.followUp && p.awaitingSince) out.push(t(lang, 'flag.followUp', diffDays(today, p.awaitingSince)));
  if (p.favorRecentlyAsked && p.favorAskedOn) out.push(t(lang, 'flag.favor', diffDays(today, p.favorAskedOn)));
  return out;
}

/** "last contact 7 weeks ago · every 2 months". */
export function contactSummary(p: PersonDue, today: Day, lang: Lang): string {
  const parts: string[] = [];
  if (p.lastContact) parts.push(t(lang, 'row.lastContact', { ago: relativeDay(p.lastContact, today, lang) }));
  else if (p.card.met) parts.push(t(lang, 'row.met', { ago: relativeDay(p.card.met, today, lang) }));
  else parts.push(t(lang, 'row.never'));
  const c = cadenceWords(p.card.cadence, lang);
  if (c) parts.push(c);
  return parts.join(' · ');
}

/**
 * The line a problem is shown with, before its message (`line 24: …`), or null: a problem of a field
 * that has a line (a frontmatter block as a whole is line 1 anyway, so it is shown without).
 */
export function problemLine(p: Problem): number | null {
  return p.line !== undefined && p.field !== null ? p.line : null;
}

