// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TFile } from '../fake-obsidian/obsidian';
import { Menu, Notice } from '../fake-obsidian/ui';
import { TODAY, pinToday, settleAll, startPlugin } from './harness';
import { DueView, VIEW_TYPE_DUE } from '../../src/plugin/dueView';
import type { Host } from '../fake-obsidian/host';
import type ReconnectPlugin from '../../src/plugin/main';

const MAYA = `---
type: person
cadence: monthly
aliases: [Maya]
company: Northwind
---
# Maya Chen

Notes about Maya.

## Interactions
- 2026-09-01 coffee: talked about her move
`;

const RAVI = `---\r
type: person\r
bucket: connector\r
last_contact: 2026-08-01 # the call in August\r
---\r
## Log\r
* 2026-08-01 call\r
\r
## Notes\r
Likes climbing.\r
`;

const LEO = `---
type: person
cadence: 2 weeks
---
`;

const DAILY = `Lunch with [[Maya]] today.
- [ ] call [[People/Ravi Patel|Ravi]] about the climbing trip
`;

function files(): Record<string, string> {
  return {
    'People/Maya Chen.md': MAYA,
    'People/Ravi Patel.md': RAVI,
    'People/Leo Park.md': LEO,
    'Daily/2026-11-02.md': DAILY,
    'Projects/Unrelated.md': '# Nothing about people\n',
  };
}

const configFiles = { 'daily-notes.json': JSON.stringify({ format: 'YYYY-MM-DD', folder: 'Daily' }) };

let host: Host;
let plugin: ReconnectPlugin;

beforeEach(async () => {
  pinToday();
  Notice.clear();
  ({ host, plugin } = await startPlugin({ files: files(), configFiles }));
});

afterEach(async () => {
  await host.destroy();
  vi.useRealTimers();
});

function due(path: string) {
  return plugin.live.due.person(path, TODAY);
}

function file(path: string): TFile {
  const f = host.vault.getFileByPath(path);
  if (!f) throw new Error(`no ${path}`);
  return f as unknown as TFile;
}

describe('the live index', () => {
  it('reads people, daily notes and meetings; credits alias and path links', () => {
    expect(due('People/Maya Chen.md')?.lastContact).toBe('2026-11-02');
    expect(due('People/Ravi Patel.md')?.lastContact).toBe('2026-08-01');
    expect(due('People/Ravi Patel.md')?.status).toBe('overdue');
    expect(due('People/Leo Park.md')?.status).toBe('new');
    expect(host.readCounts.get('Projects/Unrelated.md')).toBe(0);
  });

  it('a change to one note re-reads that note only (the event brings its text)', async () => {
    host.readCounts.reset();
    await host.vault.modify(file('People/Leo Park.md'), `${LEO}## Interactions\n- 2026-11-20 call\n`);
    await settleAll(host, plugin);
    expect(due('People/Leo Park.md')?.lastContact).toBe('2026-11-20');
    expect(host.readCounts.total).toBeLessThanOrEqual(1);
    expect(host.readCounts.get('People/Maya Chen.md')).toBe(0);
  });

  it('editing a daily note moves the contact', async () => {
    await host.vault.modify(file('Daily/2026-11-02.md'), 'Lunch with nobody.\n');
    await settleAll(host, plugin);
    expect(due('People/Maya Chen.md')?.lastContact).toBe('2026-09-01');
  });

  it('a renamed person keeps their interactions, and rewritten links still resolve', async () => {
    await host.fileManager.renameFile(file('People/Ravi Patel.md'), 'People/Ravi P.md');
    await settleAll(host, plugin);
    expect(due('People/Ravi Patel.md')).toBeNull();
    const ravi = due('People/Ravi P.md');
    expect(ravi?.contacts.map((c) => c.day)).toEqual(['2026-08-01']);
    expect(ravi?.status).toBe('overdue');
    expect(host.vault._contents('Daily/2026-11-02.md')).toContain('[[Ravi P|Ravi]]');
    // The daily note's link now reads [[Ravi P|Ravi]]: ticking the task makes it a contact.
    await host.vault.modify(file('Daily/2026-11-02.md'), host.vault._contents('Daily/2026-11-02.md')!.replace('- [ ]', '- [x]'));
    await settleAll(host, plugin);
    expect(due('People/Ravi P.md')?.lastContact).toBe('2026-11-02');
  });

  it('a deleted person leaves the list; their links stop counting', async () => {
    await host.vault.delete(file('People/Maya Chen.md'));
    await settleAll(host, plugin);
    expect(due('People/Maya Chen.md')).toBeNull();
    expect(plugin.live.due.everyone(TODAY).map((p) => p.name)).not.toContain('Maya Chen');
  });

  it('a note moved into the people folder becomes a person', async () => {
    await host.vault.createFolder('Inbox');
    await host.vault.create('Inbox/Sam Lee.md', '---\ncadence: weekly\n---\n');
    await settleAll(host, plugin);
    expect(due('Inbox/Sam Lee.md')).toBeNull();
    await host.fileManager.renameFile(file('Inbox/Sam Lee.md'), 'People/Sam Lee.md');
    await settleAll(host, plugin);
    expect(due('People/Sam Lee.md')?.status).toBe('new');
  });
});

