/**
 * Markdown text → `CachedMetadata`, reproducing what Obsidian's metadata cache records
 * (OBSIDIAN-HOST §1, checked against caches captured from Obsidian 1.7–1.8 by the
 * obsidian-tasks project). A CommonMark-like block parser (containers: block quotes,
 * callouts, list items) plus an inline scanner for links, embeds and tags.
 *
 * Facts reproduced:
 * - keys are absent when empty, except `frontmatterLinks` (present, maybe `[]`, whenever
 *   frontmatter is);
 * - frontmatter dates stay strings; `---\n---` gives a `yaml` section only;
 * - nothing is recorded inside fenced/indented code, math blocks or HTML (blocks and
 *   inline `<!-- -->`); `%% … %%` comments ARE scanned for links and tags, and a
 *   multi-line `%%` block is a `comment` section whose list items are not recorded;
 * - list items: `task` is the checkbox character, `parent` is the parent item's line or,
 *   for a root item, minus the line of its list's first item, with a list at line 0
 *   giving -1; nested items start at their container's content column; an item's
 *   position excludes its sub-lists; in a loose list an item followed by a blank line
 *   and a sibling ends at column 0 of the blank line;
 * - links keep `#subpath`, drop the alias, `displayText` is always set; markdown link
 *   destinations are percent-decoded; URLs and empty destinations are not recorded.
 */
import type * as O from 'obsidian';
import { defaultDisplayText, splitWikilink, TAG_BODY } from './links';
import { parseYaml } from './yaml';

interface Line {
  text: string;
  start: number;
  vc?: number[];
}

/** A line as seen by one container: content starts at char `c`, virtual column `v`. */
interface LV {
  n: number;
  c: number;
  v: number;
}

interface Node {
  type: string;
  start: O.Loc;
  end: O.Loc;
  id?: string;
  /** first line (for list items' own paragraph) */
  firstLine: number;
  lastLine: number;
}

interface Seg {
  n: number;
  s: number;
  e: number;
}

interface Out {
  sections: O.SectionCache[];
  headings: O.HeadingCache[];
  listItems: O.ListItemCache[];
  tags: O.TagCache[];
  links: O.LinkCache[];
  embeds: O.EmbedCache[];
  blocks: Record<string, O.BlockCache>;
}

interface Ctx {
  root: boolean;
  /** line of the enclosing list item, or null outside list items */
  listParent: number | null;
}

const BLOCK_ID = /(?:^|\s)\^([A-Za-z0-9-]+)[ \t]*$/;
const HTML6 =
  /^<\/?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|\/?>|$)/i;
