/** Runs the entity stages on a text, for the tests beside them. */
import { Doc } from '../doc/document.js';
import type { Entity } from '../dossier/contract.js';
import { segmentStage } from '../segment/stage.js';
import { entitiesStage, mentionsStage } from './stage.js';

export function analyse(text: string): Doc {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  mentionsStage.run(doc, {});
  entitiesStage.run(doc, {});
  return doc;
}

export function holding(doc: Doc, form: string): Entity | undefined {
  return doc.entities.find((e) => e.aliases.includes(form));
}

export function together(doc: Doc, a: string, b: string): boolean {
  const e = holding(doc, a);
  return e !== undefined && e === holding(doc, b);
}
