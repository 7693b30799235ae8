// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TODAY, dueView, sectionTitles, settleAll, startWithDueList } from './harness';
import type { DueView } from '../../src/plugin/dueView';
import type { Host } from '../fake-obsidian/host';
import type ReconnectPlugin from '../../src/plugin/main';

const files: Record<string, string> = {
  // Let go: three unanswered tries.
  'People/Hannah Brooks.md': '---\ncadence: 6 weeks\ninterests: [trail running, design hiring]\n---\n## Log\n- 2026-08-04 email #awaiting-reply\n- 2026-08-25 message #awaiting-reply\n- 2026-09-15 email #awaiting-reply\n\n## Next\n- [ ] ask whether the search is still open 📅 2026-12-01\n',
  // Waiting 10 days for a reply, after a favor asked 10 days ago; a follow-up task; a birthday in 3 days.
  'People/Maya Chen.md': '---\ncadence: monthly\nbirthday: --11-28\ninterests: [trail running]\n---\n## Log\n- 2026-10-01 coffee: her move #favor/given\n- 2026-11-15 email: asked for the deck review #favor/asked #awaiting-reply\n\n## Next\n- [ ] send her the Lyon contacts 📅 2026-11-20\n',
  // News, and a new role the note does not say yet.
  'People/Ravi Menon.md': '---\ncadence: quarterly\nrole: Designer\n---\n## Log\n- 2026-11-01 call\n- 2026-11-20 message: promoted to VP Design [role:: VP Design] #news\n',
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

function row(cls: string, name: string): HTMLElement {
  const r = Array.from(view().contentEl.querySelectorAll<HTMLElement>(`.reconnect-row.${cls}`)).find((e) => e.querySelector('.reconnect-name')?.textContent === name);
  if (!r) throw new Error(`no ${cls} row for ${name}`);
  return r;
}

describe('the playbook in the sidebar', () => {
  it('sections appear only with rows, each row says why in one line', () => {
    expect(titles()).toEqual(['Overdue', 'Follow-ups', 'Reach out: news', 'Coming up', 'Waiting on them']);
    expect(row('is-task', 'Maya Chen').querySelector('.reconnect-row-summary')?.textContent).toBe('send her the Lyon contacts');
    expect(row('is-task', 'Maya Chen').querySelector('.reconnect-row-why')?.textContent).toBe('was due 5 days ago');
    expect(row('is-news', 'Ravi Menon').querySelector('.reconnect-row-summary')?.textContent).toBe('promoted to VP Design');
    expect(row('is-birthday', 'Maya Chen').querySelector('.reconnect-row-summary')?.textContent).toBe('Birthday in 3 days.');
    expect(row('is-overdue', 'Hannah Brooks').querySelector('.reconnect-row-why')?.textContent).toBe('3 tries, no answer: consider letting go');
    // An open follow-up shows on the person's own row too.
    expect(row('is-overdue', 'Hannah Brooks').querySelector('.reconnect-row-summary')?.textContent).toBe('last contact 2 months ago · every 6 weeks · 1 open follow-up');
    // The review reminder: no review yet.
    expect(view().contentEl.querySelector('.reconnect-row.is-review')).not.toBeNull();
  });

  it('let go offers Pause; the news row drafts congratulations', async () => {
    row('is-overdue', 'Hannah Brooks').querySelector<HTMLElement>('.is-suggested')!.click();
    await settleAll(host, plugin);
    expect(host.vault._contents('People/Hannah Brooks.md')).toContain('\nstatus: paused\n---');
    row('is-news', 'Ravi Menon').querySelector<HTMLElement>('.is-suggested')!.click();
    await settleAll(host, plugin);
    const draft = host.vault._contents(`Outreach/${TODAY} congrats - Ravi Menon.md`);
    expect(draft).toContain('Hi Ravi,');
  });

  it('the prep panel follows the active person note and drafts the second-meeting note', async () => {
    await host.openFileInEditor('People/Maya Chen.md');
    await settleAll(host, plugin);
    const panel = view().contentEl.querySelector<HTMLElement>('.reconnect-prep')!;
    expect(panel.querySelector('.reconnect-prep-title')?.textContent).toBe('Prepare: Maya Chen');
    const text = panel.textContent ?? '';
    expect(text).toContain('10 days since you last talked.');
    expect(text).toContain('Birthday in 3 days.');
    expect(text).toContain('Favors over 12 months: you gave 1, you asked 1.');
    expect(text).toContain('You asked a favor 10 days ago: wait, or ask someone else.');
    expect(text).toContain('send her the Lyon contacts');
    expect(text).toContain('Hannah Brooks');
    Array.from(panel.querySelectorAll('button')).find((b) => b.textContent === 'Draft second-meeting note')!.click();
    await settleAll(host, plugin);
    expect(host.vault._contents(`Outreach/${TODAY} second-meeting - Maya Chen.md`)).toContain('Maya Chen');
  });

  it('Review my network writes the review note and the reminder goes away', async () => {
    await host.runCommand('reconnect:review-my-network');
    await settleAll(host, plugin);
    const review = host.vault.getMarkdownFiles().find((f) => f.path.startsWith('Reviews/'));
    expect(review?.path).toBe(`Reviews/${TODAY} Network review.md`);
    const text = host.vault._contents(review!.path)!;
    expect(text.startsWith(`---\ntype: review\ndate: ${TODAY}\n---\n`)).toBe(true);
    expect(text).toMatch(/- \[ \] .*Hannah Brooks/);
    plugin.live.flushNotify();
    view().render(true);
    expect(view().contentEl.querySelector('.reconnect-row.is-review')).toBeNull();
  });

  it('Prepare for meeting with… shows the picked person', async () => {
    await host.runCommand('reconnect:prepare-for-meeting');
    await host.typeInSuggest('ravi');
    await host.chooseSuggestion('Ravi Menon');
    await settleAll(host, plugin);
    expect(view().contentEl.querySelector('.reconnect-prep-title')?.textContent).toBe('Prepare: Ravi Menon');
    const panel = view().contentEl.querySelector<HTMLElement>('.reconnect-prep')!;
    const items = Array.from(panel.querySelectorAll('li'), (li) => li.textContent);
    expect(items).toContain('2026-11-20: promoted to VP Design');
    expect(items).toContain('New role: VP Design (5 days ago) — the note still says Designer');
  });
});
