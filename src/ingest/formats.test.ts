import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../test/fixtures/docx.js';
import { makeEml } from '../../test/fixtures/eml.js';
import { makeHtml } from '../../test/fixtures/html.js';
import { appendUpdate, makePdf, xmpPacket } from '../../test/fixtures/pdf.js';
import { MEMO_LINES, MEMO_TEXT, wordRecall } from '../../test/fixtures/texts.js';
import { detectFormat } from './detect.js';
import { ingestBytes, ingestParts } from './index.js';
import { closeWorker } from './sandbox.js';

afterAll(() => closeWorker());

const PARAGRAPHS = MEMO_LINES.slice(4, 10);

describe('format detection reads content, not names', () => {
  it.each([
    ['pdf', () => makePdf([['a']])],
    ['docx', async () => makeDocx(['a'])],
    ['eml', async () => makeEml({ from: 'a@b.org', to: 'c@d.org', date: 'Mon, 2 Apr 2012 10:00:00 +0000', subject: 's', body: 'b' })],
    ['html', async () => Buffer.from(makeHtml({ title: 't', paragraphs: ['p'] }))],
    ['text', async () => Buffer.from(MEMO_TEXT)],
    ['html', async () => Buffer.from('<div class="story"><p>A fragment of a page.</p></div>')],
    ['text', async () => Buffer.from('<note> the angle brackets of a plain note are not markup')],
    ['image', async () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
  ])('%s', async (format, make) => {
    expect(detectFormat(await make()).format).toBe(format);
  });

  it('names an unsupported format it recognises', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    await expect(ingestBytes(ole, 'old.doc')).rejects.toThrow(/legacy Office/);
  });
});

describe('HTML pages', () => {
  const page = makeHtml({ title: 'Audit finds payments made before delivery', paragraphs: PARAGRAPHS, author: 'Oskar Lind', published: '2012-03-20T09:30:00Z', canonical: 'https://courier.example/audit-payments' });

  it('keeps the article and drops navigation, adverts and banners', async () => {
    const doc = await ingestBytes(Buffer.from(page), 'page.html');
    expect(wordRecall(PARAGRAPHS.join(' '), doc.text)).toBeGreaterThanOrEqual(0.98);
    expect(doc.text).not.toMatch(/Sponsored|cookies|Celebrity|Weather/);
  });

  it('reads title, byline, publication date, canonical URL and language', async () => {
    const doc = await ingestBytes(Buffer.from(page), 'page.html');
    expect(doc.format).toBe('html');
    expect(doc.title).toBe('Audit finds payments made before delivery');
    expect(doc.published).toBe('2012-03-20');
    expect(doc.language).toBe('en');
    expect(doc.metadata).toMatchObject({ byline: 'Oskar Lind', canonicalUrl: 'https://courier.example/audit-payments', declaredLanguage: 'en' });
  });
});

describe('PDF files', () => {
  it('extracts the text of every page in reading order', async () => {
    const pdf = await makePdf([MEMO_LINES.slice(0, 7), MEMO_LINES.slice(7)]);
    const doc = await ingestBytes(pdf, 'memo.pdf');
    expect(wordRecall(MEMO_TEXT, doc.text)).toBeGreaterThanOrEqual(0.98);
    expect(doc.text.indexOf('Regional Water Board')).toBeLessThan(doc.text.indexOf('Helena Marsh'));
    expect(doc.metadata).toMatchObject({ pages: 2, scanned: false, scannedPages: [], fonts: ['Helvetica'] });
  });

  it('reads the Info dictionary: author, producer, creator, dates', async () => {
    const pdf = await makePdf([MEMO_LINES], { author: 'hmarsh', producer: 'LibreOffice 4.4', creator: 'Writer', created: new Date('2012-03-14T08:00:00Z'), modified: new Date('2012-03-15T08:00:00Z') });
    const doc = await ingestBytes(pdf, 'memo.pdf');
    expect(doc.metadata).toMatchObject({ author: 'hmarsh', producer: 'LibreOffice 4.4', creator: 'Writer', created: '2012-03-14T08:00:00.000Z', modified: '2012-03-15T08:00:00.000Z', revisions: 1, incrementalUpdates: 0 });
  });

  it('falls back on XMP when the Info dictionary lacks a field', async () => {
    const xmp = xmpPacket({ creator: 'Helena Marsh', tool: 'Writer', producer: 'LibreOffice 3.5', created: '2012-03-14T09:00:00+01:00', modified: '2012-03-14T11:00:00+01:00' });
    const doc = await ingestBytes(await makePdf([MEMO_LINES], { xmp }), 'memo.pdf');
    expect(doc.metadata).toMatchObject({ author: 'Helena Marsh', creator: 'Writer', producer: 'LibreOffice 3.5', created: '2012-03-14T08:00:00.000Z', modified: '2012-03-14T10:00:00.000Z' });
    expect((doc.metadata!.xmp as Record<string, string>)['pdf:producer']).toBe('LibreOffice 3.5');
  });

  it('counts incremental updates appended after the first save', async () => {
    const pdf = appendUpdate(appendUpdate(await makePdf([MEMO_LINES]), 'Editor One'), 'Editor Two');
    const doc = await ingestBytes(pdf, 'memo.pdf');
    expect(doc.metadata).toMatchObject({ revisions: 3, incrementalUpdates: 2, producer: 'Editor Two' });
  });
});

