import { describe, expect, it } from 'vitest';
import type { Dossier, Entity } from '../../src/dossier/contract.js';
import type { GoldArticle } from '../gold.js';
import { countEntities } from './entities.js';

function entity(id: string, type: Entity['type'], forms: string[]): Entity {
  return { id, type, name: forms[0], aliases: forms, mentions: [], variants: [] };
}

const article: GoldArticle = {
  id: 't', file: 't.txt', published: null, text: '', set: 'gold',
  entities: [
    { type: 'person', forms: ['Daulet Nurtayev', 'Nurtayev', 'Daulet Nurtaev'] },
    { type: 'person', forms: ['Anouk de Vries'] },
  ],
  references: ['4127/R.T.D'],
  optional_forms: ['Harbour Ledger'],
};

function dossier(entities: Entity[], refs: string[] = []): Dossier {
  return {
    schema: 'dossier/1',
    document: { id: '', source: null, format: 'text', title: null, language: null, published: null, publishedInferred: null, text: '', metadata: {} },
    entities,
    dates: [],
    references: refs.map((r) => ({ start: 0, end: 0, text: r, normalized: r, kind: 'code' as const })),
    quotes: [], claims: [], techniques: [], flags: [], screening: [],
  };
}

describe('entity scoring', () => {
  it('counts forms, pairs found together and references', () => {
    const c = countEntities({ article, dossier: dossier([entity('E1', 'person', ['Daulet Nurtayev', 'Nurtayev']), entity('E2', 'person', ['Anouk de Vries'])], ['4127/R.T.D']) });
    expect(c).toMatchObject({ forms: 4, formsFound: 3, pairTp: 1, pairFn: 2, pairFp: 0, spurious: 0, refsFound: 1 });
  });

  it('counts a merge of two gold entities as a false pair and unknown entities as spurious', () => {
    const c = countEntities({ article, dossier: dossier([entity('E1', 'person', ['Nurtayev', 'Anouk de Vries']), entity('E2', 'organization', ['Document'])]) });
    expect(c.pairFp).toBe(1);
    expect(c.spurious).toBe(1);
    expect(c.entities).toBe(2);
  });

  it('treats optional forms as not spurious, whatever their case and quotes', () => {
    const c = countEntities({ article, dossier: dossier([entity('E1', 'organization', ['the \u00ab harbour ledger \u00bb'])]) });
    expect(c.spurious).toBe(0);
  });
});
