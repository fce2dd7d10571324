import { markClasses } from '../../src/report/html/article.js';
import { refClass, type Mark } from '../../src/report/html/marks.js';
import type { Segment } from '../../src/report/html/segments.js';

/** A run of segments rendered as one block; cut only at line ends in plain text. */
export interface Block {
  from: number;
  to: number;
}

export interface Layout {
  segments: Segment[];
  /** Indices of the highlighted segments, in text order. */
  marked: number[];
  classes: string[];
  blocks: Block[];
}

const BLOCK_CHARS = 2000;

/** Splits plain stretches at line ends so long texts can be cut into blocks, and names each segment's classes once. */
export function layoutText(text: string, marks: Mark[], segments: Segment[]): Layout {
  const out: Segment[] = [];
  for (const seg of segments) {
    if (seg.marks.length) {
      out.push(seg);
      continue;
    }
    let at = seg.start;
    for (let nl = text.indexOf('\n', at); nl !== -1 && nl < seg.end; nl = text.indexOf('\n', at)) {
      out.push({ start: at, end: nl + 1, marks: [] });
      at = nl + 1;
    }
    if (at < seg.end) out.push({ start: at, end: seg.end, marks: [] });
  }
  const own = marks.map((m, i) => [...markClasses(marks, [i]), ...(m.ref ? [refClass(m.ref)] : [])]);
  const classes = out.map((seg) => {
    if (seg.marks.length === 0) return '';
    if (seg.marks.length === 1) return own[seg.marks[0]].join(' ');
    return [...new Set(seg.marks.flatMap((i) => own[i]))].join(' ');
  });
  const blocks: Block[] = [];
  let from = 0;
  let size = 0;
  out.forEach((seg, i) => {
    size += seg.end - seg.start;
    if (size >= BLOCK_CHARS && !seg.marks.length && text[seg.end - 1] === '\n') {
      blocks.push({ from, to: i + 1 });
      from = i + 1;
      size = 0;
    }
  });
  if (from < out.length) blocks.push({ from, to: out.length });
  const marked = out.flatMap((seg, i) => (seg.marks.length ? [i] : []));
  return { segments: out, marked, classes, blocks };
}