const HTML7 =
  /^(?:<[a-zA-Z][a-zA-Z0-9-]*(?:\s+[a-zA-Z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/[a-zA-Z][a-zA-Z0-9-]*\s*>)[ \t]*$/;
const THEMATIC = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const ATX = /^(#{1,6})(?=[ \t]|$)(.*)$/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const TABLE_DELIM = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const URL_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

class Doc {
  lines: Line[] = [];
  constructor(readonly text: string) {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) {
        this.lines.push({ text: text.slice(start), start });
        break;
      }
      let line = text.slice(start, nl);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      this.lines.push({ text: line, start });
      start = nl + 1;
    }
  }

  loc(n: number, col: number): O.Loc {
    return { line: n, col, offset: this.lines[n].start + col };
  }

  t(n: number): string {
    return this.lines[n].text;
  }

  /** Virtual column (tabs stop every 4) of char index i on line n. */
  vcol(n: number, i: number): number {
    const line = this.lines[n];
    if (!line.vc) {
      const vc = [0];
      let v = 0;
      for (let k = 0; k < line.text.length; k++) {
        v = line.text[k] === '\t' ? v + 4 - (v % 4) : v + 1;
        vc.push(v);
      }
      line.vc = vc;
    }
    const vc = line.vc;
    return vc[Math.min(i, vc.length - 1)];
  }

  fnw(lv: LV): number {
    const text = this.t(lv.n);
    let i = lv.c;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    return i;
  }

  blank(lv: LV): boolean {
    return this.fnw(lv) >= this.t(lv.n).length;
  }

  indent(lv: LV): number {
    return this.vcol(lv.n, this.fnw(lv)) - lv.v;
  }

  rest(lv: LV): string {
    return this.t(lv.n).slice(this.fnw(lv));
  }

  /** Consumes up to `cols` columns of leading whitespace (a straddled tab is consumed). */
  advance(lv: LV, cols: number): LV {
    const text = this.t(lv.n);
    const target = lv.v + cols;
    let i = lv.c;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t') && this.vcol(lv.n, i) < target) i++;
    return { n: lv.n, c: i, v: Math.min(target, this.vcol(lv.n, i)) };
  }

  /** Content view starting at absolute virtual column `col` (any characters before it are skipped). */
  at(lv: LV, col: number): LV {
    const text = this.t(lv.n);
    let i = lv.c;
    while (i < text.length && this.vcol(lv.n, i) < col) i++;
    return { n: lv.n, c: i, v: Math.min(col, this.vcol(lv.n, i)) };
  }

  /** End of the line's content, trailing whitespace excluded. */
  endLoc(n: number): O.Loc {
    const text = this.t(n);
    let e = text.length;
    while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    return this.loc(n, e);
  }
}

interface Marker {
  key: string;
  num: number;
  empty: boolean;
  /** absolute virtual column where the item's content starts */
  contentCol: number;
}

export function parseMarkdown(text: string): O.CachedMetadata {
  const doc = new Doc(text);
  const out: Out = { sections: [], headings: [], listItems: [], tags: [], links: [], embeds: [], blocks: {} };
  const result: O.CachedMetadata = {};

  let bodyStart = 0;
  if (doc.lines.length > 1 && /^---[ \t]*$/.test(doc.t(0))) {
    let k = 1;
    while (k < doc.lines.length && !/^---[ \t]*$/.test(doc.t(k))) k++;
    if (k < doc.lines.length) {
      const position = { start: doc.loc(0, 0), end: doc.loc(k, 3) };
      out.sections.push({ type: 'yaml', position });
      const yamlText = doc.lines
        .slice(1, k)
        .map((l) => l.text)
        .join('\n');
      let parsed: unknown;
      try {
        parsed = parseYaml(yamlText);
      } catch {
        parsed = undefined;
      }
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        result.frontmatter = parsed as O.FrontMatterCache;
        result.frontmatterPosition = position;
        result.frontmatterLinks = frontmatterLinks(parsed as Record<string, unknown>);
      }
      bodyStart = k + 1;
    }
  }

  const lvs: LV[] = [];
  for (let n = bodyStart; n < doc.lines.length; n++) lvs.push({ n, c: 0, v: 0 });
  const nodes = new Parser(doc, out).container(lvs, { root: true, listParent: null });
  for (const node of nodes) {
    const section: O.SectionCache = { type: node.type, position: { start: node.start, end: node.end } };
    if (node.id !== undefined) section.id = node.id;
    out.sections.push(section);
  }

  if (Object.keys(out.blocks).length) result.blocks = out.blocks;
  if (out.embeds.length) result.embeds = out.embeds;
  if (out.headings.length) result.headings = out.headings;
  if (out.links.length) result.links = out.links;
  if (out.listItems.length) result.listItems = out.listItems;
  if (out.sections.length) result.sections = out.sections;
  if (out.tags.length) result.tags = out.tags;
  return result;
}

/** Whole-value wikilinks in top-level properties; list items keyed `prop.0`, `prop.1`. */
export function frontmatterLinks(fm: Record<string, unknown>): O.FrontmatterLinkCache[] {
  const links: O.FrontmatterLinkCache[] = [];
  const add = (key: string, value: unknown) => {
    if (typeof value !== 'string') return;
    const m = /^\[\[([^\]\n]+)\]\]$/.exec(value.trim());
    if (!m) return;
    const { link, alias } = splitWikilink(m[1]);
    if (!link && alias === undefined) return;
    links.push({ key, link, original: value.trim(), displayText: alias ?? defaultDisplayText(link) });
  };
  for (const [key, value] of Object.entries(fm)) {
    if (Array.isArray(value)) value.forEach((v, i) => add(`${key}.${i}`, v));
    else add(key, value);
  }
  return links;
}

class Parser {
  constructor(
    private doc: Doc,
    private out: Out,
  ) {}

  // ---- block starts -------------------------------------------------------

