import { PluginSettingTab, Setting, type App, type Plugin } from 'obsidian';
import type { Settings } from '../core/settings';
import { parseCadence } from '../core/cadence';
import type { Translate } from './strings';

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
  settings(): Settings;
  tr: Translate;
  /** Saves; `reindex` when the change alters how notes are read. */
  saveSettings(reindex: boolean): Promise<void>;
}

function list(s: string): string[] {
  return s.split(',').map((x) => x.trim()).filter((x) => x !== '');
}

export class ReconnectSettingTab extends PluginSettingTab {
  constructor(app: App, plugin: Plugin, private readonly host: SettingsHost) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    const tr = this.host.tr;
    const s = this.host.settings();
    const save = (reindex: boolean): void => void this.host.saveSettings(reindex);
    containerEl.empty();
    containerEl.addClass('reconnect-settings');

    new Setting(containerEl).setName(tr('settings.people')).setHeading();
    this.textList(tr('settings.peopleFolders'), tr('settings.peopleFoldersDesc'), s.peopleFolders, (v) => {
      s.peopleFolders = v.map((f) => f.replace(/^\/+|\/+$/g, ''));
      save(true);
    });
    this.textList(tr('settings.personTags'), tr('settings.personTagsDesc'), s.personTags, (v) => {
      s.personTags = v.map((t) => t.replace(/^#/, '').toLowerCase());
      save(true);
    });
    this.textList(tr('settings.excluded'), tr('settings.excludedDesc'), s.excludedFolders, (v) => {
      s.excludedFolders = v;
      save(true);
    });
    new Setting(containerEl)
      .setName(tr('settings.templatesFolder'))
      .setDesc(tr('settings.templatesFolderDesc'))
      .addText((t) =>
        t.setValue(s.templatesFolder).onChange((v) => {
          s.templatesFolder = v.trim();
          save(true);
        }),
      );
    this.textList(tr('settings.logHeadings'), tr('settings.logHeadingsDesc'), s.logHeadings, (v) => {
      if (v.length === 0) return;
      s.logHeadings = v;
      save(true);
    });

    new Setting(containerEl).setName(tr('settings.buckets')).setDesc(tr('settings.bucketsDesc')).setHeading();
    for (const [name, cadence] of Object.entries(s.buckets)) {
      const row = new Setting(containerEl).setName(name);
      row.addText((t) => {
        t.setValue(cadence).onChange((v) => {
          const ok = parseCadence(v).kind !== 'invalid';
          t.inputEl.toggleClass('is-invalid', !ok);
          if (!ok) return;
          s.buckets[name] = v.trim();
          save(true);
        });
      });
      row.addExtraButton((b) =>
        b
          .setIcon('trash')
          .setTooltip(tr('settings.removeBucket'))
          .onClick(() => {
            delete s.buckets[name];
            save(true);
            this.display();
          }),
      );
    }
    let newName = '';
    new Setting(containerEl)
      .addText((t) => t.setPlaceholder(tr('settings.bucketName')).onChange((v) => (newName = v.trim().toLowerCase())))
      .addButton((b) =>
        b.setButtonText(tr('settings.addBucket')).onClick(() => {
          if (newName === '' || newName in s.buckets) return;
          s.buckets[newName] = '1 month';
          save(true);
          this.display();
        }),
      );

    new Setting(containerEl).setName(tr('settings.rhythm')).setHeading();
    this.number(tr('settings.followUpWait'), tr('settings.followUpWaitDesc'), s.followUpWaitDays, (n) => (s.followUpWaitDays = n));
    this.number(tr('settings.letGo'), tr('settings.letGoDesc'), s.letGoCount, (n) => (s.letGoCount = n));
    this.number(tr('settings.favorWindow'), tr('settings.favorWindowDesc'), s.favorWindowDays, (n) => (s.favorWindowDays = n));
    this.number(tr('settings.soonDays'), tr('settings.soonDaysDesc'), s.soonDays, (n) => (s.soonDays = n));

    new Setting(containerEl).setName(tr('settings.notes')).setHeading();
    new Setting(containerEl)
      .setName(tr('settings.meetingsFolder'))
      .setDesc(tr('settings.meetingsFolderDesc'))
      .addText((t) =>
        t.setValue(s.meetingsFolder).onChange((v) => {
          s.meetingsFolder = v.trim().replace(/^\/+|\/+$/g, '');
          save(false);
        }),
      );
    new Setting(containerEl)
      .setName(tr('settings.dailyFromObsidian'))
      .setDesc(tr('settings.dailyFromObsidianDesc'))
      .addToggle((tg) =>
        tg.setValue(s.dailyNotes === null).onChange((v) => {
          s.dailyNotes = v ? null : { format: 'YYYY-MM-DD', folder: '' };
          save(true);
          this.display();
        }),
      );
    if (s.dailyNotes) {
      const daily = s.dailyNotes;
      new Setting(containerEl)
        .setName(tr('settings.dailyFormat'))
        .setDesc(tr('settings.dailyFormatDesc'))
        .addText((t) =>
          t.setValue(daily.format).onChange((v) => {
            daily.format = v.trim() || 'YYYY-MM-DD';
            save(true);
          }),
        );
      new Setting(containerEl).setName(tr('settings.dailyFolder')).addText((t) =>
        t.setValue(daily.folder).onChange((v) => {
          daily.folder = v.trim().replace(/^\/+|\/+$/g, '');
          save(true);
        }),
      );
    }
    new Setting(containerEl)
      .setName(tr('settings.language'))
      .setDesc(tr('settings.languageDesc'))
      .addDropdown((dd) =>
        dd
          .addOption('auto', tr('settings.languageAuto'))
          .addOption('en', 'English')
          .addOption('fr', 'Français')
          .setValue(s.language)
          .onChange((v) => {
            s.language = v === 'en' || v === 'fr' ? v : 'auto';
            save(false);
            this.display();
          }),
      );

    new Setting(containerEl).setName(tr('settings.me')).setDesc(tr('settings.meDesc')).setHeading();
    const me = s.me;
    new Setting(containerEl).setName(tr('settings.meName')).addText((t) => t.setValue(me.name).onChange((v) => { me.name = v; save(false); }));
    new Setting(containerEl).setName(tr('settings.meRole')).addText((t) => t.setValue(me.role).onChange((v) => { me.role = v; save(false); }));
    new Setting(containerEl).setName(tr('settings.meCompany')).addText((t) => t.setValue(me.company).onChange((v) => { me.company = v; save(false); }));
    new Setting(containerEl)
      .setName(tr('settings.meIntro'))
      .setDesc(tr('settings.meIntroDesc'))
      .addTextArea((t) => {
        t.inputEl.rows = 4;
        t.setValue(me.intro).onChange((v) => {
          me.intro = v;
          save(false);
        });
      });
  }

  private textList(name: string, desc: string, value: string[], set: (v: string[]) => void): void {
    new Setting(this.containerEl)
      .setName(name)
      .setDesc(desc)
      .addText((t) => t.setValue(value.join(', ')).onChange((v) => set(list(v))));
  }

  private number(name: string, desc: string, value: number, set: (n: number) => void): void {
    new Setting(this.containerEl)
      .setName(name)
      .setDesc(desc)
      .addText((t) => {
        t.inputEl.type = 'number';
        t.inputEl.min = '1';
        t.setValue(String(value)).onChange((v) => {
          const n = Number(v);
          const ok = Number.isInteger(n) && n >= 1;
          t.inputEl.toggleClass('is-invalid', !ok);
          t.inputEl.title = ok ? '' : this.host.tr('settings.invalidNumber');
          if (!ok) return;
          set(n);
          void this.host.saveSettings(false);
        });
      });
  }
}