describe('Word documents', () => {
  it('extracts the paragraphs and the core and app properties', async () => {
    const docx = makeDocx(MEMO_LINES.filter(Boolean), { title: 'Pumping station', author: 'Helena Marsh', lastModifiedBy: 'T. Quill', created: '2012-03-13T10:00:00Z', modified: '2012-03-14T16:45:00Z', revision: 7, application: 'Microsoft Office Word', appVersion: '14.0000' });
    const doc = await ingestBytes(docx, 'memo.docx');
    expect(doc.format).toBe('docx');
    expect(wordRecall(MEMO_TEXT, doc.text)).toBeGreaterThanOrEqual(0.98);
    expect(doc.metadata).toMatchObject({ author: 'Helena Marsh', lastModifiedBy: 'T. Quill', created: '2012-03-13T10:00:00.000Z', modified: '2012-03-14T16:45:00.000Z', revision: 7, application: 'Microsoft Office Word', appVersion: '14.0000' });
  });
});

describe('e-mails', () => {
  const mail = async () =>
    makeEml({
      from: 'Helena Marsh <h.marsh@water.example>',
      to: 'audit@water.example',
      date: 'Thu, 15 Mar 2012 09:12:00 +0000',
      subject: 'Pumping station memo',
      body: 'Please find the memo attached. It covers the invoices we discussed on Monday.',
      received: ['from mail.water.example (10.0.0.5) by mx.example.net; Thu, 15 Mar 2012 09:12:04 +0000', 'from laptop by mail.water.example; Thu, 15 Mar 2012 09:12:01 +0000'],
      attachments: [
        { filename: 'memo.pdf', contentType: 'application/pdf', data: await makePdf([MEMO_LINES]) },
        { filename: 'notes.docx', contentType: 'application/octet-stream', data: makeDocx(['Notes taken at the site visit on the northern pumping station.']) },
      ],
    });

  it('reads headers, the Received chain and the body', async () => {
    const doc = await ingestBytes(await mail(), 'mail.eml');
    expect(doc.format).toBe('eml');
    expect(doc.title).toBe('Pumping station memo');
    expect(doc.published).toBe('2012-03-15');
    expect(doc.text).toContain('It covers the invoices we discussed on Monday.');
    expect(doc.metadata).toMatchObject({ from: 'Helena Marsh <h.marsh@water.example>', to: ['audit@water.example'], sent: '2012-03-15T09:12:00.000Z' });
    const hops = doc.metadata!.received as { by: string; date: string }[];
    expect(hops.map((h) => [h.by, h.date])).toEqual([
      ['mx.example.net', '2012-03-15T09:12:04.000Z'],
      ['mail.water.example', '2012-03-15T09:12:01.000Z'],
    ]);
  });

  it('reads an HTML-only body as text with its paragraphs', async () => {
    const raw = ['From: a@water.example', 'To: b@water.example', 'Date: Thu, 15 Mar 2012 09:12:00 +0000', 'Subject: Invoices', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', '<html><body><p>The first invoice came early.</p><p>Payment was approved anyway.</p></body></html>', ''].join('\r\n');
    const doc = await ingestBytes(Buffer.from(raw), 'mail.eml');
    expect(doc.text).toContain('The first invoice came early.\n\nPayment was approved anyway.');
  });

  it('ingests each attachment as a document of its own', async () => {
    const { doc, parts } = await ingestParts(await mail(), 'mail.eml');
    expect(parts.map((p) => [p.source, p.format])).toEqual([
      ['mail.eml#memo.pdf', 'pdf'],
      ['mail.eml#notes.docx', 'docx'],
    ]);
    expect(wordRecall(MEMO_TEXT, parts[0].text)).toBeGreaterThanOrEqual(0.98);
    expect(parts[0].metadata).toMatchObject({ attachedTo: { source: 'mail.eml', sent: '2012-03-15T09:12:00.000Z' } });
    expect((doc.metadata!.attachments as { format: string }[]).map((a) => a.format)).toEqual(['pdf', 'docx']);
  });
});
