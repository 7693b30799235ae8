// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dueView, pinToday, settleAll, startPlugin } from './harness';
import { PLUGIN_STRINGS } from '../../src/plugin/strings';

afterEach(() => vi.useRealTimers());

const files = {
  'People/Camille Rousseau.md': '---\ncadence: tous les 3 mois\n---\n## Échanges\n- 2026-06-01 café : son nouveau poste #awaiting-reply\n',
  'People/Léo Martin.md': '---\nbucket: friend\n---\n',
};

describe('French', () => {
  it('has every plugin string in both languages', () => {
    expect(Object.keys(PLUGIN_STRINGS.fr).sort()).toEqual(Object.keys(PLUGIN_STRINGS.en).sort());
    for (const [k, v] of Object.entries(PLUGIN_STRINGS.fr)) expect(typeof v === 'function' || v.trim() !== '', k).toBe(true);
  });

  it("follows Obsidian's language: commands, sections, rows, reasons", async () => {
    pinToday();
    const { host, plugin } = await startPlugin({ files, language: 'fr' });
    const names = Object.values(host.app.commands.commands).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Reconnect: Noter une rencontre', 'Reconnect: Ouvrir la liste des contacts à relancer']));
    await host.runCommand('reconnect:open-due-list');
    await settleAll(host, plugin);
    const view = dueView(host);
    const sections = Array.from(view.contentEl.querySelectorAll('.reconnect-section-title'), (e) => e.textContent);
    expect(sections).toEqual(['En retard', 'Jamais contactés', 'En attente de leur part']);
    const waiting = view.contentEl.querySelector('.reconnect-row.is-waiting')!;
    expect(waiting.querySelector('.reconnect-row-summary')?.textContent).toBe('en attente de réponse depuis 177 jours');
    expect(waiting.querySelector('.reconnect-row-why')?.textContent).toBe("c'est le moment de relancer");
    const row = view.contentEl.querySelector('.reconnect-row.is-overdue')!;
    expect(row.querySelector('.reconnect-row-summary')?.textContent).toBe('dernier contact il y a 5 mois · tous les 3 mois');
    expect(row.querySelector('.reconnect-row-why')?.textContent).toBe('en attente de réponse depuis 177 jours');
    await host.destroy();
  });

  it('the setting wins over Obsidian’s language', async () => {
    pinToday();
    const { host, plugin } = await startPlugin({ files, language: 'fr', configFiles: { 'plugins/reconnect/data.json': '{"language":"en"}' } });
    expect(plugin.tr('section.overdue')).toBe('Overdue');
    await host.destroy();
  });
});
