import type { Day, Interaction } from './types';
import type { Settings } from './settings';
import type { DueCalculator, PersonDue } from './due';
import type { VaultIndex } from './vaultIndex';
import { templateEventFor } from './events';
import { cardChangesOf } from './playbook/changes';
import { PREP_NEWS_DAYS } from './playbook/prep';
import type { PersonCard } from './person';
import { diffDays } from './dates';
import { withoutInlineFields } from './markdown';
import type { CardChange } from './playbook/changes';
import { nameParts, renderTemplate, resolveTemplateSource, type TemplateContext, type TemplateEvent, type TemplateLang, type TemplatePerson, type RenderResult } from './templates';

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) {
    // An unquoted [[link]] is YAML for a nested list: give it back as the link written.
    const flat = v.flat(3).filter((x) => typeof x === 'string');
    if (flat.length === 0) return null;
    return Array.isArray(v[0]) ? `[[${flat.join(', ')}]]` : flat.join(', ');
  }
  return null;
}

function list(v: unknown): string[] {
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (Array.isArray(v)) return v.flatMap(list);
  return [];
}

/**
 * What a template may quote of a contact: a log line's text; a meeting note's title without its
 * date; nothing of a daily-note mention, whose line is a journal sentence, not a topic.
 */
function topicOf(c: Interaction): string | null {
  // A daily-note line is a journal sentence, and an event note names the place, not the topic.
  if (c.kind === 'daily' || (c.kind === 'note' && c.channel === 'event')) return null;
  const t = withoutInlineFields(c.kind === 'note' ? c.text.replace(/^\d{4}-\d{2}-\d{2}\s*[-–—:]?\s*/, '') : c.text);
  return t.trim() === '' ? null : t.trim();
}

/** What a template knows of a person (§8 `person`). */
export function templatePerson(card: PersonCard, settings: Settings): TemplatePerson {
  const fm = card.frontmatter;
  const k = settings.keys;
  const { firstName, lastName } = nameParts(card.name);
  const linkTarget = card.path.replace(/\.md$/i, '');
  const base = linkTarget.split('/').pop() ?? linkTarget;
  return {
    name: card.name,
    firstName,
    lastName,
    link: base === card.name ? `[[${base}]]` : `[[${base}|${card.name}]]`,
    path: card.path,
    company: text(fm.company),
    role: text(fm.role),
    email: text(fm.email),
    bucket: card.bucket,
    cadence: text(fm[k.cadence]) ?? null,
    met: card.met,
    metAt: text(fm[k.metAt]),
    introducedBy: text(fm[k.introducedBy]),
    interests: list(fm.interests),
    fm,
  };
}

/** The whole context of §8 for one person on one day. */
export function templateContext(
  due: PersonDue,
  settings: Settings,
  today: Day,
  extra: { other?: PersonCard | null; event?: TemplateEvent | null; changes?: readonly CardChange[] } = {},
): TemplateContext {
  const change = (field: CardChange['field']) => {
    const c = extra.changes?.find((x) => x.field === field);
    return c ? { value: c.value, date: c.day, noteSays: c.noteSays } : null;
  };
  const latest = due.contacts.slice(-5).reverse().map((c) => ({ date: c.day, channel: c.channel, text: topicOf(c) }));
  const me = settings.me;
  return {
    person: templatePerson(due.card, settings),
    contact: {
      status: due.status,
      favorAskedOn: due.favorAskedOn,
      awaitingSince: due.awaitingSince,
      unansweredInARow: due.unansweredInARow,
      lastContact: due.lastContact,
      dueDate: due.dueDate,
      daysOverdue: due.daysOverdue,
      daysSinceContact: due.lastContact ? diffDays(today, due.lastContact) : null,
    },
    lastInteraction: latest[0] ?? null,
    interactions: latest,
    me: { name: text(me.name), role: text(me.role), company: text(me.company), intro: text(me.intro) },
    today,
    other: extra.other ? templatePerson(extra.other, settings) : null,
    event: extra.event ?? null,
    changes: { company: change('company'), role: change('role') },
  };
}

/**
 * The context of §8 as the vault gives it, the same for `reconnect render`, Draft message and the
 * `reconnect` code block: the person's due answers, the event they were met at (event-follow-up),
 * what changed since you last talked (second-meeting), and the second person of an introduction.
 */
export function vaultTemplateContext(
  index: VaultIndex,
  calculator: DueCalculator,
  due: PersonDue,
  settings: Settings,
  today: Day,
  other: PersonCard | null = null,
): TemplateContext {
  return templateContext(due, settings, today, {
    event: templateEventFor(index, calculator, due.path, today),
    other,
    changes: cardChangesOf(index, due, today, PREP_NEWS_DAYS),
  });
}

export type RenderOutcome = RenderResult | { ok: false; unknown: string };

/** Finds a template (vault override first) and renders it for a context. */
export function renderNamed(name: string, lang: TemplateLang, overrides: ReadonlyMap<string, string>, ctx: TemplateContext): RenderOutcome {
  const found = resolveTemplateSource(name, lang, overrides);
  if (!found) return { ok: false, unknown: name };
  return renderTemplate(found.source, ctx, { lang: found.lang, name: found.name, path: found.path });
}
