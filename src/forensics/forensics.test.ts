import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import type { DatePrecision } from '../dossier/contract.js';
import { MEMO_TEXT } from '../../test/fixtures/texts.js';
import { producerRelease } from './producers.js';
import { forensicsStage } from './stage.js';

/** A document with its dates filled by hand: [text as written, ISO value]. */
function docWith(text: string, format: string, metadata: Record<string, unknown>, dates: [string, string, DatePrecision?][]): Doc {
  const doc = new Doc({ text, format, metadata });
  doc.dates = dates.map(([surface, value, precision = 'day']) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`no "${surface}" in the text`);
    return { ...doc.span(start, start + surface.length), value, precision, anchor: 'absolute' };
  });
  return doc;
}

const memo = (metadata: Record<string, unknown>, format = 'pdf', extra: [string, string][] = []) => docWith(MEMO_TEXT, format, metadata, [['14 March 2012', '2012-03-14'], ...extra]);

function flags(doc: Doc, kind: string) {
  forensicsStage.run(doc, {});
  for (const f of doc.flags) for (const e of f.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
  return doc.flags.filter((f) => f.kind === kind);
}

describe('metadata-date-mismatch', () => {
  it('flags a file created before the date it states, with the stated date as evidence', () => {
    const [f] = flags(memo({ created: '2011-11-02T09:00:00.000Z', modified: '2012-03-14T09:00:00.000Z' }), 'metadata-date-mismatch');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/created 2011-11-02 .*133 days before .*2012-03-14/);
    expect(f.evidence.map((e) => e.text)).toEqual(['14 March 2012']);
  });

  it('flags a file created long after the date it states', () => {
    const [f] = flags(memo({ created: '2016-05-01T09:00:00.000Z' }), 'metadata-date-mismatch');
    expect(f.message).toMatch(/days after the date the document states/);
  });

  it('flags an attachment modified after its e-mail was sent', () => {
    const doc = memo({ created: '2012-03-14T08:00:00.000Z', modified: '2012-04-20T08:00:00.000Z', attachedTo: { source: 'mail.eml', sent: '2012-03-15T09:12:00.000Z' } });
    const [f] = flags(doc, 'metadata-date-mismatch');
    expect(f.message).toMatch(/modified 2012-04-20 .*after the e-mail .*2012-03-15/);
    expect(f.evidence).toEqual([]);
  });

  it('flags an attachment that states a date after its e-mail was sent', () => {
    const doc = memo({ attachedTo: { source: 'mail.eml', sent: '2012-03-02T09:12:00.000Z' } }, 'docx');
    const [f] = flags(doc, 'metadata-date-mismatch');
    expect(f.message).toMatch(/states 2012-03-14, after the e-mail .*\(2012-03-02\)/);
    expect(f.evidence.map((e) => e.text)).toEqual(['14 March 2012']);
  });

  it('flags an e-mail received by a server before its Date header says it was sent', () => {
    const text = 'From: a@water.example\nDate: Fri, 16 Mar 2012 09:00:00 +0000\nSubject: Memo\n\nSee the memo.';
    const received = [{ date: '2012-03-15T09:12:04.000Z' }, { date: '2012-03-15T09:12:01.000Z' }];
    const doc = docWith(text, 'eml', { sent: '2012-03-16T09:00:00.000Z', date: 'Fri, 16 Mar 2012 09:00:00 +0000', received }, []);
    const [f] = flags(doc, 'metadata-date-mismatch');
    expect(f.message).toMatch(/received the message at 2012-03-15T09:12:01Z .*24 hours before its Date header/);
    expect(f.evidence.map((e) => e.text)).toEqual(['Fri, 16 Mar 2012 09:00:00 +0000']);
  });

  it('accepts an e-mail relayed within seconds of its Date header', () => {
    const doc = docWith('From: a@water.example\n\nSee the memo.', 'eml', { sent: '2012-03-15T09:12:00.000Z', received: [{ date: '2012-03-15T09:12:04.000Z' }] }, []);
    expect(flags(doc, 'metadata-date-mismatch')).toEqual([]);
  });

  it('flags a text that reports events after the file was last saved', () => {
    const text = `${MEMO_TEXT}\nPayment was stopped on 2 May 2012.`;
    const doc = docWith(text, 'docx', { created: '2012-03-14T08:00:00.000Z', modified: '2012-03-14T18:00:00.000Z' }, [['14 March 2012', '2012-03-14'], ['2 May 2012', '2012-05-02']]);
    const [f] = flags(doc, 'metadata-date-mismatch');
    expect(f.evidence.map((e) => e.text)).toEqual(['2 May 2012']);
  });

  it('stays quiet when the metadata agrees with the text', () => {
    expect(flags(memo({ created: '2012-03-14T08:00:00.000Z', modified: '2012-03-14T18:00:00.000Z' }), 'metadata-date-mismatch')).toEqual([]);
  });
});

