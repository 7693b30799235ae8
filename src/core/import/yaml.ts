/** The few YAML scalars import writes, quoted whenever a reader could take them for something else. */
import { isUnsafeChar } from './text';

const KEYWORDS = /^(true|false|yes|no|on|off|y|n|null)$/i;

/**
 * Plain when it starts with a letter and nothing in it means something to YAML
 * (`: `, ` #`, a trailing `:`); otherwise double-quoted, so `@maya`, `+33 6…`,
 * `0612…` (not a number) and `Chen: CEO` come back as the same strings.
 */
export function yamlString(s: string): string {
  const plain =
    /^\p{L}/u.test(s) &&
    s === s.trim() &&
    !KEYWORDS.test(s) &&
    !needsEscape(s) &&
    !/: |:$| #|\t|\n/.test(s);
  return plain ? s : doubleQuoted(s);
}

/** A surrogate pair (an emoji, a rare CJK character) starts at `i`. */
function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}

/** A character YAML cannot hold as it is in a plain scalar. */
function needsEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isPairAt(s, i)) i++;
    else if (c === 0x22 || c === 0x5c || c === 0x09 || c === 0x0a || isUnsafeChar(c)) return true;
  }
  return false;
}

function doubleQuoted(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (isPairAt(s, i)) {
      out += ch + s[i + 1];
      i++;
    } else if (isUnsafeChar(c)) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

/** A day is written plain (`2025-12-07`), as Obsidian writes a date property; `--05-14` is quoted. */
export function yamlDay(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : yamlString(day);
}

export type YamlValue = string | string[];

/** `key: value` lines, lists as Obsidian writes them (`  - item`); empty values left out. */
export function yamlBlock(entries: [string, YamlValue | undefined, ((v: string) => string)?][]): string {
  let out = '';
  const written = new Set<string>();
  for (const [key, value, scalar = yamlString] of entries) {
    // Two settings naming the same key must not make a duplicate key (a YAML error).
    if (value === undefined || written.has(key)) continue;
    const k = /^[A-Za-z_][\w-]*$/.test(key) ? key : yamlString(key);
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      out += `${k}:\n` + value.map((v) => `  - ${scalar(v)}\n`).join('');
      written.add(key);
    } else if (value !== '') {
      out += `${k}: ${scalar(value)}\n`;
      written.add(key);
    }
  }
  return out;
}
