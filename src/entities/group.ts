/**
 * Groups mentions into entities. In order: the same form; what the text declares ("alias", "known
 * as", an acronym in parentheses); spelling variants of one name; then bare surnames, which join a
 * full name only when exactly one full name in the text ends with them.
 */
import type { Doc, Mention } from '../doc/document.js';
import type { Variant } from '../dossier/contract.js';
import { linkBackReferences, type Union } from './backrefs.js';
import { textComparer } from './compare.js';
import { explicitLinks } from './explicit.js';
import { titleOf } from './resolve.js';
import { canonicalPlace } from './places.js';
import { HEAD_TYPE } from './rules/keywords.js';
import { aliasForm, push } from './surface.js';
import { profile, similarLongNames, worthComparing, type Profile } from './similar.js';

export interface Merge extends Variant {
  /** The mention on each side of the merge. */
  i: number;
  j: number;
  kind: 'alias' | 'spelling' | 'wording' | 'surname';
}

export interface Grouping {
  root: (i: number) => number;
  merges: Merge[];
  /** Mentions the text introduces as another name of something already named. */
  aliasTargets: Set<number>;
  /** The alias form of each mention. */
  forms: string[];
}

const CONNECTORS = /^(?:van|von|der|den|de|del|della|da|di|du|dos|das|la|le|al|el|bin|ibn|ben|bint|abu|ter|ten)$/i;
const ROLE = new Set(['person', 'other']);

/** The alias of a mention: its text without quotes, a leading "the" or doubled spaces. */
export function formOf(m: { text: string }): string {
  return aliasForm(m.text);
}

/** Up to this many distinct forms every pair is compared; above it, only pairs that share a word's start or end. */
const EXHAUSTIVE_UP_TO = 150;
/** A blocking key shared by more forms than this says nothing ("Min..." of every ministry). */
const KEY_LIMIT = 40;

/** The pairs (as indices into `distinct`) that share a word's first or last three letters, in a fixed order. */
function blockedPairs(distinct: number[], forms: string[]): Array<[number, number]> {
  const n = distinct.length;
  const out: Array<[number, number]> = [];
  const byKey = new Map<string, number[]>();
  distinct.forEach((i, x) => {
    const keys = new Set<string>();
    for (const w of forms[i].normalize('NFD').replace(/[^\p{L}\s]/gu, '').toLowerCase().split(/\s+/)) {
      if (w.length < 3) continue;
      keys.add(`<${w.slice(0, 3)}`).add(`>${w.slice(-3)}`);
    }
    for (const k of keys) push(byKey, k, x);
  });
  const seen = new Set<number>();
  for (const xs of byKey.values()) {
    if (xs.length > KEY_LIMIT) continue;
    for (let a = 0; a < xs.length; a++) for (let b = a + 1; b < xs.length; b++) seen.add(xs[a] * n + xs[b]);
  }
  for (const code of [...seen].sort((p, q) => p - q)) out.push([Math.floor(code / n), code % n]);
  return out;
}

/** The first keyword of an organisation's name ("Ministry"), if any. */
function headOf(form: string): string | undefined {
  return form.split(' ').find((w) => HEAD_TYPE.get(w)?.type === 'organization');
}

export function nameWords(form: string): string[] {
  return form.split(/\s+/).filter((w) => !CONNECTORS.test(w));
}

