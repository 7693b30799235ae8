// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dueView, pinToday, settleAll, startPlugin } from './harness';
import { ROW_HEIGHT } from '../../src/plugin/dueView';

afterEach(() => vi.useRealTimers());

function people(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const day = `2026-${String((i % 9) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    files[`People/Person ${String(i).padStart(5, '0')}.md`] = `---\ncadence: monthly\n---\n## Log\n- ${day} call\n`;
  }
  return files;
}

describe('windowed rendering', () => {
  it('keeps the rendered rows few while 10,000 people scroll', async () => {
    pinToday();
    const { host, plugin } = await startPlugin({ files: people(10_000), enabledLater: true });
    expect(plugin.live.due.dueList('2026-11-25').length).toBe(10_000);
    await host.runCommand('reconnect:open-due-list');
    await settleAll(host, plugin);
    const view = dueView(host);
    const scroller = view.contentEl.querySelector<HTMLElement>('.reconnect-scroller')!;
    const rows = () => Array.from(view.contentEl.querySelectorAll('.reconnect-row .reconnect-name'), (e) => e.textContent ?? '');
    const first = rows();
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(60);
    const spacer = view.contentEl.querySelector<HTMLElement>('.reconnect-spacer')!;
    expect(parseInt(spacer.style.height, 10)).toBeGreaterThan(10_000 * ROW_HEIGHT);
    scroller.scrollTop = 5_000 * ROW_HEIGHT;
    view.renderWindow();
    const middle = rows();
    expect(middle.length).toBeLessThan(60);
    expect(middle).not.toEqual(first);
    const all = plugin.live.due.dueList('2026-11-25').map((p) => p.name);
    const at = all.indexOf(middle[0]);
    expect(at).toBeGreaterThan(4_900);
    expect(at).toBeLessThan(5_010);
    await host.destroy();
  }, 60_000);
});
