import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Dossier } from '../dossier/contract.js';
import { DossierError } from '../errors.js';
import { storeFile } from './location.js';
import { countsOf, type DossierCounts, type StoredFacts, titleOf } from './summary.js';

export { countsOf, type DossierCounts, titleOf } from './summary.js';

export interface SavedSummary {
  id: string;
  title: string;
  created: string;
  counts: DossierCounts;
}

export interface SavedDossier extends SavedSummary {
  dossier: Dossier;
}

export interface DossierPage {
  items: SavedSummary[];
  total: number;
  limit: number;
  offset: number;
}

const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS dossiers (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL,
  title TEXT NOT NULL,
  created TEXT NOT NULL,
  counts TEXT NOT NULL,
  body TEXT NOT NULL
);
`;

interface Row {
  id: string;
  title: string;
  created: string;
  counts: string;
  body?: string;
}

/** Saved dossiers, one SQLite file in the store folder (`dossiers.db`). */
export class DossierStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.exec(SCHEMA_SQL);
    } catch (err) {
      throw new DossierError('store', `cannot open the dossier store ${path}: ${(err as Error).message.split('\n')[0]}`);
    }
  }

  /** Opens the store in the folder given by `--store`, DOSSIER_STORE or the user data directory. */
  static open(store?: string): DossierStore {
    return new DossierStore(storeFile('dossiers.db', store));
  }

  save(dossier: Dossier): SavedDossier {
    const facts = { title: titleOf(dossier), counts: countsOf(dossier), documentId: dossier.document.id };
    return { ...this.saveJson(JSON.stringify(dossier), facts), dossier };
  }

  /** Saves a dossier already written as JSON text (by an analysis worker), with the facts listed beside it. */
  saveJson(json: string, facts: StoredFacts): SavedSummary {
    const id = randomBytes(8).toString('hex');
    const created = new Date().toISOString();
    this.db
      .prepare('INSERT INTO dossiers (id, document_id, title, created, counts, body) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, facts.documentId, facts.title, created, JSON.stringify(facts.counts), json);
    return { id, title: facts.title, created, counts: facts.counts };
  }

  get(id: string): SavedDossier | null {
    const row = this.db.prepare('SELECT id, title, created, counts, body FROM dossiers WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    return { ...summary(row), dossier: JSON.parse(row.body ?? '{}') as Dossier };
  }

  /** The saved record as JSON text, built around the stored dossier without parsing it again. */
  getJson(id: string): string | null {
    const row = this.db.prepare('SELECT id, title, created, counts, body FROM dossiers WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    const head = JSON.stringify(summary(row));
    return `${head.slice(0, -1)},"dossier":${row.body}}`;
  }

  list(limit: number, offset: number): DossierPage {
    const rows = this.db
      .prepare('SELECT id, title, created, counts FROM dossiers ORDER BY rowid DESC LIMIT ? OFFSET ?')
      .all(limit, offset) as Row[];
    const { total } = this.db.prepare('SELECT COUNT(*) AS total FROM dossiers').get() as { total: number };
    return { items: rows.map(summary), total, limit, offset };
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM dossiers WHERE id = ?').run(id).changes > 0;
  }

  close(): void {
    this.db.close();
  }
}

function summary(row: Row): SavedSummary {
  return { id: row.id, title: row.title, created: row.created, counts: JSON.parse(row.counts) as DossierCounts };
}
