/**
 * "A note that cannot be written (read-only) → a clear error, the note unchanged" (issue 3), at the
 * unit level: tests run as root, where file modes do not stop a write, so here the file system
 * refuses the write itself (EACCES, EROFS) and the CLI's `run` is called in-process.
 */
import { describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const refuse = vi.hoisted(() => ({ code: null as string | null }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeFileSync = ((...args: Parameters<typeof fs.writeFileSync>) => {
    if (refuse.code !== null && String(args[0]).endsWith('.md')) {
      const e = new Error(`${refuse.code}: cannot write`) as NodeJS.ErrnoException;
      e.code = refuse.code;
      throw e;
    }
    return fs.writeFileSync(...args);
  }) as typeof fs.writeFileSync;
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

const { run } = await import('../../src/cli/main');

const FIX = resolve(__dirname, '../fixtures');

describe('NOTE-FORMAT §7 log on a note that cannot be written', () => {
  it.each([['EACCES', /permission denied/], ['EPERM', /permission denied/], ['EROFS', /read-only/]])(
    '%s: one clear line, a non-zero exit, the note unchanged',
    (code, why) => {
      const dir = mkdtempSync(join(tmpdir(), 'reconnect-ro-'));
      cpSync(join(FIX, 'log'), dir, { recursive: true });
      const file = join(dir, 'People/Maya Chen.md');
      const before = readFileSync(file);
      const out: string[] = [];
      const err: string[] = [];
      refuse.code = code;
      let exit: number;
      try {
        exit = run(['log', '--vault', dir, '--today', '2026-11-25', '--person', 'Maya Chen', '--channel', 'call'], {
          out: (s) => out.push(s),
          err: (s) => err.push(s),
          isTty: false,
          env: { LANG: 'en_US.UTF-8' },
          cwd: dir,
        });
      } finally {
        refuse.code = null;
      }
      expect(exit).not.toBe(0);
      expect(exit).not.toBe(3); // 3 is "unexpected error, please report it"
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0].split('\n')).toHaveLength(1);
      expect(err[0]).toContain('People/Maya Chen.md');
      expect(err[0]).toMatch(why);
      expect(err[0]).toMatch(/unchanged/);
      expect(readFileSync(file).equals(before)).toBe(true);
    },
  );
});
