/**
 * What is wrong with a frontmatter block, said for a person: the parser's reason (js-yaml's, in
 * the CLI and in Obsidian's `parseYaml`) turned into what to fix and on which line of the note.
 */

/** Where a quote opened on a line is closed on that line, or -1 (`''` and `\"` are escapes). */
function closingQuote(line: string, from: number, q: string): number {
  for (let i = from; i < line.length; i++) {
    if (q === '"' && line[i] === '\\') {
      i++;
      continue;
    }
    if (line[i] !== q) continue;
    if (q === "'" && line[i + 1] === "'") {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/**
 * The line whose value opens a quote that is never closed. A quoted value may run over several
 * lines (valid YAML): one closed on a later line is skipped, with the lines it covers.
 */
function unclosedQuoteLine(lines: string[], q: string): number {
  for (let n = 0; n < lines.length; n++) {
    const m = /^\s*(?:-\s+)?(?:[^:#]+:\s+)?(["'])/.exec(lines[n]);
    if (!m || m[1] !== q || closingQuote(lines[n], m[0].length, q) >= 0) continue;
    let closedOn = -1;
    for (let k = n + 1; k < lines.length && closedOn < 0; k++) if (closingQuote(lines[k], 0, q) >= 0) closedOn = k;
    if (closedOn < 0) return n;
    n = closedOn;
  }
  return -1;
}

/** The line before `upTo` (included) that is neither `key: value`, a list item, a comment nor blank. */
function strayLine(lines: string[], upTo: number): number {
  for (let n = Math.min(upTo, lines.length - 1); n >= 0; n--) {
    const l = lines[n];
    if (l.trim() !== '' && !/^\s*(#|-(\s|$)|[^:]+:(\s|$))/.test(l)) return n;
  }
  return -1;
}

/** `name` from `name: Sam` (quotes off). */
function keyOf(line: string): string {
  return line.split(':')[0].trim().replace(/^["']|["']$/g, '');
}

/**
 * The reason a YAML block does not parse, with the note's line numbers (the block starts on line 2,
 * after the opening `---`), and the line to fix when it is known. `e` is the parser's error:
 * js-yaml's has `reason` and a 0-based `mark.line`.
 */
export function describeYamlError(yaml: string, e: unknown): { text: string; line: number | null } {
  const err = (e ?? {}) as { reason?: unknown; message?: unknown; mark?: { line?: unknown } };
  const raw = (typeof err.reason === 'string' ? err.reason : String(err.message ?? e).split('\n')[0].replace(/\s*\(\d+:\d+\)\s*$/, '')).trim();
  const lines = yaml.split('\n');
  const at = typeof err.mark?.line === 'number' && err.mark.line < lines.length ? err.mark.line : -1;
  const noteLine = (n: number): number => n + 2;
  const on = (n: number, text: string) => ({ text, line: noteLine(n) });
  const quote = /within a (double|single) quoted scalar/.exec(raw);
  if (quote) {
    const q = quote[1] === 'double' ? '"' : "'";
    const n = unclosedQuoteLine(lines, q);
    return n >= 0 ? on(n, `a quote (${q}) opened on line ${noteLine(n)} is never closed`) : { text: `a quote (${q}) is never closed`, line: null };
  }
  if (raw.startsWith('duplicated mapping key') && at >= 0) {
    return on(at, `the key '${keyOf(lines[at])}' is written twice (line ${noteLine(at)}); keep one`);
  }
  if (raw.startsWith('can not read a block mapping entry')) {
    const n = strayLine(lines, at >= 0 ? at : lines.length - 1);
    if (n >= 0) return on(n, `line ${noteLine(n)} is not a "key: value" line; make it one, or move it below the closing ---`);
  }
  if (raw.startsWith('bad indentation of a mapping entry') && at >= 0) {
    return on(at, `line ${noteLine(at)} is indented unlike the keys around it, or its value holds ": " (put such a value in quotes)`);
  }
  if (raw.startsWith('tab characters must not be used in indentation') && at >= 0) {
    return on(at, `line ${noteLine(at)} is indented with a tab; indent with spaces`);
  }
  if (raw.startsWith('missed comma between flow collection entries') || /end of the stream within a flow collection/.test(raw)) {
    const n = lines.findIndex((l) => (l.match(/\[/g) ?? []).length > (l.match(/]/g) ?? []).length);
    if (n >= 0) return on(n, `the list opened with [ on line ${noteLine(n)} is not closed with ], or misses a comma`);
  }
  return at >= 0 ? on(at, `${raw}, line ${noteLine(at)}`) : { text: raw, line: null };
}
