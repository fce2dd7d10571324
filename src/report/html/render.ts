import type { Dossier } from '../../dossier/contract.js';
import { articleHtml, legendHtml } from './article.js';
import { esc } from './escape.js';
import { HTML_SECTIONS } from './sections.js';
import { REPORT_CSS } from './style.js';

/** Title line used by every report. */
export function reportTitle(d: Dossier): string {
  const doc = d.document;
  const first = doc.text.split('\n').find((l) => l.trim())?.trim() ?? '';
  const title = doc.title ?? (first.length > 100 ? `${first.slice(0, 99)}\u2026` : first);
  return title || doc.source || 'text';
}

export function metaLine(d: Dossier): string {
  const doc = d.document;
  return [
    doc.source ? `source ${doc.source}` : null,
    doc.format,
    `${doc.text.length} characters`,
    doc.language ? `language ${doc.language}` : null,
    doc.published ? `published ${doc.published}` : null,
    doc.publishedInferred ? `not before ${doc.publishedInferred.notBefore} (${doc.publishedInferred.reason})` : null,
  ]
    .filter(Boolean)
    .join(' \u00b7 ');
}

/**
 * A self-contained, print-friendly HTML report. Every piece of the article or of the findings
 * is escaped, and the page's own policy forbids scripts, so opening it cannot run anything.
 */
export function renderHtml(d: Dossier): string {
  const title = reportTitle(d);
  return `<!doctype html>
<html lang="${esc(d.document.language ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Dossier: ${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p class="meta">${esc(metaLine(d))}</p></header>
<main>
${HTML_SECTIONS.map((s) => s(d)).filter(Boolean).join('\n')}
<section id="text"><h2>Text</h2>${legendHtml()}${articleHtml(d)}</section>
</main>
<footer><p class="muted">dossier report, schema ${esc(d.schema)}, document ${esc(d.document.id.slice(0, 16))}</p></footer>
</body>
</html>
`;
}
