import type { DocInit } from '../doc/document.js';

/** A file attached to an e-mail, still as bytes, to be ingested in its turn. */
export interface Attachment {
  filename: string | null;
  contentType: string | null;
  bytes: Uint8Array;
}

/** What a format parser returns: the document, plus work left for the caller (OCR, attachments). */
export interface Parsed {
  doc: DocInit;
  /** The text of each page of a PDF, so OCR can fill in the scanned ones. */
  pages?: string[];
  /** Pages (1-based) of a PDF that are images without text, to be read by OCR. */
  ocrPages?: number[];
  attachments?: Attachment[];
}
