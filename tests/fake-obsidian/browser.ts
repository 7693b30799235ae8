/**
 * Entry point for a browser page (bundle with esbuild, `--format=iife`): exposes the fake
 * module to a CommonJS `main.js` through `require('obsidian')`, and the host knobs as
 * `window.fakeObsidian`. No Node API.
 */
import * as obsidian from './obsidian';
import * as host from './host';

type Req = (id: string) => unknown;
const g = globalThis as unknown as { require?: Req; fakeObsidian?: unknown };
const previous = g.require;

g.require = (id: string) => {
  if (id === 'obsidian') return obsidian;
  if (previous) return previous(id);
  throw new Error(`require('${id}'): only 'obsidian' is available in the fake host page`);
};
g.fakeObsidian = { obsidian, ...host };

export { obsidian, host };
