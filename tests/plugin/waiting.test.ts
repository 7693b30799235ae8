// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TODAY, dueView, sectionTitles, settleAll, startWithDueList } from './harness';
import type { DueView } from '../../src/plugin/dueView';
import type { Host } from '../fake-obsidian/host';
import type ReconnectPlugin from '../../src/plugin/main';

// TODAY is 2026-11-25.
const files: Record<string, string> = {
  // Ok (due in months), waiting 3 days: the wait (7 days) has not passed.
  'People/Omar Shaikh.md': '---\ncadence: quarterly\n---\n## Log\n- 2026-11-22 email: sent the proposal #awaiting-reply\n',
  // Ok, waiting 10 days after asking a favor; emails and a coffee this year; shares an interest with Hannah.
  'People/Maya Chen.md':
    '---\ncadence: monthly\ninterests: [trail running]\n---\n## Log\n- 2026-06-10 email: the Lyon job\n- 2026-10-01 coffee: her move #favor/given\n- 2026-11-15 email: asked for the deck review #favor/asked #awaiting-reply\n',
  // Three unanswered tries: let go.
  'People/Hannah Brooks.md': '---\ncadence: 6 weeks\ninterests: [trail running]\n---\n## Log\n- 2026-08-04 email #awaiting-reply\n- 2026-08-25 message #awaiting-reply\n- 2026-09-15 email #awaiting-reply\n',
  // Overdue, and a favor asked 10 days ago (answered: nothing waits).
  'People/Pat Lee.md': '---\ncadence: 1 week\n---\n## Log\n- 2026-11-15 coffee: asked for an intro to her CTO #favor/asked\n',
  // Met yesterday at an event: Follow up.
  'People/Nora Quinn.md': '---\nmet: 2026-11-24\nmet_at: "[[Events/2026-11-24 Product Camp]]"\n---\neditor at Northwind, likes climbing\n',
  'Events/2026-11-24 Product Camp.md': '---\ntype: event\ndate: 2026-11-24\n---\n',
};

let host: Host;
let plugin: ReconnectPlugin;

beforeEach(async () => {
  ({ host, plugin } = await startWithDueList(files));
});

afterEach(async () => {
  await host.destroy();
  vi.useRealTimers();
});

const view = (): DueView => dueView(host);
const titles = (): string[] => sectionTitles(host);

function rows(cls: string): HTMLElement[] {
  return Array.from(view().contentEl.querySelectorAll<HTMLElement>(`.reconnect-row.${cls}`));
}

function row(cls: string, name: string): HTMLElement {
  const r = rows(cls).find((e) => e.querySelector('.reconnect-name')?.textContent === name);
  if (!r) throw new Error(`no ${cls} row for ${name}`);
  return r;
}

const text = (el: Element, sel: string): string => el.querySelector(sel)?.textContent ?? '';
const button = (el: Element, label: string): HTMLElement | null => el.querySelector<HTMLElement>(`[aria-label="${label}"]`);

