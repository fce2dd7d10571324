import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SCHEMA, type Dossier } from '../../dossier/contract.js';
import { DossierError } from '../../errors.js';
import { analyzeText } from '../../pipeline/run.js';
import { renderHtml } from '../../report/html/render.js';
import { renderMarkdown } from '../../report/markdown/render.js';
import { readInput } from '../input.js';
import { collect, parseIsoDay } from '../options.js';

interface ReportFlags {
  html?: string;
  md?: string;
  published?: string;
  watchlist?: string[];
  store?: string;
}

/** A saved dossier JSON is read as is; anything else is analysed first. */
async function loadDossier(file: string, flags: ReportFlags): Promise<Dossier> {
  if (file !== '-' && /\.json$/i.test(file)) {
    const raw = await readFile(file, 'utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    const candidate = parsed && typeof parsed === 'object' && 'dossier' in parsed ? (parsed as { dossier: unknown }).dossier : parsed;
    if (candidate && typeof candidate === 'object' && (candidate as Dossier).schema === SCHEMA) {
      const d = candidate as Dossier;
      if (typeof d.document?.text !== 'string') throw new DossierError('bad-format', `${file}: the dossier has no document text`);
      return d;
    }
  }
  const input = await readInput(file);
  return analyzeText(input, { published: flags.published, watchlists: flags.watchlist, store: flags.store });
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write a report for an editor: self-contained HTML and/or Markdown')
    .argument('<file>', 'an article in any readable format, or a saved dossier JSON (schema dossier/1); - reads standard input')
    .option('--html <out>', 'write a self-contained, print-friendly HTML report')
    .option('--md <out>', 'write a Markdown report')
    .option('--published <date>', 'publication date, YYYY-MM-DD', parseIsoDay)
    .option('--watchlist <name>', 'screen entities against a watchlist (repeatable)', collect)
    .option('--store <path>', 'the local store (default: the user data directory, or DOSSIER_STORE)')
    .action(async (file: string, flags: ReportFlags) => {
      if (!flags.html && !flags.md) throw new DossierError('bad-argument', 'give --html OUT.html and/or --md OUT.md');
      const dossier = await loadDossier(file, flags);
      if (flags.html) {
        await writeFile(flags.html, renderHtml(dossier));
        process.stdout.write(`wrote ${flags.html}\n`);
      }
      if (flags.md) {
        await writeFile(flags.md, renderMarkdown(dossier));
        process.stdout.write(`wrote ${flags.md}\n`);
      }
    });
}
