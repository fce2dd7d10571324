import type { Dossier } from '../dossier/contract.js';

/** Finding counts shown in the list of saved dossiers. */
export interface DossierCounts {
  entities: number;
  dates: number;
  claims: number;
  techniques: number;
  flags: number;
  critical: number;
  warning: number;
  info: number;
}

/** What the list of saved dossiers shows of one, worked out where the dossier is made. */
export interface StoredFacts {
  title: string;
  counts: DossierCounts;
  documentId: string;
}

export function storedFacts(d: Dossier): StoredFacts {
  return { title: titleOf(d), counts: countsOf(d), documentId: d.document.id };
}

/** The document's title, else its first line, else where it came from. */
export function titleOf(d: Dossier): string {
  const doc = d.document;
  const firstLine = doc.text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const title = doc.title?.trim() || firstLine || doc.source || 'untitled';
  return title.length > 120 ? `${title.slice(0, 119)}\u2026` : title;
}

export function countsOf(d: Dossier): DossierCounts {
  const flags = d.flags ?? [];
  const bySeverity = (s: string) => flags.filter((f) => f.severity === s).length;
  return {
    entities: d.entities?.length ?? 0,
    dates: d.dates?.length ?? 0,
    claims: d.claims?.length ?? 0,
    techniques: d.techniques?.length ?? 0,
    flags: flags.length,
    critical: bySeverity('critical'),
    warning: bySeverity('warning'),
    info: bySeverity('info'),
  };
}
