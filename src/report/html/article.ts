import type { Dossier } from '../../dossier/contract.js';
import { esc } from './escape.js';
import { ENTITY_TYPES, LAYERS, marksOf, type Mark } from './marks.js';
import { segmentText } from './segments.js';

/** Classes of a highlighted segment; the web app uses the same names. */
export function markClasses(marks: Mark[], covering: number[]): string[] {
  const classes = new Set<string>();
  for (const i of covering) {
    const m = marks[i];
    classes.add(`l-${m.layer}`);
    classes.add(`k-${m.layer}-${m.kind.replace(/[^A-Za-z0-9_-]/g, '_')}`);
  }
  return [...classes];
}

/** The article text, escaped, with every finding highlighted and explained in a tooltip. */
export function articleHtml(d: Dossier): string {
  const text = d.document.text;
  const marks = marksOf(d);
  const parts: string[] = [];
  for (const seg of segmentText(text.length, marks)) {
    const chunk = esc(text.slice(seg.start, seg.end));
    if (seg.marks.length === 0) {
      parts.push(chunk);
      continue;
    }
    const title = seg.marks.map((i) => `${marks[i].label}: ${marks[i].detail}`).join('\n');
    parts.push(`<mark class="${markClasses(marks, seg.marks).join(' ')}" title="${esc(title)}">${chunk}</mark>`);
  }
  return `<div class="article">${parts.join('')}</div>`;
}

export function legendHtml(): string {
  const entityKeys = ENTITY_TYPES.map((t) => `<span class="l-entity k-entity-${t.type}">${esc(t.title)}</span>`);
  const others = LAYERS.filter((l) => l.name !== 'entity').map((l) => `<span class="l-${l.name} k-${l.name}-warning">${esc(l.title)}</span>`);
  return `<p class="legend" aria-label="Legend">${[...entityKeys, ...others].join('')}</p>`;
}
