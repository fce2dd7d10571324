import type { Command } from 'commander';
import type { DocInit } from '../../doc/document.js';
import type { Dossier } from '../../dossier/contract.js';
import { describeError, DossierError } from '../../errors.js';
import { ingestFileParts, ingestParts, type Ingested } from '../../ingest/index.js';
import { closeWorker } from '../../ingest/sandbox.js';
import { expandInputs } from '../../ingest/walk.js';
import { analyzeText } from '../../pipeline/run.js';
import { renderReport } from '../../report/terminal/render.js';
import { styleFor } from '../../report/terminal/style.js';
import { readStdin } from '../input.js';
import { collect, parseIsoDay } from '../options.js';
import { Progress } from '../progress.js';

interface AnalyzeFlags {
  json?: boolean;
  jsonl?: boolean;
  published?: string;
  watchlist?: string[];
  store?: string;
}

/** Batches of at least this many files end with a summary of what was skipped. */
const SUMMARY_FROM = 10;

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('read files or directories (or - for standard input) into dossiers')
    .argument('<files...>', 'files or directories to analyse (directories recursively); - reads standard input')
    .option('--json', 'print the dossier as JSON (an array for several files)')
    .option('--jsonl', 'print one dossier per line, in input order')
    .option('--published <date>', 'publication date, YYYY-MM-DD', parseIsoDay)
    .option('--watchlist <name>', 'screen entities against a watchlist (repeatable)', collect)
    .option('--store <path>', 'the local store (default: the user data directory, or DOSSIER_STORE)')
    .action(async (files: string[], flags: AnalyzeFlags) => {
      try {
        process.exitCode = await analyzeFiles(files, flags);
      } finally {
        await closeWorker();
      }
    });
}

async function analyzeFiles(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  const { files, fromDirectory } = await expandInputs(inputs);
  if (!files.length) throw new DossierError('empty', `no files to analyse in ${inputs.join(', ')}`);
  const results: Dossier[] = [];
  const skipped = new Map<string, string[]>();
  let read = 0;
  const style = styleFor(process.stdout);
  const progress = new Progress(files.length);
  const emit = (doc: DocInit) => {
    const dossier = analyzeText(doc, { published: flags.published, watchlists: flags.watchlist, store: flags.store });
    if (flags.jsonl) process.stdout.write(`${JSON.stringify(dossier)}\n`);
    else if (flags.json) results.push(dossier);
    else process.stdout.write(`${renderReport(dossier, style)}\n`);
  };
  for (const file of files) {
    try {
      const { doc, parts } = await readParts(file);
      emit(doc);
      // Attachments are dossiers of their own, right after the message that carried them.
      for (const part of parts) emit(part);
      read++;
      progress.tick();
    } catch (err) {
      const code = err instanceof DossierError ? err.code : ((err as NodeJS.ErrnoException)?.code ?? 'error');
      skipped.set(code, [...(skipped.get(code) ?? []), file]);
      progress.tick(true);
      progress.note(`dossier: ${describeError(err)}`);
    }
  }
  progress.end();
  if (flags.json && !flags.jsonl && results.length) {
    const out = files.length === 1 && results.length === 1 ? results[0] : results;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  if (fromDirectory || files.length >= SUMMARY_FROM) process.stderr.write(summary(read, files.length, skipped));
  return read === 0 ? 1 : 0;
}

function readParts(file: string): Promise<Ingested> {
  return file === '-' ? readStdin().then((bytes) => ingestParts(bytes, null)) : ingestFileParts(file);
}

/** Why files were skipped, by reason: what a batch run ends with. */
const REASONS: Record<string, string> = {
  empty: 'empty or without text',
  binary: 'binary data in no supported format',
  unsupported: 'unsupported format',
  'bad-format': 'damaged or unreadable',
  'too-large': 'too large',
  timeout: 'took too long',
  'missing-tool': 'a program it needs is not installed',
  ENOENT: 'not found',
  EACCES: 'permission denied',
};

function summary(read: number, total: number, skipped: Map<string, string[]>): string {
  const lines = [`dossier: read ${read} of ${total} files${skipped.size ? `; skipped ${total - read}:` : ''}`];
  for (const [code, files] of [...skipped].sort((a, b) => b[1].length - a[1].length)) {
    const examples = files.slice(0, 3).join(', ') + (files.length > 3 ? ', ...' : '');
    lines.push(`dossier:   ${files.length} ${REASONS[code] ?? code} (${examples})`);
  }
  return `${lines.join('\n')}\n`;
}
