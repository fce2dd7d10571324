/** Names of one place written differently ("UK" / "United Kingdom"), from data/entities/place-aliases.txt. */
import { readFileSync } from 'node:fs';

let table: Map<string, string> | null = null;

/** The first name of the line a place name is on, lower case; null when the table does not know it. */
export function canonicalPlace(name: string): string | null {
  if (!table) {
    table = new Map();
    const text = readFileSync(new URL('../../data/entities/place-aliases.txt', import.meta.url), 'utf8');
    for (const line of text.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const names = line.split('|').map((n) => n.trim());
      for (const n of names) table.set(n.toLowerCase(), names[0].toLowerCase());
    }
  }
  return table.get(name.toLowerCase()) ?? null;
}
