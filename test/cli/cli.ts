import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
const ENTRY = join(ROOT, 'dist', 'cli', 'main.js');
const LOCK = join(ROOT, 'dist', '.cli-test-build.lock');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/dossier.js ...args` from the project folder, with optional standard input. */
export function dossier(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier.js'), ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Compiles the command when dist/ is missing or older than the sources (one test file at a time). */
export function ensureBuilt(): void {
  if (!stale()) return;
  for (;;) {
    try {
      mkdirSync(LOCK, { recursive: false });
      break;
    } catch {
      if (!existsSync(LOCK)) continue;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      if (!stale()) return;
    }
  }
  try {
    if (!stale()) return;
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
    // tsc still emits when another module has a type error; only a missing entry stops the tests.
    if (!existsSync(ENTRY)) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
  } finally {
    rmdirSync(LOCK);
  }
}

function stale(): boolean {
  if (!existsSync(ENTRY)) return true;
  const built = statSync(ENTRY).mtimeMs;
  return newest(join(ROOT, 'src')) > built;
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}
