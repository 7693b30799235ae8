// After an event (issue 9): who waits in Follow up, and the notes Log event writes.
import { describe, expect, it } from 'vitest';
import { makeVault } from '../helpers/vault';
import { afterEventKey, afterEvents, eventName, templateEventFor } from '../../src/core/events';
import { goalProgress, planEvent } from '../../src/core/eventNotes';
import { defaultSettings } from '../../src/core/settings';

const EVENT = `---
type: event
date: 2026-11-20
with:
  - "[[People/Nora Quinn]]"
  - "[[People/Maya Chen]]"
---
## People I met
- [[People/Nora Quinn|Nora Quinn]] — editor at Northwind, likes climbing
- [[People/Maya Chen|Maya Chen]] — the Lyon office
`;

const nora = (extra = '', fm = '') => `---\ntype: person\nmet: 2026-11-20\nmet_at: "[[Events/2026-11-20 Product Camp]]"\nbucket: acquaintance\n${fm}---\neditor at Northwind\n\n## Interactions\n${extra}`;
const MAYA = '---\ntype: person\ncadence: monthly\n---\n## Log\n- 2026-10-01 call\n';

function vault(noraText = nora()) {
  return makeVault({ 'Events/2026-11-20 Product Camp.md': EVENT, 'People/Nora Quinn.md': noraText, 'People/Maya Chen.md': MAYA });
}

describe('afterEvents', () => {
  it.each([
    ['the event day', '2026-11-20', ['Maya Chen', 'Nora Quinn']],
    ['the next day', '2026-11-21', ['Maya Chen', 'Nora Quinn']],
    ['7 days after (the setting)', '2026-11-27', ['Maya Chen', 'Nora Quinn']],
    ['8 days after: back to the normal cadence', '2026-11-28', []],
    ['before the event', '2026-11-19', []],
  ])('%s', (_label, today, names) => {
    const v = vault();
    expect(afterEvents(v.index, v.due, today).map((a) => a.person.name)).toEqual(names);
  });

  it('says when, where and what was noted', () => {
    const v = vault();
    const [maya, a] = afterEvents(v.index, v.due, '2026-11-21');
    expect([a.event.name, a.event.date, a.daysSince, a.context]).toEqual(['Product Camp', '2026-11-20', 1, 'editor at Northwind, likes climbing']);
    expect([maya.person.name, maya.event.name, maya.context]).toEqual(['Maya Chen', 'Product Camp', 'the Lyon office']);
    // Nora was met there; Maya, in touch since October, was seen there.
    expect([afterEventKey(a), afterEventKey(maya)]).toEqual(['event.metAgo', 'event.seenAgo']);
    expect(templateEventFor(v.index, v.due, 'People/Maya Chen.md', '2026-11-21')).toMatchObject({ name: 'Product Camp', context: 'the Lyon office' });
    expect(templateEventFor(v.index, v.due, 'People/Maya Chen.md', '2026-12-21')).toBeNull();
    expect(templateEventFor(v.index, v.due, 'People/Nora Quinn.md', '2026-11-21')).toEqual({ name: 'Product Camp', date: '2026-11-20', path: 'Events/2026-11-20 Product Camp.md', context: 'editor at Northwind, likes climbing' });
  });

  it('the event counts as a contact for every attendee, and the due list changes accordingly', () => {
    const v = vault();
    const without = makeVault({ 'People/Nora Quinn.md': nora(), 'People/Maya Chen.md': MAYA });
    expect(without.person('People/Maya Chen.md', '2026-11-21')).toMatchObject({ status: 'overdue', lastContact: '2026-10-01' });
    expect(without.due.dueList('2026-11-21').map((p) => p.name)).toContain('Maya Chen');
    // Seen from before the event, it is planned.
    expect(v.person('People/Maya Chen.md', '2026-11-19').status).toBe('scheduled');
    expect(v.person('People/Maya Chen.md', '2026-11-21')).toMatchObject({ status: 'ok', lastContact: '2026-11-20', dueDate: '2026-12-20' });
    expect(v.due.dueList('2026-11-21').map((p) => p.name)).not.toContain('Maya Chen');
    expect(v.person('People/Nora Quinn.md', '2026-11-21').lastContact).toBe('2026-11-20');
    expect(v.person('People/Nora Quinn.md', '2026-11-21').status).toBe('ok');
  });

  it.each([
    ['a log line the same evening', '- 2026-11-20 email: nice to meet you\n', ''],
    ['a log line the next day', '- 2026-11-21 follow-up sent\n', ''],
    ['a later last_contact', '', 'last_contact: 2026-11-22\n'],
  ])('a follow-up clears them: %s', (_label, log, fm) => {
    const v = vault(nora(log, fm));
    expect(afterEvents(v.index, v.due, '2026-11-23').map((a) => a.person.name)).toEqual(['Maya Chen']);
  });

  it('a known person listed in a newer event is followed up for that one; a log line clears them too', () => {
    const second = '---\ntype: event\ndate: 2026-11-23\nwith: ["[[Maya Chen]]"]\n---\n- [[Maya Chen]]: wants the deck\n';
    const v = makeVault({ 'Events/2026-11-20 Product Camp.md': EVENT, 'Events/2026-11-23 Demo Night.md': second, 'People/Nora Quinn.md': nora(), 'People/Maya Chen.md': MAYA });
    expect(afterEvents(v.index, v.due, '2026-11-24').map((a) => [a.person.name, a.event.name, a.context])).toEqual([
      ['Nora Quinn', 'Product Camp', 'editor at Northwind, likes climbing'],
      ['Maya Chen', 'Demo Night', 'wants the deck'],
    ]);
    const answered = makeVault({ 'Events/2026-11-20 Product Camp.md': EVENT, 'People/Nora Quinn.md': nora(), 'People/Maya Chen.md': `${MAYA}- 2026-11-20 email: nice to see you\n` });
    expect(afterEvents(answered.index, answered.due, '2026-11-21').map((a) => a.person.name)).toEqual(['Nora Quinn']);
  });

  it('a paused person is not chased', () => {
    const v = vault(nora('', 'status: paused\n'));
    expect(afterEvents(v.index, v.due, '2026-11-21').map((a) => a.person.name)).toEqual(['Maya Chen']);
  });

  it('names an event after its file without the date, or its name', () => {
    expect(eventName('Events/2026-11-20 Product Camp.md', null)).toBe('Product Camp');
    expect(eventName('Events/2026-11-20 Product Camp.md', { name: 'PC 2026' })).toBe('PC 2026');
  });
});

