import { oneLine, type ReportSection } from '../section.js';

export const quotesSection: ReportSection = {
  title: 'Quotes',
  render(d, s) {
    return d.quotes.map((q) => `  "${oneLine(q.text.replace(/^["\u201C\u00AB\s]+|["\u201D\u00BB\s]+$/g, ''))}" ${s.dim(`\u2014 ${q.speakerText ?? 'speaker not named'}`)}`);
  },
};
