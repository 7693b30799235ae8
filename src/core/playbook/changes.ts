/**
 * What changed for a person (PLAYBOOK: prepare a second meeting by learning what changed): a new
 * company or a new role, when the log says so. A contact line says so with an inline field in
 * Dataview's style — `[company:: Halcyon Robotics]`, `(role:: VP Design)`, or `role:: VP Design`
 * to the end of the line — on a log item, a daily-note line that links the person, or the name
 * of an interaction note. The field names are the frontmatter keys `company` and `role`.
 */
import type { Day, Interaction } from '../types';
import type { VaultIndex } from '../vaultIndex';
import type { PersonDue } from '../due';
import { diffDays } from '../dates';

export type ChangedField = 'company' | 'role';

export interface CardChange {
  field: ChangedField;
  /** The new value, as the log wrote it. */
  value: string;
  day: Day;
  sourcePath: string;
  /** 0-based line of the contact in its source. */
  line: number;
  /**
   * What the person note's frontmatter says for the field now, when it says something else
   * (compared without regard to case or surrounding spaces): the card is out of date. Null when it
   * agrees or has nothing.
   */
  noteSays: string | null;
}

const BRACKETED = /[[(]\s*(company|role)\s*::\s*([^\])]*?)\s*[\])]/gi;
const TRAILING = /(?:^|\s)(company|role)\s*::\s*(.+)$/i;
const TRAILING_TAGS = /(?:\s+#[^\s#]+)+\s*$/u;

/** The `company::` and `role::` fields of one line, in the order written (an empty value is no field). */
export function inlineChanges(text: string): { field: ChangedField; value: string }[] {
  if (!text.includes('::')) return [];
  const out: { field: ChangedField; value: string }[] = [];
  let rest = text;
  for (const m of text.matchAll(BRACKETED)) {
    const value = m[2].trim();
    if (value) out.push({ field: m[1].toLowerCase() as ChangedField, value });
    rest = rest.replace(m[0], ' ');
  }
  const t = TRAILING.exec(rest);
  if (t) {
    const value = t[2].replace(TRAILING_TAGS, '').trim();
    if (value) out.push({ field: t[1].toLowerCase() as ChangedField, value });
  }
  return out;
}

/**
 * The lines a contact was written on, as a person reads them, with their tags: the log item or the
 * interaction note's name, or for a daily note every line of it that links the person.
 */
export function contactLines(index: VaultIndex, personPath: string, c: Interaction): { text: string; line: number; tags: readonly string[] }[] {
  const own = [{ text: c.text, line: c.line, tags: c.tags }];
  if (c.kind !== 'daily') return own;
  const content = index.noteContent(c.sourcePath);
  if (!content) return own;
  const out: { text: string; line: number; tags: readonly string[] }[] = [];
  for (const l of content.links) {
    if (out.length > 0 && out[out.length - 1].line === l.line) continue;
    if (index.resolvePerson(l.target, c.sourcePath) === personPath) out.push({ text: l.text, line: l.line, tags: l.tags });
  }
  return out;
}

function frontmatterText(p: PersonDue, field: ChangedField): string {
  const v = p.card.frontmatter[field];
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}

/**
 * What changed since you last talked: the company and the role logged on the day of the person's
 * latest contact (a change logged earlier was followed by a contact, where it was talked about),
 * from today back `days` days at most, newest first; a field logged twice that day counts once,
 * the value written last. A `last_contact` later than the log hides them too.
 */
export function cardChangesOf(index: VaultIndex, p: PersonDue, today: Day, days: number): CardChange[] {
  const out: CardChange[] = [];
  for (let i = p.contacts.length - 1; i >= 0 && out.length < 2; i--) {
    const c = p.contacts[i];
    const age = diffDays(today, c.day);
    if (age < 0) continue;
    if (age > days || (p.lastContact !== null && c.day < p.lastContact)) break;
    for (const { text, line } of contactLines(index, p.path, c)) {
      const found = inlineChanges(text);
      // The last field written on a line is its newest word.
      for (let j = found.length - 1; j >= 0; j--) {
        const { field, value } = found[j];
        if (out.some((o) => o.field === field)) continue;
        const written = frontmatterText(p, field);
        const noteSays = written !== '' && written.toLowerCase() !== value.toLowerCase() ? written : null;
        out.push({ field, value, day: c.day, sourcePath: c.sourcePath, line, noteSays });
      }
    }
  }
  return out;
}
