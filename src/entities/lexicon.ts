/** The word lists in data/entities/, read once on first use (see data/entities/SOURCES.md). */
import { readFileSync } from 'node:fs';
import { DossierError } from '../errors.js';

const DATA = new URL('../../data/entities/', import.meta.url);

function readList(file: string): string[] {
  try {
    return readFileSync(new URL(file, DATA), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  } catch {
    throw new DossierError('missing-tool', `cannot read the word list data/entities/${file}; is the package complete?`);
  }
}

export interface Lexicon {
  /** Lower-case words English writes in lower case: capitalised, they are usually just sentence starts. */
  common: Set<string>;
  firstNames: Set<string>;
  places: Set<string>;
  organizations: Set<string>;
  /** Nationality adjectives ("Jordanian"): they hint at a place but name nothing. */
  demonyms: Set<string>;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const common = new Set(readList('common-words.txt'));
  // Corpus lists are silver: a single ordinary word ("The", "State") tagged once too often is left out.
  const silver = (names: string[]): string[] => names.filter((n) => n.includes(' ') || !common.has(n.toLowerCase()));
  const written = new Set(readList('places.txt'));
  const demonyms = new Set([...readList('demonyms.txt'), ...silver(readList('demonyms-corpus.txt')).filter((d) => !written.has(d))]);
  // French transliteration writes Arabic j as dj ("Djihadist", "Djazairi"): the same word.
  for (const d of [...demonyms]) if (d.startsWith('J')) demonyms.add(`Dj${d.slice(1)}`);
  const places = new Set([...written, ...silver(readList('places-corpus.txt'))].filter((p) => !demonyms.has(p)));
  cached = {
    common,
    firstNames: new Set(readList('first-names.txt')),
    places,
    organizations: new Set([...readList('organizations.txt'), ...silver(readList('organizations-corpus.txt'))].filter((o) => !places.has(o))),
    demonyms,
  };
  return cached;
}
