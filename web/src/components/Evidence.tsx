import { excerptParts } from '../../../src/report/html/findings.js';

/** A span in its context, the span itself in bold. */
export function Evidence({ text, start, end, room = 40 }: { text: string; start: number; end: number; room?: number }) {
  const { before, match, after } = excerptParts(text, start, end, room);
  return (
    <>
      {before}
      <strong>{match}</strong>
      {after}
    </>
  );
}
