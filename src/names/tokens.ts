import { foldWord } from './fold.js';
import { normalizeName } from './normalize.js';
import { CONNECTOR_SET, LEGAL_SET, PARTICLE_CANON, PARTICLE_SET, SUN_ARTICLES, TITLE_SET } from './words.js';

export type NameKind = 'person' | 'organization';

export interface NameToken {
  /** Normalised spelling. */
  raw: string;
  /** Transliteration-folded key. */
  key: string;
  /** Folded key without vowels. */
  skel: string;
  weight: number;
  particle: boolean;
  initial: boolean;
  /** Written in Arabic or Persian script, so vowels are unknown. */
  abjad: boolean;
  /** Joined to the next word by a hyphen in the original ("Wei-min", "Rezaei-Mehr"). */
  hyphen: boolean;
}

const ARTICLES = new Set(['al', 'el', 'ul', 'ol', 'il']);
const PARTICLE_WEIGHT = 0.3;
const INITIAL_WEIGHT = 0.5;

/** A word that names: not a particle, not an initial. */
export const isContent = (t: NameToken): boolean => !t.particle && !t.initial;

/** The tokens of a name that take part in comparison, titles and legal forms removed. */
export function nameTokens(name: string, kind?: NameKind): NameToken[] {
  const { tokens, abjad } = normalizeName(name);
  // Legal forms closing a name are dropped whatever its kind ("Kumsan Trading Company Ltd", "Alpha GmbH & Co KG").
  let legalTail = tokens.length;
  while (legalTail > 1 && (LEGAL_SET.has(tokens[legalTail - 1].text) || CONNECTOR_SET.has(tokens[legalTail - 1].text))) legalTail--;
  const words = tokens.filter((t, i) => {
    // A title word after a particle is a name ("Bel Hadj", "Ben Sheikh").
    if (TITLE_SET.has(t.text) && tokens.length > 1 && !(i > 0 && PARTICLE_SET.has(tokens[i - 1].text))) return false;
    if (LEGAL_SET.has(t.text) && tokens.length > 1 && (kind === 'organization' || i >= legalTail)) return false;
    // The article carries nothing: "al-Zawahiri" is "Zawahiri", "Abd al-Hamid" is "Abd Hamid".
    if (ARTICLES.has(t.text) && i < tokens.length - 1) return false;
    // "ad-Din", "ash-Shami": the article takes the sound of the next word's first letter ("En-lai" is no article).
    if (SUN_ARTICLES.has(t.text) && t.hyphen && i < tokens.length - 1 && tokens[i + 1].text[0] === t.text[t.text.length - 1]) return false;
    return true;
  });
  const kept = words.length ? words : tokens;
  // A particle closing the name is a name itself ("Kim Jong Il", "Nguyen Van De").
  return kept.map((t, i) =>
    i === kept.length - 1 && kept.length > 1 && PARTICLE_SET.has(t.text)
      ? { ...makeToken(t.text, abjad, 'organization', t.hyphen), particle: false, weight: 1 }
      : makeToken(PARTICLE_CANON[t.text] ?? t.text, abjad, kind, t.hyphen),
  );
}

export function makeToken(raw: string, abjad: boolean, kind?: NameKind, hyphen = false): NameToken {
  const particle = CONNECTOR_SET.has(raw) || (kind !== 'organization' && PARTICLE_SET.has(raw));
  const initial = raw.length === 1 && /[a-z]/.test(raw);
  const { key, skel } = foldWord(raw);
  return {
    raw,
    key,
    skel,
    weight: particle ? PARTICLE_WEIGHT : initial ? INITIAL_WEIGHT : 1,
    particle,
    initial,
    abjad,
    hyphen,
  };
}
