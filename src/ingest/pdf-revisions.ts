/**
 * Counts the revisions of a PDF: each save that appends an incremental update adds
 * one more `startxref ... %%EOF` trailer to the end of the file.
 * Linearised files carry a first-page trailer too, which is not an edit.
 */
export function countRevisions(bytes: Uint8Array): { revisions: number; linearized: boolean } {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const trailers = text.match(/startxref\s+\d+\s+%%EOF/g)?.length ?? 0;
  const linearized = /\/Linearized\s/.test(text.slice(0, 2048));
  const revisions = Math.max(1, trailers - (linearized && trailers > 1 ? 1 : 0));
  return { revisions, linearized };
}
