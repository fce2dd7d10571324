/**
 * Shorter forms that point back at a full name: a surname ("Voronin", "Mr Usmonov", "Quintana" of
 * "Esteban Quintana Robles", "Tsai" of "Tsai Kuo-hua"), a first name in an informal text ("Joris"), the
 * short name of a company ("Ashbourne" of "Ashbourne Petroleum Ltd"). A short form joins a full name only
 * when exactly one full name in the text fits it; a title the text gives both ("Dr") may settle a tie.
 */
import type { Mention } from '../doc/document.js';
import type { Compare } from './compare.js';
import type { Merge } from './group.js';
import { lexicon } from './lexicon.js';
import { HEAD_TYPE, ORG_CONNECTORS } from './rules/keywords.js';
import { SURNAME_FIRST } from './rules/names.js';
import { worthComparing, type Profile } from './similar.js';
import { push, titleCase } from './surface.js';

export type Union = (i: number, j: number, merge?: Omit<Merge, 'i' | 'j'>) => void;

export interface Context {
  compare: Compare;
  mentions: Mention[];
  forms: string[];
  /** Name words of each form, particles left out. */
  words: string[][];
  /** One mention per distinct form. */
  distinct: number[];
  root: (i: number) => number;
  union: Union;
  /** The comparison profile of a form, made once per text. */
  profOf: (form: string) => Profile;
  titles: Array<string | null>;
}

const PERSONISH = new Set(['person', 'other']);

const lower = (ws: string[]): string => ws.join(' ').toLowerCase();

/** "Tsai Kuo-hua", "Park Hyun-woo", "Zheng Haoran": the family name comes first. */
function surnameFirst(ws: string[]): boolean {
  return ws.length <= 3 && (SURNAME_FIRST.has(ws[0]) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(ws[ws.length - 1]));
}

/** The forms a full name may be referred back to by: its inner runs of words, and a leading family name. */
function surnameKeys(full: string[], rawFull: string): string[] {
  const keys: string[] = [];
  for (let s = 1; s < full.length; s++) for (let e = s + 1; e <= full.length; e++) keys.push(lower(full.slice(s, e)));
  if (surnameFirst(full)) keys.push(full[0].toLowerCase());
  // "Abu Suhaib" of "Abu Suhaib Jamal Idris": a kunya is used alone.
  const kunya = /^((?:abu|abou|umm|um)\s\S+)\s/i.exec(rawFull);
  if (kunya) keys.push(`=${kunya[1].toLowerCase()}`);
  return keys;
}

/** Full names whose last word is a spelling variant of a lone surname ("Belkacemi" of "Rachid Belkacimi"). */
function fuzzySurname(c: Context, surname: string, full: number[]): number[] {
  if (surname.length < 4) return [];
  const p = c.profOf(surname);
  return full.filter((j) => {
    const last = c.words[j][c.words[j].length - 1];
    if (/^[IVX]+$/.test(last) || last.toLowerCase() === surname.toLowerCase()) return false;
    return worthComparing(p, c.profOf(last)) && c.compare(surname, last, 'person').match;
  });
}

function titlesByRoot(c: Context): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  c.mentions.forEach((_, i) => {
    const t = c.titles[i];
    if (!t) return;
    const r = c.root(i);
    if (!out.has(r)) out.set(r, new Set());
    out.get(r)?.add(t);
  });
  return out;
}

interface Hit {
  j: number;
  how: string;
  kind: Merge['kind'];
  score: number;
}

/** Joins `i` to the one group among `hits`, if there is exactly one (a shared title may decide). */
function settle(c: Context, i: number, hits: Map<number, Hit>, titles: Map<number, Set<string>>): boolean {
  if (hits.has(c.root(i))) return true;
  let groups = [...hits.keys()];
  const title = c.titles[i];
  if (groups.length > 1 && title) groups = groups.filter((r) => titles.get(r)?.has(title));
  if (groups.length !== 1) return hits.size > 1;
  const hit = hits.get(groups[0]) as Hit;
  c.union(hit.j, i, { a: c.forms[hit.j], b: c.forms[i], score: hit.score, reason: hit.how, kind: hit.kind });
  return true;
}

