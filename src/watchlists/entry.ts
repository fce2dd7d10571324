/** One listed person, organisation or other thing, with every name it is known by. */
export interface WatchEntry {
  id: string;
  name: string;
  kind: EntryKind;
  aliases: string[];
  /** Names the publisher marks as weak or low quality: used only for near-exact matches. */
  weakAliases?: string[];
  /** Short free text: programme, list type, date of birth — shown beside a hit. */
  note?: string;
}

export type EntryKind = 'person' | 'organization' | 'vessel' | 'aircraft' | 'other';

export type ListFormat = 'un' | 'ofac' | 'ftm' | 'csv';

export const LIST_FORMATS: ListFormat[] = ['un', 'ofac', 'ftm', 'csv'];

/** Every distinct name of an entry, main name first; empty and repeated names left out. */
export function namesOf(e: WatchEntry, withWeak = true): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const all = [e.name, ...e.aliases, ...(withWeak ? (e.weakAliases ?? []) : [])].flatMap(splitName);
  for (const n of all) {
    const t = n.replace(/\s+/g, ' ').trim();
    const k = t.toLowerCase();
    if (!t || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

/**
 * One written alias may hold several names: "Name (its Arabic spelling)", "Name (ACRONYM)", or the
 * French "X dit Y" (X known as Y). Descriptions in brackets such as "(COMBAT NAME)" are dropped.
 */
export function splitName(name: string): string[] {
  const out: string[] = [];
  const bare = name.replace(/\(([^)]*)\)/g, (_m, inner: string) => {
    const t = inner.trim();
    if (/[^\p{Script=Latin}\p{P}\p{N}\s]/u.test(t) || /^[A-Z0-9/&.-]{2,10}$/.test(t)) out.push(t);
    return ' ';
  });
  out.unshift(...bare.split(/\s+(?:dit|alias|a\.k\.a\.?|aka)\s+/i));
  return out.map((n) => n.trim()).filter((n) => n.length > 0);
}
