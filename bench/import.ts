/** Importing 5,000 contacts: parse + plan (the core), as the CLI and the plugin run them. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseContactsFile, planImport } from '../src/core/import';
import { report, time } from './measure';

export function benchImport(root: string, scratch: string): void {
  const rows = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < 5000; i++) rows.push(`Person${i},Example${i},https://www.linkedin.com/in/p${i},${i % 3 === 0 ? `p${i}@example.com` : ''},Company ${i % 200},Role ${i % 50},07 Dec 2025`);
  const csv = `Notes:\n"When exporting your connection data, you may notice..."\n\n${rows.join('\n')}\n`;
  let created = 0;
  const ms = time(() => {
    const parsed = parseContactsFile('Connections.csv', csv);
    created = planImport(parsed.contacts, [], { peopleFolder: 'People', existingPaths: new Set(), today: '2026-11-25' }).create.length;
  });
  report(`import: parse and plan 5,000 LinkedIn contacts (${created} notes)`, ms, 5000);
  const vault = join(scratch, 'import-vault');
  rmSync(vault, { recursive: true, force: true });
  mkdirSync(vault, { recursive: true });
  const file = join(scratch, 'Connections.csv');
  writeFileSync(file, csv);
  const t = performance.now();
  execFileSync('node', [join(root, 'dist/cli.js'), 'import', file, '--vault', vault, '--today', '2026-11-25'], { stdio: 'ignore' });
  report('import: reconnect import of 5,000 contacts into an empty vault (notes written)', performance.now() - t, 5000);
}
