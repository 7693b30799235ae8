/** The plugin on the fake host: warm-up after layout-ready, one changed note, rendering the view. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { listMarkdown } from '../src/cli/loadVault';
import { median, report, time, timeAsync } from './measure';

function installDom(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g.document) return;
  const win = new Window({ width: 1200, height: 900 }) as unknown as Record<string, unknown>;
  g.window = win;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (!(key in g)) {
      try {
        g[key] = win[key];
      } catch {
        /* read-only global */
      }
    }
  }
}

export async function benchPlugin(label: string, dir: string): Promise<void> {
  installDom();
  const { createHost } = await import('../tests/fake-obsidian/host');
  const { default: ReconnectPlugin } = await import('../src/plugin/main');
  const { VIEW_TYPE_DUE } = await import('../src/plugin/dueView');
  const files: Record<string, string> = {};
  for (const p of listMarkdown(dir)) files[p] = readFileSync(join(dir, p), 'utf8');
  const host = createHost({ files, configFiles: { 'daily-notes.json': readFileSync(join(dir, '.obsidian/daily-notes.json'), 'utf8') }, layoutReady: true });
  let plugin!: InstanceType<typeof ReconnectPlugin>;
  const warm = await timeAsync(async () => {
    plugin = await host.loadPlugin(ReconnectPlugin);
    while (plugin.live.state !== 'warm') await new Promise((r) => setTimeout(r, 0));
  });
  report(`${label}: plugin index warm after layout-ready (fake host, ${Object.keys(files).length} notes)`, warm, 1000);
  console.log(`${`${label}: notes read at start-up (of ${Object.keys(files).length})`.padEnd(78)} ${String(host.readCounts.total).padStart(9)}`);

  const person = Object.keys(files).find((p) => p.startsWith('People/'))!;
  const file = host.vault.getFileByPath(person)!;
  const cache = host.metadataCache.getFileCache(file)!;
  const changes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const text = `${files[person]}\n- 2026-11-${String((i % 20) + 1).padStart(2, '0')} call: bench ${i}\n`;
    changes.push(time(() => host.metadataCache.trigger('changed', file, text, cache)));
  }
  report(`${label}: one changed note, index work in the 'changed' handler`, median(changes), 1);

  await host.runCommand(`reconnect:open-due-list`);
  await host.settle();
  const leaf = host.workspace.getLeavesOfType(VIEW_TYPE_DUE)[0];
  const view = leaf.view as unknown as { render(force: boolean): void; contentEl: HTMLElement };
  const renders = [1, 2, 3, 4, 5, 6, 7].map(() => time(() => view.render(true)));
  report(`${label}: render the due list view (${plugin.live.index.allPeople().length} people; ${view.contentEl.querySelectorAll('.reconnect-row').length} rows in the DOM)`, median(renders), 16);
  await host.destroy();
}
