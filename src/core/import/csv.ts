/** Contacts CSV files (LinkedIn, Google): rows with their line numbers, and the header. */
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
  /** `unclosed`: a quote that never closes (the row swallowed the rest of the file). */
  quoteError?: 'unclosed' | 'misplaced';
}

/** Rows of `text` (line endings already `\n`), empty rows left out. */
export function readCsvRows(text: string, delimiter: string, preview = 0): CsvRow[] {
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  let counted = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    preview,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      for (let i = counted; i < start; i++) if (text.charCodeAt(i) === 10) line++;
      counted = start;
      const cells = Array.isArray(result.data) ? result.data.map((c) => (typeof c === 'string' ? c : '')) : [];
      if (cells.some((c) => c.trim() !== '')) {
        const row: CsvRow = { line, cells };
        for (const e of result.errors) {
          if (e.code === 'MissingQuotes') row.quoteError = 'unclosed';
          else if (e.type === 'Quotes' && row.quoteError === undefined) row.quoteError = 'misplaced';
        }
        rows.push(row);
      }
      start = end > start ? end : start;
    },
  });
  return rows;
}

export type CsvKind = 'linkedin' | 'google';

const GOOGLE_MARKERS = [
  /^e-mail \d+ - value$/,
  /^phone \d+ - value$/,
  /^organization( \d+ -)? name$/,
  /^labels$/,
  /^group membership$/,
  /^given name$/,
  /^family name$/,
  /^file as$/,
];

export function headerKind(cells: string[]): CsvKind | null {
  const h = cells.map((c) => c.trim().toLowerCase());
  const has = (name: string) => h.includes(name);
  if (has('first name') && has('last name') && has('connected on')) return 'linkedin';
  const named = has('first name') || has('given name') || has('name');
  if (named && h.some((c) => GOOGLE_MARKERS.some((m) => m.test(c)))) return 'google';
  return null;
}

/** Where a header row turns up: LinkedIn puts a few "Notes:" lines before it. */
const HEADER_SEARCH_ROWS = 30;

export interface CsvTable {
  kind: CsvKind;
  header: string[];
  rows: CsvRow[];
}

/** The table under a LinkedIn or Google header, trying `,` then `;` and tab (Excel re-saves). */
export function findContactsTable(text: string): CsvTable | null {
  for (const delimiter of [',', ';', '\t']) {
    const head = readCsvRows(text, delimiter, HEADER_SEARCH_ROWS);
    const at = head.findIndex((r) => headerKind(r.cells) !== null);
    if (at < 0) continue;
    const kind = headerKind(head[at].cells) as CsvKind;
    const all = readCsvRows(text, delimiter);
    const headerLine = head[at].line;
    const index = all.findIndex((r) => r.line === headerLine);
    return { kind, header: head[at].cells, rows: all.slice(index + 1) };
  }
  return null;
}

/** Cells by header name (case-insensitive); the first column of a name wins. */
export class Columns {
  private readonly index = new Map<string, number>();
  readonly names: string[];
  constructor(header: string[]) {
    this.names = header.map((h) => h.trim().toLowerCase());
    this.names.forEach((n, i) => {
      if (!this.index.has(n)) this.index.set(n, i);
    });
  }
  /** The first non-empty value among the columns `names` (variants of one column). */
  get(row: string[], ...names: string[]): string {
    for (const n of names) {
      const i = this.index.get(n);
      if (i !== undefined && (row[i] ?? '').trim() !== '') return row[i];
    }
    return '';
  }
  /** Every column whose name matches, in order. */
  all(row: string[], pattern: RegExp): string[] {
    const out: string[] = [];
    this.names.forEach((n, i) => {
      if (pattern.test(n) && row[i] !== undefined) out.push(row[i]);
    });
    return out;
  }
}
