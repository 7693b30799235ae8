/**
 * Writes as pure functions (text in → text out) that change only the bytes they must: the line
 * endings (LF or CRLF), a BOM and every other line stay as they were.
 */
import type { Channel, Day } from './types';
import { headingMatcher, stripComments, type CommentState } from './markdown';
import { parseDay } from './dates';
import type { YamlParser } from './note';

interface Lines {
  bom: string;
  /** Each line with its own ending ("" for the last line when the text does not end with one). */
  lines: { body: string; eol: string }[];
  eol: string;
}

function toLines(text: string): Lines {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const t = bom ? text.slice(1) : text;
  const lines: { body: string; eol: string }[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r(?!\n)|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    if (m[0] === '' && m.index >= t.length) break;
    lines.push({ body: m[1], eol: m[2] });
    if (m[2] === '') break;
  }
  const crlf = lines.find((l) => l.eol !== '')?.eol === '\r\n';
  return { bom, lines, eol: crlf ? '\r\n' : '\n' };
}

function fromLines(l: Lines): string {
  return l.bom + l.lines.map((x) => x.body + x.eol).join('');
}

/** Inserts whole lines before index `at`, keeping the file's last-line style. */
function insertLines(l: Lines, at: number, bodies: string[]): void {
  const added = bodies.map((body) => ({ body, eol: l.eol }));
  if (at >= l.lines.length) {
    const last = l.lines[l.lines.length - 1];
    if (last && last.eol === '') {
      // The file ends without a line ending: end the last line, and leave the new last line open too.
      last.eol = l.eol;
      added[added.length - 1].eol = '';
    }
    l.lines.push(...added);
  } else {
    l.lines.splice(at, 0, ...added);
  }
}

/** The frontmatter block's fences as line indexes, or null. */
function frontmatterRange(l: Lines): { open: number; close: number } | null {
  if (l.lines.length < 2 || l.lines[0].body.trimEnd() !== '---') return null;
  for (let i = 1; i < l.lines.length; i++) if (l.lines[i].body.trimEnd() === '---') return { open: 0, close: i };
  return null;
}

export interface LogLine {
  day: Day;
  channel?: Channel | null;
  text?: string | null;
  /** Tags without `#`. */
  tags?: string[];
}

/** `2026-11-25 call: talked about the launch #awaiting-reply` (without the list marker). */
export function formatLogEntry(entry: LogLine): string {
  let s = entry.day;
  if (entry.channel && entry.channel !== 'other' && entry.channel !== 'mention') s += ` ${entry.channel}`;
  const text = (entry.text ?? '').replace(/\s+/g, ' ').trim();
  if (text !== '') s += entry.channel && entry.channel !== 'other' && entry.channel !== 'mention' ? `: ${text}` : ` ${text}`;
  for (const t of entry.tags ?? []) {
    const tag = t.trim().replace(/^#+/, '').replace(/\s+/g, '-');
    if (tag !== '') s += ` #${tag}`;
  }
  return s;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^(\s*)([-*+]|(\d{1,9})([.)]))(?:[ \t]|$)/;
const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * Appends a log item at the end of the list under the first log heading; adds a heading (the
 * first of `logHeadings`) at the end of the note when there is none.
 */
export function appendLogLine(text: string, entry: LogLine, logHeadings: string[]): string {
  const l = toLines(text);
  const isLog = headingMatcher(logHeadings);
  const fm = frontmatterRange(l);
  let fence: string | null = null;
  let section: { start: number; level: number } | null = null;
  let end = l.lines.length;
  // Headings and items inside `%% %%` or `<!-- -->` comments are not read (§4), so not written to.
  let comments: CommentState = { html: false, percent: false };
  for (let i = fm ? fm.close + 1 : 0; i < l.lines.length; i++) {
    const raw = l.lines[i].body;
    const f = FENCE.exec(raw);
    if (fence !== null) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && raw.trim() === f[1]) fence = null;
      continue;
    }
    const inComment = comments.html || comments.percent;
    const body = stripComments(raw, comments);
    if (inComment) continue;
    const fv = FENCE.exec(body);
    if (fv) {
      fence = fv[1];
      continue;
    }
    const h = HEADING.exec(body);
    if (!h) continue;
    if (section === null) {
      if (isLog(h[2] ?? '')) section = { start: i, level: h[1].length };
    } else if (h[1].length <= section.level) {
      end = i;
      break;
    }
  }
  const entryText = formatLogEntry(entry);
  if (section === null) {
    const last = l.lines[l.lines.length - 1];
    const block = [`## ${logHeadings[0] ?? 'Interactions'}`, '', `- ${entryText}`];
    if (last && last.body.trim() !== '') block.unshift('');
    insertLines(l, l.lines.length, block);
    return fromLines(l);
  }
  // The last list item of the section, and the lines that continue it.
  let lastItem = -1;
  let marker = '-';
  let indent = '';
  let number: number | null = null;
  let lastContent = section.start;
  fence = null;
  comments = { html: false, percent: false };
  for (let i = section.start + 1; i < end; i++) {
    const body = l.lines[i].body;
    const f = FENCE.exec(body);
    if (fence !== null) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && body.trim() === f[1]) fence = null;
      lastContent = i;
      continue;
    }
    if (body.trim() !== '') lastContent = i;
    const inComment = comments.html || comments.percent;
    const visible = stripComments(body, comments);
    if (inComment || visible.trim() === '') continue;
    if (f) fence = f[1];
    const item = LIST_ITEM.exec(body);
    // A list does not start with an item indented four columns: that is an indented code block.
    if (item && (lastItem < 0 ? !/^( {4}|\t)/.test(item[1]) : item[1].length <= indent.length)) {
      lastItem = i;
      indent = item[1];
      marker = item[3] !== undefined ? item[4] : item[2];
      number = item[3] !== undefined ? Number(item[3]) : null;
    }
  }
  let at: number;
  if (lastItem >= 0) {
    at = lastItem + 1;
    // Lines indented under the item belong to it: nested items, continuation paragraphs (also after
    // a blank line) and fenced blocks, blank lines inside them included.
    fence = null;
    for (let i = lastItem + 1; i < end; i++) {
      const body = l.lines[i].body;
      if (fence !== null) {
        const f = FENCE.exec(body);
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length && body.trim() === f[1]) fence = null;
        at = i + 1;
        continue;
      }
      if (body.trim() === '') continue;
      if (body.length - body.trimStart().length <= indent.length) break;
      const f = FENCE.exec(body);
      if (f) fence = f[1];
      at = i + 1;
    }
  } else {
    at = lastContent + 1;
  }
  const bullet = number !== null ? `${number + 1}${marker}` : marker;
  insertLines(l, at, [`${indent}${bullet} ${entryText}`]);
  return fromLines(l);
}

