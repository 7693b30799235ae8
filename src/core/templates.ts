/**
 * Outreach templates (NOTE-FORMAT §8): the context a template sees, the helpers, rendering with
 * Handlebars (no HTML escaping, no prototype access), and which source wins (vault or shipped).
 * Pure: no `obsidian`, no Node; errors a template author can make come back as a Problem.
 */
import Handlebars from 'handlebars';
import { format as formatDate } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import { BUILTIN_TEMPLATES as GENERATED_TEMPLATES } from './builtinTemplates.generated';
import { closestWord } from './spelling';
import type { Channel, Day, PersonStatus } from './types';
import { withoutInlineFields } from './markdown';

export type TemplateLang = 'en' | 'fr';

/** A person as a template sees them; a missing value is null, never undefined or ''. */
export interface TemplatePerson {
  name: string;
  firstName: string;
  lastName: string | null;
  /** `[[…]]`, ready to paste into a note. */
  link: string;
  path: string;
  company: string | null;
  role: string | null;
  email: string | null;
  bucket: string | null;
  cadence: string | null;
  met: Day | null;
  metAt: string | null;
  introducedBy: string | null;
  interests: string[];
  /** The whole frontmatter, as read. */
  fm: Record<string, unknown>;
}

export interface TemplateContact {
  status: PersonStatus;
  /** The day you last asked a favor, when it is within the favor window (the favor template warns). */
  favorAskedOn?: Day | null;
  /**
   * The day of your latest contact when it still waits for a reply (`#awaiting-reply`), and how
   * many in a row do: the check-in then does not speak of "our conversation".
   */
  awaitingSince?: Day | null;
  unansweredInARow?: number;
  lastContact: Day | null;
  dueDate: Day | null;
  daysOverdue: number | null;
  daysSinceContact: number | null;
}

export interface TemplateInteraction {
  date: Day;
  channel: Channel;
  text: string | null;
}

/** A new company or role the log records (see playbook/changes.ts). */
export interface TemplateChange {
  value: string;
  date: Day;
  /** What the person note still says when it says something else, or null. */
  noteSays: string | null;
}

export interface TemplateMe {
  name: string | null;
  role: string | null;
  company: string | null;
  /** One paragraph about you, in the third person, for introductions. */
  intro: string | null;
}

export interface TemplateEvent {
  name: string;
  date: Day | null;
  path: string | null;
  /** A line about the event (what it was, your goal there). */
  context: string | null;
}

export interface TemplateContext {
  person: TemplatePerson;
  contact: TemplateContact;
  lastInteraction: TemplateInteraction | null;
  /** The latest contacts, newest first, at most 5. */
  interactions: TemplateInteraction[];
  me: TemplateMe;
  today: Day;
  /** The second person of an `introduction`. */
  other?: TemplatePerson | null;
  /** The event of an `event-follow-up`. */
  event?: TemplateEvent | null;
  /** The company and role logged on the day you last talked (`[company:: …]`, `role:: …`), see playbook/changes.ts. */
  changes?: { company: TemplateChange | null; role: TemplateChange | null };
}

/**
 * The fields a template may name (§8), for the check that catches a misspelt one before it renders
 * as nothing: `true` is a value, an object its fields; `person.fm` holds any frontmatter key.
 */
type FieldSchema = { [key: string]: true | FieldSchema };
const PERSON_FIELDS: FieldSchema = {
  name: true, firstName: true, lastName: true, link: true, path: true, company: true, role: true, email: true,
  bucket: true, cadence: true, met: true, metAt: true, introducedBy: true, interests: true, fm: true,
};
const CHANGE_FIELDS: FieldSchema = { value: true, date: true, noteSays: true };
const INTERACTION_FIELDS: FieldSchema = { date: true, channel: true, text: true };
export const TEMPLATE_FIELDS: FieldSchema = {
  person: PERSON_FIELDS,
  other: PERSON_FIELDS,
  contact: {
    status: true, favorAskedOn: true, awaitingSince: true, unansweredInARow: true, lastContact: true, dueDate: true,
    daysOverdue: true, daysSinceContact: true,
  },
  lastInteraction: INTERACTION_FIELDS,
  interactions: true,
  me: { name: true, role: true, company: true, intro: true },
  today: true,
  event: { name: true, date: true, path: true, context: true },
  changes: { company: CHANGE_FIELDS, role: CHANGE_FIELDS },
};

