import { describe, expect, it } from 'vitest';
import { loadCases, parseCases } from './cases.js';

const HEADER = 'sentence\tsource\tkind\tbefore\tafter\n';

describe('labelled source cases', () => {
  it('parses the cases file: every kind known, every source phrase in its text', () => {
    const cases = loadCases();
    expect(cases.length).toBeGreaterThanOrEqual(120);
    for (const c of cases) expect(c.before + c.sentence).toContain(c.source);
    expect(new Set(cases.map((c) => c.kind)).size).toBe(6);
  });

  it('turns \\n in the text before into a line break', () => {
    const [c] = parseCases(`${HEADER}It cost 3 euros.\tAda Lin\tnamed-person\tAda Lin told us:\\n\\n\n`);
    expect(c.before).toBe('Ada Lin told us:\n\n');
  });

  it('rejects an unknown kind, a missing phrase and a wrong header with the line number', () => {
    expect(() => parseCases(`${HEADER}It cost 3 euros.\tAda\tperson\n`)).toThrow(/line 2: unknown kind/);
    expect(() => parseCases(`${HEADER}It cost 3 euros.\tAda\tnamed-person\n`)).toThrow(/line 2: "Ada" is not in/);
    expect(() => parseCases('text\tkind\n')).toThrow(/header/);
  });
});
