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

describe('a hand-edited data.json', () => {
  it('values the settings cannot use are problems in Needs attention, as `reconnect check` says them, until the settings are saved', async () => {
    pinToday();
    const data = JSON.stringify({ soonDays: 'a week', buckets: { client: 'monthly', mentor: 'every blue moon' } });
    const { host, plugin } = await startPlugin({
      files: { 'People/Ann.md': '---\ntype: person\nbucket: mentor\n---\n' },
      configFiles: { 'plugins/reconnect/data.json': data },
    });
    const problems = plugin.live.problems(TODAY).filter((p) => p.path === '.obsidian/plugins/reconnect/data.json');
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['soonDays', 'soonDays "a week" is not a whole number of 1 or more; the default, 7, is used until it is fixed.'],
      ['buckets', 'the bucket mentor has the cadence "every blue moon", which is not a cadence; write e.g. "monthly", "2 weeks" or "45". People in it are not tracked until it is fixed.'],
    ]);
    // The same words as the CLI's check on a vault with that data.json.
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-data-'));
    mkdirSync(join(dir, '.obsidian/plugins/reconnect'), { recursive: true });
    writeFileSync(join(dir, '.obsidian/plugins/reconnect/data.json'), data);
    let out = '';
    run(['check', '--json', '--vault', dir, '--today', TODAY], { out: (s) => (out += s), err: () => undefined, isTty: false, env: {}, cwd: dir });
    expect((JSON.parse(out) as { problems: unknown[] }).problems).toEqual(problems);
    await plugin.saveSettings(false);
    expect(plugin.live.problems(TODAY).filter((p) => p.path.endsWith('data.json'))).toEqual([]);
    await host.destroy();
  });
});
