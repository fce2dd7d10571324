import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../test/fixtures/pdf.js';
import { MEMO_LINES } from '../../test/fixtures/texts.js';
import { makeZip } from '../../test/fixtures/zip.js';
import { DossierError } from '../errors.js';
import { ingestBytes, ingestFile } from './index.js';
import { closeWorker, parseInWorker } from './sandbox.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeWorker();
});

/** Resolves to the error thrown, failing the test if the call succeeds or throws something else. */
async function failure(p: Promise<unknown>): Promise<DossierError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DossierError);
  return err as DossierError;
}

/** Deterministic pseudo-random bytes. */
function garbage(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('malformed and hostile files fail with a one-line error', () => {
  it('an empty file', async () => {
    const path = join(dir, 'empty.pdf');
    writeFileSync(path, '');
    expect((await failure(ingestFile(path))).code).toBe('empty');
  });

  it('binary garbage', async () => {
    const err = await failure(ingestBytes(garbage(50_000), 'blob.bin'));
    expect(err.code).toBe('binary');
    expect(err.message).not.toContain('\n');
  });

  it('a PDF header followed by garbage', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), garbage(20_000, 3)]);
    expect((await failure(ingestBytes(bytes, 'junk.pdf'))).message).toMatch(/^junk\.pdf: /);
  });

  it('a truncated PDF either yields its readable text or a clear error', async () => {
    const pdf = await makePdf([MEMO_LINES, MEMO_LINES]);
    const cut = pdf.subarray(0, Math.floor(pdf.length * 0.6));
    const result = await ingestBytes(cut, 'cut.pdf').then(
      (doc) => doc.text,
      (e: unknown) => e,
    );
    if (typeof result === 'string') expect(result).toContain('Regional Water Board');
    else expect(result).toBeInstanceOf(DossierError);
  });

  it('HTML nested a hundred thousand levels deep', async () => {
    const page = Buffer.from(`<!DOCTYPE html><html><body>${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}</body></html>`);
    expect((await failure(ingestBytes(page, 'deep.html'))).message).toMatch(/nested 100002 levels deep/);
  });

  it('a zip bomb is refused before it is inflated', async () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bomb = makeZip([{ name: 'word/document.xml', data: zeros }, ...Array.from({ length: 5 }, (_, i) => ({ name: `word/media/part${i}.xml`, data: zeros }))]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const err = await failure(ingestBytes(bomb, 'bomb.docx'));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/zip bomb/);
  });

  it('a zip entry that inflates past the size it declares', async () => {
    const bytes = makeZip([{ name: 'word/document.xml', data: new Uint8Array(8 * 1024 * 1024), declaredSize: 100 }]);
    expect((await failure(ingestBytes(bytes, 'liar.docx'))).message).toMatch(/larger than it declares/);
  });

  it('a 200 MB file is refused without being read', async () => {
    const path = join(dir, 'huge.pdf');
    writeFileSync(path, '%PDF-1.7\n');
    truncateSync(path, 200 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const err = await failure(ingestFile(path));
    expect(err.code).toBe('too-large');
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    rmSync(path);
  });

  it('a parse that runs past its time limit is stopped and the next file still parses', async () => {
    const pdf = await makePdf([MEMO_LINES]);
    const err = await failure(parseInWorker('pdf', pdf, 'slow.pdf', { timeoutMs: 1, heapMb: 256 }));
    expect(err.code).toBe('timeout');
    const next = await parseInWorker('pdf', pdf, 'next.pdf');
    expect(next.doc.text).toContain('Regional Water Board');
  });

  it('a parse that exhausts its memory is stopped and the next file still parses', async () => {
    const page = Buffer.from(`<!DOCTYPE html><html><body><p>${'figure '.repeat(6_000_000)}</p></body></html>`);
    const err = await failure(parseInWorker('html', page, 'huge.html', { timeoutMs: 60_000, heapMb: 16 }));
    expect(err.code).toBe('too-large');
    const next = await parseInWorker('html', Buffer.from('<!DOCTYPE html><html><body><p>Still working after a crash.</p></body></html>'), 'next.html');
    expect(next.doc.text).toContain('Still working');
  });
});

describe('oversized content is refused before the expensive step', () => {
  it('an image whose header declares more pixels than OCR may decode', async () => {
    const png = Buffer.alloc(64);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    png.writeUInt32BE(13, 8);
    png.write('IHDR', 12, 'latin1');
    png.writeUInt32BE(30000, 16);
    png.writeUInt32BE(30000, 20);
    const err = await failure(ingestBytes(png, 'huge.png'));
    expect(err.message).toMatch(/30000x30000 png image is over the 50 megapixel limit/);
  });

  it('a text longer than the analysis limit', async () => {
    const text = Buffer.from('word '.repeat(450_000));
    expect((await failure(ingestBytes(text, 'long.txt'))).message).toMatch(/2250000 characters of text is over the 2000000 limit/);
  });
});
