// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pinToday, settleAll, startPlugin } from './harness';
import { ImportModal } from '../../src/plugin/importModal';

afterEach(() => vi.useRealTimers());

const FIXTURES = join(__dirname, '../core/import/fixtures');

function picked(name: string) {
  const bytes = readFileSync(join(FIXTURES, name));
  return { name, arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
}

describe('Import contacts…', () => {
  it('previews with counts, writes in batches, skips people already there, and sets a bucket for all', async () => {
    pinToday();
    const maya = '---\ntype: person\nemail: maya@example.com\n---\n';
    const { host, plugin } = await startPlugin({ files: { 'People/Maya Chen.md': maya } });
    expect(await host.runCommand('reconnect:import-contacts')).toBe(true);
    const modal = host.modals[host.modals.length - 1] as unknown as ImportModal;
    expect(modal).toBeInstanceOf(ImportModal);
    expect(modal.contentEl.querySelector('input[type=file]')).not.toBeNull();
    await modal.preview(picked('linkedin-connections.csv'));
    const counts = modal.contentEl.querySelector('.reconnect-import-counts')?.textContent ?? '';
    expect(counts).toBe('linkedin-connections.csv: 4 new people, 2 already in your vault or twice in the file, 2 that could not be read.');
    const go = Array.from(modal.contentEl.querySelectorAll('button')).find((b) => b.textContent === 'Import 4 people')!;
    go.click();
    await settleAll(host, plugin);
    for (let i = 0; i < 50 && modal.created.length < 4; i++) await new Promise((r) => setTimeout(r, 0));
    expect(modal.created).toEqual(['People/Léo Dubois.md', 'People/Ravi Patel.md', 'People/Jane Doe.md', 'People/Marie-Hélène Côté.md']);
    expect(host.vault._contents('People/Maya Chen.md')).toBe(maya);
    await modal.setBucket('acquaintance');
    await settleAll(host, plugin);
    expect(host.vault._contents('People/Ravi Patel.md')).toMatch(/^---\n[\s\S]*\nbucket: acquaintance\n---\n/);
    expect(plugin.live.due.person('People/Ravi Patel.md', '2026-11-25')?.cadence).toBe('6 months');
    expect(plugin.live.problems('2026-11-25')).toEqual([]);
    await host.destroy();
  });
});
