import { afterEach, describe, expect, it } from 'vitest';
import { makePdf, makeScannedPdf, renderPng } from '../../test/fixtures/pdf.js';
import { MEMO_LINES } from '../../test/fixtures/texts.js';
import { ingestBytes } from './index.js';
import { closeWorker } from './sandbox.js';

const PATH = process.env.PATH;
afterEach(async () => {
  process.env.PATH = PATH;
  await closeWorker();
});

describe('without tesseract', () => {
  it('an image fails with one line saying what to install', async () => {
    const png = renderPng(await makePdf([MEMO_LINES]), 100);
    process.env.PATH = '/nonexistent';
    const err = await ingestBytes(png, 'scan.png').catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^scan\.png: tesseract is not installed; install tesseract-ocr \(Debian\/Ubuntu: apt install/);
    expect((err as Error).message).not.toContain('\n');
  });

  it('a scanned PDF fails the same way, naming the scan', async () => {
    const pdf = await makeScannedPdf([MEMO_LINES.slice(0, 4)]);
    process.env.PATH = '/nonexistent';
    const err = await ingestBytes(pdf, 'scan.pdf').catch((e: unknown) => e as Error);
    expect((err as Error).message).toMatch(/^scan\.pdf: scanned PDF without a text layer, and OCR failed: .*(tesseract|pdftoppm) is not installed/);
  });
});
