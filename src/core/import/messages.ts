/**
 * Every sentence import shows a person, in English and in French. Each says what is wrong and
 * what to do. The parsers ask `m()` for the sentences of the language the caller chose with
 * `inLanguage` (English when none was chosen): the language travels with the call, not through
 * every parser's arguments, and is restored when the call returns (all of import is synchronous).
 */

export type ImportLang = 'en' | 'fr';

const LINKEDIN_HEADER = 'First Name, Last Name, URL, Email Address, Company, Position, Connected On';
const GOOGLE_HEADER = 'First Name, Last Name, E-mail 1 - Value, Phone 1 - Value, Organization Name, Labels…';

function quote(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return `"${one.length > max ? one.slice(0, max - 1) + '…' : one}"`;
}

function joinAll(items: string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** What to give import instead of a file that is not a contacts export. */
const EXPORT_INSTEAD = 'export Connections.csv from LinkedIn, "Google CSV" from Google Contacts, or a vCard (.vcf) file, and import that';

const en = {
  /** How a row or a card is named in messages and in the preview. */
  line: (n: number) => `line ${n}`,
  card: (n: number) => `card ${n}`,
  theFile: 'the file',
  emptyFile: (file: string) => `${file} is empty, so not a contacts export; ${EXPORT_INSTEAD}.`,
  notContacts: (file: string, firstLine: string) =>
    `${file} is neither a vCard (no BEGIN:VCARD line) nor a contacts CSV: its first line is ${quote(firstLine)}, ` +
    `but LinkedIn's header is ${LINKEDIN_HEADER} and Google's has ${GOOGLE_HEADER}; ` +
    `${EXPORT_INSTEAD}.`,
  noRows: (file: string) => `${file} has a header but no contacts below it; nothing to import (if you expected people, export the file again).`,
  /** The CLI's whole-file failures: what the path is, and what to give instead. */
  isFolder: (file: string) => `${file} is a folder, not a contacts export; ${EXPORT_INSTEAD}.`,
  notText: (file: string) =>
    `${file} is not text (not UTF-8, UTF-16 or Windows-1252): an image, a spreadsheet or another binary file, not a contacts export; ` +
    `save a spreadsheet as .csv, or ${EXPORT_INSTEAD}.`,
  /** decodeText's answer, when the caller has no file name to give. */
  unreadable: 'the file is not readable text (not UTF-8, UTF-16 or Windows-1252); export your contacts again as a CSV or vCard (.vcf) file',
  internalError: (file: string, why: string) =>
    `${file} could not be read because of a bug in Reconnect (${why}); please report it, with the file if you can.`,
  csvNoName: (ref: string, columns: string[]) =>
    `${ref} has no name (${joinAll(columns, 'and')} are empty); add one in the file, or leave it out.`,
  cardNoName: (ref: string, hint: string) =>
    `${ref} has no name (FN or N)${hint ? ` — ${hint}` : ''}; add one or skip it.`,
  unclosedQuote: (ref: string) =>
    `${ref} opens a quote (") that is never closed, so the rest of the file reads as one value; ` +
    `close the quote in the file and import it again.`,
  badQuote: (ref: string) => `${ref} has a misplaced quote ("); check that person's values after the import.`,
  badConnectedOn: (ref: string, value: string) =>
    `${ref}: "Connected On" ${quote(value)} is not a date like 07 Dec 2025; the note is made without met.`,
  badBirthday: (ref: string, value: string) =>
    `${ref}: birthday ${quote(value)} is not a day like 1985-05-14 or --05-14; the note is made without a birthday.`,
  cardNotClosed: (ref: string) => `${ref} has no END:VCARD (the file may be cut short); it is imported as far as it goes.`,
  unknownEncoding: (ref: string, property: string, charset: string) =>
    `${ref}: ${property} uses the character set ${charset}, which this device cannot read; it was read as UTF-8, check its accents.`,
  /** The hints of cardNoName: what the card does have. */
  hasEmail: (email: string) => `it has the email ${email}`,
  orgIs: (company: string) => `its organisation is ${company}`,

  inVault: (path: string, why: 'email' | 'name') =>
    `already in the vault as ${path} (${why === 'email' ? 'same email' : 'same name or alias'})`,
  inFile: (ref: string, why: 'email' | 'name') => `same ${why} as ${ref} in this file`,
  noName: () => 'it has no name',
};

export type ImportMessages = typeof en;

const EXPORTER_FR = 'exportez Connections.csv depuis LinkedIn, « Google CSV » depuis Google Contacts, ou un fichier vCard (.vcf), et importez-le';

const fr: ImportMessages = {
  line: (n) => `ligne ${n}`,
  card: (n) => `fiche ${n}`,
  theFile: 'le fichier',
  emptyFile: (file) => `${file} est vide : ce n'est pas un export de contacts ; ${EXPORTER_FR}.`,
  notContacts: (file, firstLine) =>
    `${file} n'est ni une vCard (pas de ligne BEGIN:VCARD) ni un CSV de contacts : sa première ligne est ${quote(firstLine)}, ` +
    `alors que l'en-tête de LinkedIn est ${LINKEDIN_HEADER} et celui de Google contient ${GOOGLE_HEADER} ; ` +
    `${EXPORTER_FR}.`,
  noRows: (file) => `${file} a un en-tête mais aucun contact en dessous : rien à importer (si vous attendiez des personnes, exportez le fichier à nouveau).`,
  isFolder: (file) => `${file} est un dossier, pas un export de contacts ; ${EXPORTER_FR}.`,
  notText: (file) =>
    `${file} n'est pas du texte (ni UTF-8, ni UTF-16, ni Windows-1252) : une image, un tableur ou un autre fichier binaire, pas un export de contacts ; ` +
    `enregistrez un tableur en .csv, ou ${EXPORTER_FR}.`,
  unreadable: "le fichier n'est pas du texte lisible (ni UTF-8, ni UTF-16, ni Windows-1252) ; exportez à nouveau vos contacts en CSV ou en vCard (.vcf)",
  internalError: (file, why) =>
    `${file} n'a pas pu être lu à cause d'un bogue de Reconnect (${why}) ; merci de le signaler, avec le fichier si possible.`,
  csvNoName: (ref, columns) =>
    `${ref} n'a pas de nom (${joinAll(columns, 'et')} sont vides) ; ajoutez-en un dans le fichier, ou laissez-la de côté.`,
  cardNoName: (ref, hint) =>
    `${ref} n'a pas de nom (FN ou N)${hint ? ` — ${hint}` : ''} ; ajoutez-en un ou ignorez-la.`,
  unclosedQuote: (ref) =>
    `${ref} ouvre un guillemet (") qui n'est jamais fermé : la suite du fichier se lit comme une seule valeur ; ` +
    `fermez le guillemet dans le fichier et importez-le à nouveau.`,
  badQuote: (ref) => `${ref} contient un guillemet (") mal placé ; vérifiez les valeurs de cette personne après l'import.`,
  badConnectedOn: (ref, value) =>
    `${ref} : « Connected On » ${quote(value)} n'est pas une date comme 07 Dec 2025 ; la note est créée sans met.`,
  badBirthday: (ref, value) =>
    `${ref} : l'anniversaire ${quote(value)} n'est pas un jour comme 1985-05-14 ou --05-14 ; la note est créée sans anniversaire.`,
  cardNotClosed: (ref) => `${ref} n'a pas de END:VCARD (le fichier est peut-être tronqué) ; elle est importée jusqu'où elle va.`,
  unknownEncoding: (ref, property, charset) =>
    `${ref} : ${property} utilise le jeu de caractères ${charset}, que cet appareil ne sait pas lire ; lu en UTF-8, vérifiez ses accents.`,
  hasEmail: (email) => `elle a l'e-mail ${email}`,
  orgIs: (company) => `son organisation est ${company}`,

  inVault: (path, why) => `déjà dans le coffre : ${path} (${why === 'email' ? 'même e-mail' : 'même nom ou alias'})`,
  inFile: (ref, why) => `${why === 'email' ? 'même e-mail' : 'même nom'} que ${ref} dans ce fichier`,
  noName: () => "elle n'a pas de nom",
};

/** The sentences of one language. */
export function importMessages(lang: ImportLang = 'en'): ImportMessages {
  return lang === 'fr' ? fr : en;
}

let current: ImportMessages = en;

/** The sentences of the language the current import call runs in. */
export function m(): ImportMessages {
  return current;
}

/** Runs `fn` with import's sentences in `lang` (English when undefined), then restores the previous ones. */
export function inLanguage<T>(lang: ImportLang | undefined, fn: () => T): T {
  const previous = current;
  current = importMessages(lang);
  try {
    return fn();
  } finally {
    current = previous;
  }
}