async function openView(): Promise<HTMLElement> {
  await host.runCommand('reconnect:open-due-list');
  await settleAll(host, plugin);
  const leaf = host.workspace.getLeavesOfType(VIEW_TYPE_DUE)[0];
  expect(leaf.view).toBeInstanceOf(DueView);
  return (leaf.view as DueView).contentEl;
}

function rowOf(view: HTMLElement, name: string): HTMLElement {
  const row = Array.from(view.querySelectorAll<HTMLElement>('.reconnect-row')).find((r) => r.querySelector('.reconnect-name')?.textContent === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('the sidebar', () => {
  it('shows the sections, the rows and the reasons; the status bar counts', async () => {
    const view = await openView();
    const sections = Array.from(view.querySelectorAll('.reconnect-section-title'), (e) => e.textContent);
    expect(sections).toEqual(['Overdue', 'Never contacted', 'Coming up']);
    expect(rowOf(view, 'Ravi Patel').querySelector('.reconnect-row-summary')?.textContent).toBe('last contact 3 months ago · every 2 months');
    expect(rowOf(view, 'Ravi Patel').querySelector('.reconnect-row-why')?.textContent).toBe('due 7 weeks ago');
    expect(rowOf(view, 'Maya Chen').querySelector('.reconnect-row-summary')?.textContent).toBe('last contact 3 weeks ago · every month');
    expect(rowOf(view, 'Leo Park').querySelector('.reconnect-row-summary')?.textContent).toBe('never contacted · every 2 weeks');
    expect(host.app.statusBarEl.textContent).toContain('2 due');
  });

  it('search and the bucket filter narrow the list', async () => {
    const view = await openView();
    const search = view.querySelector<HTMLInputElement>('.reconnect-search')!;
    search.value = 'northwind';
    search.dispatchEvent(new Event('input'));
    expect(Array.from(view.querySelectorAll('.reconnect-name'), (e) => e.textContent)).toEqual(['Maya Chen']);
    search.value = 'leo';
    search.dispatchEvent(new Event('input'));
    expect(Array.from(view.querySelectorAll('.reconnect-name'), (e) => e.textContent)).toEqual(['Leo Park']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const select = view.querySelector<HTMLSelectElement>('.reconnect-bucket-filter')!;
    select.value = 'connector';
    select.dispatchEvent(new Event('change'));
    expect(Array.from(view.querySelectorAll('.reconnect-name'), (e) => e.textContent)).toEqual(['Ravi Patel']);
  });

  it('Snooze 1 week from the row menu writes snooze_until in place and the person leaves the list', async () => {
    const view = await openView();
    const before = host.vault._contents('People/Ravi Patel.md')!;
    rowOf(view, 'Ravi Patel').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    const menu = Menu.shown[Menu.shown.length - 1];
    const item = Array.from(menu.dom!.querySelectorAll<HTMLElement>('.menu-item')).find((i) => i.textContent?.includes('Snooze 1 week'))!;
    item.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settleAll(host, plugin);
    const after = host.vault._contents('People/Ravi Patel.md')!;
    expect(after).toBe(before.replace('# the call in August\r\n---', '# the call in August\r\nsnooze_until: 2026-12-02\r\n---'));
    expect(due('People/Ravi Patel.md')?.status).toBe('snoozed');
    expect(Array.from(view.querySelectorAll('.reconnect-name'), (e) => e.textContent)).not.toContain('Ravi Patel');
  });

  it('Pause sets status: paused', async () => {
    await plugin.actions.pause('People/Leo Park.md');
    await settleAll(host, plugin);
    expect(host.vault._contents('People/Leo Park.md')).toBe('---\ntype: person\ncadence: 2 weeks\nstatus: paused\n---\n');
    expect(due('People/Leo Park.md')?.status).toBe('paused');
  });

  it('Snooze, Pause and Set bucket leave a note whose frontmatter does not parse as it was, and say why', async () => {
    const path = 'People/Sam Keller.md';
    const broken = '---\ntype: person\nrole: "Head of Partnerships\ncadence: monthly\n---\n## Log\n- 2026-09-03 call\n';
    await host.vault.create(path, broken);
    await settleAll(host, plugin);
    const file = host.vault.getAbstractFileByPath(path) as TFile;
    const mtime = file.stat.mtime;
    const process = vi.spyOn(host.vault, 'process');
    await plugin.actions.snooze(path, '2026-12-02');
    await plugin.actions.pause(path);
    await plugin.actions.setBucket([path, 'People/Leo Park.md'], 'client');
    await settleAll(host, plugin);
    expect(host.vault._contents(path)).toBe(broken);
    expect(file.stat.mtime).toBe(mtime);
    expect(process.mock.calls.filter(([f]) => f.path === path)).toEqual([]);
    const why = (key: string) => `Sam Keller is unchanged: the frontmatter of ${path} does not parse, so ${key} would be ignored. Fix the YAML between the --- lines (Needs attention says what is wrong), then try again.`;
    expect(host.notices).toContain(why('snooze_until'));
    expect(host.notices).toContain(why('status'));
    expect(host.notices).not.toContain('Snoozed Sam Keller until 2026-12-02.');
    expect(host.notices).toContain('Set bucket client on 1 person.');
    expect(host.notices).toContain(`1 note(s) left unchanged: their frontmatter does not parse, so bucket would be ignored (${path}). Fix the YAML between the --- lines, then set the bucket again.`);
    expect(host.vault._contents('People/Leo Park.md')).toBe('---\ntype: person\ncadence: 2 weeks\nbucket: client\n---\n');
    process.mockRestore();
  });

  it('Mark contacted today appends a log line and sets last_contact', async () => {
    const view = await openView();
    const button = rowOf(view, 'Leo Park').querySelector<HTMLElement>('[aria-label="Mark contacted today"]')!;
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settleAll(host, plugin);
    expect(host.vault._contents('People/Leo Park.md')).toBe('---\ntype: person\ncadence: 2 weeks\nlast_contact: 2026-11-25\n---\n\n## Interactions\n\n- 2026-11-25\n');
    expect(due('People/Leo Park.md')?.status).toBe('ok');
  });

  it('Needs attention shows a problem\'s line once, before the message, as `reconnect check` does', async () => {
    await host.vault.create('People/Bad Log.md', '---\ntype: person\n---\n## Log\n- 2026-02-30 call\n');
    await settleAll(host, plugin);
    const view = await openView();
    const messages = Array.from(view.querySelectorAll('.reconnect-problem-message'), (el) => el.textContent);
    expect(messages).toEqual(["line 5: Log item starts with '2026-02-30', which is not a day; write it as YYYY-MM-DD."]);
  });

  it('Mark contacted today on a frontmatter that does not parse: the log line only, and a notice that says why', async () => {
    const sam = '---\ntype: person\nrole: "Head of Partnerships\n---\n# Sam Keller\n\n## Interactions\n- 2026-09-03 video\n';
    await host.vault.create('People/Sam Keller.md', sam);
    await settleAll(host, plugin);
    await plugin.actions.markContacted('People/Sam Keller.md');
    await settleAll(host, plugin);
    expect(host.vault._contents('People/Sam Keller.md')).toBe(`${sam}- 2026-11-25\n`);
    expect(Notice.messages).toContain(
      'Logged, but last_contact was not updated: the frontmatter of People/Sam Keller.md does not parse; fix it and the log line still counts.',
    );
  });

  it('the empty state explains person notes and offers New person', async () => {
    await host.destroy();
    ({ host, plugin } = await startPlugin({ files: { 'Notes/a.md': 'hello\n' } }));
    const view = await openView();
    expect(view.querySelector('.reconnect-empty h4')?.textContent).toBe('No people yet');
    expect(view.querySelector('.reconnect-empty button')?.textContent).toBe('New person');
  });
});

function modalEl(): HTMLElement {
  const m = host.modals[host.modals.length - 1] as unknown as { modalEl: HTMLElement };
  return m.modalEl;
}

async function pickPerson(query: string): Promise<void> {
  const input = modalEl().querySelector<HTMLInputElement>('.reconnect-picker-input')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await host.settle();
}

describe('Log meeting', () => {
  it('writes both notes byte-exactly, through the editor for the open one, keeping unsaved typing', async () => {
    await host.openFileInEditor('People/Maya Chen.md');
    host.typeInEditor('\nA thought typed but not saved yet.\n', { path: 'People/Maya Chen.md', at: { line: 9, ch: 0 } });
    expect(await host.runCommand('reconnect:log-meeting')).toBe(true);
    await pickPerson('maya');
    await pickPerson('ravi');
    const chips = Array.from(modalEl().querySelectorAll('.reconnect-chip'), (c) => c.firstChild?.textContent);
    expect(chips).toEqual(['Maya Chen', 'Ravi Patel']);
    const summary = modalEl().querySelector<HTMLTextAreaElement>('.reconnect-summary')!;
    summary.value = 'planned the Lyon trip';
    summary.dispatchEvent(new Event('input'));
    const dropdown = modalEl().querySelector<HTMLSelectElement>('select')!;
    dropdown.value = 'lunch';
    dropdown.dispatchEvent(new Event('change'));
    const toggles = Array.from(modalEl().querySelectorAll<HTMLElement>('.checkbox-container'));
    toggles[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const save = Array.from(modalEl().querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent === 'Log')!;
    save.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settleAll(host, plugin);

    const line = '2026-11-25 lunch: planned the Lyon trip #awaiting-reply';
    expect(host.vault._contents('People/Ravi Patel.md')).toBe(RAVI.replace('* 2026-08-01 call\r\n', `* 2026-08-01 call\r\n* ${line}\r\n`).replace('last_contact: 2026-08-01 #', 'last_contact: 2026-11-25 #'));
    const editor = host.editorOf('People/Maya Chen.md')!;
    const expected = MAYA.replace('Notes about Maya.\n', 'Notes about Maya.\n\nA thought typed but not saved yet.\n')
      .replace('- 2026-09-01 coffee: talked about her move\n', `- 2026-09-01 coffee: talked about her move\n- ${line}\n`)
      .replace('company: Northwind\n', 'company: Northwind\nlast_contact: 2026-11-25\n');
    expect(editor.getValue()).toBe(expected);
    await host.saveEditors();
    expect(host.vault._contents('People/Maya Chen.md')).toBe(expected);
    expect(Notice.messages.at(-1)).toBe('Logged the contact in 2 notes.');
    expect(due('People/Ravi Patel.md')?.lastContact).toBe('2026-11-25');
  });

  it('a new name creates a person note, and an optional meeting note counts for everyone', async () => {
    await host.runCommand('reconnect:log-meeting');
    await pickPerson('Nora Quinn');
    await pickPerson('Leo');
    const toggles = Array.from(modalEl().querySelectorAll<HTMLElement>('.checkbox-container'));
    toggles[toggles.length - 1].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const save = Array.from(modalEl().querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent === 'Log')!;
    save.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settleAll(host, plugin);
    expect(host.vault._contents('People/Nora Quinn.md')).toBe('---\ntype: person\nlast_contact: 2026-11-25\n---\n\n## Interactions\n- 2026-11-25 meeting: [[2026-11-25 meeting with Nora Quinn, Leo Park]]\n');
    expect(host.vault._contents('Meetings/2026-11-25 meeting with Nora Quinn, Leo Park.md')).toBe('---\ntype: meeting\ndate: 2026-11-25\nwith:\n  - "[[People/Nora Quinn]]"\n  - "[[People/Leo Park]]"\n---\n');
    expect(due('People/Leo Park.md')?.lastContact).toBe('2026-11-25');
  });

  it('the Log contact command is only offered in a person note', async () => {
    await host.openFileInEditor('Projects/Unrelated.md');
    expect(await host.runCommand('reconnect:log-contact-with-this-person')).toBe(false);
    await host.openFileInEditor('People/Leo Park.md');
    expect(await host.runCommand('reconnect:log-contact-with-this-person')).toBe(true);
    expect(modalEl().querySelector('.reconnect-chip')?.firstChild?.textContent).toBe('Leo Park');
  });
});

describe('New person', () => {
  it('creates a note in the people folder with type, bucket and cadence', async () => {
    await host.runCommand('reconnect:new-person');
    const el = modalEl();
    const name = el.querySelector<HTMLInputElement>('.reconnect-person-name')!;
    name.value = 'Zoé Martin';
    name.dispatchEvent(new Event('input'));
    const bucket = el.querySelector<HTMLSelectElement>('select')!;
    bucket.value = 'friend';
    bucket.dispatchEvent(new Event('change'));
    const create = Array.from(el.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent === 'Create')!;
    create.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settleAll(host, plugin);
    expect(host.vault._contents('People/Zoé Martin.md')).toBe('---\ntype: person\nbucket: friend\n---\n\n## Interactions\n');
    expect(due('People/Zoé Martin.md')?.status).toBe('new');
  });
});

describe('settings', () => {
  it('round-trip through data.json, which the CLI reads too', async () => {
    const tab = await host.openSettingTab();
    const row = Array.from(tab.containerEl.querySelectorAll<HTMLElement>('.setting-item')).find((r) => r.querySelector('.setting-item-name')?.textContent === 'Let-go count')!;
    const input = row.querySelector<HTMLInputElement>('input')!;
    input.value = '5';
    input.dispatchEvent(new Event('input'));
    await settleAll(host, plugin);
    const saved = JSON.parse(host.vault._hidden.get('.obsidian/plugins/reconnect/data.json')!) as { letGoCount: number; version: number };
    expect(saved.letGoCount).toBe(5);
    expect(saved.version).toBe(1);
    await host.unloadPlugin(plugin);
    const again = (await host.loadPlugin((await import('../../src/plugin/main')).default)) as ReconnectPlugin;
    expect(again.getSettings().letGoCount).toBe(5);
  });

  it('the playbook settings: birthday lead days, news days, review interval and reviews folder, with their defaults, round-trip', async () => {
    const tab = await host.openSettingTab();
    const input = (name: string): HTMLInputElement => {
      const row = Array.from(tab.containerEl.querySelectorAll<HTMLElement>('.setting-item')).find((r) => r.querySelector('.setting-item-name')?.textContent === name);
      if (!row) throw new Error(`no setting ${name}`);
      return row.querySelector<HTMLInputElement>('input')!;
    };
    const type = (name: string, value: string): HTMLInputElement => {
      const el = input(name);
      el.value = value;
      el.dispatchEvent(new Event('input'));
      return el;
    };
    expect(input('Birthday reminder (days before)').value).toBe('7');
    expect(input('Recent news (days)').value).toBe('30');
    expect(input('Network review every (months)').value).toBe('6');
    expect(input('Reviews folder').value).toBe('Reviews');
    // Not a whole number of at least 1 (0 for the birthday days): marked, and not saved.
    const bad = type('Network review every (months)', '0');
    expect(bad.classList.contains('is-invalid')).toBe(true);
    expect(bad.title).toBe('Write a whole number of at least 1.');
    expect(type('Birthday reminder (days before)', '-1').title).toBe('Write a whole number of at least 0.');
    type('Birthday reminder (days before)', '0');
    type('Recent news (days)', '14');
    type('Network review every (months)', '3');
    type('Reviews folder', '/Journal/Reviews/');
    await settleAll(host, plugin);
    const saved = JSON.parse(host.vault._hidden.get('.obsidian/plugins/reconnect/data.json')!) as Record<string, unknown>;
    expect(saved).toMatchObject({ birthdayLeadDays: 0, newsDays: 14, reviewIntervalMonths: 3, reviewsFolder: 'Journal/Reviews' });
    await host.unloadPlugin(plugin);
    const again = (await host.loadPlugin((await import('../../src/plugin/main')).default)) as ReconnectPlugin;
    expect(again.getSettings()).toMatchObject({ birthdayLeadDays: 0, newsDays: 14, reviewIntervalMonths: 3, reviewsFolder: 'Journal/Reviews' });
  });
});
