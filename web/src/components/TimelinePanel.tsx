import type { Dossier } from '../../../src/dossier/contract.js';
import { dateStart, timelineOf, type TimelineEvent } from '../../../src/report/html/findings.js';
import type { Span } from './DossierView';

const W = 600;
const PAD = 24;
const LANE = 18;

interface Placed {
  event: TimelineEvent;
  x: number;
  x2: number;
  lane: number;
}

/** The dossier's timeline, or its dates when no stage built one. */
function eventsOf(d: Dossier): TimelineEvent[] {
  const timeline = timelineOf(d);
  if (timeline.length) return timeline;
  return (d.dates ?? []).map((x) => {
    const [from, to] = x.value.split('/');
    return { date: x.value, from, to: to ?? from, start: x.start, end: x.end, text: x.text, entities: [], label: x.text };
  });
}

function ticks(min: number, max: number): Array<{ t: number; label: string }> {
  const a = new Date(min);
  const b = new Date(max);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  const out: Array<{ t: number; label: string }> = [];
  if (months > 24) {
    const step = Math.max(1, Math.ceil(months / 12 / 6));
    for (let y = a.getUTCFullYear() + 1; y <= b.getUTCFullYear(); y += step) out.push({ t: Date.UTC(y, 0, 1), label: String(y) });
  } else {
    const step = Math.max(1, Math.ceil(months / 6));
    for (let m = 1; m <= months; m += step) {
      const t = Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + m, 1);
      const d = new Date(t);
      out.push({ t, label: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}` });
    }
  }
  return out;
}

function place(events: TimelineEvent[]): { placed: Placed[]; min: number; max: number; lanes: number } {
  const timed = events
    .map((event) => {
      const t = dateStart(event.from);
      return { event, t, t2: dateStart(event.to) ?? t };
    })
    .filter((e): e is { event: TimelineEvent; t: number; t2: number } => e.t !== null)
    .sort((a, b) => a.t - b.t);
  if (!timed.length) return { placed: [], min: 0, max: 0, lanes: 0 };
  const min = timed[0].t;
  const max = Math.max(...timed.map((e) => e.t2 ?? e.t));
  const x = (t: number) => (max === min ? W / 2 : PAD + ((t - min) / (max - min)) * (W - 2 * PAD));
  const laneEnds: number[] = [];
  const placed = timed.map(({ event, t, t2 }) => {
    const x1 = x(t);
    const x2 = x(t2 ?? t);
    let lane = laneEnds.findIndex((end) => end < x1 - 12);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x2;
    return { event, x: x1, x2, lane };
  });
  return { placed, min, max, lanes: laneEnds.length };
}

/** A chart of the dated events, with the same events as a list for reading and for the keyboard. */
export function TimelinePanel({ d, goTo }: { d: Dossier; goTo: (span: Span) => void }) {
  const events = eventsOf(d);
  const names = new Map((d.entities ?? []).map((e) => [e.id, e.name]));
  const { placed, min, max, lanes } = place(events);
  if (!placed.length) return <p class="muted">No dates found.</p>;
  const H = 30 + lanes * LANE + 28;
  const axisY = 20 + lanes * LANE + 6;
  const x = (t: number) => (max === min ? W / 2 : PAD + ((t - min) / (max - min)) * (W - 2 * PAD));
  return (
    <div class="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Timeline of ${placed.length} dated events`} class="chart">
        <line x1={PAD} x2={W - PAD} y1={axisY} y2={axisY} class="axis" />
        {ticks(min, max).map((k) => (
          <g key={k.t}>
            <line x1={x(k.t)} x2={x(k.t)} y1={axisY} y2={axisY + 5} class="axis" />
            <text x={x(k.t)} y={axisY + 18} text-anchor="middle" class="tick">
              {k.label}
            </text>
          </g>
        ))}
        {placed.map((p, i) => {
          const y = 20 + p.lane * LANE;
          return (
            <g key={i} class="event" onClick={() => goTo(p.event)}>
              <title>{`${p.event.date}: ${p.event.label}`}</title>
              {p.x2 > p.x + 1 && <line x1={p.x} x2={p.x2} y1={y} y2={y} class="interval" />}
              <circle cx={p.x} cy={y} r={6} />
            </g>
          );
        })}
      </svg>
      <ol class="items events">
        {placed.map((p, i) => (
          <li key={i}>
            <button type="button" class="item" onClick={() => goTo(p.event)}>
              <span class="date">{p.event.date}</span> {p.event.label}
            </button>
            {p.event.entities.length > 0 && <p class="small muted">{p.event.entities.map((id) => names.get(id) ?? id).join(', ')}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
