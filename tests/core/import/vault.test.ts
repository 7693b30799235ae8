import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlWithGrayMatter } from '../../../src/cli/loadVault';
import { compileDailyFormat } from '../../../src/core/dailyFormat';
import { DueCalculator } from '../../../src/core/due';
import { existingPerson, parseContactsFile, planImport, type ImportedContact } from '../../../src/core/import';
import type { ReadContext } from '../../../src/core/note';
import { defaultSettings } from '../../../src/core/settings';
import { buildIndex } from '../../../src/core/vaultIndex';

// The imported notes as the rest of Reconnect reads them: people, untracked, no problems.
const FIXTURES = ['linkedin-connections.csv', 'google-contacts.csv', 'google-contacts-old.csv', 'vcard21.vcf', 'vcard30.vcf', 'vcard40.vcf'];
const ctx: ReadContext = {
  settings: defaultSettings(),
  daily: compileDailyFormat('YYYY-MM-DD', ''),
  parseYaml: parseYamlWithGrayMatter,
  configDir: '.obsidian',
};
const today = '2026-11-25';

function importAll(): { contacts: ImportedContact[] } {
  const contacts = FIXTURES.flatMap((f) => parseContactsFile(f, readFileSync(join(__dirname, 'fixtures', f), 'utf8')).contacts);
  return { contacts };
}

describe('imported notes in a vault', () => {
  const vault = [
    { path: 'People/Maya Chen.md', text: '---\ntype: person\nemail: maya.chen@example.com\ncadence: monthly\n---\n## Interactions\n' },
    { path: 'People/Samantha Lee.md', text: '---\naliases: [Ann Lee]\n---\n' },
  ];

  it('are people, untracked (nobody becomes due), and `check` stays clean', () => {
    const { contacts } = importAll();
    const before = buildIndex(ctx, vault);
    const existing = before.allPeople().map((card) => existingPerson(card.path, card.frontmatter));
    const plan = planImport(contacts, existing, { peopleFolder: 'People', existingPaths: new Set(before.notePaths()), today });
    expect(plan.skipped.map((s) => s.reason)).toEqual(
      expect.arrayContaining([
        'already in the vault as People/Maya Chen.md (same email)',
        'already in the vault as People/Samantha Lee.md (same name or alias)',
      ]),
    );
    const after = buildIndex(ctx, [...vault, ...plan.create]);
    expect(after.staticProblems()).toEqual([]);
    const due = new DueCalculator(after);
    for (const note of plan.create) {
      expect(after.person(note.path)?.name).toBe(note.contact.name);
      expect(due.person(note.path, today)?.status).toBe('untracked');
    }

    // importing the same files again, against what is now in the vault, makes nothing
    const again = planImport(
      contacts,
      after.allPeople().map((card) => existingPerson(card.path, card.frontmatter)),
      { peopleFolder: 'People', existingPaths: new Set(after.notePaths()), today },
    );
    expect(again.create).toEqual([]);
  });
});
