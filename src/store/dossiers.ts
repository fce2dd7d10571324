import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Dossier } from '../dossier/contract.js';
import { DossierError } from '../errors.js';
import { storeFile } from './location.js';

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
    const id = randomBytes(8).toString('hex');
    const created = new Date().toISOString();
    const title = titleOf(dossier);
    const counts = countsOf(dossier);
    this.db
      .prepare('INSERT INTO dossiers (id, document_id, title, created, counts, body) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, dossier.document.id, title, created, JSON.stringify(counts), JSON.stringify(dossier));
    return { id, title, created, counts, dossier };
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
