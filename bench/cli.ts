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

/**
 * A floor, for reference: the least any \`due\` must do besides reading. It splits each file into
 * lines, reads \`key: value\` frontmatter lines and the day of each list item under a log heading,
 * and prints as JSON the people whose latest day is old. No YAML, links, daily notes, aliases,
 * cadences or problems: most of NOTE-FORMAT.md is left out, so this is not a reader of the format.
 */
const MINIMAL = `
const fs = require('fs'), path = require('path');
const people = [];
(function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
  if (e.name.startsWith('.')) continue;
  const p = path.join(d, e.name);
  if (e.isDirectory()) { walk(p); continue; }
  if (!e.name.endsWith('.md')) continue;
  const lines = fs.readFileSync(p, 'utf8').split('\\n');
  const fm = {};
  let i = 0;
  if (lines[0] === '---') { for (i = 1; i < lines.length && lines[i] !== '---'; i++) { const c = lines[i].indexOf(':'); if (c > 0) fm[lines[i].slice(0, c)] = lines[i].slice(c + 1).trim(); } i++; }
  const days = [];
  let inLog = false;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l.startsWith('#')) { inLog = /^##\\s+(interactions|log)\\s*$/i.test(l); continue; }
    if (inLog && l.startsWith('- ')) days.push(l.slice(2, 12));
  }
  if (fm.type === 'person') people.push({ path: p, fm, days });
} })(process.argv[2]);
const out = [];
for (const p of people) { const d = p.days.sort(); const last = d.length ? d[d.length - 1] : null; if (last === null || last < '2026-09-01') out.push({ path: p.path, cadence: p.fm.cadence, last }); }
console.log(JSON.stringify(out, null, 2));
`;

function wall(args: string[]): number {
  const t = performance.now();
  execFileSync('node', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t;
}

export function benchCli(label: string, dir: string, root: string, scratch: string): Row[] {
  const bare = join(scratch, 'bare-read.cjs');
  writeFileSync(bare, BARE);
  const minimal = join(scratch, 'minimal-due.cjs');
  writeFileSync(minimal, MINIMAL);
  const cli = join(root, 'dist/cli.js');
  const bareMs: number[] = [];
  const cliMs: number[] = [];
  const minimalMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    bareMs.push(wall([bare, dir]));
    cliMs.push(wall([cli, 'due', '--json', '--vault', dir, '--today', '2026-11-25']));
    minimalMs.push(wall([minimal, dir]));
  }
  const b = median(bareMs);
  const c = median(cliMs);
  const m = median(minimalMs);
  const rows = [
    report(`${label}: bare Node script reading the same files`, b),
    report(`${label}: reconnect due --json`, c),
    report(`${label}: for reference, a minimal script (lines, key: value, log days only)`, m),
  ];
  console.log(`${`${label}: ratio reconnect due / bare read`.padEnd(78)} ${(c / b).toFixed(2).padStart(9)} ×  (target ≤ 2×: ${c / b <= 2 ? 'ok' : 'OVER'})`);
  console.log(`${`${label}: ratio minimal script / bare read (what is left for the format)`.padEnd(78)} ${(m / b).toFixed(2).padStart(9)} ×`);
  return rows;
}
