// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TFile } from '../fake-obsidian/obsidian';
import { TODAY, pinToday, settleAll, startPlugin } from './harness';
import type { Host } from '../fake-obsidian/host';
import type ReconnectPlugin from '../../src/plugin/main';
import type { ReconnectBlock } from '../../src/plugin/outreach';
import { BUILTIN_TEMPLATES } from '../../src/core/templates';

const MAYA = `---
type: person
cadence: monthly
company: Northwind
role: Head of Design
---
## Interactions
- 2026-10-20 coffee: her move to Lyon
`;

let host: Host;
let plugin: ReconnectPlugin;

beforeEach(async () => {
  pinToday();
  ({ host, plugin } = await startPlugin({
    files: {
      'People/Maya Chen.md': MAYA,
      'Notes/Intro for Sam.md': 'Draft below.\n',
      'Templates/Reconnect/check-in.md': 'Custom check-in for {{person.firstName}}.\n',
    },
    configFiles: { 'plugins/reconnect/data.json': JSON.stringify({ me: { name: 'Alex Doe', role: 'product designer', company: '', intro: 'Alex is a product designer who helps logistics teams ship calmer software.' } }) },
  }));
});

afterEach(async () => {
  await host.destroy();
  vi.useRealTimers();
});

function block(children: unknown[]): ReconnectBlock {
  return children[0] as ReconnectBlock;
}

describe('the reconnect code block', () => {
  it('renders the template for the linked person, with a Copy button that copies the text', async () => {
    const rendered = await host.renderCodeBlock('reconnect', 'template: intro\nperson: "[[Maya Chen]]"\n', 'Notes/Intro for Sam.md');
    await settleAll(host, plugin);
    expect(rendered.el.textContent).toContain('Alex is a product designer who helps logistics teams ship calmer software.');
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) }, configurable: true });
    rendered.el.querySelector<HTMLElement>('.reconnect-copy')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settleAll(host, plugin);
    expect(copied).toEqual([block(rendered.children).copiedText]);
    expect(copied[0]).toBe('Alex is a product designer who helps logistics teams ship calmer software.');
  });

  it('re-renders when the person note changes', async () => {
    const rendered = await host.renderCodeBlock('reconnect', 'template: second-meeting\nperson: "[[Maya Chen]]"\n', 'Notes/Intro for Sam.md');
    await settleAll(host, plugin);
    expect(rendered.el.textContent).toContain('her move to Lyon');
    const f = host.vault.getFileByPath('People/Maya Chen.md') as unknown as TFile;
    await host.vault.modify(f, MAYA + '- 2026-11-20 call: the new studio\n');
    await settleAll(host, plugin);
    await block(rendered.children).update();
    expect(rendered.el.textContent).toContain('the new studio');
  });

  it('takes the person of the note it is in when person is left out', async () => {
    const rendered = await host.renderCodeBlock('reconnect', 'template: check-in\n', 'People/Maya Chen.md');
    await settleAll(host, plugin);
    expect(rendered.el.textContent).toContain('Custom check-in for Maya.');
  });

  it('says what is wrong inside the block: unknown template, unknown person, bad template', async () => {
    const unknownTemplate = await host.renderCodeBlock('reconnect', 'template: nope\nperson: "[[Maya Chen]]"\n', 'Notes/x.md');
    const unknownPerson = await host.renderCodeBlock('reconnect', 'template: intro\nperson: "[[Nobody]]"\n', 'Notes/x.md');
    await host.vault.create('Templates/Reconnect/favor.md', 'Hi {{person.name}\n');
    await settleAll(host, plugin);
    const broken = await host.renderCodeBlock('reconnect', 'template: favor\nperson: "[[Maya Chen]]"\n', 'Notes/x.md');
    await settleAll(host, plugin);
    expect(unknownTemplate.el.querySelector('.reconnect-block-error')?.textContent).toBe("There is no template named 'nope'.");
    expect(unknownPerson.el.querySelector('.reconnect-block-error')?.textContent).toBe("No person note matches 'Nobody'; check the link.");
    expect(broken.el.querySelector('.reconnect-block-error')?.textContent).toMatch(/^Templates\/Reconnect\/favor\.md, line 1: /);
  });
});

describe('Draft message and templates', () => {
  it('Draft message creates an outreach note with the rendered text and opens it', async () => {
    const card = plugin.live.index.person('People/Maya Chen.md')!;
    const file = await plugin.outreach.writeDraft(card, 'congrats', 'en');
    await settleAll(host, plugin);
    expect(file?.path).toBe(`Outreach/${TODAY} congrats - Maya Chen.md`);
    const text = host.vault._contents(file!.path)!;
    expect(text.startsWith(`---\ntype: outreach\nperson: "[[People/Maya Chen]]"\ntemplate: congrats\ndate: ${TODAY}\n---\nHi Maya,`)).toBe(true);
    expect(host.workspace.getActiveFile()?.path).toBe(file!.path);
  });

  it('the command picks a person and a template from the keyboard', async () => {
    await host.runCommand('reconnect:draft-message');
    await host.typeInSuggest('maya');
    await host.chooseSuggestion('Maya Chen');
    await host.typeInSuggest('favor (français)');
    await host.chooseSuggestion(0);
    await settleAll(host, plugin);
    const text = host.vault._contents(`Outreach/${TODAY} favor - Maya Chen.md`)!;
    expect(text).toContain('template: favor.fr');
    expect(text).toContain('Bonjour Maya,');
  });

  it('Insert intro paragraph puts the text at the cursor', async () => {
    const { editor } = await host.openFileInEditor('Notes/Intro for Sam.md');
    editor.setCursor({ line: 1, ch: 0 });
    await host.runCommand('reconnect:insert-intro-paragraph');
    await host.chooseSuggestion('Maya Chen');
    await host.chooseSuggestion('intro (English)');
    await settleAll(host, plugin);
    expect(editor.getValue()).toBe('Draft below.\nAlex is a product designer who helps logistics teams ship calmer software.');
  });

  it('Copy the built-in templates never overwrites a file', async () => {
    await host.runCommand('reconnect:copy-built-in-templates');
    await settleAll(host, plugin);
    expect(host.vault._contents('Templates/Reconnect/check-in.md')).toBe('Custom check-in for {{person.firstName}}.\n');
    expect(host.vault._contents('Templates/Reconnect/favor.fr.md')).toBe(BUILTIN_TEMPLATES['favor.fr']);
    expect(host.vault.getMarkdownFiles().filter((f) => f.path.startsWith('Templates/Reconnect/')).length).toBe(Object.keys(BUILTIN_TEMPLATES).length);
  });
});
