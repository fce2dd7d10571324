import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DossierError, describeError } from '../../errors.js';
import { compareNames, MATCH_THRESHOLD } from '../../names/compare.js';
import type { NameKind } from '../../names/tokens.js';

interface MatchFlags {
  json?: boolean;
  pairs?: string;
  kind?: string;
}

export function registerMatch(program: Command): void {
  program
    .command('match')
    .description('compare two names: score 0..1, decision, and which words aligned by which rule')
    .argument('[names...]', 'two names, each quoted')
    .option('--pairs <file>', 'score every pair of a TSV file with header name_a<TAB>name_b (one JSON line per pair)')
    .option('--kind <kind>', 'person or organization (organisation names lose legal forms such as Ltd, AG)')
    .option('--json', 'print the comparison as JSON')
    .action((names: string[], flags: MatchFlags) => {
      try {
        const kind = parseKind(flags.kind);
        if (flags.pairs) matchPairs(flags.pairs, kind);
        else matchTwo(names, kind, flags.json ?? false);
      } catch (err) {
        process.stderr.write(`dossier: ${describeError(err)}\n`);
        process.exitCode = 1;
      }
    });
}

function parseKind(kind: string | undefined): NameKind | undefined {
  if (kind === undefined) return undefined;
  if (kind === 'person' || kind === 'organization') return kind;
  throw new DossierError('bad-argument', `--kind must be person or organization, not "${kind}"`);
}

function matchTwo(names: string[], kind: NameKind | undefined, json: boolean): void {
  if (names.length !== 2) throw new DossierError('bad-argument', 'match needs exactly two names (or --pairs FILE)');
  const [a, b] = names;
  const r = compareNames(a, b, { kind });
  if (json) {
    process.stdout.write(`${JSON.stringify({ name_a: a, name_b: b, ...r, threshold: MATCH_THRESHOLD })}\n`);
    return;
  }
  process.stdout.write(
    [
      `score ${r.score.toFixed(3)}  ${r.match ? 'MATCH' : 'NO MATCH'} (threshold ${MATCH_THRESHOLD})`,
      ...r.aligned.map((x) => `  ${x.a.padEnd(16)} ${x.b.padEnd(16)} ${x.how}`),
      `  ${r.explanation}`,
      '',
    ].join('\n'),
  );
}

function matchPairs(file: string, kind: NameKind | undefined): void {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const header = (lines.shift() ?? '').split('\t').map((h) => h.trim());
  const [ia, ib] = [header.indexOf('name_a'), header.indexOf('name_b')];
  if (ia < 0 || ib < 0) throw new DossierError('bad-format', `${file}: the first line must be a header with name_a<TAB>name_b`);
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    const [a, b] = [cols[ia], cols[ib]];
    if (a === undefined || b === undefined) throw new DossierError('bad-format', `${file} line ${n + 2}: expected name_a and name_b separated by a tab`);
    const r = compareNames(a, b, { kind });
    process.stdout.write(`${JSON.stringify({ name_a: a, name_b: b, score: r.score, match: r.match })}\n`);
  });
}
