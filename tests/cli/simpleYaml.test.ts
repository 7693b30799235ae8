import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { parseSimpleYaml, parseYamlFully, parseYamlWithGrayMatter } from '../../src/cli/loadVault';

/** What the real parser (js-yaml through gray-matter, with the CLI's schema) makes of a text, or the error. */
function full(src: string): { value: unknown } | { error: string } {
  try {
    return { value: parseYamlFully(src) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** The fast path never answers differently from the real parser: same values, same key order. */
function agrees(src: string): void {
  const fast = parseSimpleYaml(src);
  if (fast === undefined) return;
  const real = full(src);
  // node's deep equality, not vitest's: a key named `constructor` must not confuse the comparison.
  expect(isDeepStrictEqual(real, { value: fast }), `${JSON.stringify(src)}: ${JSON.stringify(real)} vs ${JSON.stringify(fast)}`).toBe(true);
  expect(Object.keys(fast)).toStrictEqual(Object.keys((real as { value: object }).value));
}

const keys = fc.constantFrom(
  'type', 'name', 'cadence', 'bucket', 'last_contact', 'met', 'aliases', 'tags', 'with', 'a', 'A1', 'x-y', 'key_2',
  'null', 'Null', 'NULL', 'true', 'True', 'FALSE', 'yes', 'No', 'on', 'e5', 'inf', 'nan', '__proto__', 'constructor',
  'toString', 'hasOwnProperty', 'é', 'k ey', '1', '-a', 'a.b', '<<',
);

const scalarPieces = fc.constantFrom(
  'person', 'Maya Chen', 'monthly', '2 weeks', 'tous les 3 mois', '45', '0', '00', '012', '0o17', '0x1F', '0b11', '1_000', '-5', '+3',
  '1e3', '1.5', '.5', '1.', '.inf', '-.Inf', '.NaN', '2026-10-01', '2026-02-30', '2026-1-5', '2026-10-01T10:00:00', '2026-10-01 10:00',
  '2026-10-01T10:00:00Z', '~', 'null', 'Null', 'NULL', 'nUll', 'true', 'True', 'TRUE', 'tRue', 'false', 'yes', 'no', 'on', 'off', 'y', 'n',
  '#', ' #', 'a#b', ':', ': ', ':x', 'a:b', 'http://x.example/a?b=c', '-', '- ', '--05-14', '05-14', '?', '? x', '[', ']', '{', '}', ',', ', ',
  '"', "'", '\\', '\\n', '&a', '*a', '!', '!!str', '|', '>', '%', '@', '`', '<<', ' ', '  ', '\t', '\r', 'é', 'Éa', '\u00a0', '\u2028',
  '\u0085', '\ufeff', '\ud83d\ude00', '\ud800', '\udc00', '\u0000', '\u007f', 'x', 'Harbour & Pike', 'a.b@c.example', '[[Maya Chen]]',
  '"[[Maya Chen]]"', "'quoted'", '""', "''", '"a', 'a"', "it's", '[a, b]', '[]', '[ ]', '[a,]', '[a,,b]', '[[a]]', '{a: b}', '[a: b]',
  '["x", y]', "['x', 'y z']", '[1, 2]', '[null, ~]', '[2026-10-01]', '[a #b]', '[-a]', '[- a]', '[a b  ,  c ]', ',a', 'a,',
);
const scalar = fc.oneof(
  { weight: 4, arbitrary: fc.array(scalarPieces, { maxLength: 4 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'ab 1-:#[],"\'{}.eE+_\\'.split('')), maxLength: 10 }) },
);
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(keys, fc.constantFrom(': ', ':', ':  ', ' : ', ':\t'), scalar, fc.constantFrom('', ' ', '  ', ' # c', '\t')).map(([k, c, v, t]) => `${k}${c}${v}${t}`) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '# comment', '  - item', '- item', '  nested: x', '---', '...', 'key:', 'key: |', '  more', 'a: b: c') },
);
const yamlText = fc.array(line, { minLength: 1, maxLength: 8 }).map((ls) => ls.join('\n'));

describe('the fast frontmatter reader', () => {
  it('agrees with js-yaml (through gray-matter, the CLI schema) on every text it accepts', () => {
    fc.assert(fc.property(yamlText, (src) => agrees(src)), { numRuns: 20000 });
  });

  it('agrees on one-line values of any characters', () => {
    fc.assert(fc.property(keys, fc.string({ unit: 'grapheme', maxLength: 20 }), (k, v) => agrees(`${k}: ${v}`)), { numRuns: 5000 });
    fc.assert(fc.property(keys, fc.string({ unit: 'binary', maxLength: 20 }), (k, v) => agrees(`${k}: [${v}]`)), { numRuns: 5000 });
  });

  it.each([
    'type: person\ncompany: Harbour & Pike\nrole: Directrice produit\nemail: maya.chen@kilnai.example\nbucket: friend',
    'cadence: 45\nmet: 2026-03-04\nbirthday: --05-14\nlast_contact: 2026-10-01\nsnooze_until: 2026-02-30',
    'aliases: ["Maya C."]\ninterests: [running, design systems]\ntags: [person, people/work]',
    'type: meeting\ndate: 2026-11-01\nwith: ["[[Maya Chen]]", "[[Leo Park]]"]',
    'status:\nname: \'Maya\'\nx: null\ny: ~\nz: true\nw: 1.5',
  ])('reads the usual frontmatter itself: %s', (src) => {
    const fast = parseSimpleYaml(src);
    expect(fast).toBeDefined();
    agrees(src);
    expect(isDeepStrictEqual(parseYamlWithGrayMatter(src), parseYamlFully(src))).toBe(true);
  });

  it.each([
    'with: [[Maya Chen]]',
    'tags:\n  - person',
    'a: 1\na: 2',
    'a: b # comment',
    'note: |\n  text',
    'a: "esc\\"aped"',
    '__proto__: x',
    'key:value',
    'a: &anchor x',
  ])('leaves the rest to js-yaml: %s', (src) => {
    expect(parseSimpleYaml(src)).toBeUndefined();
    const real = full(src);
    if ('value' in real) expect(isDeepStrictEqual(parseYamlWithGrayMatter(src), real.value)).toBe(true);
    else expect(() => parseYamlWithGrayMatter(src)).toThrow(real.error);
  });
});
