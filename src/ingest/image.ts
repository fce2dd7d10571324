import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocInit } from '../doc/document.js';
import { DossierError } from '../errors.js';
import { imageSize } from './image-size.js';
import { ocrImage, OCR_TIMEOUT_MS } from './ocr.js';
import { runTool } from './tool.js';

/** Images larger than this are refused before OCR: decoding one takes about 4 bytes a pixel. */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** OCR time one scanned PDF may use in all; pages left when it runs out stay unread (and are listed). */
export const OCR_BUDGET_MS = 300_000;
/** Resolution scanned pages are rendered at before OCR. */
const RENDER_DPI = 300;

/** An image (a photo or scan of a page): its text by OCR, with the OCR confidence. */
export async function ingestImage(bytes: Uint8Array, name: string, kind: string): Promise<DocInit> {
  const size = imageSize(bytes, kind);
  if (size && size.width * size.height > MAX_IMAGE_PIXELS) {
    throw new DossierError('too-large', `${name}: ${size.width}x${size.height} ${kind} image is over the ${MAX_IMAGE_PIXELS / 1e6} megapixel limit for OCR`);
  }
  const ocr = await ocrImage(bytes, name);
  if (!ocr.text.trim()) throw new DossierError('empty', `${name}: OCR found no text in the ${kind} image`);
  return {
    text: ocr.text,
    format: 'image',
    metadata: { imageType: kind, bytes: bytes.length, width: size?.width ?? null, height: size?.height ?? null, ocr: { engine: 'tesseract', languages: ocr.languages, confidence: ocr.confidence, words: ocr.words } },
  };
}

/** Renders the given pages of a PDF and reads them by OCR; returns page number to text and the mean confidence. */
export async function ocrPdfPages(pdf: Uint8Array, pages: number[], name: string, budgetMs = OCR_BUDGET_MS): Promise<{ texts: Map<number, string>; confidence: number | null; languages: string[] }> {
  const deadline = Date.now() + budgetMs;
  const dir = await mkdtemp(join(tmpdir(), 'dossier-ocr-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const texts = new Map<number, string>();
    let confSum = 0;
    let words = 0;
    let languages: string[] = [];
    for (const page of pages) {
      if (Date.now() > deadline) break;
      // The crop box caps the rendered size, so an oversized page cannot exhaust memory.
      const args = ['-r', String(RENDER_DPI), '-x', '0', '-y', '0', '-W', '7000', '-H', '7000', '-gray', '-png', '-f', String(page), '-l', String(page), join(dir, 'in.pdf'), join(dir, `p${page}`)];
      await runTool('pdftoppm', args, { timeoutMs: OCR_TIMEOUT_MS, purpose: `${name} page ${page}` });
      const file = (await readdir(dir)).find((f) => f.startsWith(`p${page}-`) || f === `p${page}.png`);
      if (!file) continue;
      const ocr = await ocrImage(await readFile(join(dir, file)), `${name} page ${page}`);
      texts.set(page, ocr.text);
      if (ocr.confidence !== null) {
        confSum += ocr.confidence * ocr.words;
        words += ocr.words;
      }
      languages = ocr.languages;
      await rm(join(dir, file), { force: true });
    }
    return { texts, confidence: words ? Math.round((confSum / words) * 10) / 10 : null, languages };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