describe('Waiting on them', () => {
  it('lists everyone waiting (and after a favor asked), longest wait first, with how long, after the due list', () => {
    expect(titles()).toEqual(['Follow up', 'Overdue', 'Waiting on them']);
    expect(rows('is-waiting').map((r) => text(r, '.reconnect-name'))).toEqual(['Hannah Brooks', 'Maya Chen', 'Pat Lee', 'Omar Shaikh']);
    expect(text(view().contentEl.querySelector('.reconnect-section.is-waiting')!, '.reconnect-count')).toBe('4');
  });

  it('a person who is ok but waiting 3 days shows it, with no follow-up draft yet', () => {
    const omar = row('is-waiting', 'Omar Shaikh');
    expect(text(omar, '.reconnect-row-summary')).toBe('waiting 3 days for a reply');
    expect(text(omar, '.reconnect-row-why')).toBe('follow up in 4 days');
    expect(button(omar, 'Draft a follow-up')).toBeNull();
    expect(omar.querySelector('.is-suggested')).toBeNull();
  });

  it('after the wait, Draft a follow-up writes the outreach note; the favor warning shows', async () => {
    const maya = row('is-waiting', 'Maya Chen');
    expect(text(maya, '.reconnect-row-summary')).toBe('waiting 10 days for a reply');
    expect(text(maya, '.reconnect-row-why')).toBe('time to follow up · asked a favor 10 days ago — wait, or ask someone else');
    button(maya, 'Draft a follow-up')!.click();
    await settleAll(host, plugin);
    const draft = host.vault._contents(`Outreach/${TODAY} check-in - Maya Chen.md`);
    expect(draft).toContain('person: "[[People/Maya Chen]]"');
    expect(draft).toContain('template: check-in');
  });

  it('after the let-go count, the row says so and offers Pause', async () => {
    const hannah = row('is-waiting', 'Hannah Brooks');
    expect(text(hannah, '.reconnect-row-summary')).toBe('waiting 71 days for a reply');
    expect(text(hannah, '.reconnect-row-why')).toBe('3 tries, no answer: consider letting go');
    expect(button(hannah, 'Draft a follow-up')).toBeNull();
    button(hannah, "Pause: don't force a relationship that isn't mutual")!.click();
    await settleAll(host, plugin);
    expect(host.vault._contents('People/Hannah Brooks.md')).toContain('\nstatus: paused\n---');
    view().render(true);
    expect(rows('is-waiting').map((r) => text(r, '.reconnect-name'))).not.toContain('Hannah Brooks');
  });

  it('the favor warning on a due row and on a favor-only waiting row', () => {
    expect(text(row('is-overdue', 'Pat Lee'), '.reconnect-row-why')).toBe('asked a favor 10 days ago — wait, or ask someone else');
    const pat = row('is-waiting', 'Pat Lee');
    expect(text(pat, '.reconnect-row-summary')).toBe('last contact 10 days ago · every week');
    expect(text(pat, '.reconnect-row-why')).toBe('asked a favor 10 days ago — wait, or ask someone else');
  });

  it('a search narrows the section too', async () => {
    const search = view().contentEl.querySelector<HTMLInputElement>('.reconnect-search')!;
    search.value = 'omar';
    search.dispatchEvent(new Event('input'));
    expect(titles()).toEqual(['Waiting on them']);
    expect(rows('is-waiting').map((r) => text(r, '.reconnect-name'))).toEqual(['Omar Shaikh']);
  });
});

describe('drafts from the sidebar', () => {
  it('Draft follow-up in Follow up (after an event) writes the event-follow-up note', async () => {
    const nora = row('is-after-event', 'Nora Quinn');
    expect(text(nora, '.reconnect-row-summary')).toBe('met yesterday at Product Camp');
    button(nora, 'Draft follow-up')!.click();
    await settleAll(host, plugin);
    const draft = host.vault._contents(`Outreach/${TODAY} event-follow-up - Nora Quinn.md`);
    expect(draft).toContain('person: "[[People/Nora Quinn]]"');
    expect(draft).toContain('template: event-follow-up');
  });

  it('the prep panel shows the channel counts of the last 12 months, the favor balance, and drafts an introduction naming both people', async () => {
    await host.openFileInEditor('People/Maya Chen.md');
    await settleAll(host, plugin);
    const panel = view().contentEl.querySelector<HTMLElement>('.reconnect-prep')!;
    const facts = Array.from(panel.querySelectorAll('.reconnect-prep-facts li'), (li) => li.textContent);
    expect(facts).toContain('Channels this year: email 2 · coffee 1');
    expect(facts).toContain('Favors over 12 months: you gave 1, you asked 1.');
    const intro = Array.from(panel.querySelectorAll<HTMLElement>('button')).find((b) => b.textContent === 'Draft introduction')!;
    expect(intro.parentElement?.textContent).toContain('Hannah Brooks');
    intro.click();
    await settleAll(host, plugin);
    const path = `Outreach/${TODAY} introduction - Maya Chen & Hannah Brooks.md`;
    const draft = host.vault._contents(path);
    expect(draft).toContain('person: "[[People/Maya Chen]]"');
    expect(draft).toContain('other: "[[People/Hannah Brooks]]"');
    expect(draft).toContain('Maya');
    expect(draft!.split('---').slice(2).join('---')).toMatch(/Hannah/);
  });
});
