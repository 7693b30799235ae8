// What ships: main.js runs without Node (Obsidian mobile), the core stays pure, the manifest follows the community rules.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
let bundle = '';

beforeAll(() => {
  if (!existsSync(join(root, 'main.js'))) execSync('node esbuild.config.mjs', { cwd: root });
  bundle = readFileSync(join(root, 'main.js'), 'utf8');
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('main.js', () => {
  it('requires nothing but obsidian', () => {
    const required = [...bundle.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    expect([...new Set(required)]).toEqual(['obsidian']);
  });

  it('uses no Node global or built-in', () => {
    const node = /(?<![\w$.])(process\.(env|cwd|platform|argv|version|nextTick|exit|stdout)|Buffer\.(from|alloc|isBuffer|concat)|new Buffer\(|__dirname|__filename|setImmediate\()/;
    expect(bundle.match(node)?.[0] ?? null).toBeNull();
    for (const m of builtinModules) expect(bundle.includes(`require("${m}")`) || bundle.includes(`require("node:${m}")`), m).toBe(false);
  });

  it('does not contain gray-matter (it crashes in a browser)', () => {
    expect(bundle).not.toMatch(/gray-matter|section-matter|strip-bom-string/);
  });
});

describe('src/core', () => {
  it('imports neither obsidian nor a Node module, and uses no Node global', () => {
    const files = sources(join(root, 'src/core'));
    expect(files.length).toBeGreaterThan(10);
    const banned = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'obsidian', 'gray-matter', 'electron']);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) expect(banned.has(m[1]), `${f} imports ${m[1]}`).toBe(false);
      expect(/(?<![\w$.])(process\.|Buffer\.|require\()/.test(text), `${f} uses a Node global`).toBe(false);
    }
  });
});

describe('manifest.json', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const versions = JSON.parse(readFileSync(join(root, 'versions.json'), 'utf8')) as Record<string, string>;

  it('has exactly the keys the community directory expects', () => {
    const required = ['id', 'name', 'version', 'minAppVersion', 'description', 'author', 'isDesktopOnly'];
    const optional = ['authorUrl', 'fundingUrl'];
    for (const k of required) expect(manifest, k).toHaveProperty(k);
    for (const k of Object.keys(manifest)) expect([...required, ...optional], k).toContain(k);
    expect(manifest.id).toBe('reconnect');
    expect(manifest.name).toBe('Reconnect');
    expect(manifest.isDesktopOnly).toBe(false);
  });

  it('id and name without "obsidian" or "plugin"; a description of 10–250 characters ending with a period', () => {
    for (const k of ['id', 'name']) expect(String(manifest[k]).toLowerCase()).not.toMatch(/obsidian|plugin/);
    const d = String(manifest.description);
    expect(d.length).toBeGreaterThanOrEqual(10);
    expect(d.length).toBeLessThanOrEqual(250);
    expect(d.endsWith('.')).toBe(true);
    expect(d.toLowerCase()).not.toMatch(/obsidian|this plugin/);
  });

  it('keeps manifest, package and versions.json in step', () => {
    expect(manifest.version).toBe(pkg.version);
    expect(versions[String(manifest.version)]).toBe(manifest.minAppVersion);
    expect(String(manifest.minAppVersion)).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
