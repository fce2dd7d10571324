import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DossierError } from '../errors.js';

/**
 * The folder holding the local store (watchlists, saved dossiers): `--store PATH`, else the
 * DOSSIER_STORE environment variable, else the user's data directory (XDG_DATA_HOME or
 * ~/.local/share, %APPDATA% on Windows, ~/Library/Application Support on macOS).
 */
export function storeDir(explicit?: string): string {
  const chosen = explicit ?? process.env.DOSSIER_STORE ?? join(dataHome(), 'dossier');
  try {
    mkdirSync(chosen, { recursive: true });
  } catch (err) {
    throw new DossierError('store', `cannot create the store folder ${chosen}: ${(err as Error).message.split('\n')[0]}`);
  }
  return chosen;
}

function dataHome(): string {
  if (process.env.XDG_DATA_HOME) return process.env.XDG_DATA_HOME;
  if (process.platform === 'win32' && process.env.APPDATA) return process.env.APPDATA;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return join(homedir(), '.local', 'share');
}

/** Path of one database file inside the store folder. */
export function storeFile(name: string, explicit?: string): string {
  return join(storeDir(explicit), name);
}
