/** Near misses: which known word a mistyped one most likely meant, for problem messages. */
/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known word a mistyped one most likely meant (`conector` → `connector`): the nearest within
 * two edits (one for words of four letters or fewer), compared without case; null when none is, or
 * when two are equally near.
 */
export function closestWord(word: string, known: readonly string[]): string | null {
  const w = word.trim().toLowerCase();
  const max = w.length <= 4 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = max + 1;
  let tie = false;
  for (const k of known) {
    const dist = editDistance(w, k.toLowerCase(), max);
    if (dist < bestDistance) {
      best = k;
      bestDistance = dist;
      tie = false;
    } else if (dist === bestDistance) tie = true;
  }
  return best !== null && bestDistance > 0 && !tie ? best : null;
}

/**
 * The day a date written another way most likely is, as `YYYY-MM-DD`: `14/10/2026` (day first,
 * since the day is over 12), `10/14/2026` (month first, for the same reason), `2026/10/14`,
 * `2026.10.14`. Null when the reading is ambiguous (`03/04/2026`) or no day at all.
 */
export function likelyDay(value: string, isDay: (s: string) => boolean): string | null {
  const v = value.trim();
  const pad = (n: string): string => n.padStart(2, '0');
  let m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(v);
  if (m) {
    const d = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
    return isDay(d) ? d : null;
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12 && b <= 12) return isDay(`${m[3]}-${pad(m[2])}-${pad(m[1])}`) ? `${m[3]}-${pad(m[2])}-${pad(m[1])}` : null;
  if (b > 12 && a <= 12) return isDay(`${m[3]}-${pad(m[1])}-${pad(m[2])}`) ? `${m[3]}-${pad(m[1])}-${pad(m[2])}` : null;
  return null;
}
