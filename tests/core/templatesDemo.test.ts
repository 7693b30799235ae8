// Every shipped template, in both languages, for every person of the demo vault: text a person would send.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVault } from '../../src/cli/loadVault';
import { BUILTIN_TEMPLATES, type TemplateLang } from '../../src/core/templates';
import { renderNamed, templateContext } from '../../src/core/templateContext';
import { cardChangesOf, PREP_NEWS_DAYS } from '../../src/core/playbook';

const TODAY = '2026-11-25';
const vault = loadVault(join(__dirname, '../../examples/vault'));
const people = vault.index.allPeople().sort((a, b) => a.path.localeCompare(b.path));
const names = Object.keys(BUILTIN_TEMPLATES);

describe('shipped templates on the demo vault', () => {
  it('has people and templates to check', () => {
    expect(people.length).toBeGreaterThanOrEqual(15);
    expect(names.length).toBe(16);
  });

  it.each(names)('%s renders for every person with no placeholder, undefined, null or NaN', (key) => {
    const [name, suffix] = key.split('.');
    const lang: TemplateLang = suffix === 'fr' ? 'fr' : 'en';
    const mes = [vault.settings.me, { name: 'Alex Doe', role: 'product designer', company: 'Studio Doe', intro: 'Alex Doe is a product designer.' }];
    for (const [card, me] of people.flatMap((c) => mes.map((m) => [c, m] as const))) {
      const due = vault.due.person(card.path, TODAY)!;
      const other = people.find((p) => p.path !== card.path) ?? null;
      const changes = cardChangesOf(vault.index, due, TODAY, PREP_NEWS_DAYS);
      const r = renderNamed(key, lang, new Map(), templateContext(due, { ...vault.settings, me }, TODAY, { other, changes }));
      expect(r.ok, `${key} for ${card.path}`).toBe(true);
      if (!r.ok) continue;
      const text = r.text;
      expect(text, `${key} for ${card.path}`).not.toMatch(/\{\{|\}\}|undefined|\bnull\b|NaN|\[object Object\]/);
      expect(text, `${key} for ${card.path}`).not.toMatch(/ \.|\( ?\)|\bat \.|, ,|  +\S/);
      expect(text.trim().length).toBeGreaterThan(20);
      void name;
    }
  });
});

describe('the favor template and the favor window', () => {
  it('warns, in both languages, when a favor was asked within the window, and only then', () => {
    const asked = people.filter((c) => vault.due.person(c.path, TODAY)!.favorRecentlyAsked);
    const notAsked = people.filter((c) => !vault.due.person(c.path, TODAY)!.favorRecentlyAsked);
    expect(asked.length).toBeGreaterThan(0);
    for (const [card, warns] of [...asked.map((c) => [c, true] as const), ...notAsked.map((c) => [c, false] as const)]) {
      for (const lang of ['en', 'fr'] as const) {
        const r = renderNamed('favor', lang, new Map(), templateContext(vault.due.person(card.path, TODAY)!, vault.settings, TODAY));
        expect(r.ok && r.text.startsWith('> [!warning]'), `${card.path} ${lang}`).toBe(warns);
      }
    }
  });
});

describe('second-meeting and what changed', () => {
  const render = (name: string, lang: TemplateLang): string => {
    const card = people.find((c) => c.name === name)!;
    const due = vault.due.person(card.path, TODAY)!;
    const r = renderNamed('second-meeting', lang, new Map(), templateContext(due, vault.settings, TODAY, { changes: cardChangesOf(vault.index, due, TODAY, PREP_NEWS_DAYS) }));
    if (!r.ok) throw new Error(JSON.stringify(r));
    return r.text;
  };

  it("lists Ravi's new role, logged at the last contact, and that his note still says Partner", () => {
    expect(render('Ravi Menon', 'en')).toContain('- New role: Managing Partner (logged 15 July 2026); the note still says Partner, update it\n- How is the change going, and what else is new since 15 July?');
    expect(render('Ravi Menon', 'fr')).toContain('- Nouveau poste : Managing Partner (noté le 15 juillet 2026) ; la note indique encore Partner, à mettre à jour\n- Comment se passe le changement, et quoi d\'autre de neuf depuis le 15 juillet ?');
  });

  it("leaves out Daniel's move, talked about since, and asks the usual question; the field never reaches the text", () => {
    const text = render('Daniel Okafor', 'en');
    expect(text).not.toContain('New company');
    expect(text).toContain('- Still VP Engineering at Halcyon Robotics?');
    expect(text).toContain("lunch: he's moving to Halcyon in March\n");
    expect(text).not.toContain('::');
  });
});

describe('check-in for someone who has not answered', () => {
  it('Hannah Brooks (three messages, no answer): the draft speaks of the last message, the rest of the demo of the last conversation', () => {
    const checkIn = (name: string, lang: TemplateLang): string => {
      const card = people.find((c) => c.name === name)!;
      const r = renderNamed('check-in', lang, new Map(), templateContext(vault.due.person(card.path, TODAY)!, vault.settings, TODAY));
      if (!r.ok) throw new Error(JSON.stringify(r));
      return r.text;
    };
    expect(vault.due.person(people.find((c) => c.name === 'Hannah Brooks')!.path, TODAY)!.awaitingSince).toBe('2026-09-15');
    expect(checkIn('Hannah Brooks', 'en')).toContain("My last message was 2 months ago and I know how full things get, so please don't worry about it. I simply wondered how you're getting on at Brooks & Hale Talent.");
    expect(checkIn('Hannah Brooks', 'fr')).toContain("Mon dernier message date d'il y a 2 mois");
    expect(checkIn('Hannah Brooks', 'en')).not.toContain('last try');
    const waiting = people.filter((c) => vault.due.person(c.path, TODAY)!.awaitingSince !== null).map((c) => c.name);
    for (const card of people.filter((c) => !waiting.includes(c.name))) expect(checkIn(card.name, 'en')).not.toContain('My last message was');
  });
});

describe('the field check knows every field the context has', () => {
  it('each key of a full context (person, other, event, changes) renders through the check', async () => {
    const { renderTemplate } = await import('../../src/core/templates');
    const card = people.find((c) => c.name === 'Ravi Menon')!;
    const due = vault.due.person(card.path, TODAY)!;
    const ctx = templateContext(due, vault.settings, TODAY, {
      other: people.find((c) => c.name === 'Maya Chen')!,
      event: { name: 'Product Camp', date: TODAY, path: 'Events/x.md', context: 'hi' },
      changes: cardChangesOf(vault.index, due, TODAY, PREP_NEWS_DAYS),
    });
    const paths: string[] = [];
    const walk = (v: unknown, prefix: string): void => {
      if (v === null || typeof v !== 'object' || Array.isArray(v) || prefix.endsWith('.fm')) return;
      for (const [k, x] of Object.entries(v)) {
        paths.push(`${prefix}${prefix ? '.' : ''}${k}`);
        walk(x, `${prefix}${prefix ? '.' : ''}${k}`);
      }
    };
    walk(ctx, '');
    for (const key of ['changes.company.value', 'changes.role.noteSays']) if (!paths.includes(key)) paths.push(key);
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) {
      const r = renderTemplate(`{{${path}}}`, ctx, { lang: 'en', name: 'x' });
      expect(r.ok, `${path}: ${r.ok ? '' : r.problem.message}`).toBe(true);
    }
  });
});
