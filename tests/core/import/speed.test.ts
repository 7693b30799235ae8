import { describe, expect, it } from 'vitest';
import { parseContactsFile, planImport, type ExistingPerson } from '../../../src/core/import';

// Printed, not asserted: speed is compared in `npm run bench`, never timed in `npm test`.
describe('5,000 contacts', () => {
  it('parse and plan', () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      [`Prénom${i}`, `Nom ${i % 250}`, `https://www.linkedin.com/in/p${i}`, i % 3 === 0 ? `p${i}@example.com` : '', `Co ${i % 40}`, 'Engineer', '07 Dec 2025'].join(','),
    );
    const text = 'Notes:\n"Some emails are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n' + rows.join('\n');
    const existing: ExistingPerson[] = Array.from({ length: 1000 }, (_, i) => ({
      path: `People/Someone ${i}.md`,
      names: [`Someone ${i}`],
      emails: [`someone${i}@example.com`],
    }));
    const t0 = performance.now();
    const parsed = parseContactsFile('Connections.csv', text);
    const t1 = performance.now();
    const plan = planImport(parsed.contacts, existing, {
      peopleFolder: 'People',
      existingPaths: new Set(existing.map((p) => p.path)),
      today: '2026-11-25',
    });
    const t2 = performance.now();
    console.log(`import of 5,000 LinkedIn rows: parse ${(t1 - t0).toFixed(0)} ms, plan ${(t2 - t1).toFixed(0)} ms`);
    expect(parsed.contacts).toHaveLength(5000);
    expect(plan.create).toHaveLength(5000);
  });
});
