import type { Command } from 'commander';
import { describeError } from '../../errors.js';
import { importWatchlist } from '../../watchlists/import.js';
import { WatchlistStore } from '../../watchlists/store.js';

interface ImportFlags {
  format?: string;
  name: string;
  store?: string;
}

export function registerWatchlist(program: Command): void {
  const cmd = program.command('watchlist').description('import and list sanctions lists in the local store');
  cmd
    .command('import')
    .description('import a list file (UN XML, OFAC sdn.csv with alt.csv beside it, FollowTheMoney JSON lines, or CSV name,aliases,id)')
    .argument('<file>', 'the list file')
    .requiredOption('--name <name>', 'the name to save the list under (replaces a list of that name)')
    .option('--format <format>', 'un, ofac, ftm or csv (default: judged from the content)')
    .option('--store <path>', 'the local store (default: the user data directory, or DOSSIER_STORE)')
    .action((file: string, flags: ImportFlags) => {
      run(() => {
        const info = importWatchlist(file, { name: flags.name, format: flags.format, store: flags.store });
        process.stdout.write(`imported ${info.entries} entries into "${info.name}" (${info.format}) from ${info.source}\n`);
      });
    });
  cmd
    .command('list')
    .description('the lists in the store')
    .option('--store <path>', 'the local store (default: the user data directory, or DOSSIER_STORE)')
    .option('--json', 'print as JSON')
    .action((flags: { store?: string; json?: boolean }) => {
      run(() => {
        const store = new WatchlistStore(flags.store);
        const lists = store.lists();
        store.close();
        if (flags.json) process.stdout.write(`${JSON.stringify(lists, null, 2)}\n`);
        else if (!lists.length) process.stdout.write('no watchlists yet; import one with: dossier watchlist import FILE --name NAME\n');
        else for (const l of lists) process.stdout.write(`${l.name.padEnd(16)} ${String(l.entries).padStart(7)} entries  ${l.format.padEnd(5)} ${l.importedAt.slice(0, 19)}  ${l.source}\n`);
      });
    });
}

function run(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    process.stderr.write(`dossier: ${describeError(err)}\n`);
    process.exitCode = 1;
  }
}
