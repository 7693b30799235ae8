import { join } from 'node:path';
import { benchCore } from './core';
import { benchCli } from './cli';
import { benchImport } from './import';

async function main(): Promise<void> {
  const [root, scratch] = process.argv.slice(2);
  for (const [label, people] of [['1k', 1000], ['10k', 10000]] as const) {
    const dir = join(scratch, `vault-${label}`);
    console.log(`\n== ${label} people (${dir})`);
    benchCore(label, dir);
    benchCli(label, dir, root, scratch);
    const plugin = await import('./plugin');
    await plugin.benchPlugin(label, dir);
    void people;
  }
  console.log('');
  benchImport(root, scratch);
}

void main();
