import type { Channel } from './types';

/** Channel words of §4 (English and French), lower-case, mapped to the English channel. */
const WORDS: Record<string, Channel> = {
  email: 'email', call: 'call', coffee: 'coffee', meeting: 'meeting', lunch: 'lunch', dinner: 'dinner',
  drinks: 'drinks', event: 'event', message: 'message', text: 'text', video: 'video', social: 'social',
  letter: 'letter', card: 'card',
  courriel: 'email', appel: 'call', café: 'coffee', réunion: 'meeting', rencontre: 'meeting',
  déjeuner: 'lunch', dîner: 'dinner', verre: 'drinks', événement: 'event', texto: 'text', visio: 'video',
  lettre: 'letter', carte: 'card',
};

/** The channel a word names, or null when it is not a channel word. */
export function channelOf(word: string): Channel | null {
  const lower = word.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(WORDS, lower)) return WORDS[lower];
  const nfc = lower.normalize('NFC');
  return Object.prototype.hasOwnProperty.call(WORDS, nfc) ? WORDS[nfc] : null;
}

/** The English channel words, in the order of §4 (what `log --channel` accepts, in either language). */
export const CHANNEL_WORDS: readonly Channel[] = [
  'email', 'call', 'coffee', 'meeting', 'lunch', 'dinner', 'drinks', 'event', 'message', 'text', 'video',
  'social', 'letter', 'card',
];

export function allChannelWords(): string[] {
  return Object.keys(WORDS);
}
