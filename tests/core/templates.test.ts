import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_TEMPLATES,
  agoText,
  nameParts,
  renderTemplate,
  resolveTemplateSource,
  templateNames,
  type TemplateContext,
  type TemplateLang,
  type TemplatePerson,
} from '../../src/core/templates';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const approvedDir = join(here, '__approved__', 'templates');
const updateApprovals = process.env.UPDATE_APPROVALS === '1';

// ---------------------------------------------------------------------------------------------
// Fixed contexts.

function person(name: string, rest: Partial<TemplatePerson> = {}): TemplatePerson {
  const { firstName, lastName } = nameParts(name);
  return {
    name, firstName, lastName, link: `[[${name}]]`, path: `People/${name}.md`,
    company: null, role: null, email: null, bucket: null, cadence: null, met: null, metAt: null,
    introducedBy: null, interests: [], fm: {}, ...rest,
  };
}

/** Someone you know well, with a full log, and a second person to introduce them to. */
const rich: TemplateContext = {
  person: person('Maya Chen', {
    company: 'Lumen', role: 'Head of Product', email: 'maya@lumen.example', bucket: 'connector',
    cadence: '1 month', met: '2026-03-04', metAt: '[[Paris Product Meetup]]', introducedBy: '[[Sam Ortiz]]',
    interests: ['product analytics', 'climbing', '[[Lisbon]]'],
    fm: { type: 'person', bucket: 'connector', company: 'Lumen' },
  }),
  contact: { status: 'overdue', lastContact: '2026-10-20', dueDate: '2026-11-20', daysOverdue: 5, daysSinceContact: 36 },
  lastInteraction: { date: '2026-10-20', channel: 'coffee', text: 'talked about her move to Lisbon #favor/asked' },
  interactions: [
    { date: '2026-10-20', channel: 'coffee', text: 'talked about her move to Lisbon #favor/asked' },
    { date: '2026-09-01', channel: 'email', text: 'sent the Q3 analytics deck' },
    { date: '2026-06-12', channel: 'call', text: null },
    { date: '2026-03-04', channel: 'event', text: 'first chat about [[Lumen]] onboarding' },
  ],
  me: {
    name: 'Alex Martin', role: 'data engineer', company: 'Northwind Labs',
    intro: 'Alex Martin is a data engineer at Northwind Labs who helps small product teams get numbers they can trust out of messy data. Before that, Alex built the analytics stack at two start-ups, and is always happy to talk metrics, pipelines and climbing.',
  },
  today: '2026-11-25',
  changes: { company: null, role: { value: 'VP Product', date: '2026-10-20', noteSays: 'Head of Product' } },
  other: person('Jonas Weber', {
    company: 'Acme', role: 'Head of Data', metAt: '[[dbt Coalesce 2026]]',
    interests: ['Climbing', 'data contracts', 'product analytics'],
  }),
};

/** Someone met yesterday at an event: a role but no company, one interest, one logged contact. */
const newContact: TemplateContext = {
  person: person('Léa Dubois', {
    role: 'founder', met: '2026-11-24', metAt: 'Paris Product Meetup', interests: ['marketplaces'],
    fm: { tags: ['person'] },
  }),
  contact: { status: 'new', lastContact: '2026-11-24', dueDate: null, daysOverdue: null, daysSinceContact: 1 },
  lastInteraction: { date: '2026-11-24', channel: 'event', text: 'onboarding analytics for marketplaces' },
  interactions: [{ date: '2026-11-24', channel: 'event', text: 'onboarding analytics for marketplaces' }],
  me: { name: 'Alex Martin', role: null, company: 'Northwind Labs', intro: null },
  today: '2026-11-25',
  event: { name: 'Paris Product Meetup', date: '2026-11-24', path: 'Events/2026-11-24 Paris Product Meetup.md', context: 'founder of a [[Lumen]] competitor, hiring a data lead, climbs at Arkose' },
};

