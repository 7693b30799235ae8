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
    expect(counts).toBe('linkedin-connections.csv: 4 new people, 2 already in your vault or twice in the file, 1 that could not be read.');
    const lists = Object.fromEntries(
      Array.from(modal.contentEl.querySelectorAll('details'), (d) => [d.querySelector('summary')?.textContent ?? '', Array.from(d.querySelectorAll('li'), (li) => li.textContent)]),
    );
    expect(lists['Made with something left out (1)']).toEqual(['People/Jane Doe.md: line 9: "Connected On" "30 Feb 2021" is not a date like 07 Dec 2025; the note is made without met.']);
    expect(lists['Could not be read (1)']).toEqual(['line 8 has no name (First Name and Last Name are empty); add one in the file, or leave it out.']);
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

describe('Import contacts… in French', () => {
  it('the preview says what is skipped and what cannot be read in French', async () => {
    pinToday();
    const { host } = await startPlugin({ files: { 'People/Maya Chen.md': '---\ntype: person\nemail: maya.chen@example.com\n---\n' }, language: 'fr' });
    await host.runCommand('reconnect:import-contacts');
    const modal = host.modals[host.modals.length - 1] as unknown as ImportModal;
    await modal.preview(picked('linkedin-connections.csv'));
    const items = Array.from(modal.contentEl.querySelectorAll('li'), (li) => li.textContent);
    expect(items).toContain('Maya Chen (ligne 5): déjà dans le coffre : People/Maya Chen.md (même e-mail)');
    expect(items).toContain("ligne 8 n'a pas de nom (First Name et Last Name sont vides) ; ajoutez-en un dans le fichier, ou laissez-la de côté.");
    await modal.preview({ name: 'photo.png', arrayBuffer: () => Promise.resolve(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]).buffer) });
    expect(modal.contentEl.textContent).toContain("le fichier n'est pas du texte lisible");
    await host.destroy();
  });
});

describe('Set bucket for imported people', () => {
  it('the sidebar says who came in without a bucket, and one pick gives them all one', async () => {
    pinToday();
    const note = (n: string) => `---\ntype: person\nname: ${n}\nimported: 2026-11-20\n---\n## Interactions\n`;
    const { host, plugin } = await startPlugin({ files: { 'People/Ann Lee.md': note('Ann Lee'), 'People/Bo Kim.md': note('Bo Kim'), 'People/Cy.md': '---\ntype: person\nimported: 2026-11-20\nbucket: friend\n---\n' } });
    await host.runCommand('reconnect:open-due-list');
    await settleAll(host, plugin);
    const banner = document.querySelector('.reconnect-row.is-imported');
    expect(banner?.querySelector('.reconnect-row-summary')?.textContent).toBe('2 imported people have no bucket yet: nobody is due until you choose how often to be in touch.');
    await host.runCommand('reconnect:set-bucket-for-imported-people');
    await host.chooseSuggestion('connector');
    await settleAll(host, plugin);
    expect(host.vault._contents('People/Ann Lee.md')).toBe('---\ntype: person\nname: Ann Lee\nimported: 2026-11-20\nbucket: connector\n---\n## Interactions\n');
    expect(host.vault._contents('People/Cy.md')).toContain('bucket: friend');
    expect(plugin.live.due.person('People/Bo Kim.md', '2026-11-25')?.status).toBe('new');
    expect(document.querySelector('.reconnect-row.is-imported')).toBeNull();
    await host.destroy();
  });
});