/** Every field as written in a template: `person.firstName`, `changes.role.value`… */
function fieldPaths(schema: FieldSchema, prefix = ''): string[] {
  return Object.entries(schema).flatMap(([k, v]) => (v === true ? [`${prefix}${k}`] : [`${prefix}${k}`, ...fieldPaths(v, `${prefix}${k}.`)]));
}

/** `first_name` → `firstname`: how a field is compared when guessing which one was meant. */
function fieldKey(s: string): string {
  return s.toLowerCase().replace(/[_\-\s]/g, '');
}

/**
 * Why `parts` (a path written at the top of a template, not inside `each` or `with`) names no field,
 * or null when it names one.
 */
function unknownField(parts: string[]): string | null {
  let schema: true | FieldSchema = TEMPLATE_FIELDS;
  for (let i = 0; i < parts.length; i++) {
    if (schema === true) return null; // below a value (`person.fm.location`, `interactions.length`): anything goes
    const next: true | FieldSchema | undefined = Object.prototype.hasOwnProperty.call(schema, parts[i]) ? schema[parts[i]] : undefined;
    if (next === undefined) {
      const written = parts.join('.');
      const all = fieldPaths(TEMPLATE_FIELDS);
      const byKey = all.filter((f) => fieldKey(f.split('.').pop() ?? '') === fieldKey(parts[parts.length - 1]));
      // `other.metat` → `other.metAt`; a bare `first_name` → `person.firstName` (the person, not the other).
      const prefix = parts.length > 1 ? `${parts.slice(0, -1).join('.')}.` : 'person.';
      const same = byKey.filter((f) => f.startsWith(prefix));
      let meant = same.length === 1 ? same[0] : byKey.length === 1 ? byKey[0] : closestWord(written, all);
      // `person.location`: any frontmatter key is under `person.fm` (§1: phone, location…).
      if (meant === null && i === 1 && (parts[0] === 'person' || parts[0] === 'other')) meant = `${parts[0]}.fm.${parts.slice(1).join('.')}`;
      return `'${written}' is not a template field${meant ? ` (did you mean ${meant}?)` : ''}; the fields are listed in docs/templates.md`;
    }
    schema = next;
  }
  return null;
}

export interface TemplateProblem {
  path: string;
  field: 'template';
  message: string;
  line?: number;
}

export type RenderResult = { ok: true; text: string } | { ok: false; problem: TemplateProblem };

export interface RenderOptions {
  lang: TemplateLang;
  /** The template's name as the user knows it (`favor`, `check-in.fr`). */
  name: string;
  /** Vault path of an override file; absent for a shipped template. */
  path?: string;
}

export interface ResolvedTemplate {
  source: string;
  origin: 'vault' | 'builtin';
  /** The vault file, for an override. */
  path?: string;
  /** The key that matched: `check-in` or `check-in.fr`. */
  name: string;
  /** The language of the source found (a template missing in one language falls back to the other). */
  lang: TemplateLang;
}

/** The shipped templates, keyed by file name without `.md`: `intro`, `intro.fr`, … */
export const BUILTIN_TEMPLATES: Record<string, string> = GENERATED_TEMPLATES;

/** The order the shipped templates are offered in (NOTE-FORMAT §8, then `introduction`). */
const TEMPLATE_ORDER = [
  'intro', 'cold-outreach', 'event-follow-up', 'check-in', 'congrats', 'favor', 'second-meeting', 'introduction',
];

/** First word and the rest: "Jean-Pierre de la Fontaine" → "Jean-Pierre" + "de la Fontaine". */
export function nameParts(name: string): { firstName: string; lastName: string | null } {
  const words = name.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return { firstName: name.trim(), lastName: null };
  return { firstName: words[0], lastName: words.length > 1 ? words.slice(1).join(' ') : null };
}

// ---------------------------------------------------------------------------------------------
// Days, without the machine's time zone: a day is its UTC midnight.

const DAY_MS = 86_400_000;

