/**
 * A line scanner for the parts of Markdown that Reconnect reads (§4): headings, list items and
 * task marks, wikilinks and tags, with code, comments, quotes and embeds told apart.
 */

import { collapseWithoutTags, skipSpaces } from './chars';

export interface FrontmatterSplit {
  /** The YAML between the fences, or null when the note has no frontmatter block. */
  yaml: string | null;
  /** 0-based index of the first body line. */
  bodyStart: number;
  lines: string[];
}

/** Lines without their line endings; a BOM is dropped from the first. */
export function splitLines(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.includes('\r') ? t.split(/\r?\n/) : t.split('\n');
}

/** Obsidian's rule: `---` on the first line, closed by the next `---` line. */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const lines = splitLines(text);
  if (lines.length > 1 && lines[0].trimEnd() === '---') {
    for (let i = 1; i < lines.length; i++) {
      if (lines[i].trimEnd() === '---') {
        return { yaml: lines.slice(1, i).join('\n'), bodyStart: i + 1, lines };
      }
    }
  }
  return { yaml: null, bodyStart: 0, lines };
}

export type TaskMark = 'none' | 'open' | 'done' | 'other';

export interface ListItemLine {
  line: number;
  task: TaskMark;
  /** Text after the marker and the task box. */
  content: string;
  /** Tags on the line (lower-case, without `#`). */
  tags: string[];
}

export interface LinkOnLine {
  /** The link path as written, without alias and subpath. */
  target: string;
  line: number;
  /** Tags on the same line. */
  tags: string[];
  /** The line as a person would read it: no list marker, links as their text, no tags. */
  text: string;
}

export interface ScannedBody {
  /** List items under one of the log headings (§4a). */
  logItems: ListItemLine[];
  /** Wikilinks that count as a mention (§4c exclusions applied). */
  links: LinkOnLine[];
  /** Every tag in the body outside code and comments. */
  tags: string[];
  /** Open tasks (`- [ ]`) that carry a due marker (`📅` or `due::`), anywhere in the body. */
  openTasks: OpenTaskLine[];
}

