/**
 * Node-only: load a vault folder from disk into `createHost` options (vitest tests).
 * Files under the config folder go to `configFiles`; other dot-folders (`.trash`, `.git`)
 * are skipped; every other file is read as UTF-8 text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHost, type Host, type HostOptions } from './host';

export interface DiskVault {
  files: Record<string, string>;
  configFiles: Record<string, string>;
}

export function loadVaultFromDisk(dir: string, configDir = '.obsidian'): DiskVault {
  const files: Record<string, string> = {};
  const configFiles: Record<string, string> = {};
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      const full = join(abs, name);
      const rel = relative(dir, full).split(sep).join('/');
      const isDir = statSync(full).isDirectory();
      if (rel === configDir || rel.startsWith(configDir + '/')) {
        if (isDir) walk(full);
        else configFiles[rel] = readFileSync(full, 'utf8');
        continue;
      }
      if (name.startsWith('.')) continue;
      if (isDir) walk(full);
      else files[rel] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return { files, configFiles };
}

/** `createHost` over a copy of the folder's files (the folder itself is never written). */
export function createHostFromDisk(dir: string, options: Omit<HostOptions, 'files' | 'configFiles'> = {}): Host {
  const { files, configFiles } = loadVaultFromDisk(dir, options.configDir);
  return createHost({ ...options, files, configFiles });
}
