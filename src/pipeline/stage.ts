import type { Doc } from '../doc/document.js';

/** Names of the layers a stage may read or fill. */
export type Layer =
  | 'sentences'
  | 'paragraphs'
  | 'tokens'
  | 'mentions'
  | 'entities'
  | 'dates'
  | 'published'
  | 'references'
  | 'quotes'
  | 'claims'
  | 'techniques'
  | 'flags'
  | 'screening'
  | 'timeline';

/** What the caller passes down to every stage. */
export interface AnalyzeOptions {
  /** ISO date the article was published, when the caller knows it. */
  published?: string;
  /** Names of watchlists to screen entities against (empty: no screening). */
  watchlists?: string[];
  /** Path of the local store (watchlists, saved dossiers); default is the user's data directory. */
  store?: string;
  /** Stage names to skip. */
  disable?: string[];
}

/** One pipeline component: reads the layers it `requires`, fills the layers it `assigns`. */
export interface Stage {
  name: string;
  requires: Layer[];
  assigns: Layer[];
  run(doc: Doc, options: AnalyzeOptions): void;
}
