import { CULTURES, VARIANTS, type Culture } from './cultures.js';

/** A synthetic list entry: a person or organisation with the aliases other agencies would print. */
export interface SynthEntry {
  id: string;
  name: string;
  kind: 'person' | 'organization';
  aliases: string[];
}

export { rng, type Rng } from '../random.js';
import { rng, type Rng } from '../random.js';

const pick = <T>(r: Rng, xs: T[]): T => xs[Math.floor(r() * xs.length)];

function culture(r: Rng): Culture {
  let x = r() * CULTURES.reduce((s, c) => s + c.share, 0);
  for (const c of CULTURES) if ((x -= c.share) <= 0) return c;
  return CULTURES[0];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A family name: a common one, or (for the long tail) one built from syllables. */
function family(r: Rng, c: Culture): string {
  if (!c.syllables.length || r() < 0.4) return pick(r, c.family);
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, c.syllables);
  return cap(s + pick(r, c.suffixes));
}

export interface PersonName {
  given: string;
  middle: string | null;
  family: string;
  culture: Culture;
}

export function person(r: Rng, c: Culture = culture(r)): PersonName {
  // Most Chinese given names have two syllables ("Weimin", "Xiaoping"), written joined or hyphenated.
  const given = c.name === 'chinese' && r() < 0.7 ? `${pick(r, c.given)}${r() < 0.3 ? '-' : ''}${pick(r, c.given).toLowerCase()}` : pick(r, c.given);
  let middle: string | null = null;
  if (c.middle && r() < 0.45) {
    const g = pick(r, c.given);
    middle = c.middle === 'patronymic' ? `${g.replace(/[aiy]$/, '')}ovich` : c.middle === 'nasab' && r() < 0.5 ? `bin ${g}` : g;
  }
  return { given, middle, family: family(r, c), culture: c };
}

export function fullName(p: PersonName): string {
  if (p.culture.familyFirst) return `${p.family} ${p.given}`;
  return [p.given, p.middle, p.family].filter(Boolean).join(' ');
}

/** Another agency's spelling: a transliteration variant, a dropped middle name, or "FAMILY, Given". */
export function variant(r: Rng, p: PersonName): string {
  const roll = r();
  if (roll < 0.25) return `${p.family.toUpperCase()}, ${[p.given, p.middle].filter(Boolean).join(' ')}`;
  if (roll < 0.4 && p.middle) return `${p.given} ${p.family}`;
  return respell(r, fullName(p));
}

export function respell(r: Rng, name: string): string {
  const usable = VARIANTS.filter((v) => v.from.test(name));
  if (usable.length) return name.replace(pick(r, usable).from, pick(r, usable).to).replace(/\s+/g, ' ').trim();
  return typo(r, name);
}

/** A neighbour swap inside a long word, as in a hurried transcription. */
export function typo(r: Rng, name: string): string {
  const words = name.split(' ');
  const i = words.findIndex((w) => w.length >= 6);
  if (i < 0) return name;
  const w = words[i];
  const j = 2 + Math.floor(r() * (w.length - 3));
  words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
  return words.join(' ');
}

const ORG_WORDS = ['Golden', 'Crescent', 'Northern', 'Star', 'Eastern', 'Atlas', 'Horizon', 'Baltic', 'Pacific', 'Silk', 'Road', 'Falcon', 'Cedar', 'Nile', 'Ural', 'Orient', 'Delta', 'Sahara', 'Global', 'United', 'Al-Noor', 'Al-Amal', 'Novaya', 'Zarya', 'Dragon', 'Lotus'];
const ORG_NOUNS = ['Trading', 'Shipping', 'Petroleum', 'Logistics', 'Holdings', 'Investment', 'Exchange', 'Industries', 'Foundation', 'Charity', 'Group', 'Bank', 'Metals', 'Aviation', 'Maritime', 'Technologies'];
const LEGAL = ['LLC', 'Ltd', 'Limited', 'FZE', 'GmbH', 'AG', 'B.V.', 'S.A.', 'OOO', 'JSC', 'Co.', 'Company', 'Inc.', ''];

function organization(r: Rng): { name: string; aliases: string[] } {
  const core = `${pick(r, ORG_WORDS)} ${r() < 0.5 ? `${pick(r, ORG_WORDS)} ` : ''}${pick(r, ORG_NOUNS)}`;
  const name = `${core} ${pick(r, LEGAL)}`.trim();
  return { name, aliases: r() < 0.6 ? [`${core} ${pick(r, LEGAL)}`.trim()] : [] };
}

/** A list of n entries (82% people, 18% organisations), the same for the same seed. */
export function generateList(n: number, seed = 1): SynthEntry[] {
  const r = rng(seed);
  const out: SynthEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (r() < 0.18) {
      const o = organization(r);
      out[i] = { id: `S${i}`, name: o.name, kind: 'organization', aliases: o.aliases };
      continue;
    }
    const p = person(r);
    const aliases: string[] = [];
    const k = r() < 0.5 ? 1 : r() < 0.6 ? 2 : 0;
    for (let j = 0; j < k; j++) aliases.push(variant(r, p));
    out[i] = { id: `S${i}`, name: fullName(p), kind: 'person', aliases };
  }
  return out;
}

/** People drawn like the list's but from another seed: outsiders to screen for false hits. */
export function outsiders(n: number, seed = 7): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => fullName(person(r)));
}

/** A generated list as the index takes it: every name and alias of every entry, numbered by entry. */
export function listNames(list: SynthEntry[]): Array<{ text: string; entry: number; kind?: 'organization' }> {
  const names: Array<{ text: string; entry: number; kind?: 'organization' }> = [];
  list.forEach((e, i) => {
    const kind = e.kind === 'organization' ? ('organization' as const) : undefined;
    names.push({ text: e.name, entry: i, kind });
    for (const a of e.aliases) names.push({ text: a, entry: i, kind });
  });
  return names;
}

/**
 * The benchmark's queries: list names as another agency or a reporter would spell them, and every
 * fifth one a person not on the list. Seeded, so every run asks the same.
 */
export function benchQueries(list: SynthEntry[], count: number): string[] {
  const r = rng(4242);
  const strangers = outsiders(Math.ceil(count / 5), 777);
  const queries: string[] = [];
  for (let i = 0; i < count; i++) queries.push(i % 5 === 4 ? strangers[(i / 5) | 0] : respell(r, list[Math.floor(r() * list.length)].name));
  return queries;
}
