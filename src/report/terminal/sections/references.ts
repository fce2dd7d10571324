import type { ReportSection } from '../section.js';

export const referencesSection: ReportSection = {
  title: 'References',
  render(d, s) {
    return d.references.map((r) => `  ${r.normalized} ${s.dim(`(${r.kind}; as written "${r.text}")`)}`);
  },
};
