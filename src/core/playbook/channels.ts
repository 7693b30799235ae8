/** The channel mix (PLAYBOOK: use every channel): what the last year's contacts went through. */
import type { Channel, Day } from '../types';
import type { PersonDue } from '../due';
import { withinMonths } from './favors';

export interface ChannelMix {
  /** Channels of the last 12 months' contacts, most used first (daily-note mentions left out). */
  counts: { channel: Channel; count: number }[];
  /**
   * When the last year's contacts (two or more) all used one channel: other channels to try,
   * e.g. `['call', 'coffee', 'card']` after emails only. Null otherwise.
   */
  suggestion: Channel[] | null;
}

/** What to try instead, warmest and easiest first; the one in use is skipped. */
const TRY: readonly Channel[] = ['call', 'coffee', 'card', 'email'];

export function channelMix(p: PersonDue, today: Day): ChannelMix {
  const byChannel = new Map<Channel, number>();
  let total = 0;
  for (const c of p.contacts) {
    // A mention in a daily note says you wrote their name, not how you were in touch.
    if (c.channel === 'mention' || !withinMonths(c.day, today, 12)) continue;
    byChannel.set(c.channel, (byChannel.get(c.channel) ?? 0) + 1);
    total++;
  }
  const counts = [...byChannel].map(([channel, count]) => ({ channel, count }));
  counts.sort((a, b) => b.count - a.count || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
  const only = counts.length === 1 && counts[0].channel !== 'other' && total >= 2 ? counts[0].channel : null;
  return { counts, suggestion: only === null ? null : TRY.filter((c) => c !== only).slice(0, 3) };
}
