import type { Doc, Mention } from '../doc/document.js';
import type { EntityType } from '../dossier/contract.js';

/** A mention built with one fixed shape (a spread copy is slower to make and to update). */
export function mentionAt(doc: Doc, start: number, end: number, type: EntityType, rule: string): Mention {
  return { start, end, text: doc.text.slice(start, end), type, rule };
}
