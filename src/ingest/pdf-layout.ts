/** One piece of text as pdf.js reports it: the string and its position on the page. */
export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Puts a page's text pieces in reading order: lines from top to bottom, pieces left to right,
 * a space where pieces are apart, a blank line where the gap between lines is wider than usual.
 */
export function pageText(pieces: TextPiece[]): string {
  const lines: TextPiece[][] = [];
  const sorted = pieces.filter((p) => p.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    const tolerance = Math.max(2, (piece.height || 10) * 0.5);
    if (line && Math.abs(line[0].y - piece.y) <= tolerance) line.push(piece);
    else lines.push([piece]);
  }
  const gaps = lines.slice(1).map((l, i) => lines[i][0].y - l[0].y).filter((g) => g > 0);
  const usual = median(gaps);
  const out: string[] = [];
  lines.forEach((line, i) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const p of line) {
      const gap = p.x - end;
      if (text && gap > (p.height || 10) * 0.15 && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
      text += p.str;
      end = p.x + p.width;
    }
    if (i > 0 && usual > 0 && lines[i - 1][0].y - line[0].y > usual * 1.6) out.push('');
    out.push(text.replace(/\s+$/, ''));
  });
  return out.join('\n');
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}
