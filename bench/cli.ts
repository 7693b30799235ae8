/** `reconnect due` against a bare Node script that only reads the same files. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, report, type Row } from './measure';

const BARE = `
const fs = require('fs'), path = require('path');
let n = 0;
(function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
  if (e.name.startsWith('.')) continue;
  const p = path.join(d, e.name);
  if (e.isDirectory()) walk(p); else if (e.name.endsWith('.md')) n += fs.readFileSync(p, 'utf8').length;
} })(process.argv[2]);
console.log(n);
`;

function wall(args: string[]): number {
  const t = performance.now();
  execFileSync('node', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t;
}

export function benchCli(label: string, dir: string, root: string, scratch: string): Row[] {
  const bare = join(scratch, 'bare-read.cjs');
  writeFileSync(bare, BARE);
  const cli = join(root, 'dist/cli.js');
  const bareMs: number[] = [];
  const cliMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    bareMs.push(wall([bare, dir]));
    cliMs.push(wall([cli, 'due', '--json', '--vault', dir, '--today', '2026-11-25']));
  }
  const b = median(bareMs);
  const c = median(cliMs);
  const rows = [report(`${label}: bare Node script reading the same files`, b), report(`${label}: reconnect due --json`, c)];
  console.log(`${`${label}: ratio reconnect due / bare read`.padEnd(78)} ${(c / b).toFixed(2).padStart(9)} ×  (target ≤ 2×: ${c / b <= 2 ? 'ok' : 'OVER'})`);
  return rows;
}
