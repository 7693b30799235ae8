import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file of a vault folder, for a fake host: notes as `files`, the config folder as
 * `configFiles`. Of `.obsidian/plugins/`, only the plugins' settings (`data.json`) are kept: the
 * installed copy of main.js is not what the tests load.
 */
export function readVaultDir(dir: string): { files: Record<string, string>; configFiles: Record<string, string> } {
  const files: Record<string, string> = {};
  const configFiles: Record<string, string> = {};
  const walk = (abs: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const p = join(abs, name);
      const rel = relative(dir, p).split('\\').join('/');
      if (statSync(p).isDirectory()) walk(p);
      else if (rel.startsWith('.obsidian/plugins/') && name !== 'data.json') continue;
      else if (rel.startsWith('.obsidian/')) configFiles[rel] = readFileSync(p, 'utf8');
      else files[rel] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return { files, configFiles };
}
