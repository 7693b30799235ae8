/** vCard cards → contacts. */
import { parseBirthday } from './dates';
import { m } from './messages';
import type { ImportIssue, ImportedContact } from './types';
import { cleanBlock, cleanLine, distinct, foldEmail, joinName, splitUrls, toTags } from './text';
import { decodeQuotedPrintable, readVCards, splitEscaped, unescapeText, type VProperty } from './vcardLines';

interface Ranked {
  value: string;
  rank: number;
}

/** PREF=1 (4.0) or TYPE=pref (2.1, 3.0) first; the rest in file order. */
function prefRank(p: VProperty): number {
  const pref = Number.parseInt((p.params.PREF ?? [])[0] ?? '', 10);
  if (Number.isInteger(pref) && pref >= 1 && pref <= 100) return pref;
  return (p.params.TYPE ?? []).some((t) => t.toLowerCase() === 'pref') ? 1 : 101;
}

function byRank(items: Ranked[]): string[] {
  return items
    .map((it, i) => ({ ...it, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((it) => it.value);
}

class CardReader {
  readonly issues: ImportIssue[] = [];
  private readonly unknownCharsets = new Set<string>();
  constructor(readonly ref: string) {}

  /** The value decoded (quoted-printable, charset) but still escaped. */
  private decoded(p: VProperty, raw: string): string {
    const encoding = ((p.params.ENCODING ?? [])[0] ?? '').toUpperCase();
    if (encoding !== 'QUOTED-PRINTABLE') return raw;
    const charset = (p.params.CHARSET ?? [])[0] ?? 'utf-8';
    const { text, charsetKnown } = decodeQuotedPrintable(raw, charset);
    if (!charsetKnown && !this.unknownCharsets.has(charset.toLowerCase())) {
      this.unknownCharsets.add(charset.toLowerCase());
      this.issues.push({ ref: this.ref, message: m().unknownEncoding(this.ref, p.name, charset) });
    }
    return text;
  }

  /** A text value, unescaped. */
  text(p: VProperty): string {
    return unescapeText(this.decoded(p, p.raw));
  }

  /** A structured value (`N`, `ORG`): components split on `;`, each unescaped. */
  components(p: VProperty): string[] {
    return splitEscaped(p.raw, ';').map((c) => this.decoded(p, c));
  }

  /** A list value (`CATEGORIES`): split on `,`, each unescaped. */
  list(p: VProperty): string[] {
    return splitEscaped(this.decoded(p, p.raw), ',').flatMap((c) => splitEscaped(c, ';')).map(unescapeText);
  }
}

/** A component of `N`, whose values may be `,`-separated lists (4.0). */
function nameComponent(c: string | undefined): string {
  if (c === undefined) return '';
  return cleanLine(splitEscaped(c, ',').map(unescapeText).join(' '));
}

function cardToContact(props: VProperty[], ref: string, reader: CardReader): ImportedContact | null {
  let fn = '';
  let given = '';
  let family = '';
  let middle = '';
  const emails: Ranked[] = [];
  const phones: Ranked[] = [];
  const urls: string[] = [];
  const categories: string[] = [];
  const notes: string[] = [];
  let company = '';
  let title = '';
  let role = '';
  let birthday: string | undefined;

  for (const p of props) {
    switch (p.name) {
      case 'FN':
        if (fn === '') fn = cleanLine(reader.text(p));
        break;
      case 'N': {
        if (given !== '' || family !== '') break;
        const c = reader.components(p);
        family = nameComponent(c[0]);
        given = nameComponent(c[1]);
        middle = nameComponent(c[2]);
        break;
      }
      case 'EMAIL': {
        const v = cleanLine(reader.text(p)).replace(/^mailto:/i, '');
        if (v !== '') emails.push({ value: v, rank: prefRank(p) });
        break;
      }
      case 'TEL': {
        const v = cleanLine(reader.text(p)).replace(/^tel:/i, '');
        if (v !== '') phones.push({ value: v, rank: prefRank(p) });
        break;
      }
      case 'ORG':
        if (company === '') company = cleanLine(unescapeText(reader.components(p)[0] ?? ''));
        break;
      case 'TITLE':
        if (title === '') title = cleanLine(reader.text(p));
        break;
      case 'ROLE':
        if (role === '') role = cleanLine(reader.text(p));
        break;
      case 'BDAY': {
        const v = cleanLine(reader.text(p));
        if (v === '' || birthday !== undefined) break;
        const day = parseBirthday(v);
        if (day === null) reader.issues.push({ ref, message: m().badBirthday(ref, v) });
        else birthday = day;
        break;
      }
      case 'NOTE': {
        const v = cleanBlock(reader.text(p));
        if (v !== '') notes.push(v);
        break;
      }
      case 'URL':
        urls.push(cleanLine(reader.text(p)));
        break;
      case 'X-SOCIALPROFILE': {
        // Apple: `X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/…`
        const v = cleanLine(reader.text(p));
        if (/linkedin\.com/i.test(v)) urls.unshift(v);
        break;
      }
      case 'CATEGORIES':
        categories.push(...reader.list(p));
        break;
    }
  }

  const firstName = given;
  const lastName = family;
  const name = fn !== '' ? fn : joinName(given, family, middle);
  const emailList = distinct(byRank(emails), foldEmail);
  if (name === '') {
    const hint = emailList.length > 0 ? m().hasEmail(emailList[0]) : company !== '' ? m().orgIs(company) : '';
    reader.issues.push({ ref, message: m().cardNoName(ref, hint) });
    return null;
  }
  const web = splitUrls(urls);
  const contact: ImportedContact = {
    source: 'vcard',
    ref,
    name,
    emails: emailList,
    phones: distinct(byRank(phones)),
    urls: web.urls,
    tags: toTags(categories),
  };
  if (firstName !== '') contact.firstName = firstName;
  if (lastName !== '') contact.lastName = lastName;
  if (company !== '') contact.company = company;
  if (title !== '' || role !== '') contact.role = title !== '' ? title : role;
  if (birthday !== undefined) contact.birthday = birthday;
  if (web.linkedin !== undefined) contact.linkedin = web.linkedin;
  if (notes.length > 0) contact.notes = notes.join('\n\n');
  return contact;
}

export function parseVCardFile(text: string): { contacts: ImportedContact[]; issues: ImportIssue[] } {
  const contacts: ImportedContact[] = [];
  const issues: ImportIssue[] = [];
  for (const card of readVCards(text)) {
    const ref = m().card(card.index);
    const reader = new CardReader(ref);
    const contact = cardToContact(card.props, ref, reader);
    if (!card.closed) reader.issues.push({ ref, message: m().cardNotClosed(ref) });
    issues.push(...reader.issues);
    if (contact) contacts.push(contact);
  }
  return { contacts, issues };
}