  marker(lv: LV): Marker | null {
    const d = this.doc;
    if (d.blank(lv) || d.indent(lv) > 3) return null;
    const r = d.rest(lv);
    if (THEMATIC.test(r)) return null;
    const m = /^(?:([-+*])|(\d{1,9})([.)]))(?=[ \t]|$)/.exec(r);
    if (!m) return null;
    const text = d.t(lv.n);
    const markerEnd = d.fnw(lv) + m[0].length;
    let ws = markerEnd;
    while (ws < text.length && (text[ws] === ' ' || text[ws] === '\t')) ws++;
    const empty = ws >= text.length;
    const afterMarker = d.vcol(lv.n, markerEnd);
    let contentCol: number;
    if (empty) contentCol = afterMarker + 1;
    else {
      const spaces = d.vcol(lv.n, ws) - afterMarker;
      contentCol = spaces >= 5 ? afterMarker + 1 : d.vcol(lv.n, ws);
    }
    return {
      key: m[1] ? 'b' + m[1] : 'o' + m[3],
      num: m[2] ? Number(m[2]) : 0,
      empty,
      contentCol,
    };
  }

  isCommentStart(r: string): boolean {
    return r.startsWith('%%') && !r.slice(2).includes('%%');
  }

  /** A line that ends a paragraph (and so is not a lazy continuation line). */
  interrupts(lv: LV): boolean {
    const d = this.doc;
    if (d.blank(lv) || d.indent(lv) > 3) return false;
    const r = d.rest(lv);
    if (ATX.test(r) || r.startsWith('>') || THEMATIC.test(r) || this.isCommentStart(r) || r.startsWith('$$')) return true;
    const f = FENCE_OPEN.exec(r);
    if (f && !(f[1][0] === '`' && f[2].includes('`'))) return true;
    if (r.startsWith('<!--') || HTML6.test(r) || /^<(script|pre|style|textarea)(\s|>|$)/i.test(r)) return true;
    const mk = this.marker(lv);
    if (mk && !mk.empty && (mk.key[0] === 'b' || mk.num === 1)) return true;
    return false;
  }

  /** Whether a non-blank line leaves an open paragraph behind (for lazy continuation). */
  paragraphish(lv: LV): boolean {
    const d = this.doc;
    if (d.blank(lv)) return false;
    if (d.indent(lv) > 3) return true;
    const r = d.rest(lv);
    if (ATX.test(r) || THEMATIC.test(r) || r.startsWith('<') || r.startsWith('%%') || r.startsWith('$$')) return false;
    if (FENCE_OPEN.test(r)) return false;
    const mk = this.marker(lv);
    if (mk) return !mk.empty;
    if (r.startsWith('>')) return this.paragraphish(this.stripQuote(lv));
    return true;
  }

  stripQuote(lv: LV): LV {
    const d = this.doc;
    const i = d.fnw(lv);
    const after: LV = { n: lv.n, c: i + 1, v: d.vcol(lv.n, i + 1) };
    const ch = d.t(lv.n)[i + 1];
    return ch === ' ' || ch === '\t' ? d.advance(after, 1) : after;
  }

  // ---- containers ---------------------------------------------------------

  container(lvs: LV[], ctx: Ctx): Node[] {
    const d = this.doc;
    const nodes: Node[] = [];
    let i = 0;
    while (i < lvs.length) {
      const lv = lvs[i];
      if (d.blank(lv)) {
        i++;
        continue;
      }
      const indent = d.indent(lv);
      const r = d.rest(lv);
      const fnw = d.fnw(lv);

      // indented code
      if (indent >= 4) {
        let last = i;
        let j = i + 1;
        while (j < lvs.length && (d.blank(lvs[j]) || d.indent(lvs[j]) >= 4)) {
          if (!d.blank(lvs[j])) last = j;
          j++;
        }
        nodes.push(this.node('code', d.loc(lv.n, lv.c), lvs[last].n, lv.n));
        i = last + 1;
        continue;
      }

      // fenced code
      const f = FENCE_OPEN.exec(r);
      if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
        const ch = f[1][0];
        const len = f[1].length;
        let close = -1;
        for (let j = i + 1; j < lvs.length; j++) {
          const lj = lvs[j];
          if (d.blank(lj) || d.indent(lj) > 3) continue;
          const cm = /^(`{3,}|~{3,})[ \t]*$/.exec(d.rest(lj));
          if (cm && cm[1][0] === ch && cm[1].length >= len) {
            close = j;
            break;
          }
        }
        const endIdx = close === -1 ? this.lastNonBlank(lvs, i) : close;
        nodes.push(this.node('code', d.loc(lv.n, fnw), lvs[endIdx].n, lv.n));
        i = endIdx + 1;
        continue;
      }

      // multi-line %% comment: tags (and links) inside are recorded, list items are not
      if (this.isCommentStart(r)) {
        let close = -1;
        for (let j = i + 1; j < lvs.length; j++) {
          if (d.t(lvs[j].n).slice(lvs[j].c).includes('%%')) {
            close = j;
            break;
          }
        }
        const endIdx = close === -1 ? this.lastNonBlank(lvs, i) : close;
        const segs: Seg[] = [];
        for (let j = i; j <= endIdx; j++) segs.push({ n: lvs[j].n, s: lvs[j].c, e: d.t(lvs[j].n).length });
        this.inline(segs);
        let endLoc = d.endLoc(lvs[endIdx].n);
        if (close !== -1) {
          const lineText = d.t(lvs[close].n);
          endLoc = d.loc(lvs[close].n, lineText.indexOf('%%', lvs[close].c) + 2);
        }
        nodes.push({ type: 'comment', start: d.loc(lv.n, fnw), end: endLoc, firstLine: lv.n, lastLine: lvs[endIdx].n });
        i = endIdx + 1;
        continue;
      }

      // math block
      if (r.startsWith('$$')) {
        let endIdx = i;
        if (!r.slice(2).includes('$$')) {
          endIdx = this.lastNonBlank(lvs, i);
          for (let j = i + 1; j < lvs.length; j++) {
            if (d.t(lvs[j].n).slice(lvs[j].c).includes('$$')) {
              endIdx = j;
              break;
            }
          }
        }
        nodes.push(this.node('math', d.loc(lv.n, fnw), lvs[endIdx].n, lv.n));
        i = endIdx + 1;
        continue;
      }

      // HTML blocks (types 1, 2, 6, 7): opaque
      const html = this.htmlBlock(lvs, i, r);
      if (html !== -1) {
        nodes.push(this.node('html', d.loc(lv.n, fnw), lvs[html].n, lv.n));
        i = html + 1;
        continue;
      }

      // ATX heading
      const h = ATX.exec(r);
      if (h) {
        let body = h[2].replace(/[ \t]+$/, '');
        body = /^[ \t]*#+$/.test(body) ? '' : body.replace(/[ \t]+#+$/, '');
        const lead = h[2].length - h[2].replace(/^[ \t]+/, '').length;
        const s = fnw + h[1].length + lead;
        const heading = body.trim();
        this.inline([{ n: lv.n, s, e: s + heading.length }]);
        const node = this.node('heading', d.loc(lv.n, fnw), lv.n, lv.n);
        if (ctx.root) this.out.headings.push({ heading, level: h[1].length, position: { start: node.start, end: node.end } });
        nodes.push(node);
        i++;
        continue;
      }

      if (THEMATIC.test(r)) {
        nodes.push(this.node('thematicBreak', d.loc(lv.n, fnw), lv.n, lv.n));
        i++;
        continue;
      }

      // block quote / callout
      if (r.startsWith('>')) {
        const inner: LV[] = [];
        let j = i;
        let lazyOk = false;
        while (j < lvs.length) {
          const lj = lvs[j];
          if (d.blank(lj)) break;
          if (d.indent(lj) <= 3 && d.rest(lj).startsWith('>')) {
            const stripped = this.stripQuote(lj);
            inner.push(stripped);
            lazyOk = this.paragraphish(stripped);
          } else if (lazyOk && !this.interrupts(lj)) {
            inner.push(lj);
          } else break;
          j++;
        }
        this.container(inner, { root: false, listParent: ctx.listParent });
        const type = /^\[![^\]]*\]/.test(d.rest(inner[0])) ? 'callout' : 'blockquote';
        nodes.push(this.node(type, d.loc(lv.n, fnw), lvs[j - 1].n, lv.n));
        i = j;
        continue;
      }

      // list
      const mk = this.marker(lv);
      if (mk) {
        const { node, next } = this.list(lvs, i, ctx);
        nodes.push(node);
        i = next;
        continue;
      }

      // footnote definition
      if (/^\[\^[^\]]+\]:/.test(r)) {
        let j = i + 1;
        while (j < lvs.length && !d.blank(lvs[j]) && !this.interrupts(lvs[j])) j++;
        const segs: Seg[] = [];
        for (let k = i; k < j; k++) segs.push({ n: lvs[k].n, s: d.fnw(lvs[k]), e: d.t(lvs[k].n).length });
        segs[0].s = fnw + r.indexOf(':') + 1;
        this.inline(segs);
        nodes.push(this.node('footnoteDefinition', d.loc(lv.n, fnw), lvs[j - 1].n, lv.n));
        i = j;
        continue;
      }

      // table
      if (r.includes('|') && i + 1 < lvs.length && !d.blank(lvs[i + 1]) && d.indent(lvs[i + 1]) <= 3) {
        const delim = d.rest(lvs[i + 1]);
        if (delim.includes('|') && TABLE_DELIM.test(delim)) {
          let j = i + 2;
          while (j < lvs.length && !d.blank(lvs[j]) && !this.interrupts(lvs[j])) j++;
          const segs: Seg[] = [];
          for (let k = i; k < j; k++) {
            if (k === i + 1) continue;
            segs.push({ n: lvs[k].n, s: d.fnw(lvs[k]), e: d.t(lvs[k].n).length });
          }
          this.inline(segs);
          nodes.push(this.node('table', d.loc(lv.n, fnw), lvs[j - 1].n, lv.n));
          i = j;
          continue;
        }
      }

      // paragraph (or setext heading)
      const para: LV[] = [lv];
      let j = i + 1;
      let setext = 0;
      while (j < lvs.length) {
        const lj = lvs[j];
        if (d.blank(lj)) break;
        if (d.indent(lj) <= 3) {
          const rj = d.rest(lj);
          if (/^=+[ \t]*$/.test(rj)) setext = 1;
          else if (/^-+[ \t]*$/.test(rj)) setext = 2;
          if (setext) break;
        }
        if (this.interrupts(lj)) break;
        para.push(lj);
        j++;
      }
      const segs: Seg[] = para.map((p) => ({ n: p.n, s: d.fnw(p), e: d.t(p.n).length }));
      this.inline(segs);
      if (setext) {
        const node = this.node('heading', d.loc(lv.n, fnw), lvs[j].n, lv.n);
        if (ctx.root) {
          const heading = para.map((p) => d.rest(p).trim()).join(' ');
          this.out.headings.push({ heading, level: setext, position: { start: node.start, end: node.end } });
        }
        nodes.push(node);
        i = j + 1;
        continue;
      }
      const node = this.node('paragraph', d.loc(lv.n, fnw), para[para.length - 1].n, lv.n);
      const idm = BLOCK_ID.exec(d.t(para[para.length - 1].n));
      if (idm) {
        node.id = idm[1];
        // the first paragraph of a list item gives its id to the item (see `item`)
        if (ctx.listParent !== lv.n) {
          this.out.blocks[idm[1]] = { id: idm[1], position: { start: node.start, end: node.end } };
        }
      }
      nodes.push(node);
      i = j;
    }
    return nodes;
  }

  list(lvs: LV[], i: number, ctx: Ctx): { node: Node; next: number } {
    const d = this.doc;
    const first = this.marker(lvs[i])!;
    const listLine = lvs[i].n;
    let j = i;
    let lastContentOfList = i;
    for (;;) {
      const lv = lvs[j];
      const mk = this.marker(lv)!;
      const contentCol = mk.contentCol;
      const itemLvs: LV[] = [d.at(lv, contentCol)];
      let lastContent = j;
      let lazyOk = this.paragraphish(itemLvs[0]);
      let k = j + 1;
      while (k < lvs.length) {
        const lk = lvs[k];
        if (d.blank(lk)) {
          itemLvs.push(d.advance(lk, contentCol - lk.v));
          k++;
          continue;
        }
        if (d.vcol(lk.n, d.fnw(lk)) >= contentCol) {
          const a = d.advance(lk, contentCol - lk.v);
          itemLvs.push(a);
          lastContent = k;
          lazyOk = this.paragraphish(a);
          k++;
          continue;
        }
        const prevBlank = lastContent !== k - 1;
        const other = this.marker(lk);
        if (!prevBlank && lazyOk && !(other && other.key === first.key) && !this.interrupts(lk)) {
          itemLvs.push(lk);
          lastContent = k;
          k++;
          continue;
        }
        break;
      }
      itemLvs.length = lastContent - j + 1;

      let b = lastContent + 1;
      while (b < lvs.length && d.blank(lvs[b])) b++;
      const nextMk = b < lvs.length ? this.marker(lvs[b]) : null;
      const sibling = !!nextMk && nextMk.key === first.key;
      const looseFollowed = sibling && b > lastContent + 1;

      this.item(lv, itemLvs, ctx, listLine, looseFollowed);
      lastContentOfList = lastContent;
      if (!sibling) break;
      j = b;
    }
    const node: Node = {
      type: 'list',
      start: d.loc(lvs[i].n, lvs[i].c),
      end: d.endLoc(lvs[lastContentOfList].n),
      firstLine: lvs[i].n,
      lastLine: lvs[lastContentOfList].n,
    };
    return { node, next: lastContentOfList + 1 };
  }

  item(lv: LV, itemLvs: LV[], ctx: Ctx, listLine: number, looseFollowed: boolean): void {
    const d = this.doc;
    const parent = ctx.listParent !== null ? ctx.listParent : -(listLine === 0 ? 1 : listLine);
    const entry: O.ListItemCache = { parent, position: { start: d.loc(lv.n, lv.c), end: d.endLoc(lv.n) } };
    this.out.listItems.push(entry);

    const first = itemLvs[0];
    const task = /^\[(.)\](?=[ \t]|$)/u.exec(d.t(first.n).slice(first.c));
    const children = this.container(itemLvs, { root: false, listParent: lv.n });

    const own = children.filter((c) => c.type !== 'list');
    const last = own[own.length - 1];
    if (last) {
      entry.position.end = last.end;
      if (looseFollowed && last.lastLine === itemLvs[itemLvs.length - 1].n && last.lastLine + 1 < d.lines.length) {
        entry.position.end = d.loc(last.lastLine + 1, 0);
      }
    }
    if (task) entry.task = task[1];
    const firstPara = children[0];
    if (firstPara && firstPara.type === 'paragraph' && firstPara.firstLine === lv.n && firstPara.id !== undefined) {
      entry.id = firstPara.id;
      this.out.blocks[firstPara.id] = { id: firstPara.id, position: { start: entry.position.start, end: entry.position.end } };
    }
  }

  htmlBlock(lvs: LV[], i: number, r: string): number {
    const d = this.doc;
    let end: RegExp | null = null;
    const t1 = /^<(script|pre|style|textarea)(?:\s|>|$)/i.exec(r);
    if (t1) end = new RegExp(`</${t1[1]}>`, 'i');
    else if (r.startsWith('<!--')) end = /-->/;
    if (end) {
      const firstRest = r.startsWith('<!--') ? r.slice(4) : r;
      if (end.test(firstRest)) return i;
      for (let j = i + 1; j < lvs.length; j++) {
        if (end.test(d.t(lvs[j].n).slice(lvs[j].c))) return j;
      }
      return this.lastNonBlank(lvs, i);
    }
    if (HTML6.test(r) || HTML7.test(r)) {
      let j = i;
      while (j + 1 < lvs.length && !d.blank(lvs[j + 1])) j++;
      return j;
    }
    return -1;
  }

  lastNonBlank(lvs: LV[], from: number): number {
    let last = from;
    for (let j = from + 1; j < lvs.length; j++) if (!this.doc.blank(lvs[j])) last = j;
    return last;
  }

  node(type: string, start: O.Loc, lastLine: number, firstLine: number): Node {
    return { type, start, end: this.doc.endLoc(lastLine), firstLine, lastLine };
  }

  // ---- inline ---------------------------------------------------------------

  inline(segs: Seg[]): void {
    const d = this.doc;
    const parts: string[] = [];
    const starts: number[] = [];
    let pos = 0;
    for (const seg of segs) {
      starts.push(pos);
      const s = d.t(seg.n).slice(seg.s, seg.e);
      parts.push(s);
      pos += s.length + 1;
    }
    const str = parts.join('\n');
    const toLoc = (idx: number): O.Loc => {
      let k = starts.length - 1;
      while (k > 0 && starts[k] > idx) k--;
      return d.loc(segs[k].n, segs[k].s + (idx - starts[k]));
    };
    const position = (a: number, b: number): O.Pos => ({ start: toLoc(a), end: toLoc(b) });

    let i = 0;
    while (i < str.length) {
      const ch = str[i];
      if (ch === '\\') {
        i += 2;
        continue;
      }
      if (ch === '`') {
        let n = 1;
        while (str[i + n] === '`') n++;
        const close = findBacktickRun(str, i + n, n);
        i = close === -1 ? i + n : close + n;
        continue;
      }
      if (ch === '<' && str.startsWith('<!--', i)) {
        const close = str.indexOf('-->', i + 4);
        if (close !== -1) {
          i = close + 3;
          continue;
        }
        i++;
        continue;
      }
      if (ch === '%' && str[i + 1] === '%') {
        i += 2;
        continue;
      }
      const embed = ch === '!' && str[i + 1] === '[';
      const open = embed ? i + 1 : i;
      if (str[open] === '[' && str[open + 1] === '[') {
        const close = str.indexOf(']]', open + 2);
        const inner = close === -1 ? '' : str.slice(open + 2, close);
        if (close === -1 || inner.includes('\n') || inner.includes('[[') || inner.trim() === '') {
          i = open + 2;
          continue;
        }
        const { link, alias } = splitWikilink(inner);
        const original = str.slice(i, close + 2);
        const ref: O.ReferenceCache = {
          link,
          original,
          displayText: alias ?? defaultDisplayText(link),
          position: position(i, close + 2),
        };
        (embed ? this.out.embeds : this.out.links).push(ref);
        i = close + 2;
        continue;
      }
      if (str[open] === '[') {
        const md = parseMarkdownLink(str, open);
        if (md) {
          const dest = md.dest;
          if (dest !== '' && !URL_SCHEME.test(dest)) {
            let link = dest;
            try {
              link = decodeURIComponent(dest);
            } catch {
              link = dest;
            }
            const ref: O.ReferenceCache = {
              link,
              original: str.slice(i, md.end),
              displayText: md.text,
              position: position(i, md.end),
            };
            (embed ? this.out.embeds : this.out.links).push(ref);
          }
          i = md.end;
          continue;
        }
        i = open + 1;
        continue;
      }
      if (ch === '#' && (i === 0 || /\s/.test(str[i - 1]))) {
        const m = TAG_BODY.exec(str.slice(i + 1));
        if (m && !/^\d+$/.test(m[0])) {
          this.out.tags.push({ tag: '#' + m[0], position: position(i, i + 1 + m[0].length) });
          i += 1 + m[0].length;
          continue;
        }
      }
      i++;
    }
  }
}