/** The same people for French templates: a French user logs in French. */
const richFr: TemplateContext = {
  ...rich,
  person: { ...rich.person, interests: ['analytics produit', 'escalade', '[[Lisbonne]]'] },
  lastInteraction: { date: '2026-10-20', channel: 'coffee', text: 'on a parlé de son déménagement à Lisbonne #favor/asked' },
  interactions: [
    { date: '2026-10-20', channel: 'coffee', text: 'on a parlé de son déménagement à Lisbonne #favor/asked' },
    { date: '2026-09-01', channel: 'email', text: 'envoyé le bilan analytics du T3' },
    { date: '2026-06-12', channel: 'call', text: null },
    { date: '2026-03-04', channel: 'event', text: "premier échange sur l'onboarding chez [[Lumen]]" },
  ],
  me: {
    ...rich.me,
    intro: "Alex Martin est data engineer chez Northwind Labs et aide les petites équipes produit à tirer des chiffres fiables de données en désordre. Auparavant, Alex a construit la stack analytics de deux start-up, et parle volontiers métriques, pipelines et escalade.",
  },
  other: { ...(rich.other as TemplatePerson), interests: ['Escalade', 'data contracts', 'analytics produit'] },
};

const newContactFr: TemplateContext = {
  ...newContact,
  lastInteraction: { date: '2026-11-24', channel: 'event', text: "l'onboarding des vendeurs sur les marketplaces" },
  interactions: [{ date: '2026-11-24', channel: 'event', text: "l'onboarding des vendeurs sur les marketplaces" }],
};

/** A person with only a name; nothing about you either. */
const bare: TemplateContext = {
  person: person('Jordan'),
  contact: { status: 'untracked', lastContact: null, dueDate: null, daysOverdue: null, daysSinceContact: null },
  lastInteraction: null,
  interactions: [],
  me: { name: null, role: null, company: null, intro: null },
  today: '2026-11-25',
};

const contexts: Record<TemplateLang, Record<string, TemplateContext>> = {
  en: { rich, new: newContact, bare },
  fr: { rich: richFr, new: newContactFr, bare },
};
const langs: TemplateLang[] = ['en', 'fr'];
const names = templateNames();

function render(name: string, lang: TemplateLang, ctx: TemplateContext): string {
  const found = resolveTemplateSource(name, lang, new Map());
  if (!found) throw new Error(`no template ${name}`);
  const result = renderTemplate(found.source, ctx, { lang, name });
  if (!result.ok) throw new Error(result.problem.message);
  return result.text;
}

/** What a half-filled template leaves behind. */
function artifacts(text: string, lang: TemplateLang): string[] {
  const found: string[] = [];
  const checks: [RegExp, string][] = [
    [/\{\{|\}\}/, 'braces'],
    [/undefined/i, 'undefined'],
    [/\bnull\b/i, 'null'],
    [/NaN/, 'NaN'],
    [/\[object /, '[object'],
    [/ {2}/, 'double space'],
    [/ [.,)]/, 'space before . , )'],
    [/\( /, 'space after ('],
    [/\(\)/, 'empty parentheses'],
    [/[ \t]$/m, 'trailing space'],
    [/\n\n\n/, 'two blank lines'],
    [/(?:^|\s)(at|from|in|as|to|of|à|chez|sur|de|pour)\s*[.,)]/im, 'dangling preposition'],
    [/[,;:] ?[.,;:]/, 'doubled punctuation'],
    [/\.\./, 'two full stops'],
    [/^[ \t]*[,.;:]/m, 'line starts with punctuation'],
  ];
  if (lang === 'en') checks.push([/ [;:!?]/, 'space before ; : ! ?']);
  else checks.push([/[^ \n*][;:!?](?:\s|$)/, 'no space before ; : ! ? in French']);
  for (const [re, what] of checks) if (re.test(text)) found.push(`${what}: ${JSON.stringify(re.exec(text)?.[0])}`);
  return found;
}

// ---------------------------------------------------------------------------------------------

