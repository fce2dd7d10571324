import type { Doc } from '../doc/document.js';
import { byPosition } from '../doc/span.js';
import { SCHEMA, type Dossier } from './contract.js';

/** Turns an analysed document into the contract's JSON shape, in a stable order. */
export function toDossier(doc: Doc): Dossier {
  return {
    schema: SCHEMA,
    document: {
      id: doc.id,
      source: doc.source,
      format: doc.format,
      title: doc.title,
      language: doc.language,
      published: doc.published,
      publishedInferred: doc.publishedInferred,
      text: doc.text,
      metadata: doc.metadata,
    },
    entities: doc.entities,
    dates: [...doc.dates].sort(byPosition),
    references: [...doc.references].sort(byPosition),
    quotes: [...doc.quotes].sort(byPosition),
    claims: [...doc.claims].sort(byPosition),
    techniques: [...doc.techniques].sort(byPosition),
    flags: doc.flags,
    screening: doc.screening,
    ...doc.extras,
  };
}
