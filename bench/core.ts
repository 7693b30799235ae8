/** Core speed: parse, index build, due list, one changed note — on the synthetic vaults. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listMarkdown, CONFIG_DIR, parseYamlWithGrayMatter } from '../src/cli/loadVault';
import { defaultSettings } from '../src/core/settings';
import { compileDailyFormat } from '../src/core/dailyFormat';
import { readNoteContent, type ReadContext, type NoteContent } from '../src/core/note';
import { VaultIndex } from '../src/core/vaultIndex';
import { DueCalculator } from '../src/core/due';
import { time, median, report, type Row } from './measure';

const TODAY = '2026-11-25';

export function benchCore(label: string, dir: string): Row[] {
  const rows: Row[] = [];
  const ctx: ReadContext = {
    settings: defaultSettings(),
    daily: compileDailyFormat('YYYY-MM-DD', 'Daily'),
    parseYaml: parseYamlWithGrayMatter,
    configDir: CONFIG_DIR,
  };
  const files = listMarkdown(dir).map((path) => ({ path, text: readFileSync(join(dir, path), 'utf8') }));
  let contents: NoteContent[] = [];
  rows.push(report(`${label}: parse ${files.length} notes (text → content)`, time(() => {
    contents = files.map((f) => readNoteContent(f.text, ctx));
  })));
  let index = new VaultIndex(ctx);
  const builds: number[] = [];
  for (let i = 0; i < 5; i++) {
    index = new VaultIndex(ctx);
    const idx = index;
    builds.push(time(() => idx.batch(() => files.forEach((f, j) => idx.setContent(f.path, contents[j])))));
  }
  const people = index.allPeople().length;
  const interactions = index.allPeople().reduce((n, p) => n + index.interactionsOf(p.path).length, 0);
  rows.push(report(`${label}: index build from parsed notes (${people} people, ${interactions} interactions)`, median(builds), 150));
  const due = new DueCalculator(index);
  rows.push(report(`${label}: due list, cold (every person computed)`, time(() => due.dueList(TODAY))));
  rows.push(report(`${label}: due list, warm (cached answers, sorted)`, median([1, 2, 3, 4, 5].map(() => time(() => due.dueList(TODAY))))));

  const person = files.find((f) => f.path.startsWith('People/'))!;
  const daily = files.filter((f) => f.path.startsWith('Daily/')).pop()!;
  const onePerson: number[] = [];
  const oneDaily: number[] = [];
  for (let i = 0; i < 200; i++) {
    const p = `${person.text}\n- 2026-11-${String((i % 20) + 1).padStart(2, '0')} call: bench ${i}\n`;
    onePerson.push(time(() => {
      index.setNote(person.path, p);
      due.person(person.path, TODAY);
    }));
    const d = `${daily.text}\nAlso saw [[${person.path.replace(/\.md$/, '')}]] (${i}).\n`;
    oneDaily.push(time(() => {
      index.setNote(daily.path, d);
      due.person(person.path, TODAY);
    }));
  }
  rows.push(report(`${label}: one changed person note (parse + index + due)`, median(onePerson), 1));
  rows.push(report(`${label}: one changed daily note (parse + index + due)`, median(oneDaily), 1));
  return rows;
}
