/** Loads the real plugin into the fake host, on the demo vault or on given files, with the day pinned. */
import { join } from 'node:path';
import { vi } from 'vitest';
import { createHost, type Host } from '../fake-obsidian/host';
import ReconnectPlugin from '../../src/plugin/main';
import { DueView, VIEW_TYPE_DUE } from '../../src/plugin/dueView';

export const DEMO = join(__dirname, '../../examples/vault');
export const TODAY = '2026-11-25';

export { readVaultDir } from '../helpers/vaultDir';

/** Pins the clock (only `Date`: timers stay real) to noon of the day. */
export function pinToday(day = TODAY): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T12:00:00`));
}

/**
 * Loads the plugin, then replays start-up (vault `create` burst, cache indexing, layout-ready).
 * `enabledLater`: the vault is already open and indexed when the plugin is enabled (faster for big vaults).
 */
export async function startPlugin(opts: { files: Record<string, string>; configFiles?: Record<string, string>; language?: string; enabledLater?: boolean }): Promise<{ host: Host; plugin: ReconnectPlugin }> {
  const host = createHost({ files: opts.files, configFiles: opts.configFiles, language: opts.language, layoutReady: opts.enabledLater ?? false });
  const plugin = await host.loadPlugin(ReconnectPlugin);
  await host.setLayoutReady();
  await waitWarm(host, plugin);
  return { host, plugin };
}

/** Waits for the live index to be warm (start-up reads are async). */
export async function waitWarm(host: Host, plugin: ReconnectPlugin): Promise<void> {
  for (let i = 0; i < 200 && plugin.live.state !== 'warm'; i++) {
    await host.settle();
    await new Promise((r) => setTimeout(r, 0));
  }
  if (plugin.live.state !== 'warm') throw new Error('the live index never became warm');
  await host.settle();
}

/** Lets writes, cache updates and the debounced "changed" signal run. */
export async function settleAll(host: Host, plugin: ReconnectPlugin): Promise<void> {
  await host.settle();
  plugin.live.flushNotify();
  await host.settle();
}

/** The sidebar's view (the first Reconnect leaf). */
export function dueView(host: Host): DueView {
  return host.workspace.getLeavesOfType(VIEW_TYPE_DUE)[0].view as DueView;
}

/** The sidebar's section titles, top to bottom. */
export function sectionTitles(host: Host): string[] {
  return Array.from(dueView(host).contentEl.querySelectorAll('.reconnect-section-title'), (e) => e.textContent ?? '');
}

/** Today pinned, the plugin started on `files`, the due list open and settled. */
export async function startWithDueList(files: Record<string, string>): Promise<{ host: Host; plugin: ReconnectPlugin }> {
  pinToday();
  const started = await startPlugin({ files });
  await started.host.runCommand('reconnect:open-due-list');
  await settleAll(started.host, started.plugin);
  return started;
}
