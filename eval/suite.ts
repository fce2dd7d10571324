import type { Dossier } from '../src/dossier/contract.js';
import type { GoldArticle } from './gold.js';

/** A gold article with the dossier the pipeline made of it. */
export interface Scored {
  article: GoldArticle;
  dossier: Dossier;
}

/** One line of a suite's table: an article (or "overall") and its figures. */
export interface Row {
  name: string;
  values: Record<string, number | string>;
}

/** A figure the issue asks for, with its target, so the report can say pass or fail. */
export interface Check {
  name: string;
  value: number;
  target: string; // e.g. ">= 0.85", "<= 1"
  pass: boolean;
}

export interface SuiteReport {
  rows: Row[];
  checks: Check[];
  notes?: string[];
}

/** One part of `npm run eval`: reads the analysed gold set (or its own data) and reports figures. */
export interface EvalSuite {
  name: string;
  /** False for a suite that reads its own data rather than the articles: it runs once, not per set. */
  perArticle?: boolean;
  run(scored: Scored[]): Promise<SuiteReport> | SuiteReport;
}

export function check(name: string, value: number, op: '>=' | '<=', target: number): Check {
  return { name, value, target: `${op} ${target}`, pass: op === '>=' ? value >= target : value <= target };
}
