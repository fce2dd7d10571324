import { SCHEMA, type Dossier } from '../../src/dossier/contract.js';

/** A dossier of a text with no findings. */
export function bareDossier(text: string): Dossier {
  return {
    schema: SCHEMA,
    document: { id: 'e'.repeat(64), source: null, format: 'text', title: null, language: 'en', published: null, publishedInferred: null, text, metadata: {} },
    entities: [],
    dates: [],
    references: [],
    quotes: [],
    claims: [],
    techniques: [],
    flags: [],
    screening: [],
  };
}