/** An open task line with a due marker, as written (the playbook reads its due date). */
export interface OpenTaskLine {
  line: number;
  /** Text after the task box: links, tags and the due marker as written. */
  content: string;
  tags: string[];
  /** Wikilink targets on the line (embeds and inline code left out). */
  targets: string[];
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
// A list item, read by hand in listItemContent: /^(\s*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/
const TASK = /^\[(.)\](?:[ \t]+(.*))?$/;
const TAG = /(?:^|[\s(,;])#([\p{L}\p{N}_\-/]+)/gu;
const WIKILINK = /(!?)\[\[([^[\]]+?)\]\]/g;
const INLINE_CODE = /(`+)[\s\S]*?\1/g;

const NO_TAGS: string[] = [];

/**
 * What a line needs to hold a comment (`%%`, `<!--`), inline code, a heading, a tag or a link, or
 * a line terminator that `.` does not match: a line with none of these skips those tests.
 */
const SPECIAL = /[%<`#[\r\u2028\u2029]/;

/**
 * Whether a line may hold a tag: some `#` followed by something other than a space, a tab, another
 * `#` or the end (a heading's `## Log` holds none). Only then is the tag regex worth running.
 */
function mayHoldTag(text: string): boolean {
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
    if (i + 1 === text.length) return false;
    const c = text.charCodeAt(i + 1);
    if (c !== 32 && c !== 35 && c !== 9) return true;
  }
  return false;
}

export function tagsIn(text: string): string[] {
  const out: string[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    let tag = m[1];
    if (tag.charCodeAt(tag.length - 1) === 47) tag = tag.replace(/\/+$/, '');
    tag = tag.toLowerCase();
    const c = tag.charCodeAt(0);
    // Not a tag: nothing left, or only digits and slashes (`#123`).
    if (tag !== '' && !(((c >= 48 && c <= 57) || c === 47) && /^[\d/]+$/.test(tag))) out.push(tag);
  }
  return out;
}

/** `Daily/2026-09-12#Morning|Sep 12` → `Daily/2026-09-12`. */
export function linkTarget(inner: string): string {
  // inner.split('|')[0].replace(/\\$/, '').split('#')[0].trim(), without the arrays.
  const bar = inner.indexOf('|');
  let end = bar < 0 ? inner.length : bar;
  if (end > 0 && inner.charCodeAt(end - 1) === 92 /* \ */) end--;
  const hash = inner.indexOf('#');
  if (hash >= 0 && hash < end) end = hash;
  return (end === inner.length ? inner : inner.slice(0, end)).trim();
}

function taskMark(ch: string): TaskMark {
  if (ch === ' ') return 'open';
  if (ch === 'x' || ch === 'X') return 'done';
  return 'other';
}

const NON_ASCII = /[^\t -~]/;

function normalizeHeading(s: string): string {
  // Printable ASCII (and tabs) is its own NFC form.
  return (NON_ASCII.test(s) ? s.normalize('NFC') : s).trim().toLowerCase();
}

/** What `.` does not match: a line that holds one is no list item and no task (LIST, TASK). */
const LINE_TERMINATOR_FROM = /[\n\r\u2028\u2029]/g;

/**
 * Where LIST's content (its third group, '' when absent) starts in a line whose first character
 * that is not `\s` is `c0` at `first`, or -1 when LIST does not match. The regex, read by hand.
 */
function listItemStart(line: string, first: number, c0: number, mayHoldTerminator: boolean): number {
  let i = first + 1;
  if (c0 >= 48 && c0 <= 57) {
    while (i < line.length && i - first < 10) {
      const c = line.charCodeAt(i);
      if (c < 48 || c > 57) break;
      i++;
    }
    const c = line.charCodeAt(i);
    if (i - first > 9 || (c !== 46 && c !== 41)) return -1;
    i++;
  } else if (c0 !== 45 && c0 !== 42 && c0 !== 43) {
    return -1;
  }
  if (i === line.length) return i;
  let j = i;
  for (let c = line.charCodeAt(j); c === 32 || c === 9; c = line.charCodeAt(j)) j++;
  if (j === i) return -1;
  if (mayHoldTerminator) {
    LINE_TERMINATOR_FROM.lastIndex = j;
    const held = LINE_TERMINATOR_FROM.test(line);
    LINE_TERMINATOR_FROM.lastIndex = 0;
    if (held) return -1;
  }
  return j;
}

export interface CommentState {
  html: boolean;
  percent: boolean;
}

/** The parts of a line outside `<!-- -->` and `%% %%` comments, carrying open comments across lines. */
export function stripComments(line: string, st: CommentState): string {
  if (!st.html && !st.percent && !line.includes('%%') && !line.includes('<!--')) return line;
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (st.html) {
      const end = line.indexOf('-->', i);
      if (end < 0) return out;
      st.html = false;
      i = end + 3;
      continue;
    }
    if (st.percent) {
      const end = line.indexOf('%%', i);
      if (end < 0) return out;
      st.percent = false;
      i = end + 2;
      continue;
    }
    const h = line.indexOf('<!--', i);
    const p = line.indexOf('%%', i);
    if (h < 0 && p < 0) {
      out += line.slice(i);
      break;
    }
    if (h >= 0 && (p < 0 || h < p)) {
      out += line.slice(i, h);
      st.html = true;
      i = h + 4;
    } else {
      out += line.slice(i, p);
      st.percent = true;
      i = p + 2;
    }
  }
  return out;
}

/**
 * Scans body lines from `start`. `isLogHeading` says whether a heading's text (as written)
 * opens an interaction log.
 */
export function scanBody(
  lines: string[],
  start: number,
  isLogHeading: (text: string) => boolean,
  /** When given, log items go here instead of into `logItems`: the item's content is `text.slice(from)`. */
  onLogItem?: (line: number, task: TaskMark, text: string, from: number, tags: string[]) => void,
): ScannedBody {
  const logItems: ListItemLine[] = [];
  const openTasks: OpenTaskLine[] = [];
  const links: LinkOnLine[] = [];
  const tags: string[] = [];
  let fence: string | null = null;
  const comments: CommentState = { html: false, percent: false };
  let logLevel = 0;
  let prevBlank = true;
  let inList = false;
  let inIndentedCode = false;

  for (let n = start; n < lines.length; n++) {
    const raw = lines[n];
    if (fence !== null) {
      const m = FENCE.exec(raw);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && raw.trim() === m[1]) fence = null;
      continue;
    }
    const wasInComment = comments.html || comments.percent;
    const special = wasInComment || SPECIAL.test(raw);
    const line = special ? stripComments(raw, comments) : raw;
    // The first character that is not `\s` decides which of the patterns below can match at all.
    const first = skipSpaces(line);
    const c0 = first < line.length ? line.charCodeAt(first) : -1;
    if (!wasInComment && (c0 === 96 /* ` */ || c0 === 126 /* ~ */)) {
      const f = FENCE.exec(line);
      if (f) {
        fence = f[1];
        continue;
      }
    }
    if (c0 === -1) {
      prevBlank = true;
      continue;
    }
    if ((inIndentedCode || (prevBlank && !inList)) && (line.startsWith('    ') || line.charCodeAt(0) === 9)) {
      inIndentedCode = true;
      prevBlank = false;
      continue;
    }
    inIndentedCode = false;
    prevBlank = false;

    const code = special && line.includes('`') ? line.replace(INLINE_CODE, ' ') : line;
    const lineTags = special && mayHoldTag(code) ? tagsIn(code) : NO_TAGS;
    for (const tag of lineTags) tags.push(tag);

    const heading = c0 === 35 /* # */ && first <= 3 && /^ {0,3}#/.test(line) ? HEADING.exec(line) : null;
    if (heading && !wasInComment) {
      const level = heading[1].length;
      const text = heading[2] ?? '';
      if (logLevel > 0 && level <= logLevel) logLevel = 0;
      if (logLevel === 0 && isLogHeading(normalizeHeading(text))) logLevel = level;
      inList = false;
      // A heading is no paragraph: an indented line right under it is code.
      prevBlank = true;
    }

    const quoted = c0 === 62; // /^\s*>/
    const itemStart = quoted || heading ? -1 : listItemStart(line, first, c0, special);
    let task: TaskMark = 'none';
    if (itemStart >= 0) {
      inList = true;
      let from = itemStart;
      // TASK: `[`, one character, `]`, then the end or spaces and the text (no line terminator here).
      const size = line.length - from;
      if (size >= 3 && line.charCodeAt(from) === 91 && line.charCodeAt(from + 2) === 93) {
        if (size === 3) {
          task = taskMark(line[from + 1]);
          from = line.length;
        } else {
          const after = line.charCodeAt(from + 3);
          if (after === 32 || after === 9) {
            task = taskMark(line[from + 1]);
            let j = from + 4;
            for (let c = line.charCodeAt(j); c === 32 || c === 9; c = line.charCodeAt(j)) j++;
            from = j;
          }
        }
      }
      if (logLevel > 0) {
        if (onLogItem) onLogItem(n, task, line, from, lineTags);
        else logItems.push({ line: n, task, content: line.slice(from), tags: lineTags });
      }
      if (task === 'open' && (line.includes('📅', from) || line.includes('due::', from))) {
        openTasks.push({ line: n, content: line.slice(from), tags: lineTags, targets: linkTargetsIn(code) });
      }
    } else if (first === 0) {
      inList = false;
    }

    if (quoted || task === 'open' || task === 'other') continue;
    if (!special || !code.includes('[[')) continue;
    let text: string | null = null;
    for (const m of code.matchAll(WIKILINK)) {
      if (m[1] === '!') continue;
      const target = linkTarget(m[2]);
      if (text === null) {
        const itemContent = itemStart >= 0 ? line.slice(itemStart) : null;
        text = readableLine(itemContent !== null ? (TASK.exec(itemContent)?.[2] ?? itemContent) : line);
      }
      if (target !== '') links.push({ target, line: n, tags: lineTags, text });
    }
  }
  return { logItems, links, tags, openTasks };
}

