import { pageText, type TextPiece } from './pdf-layout.js';

/** A gutter must be this wide (PDF units, 1/72 inch) and leave this share of the text on each side. */
const MIN_GUTTER = 8;
const MIN_SIDE_SHARE = 0.25;
/** Half the lines of a prose column fill at least this share of the space beside the gutter. */
const PROSE_FILL = 0.6;
/** A piece wider than this share of the text's width belongs to no column. */
const MAX_COLUMN_SHARE = 0.55;
/** Within the columns, a few pieces crossing the gutter (a headline, a footer, a caption) do not hide it. */
const MAX_CROSSING_SHARE = 0.05;

/**
 * Reading order for a page that may be set in two columns: text above, between and below
 * full-width lines is read left column first, then right column.
 */
export function readingOrder(pieces: TextPiece[]): string {
  const gutter = findGutter(pieces.filter((p) => p.str.trim()));
  if (gutter === null) return pageText(pieces);
  const crosses = (p: TextPiece) => p.x < gutter && p.x + p.width > gutter;
  const lines = groupLines(pieces);
  const out: string[] = [];
  let band: TextPiece[] = [];
  const flush = () => {
    const left = band.filter((p) => p.x + p.width <= gutter);
    const right = band.filter((p) => p.x >= gutter);
    for (const side of [left, right]) if (side.length) out.push(pageText(side));
    band = [];
  };
  for (const line of lines) {
    if (line.some(crosses)) {
      flush();
      out.push(pageText(line));
    } else band.push(...line);
  }
  flush();
  return out.join('\n\n');
}

/** The x of the widest vertical strip in the middle of the page that almost no text crosses. */
function findGutter(all: TextPiece[]): number | null {
  let pieces = all;
  if (pieces.length < 6) return null;
  const minX = Math.min(...pieces.map((p) => p.x));
  const maxX = Math.max(...pieces.map((p) => p.x + p.width));
  const span = maxX - minX;
  // Full-width headings and footers would hide the gutter; the columns are found from the narrow pieces.
  pieces = pieces.filter((p) => p.width < span * MAX_COLUMN_SHARE);
  if (pieces.length < 6) return null;
  let best: { x: number; width: number } | null = null;
  let runStart: number | null = null;
  for (let x = minX + span * 0.25; x <= minX + span * 0.75; x += 1) {
    const crossing = pieces.filter((p) => p.x < x && p.x + p.width > x).length;
    const open = crossing <= Math.max(2, pieces.length * MAX_CROSSING_SHARE);
    if (open && runStart === null) runStart = x;
    if ((!open || x + 1 > minX + span * 0.75) && runStart !== null) {
      const width = x - runStart;
      if (!best || width > best.width) best = { x: runStart + width / 2, width };
      runStart = null;
    }
  }
  if (!best || best.width < MIN_GUTTER) return null;
  const g = best.x;
  const left = pieces.filter((p) => p.x + p.width <= g);
  const right = pieces.filter((p) => p.x >= g);
  const enough = (side: TextPiece[], slot: number) => side.length >= pieces.length * MIN_SIDE_SHARE && isProse(side, slot);
  return enough(left, g - minX) && enough(right, maxX - g) ? g : null;
}

/** Columns of prose fill their width line after line; the columns of a table mostly do not. */
function isProse(side: TextPiece[], slot: number): boolean {
  const widths = groupLines(side).map((line) => Math.max(...line.map((p) => p.x + p.width)) - Math.min(...line.map((p) => p.x)));
  if (widths.length < 3) return false;
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] >= slot * PROSE_FILL;
}

/** Pieces grouped into lines by their baseline, top to bottom. */
function groupLines(pieces: TextPiece[]): TextPiece[][] {
  const lines: TextPiece[][] = [];
  for (const p of [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - p.y) <= Math.max(2, (p.height || 10) * 0.5)) line.push(p);
    else lines.push([p]);
  }
  return lines;
}
