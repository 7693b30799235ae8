/** Text clean-up shared by the parsers, so every value that reaches a note is safe to write. */

const NON_ASCII = /[\u0080-\uffff]/;

/** A character `cleanText` removes or replaces (tab and newline are kept). */
export function isUnsafeChar(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff) ||
    c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff
  );
}

function needsCleaning(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isUnsafeChar(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Lone surrogates become U+FFFD; C0/C1 controls (but tab and newline), DEL, BOM and
 * non-characters go; line endings become `\n`; the result is NFC.
 */
export function cleanText(s: string): string {
  if (!needsCleaning(s)) return NON_ASCII.test(s) ? s.normalize('NFC') : s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      } else out += '\ufffd';
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\ufffd';
      continue;
    }
    if (c === 0x0d) {
      out += '\n';
      if (s.charCodeAt(i + 1) === 0x0a) i++;
      continue;
    }
    if (c === 0x09 || c === 0x0a) {
      out += s[i];
      continue;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfeff || c === 0xfffe || c === 0xffff) continue;
    // U+2028/2029 are line breaks to some YAML and Markdown readers.
    if (c === 0x2028 || c === 0x2029) {
      out += '\n';
      continue;
    }
    out += s[i];
  }
  return out.normalize('NFC');
}

/** A one-line value: cleaned, every run of whitespace one space, trimmed. */
export function cleanLine(s: string | undefined | null): string {
  if (s == null) return '';
  return cleanText(s).replace(/\s+/g, ' ').trim();
}

/** A multi-line value: cleaned, trailing spaces and blank lines at both ends dropped. */
export function cleanBlock(s: string | undefined | null): string {
  if (s == null) return '';
  return cleanText(s)
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

// Latin, Greek and Cyrillic diacritics only: kana voicing marks (U+3099) change the name.
function isDiacritic(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/** The key two names are compared by: no case, no accents, one space between words. */
export function foldName(s: string): string {
  const d = s.normalize('NFKD');
  let out = '';
  for (let i = 0; i < d.length; i++) if (!isDiacritic(d.charCodeAt(i))) out += d[i];
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function foldEmail(s: string): string {
  return cleanLine(s).toLowerCase();
}

/** Values Google joins in one cell with ` ::: `. */
export function splitMulti(s: string | undefined): string[] {
  if (!s) return [];
  return s.split(':::').map(cleanLine).filter((v) => v !== '');
}

/** Keeps the first of each value, compared by `key`. */
export function distinct(values: string[], key: (v: string) => string = (v) => v): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const k = key(v);
    if (v === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

/**
 * An Obsidian tag from a label: lower case, spaces to `-`, only letters, digits, `_`, `-`
 * and `/` kept. Null when nothing usable is left (Obsidian refuses an all-digit tag).
 */
export function toTag(label: string): string | null {
  const t = cleanLine(label)
    .toLowerCase()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_/-]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (t === '' || /^[\d/-]+$/.test(t)) return null;
  return t;
}

export function toTags(labels: string[]): string[] {
  return distinct(labels.map(toTag).filter((t): t is string => t !== null));
}

const LINKEDIN = /(^|[/.@])linkedin\.com(\/|$)/i;

export function isLinkedInUrl(url: string): boolean {
  return LINKEDIN.test(url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[?#]/)[0] + '/');
}

/** A LinkedIn address written without a scheme gets `https://`, so Obsidian shows a link. */
export function normalizeUrl(url: string): string {
  const u = cleanLine(url);
  if (u !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(u) && /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(u)) {
    return 'https://' + u;
  }
  return u;
}

/** LinkedIn profile first (if any), the rest as other addresses. */
export function splitUrls(urls: string[]): { linkedin?: string; urls: string[] } {
  let linkedin: string | undefined;
  const rest: string[] = [];
  for (const raw of urls) {
    const u = normalizeUrl(raw);
    if (u === '') continue;
    if (linkedin === undefined && isLinkedInUrl(u)) linkedin = u;
    else if (u !== linkedin) rest.push(u);
  }
  return { linkedin, urls: distinct(rest) };
}

/** The display name from parts; CJK family-then-given names are written without a space. */
export function joinName(given: string, family: string, middle = ''): string {
  const g = cleanLine(given);
  const m = cleanLine(middle);
  const f = cleanLine(family);
  const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;
  if (f !== '' && g !== '' && m === '' && cjk.test(f) && cjk.test(g)) return f + g;
  return [g, m, f].filter((p) => p !== '').join(' ');
}