function dayParts(value: unknown): { y: number; m: number; d: number } | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // A YAML parser turns an unquoted date into UTC midnight: that is the day as written.
    return { y: value.getUTCFullYear(), m: value.getUTCMonth() + 1, d: value.getUTCDate() };
  }
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$)/.exec(value.trim());
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  const check = new Date(Date.UTC(2000, m - 1, d));
  check.setUTCFullYear(y);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return { y, m, d };
}

function utcDay(p: { y: number; m: number; d: number }): number {
  const t = new Date(Date.UTC(2000, p.m - 1, p.d));
  t.setUTCFullYear(p.y);
  return Math.round(t.getTime() / DAY_MS);
}

/** Whole calendar months from a to b (a ≤ b): 31 Jan → 30 Mar is 1. */
function fullMonths(a: { y: number; m: number; d: number }, b: { y: number; m: number; d: number }): number {
  return (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
}

type Unit = 'day' | 'week' | 'month' | 'year';

const UNIT_WORDS: Record<TemplateLang, Record<Unit, [string, string]>> = {
  en: { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] },
  fr: { day: ['jour', 'jours'], week: ['semaine', 'semaines'], month: ['mois', 'mois'], year: ['an', 'ans'] },
};

/** "a year", "3 weeks", "un an", "3 semaines". */
function amount(n: number, unit: Unit, lang: TemplateLang): string {
  const [one, many] = UNIT_WORDS[lang][unit];
  if (n === 1) {
    if (lang === 'fr') return `${unit === 'week' ? 'une' : 'un'} ${one}`;
    return `a ${one}`;
  }
  return `${n} ${many}`;
}

/** `3 weeks ago`, `il y a 3 semaines`, `yesterday`, `in 2 days`…; '' for anything that is not a day. */
export function agoText(value: unknown, today: unknown, lang: TemplateLang): string {
  const then = dayParts(value);
  const now = dayParts(today);
  if (!then || !now) return '';
  const days = utcDay(now) - utcDay(then);
  const words = lang === 'fr'
    ? { today: "aujourd'hui", yesterday: 'hier', tomorrow: 'demain' }
    : { today: 'today', yesterday: 'yesterday', tomorrow: 'tomorrow' };
  if (days === 0) return words.today;
  if (days === 1) return words.yesterday;
  if (days === -1) return words.tomorrow;
  const future = days < 0;
  const span = Math.abs(days);
  const [early, late] = future ? [now, then] : [then, now];
  let text: string;
  if (span < 14) text = amount(span, 'day', lang);
  else if (span < 56) text = amount(Math.floor(span / 7), 'week', lang);
  else {
    // At least two months once weeks stop (8 weeks): never "7 weeks" followed by "a month".
    const months = Math.max(2, fullMonths(early, late));
    text = months < 12 ? amount(months, 'month', lang) : amount(Math.floor(months / 12), 'year', lang);
  }
  if (lang === 'fr') return future ? `dans ${text}` : `il y a ${text}`;
  return future ? `in ${text}` : `${text} ago`;
}

class TemplateRunError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}

/**
 * A date-fns pattern applied to a day, in the template's language; '' when the value is not a day.
 * French writes the first of the month "1er". Throws on a pattern date-fns refuses.
 */
