import type { Plugin } from 'obsidian';
import { addDays, addMonths, localToday } from '../core/dates';
import type { PersonCard } from '../core/person';
import type { Flows } from './flows';
import type { PersonActions } from './actions';
import type { LiveIndex } from './liveIndex';
import type { Translate } from './strings';
import { SnoozeChoiceModal } from './modals';
import type { Outreach } from './outreach';
import { ImportModal } from './importModal';
import type { Lang } from '../core/i18n';

/** The command palette: ids without the plugin's id, no default hotkeys. */
export function registerCommands(
  plugin: Plugin,
  flows: Flows,
  actions: PersonActions,
  live: LiveIndex,
  outreach: Outreach,
  tr: Translate,
  openView: () => Promise<void>,
  lang: () => Lang,
): void {
  const pick = (then: (p: PersonCard) => void): void => flows.pickPerson(then);

  plugin.addCommand({ id: 'open-due-list', name: tr('cmd.openView'), callback: () => void openView() });
  plugin.addCommand({ id: 'log-meeting', name: tr('cmd.logMeeting'), callback: () => flows.openLogMeeting([]) });
  plugin.addCommand({ id: 'log-event', name: tr('cmd.logEvent'), callback: () => flows.openLogEvent(lang()) });
  plugin.addCommand({
    id: 'log-contact-with-this-person',
    name: tr('cmd.logThis'),
    checkCallback: (checking) => {
      const person = flows.activePerson();
      if (!person) return false;
      if (!checking) flows.openLogMeeting([person.path]);
      return true;
    },
  });
  plugin.addCommand({ id: 'mark-contacted-today', name: tr('cmd.markContacted'), callback: () => pick((p) => void actions.markContacted(p.path)) });
  plugin.addCommand({
    id: 'snooze',
    name: tr('cmd.snooze'),
    callback: () =>
      pick((p) => {
        const today = localToday();
        new SnoozeChoiceModal(
          plugin.app,
          [
            { label: tr('action.snoozeWeek'), run: () => void actions.snooze(p.path, addDays(today, 7)) },
            { label: tr('action.snoozeMonth'), run: () => void actions.snooze(p.path, addMonths(today, 1)) },
            { label: tr('action.snoozeUntil'), run: () => flows.openSnoozeUntil(p.path) },
          ],
          tr('modal.snooze.title', { name: p.name }),
        ).open();
      }),
  });
  plugin.addCommand({ id: 'new-person', name: tr('cmd.newPerson'), callback: () => flows.openNewPerson() });
  plugin.addCommand({ id: 'draft-message', name: tr('cmd.draft'), callback: () => outreach.draftMessage(flows.activePerson()?.path ?? null) });
  plugin.addCommand({
    id: 'insert-intro-paragraph',
    name: tr('cmd.insertIntro'),
    editorCallback: (editor, ctx) => outreach.insertAtCursor(editor, ctx.file?.path ?? null),
  });
  plugin.addCommand({
    id: 'import-contacts',
    name: tr('cmd.importContacts'),
    callback: () => new ImportModal(plugin.app, {
      live,
      settings: () => live.index.context.settings,
      tr,
      today: localToday,
      lang,
      setBucket: (paths, bucket) => actions.setBucket(paths, bucket),
    }).open(),
  });
  plugin.addCommand({ id: 'copy-built-in-templates', name: tr('cmd.copyTemplates'), callback: () => void outreach.copyBuiltins() });
}
