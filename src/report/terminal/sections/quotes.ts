import type { Dossier, Quote } from '../../../dossier/contract.js';
import { oneLine, type ReportSection } from '../section.js';

export const quotesSection: ReportSection = {
  title: 'Quotes',
  render(d, s) {
    return d.quotes.map((q) => `  "${oneLine(q.text)}" ${s.dim(`\u2014 ${speakerOf(d, q)}`)}`);
  },
};

/** The speaker as written, with the entity's name when the words are only "he" or "she". */
function speakerOf(d: Dossier, q: Quote): string {
  if (!q.speakerText) return 'speaker not named';
  const entity = q.speaker ? d.entities.find((e) => e.id === q.speaker) : undefined;
  if (entity && /^(?:he|she|they|we|i)$/i.test(q.speakerText)) return `${q.speakerText} (${entity.name})`;
  return q.speakerText;
}
