import type { Command } from 'commander';
import { DossierError, describeError } from '../../errors.js';
import type { NameKind } from '../../names/tokens.js';
import { openScreener } from '../../screening/open.js';
import { WatchlistStore } from '../../watchlists/store.js';
import { collect } from '../options.js';

interface ScreenFlags {
  list?: string[];
  store?: string;
  json?: boolean;
  kind?: string;
  all?: boolean;
}

export function registerScreen(program: Command): void {
  program
    .command('screen')
    .description('screen a name against the watchlists in the store: ranked hits with the matched alias and why')
    .argument('<name>', 'the name to screen')
    .option('--list <name>', 'screen against this list only (repeatable; default: every list)', collect)
    .option('--kind <kind>', 'person or organization')
    .option('--all', 'also show near misses that do not pass the hit rules')
    .option('--store <path>', 'the local store (default: the user data directory, or DOSSIER_STORE)')
    .option('--json', 'print the results as JSON')
    .action((name: string, flags: ScreenFlags) => {
      try {
        screen(name, flags);
      } catch (err) {
        process.stderr.write(`dossier: ${describeError(err)}\n`);
        process.exitCode = 1;
      }
    });
}

function screen(name: string, flags: ScreenFlags): void {
  if (!name.trim()) throw new DossierError('bad-argument', 'the name to screen is empty');
  const kind = flags.kind as NameKind | undefined;
  if (kind !== undefined && kind !== 'person' && kind !== 'organization') throw new DossierError('bad-argument', `--kind must be person or organization, not "${flags.kind}"`);
  let lists = flags.list ?? [];
  if (!lists.length) {
    const store = new WatchlistStore(flags.store);
    lists = store.lists().map((l) => l.name);
    store.close();
    if (!lists.length) throw new DossierError('not-found', 'no watchlists in the store; import one with: dossier watchlist import FILE --name NAME');
  }
  const results = openScreener(lists, flags.store).screen(name, { kind }).filter((r) => flags.all || r.hit);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ query: name, hits: results }, null, 2)}\n`);
    return;
  }
  if (!results.length) {
    process.stdout.write(`no hit for "${name}" in ${lists.join(', ')}\n`);
    return;
  }
  results.forEach((r, i) => {
    const tag = r.hit ? 'HIT' : 'near miss';
    process.stdout.write(`${i + 1}. ${r.score.toFixed(3)} ${tag}  ${r.list} ${r.entryId}  ${r.entryName}${r.note ? `  (${r.note})` : ''}\n`);
    process.stdout.write(`   matched "${r.matchedName}": ${r.explanation}\n`);
  });
}
