import { ratio } from '../forms.js';
import { loadCases, scoreCase } from '../sources/cases.js';
import { check, type EvalSuite, type Row } from '../suite.js';

/** Source kinds on labelled sentences written for the purpose, one row per expected kind. */
export const sourceCasesSuite: EvalSuite = {
  name: 'source cases',
  perArticle: false,
  run() {
    const results = loadCases().map(scoreCase);
    const kinds = [...new Set(results.map((r) => r.case.kind))];
    const rows: Row[] = kinds.map((kind) => {
      const of = results.filter((r) => r.case.kind === kind);
      const right = of.filter((r) => r.right).length;
      return { name: kind, values: { cases: of.length, right, accuracy: ratio(right, of.length) } };
    });
    const right = results.filter((r) => r.right).length;
    const accuracy = ratio(right, results.length);
    rows.push({ name: 'overall', values: { cases: results.length, right, accuracy } });
    const notes = results
      .filter((r) => !r.right)
      .map((r) => `line ${r.case.line}: want ${r.case.kind} "${r.case.source}", got ${r.got ? `${r.got.kind} "${r.got.text ?? ''}"` : 'no claim'}`);
    return { rows, checks: [check('source-kind accuracy on labelled sentences', accuracy, '>=', 0.85)], notes };
  },
};
