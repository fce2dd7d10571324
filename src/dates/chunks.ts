/** Longest piece of text handed to chrono at once. */
export const MAX_CHUNK = 2000;

/**
 * Cuts a text into paragraphs, and long ones at sentence ends (else at a space), so no date is cut
 * (a hard-wrapped "March and September\n2019" stays whole)
 * and chrono, which copies the rest of the text at each failed match, works on short pieces.
 */
export function chunks(text: string, max = MAX_CHUNK): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n\n', start);
    end = end < 0 ? text.length : end + 2;
    if (end - start > max) {
      const window = text.slice(start, start + max);
      const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const space = window.lastIndexOf(' ');
      end = start + (sentenceEnd > max / 2 ? sentenceEnd + 2 : space > max / 2 ? space + 1 : max);
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}