describe('producer-anachronism', () => {
  it.each([
    ['Microsoft® Word 2019', '2018-09'],
    ['Microsoft® Word for Microsoft 365', '2020-04'],
    ['LibreOffice 7.3', '2022-02'],
    ['LibreOffice 7.3.7.2', '2022-02'],
    ['Mac OS X 10.15.7 Quartz PDFContext', '2019-10'],
    ['Skia/PDF m95', '2021-04'],
    ['Microsoft Office Word 16.0000', '2015-09'],
  ])('knows when %s was released', (producer, released) => {
    expect(producerRelease(producer)?.released).toBe(released);
  });

  it('leaves unknown producers alone', () => {
    expect(producerRelease('Home-made converter')).toBeNull();
  });

  it('flags a producer newer than the date the document states', () => {
    const [f] = flags(memo({ producer: 'Microsoft® Word 2019', created: '2012-03-14T08:00:00.000Z' }), 'producer-anachronism');
    expect(f.severity).toBe('critical');
    expect(f.message).toMatch(/released 2018-09.*Source: /);
    expect(f.evidence.map((e) => e.text)).toEqual(['14 March 2012']);
  });

  it('raises one flag when creator and producer name the same program', () => {
    expect(flags(memo({ creator: 'Microsoft® Word 2019', producer: 'Microsoft® Word 2019' }), 'producer-anachronism')).toHaveLength(1);
  });

  it('accepts a producer released before the document date', () => {
    expect(flags(memo({ producer: 'Microsoft® Word 2010' }), 'producer-anachronism')).toEqual([]);
  });

  it('checks a Word application version against the creation date when the text gives no date', () => {
    const doc = docWith('Notes from the site visit, written up for the committee.', 'docx', { application: 'Microsoft Office Word', appVersion: '16.0000', created: '2013-06-01T10:00:00.000Z' }, []);
    const [f] = flags(doc, 'producer-anachronism');
    expect(f.message).toMatch(/creation date \(2013-06-01\)/);
  });
});

describe('author-mismatch', () => {
  it('flags a metadata author who is not the signatory, pointing at the signature', () => {
    const [f] = flags(memo({ author: 'Tomas Quill' }, 'docx'), 'author-mismatch');
    expect(f.evidence.map((e) => e.text)).toEqual(['Helena Marsh']);
    expect(f.message).toMatch(/author "Tomas Quill"/);
  });

  it.each(['Helena Marsh', 'MARSH Helena', 'hmarsh', 'h.marsh@water.example'])('accepts %s as the signatory', (author) => {
    expect(flags(memo({ author }, 'docx'), 'author-mismatch')).toEqual([]);
  });

  it('flags an e-mail sent from one person and signed by another', () => {
    const [f] = flags(memo({ from: 'Tomas Quill <t.quill@water.example>' }, 'eml'), 'author-mismatch');
    expect(f.message).toMatch(/from "Tomas Quill <t.quill@water.example>"/);
    expect(flags(memo({ from: 'Helena Marsh <h.marsh@water.example>' }, 'eml'), 'author-mismatch')).toEqual([]);
  });

  it('ignores placeholder accounts', () => {
    expect(flags(memo({ author: 'Administrator', lastModifiedBy: 'Windows User' }, 'docx'), 'author-mismatch')).toEqual([]);
  });

  it('names who last saved it when that differs', () => {
    const [f] = flags(memo({ author: 'Helena Marsh', lastModifiedBy: 'Tomas Quill' }, 'docx'), 'author-mismatch');
    expect(f.message).toMatch(/lastModifiedBy "Tomas Quill"/);
  });
});

describe('scanned-without-text and incremental-edits', () => {
  it('flags PDF pages that are images, with the OCR confidence', () => {
    const [f] = flags(memo({ pages: 3, scannedPages: [2, 3], ocr: { confidence: 91.5 } }), 'scanned-without-text');
    expect(f.message).toMatch(/2 of 3 pages \(2, 3\).*confidence 91\.5%/);
  });

  it('flags a PDF revised after its first save', () => {
    const [f] = flags(memo({ revisions: 3, created: '2012-03-14T08:00:00.000Z', modified: '2012-03-20T08:00:00.000Z' }), 'incremental-edits');
    expect(f.message).toMatch(/2 incremental updates.*modified 2012-03-20/);
  });

  it('stays quiet for a PDF saved once with a text layer', () => {
    const doc = memo({ revisions: 1, pages: 1, scannedPages: [] });
    forensicsStage.run(doc, {});
    expect(doc.flags).toEqual([]);
  });
});
