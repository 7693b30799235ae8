#!/usr/bin/env node
// `npm run demo`: installs what is missing, builds, installs the plugin into the demo vault, and
// shows the due list and the problems of examples/vault as of the demo's day.
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const vault = join(root, 'examples/vault');
const DEMO_DAY = '2026-11-25';
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

const stamp = join(root, 'node_modules/.package-lock.json');
if (!existsSync(stamp) || statSync(stamp).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}
console.log('Building dist/cli.js and main.js…');
run('node esbuild.config.mjs');

// The plugin, installed and enabled in the demo vault: open examples/vault in Obsidian and it is there.
const pluginDir = join(vault, '.obsidian/plugins/reconnect');
mkdirSync(pluginDir, { recursive: true });
for (const f of ['main.js', 'manifest.json', 'styles.css']) copyFileSync(join(root, f), join(pluginDir, f));
const community = join(vault, '.obsidian/community-plugins.json');
const enabled = existsSync(community) ? JSON.parse(readFileSync(community, 'utf8')) : [];
if (!enabled.includes('reconnect')) writeFileSync(community, JSON.stringify([...enabled, 'reconnect'], null, 2) + '\n');
console.log(`Installed the plugin in ${pluginDir} and enabled it.\n`);

const cli = (args) => {
  try {
    return execFileSync('node', [join(root, 'dist/cli.js'), ...args, '--vault', vault, '--today', DEMO_DAY], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '1' } });
  } catch (e) {
    return e.stdout ?? '';
  }
};
console.log(`$ reconnect due --vault examples/vault --today ${DEMO_DAY}\n`);
process.stdout.write(cli(['due']));
console.log(`\n$ reconnect check --vault examples/vault --today ${DEMO_DAY}\n`);
process.stdout.write(cli(['check']));
console.log(`\nTry: node dist/cli.js due --all --vault examples/vault --today ${DEMO_DAY}`);
console.log('Or open examples/vault as a vault in Obsidian: Reconnect is in the right sidebar (the people icon).');
