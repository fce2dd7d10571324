import { oneLine, type ReportSection } from '../section.js';

/** The dates of the text with their values, and the publication date or its lower bound. */
export const datesSection: ReportSection = {
  title: 'Dates',
  render(d, s) {
    const doc = d.document;
    const head = doc.published
      ? [`  published ${doc.published}`]
      : doc.publishedInferred
        ? [`  published not before ${doc.publishedInferred.notBefore} ${s.dim(`(${doc.publishedInferred.reason})`)}`]
        : [];
    if (d.dates.length === 0) return head;
    const width = Math.max(...d.dates.map((x) => x.value.length));
    const lines = d.dates.map((x) => {
      const how = [x.precision, x.anchor === 'publication' ? 'from publication date' : ''].filter(Boolean).join(', ');
      return `  ${x.value.padEnd(width)}  "${oneLine(x.text, 50)}" ${s.dim(`(${how})`)}`;
    });
    return [...head, ...lines];
  },
};
