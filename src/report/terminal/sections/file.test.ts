import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../../doc/document.js';
import { toDossier } from '../../../dossier/assemble.js';
import { forensicsStage } from '../../../forensics/stage.js';
import { fileSection } from './file.js';

const plain = pc.createColors(false);

describe('the File section of the report', () => {
  it('shows the file, its metadata highlights and its forensic flags', () => {
    const doc = new Doc({ text: 'Minutes of the board.', source: 'leak/minutes.pdf', format: 'pdf', metadata: { pages: 2, producer: 'LibreOffice 7.3', author: 'jdoe', revisions: 2, scannedPages: [], ocr: { confidence: 88, languages: ['eng'] } } });
    forensicsStage.run(doc, {});
    const lines = fileSection.render(toDossier(doc), plain);
    expect(lines[0]).toBe('  leak/minutes.pdf (pdf)');
    expect(lines).toContain('    producer: LibreOffice 7.3');
    expect(lines).toContain('    revisions: 2');
    expect(lines.some((l) => /OCR: tesseract \(eng\), mean confidence 88%/.test(l))).toBe(true);
    expect(lines.some((l) => /WARNING incremental-edits: PDF revised after creation/.test(l))).toBe(true);
  });

  it('lists the attachments of an e-mail and where each was analysed', () => {
    const doc = new Doc({ text: 'See attached.', source: 'mail.eml', format: 'eml', metadata: { from: 'a@b.org', attachments: [{ filename: 'memo.pdf', format: 'pdf', characters: 900, source: 'mail.eml#memo.pdf' }, { filename: 'x.bin', error: 'mail.eml#x.bin: binary data' }] } });
    const lines = fileSection.render(toDossier(doc), plain);
    expect(lines).toContain('    attachment memo.pdf: pdf, 900 characters, analysed as mail.eml#memo.pdf');
    expect(lines).toContain('    attachment x.bin: mail.eml#x.bin: binary data');
  });

  it('says nothing for plain text without forensic flags', () => {
    expect(fileSection.render(toDossier(new Doc({ text: 'Just a note.', metadata: { encoding: 'utf-8' } })), plain)).toEqual([]);
  });
});
