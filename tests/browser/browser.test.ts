/**
 * The real plugin in a real browser: the PRODUCTION main.js and styles.css, unchanged, loaded into
 * a page in headless Chromium on the fake Obsidian host (tests/browser/entry.ts), enabled on the
 * demo vault, then used as a person would — mouse, keyboard, touch. The answers are checked
 * against the command line on the same vault and day. Any page error, console error, failed
 * request, listener error or touch of a Node global fails the test.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (`.ci/run` installs it) and a built main.js
 * (`npm test` builds first). `npm run screenshots` runs this file with RECONNECT_SCREENSHOTS=1,
 * which writes the PNGs to docs/screenshots/ instead of tests/browser/screenshots-tmp/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, startServer, type PageServer } from './server';
import { CHROMIUM, TODAY, frames, launch, openPage, shot, type PageOptions, type TestPage } from './session';
import { loadVault } from '../../src/cli/loadVault';
import { followUpTasks } from '../../src/core/playbook/followUps';

const HAVE_CHROMIUM = existsSync(CHROMIUM);
const RUN = HAVE_CHROMIUM || Boolean(process.env.CI);
if (!RUN) console.warn(`browser test SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium). Under CI it runs, and fails without it.`);

const VAULT = join(ROOT, 'examples/vault');

function cli(args: string[], vault = VAULT): string {
  return execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args, '--vault', vault, '--today', TODAY], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

interface CliPerson {
  name: string;
  path: string;
  status: string;
  bucket: string | null;
}

/** The command line's table: per name, the "Last contact", "Cadence", "Due" columns and the ↳ reasons. */
function cliTable(): Map<string, { last: string; cadence: string; due: string; reasons: string[] }> {
  const rows = new Map<string, { last: string; cadence: string; due: string; reasons: string[] }>();
  let current: { last: string; cadence: string; due: string; reasons: string[] } | null = null;
  let inTable = false;
  for (const line of cli(['due']).split('\n')) {
    if (line.startsWith('Name ')) {
      inTable = true;
      continue;
    }
    if (!inTable) continue;
    if (line.trim() === '') break;
    const reason = /^\s+↳ (.*)$/.exec(line);
    if (reason) {
      current!.reasons.push(reason[1]);
      continue;
    }
    const [name, , last, cadence, due] = line.split(/\s{2,}/);
    current = { last, cadence, due, reasons: [] };
    rows.set(name, current);
  }
  return rows;
}

type ListItem =
  | { kind: 'header'; title: string; count: number }
  | { kind: 'row'; name: string; path: string; bucket: string; summary: string; why: string; flag: boolean }
  | { kind: 'problem'; path: string; message: string }
  | { kind: 'other'; text: string };

interface Section {
  title: string;
  count: number;
  items: ListItem[];
}

/** The list cut at its section headers (anything above the first header is a section titled ""). */
function bySection(list: ListItem[]): Section[] {
  const out: Section[] = [];
  for (const item of list) {
    if (item.kind === 'header') out.push({ title: item.title, count: item.count, items: [] });
    else {
      if (out.length === 0) out.push({ title: '', count: 0, items: [] });
      out[out.length - 1].items.push(item);
    }
  }
  return out;
}

/** Everything the windowed list holds, in order, read by scrolling it from top to bottom. */
/**
 * Waits until the window of rendered items covers what the scroller shows: the scroll event and
 * the view's animation frame may come a few frames late on a busy machine.
 */
async function windowSettled(page: Page): Promise<void> {
  await frames(page);
  await expect
    .poll(
      () =>
        page.locator('.reconnect-scroller').evaluate((scroller) => {
          const spacer = scroller.querySelector<HTMLElement>('.reconnect-spacer');
          if (!spacer) return true;
          const spans = Array.from(spacer.children as HTMLCollectionOf<HTMLElement>, (el) => {
            const y = parseFloat(/translateY\(([-\d.]+)px\)/.exec(el.style.transform)?.[1] ?? 'NaN');
            return [y, y + el.offsetHeight];
          });
          if (spans.length === 0) return spacer.offsetHeight === 0;
          const top = Math.min(...spans.map((x) => x[0]));
          const bottom = Math.max(...spans.map((x) => x[1]));
          const want = Math.min(scroller.scrollTop + scroller.clientHeight, spacer.offsetHeight);
          return top <= scroller.scrollTop + 1 && bottom >= want - 1;
        }),
      { timeout: 5_000 },
    )
    .toBe(true);
}

