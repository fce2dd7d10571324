import { analyzeText } from '../src/pipeline/run.js';
import { loadGold, loadHoldout, type GoldArticle } from './gold.js';
import type { Row, Scored } from './suite.js';
import { SUITES } from './suites/index.js';

function cell(v: number | string): string {
  if (typeof v === 'string') return v;
  if (Number.isNaN(v)) return '-';
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

function printTable(rows: Row[]): void {
  if (rows.length === 0) return;
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r.values)))];
  const nameWidth = Math.max(8, ...rows.map((r) => r.name.length));
  const widths = cols.map((c) => Math.max(c.length, 6));
  console.log(`  ${''.padEnd(nameWidth)}  ${cols.map((c, i) => c.padStart(widths[i])).join('  ')}`);
  for (const r of rows) {
    console.log(`  ${r.name.padEnd(nameWidth)}  ${cols.map((c, i) => cell(r.values[c] ?? '').padStart(widths[i])).join('  ')}`);
  }
}

function analyse(articles: GoldArticle[]): Scored[] {
  return articles.map((article) => ({
    article,
    dossier: analyzeText({ text: article.text, source: article.file }, { published: article.published ?? undefined }),
  }));
}

/** Runs the suites (or those named) over one set of articles; returns how many checks failed. */
async function score(label: string, scored: Scored[], only: string[], ownData: boolean): Promise<number> {
  let failed = 0;
  for (const suite of SUITES) {
    if (only.length && !only.some((o) => suite.name.toLowerCase().includes(o))) continue;
    if (suite.perArticle === false && !ownData) continue;
    console.log(`\n== ${suite.name} [${label}]`);
    const report = await suite.run(scored);
    printTable(report.rows);
    for (const note of report.notes ?? []) console.log(`  note: ${note}`);
    for (const c of report.checks) {
      if (!c.pass) failed++;
      console.log(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${cell(c.value)} (target ${c.target})`);
    }
  }
  return failed;
}

/**
 * `npm run eval [-- NAME...]`: scores the development set (the project's gold articles and the
 * seed), then the held-out set, with the same suites.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2).map((s) => s.toLowerCase());
  const development = loadGold();
  const holdout = loadHoldout();
  const seed = development.filter((a) => a.set === 'seed').length;
  console.log(`development set: ${development.length - seed} articles${seed ? ' + the seed' : ' (no ../shared/seed here)'}; held-out set: ${holdout.length} articles`);
  let failed = await score('development', analyse(development), only, true);
  if (holdout.length) failed += await score('held-out', analyse(holdout), only, false);
  console.log(`\n${failed === 0 ? 'all checks pass' : `${failed} check(s) below target`}`);
}

await main();
