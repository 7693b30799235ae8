/** Character tests for the hand-written scanners (each says which regex it stands for). */

/** JavaScript's `\s` (and what `trim()` removes): WhiteSpace and LineTerminator. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Index of the first character of `s` from `from` that is not `\s` (`s.length` when none). */
export function skipSpaces(s: string, from = 0): number {
  let i = from;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/** Whether `s` is not already what `s.replace(/\s+/g, ' ').trim()` makes of it. */
const NOT_COLLAPSED = /^\s|\s$|\s\s|[^\S ]/;

/** A run of tag characters from `lastIndex` (the tag pattern below, read from one place). */
const TAG_RUN = /[\p{L}\p{N}_\-/]+/uy;

/**
 * Text without its tags, spaces collapsed: `s.replace(/(?:^|\s)#[\p{L}\p{N}_\-/]+/gu, ' ').replace(/\s+/g, ' ').trim()`, read word by word:
 * a word (a run of non-`\s`) that starts with `#` and a tag character loses the tag.
 */
export function collapseWithoutTags(s: string): string {
  if (!s.includes('#') && !NOT_COLLAPSED.test(s)) return s;
  let out = '';
  let i = 0;
  const n = s.length;
  for (;;) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i >= n) return out;
    let j = i + 1;
    while (j < n && !isSpaceCode(s.charCodeAt(j))) j++;
    let start = i;
    if (s.charCodeAt(i) === 35 /* # */) {
      TAG_RUN.lastIndex = i + 1;
      if (TAG_RUN.exec(s) !== null) start = TAG_RUN.lastIndex;
    }
    if (start < j) out = out === '' ? s.slice(start, j) : `${out} ${s.slice(start, j)}`;
    i = j;
  }
}