async function readList(page: Page): Promise<ListItem[]> {
  const byOffset = new Map<number, ListItem>();
  await page.locator('.reconnect-scroller').evaluate((el) => (el.scrollTop = 0));
  await windowSettled(page);
  for (let step = 0; step < 200; step++) {
    const items = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.reconnect-spacer > *'), (el) => {
        const y = parseFloat(/translateY\(([-\d.]+)px\)/.exec(el.style.transform)?.[1] ?? 'NaN');
        const text = (sel: string) => el.querySelector(sel)?.textContent ?? '';
        if (el.classList.contains('reconnect-section')) return { y, item: { kind: 'header', title: text('.reconnect-section-title'), count: Number(text('.reconnect-count')) } };
        if (el.classList.contains('reconnect-problem')) return { y, item: { kind: 'problem', path: text('.reconnect-problem-path'), message: text('.reconnect-problem-message') } };
        if (!el.classList.contains('reconnect-row') || !el.dataset.path) return { y, item: { kind: 'other', text: el.textContent ?? '' } };
        return {
          y,
          item: {
            kind: 'row',
            name: text('.reconnect-name'),
            path: el.dataset.path ?? '',
            bucket: text('.reconnect-bucket'),
            summary: text('.reconnect-row-summary'),
            why: text('.reconnect-row-why'),
            flag: el.querySelector('.reconnect-row-why')?.classList.contains('is-flag') ?? false,
          },
        };
      }),
    );
    for (const { y, item } of items) byOffset.set(y, item as ListItem);
    const moved = await page.locator('.reconnect-scroller').evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop = before + el.clientHeight / 2;
      return el.scrollTop !== before;
    });
    await windowSettled(page);
    if (!moved) break;
  }
  await page.locator('.reconnect-scroller').evaluate((el) => (el.scrollTop = 0));
  await frames(page);
  return [...byOffset.entries()].sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}

/** The names in the rows rendered now (the list is windowed: only those near the viewport). */
async function rowNames(page: Page): Promise<string[]> {
  return page.locator('.reconnect-row .reconnect-name').allTextContents();
}

/** Section title → the names of the people rows under it, for the whole list. */
async function sections(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const s of bySection(await readList(page))) out[s.title] = s.items.flatMap((i) => (i.kind === 'row' ? [i.name] : []));
  return out;
}

async function note(page: Page, path: string): Promise<string | null> {
  return page.evaluate((p) => window.reconnect!.host.vault._contents(p), path);
}

async function openDueList(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open Reconnect' }).or(page.locator('.side-dock-ribbon-action[aria-label="Open Reconnect"]')).first().click();
  await page.locator('.reconnect-row').first().waitFor();
}

/** A row of the sidebar, by the person's name. */
function row(page: Page, name: string) {
  return page.locator('.reconnect-row[data-path]').filter({ has: page.locator('.reconnect-name', { hasText: name }) }).first();
}

/** Scrolls the windowed list until the person's row is rendered, then into view; returns the row. */
async function reveal(page: Page, name: string) {
  const scroller = page.locator('.reconnect-scroller');
  await scroller.evaluate((el) => (el.scrollTop = 0));
  await frames(page);
  for (let step = 0; step < 200 && (await row(page, name).count()) === 0; step++) {
    const moved = await scroller.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop = before + el.clientHeight / 2;
      return el.scrollTop !== before;
    });
    await windowSettled(page);
    if (!moved) break;
  }
  await row(page, name).scrollIntoViewIfNeeded();
  await frames(page);
  return row(page, name);
}

