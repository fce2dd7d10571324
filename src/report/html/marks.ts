import type { Dossier, Entity, EntityType } from '../../dossier/contract.js';
import { percent } from './findings.js';

/** The highlight layers, in the order of the legend. */
export type LayerName = 'entity' | 'date' | 'reference' | 'quote' | 'claim' | 'technique' | 'flag';

export const LAYERS: Array<{ name: LayerName; title: string; hint: string }> = [
  { name: 'entity', title: 'Entities', hint: 'people, organizations, places: shaded by type' },
  { name: 'date', title: 'Dates', hint: 'dates and periods, with their ISO value' },
  { name: 'reference', title: 'References', hint: 'document, case and registration numbers' },
  { name: 'quote', title: 'Quotes', hint: 'direct quotations, with the speaker' },
  { name: 'claim', title: 'Claims', hint: 'check-worthy assertions, with their source' },
  { name: 'technique', title: 'Techniques', hint: 'persuasion techniques' },
  { name: 'flag', title: 'Flags', hint: 'evidence of something to check' },
];

export const ENTITY_TYPES: Array<{ type: EntityType; title: string }> = [
  { type: 'person', title: 'Person' },
  { type: 'organization', title: 'Organization' },
  { type: 'location', title: 'Place' },
  { type: 'facility', title: 'Facility' },
  { type: 'other', title: 'Other' },
];

/** One highlighted span and what it means. */
export interface Mark {
  start: number;
  end: number;
  layer: LayerName;
  /** Sub-kind for styling: the entity type, the flag severity. */
  kind: string;
  /** Short name of the finding ("Person", "Date 2016-03-12"). */
  label: string;
  /** One line of explanation shown on hover or focus. */
  detail: string;
  /** The finding it belongs to (entity id, claim id, "flag-3"), for selection. */
  ref: string;
}

/** A class-name-safe form of an id taken from the data. */
export function refClass(ref: string): string {
  return `r-${ref.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function entityDetail(e: Entity): string {
  const others = e.aliases.filter((a) => a !== e.name);
  const aka = others.length ? `; also ${others.join(', ')}` : '';
  return `${e.name}: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}${aka}`;
}

/** Every highlight of a dossier; spans outside the text are dropped. */
export function marksOf(d: Dossier): Mark[] {
  const length = d.document.text.length;
  const marks: Mark[] = [];
  const add = (m: Mark) => {
    if (Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= length && m.start < m.end) marks.push(m);
  };
  const typeTitle = new Map(ENTITY_TYPES.map((t) => [t.type, t.title]));
  const names = new Map((d.entities ?? []).map((e) => [e.id, e.name]));
  for (const e of d.entities ?? []) {
    for (const m of e.mentions) {
      add({ ...m, layer: 'entity', kind: e.type, label: typeTitle.get(e.type) ?? e.type, detail: entityDetail(e), ref: e.id });
    }
  }
  for (const x of d.dates ?? []) {
    const anchor = x.anchor === 'publication' ? ', resolved against the publication date' : '';
    add({ ...x, layer: 'date', kind: x.precision, label: `Date ${x.value}`, detail: `${x.precision}${anchor}`, ref: '' });
  }
  for (const r of d.references ?? []) {
    add({ ...r, layer: 'reference', kind: r.kind, label: `Reference ${r.normalized}`, detail: r.kind.replace(/-/g, ' '), ref: '' });
  }
  for (const q of d.quotes ?? []) {
    const who = q.speaker ? names.get(q.speaker) ?? q.speakerText : q.speakerText;
    add({ ...q, layer: 'quote', kind: 'quote', label: 'Quote', detail: who ? `said by ${who}` : 'speaker not identified', ref: '' });
  }
  for (const c of d.claims ?? []) {
    const source = c.source.text ? `${c.source.kind.replace(/-/g, ' ')}: ${c.source.text}` : c.source.kind.replace(/-/g, ' ');
    const hedges = c.hedges.length ? `; hedged: ${c.hedges.join(', ')}` : '';
    add({ ...c, layer: 'claim', kind: c.source.kind, label: `Claim (${percent(c.checkworthiness)} check-worthy)`, detail: `source ${source}${hedges}`, ref: c.id });
  }
  for (const t of d.techniques ?? []) {
    add({ ...t, layer: 'technique', kind: 'technique', label: t.label.replace(/_/g, ' '), detail: `${t.explanation} (${percent(t.confidence)})`, ref: '' });
  }
  (d.flags ?? []).forEach((f, i) => {
    for (const ev of f.evidence) {
      add({ ...ev, layer: 'flag', kind: f.severity, label: `${f.severity}: ${f.kind}`, detail: f.message, ref: `flag-${i}` });
    }
  });
  return marks;
}
