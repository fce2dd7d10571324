import type { ReferenceParser } from '../parser.js';

/** United States federal docket numbers: office:year-type-number, "2:19-cr-00412", "1:21-cv-03354-BAH". */
export const courtCaseParser: ReferenceParser = {
  name: 'court-case',
  pattern: /(?<![\w:])\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}(?:-[A-Z]{2,4})*(?![\w-])/g,
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'case-number', parser: 'court-case' };
  },
  reason: 'the court office, year, case type and sequence of a federal docket number',
};
