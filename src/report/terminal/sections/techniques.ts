import { TECHNIQUE_LABELS, type Technique } from '../../../dossier/contract.js';
import { oneLine, type ReportSection } from '../section.js';

/** The phrases of one label, each once, with how often it occurs. */
function phrases(list: Technique[]): string {
  const counts = new Map<string, number>();
  for (const t of list) {
    const p = oneLine(t.text, 60);
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return [...counts].map(([p, n]) => `"${p}"${n > 1 ? ` \u00D7${n}` : ''}`).join(', ');
}

export const techniquesSection: ReportSection = {
  title: 'Persuasion techniques',
  render(d, s) {
    return TECHNIQUE_LABELS.flatMap((label) => {
      const list = d.techniques.filter((t) => t.label === label);
      return list.length ? [`  ${s.bold(label)} (${list.length}): ${phrases(list)}`] : [];
    });
  },
};
