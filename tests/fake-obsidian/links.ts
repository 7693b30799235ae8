/** Link text, tag and frontmatter helpers with Obsidian's observable behaviour (OBSIDIAN-HOST §1, §2). */
import type * as O from 'obsidian';

export const getLinkpath: typeof O.getLinkpath = (linktext: string) => {
  const i = linktext.indexOf('#');
  return i === -1 ? linktext : linktext.slice(0, i);
};

export const parseLinktext: typeof O.parseLinktext = (linktext: string) => {
  const i = linktext.indexOf('#');
  return i === -1 ? { path: linktext, subpath: '' } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
};

/** `[[a]]`→`a`, `[[a#h]]`→`a > h`, `[[#^b]]`→`^b` (T:all_link_types). */
export function defaultDisplayText(link: string): string {
  if (!link.includes('#')) return link;
  return link
    .split('#')
    .filter((part) => part !== '')
    .join(' > ');
}

/** Splits the inside of `[[...]]` into link and alias; `\|` (inside tables) also splits. */
export function splitWikilink(inner: string): { link: string; alias: string | undefined } {
  const bar = inner.indexOf('|');
  if (bar === -1) return { link: inner.trim(), alias: undefined };
  let link = inner.slice(0, bar);
  if (link.endsWith('\\')) link = link.slice(0, -1);
  return { link: link.trim(), alias: inner.slice(bar + 1) };
}

/** Characters that end a tag (the widely used reconstruction of Obsidian's tag rule). */
export const TAG_BODY = /^[^\s\u2000-\u206F\u2E00-\u2E7F'!"#$%&()*+,.:;<=>?@^`{|}~[\]\\]+/u;

/** A tag body (without `#`) is valid when it is made of tag characters and is not all digits. */
export function isValidTagBody(body: string): boolean {
  const m = TAG_BODY.exec(body);
  return !!m && m[0].length === body.length && !/^\d+$/.test(body);
}

export const parseFrontMatterEntry: typeof O.parseFrontMatterEntry = (frontmatter: any, key: string | RegExp) => {
  if (!frontmatter || typeof frontmatter !== 'object') return null;
  for (const k of Object.keys(frontmatter)) {
    if (typeof key === 'string' ? k === key : key.test(k)) {
      const v = frontmatter[k];
      return v === undefined ? null : v;
    }
  }
  return null;
};

export const parseFrontMatterStringArray: typeof O.parseFrontMatterStringArray = (frontmatter: any, key: string | RegExp) => {
  const value = parseFrontMatterEntry(frontmatter, key);
  if (value === null || value === undefined) return null;
  const items = Array.isArray(value) ? value : [value];
  return items.filter((v) => v !== null && v !== undefined && typeof v !== 'object').map((v) => String(v));
};

/**
 * `tags` only (`TAG`, `tag` are ignored); a list gives `#`-prefixed entries, a single
 * value one entry, a value that is not a valid tag (`a, b`) nothing; empty gives null
 * (T:yaml_tags_*, yaml_complex_example on 1.8+).
 */
export const parseFrontMatterTags: typeof O.parseFrontMatterTags = (frontmatter: any) => {
  if (!frontmatter || typeof frontmatter !== 'object') return null;
  const value = frontmatter.tags;
  if (value === null || value === undefined) return null;
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    if (item === null || item === undefined || typeof item === 'object') continue;
    let body = String(item).trim();
    if (body.startsWith('#')) body = body.slice(1);
    if (isValidTagBody(body)) out.push('#' + body);
  }
  return out;
};

/** `aliases` only (the singular key was dropped in Obsidian 1.9). */
export const parseFrontMatterAliases: typeof O.parseFrontMatterAliases = (frontmatter: any) => {
  if (!frontmatter || typeof frontmatter !== 'object') return null;
  const value = frontmatter.aliases;
  if (value === null || value === undefined) return null;
  const items = Array.isArray(value) ? value : [value];
  return items.filter((v) => v !== null && v !== undefined && typeof v !== 'object').map((v) => String(v));
};

/** Frontmatter tags first (`#`-prefixed), then body tags; duplicates kept. */
export const getAllTags: typeof O.getAllTags = (cache: O.CachedMetadata) => {
  if (!cache) return null;
  const out = [...(parseFrontMatterTags(cache.frontmatter) ?? [])];
  for (const t of cache.tags ?? []) out.push(t.tag);
  return out;
};

export const iterateRefs: typeof O.iterateRefs = (refs, cb) => {
  for (const ref of refs) if (cb(ref)) return true;
  return false;
};

export const iterateCacheRefs: typeof O.iterateCacheRefs = (cache, cb) => {
  for (const ref of cache.links ?? []) if (cb(ref)) return true;
  for (const ref of cache.embeds ?? []) if (cb(ref)) return true;
  return false;
};

export const stripHeading: typeof O.stripHeading = (heading: string) =>
  heading.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, ' ').replace(/\s+/g, ' ').trim();

export const stripHeadingForLink: typeof O.stripHeadingForLink = (heading: string) =>
  heading.replace(/[#|^\\%[\]]/g, ' ').replace(/\s+/g, ' ').trim();