describe('shipped templates', () => {
  it('are the seven of NOTE-FORMAT §8 plus introduction, each in English and French', () => {
    expect(names).toEqual([
      'intro', 'cold-outreach', 'event-follow-up', 'check-in', 'congrats', 'favor', 'second-meeting', 'introduction',
    ]);
    for (const n of names) {
      expect(BUILTIN_TEMPLATES[n], n).toBeTypeOf('string');
      expect(BUILTIN_TEMPLATES[`${n}.fr`], `${n}.fr`).toBeTypeOf('string');
    }
  });

  for (const name of names) {
    for (const lang of langs) {
      for (const [ctxName, ctx] of Object.entries(contexts[lang])) {
        it(`${name} (${lang}) renders cleanly for the ${ctxName} context`, () => {
          const text = render(name, lang, ctx);
          expect(text.trim().length).toBeGreaterThan(20);
          expect(artifacts(text, lang)).toEqual([]);
          expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
        });
      }
    }
  }

  it('read naturally whatever subset of fields is known', () => {
    // Every combination of the optional person and me fields, for every template in both languages.
    const fields = ['company', 'role', 'metAt', 'introducedBy', 'met'] as const;
    for (let mask = 0; mask < 1 << fields.length; mask++) {
      const p: Partial<TemplatePerson> = {};
      fields.forEach((f, i) => {
        if (mask & (1 << i)) p[f] = (rich.person as unknown as Record<string, string>)[f];
      });
      const ctx: TemplateContext = {
        ...bare,
        person: person('Sam Ortiz', { ...p, interests: mask & 1 ? ['design'] : [] }),
        me: mask & 2 ? rich.me : { name: mask & 4 ? 'Alex' : null, role: mask & 8 ? 'designer' : null, company: mask & 16 ? 'Acme' : null, intro: null },
        lastInteraction: mask & 4 ? { date: '2026-11-24', channel: 'mention', text: mask & 8 ? '#news' : null } : null,
        contact: { ...bare.contact, lastContact: mask & 16 ? '2026-08-01' : null },
        other: mask & 2 ? person('Jonas', { company: mask & 8 ? 'Acme' : null, interests: ['design'] }) : null,
      };
      for (const name of names) {
        for (const lang of langs) {
          const text = render(name, lang, ctx);
          expect(artifacts(text, lang), `${name}.${lang} mask ${mask}:\n${text}`).toEqual([]);
        }
      }
    }
  });

  it('ask first and end with an easy way out (favor, cold-outreach, introduction)', () => {
    const firstLines = (t: string) => t.split('\n\n').slice(0, 2).join('\n\n');
    expect(firstLines(render('favor', 'en', rich))).toMatch(/could you spare 15 minutes/);
    expect(firstLines(render('cold-outreach', 'en', rich))).toMatch(/could I have 20 minutes/);
    expect(firstLines(render('introduction', 'en', rich))).toMatch(/Would you like me to introduce you to Jonas Weber/);
    expect(firstLines(render('favor', 'fr', rich))).toMatch(/auriez-vous 15 minutes/);
    expect(render('favor', 'en', bare)).toMatch(/no worries at all/);
    expect(render('cold-outreach', 'fr', bare)).toMatch(/aucun souci/);
    expect(render('introduction', 'fr', bare)).toMatch(/aucune pression/);
  });

  it('use what the vault knows', () => {
    const checkIn = render('check-in', 'en', rich);
    expect(checkIn).toContain('our coffee 5 weeks ago');
    expect(checkIn).toContain('our conversation about her move to Lisbon');
    expect(checkIn).not.toContain('#favor');
    expect(render('check-in', 'fr', richFr)).toContain("notre café d'il y a 5 semaines et à notre discussion sur son déménagement à Lisbonne");
    expect(render('cold-outreach', 'en', rich)).toContain('Sam Ortiz suggested I get in touch');
    expect(render('event-follow-up', 'en', newContact)).toContain('great to meet you at Paris Product Meetup yesterday');
    expect(render('intro', 'en', rich)).toContain(rich.me.intro as string);
    expect(render('introduction', 'en', rich)).toContain('you share an interest in product analytics and climbing');
    const prep = render('second-meeting', 'fr', richFr);
    expect(prep).toContain('- 20 octobre 2026 · café : on a parlé de son déménagement à Lisbonne #favor/asked');
    expect(prep).toContain('- 1er septembre 2026 · e-mail : envoyé le bilan analytics du T3');
    expect(prep).toContain('3. Reprendre le fil de la dernière fois : son déménagement à Lisbonne.');
    expect(prep).toContain('- 12 juin 2026 · appel\n');
  });

  it('a check-in after messages that wait for a reply speaks of the last message, not of "our conversation"', () => {
    const waiting = (ctx: TemplateContext): TemplateContext => ({
      ...ctx,
      contact: { ...ctx.contact, awaitingSince: '2026-09-15', unansweredInARow: 3 },
      lastInteraction: { date: '2026-09-15', channel: 'email', text: 'last try: asked whether the search was still open #awaiting-reply' },
    });
    const en = render('check-in', 'en', waiting(rich));
    expect(en).toContain("My last message was 2 months ago and I know how full things get, so please don't worry about it. I simply wondered how you're getting on at Lumen.");
    expect(en).not.toContain('our conversation');
    expect(en).not.toContain('last try');
    const fr = render('check-in', 'fr', waiting(richFr));
    expect(fr).toContain("Mon dernier message date d'il y a 2 mois et je sais combien les journées sont remplies, alors ne vous en faites pas. Je voulais simplement prendre de vos nouvelles : comment ça se passe chez Lumen ?");
    expect(fr).not.toContain('notre discussion');
    // Nothing waits: the last contact's topic, as before.
    expect(render('check-in', 'en', { ...rich, contact: { ...rich.contact, awaitingSince: null } })).toContain('our conversation about her move to Lisbon');
  });
});

