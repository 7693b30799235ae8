// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO, TODAY, pinToday, readVaultDir, startPlugin } from './harness';
import { createHost } from '../fake-obsidian/host';
import ReconnectPlugin from '../../src/plugin/main';
import { run } from '../../src/cli/main';
import { personJson, problemJson } from '../../src/cli/commands';

afterEach(() => {
  vi.useRealTimers();
});

function cliJson(args: string[]): { people: unknown[]; problems: unknown[] } {
  let out = '';
  const code = run([...args, '--json', '--vault', DEMO, '--today', TODAY], { out: (s) => (out += s), err: () => undefined, isTty: false, env: {}, cwd: process.cwd() });
  expect(code).toBe(0);
  return JSON.parse(out) as { people: unknown[]; problems: unknown[] };
}

describe('start-up on the demo vault', () => {
  it('registers only in onload: no read, no index until layout-ready', async () => {
    pinToday();
    const { files, configFiles } = readVaultDir(DEMO);
    const host = createHost({ files, configFiles });
    const plugin = await host.loadPlugin(ReconnectPlugin);
    expect(plugin.live.state).toBe('cold');
    expect(host.readCounts.total).toBe(0);
    expect(host.commandIds()).toEqual(expect.arrayContaining(['reconnect:open-due-list', 'reconnect:log-meeting', 'reconnect:new-person']));
  });

  it('gives the same answers as `reconnect due` for the same vault and day', async () => {
    pinToday();
    const { host, plugin } = await startPlugin(readVaultDir(DEMO));
    const cli = cliJson(['due', '--all']);
    const mine = plugin.live.due.everyone(TODAY).map(personJson);
    expect(mine).toEqual(cli.people);
    expect(plugin.live.problems(TODAY).map(problemJson)).toEqual(cli.problems);
    expect(plugin.live.due.dueList(TODAY).map((p) => p.name)).toEqual(cliJson(['due']).people.map((p) => (p as { name: string }).name));
    // Templates are never read; notes that cannot matter are not read either.
    for (const path of Object.keys(readVaultDir(DEMO).files)) {
      if (path.startsWith('Templates/')) expect(host.readCounts.get(path), path).toBe(0);
    }
    expect(host.readCounts.get('Welcome.md')).toBe(0);
  });
});