export function dateText(value: unknown, pattern: unknown, lang: TemplateLang): string {
  const p = dayParts(value);
  if (!p) return '';
  const local = new Date(2000, p.m - 1, p.d);
  local.setFullYear(p.y);
  let pat = typeof pattern === 'string' && pattern.trim() !== '' ? pattern : 'd MMMM yyyy';
  // date-fns warns on the console before refusing YYYY and DD (week year, day of year): refuse first.
  if (/[YD]/.test(pat.replace(/'[^']*'?/g, ''))) throw new RangeError(`protected token in ${pat}`);
  if (lang === 'fr' && p.d === 1) pat = firstOfMonth(pat);
  return formatDate(local, pat, { locale: lang === 'fr' ? fr : enUS });
}

/** Turns each lone `d` token (outside quotes) into `do`, so that French reads "1er octobre". */
function firstOfMonth(pattern: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "'") quoted = !quoted;
    if (!quoted && c === 'd' && pattern[i - 1] !== 'd' && pattern[i + 1] !== 'd' && pattern[i + 1] !== 'o') out += 'do';
    else out += c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

function isEmptyValue(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (typeof v === 'number') return Number.isNaN(v);
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** The value as plain words: `[[People/Maya Chen|Maya]]` → "Maya", tags and Markdown links dropped. */
export function plainText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  return value
    .replace(/!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]/g, (_m, target: string, alias?: string) => {
      if (alias !== undefined && alias.trim() !== '') return alias.trim();
      const parts = target.split('/');
      return parts[parts.length - 1].replace(/\.md$/i, '').trim();
    })
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(^|\s)#[^\s#.,;:!?()[\]{}"'`]+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const TOPIC_LEADS = [
  'we talked about', 'talked about', 'we discussed', 'discussed', 'we chatted about', 'chatted about', 'spoke about',
  'catch-up on', 'catch up on', 'caught up on', 'talked', 'about',
  'nous avons parlé de', 'nous avons parlé d’', "nous avons parlé d'", 'on a parlé de', "on a parlé d'",
  'on a parlé d’', 'parlé de', "parlé d'", 'parlé d’', 'discuté de', "discuté d'", 'discuté d’', 'échangé sur',
  'à propos de', "à propos d'", 'à propos d’',
];

/**
 * What a log line says you talked about, fit to follow "our conversation about": plain text without
 * a leading "talked about" / "on a parlé de", separators or a final full stop.
 */
export function topicText(value: unknown): string {
  let text = withoutInlineFields(plainText(value));
  for (let again = true; again;) {
    again = false;
    text = text.replace(/^[\s:—–-]+/, '');
    const lower = text.toLowerCase();
    for (const lead of TOPIC_LEADS) {
      const next = lower.charAt(lead.length);
      if (lower.startsWith(lead) && (next === '' || /[\s:—–-]/.test(next) || /['’]$/.test(lead))) {
        text = text.slice(lead.length);
        again = true;
        break;
      }
    }
  }
  return text.replace(/[\s.;,:—–-]+$/, '').trim();
}

function listItems(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .filter((x): x is string | number => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)))
    .map((x) => String(x).trim())
    .filter((x) => x !== '');
}

/** "a, b and c" / "a, b et c". */
export function joinList(value: unknown, separator: unknown, last: unknown, lang: TemplateLang): string {
  const items = listItems(value);
  const sep = typeof separator === 'string' ? separator : ', ';
  const lastSep = typeof last === 'string' ? last : lang === 'fr' ? ' et ' : ' and ';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(sep)}${lastSep}${items[items.length - 1]}`;
}

const CHANNEL_WORDS: Record<TemplateLang, Record<string, string>> = {
  en: {
    email: 'email', call: 'call', coffee: 'coffee', meeting: 'meeting', lunch: 'lunch', dinner: 'dinner',
    drinks: 'drinks', event: 'event', message: 'message', text: 'text message', video: 'video call',
    social: 'get-together', letter: 'letter', card: 'card', mention: 'daily note', other: 'other',
  },
  fr: {
    email: 'e-mail', call: 'appel', coffee: 'café', meeting: 'réunion', lunch: 'déjeuner', dinner: 'dîner',
    drinks: 'verre', event: 'événement', message: 'message', text: 'texto', video: 'visio',
    social: 'rencontre', letter: 'lettre', card: 'carte', mention: 'note du jour', other: 'autre',
  },
};

const TALK_PHRASES: Record<TemplateLang, Record<string, string>> = {
  en: {
    email: 'our last emails', call: 'our call', coffee: 'our coffee', meeting: 'our meeting', lunch: 'our lunch',
    dinner: 'our dinner', drinks: 'our drinks', event: 'the event', message: 'our last messages',
    text: 'our last messages', video: 'our video call', social: 'our last get-together', letter: 'our last exchange',
    card: 'our last exchange', '': 'our last conversation',
  },
  fr: {
    email: 'nos derniers e-mails', call: 'notre appel', coffee: 'notre café', meeting: 'notre rendez-vous',
    lunch: 'notre déjeuner', dinner: 'notre dîner', drinks: 'notre verre', event: "l'événement",
    message: 'nos derniers messages', text: 'nos derniers messages', video: 'notre visio',
    social: 'notre dernière rencontre', letter: 'nos derniers échanges', card: 'nos derniers échanges',
    '': 'notre dernière conversation',
  },
};

function own(table: Record<string, string>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** A channel as a word of the template's language (`coffee` → "café"); other strings as they are. */
export function channelText(value: unknown, lang: TemplateLang): string {
  if (typeof value !== 'string') return '';
  return own(CHANNEL_WORDS[lang], value.trim().toLowerCase()) ?? value.trim();
}

/** A channel as "our coffee" / "notre café"; "our last conversation" for anything else. */
export function talkText(value: unknown, lang: TemplateLang): string {
  const key = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return own(TALK_PHRASES[lang], key) ?? TALK_PHRASES[lang][''];
}

/** The items of a that b holds too, compared as plain text without case. */
function commonItems(a: unknown, b: unknown): string[] {
  const other = new Set(listItems(b).map((x) => plainText(x).toLowerCase()));
  return listItems(a).filter((x) => other.has(plainText(x).toLowerCase()));
}

// ---------------------------------------------------------------------------------------------
// Handlebars.

interface HelperCall {
  args: unknown[];
  lang: TemplateLang;
  root: Record<string, unknown>;
  line?: number;
}

/** Handlebars passes its options last; helpers must survive any number of arguments of any type. */
function call(raw: unknown[]): HelperCall {
  const options = raw[raw.length - 1] as { data?: { lang?: unknown; root?: unknown }; loc?: { start?: { line?: number } } } | undefined;
  const data = options && typeof options === 'object' ? options.data : undefined;
  const root = data && typeof data.root === 'object' && data.root !== null ? (data.root as Record<string, unknown>) : {};
  return {
    args: raw.slice(0, -1),
    lang: data?.lang === 'fr' ? 'fr' : 'en',
    root,
    line: options?.loc?.start?.line,
  };
}

type Helper = (...raw: unknown[]) => unknown;

const HELPERS: Record<string, Helper> = {
  date: (...raw) => {
    const { args, lang, line } = call(raw);
    try {
      return dateText(args[0], args[1], lang);
    } catch {
      throw new TemplateRunError(
        `date pattern '${String(args[1])}' is not a date-fns pattern (e.g. "d MMMM yyyy": yyyy for the year, dd for the day, words in 'single quotes')`,
        line,
      );
    }
  },
  ago: (...raw) => {
    const { args, lang, root } = call(raw);
    return agoText(args[0], args.length > 1 && typeof args[1] === 'string' ? args[1] : root.today, lang);
  },
  default: (...raw) => {
    const { args } = call(raw);
    for (const v of args) if (!isEmptyValue(v)) return v;
    return '';
  },
  join: (...raw) => {
    const { args, lang } = call(raw);
    return joinList(args[0], args[1], args[2], lang);
  },
  plain: (...raw) => {
    const { args } = call(raw);
    return Array.isArray(args[0]) ? args[0].map(plainText).filter((x) => x !== '') : plainText(args[0]);
  },
  topic: (...raw) => topicText(call(raw).args[0]),
  channel: (...raw) => {
    const { args, lang } = call(raw);
    return channelText(args[0], lang);
  },
  talk: (...raw) => {
    const { args, lang } = call(raw);
    return talkText(args[0], lang);
  },
  common: (...raw) => {
    const { args } = call(raw);
    return commonItems(args[0], args[1]);
  },
};

/** Handlebars' own helpers that templates may use, with the number of arguments each needs. */
const BUILTIN_HELPER_ARITY: Record<string, number> = { if: 1, unless: 1, each: 1, with: 1, lookup: 2 };

/** Every helper a template may name. */
export const TEMPLATE_HELPERS: readonly string[] = [...Object.keys(BUILTIN_HELPER_ARITY), ...Object.keys(HELPERS)];

const hb = Handlebars.create();
hb.unregisterHelper('log');
for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);

const COMPILE_OPTIONS: Parameters<typeof Handlebars.compile>[1] = {
  noEscape: true,
  strict: false,
  knownHelpersOnly: true,
  knownHelpers: {
    ...Object.fromEntries(Object.keys(HELPERS).map((n) => [n, true])),
    log: false,
  },
};

const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
} as const;

interface TemplateFault {
  message: string;
  line?: number;
}

type Compiled = { fn: Handlebars.TemplateDelegate } | { fault: TemplateFault };

const cache = new Map<string, Compiled>();
const CACHE_LIMIT = 200;

function compile(source: string): Compiled {
  const hit = cache.get(source);
  if (hit) return hit;
  const compiled = compileUncached(source);
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(source, compiled);
  return compiled;
}

function compileUncached(source: string): Compiled {
  let ast: ReturnType<typeof hb.parse>;
  try {
    ast = hb.parse(source);
  } catch (err) {
    return { fault: parseFault(err, source) };
  }
  const fault = checkNode(ast as unknown as AnyNode);
  if (fault) return { fault };
  try {
    return { fn: hb.compile(source, COMPILE_OPTIONS) };
  } catch (err) {
    return { fault: errorFault(err) };
  }
}

/** Handlebars' parser messages are three lines of jison; this makes them one sentence. */
function parseFault(err: unknown, source: string): TemplateFault {
  const raw = err instanceof Error ? err.message : String(err);
  const jison = /^Parse error on line (\d+):\n(.*)\n.*\n(.*)$/s.exec(raw);
  if (!jison) return errorFault(err);
  const near = jison[2].replace(/^\.\.\./, '').replace(/\.\.\.$/, '').trim();
  if (/got 'EOF'/.test(jison[3])) {
    const open = unclosedBlock(source);
    if (open) return { message: `'{{#${open.name}}}' is never closed: add '{{/${open.name}}}'`, line: open.line };
    return { message: 'the template ends inside a tag: close it with }}', line: Number(jison[1]) };
  }
  return { message: `this tag cannot be read, near '${near}' (check the braces and quotes)`, line: Number(jison[1]) };
}

/** The innermost block left open at the end, found by a plain scan of the tags. */
function unclosedBlock(source: string): { name: string; line: number } | null {
  const stack: { name: string; line: number }[] = [];
  const tag = /\{\{~?\s*([#^/])\s*([^\s}~]+)/g;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    const line = source.slice(0, m.index).split('\n').length;
    if (m[1] === '/') {
      const i = stack.map((s) => s.name).lastIndexOf(m[2]);
      if (i >= 0) stack.length = i;
    } else stack.push({ name: m[2], line });
  }
  return stack.length > 0 ? stack[stack.length - 1] : null;
}

function errorFault(err: unknown): TemplateFault {
  const e = err as { message?: unknown; lineNumber?: unknown; line?: unknown } | null;
  let message = e && typeof e.message === 'string' ? e.message : String(err);
  message = message.replace(/ - \d+:\d+$/, '');
  const doesntMatch = /^(\S+) doesn't match (\S+)$/.exec(message);
  if (doesntMatch) message = `'{{#${doesntMatch[1]}}}' is closed by '{{/${doesntMatch[2]}}}'`;
  const unknown = /unknown helper (\S+)$/.exec(message);
  if (unknown) message = unknownHelperMessage(unknown[1]);
  const line = typeof e?.lineNumber === 'number' ? e.lineNumber : typeof e?.line === 'number' ? e.line : undefined;
  return { message, line };
}

function unknownHelperMessage(name: string): string {
  return `unknown helper '${name}' (the helpers are ${TEMPLATE_HELPERS.join(', ')})`;
}

type AnyNode = { type: string; loc?: { start?: { line?: number } } } & Record<string, unknown>;

function childNodes(node: AnyNode): unknown[] {
  switch (node.type) {
    case 'Program':
      return node.body as unknown[];
    case 'MustacheStatement':
    case 'SubExpression':
    case 'Decorator':
      return [node.path, ...(node.params as unknown[]), node.hash];
    case 'BlockStatement':
    case 'DecoratorBlock':
      return [node.path, ...(node.params as unknown[]), node.hash, node.program, node.inverse];
    case 'Hash':
      return (node.pairs as { value: unknown }[]).map((p) => p.value);
    default:
      return [];
  }
}

/** A field path at the top of a template (not `this`, `../`, `@data`, and outside `each`/`with`). */
function fieldFault(node: unknown, line: number | undefined): TemplateFault | null {
  const p = node as { type?: string; data?: boolean; depth?: number; parts?: string[] } | null;
  if (!p || p.type !== 'PathExpression' || p.data || (p.depth ?? 0) > 0 || !p.parts || p.parts.length === 0) return null;
  const why = unknownField(p.parts);
  return why ? { message: why, line } : null;
}

/**
 * What Handlebars would only find while rendering (or never): unknown helpers, partials, wrong
 * arity, and, in `topScope` (outside a block that changes what names mean), fields that do not exist.
 */
function checkNode(node: AnyNode, topScope = true): TemplateFault | null {
  const line = node.loc?.start?.line;
  if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
    return { message: 'partials ({{> …}}) are not available in Reconnect templates: write the text in', line };
  }
  if (node.type === 'Decorator' || node.type === 'DecoratorBlock') {
    return { message: 'decorators ({{* …}}) are not available in Reconnect templates', line };
  }
  if (node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression') {
    const path = node.path as AnyNode & { original?: unknown; data?: boolean };
    const params = node.params as unknown[];
    const hash = node.hash as { pairs?: unknown[] } | undefined;
    const isCall = node.type === 'SubExpression' || params.length > 0 || (hash?.pairs?.length ?? 0) > 0;
    const raw: unknown = path.original ?? (path as { value?: unknown }).value;
    const name = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
    const arity = Object.prototype.hasOwnProperty.call(BUILTIN_HELPER_ARITY, name) ? BUILTIN_HELPER_ARITY[name] : undefined;
    const isHelper = arity !== undefined || Object.prototype.hasOwnProperty.call(HELPERS, name);
    if (arity !== undefined && path.type === 'PathExpression' && !path.data) {
      if (params.length !== arity) {
        const tag = node.type === 'BlockStatement' ? `#${name}` : name;
        return { message: `{{${tag}}} needs ${arity === 1 ? 'one value' : `${arity} values`}, not ${params.length}`, line };
      }
    } else if (isCall && !(path.type === 'PathExpression' && !path.data && Object.prototype.hasOwnProperty.call(HELPERS, name))) {
      return { message: unknownHelperMessage(name), line };
    }
    if (topScope) {
      // `{{first_name}}`, `{{#if first_name}}`, `{{plain person.compnay}}`: a misspelt field renders as nothing.
      const fields = [...(isCall || isHelper ? [] : [path]), ...params, ...((hash?.pairs ?? []) as { value: unknown }[]).map((p) => p.value)];
      for (const f of fields) {
        const fault = fieldFault(f, line);
        if (fault) return fault;
      }
    }
    // `{{#each}}`, `{{#with}}`, and a section on a field (`{{#person}}…{{/person}}`, `{{#interactions}}`):
    // inside, names are those of each item (`date`, `text`) or of the object, so they are not checked.
    if (node.type === 'BlockStatement' && (name === 'each' || name === 'with' || !isHelper)) {
      for (const [child, top] of [[node.program, false], [node.inverse, topScope]] as const) {
        if (child && typeof child === 'object') {
          const fault = checkNode(child as AnyNode, top);
          if (fault) return fault;
        }
      }
      return null;
    }
  }
  for (const child of childNodes(node)) {
    if (child && typeof child === 'object' && typeof (child as AnyNode).type === 'string') {
      const fault = checkNode(child as AnyNode, topScope);
      if (fault) return fault;
    }
  }
  return null;
}

