import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseBirthday, parseConnectedOn } from '../../../src/core/import/dates';
import { decodeText } from '../../../src/core/import/decodeText';
import { cleanLine, foldName, isLinkedInUrl, joinName, toTag } from '../../../src/core/import/text';
import { decodeQuotedPrintable, readVCards, splitEscaped, unescapeText } from '../../../src/core/import/vcardLines';
import { yamlString } from '../../../src/core/import/yaml';

describe('dates', () => {
  it.each([
    ['07 Dec 2025', '2025-12-07'],
    ['7 Dec 2025', '2025-12-07'],
    ['07 December 2025', '2025-12-07'],
    ['01 Sept 2024', '2024-09-01'],
    ['29 Feb 2024', '2024-02-29'],
    ['2025-12-07', '2025-12-07'],
    ['29 Feb 2023', null],
    ['30 Feb 2021', null],
    ['07 Foo 2025', null],
    ['12/7/25', null],
    ['', null],
  ])('Connected On %j → %j', (input, out) => {
    expect(parseConnectedOn(input)).toBe(out);
  });

  it.each([
    ['1985-05-14', '1985-05-14'],
    ['19850514', '1985-05-14'],
    ['1985-05-14T00:00:00Z', '1985-05-14'],
    ['19850514T120000', '1985-05-14'],
    ['--0514', '--05-14'],
    ['--05-14', '--05-14'],
    [' --05-14 ', '--05-14'],
    ['--0229', '--02-29'],
    ['--0230', null],
    ['1985', null],
    ['1985-05', null],
    ['---14', null],
    ['circa 1800', null],
    ['May 14', null],
    ['1985-0514', null],
  ])('birthday %j → %j', (input, out) => {
    expect(parseBirthday(input)).toBe(out);
  });
});

describe('text', () => {
  it('folds case, accents and spaces, but not kana voicing', () => {
    expect(foldName('  Léo   DUBOIS ')).toBe('leo dubois');
    expect(foldName('Zoë Ångström')).toBe(foldName('zoe angstrom'));
    expect(foldName('ﬁona')).toBe('fiona');
    expect(foldName('がく')).not.toBe(foldName('かく'));
  });

  it('makes Obsidian tags from labels', () => {
    expect(toTag('Conference 2024')).toBe('conference-2024');
    expect(toTag('#Clients/Paris')).toBe('clients/paris');
    expect(toTag('R&D, Europe')).toBe('rd-europe');
    expect(toTag('朋友')).toBe('朋友');
    expect(toTag('2024')).toBeNull();
    expect(toTag(' * ')).toBeNull();
  });

  it('joins names, CJK family name first without a space', () => {
    expect(joinName('Jane', 'Doe')).toBe('Jane Doe');
    expect(joinName('Tom', "O'Neil", 'Michael')).toBe("Tom Michael O'Neil");
    expect(joinName('小明', '王')).toBe('王小明');
    expect(joinName('', 'Doe')).toBe('Doe');
  });

  it('cleans control characters and lone surrogates', () => {
    expect(cleanLine('a\u0000b\u0085c\ud800 d\r\ne')).toBe('abc\ufffd d e');
  });

  it('knows LinkedIn addresses', () => {
    expect(isLinkedInUrl('https://www.linkedin.com/in/x')).toBe(true);
    expect(isLinkedInUrl('linkedin.com/in/x')).toBe(true);
    expect(isLinkedInUrl('https://fr.linkedin.com/in/x')).toBe(true);
    expect(isLinkedInUrl('https://notlinkedin.com/in/x')).toBe(false);
    expect(isLinkedInUrl('https://example.com/?u=linkedin.com')).toBe(false);
  });
});

