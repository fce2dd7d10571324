import { oneLine, type ReportSection } from '../section.js';

interface Event {
  date: string;
  label: string;
  entities: string[];
}

/** The dated events in order, each with the people and bodies it names. */
export const timelineSection: ReportSection = {
  title: 'Timeline',
  render(d, s) {
    const events = Array.isArray(d.timeline) ? (d.timeline as Event[]) : [];
    if (events.length === 0) return [];
    const names = new Map(d.entities.map((e) => [e.id, e.name]));
    const width = Math.max(...events.map((e) => e.date.length));
    return events.map((e) => {
      const who = e.entities.map((id) => names.get(id)).filter(Boolean).slice(0, 3).join(', ');
      return `  ${s.bold(e.date.padEnd(width))}  ${oneLine(e.label, 90)}${who ? s.dim(`  [${who}]`) : ''}`;
    });
  },
};
