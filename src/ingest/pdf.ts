import type { DocInit } from '../doc/document.js';
import { DossierError } from '../errors.js';
import { pdfDateToIso } from './pdf-date.js';
import { readingOrder } from './pdf-columns.js';
import type { TextPiece } from './pdf-layout.js';
import { countRevisions } from './pdf-revisions.js';
import type { Parsed } from './parsed.js';

/** Pages beyond this are not read (their count is still reported). */
const MAX_PAGES = 2000;
/** A page with fewer letters than this and an image on it is taken for a scan. */
const SCAN_MAX_LETTERS = 10;

interface PdfMeta {
  info: Record<string, unknown>;
  metadata: { get(name: string): unknown; [Symbol.iterator](): Iterator<[string, unknown]> } | null;
}

/** A PDF: text per page in reading order, Info and XMP metadata, revisions, fonts and which pages are scans. */
export async function parsePdf(bytes: Uint8Array, name: string): Promise<Parsed> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { revisions, linearized } = countRevisions(bytes);
  let pdf;
  try {
    pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0, stopAtErrors: false }).promise;
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    if (/password/i.test(why)) throw new DossierError('unsupported', `${name}: the PDF is encrypted with a password`);
    throw new DossierError('bad-format', `${name}: not a readable PDF (${why})`);
  }
  try {
    const meta = (await pdf.getMetadata().catch(() => ({ info: {}, metadata: null }))) as PdfMeta;
    const pages: string[] = [];
    const scanned: number[] = [];
    const fonts = new Set<string>();
    const count = Math.min(pdf.numPages, MAX_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        pieces.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.abs(item.transform[3]) });
      }
      const text = readingOrder(pieces);
      const ops = await page.getOperatorList();
      let images = 0;
      for (let i = 0; i < ops.fnArray.length; i++) {
        const fn = ops.fnArray[i];
        if (fn === pdfjs.OPS.paintImageXObject || fn === pdfjs.OPS.paintInlineImageXObject || fn === pdfjs.OPS.paintImageMaskXObject) images++;
        if (fn === pdfjs.OPS.setFont) {
          const font = page.commonObjs.has(ops.argsArray[i][0]) ? (page.commonObjs.get(ops.argsArray[i][0]) as { name?: string }) : null;
          if (font?.name) fonts.add(font.name.replace(/^[A-Z]{6}\+/, ''));
        }
      }
      if (images > 0 && text.replace(/[^\p{L}]/gu, '').length < SCAN_MAX_LETTERS) scanned.push(n);
      pages.push(text);
      page.cleanup();
    }
    const info = meta.info ?? {};
    const xmp = meta.metadata;
    const str = (v: unknown) => {
      const s = Array.isArray(v) ? v.filter((x) => typeof x === 'string').join('; ') : v;
      return typeof s === 'string' && s.trim() ? s.trim() : null;
    };
    const xmpGet = (key: string) => str(xmp?.get(key));
    const metadata = {
      pages: pdf.numPages,
      title: str(info.Title) ?? xmpGet('dc:title'),
      author: str(info.Author) ?? xmpGet('dc:creator'),
      subject: str(info.Subject),
      keywords: str(info.Keywords),
      creator: str(info.Creator) ?? xmpGet('xmp:creatortool'),
      producer: str(info.Producer) ?? xmpGet('pdf:producer'),
      created: pdfDateToIso(info.CreationDate) ?? pdfDateToIso(xmpGet('xmp:createdate')),
      modified: pdfDateToIso(info.ModDate) ?? pdfDateToIso(xmpGet('xmp:modifydate')),
      xmp: xmp ? xmpFields(Object.fromEntries(xmp)) : null,
      pdfVersion: str(info.PDFFormatVersion),
      revisions,
      incrementalUpdates: revisions - 1,
      linearized,
      encrypted: Boolean(info.EncryptFilterName),
      fonts: [...fonts].sort(),
      scannedPages: scanned,
      scanned: scanned.length > 0 && scanned.length === count,
    };
    const doc: DocInit = { text: pages.join('\n\n'), format: 'pdf', title: metadata.title, metadata };
    return { doc, pages, ocrPages: scanned };
  } finally {
    await pdf.destroy();
  }
}

/** XMP values as plain strings, long ones (embedded thumbnails) left out. */
function xmpFields(all: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(all)) {
    const s = Array.isArray(v) ? v.join('; ') : typeof v === 'string' ? v : null;
    if (s && s.length < 500) out[k] = s;
  }
  return out;
}
