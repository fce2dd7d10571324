import type { Entity, EntityType } from '../../../dossier/contract.js';
import type { ReportSection } from '../section.js';
import type { Style } from '../style.js';

const ORDER: EntityType[] = ['person', 'organization', 'location', 'facility', 'other'];
const HEADINGS: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  location: 'Places',
  facility: 'Facilities',
  other: 'Other names',
};
/** Kinds listed one per line with their aliases; the rest share wrapped lines. */
const DETAILED = new Set<EntityType>(['person', 'organization', 'facility']);
const WIDTH = 100;

function byMentions(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start;
}

function detailed(e: Entity, s: Style): string {
  const others = e.aliases.filter((a) => a !== e.name);
  const aka = others.length ? s.dim(` aka ${others.map((a) => `"${a}"`).join(', ')}`) : '';
  const spelled = e.variants.some((v) => v.reason.startsWith('spelling') || v.reason.startsWith('similar'));
  return `    ${e.name} ${s.dim(`\u00d7${e.mentions.length}`)}${aka}${spelled ? s.yellow(' (spelled differently)') : ''}`;
}

/** Names with their counts, several to a line. */
function wrapped(group: Entity[], s: Style): string[] {
  const lines: string[] = [];
  let line = '';
  for (const e of group) {
    const item = `${e.name} \u00d7${e.mentions.length}`;
    if (line && line.length + item.length + 2 > WIDTH) {
      lines.push(`    ${line}`);
      line = '';
    }
    line = line ? `${line}, ${item}` : item;
  }
  if (line) lines.push(`    ${line}`);
  return lines.map((l) => l.replace(/ (\u00d7\d+)/g, (_, n: string) => ` ${s.dim(n)}`));
}

export const entitiesSection: ReportSection = {
  title: 'Entities',
  render(d, s) {
    const lines: string[] = [];
    for (const type of ORDER) {
      const group = d.entities.filter((e) => e.type === type).sort(byMentions);
      if (group.length === 0) continue;
      lines.push(s.bold(`  ${HEADINGS[type]}`));
      if (DETAILED.has(type)) for (const e of group) lines.push(detailed(e, s));
      else lines.push(...wrapped(group, s));
    }
    return lines;
  },
};
