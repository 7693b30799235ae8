import { performance } from 'node:perf_hooks';

export interface Row {
  name: string;
  ms: number;
  target?: number;
}

export function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export async function timeAsync(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function report(name: string, ms: number, target?: number): Row {
  const shown = ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
  const verdict = target === undefined ? '' : ms <= target ? `  (target ≤ ${target} ms: ok)` : `  (target ≤ ${target} ms: OVER)`;
  console.log(`${name.padEnd(78)} ${shown.padStart(9)} ms${verdict}`);
  return { name, ms, target };
}