/** One blank line at most between paragraphs, none at the ends, one final newline. */
function tidy(text: string): string {
  const out = text.replace(/\r\n/g, '\n').replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  return out === '' ? '' : `${out}\n`;
}

function builtinKey(name: string, lang: TemplateLang): string {
  const parsed = parseTemplateName(name);
  return parsed.lang === 'fr' || (!parsed.explicit && lang === 'fr') ? `${parsed.base}.fr` : parsed.base;
}

function problem(fault: TemplateFault, opts: RenderOptions): { ok: false; problem: TemplateProblem } {
  const canDelete = opts.path !== undefined && own(BUILTIN_TEMPLATES, builtinKey(opts.name, opts.lang)) !== undefined;
  const fix = canDelete ? 'fix the template or delete it to use the built-in one' : 'fix the template';
  const path = opts.path ?? `templates/${builtinKey(opts.name, opts.lang)}.md`;
  const out: TemplateProblem = { path, field: 'template', message: `Template '${opts.name}': ${fault.message}; ${fix}` };
  // The line is not in the message: every caller shows `problem.line` next to it.
  if (fault.line !== undefined) out.line = fault.line;
  return { ok: false, problem: out };
}

/** Fills a template for one person. Never throws: a broken template is a Problem with its line. */
export function renderTemplate(source: string, ctx: TemplateContext, opts: RenderOptions): RenderResult {
  try {
    const compiled = compile(typeof source === 'string' ? source : '');
    if ('fault' in compiled) return problem(compiled.fault, opts);
    const lang: TemplateLang = opts.lang === 'fr' ? 'fr' : 'en';
    const text = compiled.fn(ctx, { ...RUNTIME_OPTIONS, data: { lang } });
    return { ok: true, text: tidy(text) };
  } catch (err) {
    if (err instanceof TemplateRunError) return problem({ message: err.message, line: err.line }, opts);
    return problem(errorFault(err), opts);
  }
}

