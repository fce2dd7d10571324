import type { ReferenceKind } from '../../../dossier/contract.js';
import type { ReportSection } from '../section.js';

const LABELS: Record<ReferenceKind, string> = {
  'document-number': 'document',
  'case-number': 'case',
  code: 'code',
  other: 'other',
};

export const referencesSection: ReportSection = {
  title: 'References',
  render(d, s) {
    return d.references.map((r) => {
      const written = r.text.replace(/\s+/g, ' ') === r.normalized ? '' : `, written "${r.text.replace(/\s+/g, ' ')}"`;
      return `  ${r.normalized} ${s.dim(`(${LABELS[r.kind]}${written}, @${r.start})`)}`;
    });
  },
};