describe('planEvent', () => {
  const settings = defaultSettings();

  it('writes the event note and a note per new person, existing people only as links', () => {
    const plan = planEvent(
      {
        name: 'Product Camp',
        date: '2026-11-24',
        where: 'Station F',
        goal: 'talk to 3 new people',
        people: [
          { name: 'Nora Quinn', context: 'editor at Northwind', existingPath: null },
          { name: 'Ravi Menon', context: 'the Lyon office', existingPath: 'People/Ravi Menon.md' },
          { name: 'Zoé Lefèvre', context: '', existingPath: null },
        ],
      },
      settings,
      new Set(['People/Ravi Menon.md']),
      'en',
    );
    expect(plan.eventPath).toBe('Events/2026-11-24 Product Camp.md');
    expect(plan.eventText).toBe(`---
type: event
date: 2026-11-24
where: Station F
goal: talk to 3 new people
with:
  - "[[People/Nora Quinn]]"
  - "[[People/Ravi Menon]]"
  - "[[People/Zoé Lefèvre]]"
---
**Goal:** talk to 3 new people · 2 of 3 new people

## People I met
- [[People/Nora Quinn|Nora Quinn]] — editor at Northwind
- [[People/Ravi Menon|Ravi Menon]] — the Lyon office
- [[People/Zoé Lefèvre|Zoé Lefèvre]]
`);
    expect(plan.newPeople.map((p) => p.path)).toEqual(['People/Nora Quinn.md', 'People/Zoé Lefèvre.md']);
    expect(plan.newPeople[0].text).toBe('---\ntype: person\nmet: 2026-11-24\nmet_at: "[[Events/2026-11-24 Product Camp]]"\nbucket: acquaintance\n---\neditor at Northwind\n\n## Interactions\n');
    expect(plan.attendees).toEqual(['People/Nora Quinn.md', 'People/Ravi Menon.md', 'People/Zoé Lefèvre.md']);
  });

  it('two new people with the same name get distinct notes; the name stays in the frontmatter', () => {
    const plan = planEvent(
      { name: 'Meetup: Paris / Lyon', date: '2026-11-24', where: '', goal: '', people: [{ name: 'Jane Doe', context: 'designer', existingPath: null }, { name: 'Jane Doe', context: 'engineer', existingPath: null }] },
      settings,
      new Set(['People/jane doe.md']),
      'fr',
    );
    expect(plan.eventPath).toBe('Events/2026-11-24 Meetup Paris Lyon.md');
    expect(plan.newPeople.map((p) => p.path)).toEqual(['People/Jane Doe 2.md', 'People/Jane Doe 3.md']);
    expect(plan.newPeople[0].text).toContain('name: Jane Doe\n');
    expect(plan.eventText).toContain('## Personnes rencontrées\n');
  });

  it('someone already in the vault named twice (a name, then an alias) is one attendee with both contexts', () => {
    const maya = 'People/Maya Chen.md';
    const plan = planEvent(
      {
        name: 'Meetup',
        date: '2026-11-24',
        where: '',
        goal: '',
        people: [
          { name: 'maya chen', context: 'moving to Lisbon', existingPath: maya },
          { name: 'Maya', context: '', existingPath: maya },
          { name: 'Maya', context: 'hiring a data lead', existingPath: maya },
          { name: 'Maya', context: 'moving to Lisbon', existingPath: maya },
        ],
      },
      settings,
      new Set([maya]),
      'en',
    );
    expect(plan.attendees).toEqual([maya]);
    expect(plan.newPeople).toEqual([]);
    expect(plan.eventText).toContain('with:\n  - "[[People/Maya Chen]]"\n---\n');
    expect(plan.eventText).toContain('- [[People/Maya Chen|maya chen]] — moving to Lisbon; hiring a data lead\n');
    expect(plan.eventText.match(/Maya Chen/g)).toHaveLength(2);
  });

  it.each([
    ['talk to 3 new people', 3, 'en', '3 of 3 new people — done'],
    ['talk to 3 new people', 1, 'en', '1 of 3 new people'],
    ['meet people', 2, 'en', '2 new people'],
    ['parler à 2 personnes', 2, 'fr', '2 nouvelles personnes sur 2 — atteint'],
  ] as const)('goal %s with %i new → %s', (goal, n, lang, expected) => {
    expect(goalProgress(goal, n, lang)).toBe(expected);
  });
});