export function groupMentions(doc: Doc, mentions: Mention[]): Grouping {
  const parent = mentions.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const merges: Merge[] = [];
  const union: Union = (i, j, merge) => {
    const a = root(i);
    const b = root(j);
    if (a === b) return;
    parent[Math.max(a, b)] = Math.min(a, b);
    if (merge) merges.push({ ...merge, i, j });
  };
  const forms = mentions.map((m) => formOf(m));
  const firstOf = new Map<string, number>();
  forms.forEach((f, i) => {
    const key = f.toLowerCase();
    if (firstOf.has(key)) union(firstOf.get(key) as number, i);
    else firstOf.set(key, i);
  });
  // "UK" and "United Kingdom": one place under two names the table knows.
  const placeOf = new Map<string, number>();
  forms.forEach((f, i) => {
    if (mentions[i].type !== 'location' && !/^\p{Lu}{2,4}$/u.test(f.replace(/\./g, ''))) return;
    const key = canonicalPlace(f);
    if (key === null) return;
    const first = placeOf.get(key);
    if (first === undefined) placeOf.set(key, i);
    else if (forms[first].toLowerCase() !== f.toLowerCase()) union(first, i, { a: forms[first], b: f, score: 1, reason: 'other name of the same place', kind: 'alias' });
    else union(first, i);
  });
  const aliasTargets = new Set<number>();
  for (const link of explicitLinks(doc, mentions)) {
    aliasTargets.add(link.b);
    union(link.a, link.b, { a: forms[link.a], b: forms[link.b], score: 1, reason: link.reason, kind: 'alias' });
  }
  const distinct = [...firstOf.values()];
  const words = forms.map(nameWords);
  const profiles = new Map<string, Profile>();
  const profOf = (form: string): Profile => {
    let p = profiles.get(form);
    if (!p) profiles.set(form, (p = profile(form)));
    return p;
  };
  const profByIndex: Profile[] = [];
  const prof = (i: number): Profile => (profByIndex[i] ??= profOf(forms[i]));
  const compare = textComparer();
  const heads = new Map<number, string | undefined>();
  for (const i of distinct) if (mentions[i].type === 'organization') heads.set(i, headOf(forms[i]));
  const comparePair = (x: number, y: number): void => {
    const i = distinct[x];
    const j = distinct[y];
    const mi = mentions[i];
    const mj = mentions[j];
    if (root(i) === root(j)) return;
    if (mi.type === 'organization' && mj.type === 'organization') {
      // "Ministry of Energy Supply" and "Office of Energy Supply" are two bodies.
      const hi = heads.get(i);
      const hj = heads.get(j);
      if (hi && hj && hi !== hj) return;
      const c = worthComparing(prof(i), prof(j)) ? compare(forms[i], forms[j], 'organization') : null;
      if (c?.match) union(i, j, { a: forms[i], b: forms[j], score: c.score, reason: `spelling variant: ${c.explanation}`, kind: 'spelling' });
      const long = c?.match ? null : similarLongNames(prof(i), prof(j));
      if (long) union(i, j, { a: forms[i], b: forms[j], score: long.score, reason: `similar long names sharing ${long.shared.join(', ')}`, kind: 'wording' });
    } else if (ROLE.has(mi.type) && ROLE.has(mj.type) && comparable(words[i], words[j]) && forms[i].length >= 4) {
      if (mi.type === 'other' && mj.type === 'other' && words[i].length > 1) return;
      if (!worthComparing(prof(i), prof(j))) return;
      const c = compare(forms[i], forms[j], 'person');
      if (c.match) union(i, j, { a: forms[i], b: forms[j], score: c.score, reason: `spelling variant: ${c.explanation}`, kind: 'spelling' });
    }
  };
  if (distinct.length <= EXHAUSTIVE_UP_TO) {
    // Only organisations with organisations and people with people are ever compared.
    const orgs: number[] = [];
    const people: number[] = [];
    distinct.forEach((i, x) => {
      if (mentions[i].type === 'organization') orgs.push(x);
      else if (ROLE.has(mentions[i].type)) people.push(x);
    });
    // In the order of the first form of each pair, as the merges are recorded in that order.
    const at = new Map<number, [number[], number]>();
    for (const xs of [orgs, people]) xs.forEach((x, n) => at.set(x, [xs, n]));
    for (let x = 0; x < distinct.length; x++) {
      const [xs, n] = at.get(x) ?? [[], 0];
      for (let b = n + 1; b < xs.length; b++) comparePair(x, xs[b]);
    }
  } else for (const [x, y] of blockedPairs(distinct, forms)) comparePair(x, y);
  linkBackReferences({ compare, mentions, forms, words, distinct, root, union, profOf, titles: mentions.map(titleOf) });
  return { root, merges, aliasTargets, forms };
}

/** Single words with single words, full names with full names: a bare surname is linked below. */
function comparable(a: string[], b: string[]): boolean {
  return (a.length === 1 && b.length === 1) || (a.length > 1 && b.length > 1);
}

