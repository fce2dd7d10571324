import { parseCsv } from './csv.js';
import type { EntryKind, WatchEntry } from './entry.js';
import { DossierError } from '../errors.js';

const EMPTY = '-0-';

/**
 * Parses OFAC's SDN CSV (ent_num, SDN_Name, SDN_Type, Program, …, Remarks) with the aliases of alt.csv
 * (ent_num, alt_num, alt_type, alt_name, alt_remarks) when given. Without alt.csv, the a.k.a. names quoted
 * in the Remarks column are used as weak aliases.
 */
export function parseOfac(sdnCsv: string, altCsv?: string): WatchEntry[] {
  const rows = parseCsv(sdnCsv);
  if (!rows.length || !looksLikeSdn(rows[0])) throw new DossierError('bad-format', 'not an OFAC SDN file: expected ent_num,"SDN_Name",SDN_Type,… rows');
  const byId = new Map<string, WatchEntry>();
  for (const r of rows) {
    const id = r[0]?.trim();
    const name = clean(r[1]);
    if (!id || !name || !/^\d+$/.test(id)) continue;
    const program = clean(r[3]);
    const remarks = clean(r[11]);
    const entry: WatchEntry = { id, name, kind: kindOf(clean(r[2])), aliases: [], note: program ? `OFAC ${program}` : undefined };
    if (!altCsv && remarks) entry.weakAliases = remarkAliases(remarks);
    byId.set(id, entry);
  }
  if (altCsv) {
    for (const r of parseCsv(altCsv)) {
      const entry = byId.get(r[0]?.trim());
      const alias = clean(r[3]);
      if (!entry || !alias) continue;
      (/weak/i.test(r[4] ?? '') ? (entry.weakAliases ??= []) : entry.aliases).push(alias);
    }
  }
  return [...byId.values()];
}

export function looksLikeSdn(row: string[]): boolean {
  return row.length >= 4 && /^\d+$/.test(row[0].trim()) && !/^\d+$/.test(row[1].trim());
}

function clean(v: string | undefined): string {
  const t = (v ?? '').trim();
  return t === EMPTY ? '' : t;
}

function kindOf(type: string): EntryKind {
  const t = type.toLowerCase();
  if (t === 'individual') return 'person';
  if (t === 'vessel') return 'vessel';
  if (t === 'aircraft') return 'aircraft';
  return 'organization';
}

/** "a.k.a. 'BNC'; a.k.a. 'ABU-'UMAR'." — the quoted names after a.k.a./f.k.a./n.k.a. */
function remarkAliases(remarks: string): string[] {
  const out: string[] = [];
  const re = /[afn]\.k\.a\.,? '(.+?)'(?=[.;,]|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(remarks))) out.push(m[1]);
  return out;
}