describe('yaml scalars', () => {
  it.each([
    ['Maya Chen', 'Maya Chen'],
    ["O'Brien", "O'Brien"],
    ['https://www.linkedin.com/in/x', 'https://www.linkedin.com/in/x'],
    ['@maya', '"@maya"'],
    ['Chen: CEO', '"Chen: CEO"'],
    ['Label:', '"Label:"'],
    ['a #b', '"a #b"'],
    ['0612345678', '"0612345678"'],
    ['+33 6 12', '"+33 6 12"'],
    ['yes', '"yes"'],
    ['Null', '"Null"'],
    ['--05-14', '"--05-14"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['Jane 🚀', 'Jane 🚀'],
    ['𠮷野家', '𠮷野家'],
  ])('%j is written %s', (value, written) => {
    expect(yamlString(value)).toBe(written);
    expect(matter(`---\nv: ${written}\n---\n`).data.v).toBe(value);
  });
});

describe('decodeText', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const utf16le = (s: string) => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      out[2 * i] = s.charCodeAt(i) & 0xff;
      out[2 * i + 1] = s.charCodeAt(i) >> 8;
    }
    return out;
  };
  const swap = (b: Uint8Array) => b.map((_, i) => b[i % 2 === 0 ? i + 1 : i - 1]);
  const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
  const text = 'First Name,Last Name\nJürgen,王\n';

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(utf8(text))).toEqual({ text });
    expect(decodeText(cat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(text)))).toEqual({ text });
  });

  it('reads UTF-16 LE and BE with a BOM, and LE without one', () => {
    expect(decodeText(cat(Uint8Array.of(0xff, 0xfe), utf16le(text)))).toEqual({ text });
    expect(decodeText(cat(Uint8Array.of(0xfe, 0xff), swap(utf16le(text))))).toEqual({ text });
    expect(decodeText(utf16le(text))).toEqual({ text });
  });

  it('reads invalid UTF-8 as Windows-1252', () => {
    // "Müller €5" as Excel saves it in Western Europe.
    const bytes = Uint8Array.of(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80, 0x35);
    expect(decodeText(bytes)).toEqual({ text: 'Müller €5' });
  });

  it('refuses binary data with a message', () => {
    const out = decodeText(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00));
    expect(out).toEqual({ error: expect.stringContaining('not readable text') });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '' });
  });
});

describe('vCard lines', () => {
  it('unfolds 3.0 lines (one blank dropped) and 2.1 lines (blank kept)', () => {
    const v3 = readVCards('BEGIN:VCARD\nVERSION:3.0\nNOTE:ab\n c\n\td\nEND:VCARD');
    expect(v3[0].props[1].raw).toBe('abcd');
    const v21 = readVCards('BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE:ab\r\n c\r\nEND:VCARD\r\n');
    expect(v21[0].props[1].raw).toBe('ab c');
  });

  it('joins quoted-printable soft line breaks, but never past END:VCARD', () => {
    const cards = readVCards('BEGIN:VCARD\nNOTE;QUOTED-PRINTABLE:a=\n=C3=A9=\nb\nFN:X=\nEND:VCARD\nBEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:z=\nEND:VCARD');
    expect(cards.map((c) => c.props.map((p) => p.raw))).toEqual([['a=C3=A9b', 'X='], ['z=']]);
    expect(cards.every((c) => c.closed)).toBe(true);
  });

  it('reads groups, bare 2.1 parameters and quoted parameter values', () => {
    const [card] = readVCards('BEGIN:VCARD\nitem1.EMAIL;type=INTERNET;type=pref:a@b.c\nTEL;CELL;PREF:1\nTEL;TYPE="voice,cell";X-A="x:y":tel:2\nEND:VCARD');
    expect(card.props).toEqual([
      { name: 'EMAIL', params: { TYPE: ['INTERNET', 'pref'] }, raw: 'a@b.c' },
      { name: 'TEL', params: { TYPE: ['CELL', 'PREF'] }, raw: '1' },
      { name: 'TEL', params: { TYPE: ['voice', 'cell'], 'X-A': ['x:y'] }, raw: 'tel:2' },
    ]);
  });

  it('marks a card that is not closed', () => {
    const cards = readVCards('BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\n');
    expect(cards.map((c) => [c.index, c.closed])).toEqual([[1, false], [2, false]]);
  });

  it('decodes quoted-printable in UTF-8 and other charsets', () => {
    expect(decodeQuotedPrintable('J=C3=BCrgen', 'UTF-8')).toEqual({ text: 'Jürgen', charsetKnown: true });
    expect(decodeQuotedPrintable('Fran=E7ois', 'ISO-8859-1')).toEqual({ text: 'François', charsetKnown: true });
    expect(decodeQuotedPrintable('a=3Db=', 'utf-8')).toEqual({ text: 'a=b', charsetKnown: true });
    expect(decodeQuotedPrintable('caf=E9', 'UTF-8').text).toBe('café');
    expect(decodeQuotedPrintable('=80 5', 'ISO-8859-1').text).toBe('€ 5');
    expect(decodeQuotedPrintable('x', 'NOT-A-CHARSET')).toEqual({ text: 'x', charsetKnown: false });
  });

  it('splits and unescapes values', () => {
    expect(splitEscaped('Doe\\;Jr;Jane;;', ';')).toEqual(['Doe\\;Jr', 'Jane', '', '']);
    expect(unescapeText('a\\, b\\; c\\nd\\\\e\\Nf')).toBe('a, b; c\nd\\e\nf');
  });
});
