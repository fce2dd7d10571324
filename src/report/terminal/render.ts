import type { Dossier } from '../../dossier/contract.js';
import type { ReportSection } from './section.js';
import { datesSection } from './sections/dates.js';
import { entitiesSection } from './sections/entities.js';
import { fileSection } from './sections/file.js';
import { flagsSection } from './sections/flags.js';
import { quotesSection } from './sections/quotes.js';
import { claimsSection } from './sections/claims.js';
import { techniquesSection } from './sections/techniques.js';
import { referencesSection } from './sections/references.js';
import { screeningSection } from './sections/screening.js';
import { timelineSection } from './sections/timeline.js';
import type { Style } from './style.js';

/** The sections of the terminal report, in reading order. */
export const SECTIONS: ReportSection[] = [fileSection, entitiesSection, referencesSection, quotesSection, claimsSection, techniquesSection, datesSection, timelineSection, flagsSection, screeningSection];

export function renderReport(d: Dossier, s: Style): string {
  const doc = d.document;
  const head = [
    s.bold(`Dossier: ${doc.title ?? doc.source ?? 'text'}`),
    s.dim(`  ${doc.format}, ${doc.text.length} characters${doc.language ? `, language ${doc.language}` : ''}${doc.published ? `, published ${doc.published}` : ''}`),
  ];
  const body = SECTIONS.flatMap((section) => {
    const lines = section.render(d, s);
    return lines.length ? ['', s.underline(section.title), ...lines] : [];
  });
  return [...head, ...body, ''].join('\n');
}
