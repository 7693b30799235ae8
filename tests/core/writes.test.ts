/**
 * The writes behind `reconnect log` (§7): pure `text → text` functions that append one log line
 * and move `last_contact` forward, keeping every other byte.
 */
import { describe, expect, it } from 'vitest';
import { appendLogLine, formatLogEntry, frontmatterParses, logContact, setFrontmatterValue, setFrontmatterValueIfReadable, setLastContact, type LogLine } from '../../src/core/writes';
import { defaultSettings } from '../../src/core/settings';
import { makeVault, PARSERS } from '../helpers/vault';
import { parseYamlWithGrayMatter } from '../../src/cli/loadVault';

const HEADINGS = defaultSettings().logHeadings;
const ENTRY: LogLine = { day: '2026-11-25', channel: 'call', text: 'talked about the launch', tags: ['awaiting-reply'] };
const LINE = '2026-11-25 call: talked about the launch #awaiting-reply';
const opts = { logHeadings: HEADINGS, lastContactKey: 'last_contact', today: '2026-11-25', parseYaml: parseYamlWithGrayMatter };

describe('NOTE-FORMAT §7 log, as pure writes', () => {
  it.each<[string, LogLine, string]>([
    ['day, channel, text, tags', ENTRY, LINE],
    ['day only', { day: '2026-11-25' }, '2026-11-25'],
    ['no channel', { day: '2026-11-25', text: 'lunch at the café' }, '2026-11-25 lunch at the café'],
    ['channel only', { day: '2026-11-25', channel: 'email' }, '2026-11-25 email'],
    ['tags given with #', { day: '2026-11-25', channel: 'email', tags: ['#favor/asked', 'news'] }, '2026-11-25 email #favor/asked #news'],
    ['text on several lines is one line', { day: '2026-11-25', channel: 'call', text: 'a\nb\r\nc' }, '2026-11-25 call: a b c'],
  ])('formats %s', (_n, entry, line) => {
    expect(formatLogEntry(entry)).toBe(line);
  });

  it('a written line reads back as the same interaction', () => {
    const text = appendLogLine('---\ntype: person\n---\n', ENTRY, HEADINGS);
    const v = makeVault({ 'People/A.md': text });
    const [c] = v.person('People/A.md', '2026-11-25').contacts;
    expect([c.day, c.channel, c.text, c.tags]).toEqual(['2026-11-25', 'call', 'talked about the launch', ['awaiting-reply']]);
  });

  // "appends one log line at the end of the list under the person's log heading (a `## Interactions`
  // heading is added at the end of the note when there is none) … every other byte of the note stays
  // as it was, line endings (LF or CRLF) and a BOM included"
  it.each([
    ['at the end of the list', '# Maya\n## Log\n- 2026-10-01 call\n- 2026-10-05 email\n\n## Notes\nHi\n',
      '# Maya\n## Log\n- 2026-10-01 call\n- 2026-10-05 email\n- LINE\n\n## Notes\nHi\n'],
    ['CRLF', '## Log\r\n- 2026-10-01 call\r\n\r\n## Notes\r\n', '## Log\r\n- 2026-10-01 call\r\n- LINE\r\n\r\n## Notes\r\n'],
    ['a BOM', '\ufeff## Log\n- 2026-10-01 call\n', '\ufeff## Log\n- 2026-10-01 call\n- LINE\n'],
    ['no trailing newline', '## Log\n- 2026-10-01 call', '## Log\n- 2026-10-01 call\n- LINE'],
    ['an empty log', '## Log\n\n## Notes\n', '## Log\n- LINE\n\n## Notes\n'],
    ['a heading at the very end', '## Interactions', '## Interactions\n- LINE'],
    ['the same marker', '## Log\n* 2026-10-01 call\n', '## Log\n* 2026-10-01 call\n* LINE\n'],
    ['the next number', '## Log\n1. 2026-10-01 call\n2. 2026-10-02 call\n', '## Log\n1. 2026-10-01 call\n2. 2026-10-02 call\n3. LINE\n'],
    ['after the nested lines of the last item', '## Log\n- 2026-10-01 call\n  - she moved\n    - to Lyon\n## Notes\n',
      '## Log\n- 2026-10-01 call\n  - she moved\n    - to Lyon\n- LINE\n## Notes\n'],
    ['the list of a sub-heading inside the log', '## Log\n### 2026\n- 2026-10-01 call\n## Notes\n', '## Log\n### 2026\n- 2026-10-01 call\n- LINE\n## Notes\n'],
    ['any level, any case', '#### JOURNAL\n- 2026-10-01 call\n', '#### JOURNAL\n- 2026-10-01 call\n- LINE\n'],
    ['Échanges', '## Échanges\n- 2026-10-01 appel\n', '## Échanges\n- 2026-10-01 appel\n- LINE\n'],
    ['a log heading in a fenced block is not the log', '```\n## Log\n```\n', '```\n## Log\n```\n\n## Interactions\n\n- LINE\n'],
    ['a log heading in a %% comment is not the log', '%%\n## Log\n- old\n%%\n## Interactions\n- 2026-01-01 call\n',
      '%%\n## Log\n- old\n%%\n## Interactions\n- 2026-01-01 call\n- LINE\n'],
    ['a log heading in an HTML comment is not the log', '<!--\n## Log\n-->\nText\n', '<!--\n## Log\n-->\nText\n\n## Interactions\n\n- LINE\n'],
    ['commented-out items are not the end of the list', '## Log\n- 2026-01-01 call\n%%\n- 2025-01-01 hidden\n%%\n',
      '## Log\n- 2026-01-01 call\n- LINE\n%%\n- 2025-01-01 hidden\n%%\n'],
    ['an item in an inline HTML comment is not an item', '## Log\n- 2026-01-01 call\n<!-- - 2025 -->\n', '## Log\n- 2026-01-01 call\n- LINE\n<!-- - 2025 -->\n'],
    ['an item in an indented code block is not an item', '## Log\n\n    - 2026-01-01 in code\n', '## Log\n\n    - 2026-01-01 in code\n- LINE\n'],
    ['no heading: added at the end', '---\ntype: person\n---\nHello\n', '---\ntype: person\n---\nHello\n\n## Interactions\n\n- LINE\n'],
    ['no heading, no trailing newline', 'Hello', 'Hello\n\n## Interactions\n\n- LINE'],
    ['no heading, CRLF', 'Hello\r\n', 'Hello\r\n\r\n## Interactions\r\n\r\n- LINE\r\n'],
    ['no heading, a blank last line', 'Hello\n\n', 'Hello\n\n## Interactions\n\n- LINE\n'],
    ['an empty note', '', '## Interactions\n\n- LINE\n'],
  ])('appends %s', (_n, before, after) => {
    expect(appendLogLine(before, ENTRY, HEADINGS)).toBe(after.replace('LINE', LINE));
  });

  it('an indented fenced block with a blank line under the last item stays whole', () => {
    const before = '## Log\n- 2026-10-01 call\n  ```\n  code\n\n  more\n  ```\n\n## Notes\n';
    const after = appendLogLine(before, ENTRY, HEADINGS);
    expect(after).toBe('## Log\n- 2026-10-01 call\n  ```\n  code\n\n  more\n  ```\n- LINE\n\n## Notes\n'.replace('LINE', LINE));
    expect(makeVault({ 'People/A.md': after }).person('People/A.md', '2026-11-25').lastContact).toBe('2026-11-25');
  });

  it('a continuation paragraph of the last item stays with it', () => {
    const before = '## Log\n- 2026-10-01 call\n\n  she asked for the deck\n\n## Notes\n';
    expect(appendLogLine(before, ENTRY, HEADINGS)).toBe('## Log\n- 2026-10-01 call\n\n  she asked for the deck\n- LINE\n\n## Notes\n'.replace('LINE', LINE));
  });

  // "and sets `last_contact` in place when the new day is later"
  it.each([
    ['later: in place', '---\nname: A\nlast_contact: 2026-10-01\ncadence: monthly\n---\n', '---\nname: A\nlast_contact: 2026-11-25\ncadence: monthly\n---\n'],
    ['keeps double quotes', '---\nlast_contact: "2026-10-01"\n---\n', '---\nlast_contact: "2026-11-25"\n---\n'],
    ["keeps single quotes", "---\nlast_contact: '2026-10-01'\n---\n", "---\nlast_contact: '2026-11-25'\n---\n"],
    ['keeps a trailing comment', '---\nlast_contact: 2026-10-01 # by hand\n---\n', '---\nlast_contact: 2026-11-25 # by hand\n---\n'],
    ['keeps CRLF', '---\r\nlast_contact: 2026-10-01\r\nx: 1\r\n---\r\n', '---\r\nlast_contact: 2026-11-25\r\nx: 1\r\n---\r\n'],
    ['keeps a BOM', '\ufeff---\nlast_contact: 2026-10-01\n---\n', '\ufeff---\nlast_contact: 2026-11-25\n---\n'],
    ['an empty value', '---\nlast_contact:\n---\n', '---\nlast_contact: 2026-11-25\n---\n'],
    ['a date-time before the day', '---\nlast_contact: 2026-10-01T10:00\n---\n', '---\nlast_contact: 2026-11-25\n---\n'],
    ['same day: unchanged', '---\nlast_contact: 2026-11-25\n---\n', '---\nlast_contact: 2026-11-25\n---\n'],
    ['earlier day: unchanged', '---\nlast_contact: 2026-11-30\n---\n', '---\nlast_contact: 2026-11-30\n---\n'],
    ['unreadable: left as written', '---\nlast_contact: 31/12/2026\n---\n', '---\nlast_contact: 31/12/2026\n---\n'],
    ['absent: added as the last key', '---\nname: A\n---\nBody\n', '---\nname: A\nlast_contact: 2026-11-25\n---\nBody\n'],
    ['absent, CRLF', '---\r\nname: A\r\n---\r\n', '---\r\nname: A\r\nlast_contact: 2026-11-25\r\n---\r\n'],
    ['an empty block', '---\n---\nBody\n', '---\nlast_contact: 2026-11-25\n---\nBody\n'],
    ['no frontmatter: a block at the top', 'Body\n', '---\nlast_contact: 2026-11-25\n---\nBody\n'],
    ['no frontmatter, a BOM', '\ufeffBody\n', '\ufeff---\nlast_contact: 2026-11-25\n---\nBody\n'],
    ['a nested key of that name is not the key', '---\nmeta:\n  last_contact: 2026-01-01\n---\n', '---\nmeta:\n  last_contact: 2026-01-01\nlast_contact: 2026-11-25\n---\n'],
    ['a double-quoted key: in place, not a second key', '---\n"last_contact": 2026-10-01\n---\n', '---\n"last_contact": 2026-11-25\n---\n'],
    ["a single-quoted key: in place", "---\n'last_contact': '2026-10-01'\n---\n", "---\n'last_contact': '2026-11-25'\n---\n"],
    ['a quoted key, a later day there: unchanged', '---\n"last_contact": 2026-11-30\n---\n', '---\n"last_contact": 2026-11-30\n---\n'],
    ['a longer key is not the key', '---\nlast_contact_by: me\n---\n', '---\nlast_contact_by: me\nlast_contact: 2026-11-25\n---\n'],
  ])('last_contact %s', (_n, before, after) => {
    expect(setLastContact(before, 'last_contact', '2026-11-25')).toBe(after);
  });

  it('logContact writes both on the same day, and leaves last_contact for a planned day', () => {
    const before = '---\nlast_contact: 2026-10-01\n---\n## Log\n- 2026-10-01 call\n';
    expect(logContact(before, ENTRY, opts)).toEqual({ text: `---\nlast_contact: 2026-11-25\n---\n## Log\n- 2026-10-01 call\n- ${LINE}\n`, lastContactSkipped: null });
    const planned = logContact(before, { ...ENTRY, day: '2026-12-01' }, opts).text;
    expect(planned).toBe(`---\nlast_contact: 2026-10-01\n---\n## Log\n- 2026-10-01 call\n- ${LINE.replace('2026-11-25', '2026-12-01')}\n`);
  });

  describe('a frontmatter block that does not parse: the log line only, the block byte for byte', () => {
    const SAM = '---\ntype: person\ncompany: Orbit Analytics\nrole: "Head of Partnerships\nbucket: prospect\nmet: 2026-09-03\n---\n# Sam Keller\n\n## Interactions\n- 2026-09-03 video — intro call\n';
    it.each<[string, string]>([
      ['an unclosed quote (Sam Keller in the demo vault)', SAM],
      ['an unclosed quote, CRLF and a BOM', `\ufeff${SAM.replace(/\n/g, '\r\n')}`],
      ['an unclosed quote and a last_contact line before it', SAM.replace('type: person\n', 'type: person\nlast_contact: 2026-09-03\n')],
      ['a duplicated key', '---\nname: Sam\nname: Sam Keller\n---\n## Log\n'],
      ['a list, not keys', '---\n- type: person\n- met: 2026-09-03\n---\n## Log\n'],
      ['a bad indent', '---\ntype: person\n  role: lead\n    x: [\n---\n## Log\n'],
    ])('%s', (_n, before) => {
      for (const [, parseYaml] of PARSERS) {
        expect(frontmatterParses(before, parseYaml)).toBe(false);
        const out = logContact(before, ENTRY, { ...opts, parseYaml });
        expect(out.lastContactSkipped).toBe('frontmatter');
        expect(out.text).toBe(appendLogLine(before, ENTRY, HEADINGS));
        const fmEnd = before.indexOf('---', 3) + 3;
        expect(out.text.slice(0, fmEnd)).toBe(before.slice(0, fmEnd));
        expect(setLastContact(before, 'last_contact', '2026-11-25', parseYaml)).toBe(before);
        // Snooze, Pause and Set bucket leave it too: the key would be ignored with the whole block.
        for (const [key, value] of [['snooze_until', '2026-12-02'], ['status', 'paused'], ['bucket', 'client']]) {
          expect(setFrontmatterValueIfReadable(before, key, value, parseYaml)).toEqual({ text: before, skipped: 'frontmatter' });
        }
      }
    });

    it('a planned day, or a later last_contact already there, is not a skip to report', () => {
      expect(logContact(SAM, { ...ENTRY, day: '2026-12-01' }, opts).lastContactSkipped).toBeNull();
      const later = SAM.replace('type: person\n', 'type: person\nlast_contact: 2026-11-30\n');
      expect(logContact(later, ENTRY, opts)).toEqual({ text: appendLogLine(later, ENTRY, HEADINGS), lastContactSkipped: null });
    });

    it('no block, an empty block, or keys that parse: last_contact is written as before', () => {
      for (const before of ['Body\n', '---\n---\nBody\n', '---\n\n---\n', '---\n# only a comment\n---\n', '---\nrole: "Head of Partnerships"\n---\n']) {
        for (const [, parseYaml] of PARSERS) {
          expect(frontmatterParses(before, parseYaml)).toBe(true);
          const out = logContact(before, ENTRY, { ...opts, parseYaml });
          expect(out.lastContactSkipped).toBeNull();
          expect(out.text).toContain('last_contact: 2026-11-25');
          expect(setFrontmatterValueIfReadable(before, 'status', 'paused', parseYaml)).toEqual({ text: setFrontmatterValue(before, 'status', 'paused'), skipped: null });
        }
      }
    });
  });

  it('setFrontmatterValue changes one line and keeps every other key as written', () => {
    const before = '---\n# who\nname: "Maya"   # quoted\naliases: [Mimi, "M. C."]\nsnooze_until: 2026-01-01\ninterests:\n  - chess\n---\n';
    expect(setFrontmatterValue(before, 'snooze_until', '2026-12-15')).toBe(before.replace('2026-01-01', '2026-12-15'));
  });

  it('a value that YAML would misread is quoted', () => {
    expect(setFrontmatterValue('---\n---\n', 'status', 'yes')).toBe('---\nstatus: "yes"\n---\n');
    expect(setFrontmatterValue('---\n---\n', 'met_at', 'Web Summit: Lisbon')).toBe('---\nmet_at: "Web Summit: Lisbon"\n---\n');
  });
});
