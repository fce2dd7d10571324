import type { Command } from 'commander';
import type { Dossier } from '../../dossier/contract.js';
import { describeError } from '../../errors.js';
import { analyzeText } from '../../pipeline/run.js';
import { renderReport } from '../../report/terminal/render.js';
import { styleFor } from '../../report/terminal/style.js';
import { readInput } from '../input.js';
import { collect, parseIsoDay } from '../options.js';

interface AnalyzeFlags {
  json?: boolean;
  jsonl?: boolean;
  published?: string;
  watchlist?: string[];
  store?: string;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('read files (or - for standard input) into dossiers')
    .argument('<files...>', 'files to analyse; - reads standard input')
    .option('--json', 'print the dossier as JSON (an array for several files)')
    .option('--jsonl', 'print one dossier per line, in input order')
    .option('--published <date>', 'publication date, YYYY-MM-DD', parseIsoDay)
    .option('--watchlist <name>', 'screen entities against a watchlist (repeatable)', collect)
    .option('--store <path>', 'the local store (default: the user data directory, or DOSSIER_STORE)')
    .action(async (files: string[], flags: AnalyzeFlags) => {
      process.exitCode = await analyzeFiles(files, flags);
    });
}

async function analyzeFiles(files: string[], flags: AnalyzeFlags): Promise<number> {
  const results: Dossier[] = [];
  let failed = 0;
  const style = styleFor(process.stdout);
  for (const file of files) {
    try {
      const input = await readInput(file);
      const dossier = analyzeText(input, { published: flags.published, watchlists: flags.watchlist, store: flags.store });
      if (flags.jsonl) process.stdout.write(`${JSON.stringify(dossier)}\n`);
      else if (flags.json) results.push(dossier);
      else process.stdout.write(`${renderReport(dossier, style)}\n`);
    } catch (err) {
      failed++;
      process.stderr.write(`dossier: ${describeError(err)}\n`);
    }
  }
  if (flags.json && !flags.jsonl && results.length) {
    const out = files.length === 1 ? results[0] : results;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  return failed === files.length ? 1 : 0;
}
