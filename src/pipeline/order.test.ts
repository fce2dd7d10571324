import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { analyzeText, checkOrder, runPipeline } from './run.js';
import type { Stage } from './stage.js';
import { STAGES } from './stages.js';

describe('pipeline order', () => {
  it('runs no stage before the stages that fill what it needs', () => {
    expect(checkOrder(STAGES)).toEqual([]);
  });

  it('reports a stage whose needs come later', () => {
    const late: Stage = { name: 'late', requires: ['entities'], assigns: ['quotes'], run: () => {} };
    expect(checkOrder([late])).toEqual(['late needs entities, which no earlier stage assigns']);
  });

  it('gives every stage a distinct name', () => {
    const names = STAGES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('skips a stage disabled by name', () => {
    const doc = runPipeline(new Doc({ text: 'One sentence. Another one.' }), { disable: ['segment'] });
    expect(doc.sentences).toEqual([]);
  });

  it('gives the same dossier for the same text, byte for byte', () => {
    const text = 'Mr. Haddad met Ms. Visser in Antwerp on 3 May 2019. "We signed nothing," she said.';
    expect(JSON.stringify(analyzeText(text))).toBe(JSON.stringify(analyzeText(text)));
  });
});
