import { DossierError } from '../errors.js';
import type { EntryKind, WatchEntry } from './entry.js';

/** FollowTheMoney schemata that name someone or something that can be listed, with the kind each becomes. */
const SCHEMATA: Record<string, EntryKind> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  PublicBody: 'organization',
  LegalEntity: 'organization',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

interface FtmEntity {
  id?: unknown;
  schema?: unknown;
  caption?: unknown;
  properties?: Record<string, unknown>;
}

/** Parses FollowTheMoney entities, one JSON object per line (the OpenSanctions export format). */
export function parseFtm(text: string): WatchEntry[] {
  const out: WatchEntry[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let e: FtmEntity;
    try {
      e = JSON.parse(line) as FtmEntity;
    } catch {
      throw new DossierError('bad-format', `FollowTheMoney line ${i + 1} is not valid JSON`);
    }
    const kind = typeof e.schema === 'string' ? SCHEMATA[e.schema] : undefined;
    if (!kind || typeof e.id !== 'string') return;
    const p = e.properties ?? {};
    const names = strings(p.name);
    const joined = [strings(p.firstName)[0], strings(p.lastName)[0]].filter(Boolean).join(' ');
    const name = names[0] ?? (typeof e.caption === 'string' ? e.caption : joined);
    if (!name) return;
    const aliases = [...names.slice(1), ...strings(p.alias), ...strings(p.previousName)];
    if (joined && joined !== name) aliases.push(joined);
    const born = strings(p.birthDate)[0];
    const topics = strings(p.topics).join(', ');
    const note = [topics && `topics ${topics}`, born && `born ${born}`].filter(Boolean).join(', ');
    out.push({ id: e.id, name, kind, aliases, weakAliases: strings(p.weakAlias), note: note || undefined });
  });
  return out;
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}
