/**
 * docs/NOTE-FORMAT.md is the team's contract (../shared/NOTE-FORMAT.md next to this clone) with one
 * line added on top saying so. The copy must not drift: when the shared file is there, the two
 * match byte for byte below that line. A clone without the shared folder skips the comparison.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const COPY = join(ROOT, 'docs/NOTE-FORMAT.md');
const SHARED = resolve(ROOT, '../shared/NOTE-FORMAT.md');

describe('docs/NOTE-FORMAT.md', () => {
  it('starts with one line saying where it comes from', () => {
    const first = readFileSync(COPY, 'utf8').split('\n')[0];
    expect(first).toMatch(/contract this project follows.*shared folder/);
  });

  it.skipIf(!existsSync(SHARED))('below that line, is ../shared/NOTE-FORMAT.md byte for byte (copy it again when the contract changes)', () => {
    const copy = readFileSync(COPY);
    const body = copy.subarray(copy.indexOf(0x0a) + 1);
    expect(body.equals(readFileSync(SHARED)), 'docs/NOTE-FORMAT.md differs from ../shared/NOTE-FORMAT.md').toBe(true);
  });
});
