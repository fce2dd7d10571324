import type { Entity } from '../dossier/contract.js';
import { COLLECTIVE_BODIES, ORGANIZATION_WORDS, SPOKES_ROLES } from './cues.js';

const alt = (words: string[]) => words.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
const ROLE = `(?:${alt(SPOKES_ROLES.words)})`;
const ORG = `(?:${alt([...ORGANIZATION_WORDS.words, ...COLLECTIVE_BODIES.words])})`;
/** "the company's lawyer", "the Interior Ministry's spokesman": the role belongs to the body before it. */
const POSSESSED = new RegExp(`^(?:the\\s+)?(?:[\\p{L}&.-]+\\s+){0,4}?[\\p{L}&.-]+['\u2019]s?\\s+(?:[\\p{L}-]+\\s+)?${ROLE}$`, 'iu');
/** "a spokesman for the ministry", "lawyers for Dunmore Bank": the body comes after the role. */
const FOR_BODY = new RegExp(`^(?:(?:a|an|the|one)\\s+)?(?:[\\p{L}-]+\\s+)?${ROLE}\\s+(?:for|of|at|with|representing)\\s+(?:the\\s+)?(?:\\p{Lu}|(?:[\\p{L}'-]+\\s+){0,3}${ORG}\\b)`, 'iu');
/** "A police spokeswoman", "an ACS spokeswoman", "a foreign ministry spokesperson": the body stands as a modifier. */
const MODIFIED = new RegExp(`^(?:a|an|the|one)\\s+(?:(?:[\\p{L}&.-]+\\s+){0,3}${ORG}|(?:\\p{Lu}[\\p{L}&.-]*\\s+){1,4})${ROLE}$`, 'u');
const MODIFIED_CI = new RegExp(`^(?:a|an|the|one)\\s+(?:[\\p{L}&.-]+\\s+){0,3}${ORG}\\s+${ROLE}$`, 'iu');
const BODY = new RegExp(`\\b(?:${alt(COLLECTIVE_BODIES.words)})\\b`, 'i');
/** "some prosecutors", "prosecutors in several countries": unnamed members, not the one body of the story. */
const UNSPECIFIC = /\b(?:some|several|many|few|other|two|three|four|five|various|former|retired|individual)\s+(?:[\p{L}-]+\s+)?$|^\s*(?:in|from|across)\s+(?:several|many|other|various|some|a\s+dozen)\b/iu;

/** A phrase naming someone who speaks for a body by office (spokesperson, lawyer, press office): the body is the source. */
export function speaksForBody(phrase: string): boolean {
  const t = phrase.trim();
  return POSSESSED.test(t) || FOR_BODY.test(t) || MODIFIED.test(t) || MODIFIED_CI.test(t);
}

/**
 * A body that acts as one under a plural or collective name ("prosecutors", "the defence", "police"): its range
 * in the phrase, or null when the phrase has none or says the members are unspecific ("some prosecutors").
 */
export function collectiveBody(phrase: string): [number, number] | null {
  const m = BODY.exec(phrase);
  if (!m) return null;
  if (UNSPECIFIC.test(phrase.slice(0, m.index)) || UNSPECIFIC.test(phrase.slice(m.index + m[0].length))) return null;
  return [m.index, m.index + m[0].length];
}

/**
 * The one organisation of the document a collective name stands for: "prosecutors" in a story that names one
 * prosecutor's office is that office. Two candidates or none leave the body without an entity.
 */
export function bodyEntity(entities: Entity[], word: string): string | null {
  const stem = word.toLowerCase().replace(/^the\s+/, '').slice(0, 6);
  const bodies = entities.filter((e) => e.type === 'organization' && e.name.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.startsWith(stem)));
  return bodies.length === 1 ? bodies[0].id : null;
}

/** "Duma deputy Oleg Markin", "political scientist Ana Ruiz": a lowercase title, then a name that ends the phrase. */
const TITLED = /(?:^|\s)\p{Ll}{3,}\s+(\p{Lu}[\p{L}'-]+(?:\s+(?:(?:al|el|de|van|von|bin|ibn|abu|ben|da|di|du|dos|le|la)\s+)?\p{Lu}[\p{L}'-]+){1,3})$/u;

/** The range of a person's name after a lowercase title at the end of a phrase, if there is one. */
export function titledName(phrase: string): [number, number] | null {
  // "… Amy Stone on Monday": when the speaker spoke is not part of the name.
  const trimmed = phrase.replace(/\s+(?:on|last|this|earlier|late|yesterday|today)\b[\s\S]*$/, '').trimEnd();
  const m = TITLED.exec(trimmed);
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  return [start, trimmed.length];
}

