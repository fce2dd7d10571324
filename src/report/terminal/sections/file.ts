import { FORENSIC_RULES } from '../../../forensics/stage.js';
import { oneLine, type ReportSection } from '../section.js';

/** Metadata worth showing for each format, in order: [field, label]. */
const HIGHLIGHTS: Record<string, [string, string][]> = {
  pdf: [['pdfVersion', 'PDF version'], ['pages', 'pages'], ['author', 'author'], ['creator', 'creator'], ['producer', 'producer'], ['created', 'created'], ['modified', 'modified'], ['revisions', 'revisions'], ['fonts', 'fonts'], ['scannedPages', 'scanned pages']],
  docx: [['author', 'author'], ['lastModifiedBy', 'last modified by'], ['created', 'created'], ['modified', 'modified'], ['revision', 'revision'], ['application', 'application'], ['appVersion', 'app version'], ['company', 'company'], ['template', 'template']],
  eml: [['from', 'from'], ['to', 'to'], ['cc', 'cc'], ['sent', 'sent'], ['messageId', 'message id'], ['replyTo', 'reply to'], ['xMailer', 'mailer']],
  html: [['byline', 'byline'], ['published', 'published'], ['modified', 'modified'], ['canonicalUrl', 'canonical URL'], ['siteName', 'site'], ['declaredLanguage', 'declared language']],
  image: [['imageType', 'image type']],
  text: [['encoding', 'encoding']],
};

const KINDS = new Set(FORENSIC_RULES.map((r) => r.kind));

function show(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : null;
  if (typeof value === 'object') return null;
  return String(value);
}

/** The file a dossier was read from: its format, what its metadata says, and the forensic flags on it. */
export const fileSection: ReportSection = {
  title: 'File',
  render(d, s) {
    const doc = d.document;
    const m = doc.metadata;
    const flags = d.flags.filter((f) => KINDS.has(f.kind));
    if (doc.format === 'text' && !flags.length) return [];
    const lines = [`  ${s.bold(doc.source ?? 'standard input')} ${s.dim(`(${doc.format})`)}`];
    for (const [field, label] of HIGHLIGHTS[doc.format] ?? []) {
      const v = show(m[field]);
      if (v) lines.push(`    ${label}: ${oneLine(v, 90)}`);
    }
    const ocr = m.ocr as { confidence?: number; languages?: string[] } | undefined;
    if (ocr) lines.push(`    OCR: tesseract (${(ocr.languages ?? []).join('+')}), mean confidence ${ocr.confidence ?? '?'}%`);
    if (typeof m.ocrError === 'string') lines.push(s.yellow(`    OCR failed: ${m.ocrError}`));
    const hops = m.received as unknown[] | undefined;
    if (hops?.length) lines.push(`    received: ${hops.length} hop${hops.length > 1 ? 's' : ''}`);
    for (const a of (m.attachments as Record<string, unknown>[] | undefined) ?? []) {
      const what = a.error ? s.yellow(String(a.error)) : `${a.format}, ${a.characters} characters, analysed as ${a.source}`;
      lines.push(`    attachment ${a.filename ?? '(unnamed)'}: ${what}`);
    }
    const paint = { critical: s.red, warning: s.yellow, info: s.cyan };
    for (const f of flags) lines.push(`  ${paint[f.severity](f.severity.toUpperCase())} ${s.bold(f.kind)}: ${f.message}`);
    return lines;
  },
};
