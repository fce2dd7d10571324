import type { Reference, ReferenceKind } from '../../../dossier/contract.js';
import type { ReportSection } from '../section.js';

const LABELS: Record<ReferenceKind, string> = {
  'document-number': 'document',
  'case-number': 'case',
  code: 'code',
  other: 'other',
};

/** One line per distinct reference, in order of first mention, with how often and how it is written. */
export const referencesSection: ReportSection = {
  title: 'References',
  render(d, s) {
    const groups = new Map<string, Reference[]>();
    for (const r of d.references) groups.set(r.normalized, [...(groups.get(r.normalized) ?? []), r]);
    return [...groups.entries()].map(([normalized, refs]) => {
      const written = [...new Set(refs.map((r) => r.text.replace(/\s+/g, ' ')))].filter((w) => w !== normalized);
      const times = refs.length > 1 ? ` \u00d7${refs.length}` : '';
      const as = written.length ? `, written ${written.map((w) => `"${w}"`).join(', ')}` : '';
      return `  ${normalized}${times} ${s.dim(`(${LABELS[refs[0].kind]}${as}, @${refs.map((r) => r.start).join(', @')})`)}`;
    });
  },
};
