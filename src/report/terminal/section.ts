import type { Dossier } from '../../dossier/contract.js';
import type { Style } from './style.js';

/** One part of the terminal report; returns no lines when it has nothing to show. */
export interface ReportSection {
  title: string;
  render(dossier: Dossier, s: Style): string[];
}

/** Shortens a text to one line of at most `max` characters. */
export function oneLine(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
