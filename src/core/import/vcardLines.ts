/**
 * The vCard lexer: cards → properties, for vCard 2.1, 3.0 and 4.0 as phones, Google,
 * Apple and Outlook write them (folded lines, quoted-printable with soft line breaks,
 * bare 2.1 parameters). It never throws; a line it cannot read is left out.
 */
import { decodeWindows1252 } from './decodeText';

export interface VProperty {
  /** Upper case, without the group (`item1.EMAIL` → `EMAIL`). */
  name: string;
  /** Parameter names upper case → values as written, quotes removed. */
  params: Record<string, string[]>;
  /** The value as written (still escaped, still encoded). */
  raw: string;
}

export interface VCardRaw {
  /** 1-based, in file order. */
  index: number;
  version: string;
  props: VProperty[];
  /** False when the file ended (or the next card began) before END:VCARD. */
  closed: boolean;
}

const BEGIN = /^\s*BEGIN\s*:\s*VCARD\s*$/i;
const END = /^\s*END\s*:\s*VCARD\s*$/i;
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits on `sep` outside double quotes. */
function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The index of the `:` that ends the name and parameters, or -1. */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return -1;
}

function parseParams(parts: string[]): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  const add = (k: string, v: string) => (params[k] ??= []).push(v);
  for (const part of parts) {
    const p = part.trim();
    if (p === '') continue;
    const eq = p.indexOf('=');
    if (eq < 0) {
      // vCard 2.1: `TEL;CELL;PREF:`, `NOTE;QUOTED-PRINTABLE:`
      const bare = p.toUpperCase();
      add(BARE_ENCODINGS.has(bare) ? 'ENCODING' : 'TYPE', p);
      continue;
    }
    const key = p.slice(0, eq).trim().toUpperCase();
    for (const v of splitOutsideQuotes(p.slice(eq + 1), ',')) {
      const t = v.trim().replace(/^"(.*)"$/s, '$1');
      // `TYPE="voice,cell"` is a list too, as most writers mean it.
      for (const one of key === 'TYPE' ? t.split(',') : [t]) if (one.trim() !== '') add(key, one.trim());
    }
  }
  return params;
}

export function parseProperty(line: string): VProperty | null {
  const colon = valueStart(line);
  if (colon <= 0) return null;
  const head = splitOutsideQuotes(line.slice(0, colon), ';');
  const name = (head[0].split('.').pop() ?? '').trim().toUpperCase();
  if (name === '') return null;
  return { name, params: parseParams(head.slice(1)), raw: line.slice(colon + 1) };
}

function isQuotedPrintable(line: string): boolean {
  const colon = valueStart(line);
  if (colon <= 0) return false;
  const params = parseParams(splitOutsideQuotes(line.slice(0, colon), ';').slice(1));
  return (params.ENCODING ?? []).some((e) => e.toUpperCase() === 'QUOTED-PRINTABLE');
}

/** Every card of a file, in order; text outside cards is ignored. */
export function readVCards(text: string): VCardRaw[] {
  const lines = text.split(/\r\n|\r|\n/);
  const cards: VCardRaw[] = [];
  let card: VCardRaw | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (card === null) {
      if (BEGIN.test(line)) card = { index: cards.length + 1, version: '', props: [], closed: false };
      continue;
    }
    if (END.test(line)) {
      card.closed = true;
      cards.push(card);
      card = null;
      continue;
    }
    if (BEGIN.test(line)) {
      cards.push(card);
      card = { index: cards.length + 1, version: '', props: [], closed: false };
      continue;
    }
    const qp = isQuotedPrintable(line);
    while (i + 1 < lines.length) {
      const next = lines[i + 1];
      if (BEGIN.test(next) || END.test(next)) break;
      if (qp && line.endsWith('=')) {
        // A quoted-printable soft line break: the next line goes on as it is.
        line = line.slice(0, -1) + next;
      } else if (next.length > 0 && (next[0] === ' ' || next[0] === '\t')) {
        // Folding: 3.0 and 4.0 drop the one blank that starts the line; 2.1 keeps it.
        line += card.version === '2.1' ? next : next.slice(1);
      } else break;
      i++;
    }
    const prop = parseProperty(line);
    if (prop === null) continue;
    if (prop.name === 'VERSION') card.version = prop.raw.trim();
    card.props.push(prop);
  }
  if (card !== null) cards.push(card);
  return cards;
}

/** Splits a value on `sep` where it is not escaped with `\`; the parts stay escaped. */
export function splitEscaped(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\' && i + 1 < s.length) {
      cur += ch + s[i + 1];
      i++;
    } else if (ch === sep) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** RFC 6350 text escapes: `\n`, `\,`, `\;`, `\\` (and `\:`, which some writers use). */
export function unescapeText(s: string): string {
  return s.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/** Quoted-printable → bytes → text in `charset` (UTF-8, then Windows-1252 when that fails or is unknown here). */
export function decodeQuotedPrintable(s: string, charset: string): { text: string; charsetKnown: boolean } {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '=' && HEX.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch === '=' && i === s.length - 1) {
      // a soft line break at the very end: nothing follows
    } else {
      const cp = s.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      for (const b of encoder.encode(String.fromCodePoint(cp))) bytes.push(b);
    }
  }
  const data = Uint8Array.from(bytes);
  let decoder: TextDecoder | null = null;
  try {
    decoder = new TextDecoder(charset || 'utf-8', { fatal: true });
  } catch {
    decoder = null;
  }
  const charsetKnown = decoder !== null;
  const attempts: (() => string)[] = [];
  if (decoder !== null) {
    const d = decoder;
    attempts.push(() => (d.encoding === 'windows-1252' ? decodeWindows1252(data) : null) ?? d.decode(data));
  }
  attempts.push(() => new TextDecoder('utf-8', { fatal: true }).decode(data));
  attempts.push(() => decodeWindows1252(data) ?? new TextDecoder('utf-8').decode(data));
  for (const attempt of attempts) {
    try {
      return { text: attempt(), charsetKnown };
    } catch {
      // invalid in that charset: try the next one
    }
  }
  return { text: new TextDecoder('utf-8').decode(data), charsetKnown };
}