// ---------------------------------------------------------------------------------------------
// Which source: a file of the same name in the vault's Reconnect templates folder wins.

function parseTemplateName(name: string): { base: string; lang: TemplateLang | null; explicit: boolean } {
  let base = name.trim().replace(/\\/g, '/');
  base = base.slice(base.lastIndexOf('/') + 1).replace(/\.md$/i, '').toLowerCase();
  const suffix = /\.(en|fr)$/.exec(base);
  if (suffix) return { base: base.slice(0, -3), lang: suffix[1] as TemplateLang, explicit: true };
  return { base, lang: null, explicit: false };
}

function vaultIndex(overrides: ReadonlyMap<string, string>): Map<string, { path: string; source: string }> {
  const index = new Map<string, { path: string; source: string }>();
  for (const [path, source] of overrides) {
    if (typeof path !== 'string' || typeof source !== 'string') continue;
    const parsed = parseTemplateName(path);
    if (parsed.base === '') continue;
    const key = parsed.lang === 'fr' ? `${parsed.base}.fr` : parsed.base;
    if (!index.has(key)) index.set(key, { path, source });
  }
  return index;
}

/**
 * The source for a template name (`check-in`, or `check-in.fr` / `check-in.en` for an explicit
 * language). `overrides` maps the files of the vault's Reconnect templates folder (vault path or
 * file name) to their text. Without an explicit language, a template that exists only in the other
 * language is used rather than nothing.
 */