describe('approved renderings', () => {
  for (const name of names) {
    for (const lang of langs) {
      for (const [ctxName, ctx] of Object.entries(contexts[lang])) {
        const file = `${name}${lang === 'fr' ? '.fr' : ''}.${ctxName}.md`;
        it(file, () => {
          const text = render(name, lang, ctx);
          const path = join(approvedDir, file);
          if (updateApprovals) {
            mkdirSync(approvedDir, { recursive: true });
            writeFileSync(path, text);
          }
          expect(existsSync(path), `${file} is missing: run with UPDATE_APPROVALS=1, then read it`).toBe(true);
          expect(text).toBe(readFileSync(path, 'utf8'));
        });
      }
    }
  }
});

describe('generated builtin templates', () => {
  it('match templates/ (run `node scripts/gen-templates.mjs` after editing a template)', async () => {
    const url = pathToFileURL(join(repo, 'scripts', 'gen-templates.mjs')).href;
    const gen = (await import(/* @vite-ignore */ url)) as {
      readTemplates: () => Record<string, string>;
      generatedModule: (t: Record<string, string>) => string;
    };
    const onDisk = gen.readTemplates();
    expect(BUILTIN_TEMPLATES).toEqual(onDisk);
    const generated = readFileSync(join(repo, 'src', 'core', 'builtinTemplates.generated.ts'), 'utf8').replace(/\r\n/g, '\n');
    expect(generated).toBe(gen.generatedModule(onDisk));
  });
});

// ---------------------------------------------------------------------------------------------

function one(source: string, ctx: TemplateContext = rich, lang: TemplateLang = 'en'): string {
  const r = renderTemplate(source, ctx, { lang, name: 'test' });
  if (!r.ok) throw new Error(r.problem.message);
  return r.text.replace(/\n$/, '');
}

describe('helper: date', () => {
  it.each([
    ['{{date contact.lastContact "d MMMM yyyy"}}', 'en', '20 October 2026'],
    ['{{date contact.lastContact "d MMMM yyyy"}}', 'fr', '20 octobre 2026'],
    ['{{date "2026-10-01" "d MMMM yyyy"}}', 'fr', '1er octobre 2026'],
    ['{{date "2026-10-01" "dd/MM/yyyy"}}', 'fr', '01/10/2026'],
    ['{{date "2026-10-01" "EEEE d MMMM"}}', 'fr', 'jeudi 1er octobre'],
    ['{{date "2026-10-01" "EEEE d MMMM"}}', 'en', 'Thursday 1 October'],
    ['{{date "2026-10-01" "d \'d\'"}}', 'fr', '1er d'],
    ['{{date "2026-10-01T23:30" "yyyy-MM-dd"}}', 'en', '2026-10-01'],
    ['{{date today}}', 'en', '25 November 2026'],
    ['{{date person.email "yyyy"}}', 'en', ''],
    ['{{date "2026-02-30" "yyyy"}}', 'en', ''],
    ['{{date lastInteraction "yyyy"}}', 'en', ''],
    ['{{date 42 "yyyy"}}', 'en', ''],
    ['{{date}}', 'en', ''],
    ['{{date person.interests 7}}', 'en', ''],
    ['{{date contact.lastContact 7}}', 'en', '20 October 2026'],
  ] as const)('%s (%s) → %j', (src, lang, expected) => {
    expect(one(src, rich, lang)).toBe(expected);
  });

  it('reads a YAML Date as the day it was written, in any time zone', () => {
    const ctx = { ...rich, person: { ...rich.person, fm: { met: new Date(Date.UTC(2026, 2, 4)) } } };
    expect(one('{{date person.fm.met "d MMMM yyyy"}} · {{ago person.fm.met}}', ctx)).toBe('4 March 2026 · 8 months ago');
  });

  it('a pattern that is not a date-fns pattern is a problem on its line', () => {
    const r = renderTemplate('Hi\n\n{{date today "YYYY-MM-DD"}}', rich, { lang: 'en', name: 'check-in', path: 'Templates/Reconnect/check-in.md' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.line).toBe(3);
      expect(r.problem.message).toMatch(/^Template 'check-in': date pattern 'YYYY-MM-DD'/);
    }
    for (const bad of ['DD/MM/yyyy', 'd MMMM j', 'YY']) {
      expect(renderTemplate(`{{date today "${bad}"}}`, rich, { lang: 'fr', name: 'x' }).ok, bad).toBe(false);
    }
    expect(one(`{{date today "d 'Day of' MMMM"}}`)).toBe('25 Day of November');
  });
});

