/**
 * Two long organisation names of one body, worded differently ("General Directorate to Supervise the
 * Coastal Fisheries" / "Directorate General for Supervision of the Coastal Fisheries"): nearly all the
 * content words of the shorter are in the longer, and no place or person word sets them apart.
 */
import { jaroWinkler } from '../names/jaro.js';
import { lexicon } from './lexicon.js';

const FUNCTION_WORDS = new Set(['of', 'the', 'for', 'to', 'in', 'and', 'on', 'at', 'against', '&', 'a', 'an']);
/** Share of the shorter name's content words that the longer must hold. */
const MIN_SHARED = 0.8;
const MIN_WORDS = 4;
/** Below this whole-string similarity two names are never variants of each other. */
const QUICK_MIN = 0.75;
/** Below this share of common letter pairs (Dice) two names are not even looked at closely. */
const MIN_PAIRS = 0.4;
/** Full names share their other words too, so a variant pair shares more letter pairs. */
const MIN_PAIRS_FULL = 0.5;

function contentWords(name: string): string[] {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()))
    .map((w) => w.toLowerCase());
}

/** What the comparisons below need of a name, computed once per distinct form. */
export interface Profile {
  form: string;
  flat: string;
  /** Letter pairs of `flat`, for a quick look before the slower comparisons. */
  pairs: Set<string>;
  /** The last word, lower case. */
  last: string;
  sorted: string;
  content: Set<string>;
  places: Set<string>;
}

const PROFILE_LIMIT = 50_000;
const profiles = new Map<string, Profile>();

/** The profile of a form; forms recur from text to text ("Ministry of Finance"), so they are kept. */
export function profile(form: string): Profile {
  let p = profiles.get(form);
  if (!p) {
    if (profiles.size >= PROFILE_LIMIT) profiles.clear();
    profiles.set(form, (p = makeProfile(form)));
  }
  return p;
}

function makeProfile(form: string): Profile {
  const lower = form.normalize('NFD').replace(/[^\p{L}\s]/gu, '').toLowerCase();
  const places = lexicon().places;
  const flat = lower.replace(/\s+/g, '');
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < flat.length; i++) pairs.add(flat.slice(i, i + 2));
  return {
    form,
    flat,
    pairs,
    last: lower.split(/\s+/).pop() ?? '',
    sorted: lower.split(/\s+/).sort().join(''),
    content: new Set(contentWords(form)),
    places: new Set(form.split(/[\s-]+/).filter((w) => places.has(w)).map((w) => w.toLowerCase())),
  };
}

export interface LongNameMatch {
  score: number;
  shared: string[];
}

export function similarLongNames(a: Profile, b: Profile): LongNameMatch | null {
  const sa = a.content;
  const sb = b.content;
  if (sa.size < MIN_WORDS || sb.size < MIN_WORDS) return null;
  const shared = [...sa].filter((w) => sb.has(w));
  const score = shared.length / Math.min(sa.size, sb.size);
  if (score < MIN_SHARED) return null;
  // "... of France" and "... of Spain" are two bodies: a place on each side keeps them apart.
  const own = (x: Profile, y: Profile): boolean => [...x.places].some((p) => !y.content.has(p));
  if (own(a, b) && own(b, a)) return null;
  return { score: Math.round(score * 1000) / 1000, shared };
}

/** A cheap first look before the full name comparison: names that share nothing are not compared. */
export function worthComparing(a: Profile, b: Profile): boolean {
  // "S. Normatov" and "Sherzod Normatov": the same last word is worth a close look, whatever the rest.
  if (a.last && a.last === b.last && a.form.includes(' ') && b.form.includes(' ')) return true;
  const short = a.flat.length < b.flat.length ? a : b;
  const long = short === a ? b : a;
  if (short.flat.length < long.flat.length / 2) return false;
  let shared = 0;
  for (const p of short.pairs) if (long.pairs.has(p)) shared++;
  const min = a.form.includes(' ') && b.form.includes(' ') ? MIN_PAIRS_FULL : MIN_PAIRS;
  if ((2 * shared) / (a.pairs.size + b.pairs.size || 1) < min) return false;
  return jaroWinkler(a.flat, b.flat) >= QUICK_MIN || jaroWinkler(a.sorted, b.sorted) >= QUICK_MIN;
}
