import { setIcon } from 'obsidian';
import type { Day } from '../core/types';
import { withoutInlineFields } from '../core/markdown';
import type { Prep } from '../core/playbook';
import { relativeDay } from '../core/describe';
import type { ReconnectHost } from './host';

/**
 * Prepare for a meeting: what you need before seeing someone again — when you last talked, what
 * about, open follow-ups, their news, a birthday, the favor balance, how you usually reach them,
 * and people worth introducing them to. Rendered above the due list for the active person note.
 */
export function renderPrepPanel(parent: HTMLElement, prep: Prep, today: Day, host: ReconnectHost, onClose: () => void): HTMLElement {
  const tr = host.tr;
  const lang = host.lang();
  const p = prep.person;
  const panel = parent.createDiv({ cls: 'reconnect-prep' });
  const head = panel.createDiv({ cls: 'reconnect-prep-head' });
  head.createSpan({ cls: 'reconnect-prep-title', text: tr('prep.title', { name: p.name }) });
  const close = head.createEl('button', { cls: 'clickable-icon reconnect-prep-close' });
  close.setAttr('aria-label', tr('prep.close'));
  setIcon(close, 'x');
  close.addEventListener('click', onClose);

  const facts = panel.createEl('ul', { cls: 'reconnect-prep-facts' });
  const fact = (text: string, cls = ''): HTMLElement => facts.createEl('li', { cls, text });
  fact(prep.daysSince === null ? tr('row.never') : tr('prep.daysSince', prep.daysSince));
  if (prep.birthday) {
    fact(
      prep.birthday.turning !== null
        ? tr('prep.birthdayTurning', { when: relativeDay(prep.birthday.date, today, lang), age: prep.birthday.turning })
        : tr('prep.birthday', { when: relativeDay(prep.birthday.date, today, lang) }),
      'is-birthday',
    );
  }
  const f = prep.favors;
  if (f.asked + f.given > 0) fact(tr('prep.favors', { given: f.given, asked: f.asked }), f.balance < 0 ? 'is-warning' : '');
  if (p.favorRecentlyAsked && p.favorAskedOn) fact(tr('prep.favorWait', { ago: relativeDay(p.favorAskedOn, today, lang) }), 'is-warning');
  if (prep.channels.counts.length > 0) {
    fact(tr('prep.channelCounts', { counts: prep.channels.counts.map((c) => `${c.channel} ${c.count}`).join(' · ') }), 'is-channels');
  }
  if (prep.channels.suggestion && prep.channels.counts[0]) {
    fact(tr('prep.channelHint', { channel: prep.channels.counts[0].channel, others: prep.channels.suggestion.join(', ') }));
  }

  section(panel, tr('prep.last'), prep.last.map((i) => {
    const text = withoutInlineFields(i.text);
    return `${i.day} · ${i.channel}${text ? `: ${text}` : ''}`;
  }));
  section(panel, tr('prep.followUps'), prep.followUps.map((t) => `${t.text}${t.due ? ` (${relativeDay(t.due, today, lang)})` : ''}`));
  section(panel, tr('prep.news'), prep.news.map((n) => `${n.day}: ${n.text}`));
  section(
    panel,
    tr('prep.changes'),
    prep.changes.map((c) => {
      const line = tr(c.field === 'company' ? 'prep.change.company' : 'prep.change.role', { value: c.value, when: relativeDay(c.day, today, lang) });
      return c.noteSays === null ? line : `${line} ${tr('prep.noteSays', { old: c.noteSays })}`;
    }),
  );

  if (prep.introductions.length > 0) {
    panel.createDiv({ cls: 'reconnect-prep-section', text: tr('prep.introductions') });
    const list = panel.createEl('ul', { cls: 'reconnect-prep-list' });
    for (const s of prep.introductions.slice(0, 3)) {
      const other = s.a === p.path ? s.b : s.a;
      const card = host.live.index.person(other);
      const li = list.createEl('li');
      li.createSpan({ text: `${card?.name ?? other} — ${s.reason} ` });
      const b = li.createEl('button', { cls: 'reconnect-link-button', text: tr('prep.draftIntro') });
      b.addEventListener('click', () => host.openDraft(p.path, 'introduction', other));
    }
  }
  const buttons = panel.createDiv({ cls: 'reconnect-prep-buttons' });
  const draft = buttons.createEl('button', { cls: 'mod-cta', text: tr('prep.draftSecond') });
  draft.addEventListener('click', () => host.openDraft(p.path, 'second-meeting'));
  const log = buttons.createEl('button', { text: tr('action.log') });
  log.addEventListener('click', () => host.openLogMeeting([p.path]));
  return panel;
}

function section(parent: HTMLElement, title: string, lines: string[]): void {
  if (lines.length === 0) return;
  parent.createDiv({ cls: 'reconnect-prep-section', text: title });
  const list = parent.createEl('ul', { cls: 'reconnect-prep-list' });
  for (const line of lines) list.createEl('li', { text: line });
}