describe('helper: ago', () => {
  const cases: [string, string, string][] = [
    ['2026-11-25', 'today', "aujourd'hui"],
    ['2026-11-24', 'yesterday', 'hier'],
    ['2026-11-23', '2 days ago', 'il y a 2 jours'],
    ['2026-11-12', '13 days ago', 'il y a 13 jours'],
    ['2026-11-11', '2 weeks ago', 'il y a 2 semaines'],
    ['2026-10-01', '7 weeks ago', 'il y a 7 semaines'],
    ['2026-09-30', '2 months ago', 'il y a 2 mois'],
    ['2026-09-29', '2 months ago', 'il y a 2 mois'],
    ['2026-08-26', '2 months ago', 'il y a 2 mois'],
    ['2026-08-25', '3 months ago', 'il y a 3 mois'],
    ['2025-11-26', '11 months ago', 'il y a 11 mois'],
    ['2025-11-25', 'a year ago', 'il y a un an'],
    ['2024-11-26', 'a year ago', 'il y a un an'],
    ['2024-11-25', '2 years ago', 'il y a 2 ans'],
    ['2026-11-26', 'tomorrow', 'demain'],
    ['2026-12-02', 'in 7 days', 'dans 7 jours'],
    ['2027-01-25', 'in 2 months', 'dans 2 mois'],
    ['2026-11-24T23:59', 'yesterday', 'hier'],
  ];
  it.each(cases)('%s → %s / %s', (day, en, frText) => {
    expect(agoText(day, '2026-11-25', 'en')).toBe(en);
    expect(agoText(day, '2026-11-25', 'fr')).toBe(frText);
  });

  it('counts days across a DST change without the machine time zone', () => {
    expect(agoText('2026-03-01', '2026-03-15', 'en')).toBe('2 weeks ago');
    expect(agoText('2026-10-24', '2026-10-26', 'en')).toBe('2 days ago');
    expect(agoText('2026-03-28', '2026-03-30', 'en')).toBe('2 days ago');
  });

  it('is relative to ctx.today and empty for what is not a day', () => {
    expect(one('{{ago contact.lastContact}}')).toBe('5 weeks ago');
    expect(one('{{ago contact.lastContact}}', rich, 'fr')).toBe('il y a 5 semaines');
    expect(one('[{{ago}}{{ago null}}{{ago 3}}{{ago "soon"}}{{ago person.interests}}{{ago lastInteraction}}]')).toBe('[]');
    expect(one('{{ago contact.lastContact}}', { ...rich, today: 'nope' })).toBe('');
  });
});

