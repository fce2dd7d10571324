import { Doc } from '../doc/document.js';
import type { EntityType, Reference } from '../dossier/contract.js';
import { datesStage } from '../dates/stage.js';
import { segmentStage } from '../segment/stage.js';

/** Every occurrence of `form` in `text`. */
function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) out.push(i);
  return out;
}

/**
 * A document with dates read by the dates stage and the entity and reference layers filled in
 * by hand, so the checks can be tested apart from the recognisers that fill them.
 */
export function docWith(
  text: string,
  layers: { entities?: Array<{ type?: EntityType; forms: string[] }>; references?: string[]; published?: string } = {},
): Doc {
  const doc = new Doc({ text, published: layers.published ?? null });
  segmentStage.run(doc, {});
  datesStage.run(doc, {});
  doc.entities = (layers.entities ?? []).map((e, i) => ({
    id: `E${i + 1}`,
    type: e.type ?? 'person',
    name: e.forms[0],
    aliases: e.forms,
    mentions: e.forms
      .flatMap((f) => occurrences(text, f).map((at) => doc.span(at, at + f.length)))
      .filter((m, _, all) => !all.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start))
      .sort((a, b) => a.start - b.start),
    variants: [],
  }));
  doc.references = (layers.references ?? []).flatMap((r) =>
    occurrences(text, r).map((at): Reference => ({ ...doc.span(at, at + r.length), normalized: r.replace(/\s+/g, ''), kind: 'document-number' })),
  );
  return doc;
}
