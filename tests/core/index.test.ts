/**
 * The index is incremental (issue 3): after any sequence of "this note is now this", "this note is
 * gone", "this note moved", it answers exactly as an index built from scratch on the final vault.
 * The answers are the ones of §4–§6, so this checks that no change leaves a stale link, alias,
 * contact or problem behind — with a due calculator kept alive (and asked) all along.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VaultIndex } from '../../src/core/vaultIndex';
import { DueCalculator } from '../../src/core/due';
import { makeContext } from '../helpers/vault';

const TODAY = '2026-11-25';

const PATHS = [
  'People/Maya.md', 'People/Leo.md', 'People/Sub/Maya.md', 'Notes/Mimi.md', 'Companies/Acme.md', '2026-11-20.md',
  'Daily/2026-11-21.md', 'Meetings/Sync.md', 'Templates/Maya.md', 'Notes/Leo.md',
];

const TEXTS = [
  '---\ncadence: monthly\naliases: [Mimi]\n---\n## Log\n- 2026-10-01 call #awaiting-reply\n',
  '---\ncadence: weekly\nname: Leo Park\n---\n',
  '---\ntype: person\nbucket: friend\naliases: [Mimi, Lee]\n---\n## Log\n- 2026-11-01 email\n- [ ] 2026-12-01 lunch\n',
  '---\ncadence: every blue moon\nlast_contact: 2026-02-30\n---\n',
  '---\ntype: company\n---\n',
  'Lunch with [[Mimi]] #favor/asked\n',
  'Call with [[Maya]] and [[Leo Park]] #awaiting-reply\n',
  'Met [[Leo]], [[Lee]] and [[Sub/Maya]].\n',
  '---\ntype: meeting\ndate: 2026-11-18\nwith: [[Acme]]\n---\nWith [[Mimi]] and [[Leo Park]].\n',
  '---\ntype: call\ndate: 2026-11-22\nwith: "[[Maya]]"\n---\n',
  '---\ntype: meeting\n---\n[[Leo]]\n',
  '# Just a note\n[[Maya]]\n',
  '---\ntags: [people/work]\nsnooze_until: 2026-12-01\n---\n',
  '---\nbroken: [\n---\n## Log\n- 2026-11-10 call\n',
];

type Op =
  | { kind: 'set'; path: string; text: number }
  | { kind: 'delete'; path: string }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'file'; path: string }
  | { kind: 'forget'; path: string };

const path = fc.constantFrom(...PATHS);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), path, text: fc.nat({ max: TEXTS.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), from: path, to: path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('file' as const), path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('forget' as const), path }) },
);

/** What a fresh index and the due list say, in a form that compares. */
function answers(index: VaultIndex, due: DueCalculator) {
  return {
    people: due.everyone(TODAY).map((p) => ({
      path: p.path, name: p.name, status: p.status, cadence: p.cadence, lastContact: p.lastContact, dueDate: p.dueDate,
      followUp: p.followUp, letGo: p.letGo, favor: p.favorRecentlyAsked,
      contacts: p.contacts.map((c) => `${c.day} ${c.channel} ${c.sourcePath}:${c.line} ${[...c.tags].sort().join(',')}`),
      planned: p.planned.map((c) => `${c.day} ${c.sourcePath}`),
    })),
    problems: due.problems(TODAY).map((p) => JSON.stringify(p)).sort(),
    due: due.dueList(TODAY).map((p) => p.path),
  };
}

describe('the incremental index', () => {
  it('answers after any sequence of changes as an index built from scratch', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), fc.boolean(), (ops, batched) => {
        const ctx = makeContext();
        const live = new VaultIndex(ctx);
        const liveDue = new DueCalculator(live);
        /** The vault: a file's text, or null for a file the index knows but does not read. */
        const vault = new Map<string, string | null>();
        const apply = (o: Op): void => {
          switch (o.kind) {
            case 'set':
              live.setNote(o.path, TEXTS[o.text]);
              vault.set(o.path, TEXTS[o.text]);
              break;
            case 'delete':
              live.deleteNote(o.path);
              vault.delete(o.path);
              break;
            case 'rename':
              if (!vault.has(o.from) || vault.has(o.to) || o.from === o.to) return;
              live.renameNote(o.from, o.to);
              // a note the index never read (under Templates/) arrives as a file only: the host reads it next
              vault.set(o.to, live.isReadable(o.from) ? (vault.get(o.from) ?? null) : null);
              vault.delete(o.from);
              break;
            case 'file':
              if (vault.has(o.path)) return;
              live.addFile(o.path);
              vault.set(o.path, null);
              break;
            case 'forget':
              if (!vault.has(o.path)) return;
              live.forgetNote(o.path);
              vault.set(o.path, null);
              break;
          }
        };
        if (batched) live.batch(() => ops.forEach(apply));
        else {
          for (const o of ops) {
            apply(o);
            // ask between changes, so that cached answers must be dropped at the right time
            liveDue.everyone(TODAY);
            liveDue.problems(TODAY);
          }
        }

        const fresh = new VaultIndex(ctx);
        fresh.batch(() => {
          for (const [p, text] of vault) {
            if (text === null) fresh.addFile(p);
            else fresh.setNote(p, text);
          }
        });
        expect(answers(live, liveDue)).toEqual(answers(fresh, new DueCalculator(fresh)));
      }),
      { numRuns: 400 },
    );
  });

  it('tells its listeners which people may have changed', () => {
    const index = new VaultIndex(makeContext());
    index.setNote('People/Maya.md', TEXTS[0]);
    index.setNote('People/Leo.md', TEXTS[1]);
    const seen: string[][] = [];
    index.onChange((people) => seen.push([...people].sort()));
    index.setNote('2026-11-20.md', 'Lunch with [[Mimi]] and [[Leo Park]]\n');
    expect(seen).toEqual([['People/Leo.md', 'People/Maya.md']]);
    index.setNote('Notes/Mimi.md', '# Mimi, a cat\n');
    // [[Mimi]] now resolves to the note named Mimi: Maya lost the contact (others may be re-checked)
    expect(seen[1]).toContain('People/Maya.md');
    const v = new DueCalculator(index);
    expect(v.person('People/Maya.md', TODAY)?.lastContact).toBe('2026-10-01');
  });
});
