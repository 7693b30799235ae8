import type { Type } from 'js-yaml';

/**
 * A fast reader for the frontmatter most notes have: one `key: value` per line, where a value is
 * empty, a plain scalar, a quoted string without escapes, or a one-line flow list of those
 * (`interests: [running, "design systems"]`). Plain scalars are resolved by the very types the
 * real parser uses (null, bool, int, float, the day timestamp), so the result is what js-yaml
 * gives for the same text. Anything else (nesting, block lists, comments, tabs, escapes, anchors,
 * multi-line scalars, duplicate keys…) returns `undefined`, and the caller asks the real parser.
 */

/** Characters js-yaml refuses or treats as line breaks, tabs, CR, BOM and lone surrogates: never simple. */
// eslint-disable-next-line no-control-regex
const NOT_SIMPLE_CHARS = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

const NOT_SIMPLE = Symbol('not simple');
type Read = unknown;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isKeyChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 /* _ */ || c === 45 /* - */;
}

/** First characters that make a value something other than a plain scalar (YAML indicators). */
function isIndicator(c: number): boolean {
  switch (c) {
    case 0x2c: case 0x5b: case 0x5d: case 0x7b: case 0x7d: // , [ ] { }
    case 0x23: case 0x26: case 0x2a: case 0x21: case 0x7c: // # & * ! |
    case 0x3e: case 0x27: case 0x22: case 0x25: case 0x40: // > ' " % @
    case 0x60: case 0x3a: case 0x3f: case 0x3c: // ` : ? <
      return true;
    default:
      return false;
  }
}

export class SimpleYaml {
  /**
   * `implicit`: the plain-scalar types, in the order the real parser tries them. `mayResolve`:
   * the first characters any of them can accept (a plain scalar starting otherwise is a string).
   */
  constructor(
    private readonly implicit: readonly Type[],
    private readonly mayResolve: (firstChar: number) => boolean = () => true,
  ) {}

  /** The mapping, or undefined when the text is not simple enough to be read here. */
  parse(src: string): Record<string, unknown> | undefined {
    if (NOT_SIMPLE_CHARS.test(src)) return undefined;
    const out: Record<string, unknown> = {};
    let keys = 0;
    const n = src.length;
    let pos = 0;
    while (pos < n) {
      let end = src.indexOf('\n', pos);
      if (end < 0) end = n;
      let i = pos;
      while (i < end && src.charCodeAt(i) === 32) i++;
      if (i === end) {
        pos = end + 1;
        continue;
      }
      // A key at the start of the line: a letter, then letters, digits, `_` or `-`, then `:`.
      if (i !== pos || !isLetter(src.charCodeAt(i))) return undefined;
      i++;
      while (i < end && isKeyChar(src.charCodeAt(i))) i++;
      if (i === end || src.charCodeAt(i) !== 58 || i - pos > 200) return undefined;
      const keyText = src.slice(pos, i);
      i++;
      if (i < end && src.charCodeAt(i) !== 32) return undefined;
      while (i < end && src.charCodeAt(i) === 32) i++;
      let e = end;
      while (e > i && src.charCodeAt(e - 1) === 32) e--;
      const value = i === e ? null : this.value(src, i, e);
      if (value === NOT_SIMPLE) return undefined;
      const key = String(this.plain(keyText));
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(out, key)) return undefined;
      out[key] = value;
      keys++;
      pos = end + 1;
    }
    return keys > 0 ? out : undefined;
  }

  /** A plain scalar as js-yaml resolves it: the first implicit type that accepts it, else the string. */
  private plain(s: string): unknown {
    if (!this.mayResolve(s.charCodeAt(0))) return s;
    for (const t of this.implicit) {
      if (t.resolve(s)) return t.construct(s);
    }
    return s;
  }

  private value(src: string, start: number, end: number): Read {
    const c = src.charCodeAt(start);
    if (c === 0x22 || c === 0x27) return quoted(src, start, end);
    if (c === 0x5b) return this.flowList(src, start, end);
    if (isIndicator(c)) return NOT_SIMPLE;
    if (c === 0x2d && (start + 1 === end || src.charCodeAt(start + 1) === 32)) return NOT_SIMPLE;
    for (let i = start; i < end; i++) {
      const ch = src.charCodeAt(i);
      if (ch === 0x23) return NOT_SIMPLE;
      if (ch === 0x3a && (i + 1 === end || src.charCodeAt(i + 1) === 32)) return NOT_SIMPLE;
    }
    return this.plain(src.slice(start, end));
  }

  /** `[a, "b c", 'd']`: one line, no nesting, no empty item. */
  private flowList(src: string, start: number, end: number): Read {
    if (src.charCodeAt(end - 1) !== 0x5d) return NOT_SIMPLE;
    const out: unknown[] = [];
    let i = start + 1;
    const last = end - 1;
    while (i < last && src.charCodeAt(i) === 32) i++;
    if (i === last) return out;
    for (;;) {
      // One item from i: quoted, or plain up to the next `,` or the closing `]`.
      const c = src.charCodeAt(i);
      let itemEnd: number;
      let item: unknown;
      if (c === 0x22 || c === 0x27) {
        const close = src.indexOf(String.fromCharCode(c), i + 1);
        if (close < 0 || close >= last) return NOT_SIMPLE;
        item = quoted(src, i, close + 1);
        if (item === NOT_SIMPLE) return NOT_SIMPLE;
        itemEnd = close + 1;
      } else {
        if (isIndicator(c) || c === 0x2d || c === 32) return NOT_SIMPLE;
        let j = i;
        for (; j < last; j++) {
          const ch = src.charCodeAt(j);
          if (ch === 0x2c) break;
          if (ch === 0x23 || ch === 0x3a || ch === 0x22 || ch === 0x27 || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d) return NOT_SIMPLE;
        }
        let k = j;
        while (k > i && src.charCodeAt(k - 1) === 32) k--;
        item = this.plain(src.slice(i, k));
        itemEnd = j;
      }
      out.push(item);
      i = itemEnd;
      while (i < last && src.charCodeAt(i) === 32) i++;
      if (i === last) return out;
      if (src.charCodeAt(i) !== 0x2c) return NOT_SIMPLE;
      i++;
      while (i < last && src.charCodeAt(i) === 32) i++;
      if (i === last) return NOT_SIMPLE;
    }
  }
}

/** `"text"` without `"` or `\` inside, or `'text'` without `'` inside: the text as written. */
function quoted(src: string, start: number, end: number): Read {
  const q = src.charCodeAt(start);
  if (end - start < 2 || src.charCodeAt(end - 1) !== q) return NOT_SIMPLE;
  for (let i = start + 1; i < end - 1; i++) {
    const ch = src.charCodeAt(i);
    if (ch === q || (q === 0x22 && ch === 0x5c)) return NOT_SIMPLE;
  }
  return src.slice(start + 1, end - 1);
}
