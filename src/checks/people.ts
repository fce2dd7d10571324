import type { Doc } from '../doc/document.js';
import type { Entity } from '../dossier/contract.js';
import type { Placed } from './context.js';

/** Words in a name that never stand for the person alone. */
const NOT_A_NAME = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lady', 'lord', 'chief', 'hon', 'prof', 'the', 'of', 'al', 'el', 'bin', 'ben', 'abu', 'van', 'von', 'de', 'der', 'da', 'di', 'la', 'le']);

/**
 * Mentions of people by one part of their name ("Tsai" for "Tsai Kuo-hua", "Joost" for
 * "Joost Terpstra") where the entity layer has not linked them: a part counts only when it
 * belongs to a single person in the text.
 */
export function nameParts(doc: Doc, people: Placed<Entity>[]): Placed<Entity>[] {
  const owners = new Map<string, Set<Entity>>();
  for (const p of people) {
    for (const form of [p.item.name, ...p.item.aliases]) {
      for (const part of form.split(/[\s,]+/)) {
        if (part.length < 3 || !/^\p{Lu}/u.test(part) || NOT_A_NAME.has(part.toLowerCase())) continue;
        if (!owners.has(part)) owners.set(part, new Set());
        owners.get(part)!.add(p.item);
      }
    }
  }
  // One pass over the word tokens instead of one scan of the text per name part.
  const found: Placed<Entity>[] = [];
  for (const token of doc.tokens) {
    if (token.kind !== 'word') continue;
    const word = token.norm.endsWith("'s") ? token.norm.slice(0, -2) : token.norm;
    const who = owners.get(word);
    if (!who || who.size !== 1) continue;
    const entity = who.values().next().value as Entity;
    const start = doc.view.toView(token.start);
    const end = start + word.length;
    if (!people.some((p) => p.start < end && start < p.end)) found.push({ item: entity, start, end });
  }
  return found;
}
