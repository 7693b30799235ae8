#!/usr/bin/env node
// Writes a synthetic Reconnect vault for benchmarks and stress tests, deterministically.
//
//   node scripts/gen-vault.mjs OUT_DIR --people N [--seed S] [--today YYYY-MM-DD]
//
// Same arguments → byte-identical vault. `--today` (default 2026-11-25, the project's demo day)
// anchors every date, so the output never depends on the machine's clock.
//
// Safety: OUT_DIR is removed and recreated only when it holds the marker file `.reconnect-bench`
// that this script writes. An existing empty directory is used as is; anything else is refused.
// Plain Node (>= 20), no dependencies.

import fs from 'node:fs';
import path from 'node:path';

const MARKER = '.reconnect-bench';
const USAGE = 'usage: node scripts/gen-vault.mjs OUT_DIR --people N [--seed S] [--today YYYY-MM-DD]';

function fail(msg) {
  process.stderr.write(`gen-vault: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = { out: null, people: null, seed: '1', today: '2026-11-25' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const key = eq > 0 ? a.slice(0, eq) : a;
    const take = () => {
      if (eq > 0) return a.slice(eq + 1);
      if (i + 1 >= argv.length) fail(`${key} needs a value`);
      return argv[++i];
    };
    if (key === '--help' || key === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (key === '--people') {
      const v = take();
      if (!/^\d+$/.test(v) || Number(v) < 1) fail(`--people must be a whole number of at least 1, not '${v}'`);
      opts.people = Number(v);
    } else if (key === '--seed') {
      opts.seed = take();
    } else if (key === '--today') {
      const v = take();
      if (!isDay(v)) fail(`--today must be a day written YYYY-MM-DD, not '${v}'`);
      opts.today = v;
    } else if (a.startsWith('-')) {
      fail(`unknown option '${a}'`);
    } else if (opts.out === null) {
      opts.out = a;
    } else {
      fail(`unexpected argument '${a}'`);
    }
  }
  if (opts.out === null) fail('OUT_DIR is missing');
  if (opts.people === null) fail('--people is missing');
  return opts;
}

// ---------------------------------------------------------------- days (UTC, no time zone)

function isDay(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
const DAY_MS = 86_400_000;
const toNum = (day) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS;
const fromNum = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);

// ---------------------------------------------------------------- seeded PRNG

function hashSeed(str) {
  // FNV-1a, 32 bits.
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- vocabularies

const FIRST = `Aaliyah Adam Adrien Aisha Alba Alice Amara Amir Ana Andrea Anouk Arjun Astrid Aurélie Ben Bianca
Bruno Camila Carlos Cécile Chen Chiara Chloé Clara Daniel Dara David Diego Elena Elif Emma Enzo Erik Esther Fatima
Felix Freya Gabriel Grace Hana Hugo Ines Ingrid Isaac Ivan Jamal Jana Jonas Jules Julia Kai Karim Kate Kenji Lara
Laura Lena Leo Lina Lucas Lucía Luka Maëlle Malik Marco Maria Marta Mateo Max Maya Mei Mia Mohammed Nadia Naomi
Nathan Nina Noah Nora Olga Omar Oscar Paul Pedro Priya Rafael Ravi Rosa Ruth Sacha Salma Sam Sara Sofia Sven Tariq
Théo Tom Uma Valentina Victor Wei Yara Yusuf Zoe Zainab`.split(/\s+/);

const LAST = `Abbott Adeyemi Alvarez Andersen Bakker Banerjee Barros Becker Bernard Bianchi Blanc Brennan Carvalho
Castillo Chaudhry Chevalier Clarke Costa Dahl Dubois Duarte Eriksen Evans Fernandes Fischer Fontaine Garnier Gauthier
Gomez Greco Haddad Hansen Hartmann Hoffmann Huang Ibrahim Ivanova Jansen Jensen Kaur Keller Khan Kim Kowalski Kumar
Lambert Larsen Laurent Lefebvre Lindqvist Lopez Mahmoud Marchetti Martin Mendes Mercier Meyer Moreau Morris Murphy
Nakamura Nguyen Nielsen Novak Okafor Oliveira Osei Park Patel Perrin Petit Quinn Rahman Reyes Ricci Roux Russo
Sato Schmidt Silva Singh Sokolov Suzuki Tanaka Thomas Torres Tremblay Vasquez Vidal Vogel Wagner Walsh Watanabe
Weber Wright Yamamoto Yilmaz Young Zhang Zimmermann`.split(/\s+/);

const COMPANIES = `Kestrel Freight|Northlight Ventures|Fernhill|Halcyon Robotics|Brightwater Health|Tidewater Analytics|
Atelier Nuage|Quartz Compta|Orbit Analytics|Meridian Cold Chain|Moriya Home|Kiln AI|Parcelwise|Lumen Pay|Harbour & Pike|
Copperleaf Studio|Bramble Bank|Saltmarsh Energy|Vireo Health|Pinecrest Logistics|Oakhaven Capital|Ledger Weekly|
Juniper Labs|Maison Orée|Rivière Conseil|Bluefin Ports|Cobalt Rail|Fieldnote|Wren Robotics|Atlas Courier`
  .split('|').map((s) => s.trim());

const ROLES = ['Product Designer', 'Head of Operations', 'Partner', 'Recruiter', 'VP Engineering', 'Founder', 'CTO',
  'Journalist', 'Procurement Lead', 'Head of Data', 'Consultant', 'Product Manager', 'Directrice produit',
  'Head of Partnerships', 'UX Researcher', 'COO', 'Engineering Manager', 'Fondateur', 'Sales Director', 'Analyst'];

const INTERESTS = ['logistics', 'design systems', 'climate tech', 'running', 'jazz', 'open data', 'cycling',
  'pricing', 'hiring', 'ceramics', 'sailing', 'e-commerce', 'automation', 'cooking', 'chess', 'photography'];

const BUCKETS = [
  ['client', 10], ['prospect', 12], ['influential', 10], ['connector', 10], ['friend', 10], ['acquaintance', 30],
  [null, 18],
];

const CADENCES = ['monthly', '2 weeks', '45', 'tous les 3 mois', 'every week', 'quarterly', 'semestriel', '6w',
  '3 months', 'every 2 months', '90', 'biweekly', 'mensuel', 'trimestriel', 'yearly', '8 sem', '2weeks', '30',
  'tous les mois', 'every 6 weeks', 'none'];

const EN_CHANNELS = ['email', 'call', 'coffee', 'meeting', 'lunch', 'dinner', 'drinks', 'event', 'message', 'text',
  'video', 'social', 'letter', 'card'];
const FR_CHANNELS = ['courriel', 'appel', 'café', 'réunion', 'rencontre', 'déjeuner', 'dîner', 'verre', 'événement',
  'message', 'texto', 'visio', 'lettre', 'carte'];

const EN_TEXTS = ['caught up on the new role', 'talked about hiring', 'sent the quarterly update',
  'shared an article on pricing', 'asked about the launch', 'they are moving to a new team', 'congratulated them',
  'reviewed the proposal together', 'quick hello after the conference', 'discussed the pilot numbers',
  'swapped notes on fundraising', 'introduced them to a designer', 'long chat about the market'];
const FR_TEXTS = ['nouvelles du projet', 'discussion sur le recrutement', 'envoyé la mise à jour trimestrielle',
  'partagé un article', 'félicitations pour le nouveau poste', 'retour sur la proposition',
  'échange rapide après la conférence', 'présenté à une designer'];

const TAGS = ['#awaiting-reply', '#favor/asked', '#favor/given', '#news', '#intro'];

const DAILY_LINES = [
  (l) => `Coffee with ${l}; good energy, lots of ideas.`,
  (l) => `Quick call with ${l} about the proposal.`,
  (l) => `Emailed ${l} the article I mentioned.`,
  (l) => `Lunch with ${l} — they're hiring again.`,
  (l) => `Bumped into ${l} at the meetup.`,
  (l) => `Message from ${l}: the pilot is going well.`,
  (l) => `Sent ${l} a short note of congratulations.`,
  (l) => `Video call with ${l}, 30 minutes.`,
];

const MEETING_TOPICS = ['Pilot review', 'Quarterly sync', 'Design critique', 'Pricing workshop', 'Intro call',
  'Roadmap planning', 'Go-live retro', 'Partnership chat', 'Hiring panel', 'Board prep'];

// ---------------------------------------------------------------- output directory

function prepareOut(out) {
  let st = null;
  try {
    st = fs.lstatSync(out);
  } catch (e) {
    if (e.code !== 'ENOENT') fail(`cannot read ${out}: ${e.message}`);
  }
  if (st) {
    if (!st.isDirectory()) fail(`${out} exists and is not a directory`);
    const marker = path.join(out, MARKER);
    let markerOk = false;
    try {
      markerOk = fs.lstatSync(marker).isFile();
    } catch {
      markerOk = false;
    }
    if (markerOk) {
      fs.rmSync(out, { recursive: true, force: true });
    } else if (fs.readdirSync(out).length > 0) {
      fail(`refusing to write into ${out}: it is not empty and has no ${MARKER} marker (it was not made by this script)`);
    }
  }
  fs.mkdirSync(out, { recursive: true });
}

// ---------------------------------------------------------------- generation

function main() {
  const started = process.hrtime.bigint();
  const opts = parseArgs(process.argv.slice(2));
  const rnd = mulberry32(hashSeed(String(opts.seed)));
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const chance = (p) => rnd() < p;
  const weighted = (pairs) => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = rnd() * total;
    for (const [v, w] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  };

  const today = toNum(opts.today);
  const out = path.resolve(opts.out);
  prepareOut(out);

  let files = 0;
  let bytes = 0;
  const dirs = new Set();
  const write = (rel, text) => {
    const abs = path.join(out, rel);
    const dir = path.dirname(abs);
    if (!dirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    fs.writeFileSync(abs, text);
    files++;
    bytes += Buffer.byteLength(text);
  };

  write(MARKER, `${JSON.stringify({ generator: 'scripts/gen-vault.mjs', people: opts.people, seed: String(opts.seed), today: opts.today })}\n`);
  write('.obsidian/app.json', '{}\n');
  write('.obsidian/daily-notes.json', `${JSON.stringify({ format: 'YYYY-MM-DD', folder: 'Daily' }, null, 2)}\n`);

  // --- people
  const people = [];
  const used = new Set();
  const stats = { clients: 0, untracked: 0, paused: 0, snoozed: 0, french: 0, logItems: 0, planned: 0 };
  for (let i = 0; i < opts.people; i++) {
    let name = '';
    for (let tries = 0; tries < 6; tries++) {
      name = `${pick(FIRST)} ${pick(LAST)}`;
      if (!used.has(name.toLowerCase())) break;
    }
    if (used.has(name.toLowerCase())) {
      let k = 2;
      while (used.has(`${name} ${k}`.toLowerCase())) k++;
      name = `${name} ${k}`;
    }
    used.add(name.toLowerCase());
    const first = name.split(' ')[0];
    const french = chance(0.15);
    const bucket = weighted(BUCKETS);
    const ownCadence = bucket === null ? (chance(0.5) ? pick(CADENCES) : null) : (chance(0.5) ? pick(CADENCES) : null);
    const folder = bucket === 'client' && chance(0.7) ? 'People/Clients' : 'People';
    const company = pick(COMPANIES);
    const role = pick(ROLES);
    const fm = ['---', 'type: person'];
    if (chance(0.08)) fm.push(`aliases: [${JSON.stringify(`${first} ${name.split(' ')[1][0]}.`)}]`);
    fm.push(`company: ${company}`, `role: ${role}`);
    fm.push(`email: ${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ +/g, '.')}@${company.toLowerCase().replace(/[^a-z]/g, '')}.example`);
    if (bucket) fm.push(`bucket: ${bucket}`);
    if (ownCadence !== null) fm.push(`cadence: ${ownCadence}`);
    const r = rnd();
    if (r < 0.03) { fm.push('status: paused'); stats.paused++; } else if (r < 0.04) { fm.push('status: archived'); stats.paused++; }
    if (chance(0.03)) { fm.push(`snooze_until: ${fromNum(today + int(1, 60))}`); stats.snoozed++; }
    if (chance(0.7)) fm.push(`met: ${fromNum(today - int(30, 1100))}`);
    if (chance(0.3)) fm.push(`birthday: ${chance(0.5) ? `--${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}` : fromNum(today - int(22 * 365, 60 * 365))}`);
    if (chance(0.4)) fm.push(`interests: [${pick(INTERESTS)}, ${pick(INTERESTS)}]`);
    if (ownCadence === 'none' || (bucket === null && ownCadence === null)) stats.untracked++;
    if (folder === 'People/Clients') stats.clients++;
    if (french) stats.french++;

    // log: ~10 items over the past two years
    const n = chance(0.03) ? 0 : int(5, 15); // a few people never contacted yet
    const days = [];
    for (let k = 0; k < n; k++) days.push(today - int(0, 730));
    days.sort((a, b) => a - b);
    const items = days.map((d) => {
      const ch = french ? pick(FR_CHANNELS) : pick(EN_CHANNELS);
      const text = french ? pick(FR_TEXTS) : pick(EN_TEXTS);
      const tag = chance(0.15) ? ` ${pick(TAGS)}` : '';
      const mark = chance(0.03) ? '[x] ' : '';
      const dayText = chance(0.1) ? `[[${fromNum(d)}]]` : fromNum(d);
      const sep = pick([' — ', ': ', ' - ', ' ']);
      return `- ${mark}${dayText} ${ch}${sep}${text}${tag}`;
    });
    if (chance(0.04)) { items.push(`- [ ] ${fromNum(today + int(1, 30))} ${french ? 'déjeuner' : 'lunch'}`); stats.planned++; }
    if (chance(0.02)) items.push(`- [-] ${fromNum(today + int(1, 30))} call — cancelled`);
    if (days.length > 0 && chance(0.2)) fm.push(`last_contact: ${fromNum(days[days.length - 1])}`);
    fm.push('---');
    stats.logItems += items.length;

    const heading = french ? pick(['## Échanges', '## Historique']) : pick(['## Interactions', '## Interactions', '## Log']);
    const body = [
      `# ${name}`,
      '',
      french ? `${role} chez ${company}.` : `${role} at ${company}.`,
      '',
      '## Notes',
      `- ${french ? 'Centres d’intérêt' : 'Interests'}: ${pick(INTERESTS)}.`,
      '',
      heading,
      ...items,
      '',
    ];
    const rel = `${folder}/${name}.md`;
    write(rel, `${fm.join('\n')}\n${body.join('\n')}`);
    people.push({ name, first });
  }

  const link = (p) => (chance(0.2) ? `[[${p.name}|${p.first}]]` : `[[${p.name}]]`);

  // --- daily notes: the last 365 days (today included), ~5 people each
  let daily = 0;
  for (let d = 0; d < 365; d++) {
    const day = fromNum(today - d);
    const lines = [];
    const k = int(3, 7);
    for (let j = 0; j < k; j++) {
      const p = people[Math.floor(rnd() * people.length)];
      const r = rnd();
      if (r < 0.08) lines.push(`- [ ] Call ${link(p)} next week`);
      else if (r < 0.12) lines.push(`> ${link(p)} said something worth remembering.`);
      else if (r < 0.2) lines.push(`- [x] Reply to ${link(p)}`);
      else lines.push(`${pick(DAILY_LINES)(link(p))}${chance(0.1) ? ` ${pick(TAGS)}` : ''}`);
    }
    write(`Daily/${day}.md`, `${lines.join('\n\n')}\n`);
    daily++;
  }

  // --- meeting notes: ~N/20, mostly in the past year, a few planned
  const meetings = Math.max(1, Math.round(opts.people / 20));
  for (let m = 0; m < meetings; m++) {
    const day = fromNum(chance(0.05) ? today + int(1, 30) : today - int(0, 364));
    const k = int(2, 4);
    const withList = [];
    for (let j = 0; j < k; j++) withList.push(JSON.stringify(`[[${people[Math.floor(rnd() * people.length)].name}]]`));
    const topic = pick(MEETING_TOPICS);
    const type = chance(0.8) ? 'meeting' : 'call';
    const text = [
      '---',
      `type: ${type}`,
      `date: ${day}`,
      `with: [${withList.join(', ')}]`,
      '---',
      `# ${topic}`,
      '',
      '- Notes from the discussion.',
      '- [ ] Send the follow-up.',
      '',
    ].join('\n');
    write(`Meetings/${day} ${topic} ${m + 1}.md`, text);
  }

  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const lines = [
    `gen-vault: wrote ${out} (seed ${opts.seed}, today ${opts.today})`,
    `  People/            ${opts.people} person notes (${stats.clients} in People/Clients, ${stats.untracked} untracked, ${stats.paused} paused or archived, ${stats.snoozed} snoozed, ${stats.french} in French)`,
    `                     ${stats.logItems} log items, ${stats.planned} with a planned task`,
    `  Daily/             ${daily} daily notes (${fromNum(today - 364)} … ${opts.today})`,
    `  Meetings/          ${meetings} meeting notes`,
    `  .obsidian/         app.json, daily-notes.json`,
    `  ${MARKER}    marker (lets a later run replace this folder)`,
    `  ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${Math.round(ms)} ms`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
