/**
 * The documents a newcomer follows from a clone: their relative links lead somewhere, the sample
 * exports the README names exist, and `npm ci` has no unapproved install script to warn about.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const DOCS = ['README.md', 'docs/decisions.md', 'docs/import.md', 'docs/templates.md', 'examples/EXPECTED.md', 'tests/fixtures/README.md', 'examples/vault/Welcome.md'];

/** `[text](target)` links that are not URLs nor anchors, without their #fragment. */
function relativeLinks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
    out.push(decodeURI(target.replace(/#.*$/, '')));
  }
  return out;
}

describe('the documents of a clone', () => {
  it.each(DOCS.filter((d) => existsSync(join(ROOT, d))))('%s: every relative link leads to a file in the clone', (doc) => {
    for (const target of relativeLinks(readFileSync(join(ROOT, doc), 'utf8'))) {
      const abs = resolve(dirname(join(ROOT, doc)), target);
      expect(abs.startsWith(ROOT + '/'), `${doc} links outside the clone: ${target}`).toBe(true);
      expect(existsSync(abs), `${doc} links to a missing ${target}`).toBe(true);
    }
  });

  it('the README names sample exports that exist', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const samples = [...readme.matchAll(/tests\/core\/import\/fixtures\/[\w.-]*/g)].map((m) => m[0]);
    expect(samples.length).toBeGreaterThan(0);
    for (const s of samples) expect(existsSync(join(ROOT, s)), s).toBe(true);
  });

  it('every dependency with an install script is approved in allowScripts (npm 11 warns otherwise)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean; version?: string }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.hasInstallScript)
      .map(([path, p]) => ({ name: path.replace(/^.*node_modules\//, ''), version: p.version }));
    for (const { name, version } of withScripts) {
      const approved = pkg.allowScripts?.[name] ?? pkg.allowScripts?.[`${name}@${version}`];
      expect(approved, `${name} runs an install script: approve it with npm approve-scripts ${name}`).toBe(true);
    }
  });
});
