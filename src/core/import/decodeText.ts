/** Bytes of a contacts file → text, without Node's Buffer (runs on Obsidian mobile). */
import { importMessages, type ImportLang } from './messages';

function decode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// 0x80–0x9F of Windows-1252; Node's TextDecoder reads them as Latin-1 controls (a Node bug).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Windows-1252 (also what `iso-8859-1` means to a TextDecoder); null where it is missing. */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  const text = decode('windows-1252', bytes);
  return text === null ? null : text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]));
}

/** UTF-16 without a byte order mark: one zero byte in most pairs, on the same side. */
function guessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'be';
  return null;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

function utf16(bytes: Uint8Array, order: 'le' | 'be'): string | null {
  // utf-16be is not in every TextDecoder: swap the bytes and read them as little-endian.
  return decode('utf-16le', order === 'le' ? bytes : swapPairs(bytes));
}

/** Binary data (a spreadsheet, an image) decodes too under Windows-1252: refuse it. */
function looksLikeText(s: string): boolean {
  return !s.includes('\u0000');
}

/**
 * UTF-8 (with or without a BOM) and UTF-16 LE/BE (with a BOM, or guessed from the zero
 * bytes); invalid UTF-8 is read as Windows-1252, which Excel and old exports write.
 */
export function decodeText(bytes: Uint8Array, lang?: ImportLang): { text: string } | { error: string } {
  const UNREADABLE = importMessages(lang).unreadable;
  try {
    let text: string | null = null;
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      const rest = bytes.subarray(3);
      text = decode('utf-8', rest) ?? decodeWindows1252(rest);
    } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
      text = utf16(bytes.subarray(2), 'le');
    } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
      text = utf16(bytes.subarray(2), 'be');
    } else {
      const order = guessUtf16(bytes);
      text = order ? utf16(bytes, order) : null;
      text ??= decode('utf-8', bytes) ?? decodeWindows1252(bytes);
    }
    if (text === null || !looksLikeText(text)) return { error: UNREADABLE };
    return { text };
  } catch {
    return { error: UNREADABLE };
  }
}
