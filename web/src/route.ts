/** Hash routes: `#/` (new analysis), `#/d/<id>` (a dossier), `#/d/<id>/s/<start>-<end>` (a span in it). */
export type Route = { page: 'home' } | { page: 'dossier'; id: string; span: { start: number; end: number } | null };

export function parseRoute(hash: string): Route {
  const m = /^#\/d\/([0-9a-f]{16})(?:\/s\/(\d+)-(\d+))?\/?$/.exec(hash);
  if (!m) return { page: 'home' };
  const span = m[2] !== undefined ? { start: Number(m[2]), end: Number(m[3]) } : null;
  return { page: 'dossier', id: m[1], span: span && span.end > span.start ? span : null };
}

export function dossierHash(id: string, span?: { start: number; end: number }): string {
  return span ? `#/d/${id}/s/${span.start}-${span.end}` : `#/d/${id}`;
}
