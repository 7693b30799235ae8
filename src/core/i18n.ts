/**
 * The one translation table: every string a user reads, in English and French. A value is a
 * string with `{name}` slots, or a function for plurals.
 */
export type Lang = 'en' | 'fr';

type Entry = string | ((n: number) => string);

const en = {
  'status.overdue': 'overdue',
  'status.due': 'due today',
  'status.new': 'never contacted',
  'status.soon': 'soon',
  'status.ok': 'ok',
  'status.scheduled': 'scheduled',
  'status.snoozed': 'snoozed',
  'status.paused': 'paused',
  'status.untracked': 'untracked',
  'ago.today': 'today',
  'ago.yesterday': 'yesterday',
  'ago.tomorrow': 'tomorrow',
  'ago.days': (n: number) => `${n} day${n === 1 ? '' : 's'} ago`,
  'ago.weeks': (n: number) => `${n} week${n === 1 ? '' : 's'} ago`,
  'ago.months': (n: number) => `${n} month${n === 1 ? '' : 's'} ago`,
  'ago.years': (n: number) => `${n} year${n === 1 ? '' : 's'} ago`,
  'in.days': (n: number) => `in ${n} day${n === 1 ? '' : 's'}`,
  'in.weeks': (n: number) => `in ${n} week${n === 1 ? '' : 's'}`,
  'in.months': (n: number) => `in ${n} month${n === 1 ? '' : 's'}`,
  'in.years': (n: number) => `in ${n} year${n === 1 ? '' : 's'}`,
  'cadence.every': 'every {phrase}',
  'unit.day': (n: number) => (n === 1 ? 'day' : `${n} days`),
  'unit.week': (n: number) => (n === 1 ? 'week' : `${n} weeks`),
  'unit.month': (n: number) => (n === 1 ? 'month' : `${n} months`),
  'unit.year': (n: number) => (n === 1 ? 'year' : `${n} years`),
  'flag.followUp': (n: number) => `waiting ${n} day${n === 1 ? '' : 's'} for a reply`,
  'flag.letGo': (n: number) => `${n} tries, no answer: consider letting go`,
  'flag.favor': (n: number) =>
    n === 0 ? 'asked a favor today — wait before asking again' : `asked a favor ${n} day${n === 1 ? '' : 's'} ago — wait before asking again`,
  'row.lastContact': 'last contact {ago}',
  'row.never': 'never contacted',
  'row.met': 'met {ago}',
  'row.dueOn': 'due {when}',
  'row.scheduledOn': 'planned {when}',
  'row.snoozedUntil': 'snoozed until {day}',
  'cli.header': 'Reconnect · {day} · {vault}',
  'cli.nothingDue': 'Nobody is due today. Enjoy the quiet.',
  'cli.noPeople': 'No person notes yet. Add `type: person` to a note\'s frontmatter, or put it in the People folder.',
  'cli.problemsHint': (n: number) => `${n} problem${n === 1 ? '' : 's'} in your notes — run \`reconnect check\` to see ${n === 1 ? 'it' : 'them'}.`,
  'cli.col.name': 'Name',
  'cli.col.status': 'Status',
  'cli.col.last': 'Last contact',
  'cli.col.cadence': 'Cadence',
  'cli.col.due': 'Due',
  'cli.col.bucket': 'Bucket',
  'cli.noProblems': 'No problems: every note reads as written.',
  'cli.problemsTitle': (n: number) => `${n} problem${n === 1 ? '' : 's'}:`,
  'cli.logged': 'Logged {entry} in {path}',
  'cli.lastContactSet': 'last_contact is now {day}',
  'event.goal': 'Goal:',
  'event.goalProgress': '{done} of {target} new people',
  'event.goalDone': 'done',
  'event.newPeople': (n: number) => `${n} new ${n === 1 ? 'person' : 'people'}`,
  'event.peopleHeading': 'People I met',
  'event.metAgo': 'met {ago} at {event}',
  'cli.followUp': 'Follow up',
  'cli.dueList': 'Due',
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, Entry> = {
  'status.overdue': 'en retard',
  'status.due': "aujourd'hui",
  'status.new': 'jamais contacté',
  'status.soon': 'bientôt',
  'status.ok': 'ok',
  'status.scheduled': 'prévu',
  'status.snoozed': 'en pause courte',
  'status.paused': 'en pause',
  'status.untracked': 'non suivi',
  'ago.today': "aujourd'hui",
  'ago.yesterday': 'hier',
  'ago.tomorrow': 'demain',
  'ago.days': (n) => `il y a ${n} jour${n === 1 ? '' : 's'}`,
  'ago.weeks': (n) => `il y a ${n} semaine${n === 1 ? '' : 's'}`,
  'ago.months': (n) => `il y a ${n} mois`,
  'ago.years': (n) => `il y a ${n} an${n === 1 ? '' : 's'}`,
  'in.days': (n) => `dans ${n} jour${n === 1 ? '' : 's'}`,
  'in.weeks': (n) => `dans ${n} semaine${n === 1 ? '' : 's'}`,
  'in.months': (n) => `dans ${n} mois`,
  'in.years': (n) => `dans ${n} an${n === 1 ? '' : 's'}`,
  'cadence.every': '{phrase}',
  'unit.day': (n) => (n === 1 ? 'tous les jours' : `tous les ${n} jours`),
  'unit.week': (n) => (n === 1 ? 'toutes les semaines' : `toutes les ${n} semaines`),
  'unit.month': (n) => (n === 1 ? 'tous les mois' : `tous les ${n} mois`),
  'unit.year': (n) => (n === 1 ? 'tous les ans' : `tous les ${n} ans`),
  'flag.followUp': (n) => `en attente de réponse depuis ${n} jour${n === 1 ? '' : 's'}`,
  'flag.letGo': (n) => `${n} essais sans réponse : peut-être laisser reposer`,
  'flag.favor': (n) =>
    n === 0
      ? "service demandé aujourd'hui — attendez avant de redemander"
      : `service demandé il y a ${n} jour${n === 1 ? '' : 's'} — attendez avant de redemander`,
  'row.lastContact': 'dernier contact {ago}',
  'row.never': 'jamais contacté',
  'row.met': 'rencontré {ago}',
  'row.dueOn': 'à recontacter {when}',
  'row.scheduledOn': 'prévu {when}',
  'row.snoozedUntil': "en pause jusqu'au {day}",
  'cli.header': 'Reconnect · {day} · {vault}',
  'cli.nothingDue': "Personne à recontacter aujourd'hui. Profitez du calme.",
  'cli.noPeople': "Pas encore de fiche personne. Ajoutez `type: person` aux propriétés d'une note, ou placez-la dans le dossier People.",
  'cli.problemsHint': (n) => `${n} problème${n === 1 ? '' : 's'} dans vos notes — lancez \`reconnect check\` pour les voir.`,
  'cli.col.name': 'Nom',
  'cli.col.status': 'Statut',
  'cli.col.last': 'Dernier contact',
  'cli.col.cadence': 'Rythme',
  'cli.col.due': 'Échéance',
  'cli.col.bucket': 'Groupe',
  'cli.noProblems': 'Aucun problème : chaque note se lit comme elle est écrite.',
  'cli.problemsTitle': (n) => `${n} problème${n === 1 ? '' : 's'} :`,
  'cli.logged': 'Noté {entry} dans {path}',
  'cli.lastContactSet': 'last_contact vaut maintenant {day}',
  'event.goal': 'Objectif :',
  'event.goalProgress': '{done} nouvelles personnes sur {target}',
  'event.goalDone': 'atteint',
  'event.newPeople': (n) => `${n} nouvelle${n === 1 ? '' : 's'} personne${n === 1 ? '' : 's'}`,
  'event.peopleHeading': 'Personnes rencontrées',
  'event.metAgo': 'rencontré {ago} à {event}',
  'cli.followUp': 'À relancer après un événement',
  'cli.dueList': 'À recontacter',
};

const TABLES: Record<Lang, Record<string, Entry>> = { en, fr };

/** Registers more strings (the plugin's own), keeping one table per language. */
export function extendMessages(more: Record<Lang, Record<string, Entry>>): void {
  Object.assign(TABLES.en, more.en);
  Object.assign(TABLES.fr, more.fr);
}

export function t(lang: Lang, key: string, vars: Record<string, string | number> | number = {}): string {
  const entry = TABLES[lang][key] ?? TABLES.en[key];
  if (entry === undefined) return key;
  if (typeof entry === 'function') return entry(typeof vars === 'number' ? vars : 0);
  if (typeof vars === 'number') return entry;
  return entry.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** The language for a setting: an explicit one, else the host's (Obsidian's or the shell's). */
export function pickLang(setting: 'auto' | Lang, hostLanguage: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return (hostLanguage ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
