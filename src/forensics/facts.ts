/** The forensic facts of a file, read from the metadata its ingester left, whatever the format. */
export interface FileFacts {
  created: string | null;
  modified: string | null;
  /** Producer strings with the metadata field each came from. */
  producers: { field: string; value: string }[];
  /** Names the metadata gives for who wrote or last saved the file. */
  authors: { field: string; value: string }[];
  /** When the e-mail this file was attached to (or this e-mail itself) says it was sent. */
  sent: string | null;
  /** Times the servers stamped in an e-mail's Received chain. */
  received: string[];
  revisions: number | null;
  pages: number | null;
  scannedPages: number[];
  ocrConfidence: number | null;
  ocrError: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function fileFacts(metadata: Record<string, unknown>): FileFacts {
  const producers: FileFacts['producers'] = [];
  for (const field of ['producer', 'creator', 'xMailer']) {
    const v = str(metadata[field]);
    if (v) producers.push({ field, value: v });
  }
  const app = str(metadata.application);
  if (app) producers.push({ field: 'application', value: [app, str(metadata.appVersion)].filter(Boolean).join(' ') });
  const authors: FileFacts['authors'] = [];
  for (const field of ['author', 'lastModifiedBy', 'from']) {
    const v = str(metadata[field]);
    if (v) authors.push({ field, value: v });
  }
  const attached = metadata.attachedTo as { sent?: unknown } | undefined;
  const ocr = metadata.ocr as { confidence?: unknown } | undefined;
  return {
    created: str(metadata.created),
    modified: str(metadata.modified),
    producers,
    authors,
    sent: str(attached?.sent) ?? str(metadata.sent),
    received: Array.isArray(metadata.received) ? (metadata.received as { date?: unknown }[]).map((r) => str(r?.date)).filter((d): d is string => d !== null) : [],
    revisions: typeof metadata.revisions === 'number' ? metadata.revisions : null,
    pages: typeof metadata.pages === 'number' ? metadata.pages : null,
    scannedPages: Array.isArray(metadata.scannedPages) ? (metadata.scannedPages as number[]) : [],
    ocrConfidence: typeof ocr?.confidence === 'number' ? ocr.confidence : null,
    ocrError: str(metadata.ocrError),
  };
}
