import type { Dossier, Flag, Severity, Technique } from '../../dossier/contract.js';

/** One event of `dossier.timeline`, with its evidence span in the text. */
export interface TimelineEvent {
  /** ISO date or interval, as in the contract (`2015-06-03/2015-06-04`). */
  date: string;
  /** First and last day the event covers (ISO). */
  from: string;
  to: string;
  start: number;
  end: number;
  text: string;
  entities: string[];
  label: string;
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function percent(x: number): string {
  return `${Math.round((Number.isFinite(x) ? x : 0) * 100)}%`;
}

/** Flags, most severe first, keeping the order of the dossier within a severity. */
export function flagsBySeverity(d: Dossier): Array<{ flag: Flag; index: number }> {
  return (d.flags ?? [])
    .map((flag, index) => ({ flag, index }))
    .sort((a, b) => (SEVERITY_RANK[a.flag.severity] ?? 3) - (SEVERITY_RANK[b.flag.severity] ?? 3) || a.index - b.index);
}

/** Techniques grouped by label, largest group first. */
export function techniquesByLabel(d: Dossier): Array<{ label: string; items: Technique[] }> {
  const groups = new Map<string, Technique[]>();
  for (const t of d.techniques ?? []) (groups.get(t.label) ?? groups.set(t.label, []).get(t.label)!).push(t);
  return [...groups].map(([label, items]) => ({ label, items })).sort((a, b) => b.items.length - a.items.length || a.label.localeCompare(b.label));
}

const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/**
 * The timeline a stage may add, in one shape: offsets come from `span` (or from numeric
 * `start`/`end`), the days covered from string `start`/`end` (or from `date`). Anything
 * without a date is left out.
 */
export function timelineOf(d: Dossier): TimelineEvent[] {
  const raw = d.timeline;
  if (!Array.isArray(raw)) return [];
  const events: TimelineEvent[] = [];
  for (const item of raw as Array<Record<string, unknown>>) {
    if (!item || typeof item !== 'object' || typeof item.date !== 'string') continue;
    const span = (item.span ?? item) as Record<string, unknown>;
    if (!isOffset(span.start) || !isOffset(span.end)) continue;
    const [a, b] = item.date.split('/');
    events.push({
      date: item.date,
      from: typeof item.start === 'string' ? item.start : a,
      to: typeof item.end === 'string' ? item.end : (b ?? a),
      start: span.start,
      end: span.end,
      text: typeof item.text === 'string' ? item.text : '',
      entities: Array.isArray(item.entities) ? item.entities.filter((e): e is string => typeof e === 'string') : [],
      label: typeof item.label === 'string' ? item.label : typeof item.text === 'string' ? item.text : item.date,
    });
  }
  return events;
}

/** Milliseconds of the first day an ISO date or interval (`2015-01/2015-06`) covers, or null. */
export function dateStart(value: string): number | null {
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
}

/** A span with some context either side, for evidence lists; a long span is cut short. */
export function excerptParts(text: string, start: number, end: number, room = 60): { before: string; match: string; after: string } {
  const from = Math.max(0, start - room);
  const cut = end - start > 4 * room ? start + 4 * room : end;
  const to = cut < end ? cut : Math.min(text.length, end + room);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: `${from > 0 ? '\u2026' : ''}${flat(text.slice(from, start))}`,
    match: flat(text.slice(start, cut)),
    after: `${flat(text.slice(cut, to))}${to < text.length ? '\u2026' : ''}`,
  };
}

/** The same excerpt as one line of plain text. */
export function excerpt(text: string, start: number, end: number, room = 60): string {
  const { before, match, after } = excerptParts(text, start, end, room);
  return before + match + after;
}
