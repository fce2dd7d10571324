import { oneLine, type ReportSection } from '../section.js';

/** Watchlist hits: who in the text matched which list entry, by which name, and why. */
export const screeningSection: ReportSection = {
  title: 'Watchlist hits',
  render(d, s) {
    const names = new Map(d.entities.map((e) => [e.id, e.name]));
    return d.screening.flatMap((h) => [
      `  ${s.red(h.score.toFixed(2))} ${s.bold(names.get(h.entity) ?? h.entity)} \u2192 ${h.list} ${s.bold(h.entryId)} ${h.entryName}`,
      s.dim(`      ${oneLine(h.explanation, 110)}`),
    ]);
  },
};