export function linkBackReferences(c: Context): void {
  const titles = titlesByRoot(c);
  // A full name of unknown kind ("Pieter-Jan De Wachter") counts for a short form with a title ("Mr De Wachter").
  const full = c.distinct.filter((j) => PERSONISH.has(c.mentions[j].type) && c.words[j].length >= 2);
  const byKey = new Map<string, number[]>();
  for (const j of full) for (const k of surnameKeys(c.words[j], c.forms[j])) push(byKey, k, j);
  const decided = new Set<number>();
  // Longer short forms first: "Sturmvogel Turbinen" settles before "Sturmvogel" looks for its one full name.
  const byLength = [...c.distinct].sort((a, b) => c.forms[b].length - c.forms[a].length);
  const places = lexicon().places;
  const isPlace = (i: number): boolean => places.has(c.forms[i]) || places.has(titleCase(c.forms[i]));
  for (const i of byLength) {
    // "NANTES" in a dateline is the city, not the end of "Aéroports de Nantes".
    const tooShort = c.forms[i].length < 3 && !SURNAME_FIRST.has(c.forms[i]);
    if (!PERSONISH.has(c.mentions[i].type) || tooShort || isPlace(i)) continue;
    const hits = new Map<number, Hit>();
    const fits = (j: number): boolean => c.mentions[j].type === 'person' || c.titles[i] !== null;
    const exact = [...(byKey.get(lower(c.words[i])) ?? []), ...(byKey.get(`=${c.forms[i].toLowerCase()}`) ?? [])].filter(fits);
    for (const j of exact) hits.set(c.root(j), { j, how: 'surname back-reference', kind: 'surname', score: 1 });
    if (hits.size) {
      settle(c, i, hits, titles);
      decided.add(i);
    } else if (c.words[i].length === 1) {
      for (const j of fuzzySurname(c, c.words[i][0], full.filter(fits))) {
        const score = c.compare(c.words[i][0], c.words[j][c.words[j].length - 1], 'person').score;
        hits.set(c.root(j), { j, how: 'surname back-reference, spelled differently', kind: 'spelling', score });
      }
      if (hits.size === 1 && settle(c, i, hits, titles)) decided.add(i);
    }
  }
  const byFirst = new Map<string, number[]>();
  for (const j of c.distinct) {
    if (c.mentions[j].type === 'location' || !c.forms[j].includes(' ')) continue;
    const first = c.forms[j].split(' ')[0].toLowerCase();
    push(byFirst, first, j);
  }
  for (const i of byLength) {
    // A place or building is not a short name, unless only its keyword made it one ("Vega Sea").
    const rule = c.mentions[i].rule;
    const fixed = (c.mentions[i].type === 'location' || c.mentions[i].type === 'facility') && !rule.startsWith('keyword');
    if (decided.has(i) || fixed) continue;
    // A place name that starts a company name ("Keelung" of "Keelung Seamen's General Hospital") stays a place.
    if (isPlace(i)) continue;
    const raw = c.forms[i].toLowerCase();
    const hits = new Map<number, Hit>();
    for (const j of byFirst.get(raw.split(' ')[0]) ?? []) {
      const mj = c.mentions[j];
      if (c.forms[j].length <= raw.length) continue;
      // "Ashbourne" of "Ashbourne Petroleum Ltd", but not "Al Qaeda" of "Al Qaeda in the Arabian Peninsula".
      if (!c.forms[j].toLowerCase().startsWith(`${raw} `) || ORG_CONNECTORS.has(c.forms[j].slice(raw.length + 1).split(' ')[0])) continue;
      if (mj.type === 'person' && (c.words[i].length !== 1 || surnameFirst(c.words[j]))) continue;
      // "Mr Terpstra" is a person, whatever company bears the name.
      if (c.titles[i] && mj.type !== 'person') continue;
      const how = mj.type === 'person' ? 'first-name back-reference' : 'short name';
      hits.set(c.root(j), { j, how, kind: 'surname', score: 1 });
    }
    if (hits.size) settle(c, i, hits, titles);
  }
  linkKeywordless(c, titles);
}

/** "Quilcacocha" after "Lake Quilcacocha": a place or building named without its keyword. */
function linkKeywordless(c: Context, titles: Map<number, Set<string>>): void {
  const byBare = new Map<string, number[]>();
  for (const j of c.distinct) {
    const t = c.mentions[j].type;
    if (t !== 'location' && t !== 'facility') continue;
    const ws = c.forms[j].split(' ');
    if (ws.length < 2) continue;
    // Leading keywords only ("Lake X", "Mount X"), or a building's trailing one ("X Hotel"): a region
    // is often named after its town ("Chirchiq Valley" and "Chirchiq"), so trailing place keywords do not count.
    const lastType = HEAD_TYPE.get(ws[ws.length - 1])?.type;
    const bare = HEAD_TYPE.has(ws[0]) ? ws.slice(1) : lastType === 'facility' ? ws.slice(0, -1) : null;
    if (bare) push(byBare, lower(bare), j);
  }
  for (const i of c.distinct) {
    const js = byBare.get(c.forms[i].toLowerCase());
    if (!js) continue;
    const hits = new Map<number, Hit>(js.map((j) => [c.root(j), { j, how: 'name without its keyword', kind: 'surname', score: 1 }]));
    settle(c, i, hits, titles);
  }
}
