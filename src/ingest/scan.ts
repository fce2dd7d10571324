import type { DocInit } from '../doc/document.js';
import { DossierError } from '../errors.js';
import { ocrPdfPages } from './image.js';

/**
 * Fills the scanned pages of a PDF with their OCR text. When OCR cannot run, a PDF that has
 * other text keeps it (the reason is noted in its metadata); a PDF that is only scans fails.
 */
export async function attachScanText(doc: DocInit, bytes: Uint8Array, pages: string[], scanned: number[], name: string): Promise<DocInit> {
  try {
    const ocr = await ocrPdfPages(bytes, scanned, name);
    const text = pages.map((t, i) => (ocr.texts.has(i + 1) ? ocr.texts.get(i + 1)! : t)).join('\n\n');
    return { ...doc, text, metadata: { ...doc.metadata, ocr: { engine: 'tesseract', languages: ocr.languages, confidence: ocr.confidence, pages: scanned.filter((p) => ocr.texts.has(p)), pagesNotRead: scanned.filter((p) => !ocr.texts.has(p)) } } };
  } catch (err) {
    if (!(err instanceof DossierError)) throw err;
    if (!doc.text.trim()) throw new DossierError(err.code, `${name}: scanned PDF without a text layer, and OCR failed: ${err.message}`);
    return { ...doc, metadata: { ...doc.metadata, ocrError: err.message } };
  }
}
