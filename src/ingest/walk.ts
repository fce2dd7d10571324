import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Folders never worth reading in a leak. */
const SKIP_DIRS = new Set(['.git', '.svn', '.hg', 'node_modules', '__MACOSX']);

/**
 * Expands the command line into files: a directory gives every file under it (sorted, symbolic
 * links not followed, hidden files and version-control folders left out); `-` and files stay as given.
 */
export async function expandInputs(inputs: string[]): Promise<{ files: string[]; fromDirectory: boolean }> {
  const files: string[] = [];
  let fromDirectory = false;
  for (const input of inputs) {
    const info = input === '-' ? null : await lstat(input).catch(() => null);
    if (info?.isDirectory()) {
      fromDirectory = true;
      await walk(input, files);
    } else files.push(input);
  }
  return { files, fromDirectory };
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile()) out.push(path);
  }
}
