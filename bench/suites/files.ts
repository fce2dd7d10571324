import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDocx } from '../../test/fixtures/docx.js';
import { makeEml } from '../../test/fixtures/eml.js';
import { makeHtml } from '../../test/fixtures/html.js';
import { writeMixedDir } from '../../test/fixtures/mixed-dir.js';
import { makePdf, makeScannedPdf, renderPng } from '../../test/fixtures/pdf.js';
import { MEMO_LINES, MEMO_TEXT, wordRecall } from '../../test/fixtures/texts.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { closeWorker } from '../../src/ingest/sandbox.js';
import type { BenchSuite } from '../suite.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BATCH = Number(process.env.DOSSIER_BENCH_FILES ?? 1000);

/** Each format's fixture of the memo, and the share of its words the ingester gives back. */
async function recalls(): Promise<Record<string, number>> {
  const body = MEMO_LINES.filter(Boolean);
  const fixtures: [string, Uint8Array][] = [
    ['html', Buffer.from(makeHtml({ title: body[0], paragraphs: body.slice(1) }))],
    ['pdf', await makePdf([MEMO_LINES])],
    ['docx', makeDocx(body)],
    ['eml', makeEml({ from: 'a@example.org', to: 'b@example.org', date: 'Thu, 15 Mar 2012 09:12:00 +0000', subject: 'memo', body: MEMO_TEXT })],
    ['image (OCR, 300 dpi)', renderPng(await makePdf([MEMO_LINES], {}, 12), 300)],
    ['scanned pdf (OCR)', await makeScannedPdf([MEMO_LINES])],
  ];
  const out: Record<string, number> = {};
  for (const [name, bytes] of fixtures) out[name] = wordRecall(MEMO_TEXT, (await ingestBytes(bytes, name)).text);
  await closeWorker();
  return out;
}

/** Word recall per format, then the command line over a directory of mixed small files. */
export const filesSuite: BenchSuite = {
  name: 'files: formats and batch',
  async run() {
    const figures: Record<string, number | string> = {};
    for (const [name, r] of Object.entries(await recalls())) {
      console.log(`  word recall ${name.padEnd(22)} ${(r * 100).toFixed(1)}%`);
      figures[`recall ${name} %`] = r * 100;
    }
    if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
      console.log('  batch: skipped (run npm run build first)');
      return figures;
    }
    const dir = mkdtempSync(join(tmpdir(), 'dossier-batch-'));
    try {
      const kinds = await writeMixedDir(dir, BATCH, Math.round(BATCH / 100));
      const started = Date.now();
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier.js'), 'analyze', '--jsonl', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
      const seconds = (Date.now() - started) / 1000;
      const read = r.stdout.split('\n').filter(Boolean).length;
      const summary = r.stderr.split('\n').filter((l) => /^dossier: (read| {2})/.test(l));
      console.log(`  batch of ${BATCH} files (${JSON.stringify(kinds)}): ${seconds.toFixed(1)} s, ${(BATCH / seconds).toFixed(1)} files/s, exit ${r.status}, ${read} dossiers`);
      for (const l of summary) console.log(`    ${l}`);
      Object.assign(figures, { 'batch files': BATCH, 'batch seconds': seconds, 'batch files/s': BATCH / seconds, 'batch dossiers': read });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return figures;
  },
};
