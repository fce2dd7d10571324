import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DossierError } from '../errors.js';
import { detectFormat } from './detect.js';
import { LIST_FORMATS, type ListFormat, type WatchEntry } from './entry.js';
import { parseFtm } from './ftm.js';
import { parseOfac } from './ofac.js';
import { parsePlainCsv } from './plain.js';
import { WatchlistStore, type ListInfo } from './store.js';
import { parseUnXml } from './un.js';

const MAX_BYTES = 1 << 30;

/** Reads a list file in any supported format (detected from its content unless given). */
export function readWatchlist(file: string, format?: string): { format: ListFormat; entries: WatchEntry[] } {
  if (format !== undefined && !LIST_FORMATS.includes(format as ListFormat)) {
    throw new DossierError('bad-argument', `unknown list format "${format}" (expected one of: ${LIST_FORMATS.join(', ')})`);
  }
  if (!existsSync(file)) throw new DossierError('not-found', `no such file: ${file}`);
  if (statSync(file).size > MAX_BYTES) throw new DossierError('too-large', `${file} is larger than 1 GB`);
  const text = readFileSync(file, 'utf8');
  const chosen = (format as ListFormat | undefined) ?? detectFormat(text.slice(0, 4096));
  if (!chosen) throw new DossierError('bad-format', `cannot tell the list format of ${file}; pass --format ${LIST_FORMATS.join('|')}`);
  const entries = parse(chosen, text, file);
  if (!entries.length) throw new DossierError('empty', `${file} holds no named entries as a ${chosen} list`);
  return { format: chosen, entries };
}

function parse(format: ListFormat, text: string, file: string): WatchEntry[] {
  switch (format) {
    case 'un':
      return parseUnXml(text);
    case 'ofac': {
      // OFAC publishes aliases in alt.csv beside sdn.csv.
      const alt = join(dirname(file), basename(file).replace(/sdn/i, 'alt'));
      const hasAlt = /sdn/i.test(basename(file)) && existsSync(alt);
      return parseOfac(text, hasAlt ? readFileSync(alt, 'utf8') : undefined);
    }
    case 'ftm':
      return parseFtm(text);
    case 'csv':
      return parsePlainCsv(text);
  }
}

/** Imports a list file into the store under `name`, replacing a list of that name. */
export function importWatchlist(file: string, opts: { name: string; format?: string; store?: string }): ListInfo {
  if (!/^[\w.-]{1,64}$/.test(opts.name)) throw new DossierError('bad-argument', `list name "${opts.name}" must be 1-64 letters, digits, dots, dashes or underscores`);
  const { format, entries } = readWatchlist(file, opts.format);
  const store = new WatchlistStore(opts.store);
  try {
    return store.save({ name: opts.name, format, source: file }, entries);
  } finally {
    store.close();
  }
}