describe('helper: default, join and friends', () => {
  it.each([
    ['{{default person.company "your team"}}', 'Lumen'],
    ['{{default person.email "x"}}', 'maya@lumen.example'],
    ['{{default other.email "your team"}}', 'your team'],
    ['{{default person.fm.nothing "" "second"}}', 'second'],
    ['{{default person.fm.nothing}}', ''],
    ['{{default}}', ''],
    ['[{{default "   " "x"}}]', '[x]'],
    ['{{default contact.daysOverdue "x"}}', '5'],
    ['{{#each (default bare.list person.interests)}}<{{this}}>{{/each}}', '<product analytics><climbing><[[Lisbon]]>'],
    ['{{join person.interests ", "}}', 'product analytics, climbing and [[Lisbon]]'],
    ['{{join (plain person.interests)}}', 'product analytics, climbing and Lisbon'],
    ['{{join (plain person.interests) " / " " / "}}', 'product analytics / climbing / Lisbon'],
    ['[{{join}}{{join 3}}{{join person}}{{join other.fm}}]', '[3]'],
    ['{{join other.interests}}', 'Climbing, data contracts and product analytics'],
    ['{{plain person.introducedBy}}', 'Sam Ortiz'],
    ['{{plain "[[People/Maya Chen|Maya]] and [[Lumen#Team]] #news [site](https://x.example)"}}', 'Maya and Lumen site'],
    ['[{{plain}}{{plain person}}]', '[]'],
    ['{{topic lastInteraction.text}}', 'her move to Lisbon'],
    ['{{topic "On a parlé de son déménagement."}}', 'son déménagement'],
    ['{{topic "coffee — talked about: the launch"}}', 'coffee — talked about: the launch'],
    ['[{{topic "#awaiting-reply"}}]', '[]'],
    ['{{talk lastInteraction.channel}} / {{talk "mention"}} / {{talk 4}}', 'our coffee / our last conversation / our last conversation'],
    ['{{channel "coffee"}} {{channel "mystery"}} [{{channel 1}}]', 'coffee mystery []'],
    ['{{join (common person.interests other.interests)}}', 'product analytics and climbing'],
  ] as const)('%s → %j', (src, expected) => {
    expect(one(src)).toBe(expected);
  });

  it('speak French in a French template', () => {
    expect(one('{{join person.interests}} · {{talk "lunch"}} · {{channel "video"}}', rich, 'fr')).toBe(
      'product analytics, climbing et [[Lisbon]] · notre déjeuner · visio',
    );
  });
});

