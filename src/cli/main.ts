import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { describeError } from '../errors.js';
import { COMMANDS } from './commands/index.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Usage errors as one line: commander's "(Did you mean ...?)" hint joins the message. */
function oneLineError(str: string, write: (s: string) => void): void {
  write(`dossier: ${str.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`);
}

export function buildProgram(): Command {
  const program = new Command('dossier')
    .description('Offline verification workbench: reads articles and leaked files into evidence-linked dossiers.')
    .version(version(), '-V, --version')
    .configureOutput({ outputError: oneLineError })
    .exitOverride();
  for (const register of COMMANDS) register(program);
  program.commands.forEach((c) => c.exitOverride().configureOutput({ outputError: oneLineError }));
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`dossier: ${describeError(err)}\n`);
    process.exitCode = 1;
  }
}
