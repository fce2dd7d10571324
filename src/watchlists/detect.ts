import type { ListFormat } from './entry.js';
import { parseCsv } from './csv.js';
import { looksLikeSdn } from './ofac.js';
import { looksLikePlainCsv } from './plain.js';

/** The list format judged from the first bytes of a file, or null when nothing fits. */
export function detectFormat(head: string): ListFormat | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return /<CONSOLIDATED_LIST[\s>]/.test(text) ? 'un' : null;
  if (text.startsWith('{')) return /"schema"\s*:/.test(text) ? 'ftm' : null;
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (looksLikePlainCsv(firstLine)) return 'csv';
  const row = parseCsv(firstLine)[0];
  if (row && looksLikeSdn(row)) return 'ofac';
  return null;
}
