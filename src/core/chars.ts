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
