import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../pipeline/run.js';
import { entitiesSection } from './entities.js';

const plain = pc.createColors(false);

describe('the entities section of the terminal report', () => {
  const dossier = analyzeText(
    'Sergei Voronin met officials in Riga and Tallinn. Sergei Voronine, as a later memo spells him, ' +
      'then flew to Vilnius with Anna Kask of the Baltic Freight Company.',
  );
  const lines = entitiesSection.render(dossier, plain);

  it('lists people one per line with their other spellings', () => {
    const line = lines.find((l) => l.includes('Sergei Voronin ')) ?? '';
    expect(line).toContain('aka "Sergei Voronine"');
    expect(line).toContain('(spelled differently)');
  });

  it('puts places on shared lines with their counts', () => {
    expect(lines).toContain('  Places');
    expect(lines.some((l) => /Riga \u00d71, Tallinn \u00d71, Vilnius \u00d71/.test(l))).toBe(true);
  });

  it('prints nothing when there are no entities', () => {
    expect(entitiesSection.render(analyzeText('nothing named here at all.'), plain)).toEqual([]);
  });
});
