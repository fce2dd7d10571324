import { renderHtml } from '../../../src/report/html/render.js';
import { renderMarkdown } from '../../../src/report/markdown/render.js';
import type { SavedDossier } from '../api';

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'dossier'
  );
}

/** Downloads the dossier as JSON, or the report as Markdown or self-contained HTML. */
export function ExportBar({ saved }: { saved: SavedDossier }) {
  const base = `dossier-${slug(saved.title)}`;
  return (
    <div class="export" role="group" aria-label="Export">
      <button type="button" onClick={() => download(`${base}.json`, 'application/json', `${JSON.stringify(saved.dossier, null, 2)}\n`)}>
        JSON
      </button>
      <button type="button" onClick={() => download(`${base}.md`, 'text/markdown', renderMarkdown(saved.dossier))}>
        Markdown
      </button>
      <button type="button" onClick={() => download(`${base}.html`, 'text/html', renderHtml(saved.dossier))}>
        HTML report
      </button>
      <button type="button" onClick={() => print()}>
        Print
      </button>
    </div>
  );
}
