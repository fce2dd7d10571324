import { WatchlistStore } from '../watchlists/store.js';
import { Screener } from './screen.js';

const cache = new Map<string, Screener>();

/** A screener over the named lists of a store; built once per process for the same lists. */
export function openScreener(lists: string[], store?: string): Screener {
  const key = `${store ?? process.env.DOSSIER_STORE ?? ''}\u0000${lists.join('\u0000')}`;
  let s = cache.get(key);
  if (!s) {
    const db = new WatchlistStore(store);
    try {
      s = new Screener(lists.map((name) => ({ name, entries: db.entries(name) })));
    } finally {
      db.close();
    }
    cache.set(key, s);
  }
  return s;
}