/** Targets of the wikilinks in a line, embeds left out. */
function linkTargetsIn(code: string): string[] {
  const out: string[] = [];
  if (!code.includes('[[')) return out;
  for (const m of code.matchAll(WIKILINK)) {
    if (m[1] === '!') continue;
    const target = linkTarget(m[2]);
    if (target !== '') out.push(target);
  }
  return out;
}

/** `Coffee with [[People/Maya Chen|Maya]] #news` → `Coffee with Maya`. */
export function readableLine(line: string): string {
  const first = skipSpaces(line);
  const noHeading = line.charCodeAt(first) === 35 ? line.replace(/^\s*#{1,6}\s+/, '') : line;
  // .replace(/(?:^|\s)#[\p{L}\p{N}_\-/]+/gu, ' ').replace(/\s+/g, ' ').trim()
  return collapseWithoutTags(linksAsText(noHeading));
}

/**
 * `s.replace(/!?\[\[([^[\]]+?)\]\]/g, …)` with each link as its alias, else its target's last
 * path segment without the subpath, read by hand.
 */
function linksAsText(s: string): string {
  let out = '';
  let last = 0;
  let from = 0;
  for (let k = s.indexOf('[['); k >= 0; k = s.indexOf('[[', from)) {
    // The inner text runs to the first bracket, which must open `]]`.
    let j = k + 2;
    for (let c = s.charCodeAt(j); j < s.length && c !== 91 && c !== 93; c = s.charCodeAt(j)) j++;
    if (j > k + 2 && s.charCodeAt(j) === 93 && s.charCodeAt(j + 1) === 93) {
      const start = k > last && s.charCodeAt(k - 1) === 33 /* ! */ ? k - 1 : k;
      out += s.slice(last, start) + linkAsText(s.slice(k + 2, j));
      last = j + 2;
      from = last;
    } else {
      from = k + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

/** `const [target, alias] = inner.split('|'); (alias ?? target.split('#')[0].split('/').pop()).trim()` */
function linkAsText(inner: string): string {
  const bar = inner.indexOf('|');
  if (bar >= 0) {
    const next = inner.indexOf('|', bar + 1);
    return inner.slice(bar + 1, next < 0 ? inner.length : next).trim();
  }
  const hash = inner.indexOf('#');
  const target = hash < 0 ? inner : inner.slice(0, hash);
  return target.slice(target.lastIndexOf('/') + 1).trim();
}

/** Makes a set-membership test for log headings, ignoring case and Unicode form. */
const matchers = new WeakMap<string[], (text: string) => boolean>();

export function headingMatcher(headings: string[]): (text: string) => boolean {
  const known = matchers.get(headings);
  if (known) return known;
  const set = new Set(headings.map(normalizeHeading));
  const matcher = (text: string): boolean => set.has(normalizeHeading(text));
  matchers.set(headings, matcher);
  return matcher;
}

/**
 * Every `[[link]]` target inside a frontmatter value: a string, a list, or the nested list that
 * YAML makes of an unquoted link (`with: [[Maya Chen]]` is `[["Maya Chen"]]`), where a bare string
 * two lists deep is the link.
 */
export function frontmatterLinkTargets(value: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (typeof v === 'string') {
      let found = false;
      for (const m of v.matchAll(WIKILINK)) {
        found = true;
        const t = linkTarget(m[2]);
        if (t !== '') out.push(t);
      }
      if (!found && depth >= 2 && v.trim() !== '') out.push(linkTarget(v));
    } else if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
    }
  };
  visit(value, 0);
  return out;
}

/**
 * A line without its Dataview-style inline fields (`[key:: value]`, `(key:: value)`, or
 * `key:: value` to the end of the line), for text a person reads: a template's topic, a summary.
 */
export function withoutInlineFields(text: string): string {
  if (!text.includes('::')) return text;
  return text
    .replace(/\s*[[(][^[\]()]*?::[^\])]*[\])]/g, '')
    .replace(/(^|\s)[\p{L}\p{N}_-]+\s*::.*$/u, '$1')
    .trim();
}
