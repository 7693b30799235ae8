import { PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem, type SettingDefinitionRender } from 'obsidian';
import type { Settings } from '../core/settings';
import { parseCadence } from '../core/cadence';
import type { Translate } from './strings';

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
  getSettings(): Settings;
  tr: Translate;
  /** Saves; `reindex` when the change alters how notes are read. */
  saveSettings(reindex: boolean): Promise<void>;
}

interface Group {
  heading: string;
  desc?: string;
  items: SettingDefinitionRender[];
}

function list(s: string): string[] {
  return s.split(',').map((x) => x.trim()).filter((x) => x !== '');
}

function trimSlashes(s: string): string {
  return s.trim().replace(/^\/+|\/+$/g, '');
}

/**
 * One list of settings, given to Obsidian 1.13+ as definitions (searchable) and rendered by hand
 * on older versions.
 */
export class ReconnectSettingTab extends PluginSettingTab {
  constructor(app: App, plugin: Plugin, private readonly host: SettingsHost) {
    super(app, plugin);
  }

  getSettingDefinitions(): SettingDefinitionItem[] {
    return this.groups().map((g) => ({ type: 'group' as const, heading: g.heading, items: g.items }));
  }

  display(): void {
    this.renderAll();
  }

  private renderAll(): void {
    const el = this.containerEl;
    el.empty();
    el.addClass('reconnect-settings');
    for (const g of this.groups()) {
      const heading = new Setting(el).setName(g.heading).setHeading();
      if (g.desc) heading.setDesc(g.desc);
      for (const item of g.items) {
        const row = new Setting(el).setName(item.name);
        if (item.desc) row.setDesc(item.desc);
        item.render(row, undefined as never);
      }
    }
  }

  /** Shows the tab again after a change that adds or removes rows. */
  private redraw(): void {
    this.renderAll();
  }

  private save(reindex: boolean): void {
    void this.host.saveSettings(reindex);
  }