export function yamlScalar(value: string): string {
  if (/^[\w./-][\w ./:-]*$/.test(value) && !/:\s|\s$|^(true|false|null|yes|no|~)$/i.test(value)) return value;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A top-level key as YAML may write it: bare, or in double or single quotes. */
function keyRe(key: string): string {
  const k = escapeRe(key);
  return `(?:${k}|"${k}"|'${k}')`;
}

/** The raw value of a top-level frontmatter key (quotes and comment removed), or null when absent. */
export function readFrontmatterLine(text: string, key: string): string | null {
  const l = toLines(text);
  const fm = frontmatterRange(l);
  if (!fm) return null;
  const re = new RegExp(`^${keyRe(key)}\\s*:(.*)$`);
  for (let i = fm.open + 1; i < fm.close; i++) {
    const m = re.exec(l.lines[i].body);
    if (m) return unquote(m[1]);
  }
  return null;
}

function unquote(raw: string): string {
  const v = raw.replace(/\s+#.*$/, '').trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1);
  return v;
}

/**
 * Sets one top-level frontmatter key to a scalar, editing only its line (keeping its quotes and a
 * trailing comment), adding the line before the closing fence, or adding a block at the top.
 */
export function setFrontmatterValue(text: string, key: string, value: string): string {
  const l = toLines(text);
  const fm = frontmatterRange(l);
  if (!fm) {
    l.lines.unshift({ body: '---', eol: l.eol }, { body: `${key}: ${yamlScalar(value)}`, eol: l.eol }, { body: '---', eol: l.eol });
    return fromLines(l);
  }
  const re = new RegExp(`^(${keyRe(key)}\\s*:[ \\t]*)(.*?)([ \\t]+#.*)?$`);
  for (let i = fm.open + 1; i < fm.close; i++) {
    const m = re.exec(l.lines[i].body);
    if (!m) continue;
    const old = m[2];
    const quote = old.startsWith('"') ? '"' : old.startsWith("'") ? "'" : '';
    const written = quote === "'" ? `'${value.replace(/'/g, "''")}'` : quote === '"' ? `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : yamlScalar(value);
    const prefix = m[1].endsWith(':') ? `${m[1]} ` : m[1];
    l.lines[i].body = `${prefix}${written}${m[3] ?? ''}`;
    // A block value (indented lines under the key) is replaced by the scalar.
    let j = i + 1;
    while (j < fm.close && /^[ \t]+\S|^[ \t]*-\s/.test(l.lines[j].body)) j++;
    if (j > i + 1 && old.trim() === '') l.lines.splice(i + 1, j - i - 1);
    return fromLines(l);
  }
  l.lines.splice(fm.close, 0, { body: `${key}: ${yamlScalar(value)}`, eol: l.lines[fm.close - 1]?.eol || l.eol });
  return fromLines(l);
}

/** Removes one top-level frontmatter key line, if present (e.g. lifting a snooze). */
export function removeFrontmatterKey(text: string, key: string): string {
  const l = toLines(text);
  const fm = frontmatterRange(l);
  if (!fm) return text;
  const re = new RegExp(`^${keyRe(key)}\\s*:`);
  for (let i = fm.open + 1; i < fm.close; i++) {
    if (re.test(l.lines[i].body)) {
      let j = i + 1;
      while (j < fm.close && /^[ \t]+\S|^[ \t]*-\s/.test(l.lines[j].body)) j++;
      l.lines.splice(i, j - i);
      return fromLines(l);
    }
  }
  return text;
}

/**
 * Whether the frontmatter block reads as keys (`key: value`) with `parseYaml` (js-yaml in the CLI,
 * Obsidian's parseYaml in the plugin). A note without a block, or with an empty one, counts as
 * readable: a key can be added. Writing a key into a block that does not parse would bury it in
 * the broken YAML, so the writes below leave such a block as it is.
 */
export function frontmatterParses(text: string, parseYaml: YamlParser): boolean {
  const l = toLines(text);
  const fm = frontmatterRange(l);
  if (!fm) return true;
  const yaml = l.lines.slice(fm.open + 1, fm.close).map((x) => x.body).join('\n');
  if (yaml.trim() === '') return true;
  try {
    const parsed = parseYaml(yaml);
    return parsed === null || parsed === undefined || (typeof parsed === 'object' && !Array.isArray(parsed));
  } catch {
    return false;
  }
}

/**
 * `setFrontmatterValue` for the plugin's one-key actions (Snooze, Pause, Set bucket): when the
 * frontmatter block does not parse, the note is left byte for byte and `skipped` says why, since a
 * key written there would be ignored with the rest of the block until it is fixed.
 */
export function setFrontmatterValueIfReadable(
  text: string,
  key: string,
  value: string,
  parseYaml: YamlParser,
): { text: string; skipped: 'frontmatter' | null } {
  if (!frontmatterParses(text, parseYaml)) return { text, skipped: 'frontmatter' };
  return { text: setFrontmatterValue(text, key, value), skipped: null };
}

/**
 * Sets `last_contact` when `day` is later than the value there (§7 `log`). An unreadable value is
 * left as the user wrote it (it stays a problem to fix by hand), and so is a frontmatter block
 * that does not parse when `parseYaml` is given.
 */
export function setLastContact(text: string, key: string, day: Day, parseYaml?: YamlParser): string {
  const current = readFrontmatterLine(text, key);
  if (current !== null && current !== '') {
    const d = parseDay(current);
    if (d === null || d >= day) return text;
  }
  if (parseYaml && !frontmatterParses(text, parseYaml)) return text;
  return setFrontmatterValue(text, key, day);
}

export interface LogContactResult {
  /** The note with the log line (and `last_contact` when it moved). */
  text: string;
  /**
   * Why `last_contact` was left alone although the day called for a move: `'frontmatter'` when the
   * frontmatter does not parse (the caller says so; the log line still counts for the due list).
   */
  lastContactSkipped: 'frontmatter' | null;
}

/**
 * Appends the log line and moves `last_contact` forward: what `reconnect log` and the plugin write.
 * When the frontmatter does not parse, only the log line is written and the frontmatter bytes stay
 * as they were.
 */
export function logContact(
  text: string,
  entry: LogLine,
  opts: { logHeadings: string[]; lastContactKey: string; today: Day; parseYaml: YamlParser },
): LogContactResult {
  const withLine = appendLogLine(text, entry, opts.logHeadings);
  if (entry.day > opts.today) return { text: withLine, lastContactSkipped: null };
  const moved = setLastContact(withLine, opts.lastContactKey, entry.day);
  if (moved === withLine || frontmatterParses(text, opts.parseYaml)) return { text: moved, lastContactSkipped: null };
  return { text: withLine, lastContactSkipped: 'frontmatter' };
}
