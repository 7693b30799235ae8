/**
 * The browser test's page, served on 127.0.0.1 (a free port): Obsidian's theme variables and
 * app styles, the fake host bundled for the browser, the demo vault inlined as JSON, and the
 * repository's PRODUCTION `main.js`, `manifest.json` and `styles.css` read from disk as they are.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import esbuild from 'esbuild';
import { readVaultDir } from '../helpers/vaultDir';

export const ROOT = join(__dirname, '../..');
const HERE = __dirname;


/** Node globals a mobile plugin must not touch: reading or setting one is recorded (the test fails on any). */
const TRAPS = `
window.__nodeGlobalUses = [];
window.__nodeGlobalTraps = {};
for (const name of ['process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', '__dirname', '__filename']) {
  const get = function () { window.__nodeGlobalUses.push('read ' + name + ' at ' + (new Error().stack || '').split('\\n').slice(2, 5).join(' | ')); return undefined; };
  window.__nodeGlobalTraps[name] = get;
  Object.defineProperty(window, name, { configurable: true, get: get, set: function () { window.__nodeGlobalUses.push('write ' + name); } });
}`;

function page(vaultJson: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reconnect — browser test</title>
<link rel="icon" href="data:,">
<script>${TRAPS}</script>
<link rel="stylesheet" href="/obsidian-app.css">
<link rel="stylesheet" href="/styles.css">
<script type="application/json" id="vault">${vaultJson}</script>
<script src="/fake-host.js"></script>
</head>
<body class="theme-light"></body>
</html>`;
}

async function bundleHost(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(HERE, 'entry.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    // No inline source map: it would make the page's script five times larger, parsed on every page.
    sourcemap: false,
  });
  return result.outputFiles[0].text;
}

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the host bundle, then serves the page; `main.js` must have been built (`npm run build`). */
export async function startServer(): Promise<PageServer> {
  if (!existsSync(join(ROOT, 'main.js'))) throw new Error('main.js is missing: run `npm run build` first (npm test does)');
  const hostJs = await bundleHost();
  const vault = readVaultDir(join(ROOT, 'examples/vault'));
  const vaultJson = JSON.stringify(vault).replace(/</g, '\\u003c');
  const fromRoot = (name: string) => () => readFileSync(join(ROOT, name));
  const routes: Record<string, [string, () => string | Buffer]> = {
    '/': ['text/html; charset=utf-8', () => page(vaultJson)],
    '/fake-host.js': ['text/javascript; charset=utf-8', () => hostJs],
    '/obsidian-app.css': ['text/css; charset=utf-8', () => readFileSync(join(HERE, 'obsidian-app.css'))],
    '/main.js': ['text/javascript; charset=utf-8', fromRoot('main.js')],
    '/manifest.json': ['application/json', fromRoot('manifest.json')],
    '/styles.css': ['text/css; charset=utf-8', fromRoot('styles.css')],
  };
  const server: Server = createServer((req, res) => {
    const route = routes[(req.url ?? '/').split('?')[0]];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route[0], 'cache-control': 'no-store' });
    res.end(route[1]());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
