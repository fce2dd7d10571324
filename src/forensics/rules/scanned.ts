import type { ForensicRule } from '../rule.js';

export const scannedRule: ForensicRule = {
  kind: 'scanned-without-text',
  reason: 'a scan has no text layer: its text comes from OCR and may be misread, and a scan hides how the original was made',
  check(doc, facts) {
    if (doc.format !== 'pdf' || !facts.scannedPages.length) return [];
    const pages = facts.pages ?? facts.scannedPages.length;
    const all = facts.scannedPages.length === pages;
    const how = facts.ocrError ? `OCR could not run (${facts.ocrError})` : facts.ocrConfidence !== null ? `text read by OCR, mean confidence ${facts.ocrConfidence}%` : 'text read by OCR';
    return [{ kind: 'scanned-without-text', severity: facts.ocrError ? 'warning' : 'info', message: `${all ? 'every page' : `${facts.scannedPages.length} of ${pages} pages (${facts.scannedPages.join(', ')})`} is an image without a text layer; ${how}`, evidence: [] }];
  },
};
