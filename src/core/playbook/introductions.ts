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

/** What a person could share with another: interests, industry (their own or their company's), tags. */
export function sharedValues(index: VaultIndex, card: PersonCard): { kind: SharedKind; key: string; value: string }[] {
  const out: { kind: SharedKind; key: string; value: string }[] = [];
  const seen = new Set<string>();
  const add = (kind: SharedKind, raw: string): void => {
    const value = clean(raw);
    const key = `${kind}:${value.normalize('NFC').toLowerCase()}`;
    if (value === '' || seen.has(key)) return;
    seen.add(key);
    out.push({ kind, key, value });
  };
  const fm = card.frontmatter;
  for (const v of strings(fm.interests)) add('interest', v);
  const own = strings(fm.industry);
  for (const v of own.length > 0 ? own : companyIndustry(index, card)) add('industry', v);
  const personTags = index.context.settings.personTags;
  for (const tag of frontmatterTags(fm)) {
    if (personTags.some((p) => tag === p || tag.startsWith(p + '/'))) continue;
    add('tag', tag);
  }
  return out;
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
  const people = index.allPeople().filter((c) => !c.paused).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const n = people.length;
  let focus = -1;
  if (opts.forPath !== undefined) {
    focus = people.findIndex((c) => c.path === opts.forPath);
    if (focus < 0) return [];
  }

  const buckets = new Map<string, Bucket>();
  const ofPerson: Bucket[][] = [];
  for (let i = 0; i < n; i++) {
    const mine: Bucket[] = [];
    for (const v of sharedValues(index, people[i])) {
      let b = buckets.get(v.key);
      if (!b) buckets.set(v.key, (b = { kind: v.kind, value: v.value, members: [] }));
      b.members.push(i);
      mine.push(b);
    }
    ofPerson.push(mine);
  }
  const usable = (b: Bucket): boolean => b.members.length >= 2 && b.members.length <= MAX_SHARED_BY;

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

  // The best pairs so far, best first: most shared values, then the pair's paths.
  const top: { i: number; j: number; count: number }[] = [];
  const better = (x: { i: number; j: number; count: number }, y: { i: number; j: number; count: number }): boolean =>
    x.count !== y.count ? x.count > y.count : x.i !== y.i ? x.i < y.i : x.j < y.j;
  const consider = (i: number, j: number, count: number): void => {
    const cand = { i: Math.min(i, j), j: Math.max(i, j), count };
    if (top.length >= limit && !better(cand, top[top.length - 1])) return;
    if (linked(cand.i, cand.j)) return;
    let at = top.length;
    while (at > 0 && better(cand, top[at - 1])) at--;
    top.splice(at, 0, cand);
    if (top.length > limit) top.pop();
  };

  const counts = new Int32Array(n);
  const touched: number[] = [];
  const countFrom = (i: number, onlyAbove: boolean): void => {
    for (const b of ofPerson[i]) {
      if (!usable(b)) continue;
      for (let k = onlyAbove ? firstAbove(b.members, i) : 0; k < b.members.length; k++) {
        const j = b.members[k];
        if (j === i) continue;
        if (counts[j]++ === 0) touched.push(j);
      }
    }
    touched.sort((x, y) => x - y);
    for (const j of touched) {
      consider(i, j, counts[j]);
      counts[j] = 0;
    }
    touched.length = 0;
  };
  if (focus >= 0) countFrom(focus, false);
  else for (let i = 0; i < n; i++) countFrom(i, true);

  return top.map(({ i, j }) => {
    const mine = new Set(ofPerson[j]);
    const overlap = ofPerson[i]
      .filter((b) => mine.has(b) && usable(b))
      .sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind])
      .map((b) => ({ kind: b.kind, value: b.value }));
    const [a, b] = [people[i], people[j]];
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
