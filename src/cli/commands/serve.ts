import { InvalidArgumentError, type Command } from 'commander';

interface ServeFlags {
  port: number;
  host: string;
  store?: string;
  token?: string;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`expected a port number 0-65535, got "${value}"`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the workbench: the web app and its JSON API (loopback only unless a token is given)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, 4780)
    .option('--host <address>', 'address to bind; anything but loopback needs --token', '127.0.0.1')
    .option('--store <path>', 'the local store (default: the user data directory, or DOSSIER_STORE)')
    .option('--token <token>', 'require Authorization: Bearer <token> on every API call (default: DOSSIER_TOKEN)')
    .action(async (flags: ServeFlags) => {
      const token = flags.token ?? (process.env.DOSSIER_TOKEN || undefined);
      // Loaded here so other commands start without the HTTP server and the database driver.
      const { startServer } = await import('../../server/start.js');
      const server = await startServer({ host: flags.host, port: flags.port, storePath: flags.store, token });
      process.stdout.write(`dossier workbench at ${server.url}\n`);
      if (token) process.stdout.write('API calls need Authorization: Bearer <token>; the page asks for it once.\n');
      process.stdout.write('Press Ctrl+C to stop.\n');
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
