/**
 * Introductions (PLAYBOOK: mix old and new): pairs of people who share an interest, an industry or a
 * tag and are not linked to each other yet. Pairs are found through buckets of people sharing one
 * value, never by looking at every pair, so that a vault of 10,000 people stays fast.
 */
import type { Day } from '../types';
import type { VaultIndex } from '../vaultIndex';
import type { PersonCard } from '../person';
import { frontmatterTags } from '../note';
import { frontmatterLinkTargets } from '../markdown';
import { t, type Lang } from '../i18n';

export type SharedKind = 'interest' | 'industry' | 'tag';

export interface IntroSuggestion {
  /** Person paths, a < b. */
  a: string;
  b: string;
  /** "both into climbing" — the shared interests, industry or tags, in English. */
  reason: string;
  /** The shared values as written (first spelling met), strongest kinds first. */
  shared: string[];
  /** Names of a and b (added). */
  aName: string;
  bName: string;
  /** Each shared value with its kind (added), for a reason in another language (`introductionReason`). */
  overlap: { kind: SharedKind; value: string }[];
}

/** A value held by more people than this says nothing about one pair (and would make pairs by the million). */
export const MAX_SHARED_BY = 500;

const KIND_ORDER: Record<SharedKind, number> = { interest: 0, industry: 1, tag: 2 };

function strings(v: unknown): string[] {
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (typeof v === 'number') return [String(v)];
  if (Array.isArray(v)) return v.flatMap(strings);
  return [];
}

function clean(value: string): string {
  return value.replace(/^\[\[|\]\]$/g, '').replace(/^#/, '').trim();
}

/** The company note a person's `company` names (a link, or a plain name that is a note's name). */
function companyIndustry(index: VaultIndex, card: PersonCard): string[] {
  const raw = card.frontmatter.company;
  const targets = frontmatterLinkTargets(raw);
  if (targets.length === 0 && typeof raw === 'string' && raw.trim() !== '') targets.push(raw.trim());
  for (const target of targets) {
    const path = index.resolveFile(target, card.path);
    if (path === null || path === card.path) continue;
    const industry = strings(index.noteContent(path)?.frontmatter?.industry);
    if (industry.length > 0) return industry;
  }
  return [];
}

type Value = { kind: SharedKind; key: string; value: string };

const NON_ASCII = /[^\t -~]/;

function valueKey(kind: SharedKind, value: string): string {
  return `${kind}:${(NON_ASCII.test(value) ? value.normalize('NFC') : value).toLowerCase()}`;
}

/** A person's own values (interests, industry, tags), read once per card (a card is replaced when its note changes). */
const ownCache = new WeakMap<PersonCard, { personTags: readonly string[]; values: Value[]; industry: boolean }>();

function ownValues(card: PersonCard, personTags: readonly string[]): { values: Value[]; industry: boolean } {
  const hit = ownCache.get(card);
  if (hit && hit.personTags === personTags) return hit;
  const values: Value[] = [];
  const seen = new Set<string>();
  const add = (kind: SharedKind, raw: string): void => {
    const value = clean(raw);
    if (value === '') return;
    const key = valueKey(kind, value);
    if (seen.has(key)) return;
    seen.add(key);
    values.push({ kind, key, value });
  };
  const fm = card.frontmatter;
  for (const v of strings(fm.interests)) add('interest', v);
  const industry = strings(fm.industry);
  for (const v of industry) add('industry', v);
  if (fm.tags !== undefined || fm.tag !== undefined) {
    for (const tag of frontmatterTags(fm)) {
      if (personTags.some((p) => tag === p || tag.startsWith(p + '/'))) continue;
      add('tag', tag);
    }
  }
  const out = { personTags, values, industry: industry.length > 0 };
  ownCache.set(card, out);
  return out;
}

/** What a person could share with another: interests, industry (their own, else their company note's), tags. */
export function sharedValues(index: VaultIndex, card: PersonCard): Value[] {
  const own = ownValues(card, index.context.settings.personTags);
  if (own.industry || card.frontmatter.company === undefined) return own.values;
  const company = companyIndustry(index, card).map((v) => clean(v)).filter((v) => v !== '');
  if (company.length === 0) return own.values;
  const extra = company.map((value) => ({ kind: 'industry' as const, key: valueKey('industry', value), value }));
  return [...own.values, ...extra.filter((e, i) => extra.findIndex((x) => x.key === e.key) === i)];
}

function joinWords(words: string[], and: string): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}

