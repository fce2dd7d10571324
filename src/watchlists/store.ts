import Database from 'better-sqlite3';
import { DossierError } from '../errors.js';
import { storeFile } from '../store/location.js';
import type { EntryKind, ListFormat, WatchEntry } from './entry.js';

export interface ListInfo {
  name: string;
  format: ListFormat;
  source: string;
  importedAt: string;
  entries: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS lists (name TEXT PRIMARY KEY, format TEXT NOT NULL, source TEXT NOT NULL, imported_at TEXT NOT NULL, entries INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS entries (list TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
  aliases TEXT NOT NULL, weak TEXT NOT NULL, note TEXT, PRIMARY KEY (list, id));
`;

/** The watchlists saved in the local store (`watchlists.db` in the store folder). */
export class WatchlistStore {
  private readonly db: Database.Database;

  constructor(store?: string) {
    const file = storeFile('watchlists.db', store);
    try {
      this.db = new Database(file);
      this.db.exec(SCHEMA);
    } catch (err) {
      throw new DossierError('store', `cannot open the watchlist store ${file}: ${(err as Error).message.split('\n')[0]}`);
    }
  }

  /** Replaces the list called `info.name` with these entries. */
  save(info: Omit<ListInfo, 'entries' | 'importedAt'>, entries: WatchEntry[]): ListInfo {
    const saved: ListInfo = { ...info, importedAt: new Date().toISOString(), entries: entries.length };
    const insert = this.db.prepare('INSERT OR REPLACE INTO entries (list, id, name, kind, aliases, weak, note) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM entries WHERE list = ?').run(info.name);
      this.db.prepare('INSERT OR REPLACE INTO lists (name, format, source, imported_at, entries) VALUES (?, ?, ?, ?, ?)')
        .run(saved.name, saved.format, saved.source, saved.importedAt, saved.entries);
      for (const e of entries) {
        insert.run(info.name, e.id, e.name, e.kind, JSON.stringify(e.aliases), JSON.stringify(e.weakAliases ?? []), e.note ?? null);
      }
    })();
    return saved;
  }

  lists(): ListInfo[] {
    const rows = this.db.prepare('SELECT name, format, source, imported_at AS importedAt, entries FROM lists ORDER BY name').all();
    return rows as ListInfo[];
  }

  /** Entries of a list; a clear error naming the lists there are when it does not exist. */
  entries(list: string): WatchEntry[] {
    if (!this.db.prepare('SELECT 1 FROM lists WHERE name = ?').get(list)) {
      const known = this.lists().map((l) => l.name);
      throw new DossierError('not-found', `no watchlist named "${list}" in the store${known.length ? ` (have: ${known.join(', ')})` : ' (import one with: dossier watchlist import FILE --name NAME)'}`);
    }
    type Row = { id: string; name: string; kind: string; aliases: string; weak: string; note: string | null };
    const rows = this.db.prepare('SELECT id, name, kind, aliases, weak, note FROM entries WHERE list = ? ORDER BY rowid').all(list) as Row[];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind as EntryKind,
      aliases: JSON.parse(r.aliases) as string[],
      weakAliases: JSON.parse(r.weak) as string[],
      note: r.note ?? undefined,
    }));
  }

  close(): void {
    this.db.close();
  }
}
