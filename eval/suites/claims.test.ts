import { describe, expect, it } from 'vitest';
import type { Claim, Dossier, Technique } from '../../src/dossier/contract.js';
import type { GoldArticle } from '../gold.js';
import { claimsSuite, countClaims, occurrences } from './claims.js';

const TEXT = 'Harbour sources said the \u00AB crooked deal \u00BB cost 4 million. The mayor denied it.';

function claim(source: Partial<Claim['source']> & { kind: Claim['source']['kind'] }, at: string): Claim {
  const start = TEXT.indexOf(at);
  return {
    id: 'C1', start: 0, end: 10, text: TEXT.slice(0, 10), checkworthiness: 0.9, hedges: [],
    source: { text: at, start, end: start + at.length, entity: null, ...source },
  };
}

function technique(label: Technique['label'], phrase: string): Technique {
  const start = TEXT.indexOf(phrase);
  return { label, start, end: start + phrase.length, text: phrase, confidence: 0.7, explanation: '' };
}

function dossier(claims: Claim[], techniques: Technique[]): Dossier {
  return {
    schema: 'dossier/1',
    document: { id: '', source: null, format: 'text', title: null, language: null, published: null, publishedInferred: null, text: TEXT, metadata: {} },
    entities: [], dates: [], references: [], quotes: [], claims, techniques, flags: [], screening: [],
  };
}

const gold: GoldArticle = {
  id: 't', file: 't.txt', published: null, text: TEXT, set: 'gold', entities: [],
  sources: [{ text: 'Harbour sources', kind: 'anonymous' }, { text: 'The mayor', kind: 'named-person' }],
  techniques: [{ label: 'Loaded_Language', text: 'crooked deal', alt_labels: ['Name_Calling,Labeling'] }],
};

describe('the claims evaluation suite', () => {
  it('finds a gold text wherever it occurs, ignoring case when it must', () => {
    expect(occurrences('a b A b', 'A b')).toEqual([{ start: 4, end: 7 }]);
    expect(occurrences('the Mayor said', 'the mayor')).toEqual([{ start: 0, end: 9 }]);
  });

  it('credits a source only when the span overlaps and the kind agrees', () => {
    const right = countClaims(gold, dossier([claim({ kind: 'anonymous' }, 'sources'), claim({ kind: 'named-organization' }, 'mayor')], []));
    expect(right).toMatchObject({ sources: 2, sourcesFound: 2, sourcesRight: 1 });
  });

  it('credits a technique by overlap with its label or an accepted one', () => {
    expect(countClaims(gold, dossier([], [technique('Name_Calling,Labeling', 'crooked')])).techniquesFound).toBe(1);
    expect(countClaims(gold, dossier([], [technique('Doubt', 'crooked deal')])).techniquesFound).toBe(0);
  });

  it('counts every technique in a neutral text against the per-1,000-words budget', async () => {
    const neutral = { ...gold, neutral: true, sources: [], techniques: [] };
    const report = await claimsSuite.run([{ article: neutral, dossier: dossier([], [technique('Loaded_Language', 'crooked deal')]) }]);
    const budget = report.checks.find((c) => c.name.startsWith('techniques per'));
    expect(budget?.value).toBeCloseTo(1000 / 12, 5); // 12 words of letters
    expect(budget?.pass).toBe(false);
  });
});
