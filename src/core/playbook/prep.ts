/** Prepare for a meeting (PLAYBOOK: prepare a second meeting): everything about one person, at once. */
import type { Day, Interaction } from '../types';
import type { VaultIndex } from '../vaultIndex';
import type { DueCalculator, PersonDue } from '../due';
import { diffDays } from '../dates';
import { followUpTasksOf, type FollowUpTask } from './followUps';
import { newsOf, type NewsItem } from './news';
import { birthdaySoonOf, type BirthdaySoon } from './birthdays';
import { favorLedger, type FavorLedger } from './favors';
import { channelMix, type ChannelMix } from './channels';
import { introductionSuggestions, type IntroSuggestion } from './introductions';
import { cardChangesOf, type CardChange } from './changes';

export interface Prep {
  person: PersonDue;
  /** Days since the last contact, or null when there is none. */
  daysSince: number | null;
  /** The last 3 contacts, newest first. */
  last: Interaction[];
  followUps: FollowUpTask[];
  /** `#news` contacts of the last 12 months, newest first: what changed for them. */
  news: NewsItem[];
  /** A new company or role logged on the day you last talked (`[company:: …]`, `role:: …`): see changes.ts. */
  changes: CardChange[];
  /** The birthday when it is within the `birthdayLeadDays` setting. */
  birthday: BirthdaySoon | null;
  favors: FavorLedger;
  channels: ChannelMix;
  /** Up to 3 people to introduce them to. */
  introductions: IntroSuggestion[];
}

/** How far back the prep panel looks for news: what changed since you last met, within a year. */
export const PREP_NEWS_DAYS = 365;

/** Everything to prepare a meeting with one person (the prep panel and `second-meeting`); null for a note that is no person. */
export function prepare(index: VaultIndex, due: DueCalculator, personPath: string, today: Day): Prep | null {
  const person = due.person(personPath, today);
  if (!person) return null;
  const settings = index.context.settings;
  return {
    person,
    daysSince: person.lastContact !== null ? diffDays(today, person.lastContact) : null,
    last: person.contacts.slice(-3).reverse(),
    followUps: followUpTasksOf(index, personPath, today),
    news: newsOf(index, person, today, PREP_NEWS_DAYS),
    changes: cardChangesOf(index, person, today, PREP_NEWS_DAYS),
    birthday: birthdaySoonOf(person, today, settings.birthdayLeadDays),
    favors: favorLedger(person, today),
    channels: channelMix(person, today),
    introductions: introductionSuggestions(index, today, { forPath: personPath, limit: 3 }),
  };
}
