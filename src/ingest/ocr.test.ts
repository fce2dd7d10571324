import { afterAll, describe, expect, it } from 'vitest';
import { makePdf, makeScannedPdf, renderPng } from '../../test/fixtures/pdf.js';
import { MEMO_LINES, MEMO_TEXT, wordRecall } from '../../test/fixtures/texts.js';
import { DossierError } from '../errors.js';
import { ingestBytes } from './index.js';
import { readTsv } from './ocr.js';
import { closeWorker } from './sandbox.js';
import { runTool } from './tool.js';

afterAll(() => closeWorker());

describe('images are read by OCR', () => {
  it('reads a clean 300 dpi page with its confidence', async () => {
    const png = renderPng(await makePdf([MEMO_LINES], {}, 12), 300);
    const doc = await ingestBytes(png, 'page.png');
    expect(doc.format).toBe('image');
    expect(wordRecall(MEMO_TEXT, doc.text)).toBeGreaterThanOrEqual(0.95);
    const ocr = doc.metadata!.ocr as { confidence: number; languages: string[] };
    expect(ocr.confidence).toBeGreaterThan(80);
    expect(ocr.languages).toContain('eng');
  });

  it('reads the pages of a scanned PDF and marks them as scans', async () => {
    const pdf = await makeScannedPdf([MEMO_LINES.slice(0, 7), MEMO_LINES.slice(7)]);
    const doc = await ingestBytes(pdf, 'scan.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.metadata).toMatchObject({ scanned: true, scannedPages: [1, 2] });
    expect((doc.metadata!.ocr as { pages: number[] }).pages).toEqual([1, 2]);
    expect(wordRecall(MEMO_TEXT, doc.text)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('tesseract output', () => {
  it('rebuilds lines and paragraphs from TSV rows and averages word confidence', () => {
    const row = (block: number, par: number, line: number, conf: number, word: string) => `5\t1\t${block}\t${par}\t${line}\t1\t0\t0\t1\t1\t${conf}\t${word}`;
    const tsv = ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext', row(1, 1, 1, 90, 'First'), row(1, 1, 1, 80, 'line'), row(1, 1, 2, 70, 'second'), row(1, 2, 1, 60, 'next')].join('\n');
    expect(readTsv(tsv)).toEqual({ text: 'First line\nsecond\n\nnext', confidence: 75, words: 4 });
  });

  it('explains in one line that a missing program must be installed', async () => {
    const err = await runTool('tesseract-not-installed-here', [], { timeoutMs: 1000, purpose: 'scan.png' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DossierError);
    expect((err as DossierError).code).toBe('missing-tool');
    expect((err as DossierError).message).toMatch(/^scan\.png: tesseract-not-installed-here is not installed; install/);
  });

  it('stops a program that runs past its time limit', async () => {
    const err = await runTool('sleep', ['5'], { timeoutMs: 200, purpose: 'slow.png' }).catch((e: unknown) => e);
    expect((err as DossierError).code).toBe('timeout');
  });
});
