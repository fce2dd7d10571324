import { DossierError } from '../errors.js';
import { parseCsv } from './csv.js';
import type { EntryKind, WatchEntry } from './entry.js';

const KINDS: Record<string, EntryKind> = {
  person: 'person', individual: 'person', organization: 'organization', organisation: 'organization',
  entity: 'organization', company: 'organization', vessel: 'vessel', aircraft: 'aircraft',
};

/** A plain CSV with a header naming at least `name`; optional `aliases` (split by ";" or "|"), `id`, `kind`. */
export function parsePlainCsv(text: string): WatchEntry[] {
  const rows = parseCsv(text);
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [iName, iAliases, iId, iKind] = [col('name'), col('aliases'), col('id'), col('kind')];
  if (iName < 0) throw new DossierError('bad-format', 'CSV watchlist needs a header with a "name" column (and optionally aliases, id, kind)');
  return rows.flatMap((r, n) => {
    const name = (r[iName] ?? '').trim();
    if (!name) return [];
    const aliases = iAliases >= 0 ? (r[iAliases] ?? '').split(/[;|]/).map((a) => a.trim()).filter(Boolean) : [];
    const id = (iId >= 0 ? r[iId]?.trim() : '') || `row-${n + 1}`;
    const kind = KINDS[(iKind >= 0 ? r[iKind] : '')?.trim().toLowerCase()] ?? 'other';
    return [{ id, name, kind, aliases }];
  });
}

export function looksLikePlainCsv(firstLine: string): boolean {
  return parseCsv(firstLine)[0]?.some((h) => h.trim().toLowerCase() === 'name') ?? false;
}
