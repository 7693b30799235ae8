import { Notice, TFile, type App } from 'obsidian';
import type { Day } from '../core/types';
import type { Settings } from '../core/settings';
import type { PersonCard } from '../core/person';
import { formatLogEntry } from '../core/writes';
import { parseCadence } from '../core/cadence';
import type { LiveIndex } from './liveIndex';
import type { PersonActions } from './actions';
import type { Translate } from './strings';
import { LogMeetingModal, NewPersonModal, SnoozeUntilModal, type LogMeetingResult } from './modals';
import { createNote, safeFileName } from './noteWriter';
import { addDays } from '../core/dates';
import { planEvent } from '../core/eventNotes';
import { LogEventModal, type LogEventResult } from './logEventModal';
import { ensureFolder } from './noteWriter';
import type { Lang } from '../core/i18n';
import { networkReview, reviewNoteText } from '../core/playbook';
import { PersonSuggestModal, SnoozeChoiceModal } from './modals';

function yamlString(s: string): string {
  return /^[\w][\w .'-]*$/.test(s) && !/^(true|false|null|yes|no)$/i.test(s) ? s : JSON.stringify(s);
}

/** The text of a new person note: type, bucket, cadence, and an empty log. */
export function newPersonText(p: { name: string; bucket?: string; cadence?: string }, settings: Settings): string {
  const k = settings.keys;
  const lines = ['---', `${k.type}: person`];
  if (safeFileName(p.name) !== p.name) lines.push(`${k.name}: ${yamlString(p.name)}`);
  if (p.bucket) lines.push(`${k.bucket}: ${yamlString(p.bucket)}`);
  if (p.cadence) lines.push(`${k.cadence}: ${yamlString(p.cadence)}`);
  lines.push('---', '', `## ${settings.logHeadings[0] ?? 'Interactions'}`, '');
  return lines.join('\n');
}

/** The text of a meeting note (§4b): type, date, the people as links, the meaning tags. */
export function meetingNoteText(r: LogMeetingResult, names: string[], settings: Settings): string {
  const k = settings.keys;
  const lines = ['---', `${k.type}: meeting`, `${k.date}: ${r.day}`];
  if (r.channel && r.channel !== 'meeting') lines.push(`${k.channel}: ${r.channel}`);
  lines.push('with:', ...names.map((n) => `  - "[[${n}]]"`));
  if (r.tags.length > 0) lines.push('tags:', ...r.tags.map((t) => `  - ${t}`));
  lines.push('---', '');
  if (r.text) lines.push(r.text, '');
  return lines.join('\n');
}

/** The user-facing flows that combine modals and writes. */
export class Flows {
  constructor(
    private readonly app: App,
    private readonly live: LiveIndex,
    private readonly actions: PersonActions,
    private readonly settings: () => Settings,
    private readonly tr: Translate,
    private readonly today: () => Day,
  ) {}

  private people(): PersonCard[] {
    return this.live.index.allPeople().sort((a, b) => a.name.localeCompare(b.name));
  }

  openLogMeeting(paths: string[]): void {
    const preselected = paths.map((p) => this.live.index.person(p)).filter((c): c is PersonCard => c !== null);
    new LogMeetingModal(this.app, {
      people: () => this.people(),
      settings: this.settings(),
      today: this.today(),
      tr: this.tr,
      preselected,
      onSubmit: (r) => this.logMeeting(r),
    }).open();
  }

  /** Writes what the Log meeting modal collected: new people, the log lines, the meeting note. */
  async logMeeting(r: LogMeetingResult): Promise<void> {
    const settings = this.settings();
    const paths: string[] = [];
    const linkNames: string[] = [];
    for (const p of r.people) {
      if (p.kind === 'existing') {
        paths.push(p.card.path);
        linkNames.push(p.card.path.replace(/\.md$/i, ''));
      } else {
        const file = await createNote(this.app, this.live, settings.peopleFolders[0] ?? 'People', safeFileName(p.name) || 'New person', newPersonText({ name: p.name }, settings));
        paths.push(file.path);
        linkNames.push(file.path.replace(/\.md$/i, ''));
      }
    }
    let text = r.text;
    if (r.meetingNote) {
      const title = safeFileName(`${r.day} ${r.channel ?? 'meeting'} with ${r.people.map((p) => (p.kind === 'existing' ? p.card.name : p.name)).join(', ')}`);
      const note = await createNote(this.app, this.live, settings.meetingsFolder, title, meetingNoteText(r, linkNames, settings));
      text = text ? `${text} ([[${note.basename}]])` : `[[${note.basename}]]`;
    }
    const entry = { day: r.day, channel: r.channel, text, tags: r.tags };
    const written = await this.actions.log(paths, entry);
    if (written.length === 1) new Notice(this.tr('notice.loggedOne', { entry: formatLogEntry(entry), name: this.live.index.person(written[0])?.name ?? written[0] }));
    else if (written.length > 1) new Notice(this.tr('notice.logged', written.length));
  }

  openNewPerson(name?: string): void {
    new NewPersonModal(this.app, {
      settings: this.settings(),
      tr: this.tr,
      initialName: name,
      onSubmit: async (p) => {
        const settings = this.settings();
        const cadence = p.cadence && parseCadence(p.cadence).kind !== 'invalid' ? p.cadence : '';
        const folder = settings.peopleFolders[0] ?? 'People';
        const file = await createNote(this.app, this.live, folder, safeFileName(p.name) || 'New person', newPersonText({ ...p, cadence }, settings));
        new Notice(this.tr('notice.created', { path: file.path }));
        await this.app.workspace.getLeaf(false).openFile(file);
      },
    }).open();
  }

  openSnoozeUntil(path: string): void {
    const card = this.live.index.person(path);
    if (!card) return;
    new SnoozeUntilModal(this.app, {
      name: card.name,
      initial: addDays(this.today(), 14),
      tr: this.tr,
      onSubmit: (day) => this.actions.snooze(path, day),
    }).open();
  }

  openLogEvent(lang: Lang): void {
    new LogEventModal(this.app, {
      people: () => this.people(),
      findExact: (name) => this.live.index.findPeopleByName(name),
      today: this.today(),
      tr: this.tr,
      onSubmit: async (r) => {
        await this.logEvent(r, lang);
      },
    }).open();
  }

  /** Writes the event note and the new people; the event note counts as a contact for everyone. */
  async logEvent(r: LogEventResult, lang: Lang): Promise<TFile | null> {
    const settings = this.settings();
    const plan = planEvent(
      { name: r.name, date: r.date, where: r.where, goal: r.goal, people: r.people.map((l) => ({ name: l.existing?.name ?? l.name, context: l.context, existingPath: l.existing?.path ?? null })) },
      settings,
      new Set(this.app.vault.getFiles().map((f) => f.path)),
      lang,
    );
    let eventFile: TFile | null = null;
    for (const w of [...plan.newPeople, { path: plan.eventPath, text: plan.eventText }]) {
      try {
        await ensureFolder(this.app, w.path.split('/').slice(0, -1).join('/'));
        const file = await this.app.vault.create(w.path, w.text);
        this.live.index.addFile(file.path);
        this.live.noteWritten(file.path, w.text);
        if (w.path === plan.eventPath) eventFile = file;
      } catch (e) {
        new Notice(this.tr('notice.writeFailed', { path: w.path, error: e instanceof Error ? e.message : String(e) }));
        return null;
      }
    }
    new Notice(this.tr('event.logged', { event: r.name, created: plan.newPeople.length, existing: plan.attendees.length - plan.newPeople.length }));
    if (eventFile) await this.app.workspace.getLeaf(false).openFile(eventFile);
    return eventFile;
  }

  /** The open person note, else a person picked by fuzzy search. */
  pickPerson(then: (p: PersonCard) => void): void {
    const active = this.activePerson();
    if (active) then(active);
    else new PersonSuggestModal(this.app, () => this.people(), this.tr, then).open();
  }

  /** Review my network: the six-month review note, written to the reviews folder. */
  async writeReview(lang: Lang): Promise<TFile | null> {
    const settings = this.settings();
    const today = this.today();
    const review = networkReview(this.live.index, this.live.due, today);
    const file = await createNote(this.app, this.live, settings.reviewsFolder, `${today} ${this.tr('review.noteTitle')}`, reviewNoteText(review, lang, settings));
    new Notice(this.tr('review.written', { path: file.path }));
    return file;
  }

  /** People brought in by Import contacts who have neither a bucket nor a cadence yet. */
  importedWithoutBucket(): PersonCard[] {
    const k = this.settings().keys;
    return this.live.index.allPeople().filter((p) => {
      const fm = p.frontmatter;
      return fm.imported !== undefined && fm.imported !== null && (fm[k.bucket] ?? null) === null && (fm[k.cadence] ?? null) === null;
    });
  }

  /** Set bucket…: one bucket for every imported person without one (one line in each note). */
  openSetBucketForImported(): void {
    const people = this.importedWithoutBucket();
    if (people.length === 0) {
      new Notice(this.tr('import.noneWithoutBucket'));
      return;
    }
    const settings = this.settings();
    const choices = Object.entries(settings.buckets).map(([name, cadence]) => ({
      label: `${name} (${cadence})`,
      run: () => void this.setBucket(people, name),
    }));
    new SnoozeChoiceModal(this.app, choices, this.tr('import.setBucketFor', people.length)).open();
  }

  async setBucket(people: PersonCard[], bucket: string): Promise<void> {
    await this.actions.setBucket(people.map((p) => p.path), bucket);
  }

  /** The person note open in the editor, if the active file is one. */
  activePerson(): PersonCard | null {
    const file = this.app.workspace.getActiveFile();
    return file instanceof TFile ? this.live.index.person(file.path) : null;
  }
}
