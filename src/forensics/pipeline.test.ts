import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../test/fixtures/docx.js';
import { makeEml } from '../../test/fixtures/eml.js';
import { appendUpdate, makePdf } from '../../test/fixtures/pdf.js';
import { MEMO_LINES } from '../../test/fixtures/texts.js';
import { ingestBytes, ingestParts } from '../ingest/index.js';
import { closeWorker } from '../ingest/sandbox.js';
import { analyzeText } from '../pipeline/run.js';

afterAll(() => closeWorker());

const kinds = (d: ReturnType<typeof analyzeText>) => d.flags.map((f) => f.kind).sort();

describe('forensic flags from real files through the whole pipeline', () => {
  it('a PDF made by software newer than its date and saved twice', async () => {
    const pdf = await makePdf([MEMO_LINES], { author: 'Tomas Quill', producer: 'LibreOffice 7.3', created: new Date('2012-03-14T09:00:00Z'), modified: new Date('2012-03-14T09:30:00Z') });
    const d = analyzeText(await ingestBytes(appendUpdate(pdf, 'LibreOffice 7.3'), 'memo.pdf'));
    expect(kinds(d)).toEqual(expect.arrayContaining(['incremental-edits', 'producer-anachronism']));
    const anachronism = d.flags.find((f) => f.kind === 'producer-anachronism')!;
    expect(anachronism.evidence.map((e) => e.text)).toEqual(['14 March 2012']);
    for (const f of d.flags) for (const e of f.evidence) expect(d.document.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('a Word file whose author is not the signatory and which predates its own date', async () => {
    const docx = makeDocx(MEMO_LINES.filter(Boolean), { author: 'Tomas Quill', created: '2011-12-01T10:00:00Z', modified: '2012-03-14T10:00:00Z' });
    const d = analyzeText(await ingestBytes(docx, 'memo.docx'));
    expect(kinds(d)).toEqual(expect.arrayContaining(['author-mismatch', 'metadata-date-mismatch']));
    expect(d.flags.find((f) => f.kind === 'author-mismatch')!.evidence.map((e) => e.text)).toEqual(['Helena Marsh']);
  });

  it('an attachment saved after its e-mail was sent', async () => {
    const docx = makeDocx(MEMO_LINES.filter(Boolean), { author: 'Helena Marsh', created: '2012-03-14T08:00:00Z', modified: '2012-05-02T10:00:00Z' });
    const mail = makeEml({ from: 'h.marsh@water.example', to: 'audit@water.example', date: 'Thu, 15 Mar 2012 09:12:00 +0000', subject: 'Memo', body: 'Attached.', attachments: [{ filename: 'memo.docx', contentType: 'application/octet-stream', data: docx }] });
    const { parts } = await ingestParts(mail, 'mail.eml');
    const d = analyzeText(parts[0]);
    expect(d.flags.find((f) => f.kind === 'metadata-date-mismatch')?.message).toMatch(/after the e-mail it came with was sent \(2012-03-15\)/);
  });

  it('a clean file raises no forensic flag', async () => {
    const pdf = await makePdf([MEMO_LINES], { author: 'Helena Marsh', producer: 'LibreOffice 3.5', created: new Date('2012-03-14T09:00:00Z'), modified: new Date('2012-03-14T09:30:00Z') });
    const d = analyzeText(await ingestBytes(pdf, 'memo.pdf'));
    const forensic = ['metadata-date-mismatch', 'producer-anachronism', 'author-mismatch', 'scanned-without-text', 'incremental-edits'];
    expect(d.flags.filter((f) => forensic.includes(f.kind))).toEqual([]);
  });
});
