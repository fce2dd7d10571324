import { spawn } from 'node:child_process';
import { DossierError } from '../errors.js';

/** How to install each external program, for the one-line message when it is missing. */
const INSTALL: Record<string, string> = {
  tesseract: 'install tesseract-ocr (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-ara)',
  pdftoppm: 'install poppler-utils (Debian/Ubuntu: apt install poppler-utils)',
};

export interface ToolRun {
  input?: Uint8Array;
  timeoutMs: number;
  /** Output beyond this many bytes stops the program. */
  maxOutput?: number;
  /** What the program is being run for, for messages. */
  purpose: string;
}

/** Runs an external program with a time and output bound; resolves to its standard output. */
export function runTool(cmd: string, args: string[], opts: ToolRun): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let size = 0;
    let err = '';
    let failure: Error | null = null;
    const stop = (e: Error) => {
      failure ??= e;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(new DossierError('timeout', `${opts.purpose}: ${cmd} took longer than ${opts.timeoutMs / 1000} s`)), opts.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (opts.maxOutput && size > opts.maxOutput) stop(new DossierError('too-large', `${opts.purpose}: ${cmd} output is over ${opts.maxOutput} bytes`));
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 4000) err += chunk.toString();
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (e.code === 'ENOENT') reject(new DossierError('missing-tool', `${opts.purpose}: ${cmd} is not installed; ${INSTALL[cmd] ?? `install ${cmd}`}`));
      else reject(new DossierError('unreadable', `${opts.purpose}: cannot run ${cmd} (${e.message})`));
    });
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) return reject(failure);
      if (code !== 0) {
        const why = err.trim().split('\n').filter((l) => !/^(Estimating|Detected|Warning)/.test(l)).pop() ?? `exit code ${code}`;
        return reject(new DossierError('bad-format', `${opts.purpose}: ${cmd} failed (${why.slice(0, 200)})`));
      }
      resolve(Buffer.concat(out));
    });
    child.stdin.end(opts.input ? Buffer.from(opts.input) : undefined);
  });
}
