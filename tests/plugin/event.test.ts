// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TODAY, dueView, pinToday, settleAll, startPlugin } from './harness';
import { LogEventModal } from '../../src/plugin/logEventModal';
import type { Host } from '../fake-obsidian/host';

afterEach(() => vi.useRealTimers());

const RAVI = '---\ntype: person\naliases: [Ravi]\ncadence: quarterly\n---\n## Interactions\n- 2026-10-01 call\n';

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function modal(host: Host): LogEventModal {
  return host.modals[host.modals.length - 1] as unknown as LogEventModal;
}

async function fillAndSave(host: Host, event: string, people: [string, string][], goal = ''): Promise<void> {
  expect(await host.runCommand('reconnect:log-event')).toBe(true);
  const m = modal(host);
  const el = m.contentEl;
  type(el.querySelector<HTMLInputElement>('.reconnect-event-name')!, event);
  const texts = Array.from(el.querySelectorAll<HTMLInputElement>('input[type=text]'));
  type(texts[1], 'Station F');
  if (goal) type(texts[2], goal);
  people.forEach(([name, context], i) => {
    if (i > 0) m.addLine();
    const names = el.querySelectorAll<HTMLInputElement>('.reconnect-event-person');
    const contexts = el.querySelectorAll<HTMLInputElement>('.reconnect-event-context');
    type(names[i], name);
    type(contexts[i], context);
  });
  el.querySelector<HTMLButtonElement>('button.mod-cta')!.click();
}

describe('Log event', () => {
  it('writes the event note and new person notes byte-exactly; matches existing people by alias; Follow up appears and clears', async () => {
    pinToday();
    const { host, plugin } = await startPlugin({ files: { 'People/Ravi Menon.md': RAVI } });
    await fillAndSave(host, 'Product Camp', [['Nora Quinn', 'editor at Northwind, career change, likes climbing'], ['ravi', 'the Lyon office'], ['Zoé Lefèvre', '']], 'talk to 3 new people');
    await settleAll(host, plugin);
    expect(host.vault._contents(`Events/${TODAY} Product Camp.md`)).toBe(`---
type: event
date: ${TODAY}
where: Station F
goal: talk to 3 new people
with:
  - "[[People/Nora Quinn]]"
  - "[[People/Ravi Menon]]"
  - "[[People/Zoé Lefèvre]]"
---
**Goal:** talk to 3 new people · 2 of 3 new people

## People I met
- [[People/Nora Quinn|Nora Quinn]] — editor at Northwind, career change, likes climbing
- [[People/Ravi Menon|Ravi Menon]] — the Lyon office
- [[People/Zoé Lefèvre|Zoé Lefèvre]]
`);
    expect(host.vault._contents('People/Nora Quinn.md')).toBe(`---\ntype: person\nmet: ${TODAY}\nmet_at: "[[Events/${TODAY} Product Camp]]"\nbucket: acquaintance\n---\neditor at Northwind, career change, likes climbing\n\n## Interactions\n`);
    expect(host.vault._contents('People/Ravi Menon.md')).toBe(RAVI);
    expect(host.vault.getMarkdownFiles().filter((f) => f.path.startsWith('People/')).length).toBe(3);
    expect(plugin.live.due.person('People/Ravi Menon.md', TODAY)?.lastContact).toBe(TODAY);
    expect(host.notices.at(-1)).toBe('Logged Product Camp: 2 new, 1 already in your vault.');

    await host.runCommand('reconnect:open-due-list');
    await settleAll(host, plugin);
    const view = dueView(host);
    const section = () => Array.from(view.contentEl.querySelectorAll('.reconnect-section-title'), (e) => e.textContent);
    expect(section()[0]).toBe('Follow up');
    const rows = Array.from(view.contentEl.querySelectorAll<HTMLElement>('.reconnect-row.is-after-event'));
    // Everyone met there, Ravi (already in the vault) too.
    expect(rows.map((r) => r.querySelector('.reconnect-name')?.textContent)).toEqual(['Nora Quinn', 'Ravi Menon', 'Zoé Lefèvre']);
    expect(rows[1].querySelector('.reconnect-row-why')?.textContent).toBe('the Lyon office');
    expect(rows[0].querySelector('.reconnect-row-summary')?.textContent).toBe('met today at Product Camp');
    expect(rows[0].querySelector('.reconnect-row-why')?.textContent).toBe('editor at Northwind, career change, likes climbing');
    rows[0].querySelector<HTMLElement>('[aria-label="Mark follow-up sent"]')!.click();
    await settleAll(host, plugin);
    expect(host.vault._contents('People/Nora Quinn.md')).toContain(`## Interactions\n- ${TODAY} follow-up sent\n`);
    const left = Array.from(view.contentEl.querySelectorAll('.reconnect-row.is-after-event .reconnect-name'), (e) => e.textContent);
    expect(left).toEqual(['Ravi Menon', 'Zoé Lefèvre']);
    await host.destroy();
  });

  it('in French, with two new people of the same name', async () => {
    pinToday();
    const { host, plugin } = await startPlugin({ files: {}, language: 'fr' });
    await fillAndSave(host, 'Apéro des fondateurs', [['Jane Doe', 'designer'], ['Jane Doe', 'ingénieure']]);
    await settleAll(host, plugin);
    const text = host.vault._contents(`Events/${TODAY} Apéro des fondateurs.md`)!;
    expect(text).toContain('## Personnes rencontrées\n- [[People/Jane Doe|Jane Doe]] — designer\n- [[People/Jane Doe 2|Jane Doe]] — ingénieure\n');
    expect(host.vault._contents('People/Jane Doe 2.md')).toContain('name: Jane Doe\n');
    expect(host.notices.at(-1)).toBe('Apéro des fondateurs noté : 2 nouvelles, 0 déjà dans votre coffre.');
    await host.destroy();
  });
});
