import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = !process.argv.includes('--dev');

/** The command line: one Node file, dependencies bundled. */
const cli = {
  entryPoints: ['src/cli/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
  sourcemap: false,
};

/** The Obsidian plugin: one CommonJS main.js, Obsidian's own modules left to the host. */
const plugin = {
  entryPoints: ['src/plugin/main.ts'],
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2018',
  outfile: 'main.js',
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
  logLevel: 'warning',
  sourcemap: production ? false : 'inline',
  minify: production,
  treeShaking: true,
};

const builds = [cli];
if (existsSync('src/plugin/main.ts')) builds.push(plugin);

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