/** Presses Tab until the focused element matches (as a person tabbing through a form). */
async function tabTo(page: Page, selector: string, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

let server: PageServer;
let browser: Browser;
let tp: TestPage | null = null;
const started = Date.now();

async function open(opts: PageOptions = {}): Promise<Page> {
  tp = await openPage(browser, server.url, opts);
  return tp.page;
}

describe.runIf(RUN)('Reconnect in Chromium (production main.js and styles.css)', () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launch()]);
  });

  afterEach(async () => {
    if (!tp) return;
    const problems = await tp.problems();
    await tp.close();
    tp = null;
    expect(problems, 'page errors, console errors, failed requests, listener errors or Node globals').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    console.log(`browser test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('main.js evaluates as Obsidian loads it, without Node: no process, Buffer or global', async () => {
    const page = await open();
    const state = await page.evaluate(() => ({
      // Nobody defined them: reading one would have gone through the page's trap and been recorded.
      undefinedGlobals: ['process', 'Buffer', 'global'].every((n) => Object.getOwnPropertyDescriptor(window, n)?.get === window.__nodeGlobalTraps[n]),
      uses: window.__nodeGlobalUses.slice(),
      warm: window.reconnect?.plugin.live.state,
      commands: window.reconnect!.host.commandIds(),
    }));
    expect(state.undefinedGlobals).toBe(true);
    expect(state.uses).toEqual([]);
    expect(state.warm).toBe('warm');
    expect(state.commands).toEqual(expect.arrayContaining(['reconnect:open-due-list', 'reconnect:log-meeting']));
  });

  it('the due list shows the sections, the order and the reasons of `reconnect due --json`', async () => {
    const page = await open();
    await openDueList(page);
    await page.evaluate(() => window.obsidianFake.showNote('Welcome.md'));
    // Hover the first person row in sight (the row's actions show on hover), without scrolling.
    const inSight = await page.evaluate(() => {
      const view = document.querySelector('.reconnect-scroller')!.getBoundingClientRect();
      const r = Array.from(document.querySelectorAll<HTMLElement>('.reconnect-row[data-path]')).find((el) => {
        const b = el.getBoundingClientRect();
        return b.top >= view.top && b.bottom <= view.bottom;
      });
      if (!r) return null;
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 3, y: b.top + b.height / 2 };
    });
    if (inSight) await page.mouse.move(inSight.x, inSight.y);
    await shot(page, 'light');
    const due = JSON.parse(cli(['due', '--json'])) as { people: CliPerson[]; afterEvent?: { path: string }[]; problems: { path: string; message: string }[] };
    const all = (JSON.parse(cli(['due', '--all', '--json'])) as { people: CliPerson[] }).people;
    const table = cliTable();
    const list = await readList(page);
    // A row also counts the person's open follow-up tasks ("· 1 open follow-up"), read by the same core.
    const openTasks = new Map<string, number>();
    for (const task of followUpTasks(loadVault(VAULT).index, TODAY)) openTasks.set(task.personPath, (openTasks.get(task.personPath) ?? 0) + 1);
    const tasksWords = (path: string): string => {
      const n = openTasks.get(path) ?? 0;
      return n === 0 ? '' : ` · ${n} open follow-up${n === 1 ? '' : 's'}`;
    };
    expect(openTasks.size, 'the demo vault has open follow-ups, so the words are checked').toBeGreaterThan(0);
    const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

    // The sections of the due list, in this order, each with exactly the command line's people, order and words.
    // (The sidebar may show other sections too, e.g. follow-ups: they are not `reconnect due`'s.)
    const secs = bySection(list);
    const titles: Record<string, string> = { overdue: 'Overdue', due: 'Due today', new: 'Never contacted' };
    let previous = -1;
    for (const status of ['overdue', 'due', 'new']) {
      const people = due.people.filter((p) => p.status === status);
      const at = secs.findIndex((sec) => sec.title === titles[status]);
      if (people.length === 0) {
        expect(at, `no "${titles[status]}" section`).toBe(-1);
        continue;
      }
      expect(at, `"${titles[status]}" comes after the sections before it`).toBeGreaterThan(previous);
      previous = at;
      const expected = people.map((p) => {
        const t = table.get(p.name)!;
        const when = /\((.*)\)$/.exec(t.due)?.[1];
        const why = t.reasons.length > 0 ? t.reasons.join(' · ') : when ? `due ${when}` : '';
        const tail = ` · ${t.cadence}${tasksWords(p.path)}`;
        const summary = t.last === '—' ? expect.stringMatching(new RegExp(`${escape(tail)}$`)) : `last contact ${t.last}${tail}`;
        return { kind: 'row', name: p.name, path: p.path, bucket: p.bucket ?? '', summary, why, flag: t.reasons.length > 0 };
      });
      expect(secs[at].count).toBe(people.length);
      expect(secs[at].items).toEqual(expected);
    }

    // People met at a recent event have a section of their own, first.
    const after = due.afterEvent ?? [];
    if (after.length > 0) {
      const first = secs.find((sec) => sec.count === after.length && sec.items.some((i) => i.kind === 'row'));
      expect(first?.items.flatMap((i) => (i.kind === 'row' ? [i.path] : []))).toEqual(after.map((a) => a.path));
    }

    // Coming up: everyone the command line calls "soon", and people with something planned soon.
    const comingUp = secs.find((sec) => sec.title === 'Coming up')!;
    const soon = comingUp.items.flatMap((i) => (i.kind === 'row' ? [i.name] : []));
    expect(comingUp.count).toBe(comingUp.items.length);
    const status = new Map(all.map((p) => [p.name, p.status]));
    expect(soon).toEqual(expect.arrayContaining(all.filter((p) => p.status === 'soon').map((p) => p.name)));
    for (const name of soon) expect(['soon', 'scheduled']).toContain(status.get(name));

    // Needs attention, last: the problems of `reconnect check`, in its order, with its words.
    const attention = secs[secs.length - 1];
    expect(attention.title).toBe('Needs attention');
    expect(attention.count).toBe(due.problems.length);
    expect(attention.items).toEqual(due.problems.map((p) => ({ kind: 'problem', path: p.path, message: p.message })));

    // The status bar counts the same people.
    await expect.poll(() => page.locator('.status-bar-item.plugin-reconnect').textContent()).toBe(`${due.people.length} due`);

    // The same list in the dark theme, and in a narrow sidebar.
    await page.evaluate(() => (document.body.className = 'theme-dark'));
    await page.mouse.move(0, 0);
    await shot(page, 'dark');
    await page.evaluate(() => {
      document.body.className = 'theme-light';
      document.body.style.setProperty('--sidebar-width', '240px');
      window.reconnect!.host.workspace.rightSplit.children[0].onResize();
    });
    await frames(page);
    await shot(page, 'narrow', { selector: '.workspace-split.mod-right-split' });
    const narrow = await page.locator('.reconnect-row').first().boundingBox();
    expect(narrow!.width).toBeLessThanOrEqual(240);
    // Nothing in a row spills out of it.
    const spill = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.reconnect-row')).flatMap((r) => {
        const box = r.getBoundingClientRect();
        return Array.from(r.querySelectorAll<HTMLElement>('*'))
          .filter((e) => {
            const b = e.getBoundingClientRect();
            return b.width > 0 && (b.right > box.right + 0.5 || b.left < box.left - 0.5 || b.bottom > box.bottom + 0.5);
          })
          .map((e) => `${r.dataset.path}: ${e.className}`);
      }),
    );
    expect(spill).toEqual([]);
  });

  it('search, bucket filter, and snooze: the person leaves the list', async () => {
    const page = await open();
    await openDueList(page);
    const before = await rowNames(page);
    const sectionsBefore = await sections(page);
    const dueBefore = Number.parseInt((await page.locator('.status-bar-item.plugin-reconnect').textContent()) ?? '', 10);
    const search = page.locator('.reconnect-search');
    await search.click();
    await page.keyboard.type('hannah');
    // Her rows only (she is overdue, and waits for a reply too).
    await expect.poll(async () => [...new Set(await rowNames(page))]).toEqual(['Hannah Brooks']);
    await search.fill('');
    await page.keyboard.type('brooks & hale'); // her company
    await expect.poll(async () => [...new Set(await rowNames(page))]).toEqual(['Hannah Brooks']);
    await search.fill('nobody at all');
    // Only that: the problems of the vault are not what was searched for.
    await expect.poll(() => page.locator('.reconnect-empty').textContent()).toBe('Nobody matches this search.');
    await search.fill('');
    await expect.poll(() => rowNames(page)).toEqual(before);

    await page.locator('.reconnect-bucket-filter').selectOption('client');
    const clients = (JSON.parse(cli(['due', '--all', '--json'])) as { people: CliPerson[] }).people.filter((p) => p.bucket === 'client' && ['overdue', 'due', 'new', 'soon', 'scheduled'].includes(p.status));
    await expect.poll(() => rowNames(page)).toEqual(expect.arrayContaining(clients.filter((p) => p.status !== 'scheduled').map((p) => p.name)));
    expect(new Set(await page.locator('.reconnect-row .reconnect-bucket').allTextContents())).toEqual(new Set(['client']));
    await page.locator('.reconnect-bucket-filter').selectOption('');
    await expect.poll(() => rowNames(page)).toEqual(before);

    // Snooze Tom Whitaker for a week from his row's button, then the menu.
    const tom = await reveal(page, 'Tom Whitaker');
    await tom.hover();
    await tom.getByLabel('Snooze', { exact: true }).click();
    await page.locator('.menu .menu-item', { hasText: 'Snooze 1 week' }).click();
    await expect.poll(async () => (await sections(page)).Overdue).toEqual(sectionsBefore.Overdue.filter((n) => n !== 'Tom Whitaker'));
    expect(Object.values(await sections(page)).flat()).not.toContain('Tom Whitaker');
    expect(await note(page, 'People/Tom Whitaker.md')).toContain('\nsnooze_until: 2026-12-02\n');
    await expect.poll(() => page.locator('.status-bar-item.plugin-reconnect').textContent()).toBe(`${dueBefore - 1} due`);
  });

  it('Log meeting with two people from the keyboard writes both notes, byte for byte as `reconnect log`', async () => {
    const page = await open();
    await openDueList(page);
    await page.evaluate(() => window.reconnect!.host.runCommand('reconnect:log-meeting'));
    const modal = page.locator('.modal.reconnect-modal');
    await modal.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('reconnect-picker-input');
    await page.keyboard.type('hann');
    await page.keyboard.press('Enter');
    await page.keyboard.type('omar sh');
    await page.keyboard.press('Enter');
    expect(await modal.locator('.reconnect-chip').evaluateAll((cs) => cs.map((c) => c.firstChild?.textContent))).toEqual(['Hannah Brooks', 'Omar Shaikh']);
    await tabTo(page, 'select');
    await page.keyboard.type('lunch'); // a closed <select> picks the option typed
    await tabTo(page, 'textarea.reconnect-summary');
    await page.keyboard.type('planned the Lyon freight demo');
    await tabTo(page, '.checkbox-container input'); // "Awaiting a reply"
    await page.keyboard.press('Space');
    await expect.poll(() => modal.locator('.checkbox-container.is-enabled').count()).toBe(1);
    expect(await modal.locator('.checkbox-container input:checked').count()).toBe(1);
    await shot(page, 'log-meeting');
    await page.keyboard.press('Control+Enter');
    await modal.waitFor({ state: 'detached' });

    // The command line writes the same line into a copy of the vault: the notes must match byte for byte.
    const copy = mkdtempSync(join(tmpdir(), 'reconnect-vault-'));
    try {
      cpSync(VAULT, copy, { recursive: true });
      for (const person of ['Hannah Brooks', 'Omar Shaikh']) {
        cli(['log', '--person', person, '--date', TODAY, '--channel', 'lunch', '--text', 'planned the Lyon freight demo', '--tag', 'awaiting-reply'], copy);
      }
      for (const path of ['People/Hannah Brooks.md', 'Omar Shaikh.md']) {
        const want = readFileSync(join(copy, path), 'utf8');
        expect(want).not.toBe(readFileSync(join(VAULT, path), 'utf8'));
        await expect.poll(() => note(page, path)).toBe(want);
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    // Both were overdue; now they are not in the due sections, only waiting for a reply since today.
    const dueNames = async (): Promise<string[]> => {
      const secs = await sections(page);
      return ['Overdue', 'Due today', 'Never contacted'].flatMap((t) => secs[t] ?? []);
    };
    await expect.poll(dueNames).not.toContain('Hannah Brooks');
    expect(await dueNames()).not.toContain('Omar Shaikh');
    expect((await sections(page))['Waiting on them']).toEqual(expect.arrayContaining(['Hannah Brooks', 'Omar Shaikh']));
  });

  it('a reconnect code block renders the template like `reconnect render`, and Copy copies it', async () => {
    const source = 'template: check-in\nperson: "[[Hannah Brooks]]"\n';
    const page = await open({ extraFiles: { 'Notes/Write to Hannah.md': `Before writing to Hannah, the check-in template filled from her note:\n\n\`\`\`reconnect\n${source}\`\`\`\n\nSend it on Monday.\n` } });
    await openDueList(page);
    await page.evaluate(() => window.obsidianFake.showNote('Notes/Write to Hannah.md'));
    const block = page.locator('.markdown-preview-view .reconnect-block');
    await block.locator('.reconnect-block-body').waitFor();
    const want = cli(['render', '--template', 'check-in', '--person', 'Hannah Brooks']).replace(/\n+$/, '');
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(squash((await block.locator('.reconnect-block-body').innerText()) ?? '')).toBe(squash(want));
    await shot(page, 'code-block', { selector: '.workspace-split.mod-root' });
    await block.hover();
    await block.getByLabel('Copy text').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(want);
    await expect.poll(() => page.locator('.notice').last().textContent()).toBe('Copied to the clipboard.');
  });

  it('10,000 people: the rows stay windowed while the names change', async () => {
    const page = await open({ bigVault: 10_000 });
    await openDueList(page);
    const scroller = page.locator('.reconnect-scroller');
    const spacerHeight = await page.locator('.reconnect-spacer').evaluate((el) => el.getBoundingClientRect().height);
    expect(spacerHeight).toBeGreaterThan(10_000 * 72);
    const seen = new Set<string>();
    let previous: string[] = [];
    const box = (await scroller.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 6; i++) {
      const top = await scroller.evaluate((el) => el.scrollTop);
      await page.mouse.wheel(0, 1500);
      await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(top);
      await frames(page);
      const names = await rowNames(page);
      expect(await page.locator('.reconnect-row').count()).toBeLessThan(60);
      expect(names.length).toBeGreaterThan(5);
      expect(names).not.toEqual(previous);
      previous = names;
      names.forEach((n) => seen.add(n));
    }
    expect(seen.size).toBeGreaterThan(50);
    // Jump to the middle, as dragging the scrollbar does.
    // The scroll event and the window's animation frame come after the jump, on a busy machine a few frames later.
    await scroller.evaluate((el) => (el.scrollTop = 5_000 * 72));
    const firstIndex = async (): Promise<number> => {
      await frames(page);
      const middle = await rowNames(page);
      return page.evaluate((name) => window.reconnect!.plugin.live.due.dueList('2026-11-25').findIndex((p) => p.name === name), middle[0]);
    };
    await expect.poll(firstIndex, { timeout: 5_000 }).toBeGreaterThan(4_900);
    expect(await page.locator('.reconnect-row').count()).toBeLessThan(60);
    const at = await firstIndex();
    expect(at).toBeGreaterThan(4_900);
    expect(at).toBeLessThan(5_010);
  });

  it('on a phone (Obsidian mobile, touch): the list fits the screen and a tap on a row action works', async () => {
    const page = await open({ mobile: true, viewport: { width: 390, height: 844 } });
    expect(await page.evaluate(() => window.obsidianFake.module.Platform.isMobile)).toBe(true);
    await page.evaluate(() => window.reconnect!.host.runCommand('reconnect:open-due-list'));
    await page.locator('.reconnect-row').first().waitFor();
    const before = await sections(page);
    expect(before['Due today']).toContain('Beatrice Lindqvist');
    await shot(page, 'phone');
    // No sideways scrolling; row actions visible without hover, big enough for a finger.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const button = (await reveal(page, 'Beatrice Lindqvist')).getByLabel('Mark contacted today');
    expect(Number(await button.evaluate((b) => getComputedStyle(b.parentElement!).opacity))).toBe(1);
    const size = (await button.boundingBox())!;
    expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(32);
    await button.tap();
    // Contacted today: off "Due today", due again in a week.
    await expect.poll(async () => (await sections(page))['Due today'] ?? []).not.toContain('Beatrice Lindqvist');
    expect(await note(page, 'People/Beatrice.md')).toContain('last_contact: 2026-11-25');
    await expect.poll(async () => (await reveal(page, 'Beatrice Lindqvist')).locator('.reconnect-row-why').textContent()).toBe('due in 7 days');
  });
});
