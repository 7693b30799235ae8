#!/usr/bin/env node
// `npm run bench`: synthetic vaults of 1,000 and 10,000 people, then the numbers. No assertions:
// compare the ratios printed in one run on one machine.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const scratch = join(root, '.bench');
mkdirSync(scratch, { recursive: true });
for (const [label, people] of [['1k', 1000], ['10k', 10000]]) {
  const dir = join(scratch, `vault-${label}`);
  if (!existsSync(join(dir, '.reconnect-bench'))) {
    execFileSync('node', [join(root, 'scripts/gen-vault.mjs'), dir, '--people', String(people), '--seed', '7'], { stdio: 'inherit' });
  }
}
await esbuild.build({
  entryPoints: [join(root, 'bench/main.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: join(scratch, 'bench.cjs'),
  alias: { obsidian: join(root, 'tests/fake-obsidian/obsidian.ts') },
  logLevel: 'warning',
});
execFileSync('node', ['--expose-gc', join(scratch, 'bench.cjs'), root, scratch], { stdio: 'inherit' });
