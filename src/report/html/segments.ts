/** A stretch of text covered by the same set of highlights. */
export interface Segment {
  start: number;
  end: number;
  /** Indices of the marks covering it, in mark order; empty for plain text. */
  marks: number[];
}

/**
 * Cuts the text at every highlight boundary, once: overlapping and nested spans become flat
 * segments, so the text renders as a single sequence of elements.
 */
export function segmentText(length: number, spans: ReadonlyArray<{ start: number; end: number }>): Segment[] {
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  const cuts = new Set<number>([0, length]);
  spans.forEach((s, i) => {
    if (s.start >= s.end || s.start < 0 || s.end > length) return;
    (opens.get(s.start) ?? opens.set(s.start, []).get(s.start)!).push(i);
    (closes.get(s.end) ?? closes.set(s.end, []).get(s.end)!).push(i);
    cuts.add(s.start).add(s.end);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const active = new Set<number>();
  const segments: Segment[] = [];
  for (let k = 0; k < points.length - 1; k++) {
    const at = points[k];
    for (const i of closes.get(at) ?? []) active.delete(i);
    for (const i of opens.get(at) ?? []) active.add(i);
    const marks = active.size ? [...active].sort((a, b) => a - b) : [];
    segments.push({ start: at, end: points[k + 1], marks });
  }
  return segments;
}

/** Index of the segment holding `offset` (binary search). */
export function segmentAt(segments: ReadonlyArray<Segment>, offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