describe('renderTemplate', () => {
  it('does not escape HTML: the output is Markdown', () => {
    const ctx = { ...rich, person: { ...rich.person, company: 'R&D <Lab> "X"' } };
    expect(one('{{person.company}}', ctx)).toBe('R&D <Lab> "X"');
  });

  it.each([
    '{{constructor.constructor}}',
    '{{#with this}}{{__proto__}}{{/with}}',
    '{{lookup this "constructor"}}',
    '{{person.name.constructor}}',
    '{{#with person}}{{constructor.name}}{{/with}}',
    '{{lookup (lookup this "constructor") "name"}}',
    '{{person.__proto__.toString}}',
    '{{#each this}}{{@key.constructor}}{{/each}}',
    // Where the field check does not look (inside each, with and sections), Handlebars' own guard does.
    '{{#with person}}{{constructor.constructor}}{{/with}}',
    '{{#each interactions}}{{__proto__.constructor}}{{/each}}',
    '{{#person}}{{constructor.name}}{{/person}}',
  ])('gives no access to prototypes: %s', (src) => {
    // Rendered as nothing, or refused as a field that does not exist: never the prototype's value.
    const r = renderTemplate(`[${src}]`, rich, { lang: 'en', name: 'x' });
    if (r.ok) expect(r.text).toBe('[]\n');
    else expect(r.problem.message).toMatch(/is not a template field/);
  });

  it.each([
    ['{{first_name}}', "'first_name' is not a template field (did you mean person.firstName?)", 1],
    ['Hi\n{{#if person.compnay}}x{{/if}}', "'person.compnay' is not a template field (did you mean person.company?)", 2],
    ['{{plain other.metat}}', "'other.metat' is not a template field (did you mean other.metAt?)", 1],
    ['{{contact.waitingSince}}', "'contact.waitingSince' is not a template field", 1],
    ['{{nonsense}}', "'nonsense' is not a template field", 1],
    ['{{person.location}}', "'person.location' is not a template field (did you mean person.fm.location?)", 1],
  ])('a misspelt field is a problem with its line, not an empty space: %s', (src, message, line) => {
    const r = renderTemplate(src, rich, { lang: 'en', name: 'check-in', path: 'Templates/Reconnect/check-in.md' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.message.startsWith(`Template 'check-in': ${message}`), r.problem.message).toBe(true);
    expect(r.problem.line).toBe(line);
  });

  it.each([
    '{{person.fm.location}}',
    '{{#each interactions}}{{date}} {{channel}} {{text}} {{@index}} {{../person.name}}{{/each}}',
    '{{#with person}}{{firstName}}{{/with}}',
    '{{#each interactions}}{{text}}{{else}}{{person.name}}{{/each}}',
    '{{#person}}{{firstName}}{{/person}} {{#interactions}}- {{text}}{{/interactions}} {{#lastInteraction}}{{text}}{{/lastInteraction}}',
    '{{interactions.length}} {{lookup person.fm "my key"}} {{@root.person.name}} {{this.person.name}}',
    '{{changes.role.value}} {{event.context}} {{contact.awaitingSince}} {{#if other}}{{other.firstName}}{{/if}}',
  ])('every field of §8, and names inside each/with, pass the check: %s', (src) => {
    expect(renderTemplate(src, rich, { lang: 'en', name: 'x' }).ok).toBe(true);
  });

  it('a template that does not parse is a problem naming the template and the line', () => {
    const source = 'Hi {{person.firstName}},\n\nLine three\n{{#if person.company}\nrest';
    const r = renderTemplate(source, rich, { lang: 'en', name: 'favor', path: 'Templates/Reconnect/favor.md' });
    expect(r).toEqual({
      ok: false,
      problem: {
        path: 'Templates/Reconnect/favor.md',
        field: 'template',
        line: 4,
        // the line is in `line` only: every caller prints it next to the message
        message: expect.stringMatching(/^Template 'favor': (?!.*\bline\b).*; fix the template or delete it to use the built-in one$/),
      },
    });
  });

  it.each([
    ['a\n{{#if person.company}}\nb\n', 2, "'{{#if}}' is never closed"],
    ['a\n\n{{#if x}}b{{/each}}', 3, "'{{#if}}' is closed by '{{/each}}'"],
    ['a {{person.name', 1, 'cannot be read'],
    ['a\n{{#each interactions}}\n{{#if this.text}}x{{/if}}\n', 2, "'{{#each}}' is never closed"],
    ['{{#each}}x{{/each}}', 1, 'needs one value'],
    ['one\n{{> footer}}', 2, 'partials'],
  ])('%j is a problem on line %i', (source, line, words) => {
    const r = renderTemplate(source, rich, { lang: 'fr', name: 'check-in' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.line).toBe(line);
      expect(r.problem.message).toContain(words);
      expect(r.problem.path).toBe('templates/check-in.fr.md');
      expect(r.problem.message).toMatch(/; fix the template$/);
    }
  });

  it.each([
    ['Hello\n\n  {{shout person.name}}', 3, 'shout'],
    ['{{#shout person.name}}x{{/shout}}', 1, 'shout'],
    ['{{join (upper person.interests)}}', 1, 'upper'],
    ['{{log "x"}}', 1, 'log'],
    ['{{person.name "x"}}', 1, 'person.name'],
  ])('an unknown helper is a problem with its line: %j', (source, line, name) => {
    const r = renderTemplate(source, rich, { lang: 'en', name: 'mine', path: 'Templates/Reconnect/mine.md' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.line).toBe(line);
      expect(r.problem.message).toContain(`unknown helper '${name}'`);
      expect(r.problem.message).toMatch(/; fix the template$/);
    }
  });

  it('never throws, whatever it is given', () => {
    const weird = { ...rich, person: null, interactions: 'nope' } as unknown as TemplateContext;
    expect(renderTemplate('{{person.name}}{{#each interactions}}{{this}}{{/each}}', weird, { lang: 'en', name: 'x' }).ok).toBe(true);
    expect(renderTemplate(undefined as unknown as string, rich, { lang: 'en', name: 'x' })).toEqual({ ok: true, text: '' });
    const hostile = { get person(): never { throw new Error('boom'); } } as unknown as TemplateContext;
    const r = renderTemplate('{{person.name}}', hostile, { lang: 'en', name: 'x' });
    expect(r.ok).toBe(false);
  });

  it('caches by source and keeps problems apart per template name', () => {
    const bad = '{{#if x}}';
    const a = renderTemplate(bad, rich, { lang: 'en', name: 'a' });
    const b = renderTemplate(bad, rich, { lang: 'en', name: 'b' });
    expect(!a.ok && a.problem.message.startsWith("Template 'a'")).toBe(true);
    expect(!b.ok && b.problem.message.startsWith("Template 'b'")).toBe(true);
    for (let i = 0; i < 300; i++) expect(one(`{{person.firstName}} ${i}`)).toBe(`Maya ${i}`);
  });

  it('tidies blank lines', () => {
    expect(renderTemplate('\n\n a\n\n\n\nb  \n\n', rich, { lang: 'en', name: 'x' })).toEqual({ ok: true, text: ' a\n\nb\n' });
  });
});

describe('resolveTemplateSource', () => {
  const overrides = new Map([
    ['Templates/Reconnect/check-in.md', 'my check-in'],
    ['Templates/Reconnect/favor.fr.md', 'mon service'],
    ['Templates/Reconnect/birthday.md', 'happy birthday'],
    ['Templates/Reconnect/Merci.fr.md', 'merci'],
  ]);

  it('a vault file of the same name wins over the shipped one, language by language', () => {
    expect(resolveTemplateSource('check-in', 'en', overrides)).toEqual({
      source: 'my check-in', origin: 'vault', path: 'Templates/Reconnect/check-in.md', name: 'check-in', lang: 'en',
    });
    expect(resolveTemplateSource('check-in', 'fr', overrides)).toEqual({
      source: BUILTIN_TEMPLATES['check-in.fr'], origin: 'builtin', name: 'check-in.fr', lang: 'fr',
    });
    expect(resolveTemplateSource('favor', 'fr', overrides)?.source).toBe('mon service');
    expect(resolveTemplateSource('favor', 'en', overrides)?.origin).toBe('builtin');
  });

  it('an explicit language suffix picks the other language', () => {
    expect(resolveTemplateSource('check-in.fr', 'en', overrides)?.name).toBe('check-in.fr');
    expect(resolveTemplateSource('check-in.en', 'fr', overrides)?.source).toBe('my check-in');
    expect(resolveTemplateSource('intro.fr', 'en')?.source).toBe(BUILTIN_TEMPLATES['intro.fr']);
    expect(resolveTemplateSource('birthday.fr', 'fr', overrides)).toBeNull();
  });

  it('a template of the vault only is found, in the other language when that is all there is', () => {
    expect(resolveTemplateSource('birthday', 'fr', overrides)).toMatchObject({ source: 'happy birthday', lang: 'en', origin: 'vault' });
    expect(resolveTemplateSource('merci', 'en', overrides)).toMatchObject({ source: 'merci', lang: 'fr' });
    expect(resolveTemplateSource(' Check-In.md ', 'en', overrides)?.source).toBe('my check-in');
    expect(resolveTemplateSource('nope', 'en', overrides)).toBeNull();
    expect(resolveTemplateSource('', 'en', overrides)).toBeNull();
    expect(resolveTemplateSource('constructor', 'en')).toBeNull();
    expect(resolveTemplateSource('__proto__', 'en')).toBeNull();
  });

  it('templateNames lists the shipped ones, then the vault ones', () => {
    expect(templateNames(overrides)).toEqual([...names, 'birthday', 'merci']);
  });

  it('a vault override with a problem says it can be deleted', () => {
    const found = resolveTemplateSource('check-in', 'en', new Map([['Templates/Reconnect/check-in.md', 'Hi {{#if}}']]));
    const r = renderTemplate(found!.source, rich, { lang: 'en', name: 'check-in', path: found!.path });
    expect(!r.ok && r.problem.message).toMatch(/^Template 'check-in': .*delete it to use the built-in one$/);
  });
});

describe('nameParts', () => {
  it.each([
    ['Maya Chen', 'Maya', 'Chen'],
    ['Jean-Pierre de la Fontaine', 'Jean-Pierre', 'de la Fontaine'],
    ['Madonna', 'Madonna', null],
    ['  Léa   Dubois ', 'Léa', 'Dubois'],
  ])('%s', (name, first, last) => {
    expect(nameParts(name)).toEqual({ firstName: first, lastName: last });
  });
});
