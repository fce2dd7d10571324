import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The gold annotation of one article; the format is described in eval/README.md. */
export type GoldSet = 'gold' | 'seed' | 'holdout';

export interface GoldArticle {
  id: string;
  file: string;
  genre?: string;
  /** Neutral texts: no persuasion technique and no critical flag may fire. */
  neutral?: boolean;
  published: string | null;
  published_not_before?: string;
  entities: Array<{ type: string; forms: string[]; alt_types?: string[] }>;
  dates?: Array<{ text: string; value: string; alt?: string[] }>;
  references?: string[];
  quotes?: Array<{ text: string; speaker: string | null }>;
  flags?: string[];
  noflags?: string[];
  sources?: Array<{ text: string; kind: string }>;
  techniques?: Array<{ label: string; text: string; alt_labels?: string[] }>;
  optional_forms?: string[];
  /** The article text, read from `file` beside the annotation. */
  text: string;
  /** Where it came from: the project's own set, the seed, or the held-out set (scored apart). */
  set: GoldSet;
}

const HERE = new URL('.', import.meta.url).pathname;
export const GOLD_DIR = join(HERE, 'gold');
export const HOLDOUT_DIR = join(HERE, 'holdout');
export const SEED_DIR = join(HERE, '..', '..', 'shared', 'seed');

function load(dir: string, set: GoldSet): GoldArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<GoldArticle, 'text' | 'set'>;
      return { ...gold, text: readFileSync(join(dir, gold.file), 'utf8'), set };
    });
}

/** The project's gold set, plus the seed article when `../shared/seed` is there. */
export function loadGold(): GoldArticle[] {
  return [...load(GOLD_DIR, 'gold'), ...load(SEED_DIR, 'seed')];
}

/**
 * Articles written apart from the rules and never used to tune them: the honest measure of how
 * the rules do on text their authors have not seen.
 */
export function loadHoldout(): GoldArticle[] {
  return load(HOLDOUT_DIR, 'holdout');
}