function findBacktickRun(str: string, from: number, n: number): number {
  let i = str.indexOf('`', from);
  while (i !== -1) {
    let len = 1;
    while (str[i + len] === '`') len++;
    if (len === n) return i;
    i = str.indexOf('`', i + len);
  }
  return -1;
}

/** `[text](dest "title")` starting at `[`; null when it is not an inline link. */
function parseMarkdownLink(str: string, open: number): { end: number; text: string; dest: string } | null {
  let j = open + 1;
  let depth = 1;
  while (j < str.length) {
    const c = str[j];
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (c === '\n' && str[j + 1] === '\n') return null;
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) break;
    }
    j++;
  }
  if (depth !== 0 || str[j + 1] !== '(') return null;
  const text = str.slice(open + 1, j);
  let k = j + 2;
  while (str[k] === ' ' || str[k] === '\t') k++;
  let dest = '';
  if (str[k] === '<') {
    const close = str.indexOf('>', k + 1);
    if (close === -1 || str.slice(k + 1, close).includes('\n')) return null;
    dest = str.slice(k + 1, close);
    k = close + 1;
  } else {
    const startDest = k;
    let parens = 0;
    while (k < str.length) {
      const c = str[k];
      if (c === '\\') {
        k += 2;
        continue;
      }
      if (/\s/.test(c)) break;
      if (c === '(') parens++;
      else if (c === ')') {
        if (parens === 0) break;
        parens--;
      }
      k++;
    }
    dest = str.slice(startDest, k);
  }
  while (str[k] === ' ' || str[k] === '\t' || str[k] === '\n') k++;
  const q = str[k];
  if (q === '"' || q === "'" || q === '(') {
    const closer = q === '(' ? ')' : q;
    const close = str.indexOf(closer, k + 1);
    if (close === -1) return null;
    k = close + 1;
    while (str[k] === ' ' || str[k] === '\t' || str[k] === '\n') k++;
  }
  if (str[k] !== ')') return null;
  return { end: k + 1, text, dest };
}