/** "both into climbing and jazz; both in logistics; both tagged #founders". */
export function introductionReason(overlap: { kind: SharedKind; value: string }[], lang: Lang): string {
  const parts: string[] = [];
  const and = t(lang, 'intro.and');
  const of = (kind: SharedKind): string[] => overlap.filter((o) => o.kind === kind).map((o) => (kind === 'tag' ? `#${o.value}` : o.value));
  const interests = of('interest');
  const industries = of('industry');
  const tags = of('tag');
  if (interests.length > 0) parts.push(t(lang, 'intro.interest', { what: joinWords(interests, and) }));
  if (industries.length > 0) parts.push(t(lang, 'intro.industry', { what: joinWords(industries, and) }));
  if (tags.length > 0) parts.push(t(lang, 'intro.tag', { what: joinWords(tags, and) }));
  return parts.join('; ');
}

interface Bucket {
  kind: SharedKind;
  value: string;
  /** Person ids, ascending. */
  members: number[];
}

/** First index in a sorted list holding a value above `x`. */
function firstAbove(list: number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Buckets {
  key: string;
  /** Not paused, by path: a person's id is their place here. */
  people: PersonCard[];
  ids: Map<string, number>;
  /** Each person's buckets that can make a pair (2 to MAX_SHARED_BY people). */
  ofPerson: Bucket[][];
}

/** The buckets, kept until a note changes: the prep panel asks for one person after another. */
const bucketCache = new WeakMap<VaultIndex, Buckets>();

function bucketsOf(index: VaultIndex): Buckets {
  const key = `${index.contentRevision}|${index.revision}`;
  const hit = bucketCache.get(index);
  if (hit && hit.key === key) return hit;
  const people = index.allPeople().filter((c) => !c.paused).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byKey = new Map<string, Bucket>();
  const all: Bucket[][] = [];
  for (let i = 0; i < people.length; i++) {
    const mine: Bucket[] = [];
    for (const v of sharedValues(index, people[i])) {
      let b = byKey.get(v.key);
      if (!b) byKey.set(v.key, (b = { kind: v.kind, value: v.value, members: [] }));
      b.members.push(i);
      mine.push(b);
    }
    all.push(mine);
  }
  const ofPerson = all.map((list) => list.filter((b) => b.members.length >= 2 && b.members.length <= MAX_SHARED_BY));
  const out: Buckets = { key, people, ids: new Map(people.map((c, i) => [c.path, i])), ofPerson };
  bucketCache.set(index, out);
  return out;
}

/**
 * Pairs of people who share an interest (`interests`), an `industry` (theirs, or their company
 * note's) or a frontmatter tag other than person/people, are both not paused, and are not yet
 * linked to each other (neither note links the other, in its body or its properties, and no
 * interaction note lists both). Strongest overlap first (most shared values), then by the pair's
 * paths. `forPath` limits to pairs containing that person. At most `limit` (default 10).
 */
export function introductionSuggestions(index: VaultIndex, today: Day, opts: { forPath?: string; limit?: number } = {}): IntroSuggestion[] {
  void today;
  const limit = opts.limit ?? 10;
  if (limit <= 0) return [];
  const { people, ids, ofPerson } = bucketsOf(index);
  const n = people.length;
  let focus = -1;
  if (opts.forPath !== undefined) {
    focus = ids.get(opts.forPath) ?? -1;
    if (focus < 0) return [];
  }

  // Linked people, worked out only for the people a candidate pair needs.
  const linksCache = new Map<number, Set<string>>();
  const notesCache = new Map<number, Set<string>>();
  const linksOf = (i: number): Set<string> => {
    let set = linksCache.get(i);
    if (set) return set;
    set = new Set<string>();
    const card = people[i];
    const content = index.noteContent(card.path);
    const targets: string[] = [];
    for (const l of content?.links ?? []) targets.push(l.target);
    for (const task of content?.openTasks ?? []) targets.push(...task.targets);
    for (const v of Object.values(card.frontmatter)) targets.push(...frontmatterLinkTargets(v));
    for (const target of targets) {
      const p = index.resolvePerson(target, card.path);
      if (p !== null) set.add(p);
    }
    linksCache.set(i, set);
    return set;
  };
  const notesOf = (i: number): Set<string> => {
    let set = notesCache.get(i);
    if (!set) {
      set = new Set(index.interactionsOf(people[i].path).filter((c) => c.kind === 'note').map((c) => c.sourcePath));
      notesCache.set(i, set);
    }
    return set;
  };
  const linked = (i: number, j: number): boolean => {
    if (linksOf(i).has(people[j].path) || linksOf(j).has(people[i].path)) return true;
    const [small, large] = notesOf(i).size <= notesOf(j).size ? [notesOf(i), notesOf(j)] : [notesOf(j), notesOf(i)];
    for (const s of small) if (large.has(s)) return true;
    return false;
  };

  // The best pairs so far, best first: most shared values, then the pair's ids (paths). The order is
  // total, so the pairs kept do not depend on the order they are met in.
  const topI: number[] = [];
  const topJ: number[] = [];
  const topC: number[] = [];
  const better = (c: number, i: number, j: number, k: number): boolean =>
    c !== topC[k] ? c > topC[k] : i !== topI[k] ? i < topI[k] : j < topJ[k];
  const consider = (a: number, b: number, c: number): void => {
    const i = a < b ? a : b;
    const j = a < b ? b : a;
    const full = topC.length >= limit;
    if (full && !better(c, i, j, limit - 1)) return;
    if (linked(i, j)) return;
    let at = topC.length;
    while (at > 0 && better(c, i, j, at - 1)) at--;
    topI.splice(at, 0, i);
    topJ.splice(at, 0, j);
    topC.splice(at, 0, c);
    if (topC.length > limit) {
      topI.pop();
      topJ.pop();
      topC.pop();
    }
  };

  const counts = new Int32Array(n);
  const touched = new Int32Array(n);
  const countFrom = (i: number, onlyAbove: boolean): void => {
    let nt = 0;
    for (const b of ofPerson[i]) {
      const m = b.members;
      for (let k = onlyAbove ? firstAbove(m, i) : 0; k < m.length; k++) {
        const j = m[k];
        if (j !== i && counts[j]++ === 0) touched[nt++] = j;
      }
    }
    for (let t = 0; t < nt; t++) {
      const j = touched[t];
      const c = counts[j];
      counts[j] = 0;
      // Most pairs share one value: once the list is full of stronger ones, skip them at once.
      if (topC.length >= limit && c < topC[limit - 1]) continue;
      consider(i, j, c);
    }
  };
  if (focus >= 0) countFrom(focus, false);
  else for (let i = 0; i < n; i++) countFrom(i, true);

  return topC.map((_c, k) => {
    const [a, b] = [people[topI[k]], people[topJ[k]]];
    const theirs = new Set(ofPerson[topJ[k]]);
    const overlap = ofPerson[topI[k]]
      .filter((x) => theirs.has(x))
      .sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind])
      .map((x) => ({ kind: x.kind, value: x.value }));
    return {
      a: a.path,
      b: b.path,
      reason: introductionReason(overlap, 'en'),
      shared: overlap.map((o) => o.value),
      aName: a.name,
      bName: b.name,
      overlap,
    };
  });
}