  private groups(): Group[] {
    const tr = this.host.tr;
    const s = this.host.getSettings();
    const text = (name: string, desc: string | undefined, value: () => string, set: (v: string) => void): SettingDefinitionRender => ({
      name,
      desc,
      render: (row) => {
        row.addText((t) => t.setValue(value()).onChange(set));
      },
    });
    const textList = (name: string, desc: string, value: () => string[], set: (v: string[]) => void): SettingDefinitionRender =>
      text(name, desc, () => value().join(', '), (v) => set(list(v)));
    /** A whole number of at least `min` (1 unless said); anything else is marked and not saved. */
    const number = (name: string, desc: string, value: () => number, set: (n: number) => void, min = 1): SettingDefinitionRender => ({
      name,
      desc,
      render: (row) => {
        row.addText((t) => {
          t.inputEl.type = 'number';
          t.inputEl.min = String(min);
          t.setValue(String(value())).onChange((v) => {
            const n = v.trim() === '' ? NaN : Number(v);
            const ok = Number.isInteger(n) && n >= min;
            t.inputEl.toggleClass('is-invalid', !ok);
            t.inputEl.title = ok ? '' : tr('settings.invalidNumber', { min });
            if (!ok) return;
            set(n);
            this.save(false);
          });
        });
      },
    });

    const people: Group = {
      heading: tr('settings.people'),
      items: [
        textList(tr('settings.peopleFolders'), tr('settings.peopleFoldersDesc'), () => s.peopleFolders, (v) => {
          s.peopleFolders = v.map(trimSlashes);
          this.save(true);
        }),
        textList(tr('settings.personTags'), tr('settings.personTagsDesc'), () => s.personTags, (v) => {
          s.personTags = v.map((t) => t.replace(/^#/, '').toLowerCase());
          this.save(true);
        }),
        textList(tr('settings.excluded'), tr('settings.excludedDesc'), () => s.excludedFolders, (v) => {
          s.excludedFolders = v.map(trimSlashes);
          this.save(true);
        }),
        text(tr('settings.templatesFolder'), tr('settings.templatesFolderDesc'), () => s.templatesFolder, (v) => {
          s.templatesFolder = trimSlashes(v);
          this.save(true);
        }),
        textList(tr('settings.logHeadings'), tr('settings.logHeadingsDesc'), () => s.logHeadings, (v) => {
          if (v.length === 0) return;
          s.logHeadings = v;
          this.save(true);
        }),
      ],
    };

    const buckets: Group = {
      heading: tr('settings.buckets'),
      desc: tr('settings.bucketsDesc'),
      items: Object.keys(s.buckets).map((name) => ({
        name,
        render: (row: Setting) => {
          row.addText((t) =>
            t.setValue(s.buckets[name] ?? '').onChange((v) => {
              const ok = parseCadence(v).kind !== 'invalid';
              t.inputEl.toggleClass('is-invalid', !ok);
              if (!ok) return;
              s.buckets[name] = v.trim();
              this.save(true);
            }),
          );
          row.addExtraButton((b) =>
            b
              .setIcon('trash')
              .setTooltip(tr('settings.removeBucket'))
              .onClick(() => {
                delete s.buckets[name];
                this.save(true);
                this.redraw();
              }),
          );
        },
      })),
    };
    let newBucket = '';
    buckets.items.push({
      name: tr('settings.addBucket'),
      render: (row) => {
        row
          .addText((t) => t.setPlaceholder(tr('settings.bucketName')).onChange((v) => (newBucket = v.trim().toLowerCase())))
          .addButton((b) =>
            b.setButtonText(tr('settings.addBucket')).onClick(() => {
              if (newBucket === '' || newBucket in s.buckets) return;
              s.buckets[newBucket] = '1 month';
              this.save(true);
              this.redraw();
            }),
          );
      },
    });

    const rhythm: Group = {
      heading: tr('settings.rhythm'),
      items: [
        number(tr('settings.followUpWait'), tr('settings.followUpWaitDesc'), () => s.followUpWaitDays, (n) => (s.followUpWaitDays = n)),
        number(tr('settings.letGo'), tr('settings.letGoDesc'), () => s.letGoCount, (n) => (s.letGoCount = n)),
        number(tr('settings.favorWindow'), tr('settings.favorWindowDesc'), () => s.favorWindowDays, (n) => (s.favorWindowDays = n)),
        number(tr('settings.soonDays'), tr('settings.soonDaysDesc'), () => s.soonDays, (n) => (s.soonDays = n)),
        number(tr('settings.eventFollowUpDays'), tr('settings.eventFollowUpDaysDesc'), () => s.eventFollowUpDays, (n) => (s.eventFollowUpDays = n)),
        number(tr('settings.birthdayLeadDays'), tr('settings.birthdayLeadDaysDesc'), () => s.birthdayLeadDays, (n) => (s.birthdayLeadDays = n), 0),
        number(tr('settings.newsDays'), tr('settings.newsDaysDesc'), () => s.newsDays, (n) => (s.newsDays = n)),
        number(tr('settings.reviewIntervalMonths'), tr('settings.reviewIntervalMonthsDesc'), () => s.reviewIntervalMonths, (n) => (s.reviewIntervalMonths = n)),
      ],
    };

    const notes: Group = {
      heading: tr('settings.notes'),
      items: [
        text(tr('settings.meetingsFolder'), tr('settings.meetingsFolderDesc'), () => s.meetingsFolder, (v) => {
          s.meetingsFolder = trimSlashes(v);
          this.save(false);
        }),
        text(tr('settings.eventsFolder'), tr('settings.eventsFolderDesc'), () => s.eventsFolder, (v) => {
          s.eventsFolder = trimSlashes(v);
          this.save(false);
        }),
        text(tr('settings.newPersonBucket'), tr('settings.newPersonBucketDesc'), () => s.newPersonBucket, (v) => {
          s.newPersonBucket = v.trim().toLowerCase();
          this.save(false);
        }),
        text(tr('settings.outreachFolder'), tr('settings.outreachFolderDesc'), () => s.outreachFolder, (v) => {
          s.outreachFolder = trimSlashes(v);
          this.save(false);
        }),
        text(tr('settings.reviewsFolder'), tr('settings.reviewsFolderDesc'), () => s.reviewsFolder, (v) => {
          s.reviewsFolder = trimSlashes(v);
          this.save(false);
        }),
        text(tr('settings.templatesOwn'), tr('settings.templatesOwnDesc'), () => s.reconnectTemplatesFolder, (v) => {
          s.reconnectTemplatesFolder = trimSlashes(v);
          this.save(true);
        }),
        {
          name: tr('settings.dailyFromObsidian'),
          desc: tr('settings.dailyFromObsidianDesc'),
          render: (row) => {
            row.addToggle((tg) =>
              tg.setValue(s.dailyNotes === null).onChange((v) => {
                s.dailyNotes = v ? null : { format: 'YYYY-MM-DD', folder: '' };
                this.save(true);
                this.redraw();
              }),
            );
          },
        },
      ],
    };
    const daily = s.dailyNotes;
    if (daily) {
      notes.items.push(
        text(tr('settings.dailyFormat'), tr('settings.dailyFormatDesc'), () => daily.format, (v) => {
          daily.format = v.trim() || 'YYYY-MM-DD';
          this.save(true);
        }),
        text(tr('settings.dailyFolder'), undefined, () => daily.folder, (v) => {
          daily.folder = trimSlashes(v);
          this.save(true);
        }),
      );
    }
    notes.items.push({
      name: tr('settings.language'),
      desc: tr('settings.languageDesc'),
      render: (row) => {
        row.addDropdown((dd) =>
          dd
            .addOption('auto', tr('settings.languageAuto'))
            .addOption('en', 'English')
            .addOption('fr', 'Français')
            .setValue(s.language)
            .onChange((v) => {
              s.language = v === 'en' || v === 'fr' ? v : 'auto';
              this.save(false);
              this.redraw();
            }),
        );
      },
    });

    const me = s.me;
    const about: Group = {
      heading: tr('settings.me'),
      desc: tr('settings.meDesc'),
      items: [
        text(tr('settings.meName'), undefined, () => me.name, (v) => {
          me.name = v;
          this.save(false);
        }),
        text(tr('settings.meRole'), undefined, () => me.role, (v) => {
          me.role = v;
          this.save(false);
        }),
        text(tr('settings.meCompany'), undefined, () => me.company, (v) => {
          me.company = v;
          this.save(false);
        }),
        {
          name: tr('settings.meIntro'),
          desc: tr('settings.meIntroDesc'),
          render: (row) => {
            row.addTextArea((t) => {
              t.inputEl.rows = 4;
              t.setValue(me.intro).onChange((v) => {
                me.intro = v;
                this.save(false);
              });
            });
          },
        },
      ],
    };
    return [people, buckets, rhythm, notes, about];
  }
}
