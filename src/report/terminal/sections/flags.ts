import type { Severity } from '../../../dossier/contract.js';
import { oneLine, type ReportSection } from '../section.js';

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export const flagsSection: ReportSection = {
  title: 'Flags',
  render(d, s) {
    const paint = { critical: s.red, warning: s.yellow, info: s.cyan };
    return [...d.flags]
      .sort((a, b) => RANK[a.severity] - RANK[b.severity])
      .flatMap((f) => [
        `  ${paint[f.severity](f.severity.toUpperCase())} ${s.bold(f.kind)}: ${f.message}`,
        ...f.evidence.slice(0, 3).map((e) => s.dim(`      @${e.start} "${oneLine(e.text, 80)}"`)),
      ]);
  },
};