export function resolveTemplateSource(
  name: string,
  lang: TemplateLang,
  overrides: ReadonlyMap<string, string> = new Map(),
): ResolvedTemplate | null {
  const parsed = parseTemplateName(typeof name === 'string' ? name : '');
  if (parsed.base === '') return null;
  const first: TemplateLang = parsed.lang ?? (lang === 'fr' ? 'fr' : 'en');
  const langs: TemplateLang[] = parsed.explicit ? [first] : [first, first === 'fr' ? 'en' : 'fr'];
  const vault = vaultIndex(overrides);
  for (const l of langs) {
    const key = l === 'fr' ? `${parsed.base}.fr` : parsed.base;
    const file = vault.get(key);
    if (file) return { source: file.source, origin: 'vault', path: file.path, name: key, lang: l };
    const builtin = own(BUILTIN_TEMPLATES, key);
    if (builtin !== undefined) return { source: builtin, origin: 'builtin', name: key, lang: l };
  }
  return null;
}

/** The templates one can pick: the shipped ones in their usual order, then the vault's own. */
export function templateNames(overrides: ReadonlyMap<string, string> = new Map()): string[] {
  const names: string[] = [];
  const add = (n: string): void => {
    if (n !== '' && !names.includes(n)) names.push(n);
  };
  for (const n of TEMPLATE_ORDER) if (own(BUILTIN_TEMPLATES, n) !== undefined || own(BUILTIN_TEMPLATES, `${n}.fr`) !== undefined) add(n);
  for (const key of Object.keys(BUILTIN_TEMPLATES).sort()) add(parseTemplateName(key).base);
  const vaultOnly = [...vaultIndex(overrides).keys()].map((k) => parseTemplateName(k).base).sort();
  for (const n of vaultOnly) add(n);
  return names;
}
