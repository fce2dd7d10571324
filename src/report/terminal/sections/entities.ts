import type { EntityType } from '../../../dossier/contract.js';
import type { ReportSection } from '../section.js';

const ORDER: EntityType[] = ['person', 'organization', 'location', 'facility', 'other'];
const HEADINGS: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  location: 'Places',
  facility: 'Facilities',
  other: 'Other',
};

export const entitiesSection: ReportSection = {
  title: 'Entities',
  render(d, s) {
    const lines: string[] = [];
    for (const type of ORDER) {
      const group = d.entities.filter((e) => e.type === type);
      if (group.length === 0) continue;
      lines.push(s.bold(`  ${HEADINGS[type]}`));
      for (const e of [...group].sort((a, b) => b.mentions.length - a.mentions.length)) {
        const others = e.aliases.filter((a) => a !== e.name);
        const aka = others.length ? s.dim(` aka ${others.map((a) => `"${a}"`).join(', ')}`) : '';
        lines.push(`    ${e.name} ${s.dim(`\u00d7${e.mentions.length}`)}${aka}`);
      }
    }
    return lines;
  },
};
