import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { segmentStage } from '../segment/stage.js';
import { entitiesStage, mentionsStage } from './stage.js';

function analyse(text: string): Doc {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  mentionsStage.run(doc, {});
  entitiesStage.run(doc, {});
  return doc;
}

describe('entity offsets', () => {
  const text =
    '\u201cWe never met,\u201d said Se\u0301gole\u0300ne Darrieux\u2019s lawyer in Lyon.\r\n' +
    'Darrieux, alias \u00ab\u00a0La Comtesse\u00a0\u00bb, ran Rhône Freight SA from the Port of Marseille.';

  it('points every mention and entity span at the original text', () => {
    const doc = analyse(text);
    expect(doc.mentions.length).toBeGreaterThan(3);
    for (const m of doc.mentions) expect(m.text).toBe(doc.text.slice(m.start, m.end));
    for (const e of doc.entities) for (const s of e.mentions) expect(s.text).toBe(doc.text.slice(s.start, s.end));
    for (const f of doc.flags) for (const s of f.evidence) expect(s.text).toBe(doc.text.slice(s.start, s.end));
  });

  it('gives aliases without quotes and with composed accents', () => {
    const doc = analyse(text);
    const person = doc.entities.find((e) => e.aliases.includes('La Comtesse'));
    expect(person?.aliases).toContain('Darrieux');
    expect(doc.entities.flatMap((e) => e.aliases)).toContain('Ségolène Darrieux');
  });

  it('numbers entities in order of first mention', () => {
    const doc = analyse(text);
    const firsts = doc.entities.map((e) => e.mentions[0].start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(doc.entities.map((e) => e.id)).toEqual(doc.entities.map((_, i) => `E${i + 1}`));
  });
});

describe('mentions', () => {
  it('never overlap and come in text order', () => {
    const doc = analyse(
      'The Nairobi-based Kestrel Medical Supplies Ltd. paid Dr. Amina Chepkoech at the Zintara oil complex. ' +
        'Toza Suv (Clean Water) and the Authority for Coastal Waters (ACOW) objected in St. Agnes Mission Hospital.',
    );
    for (let i = 1; i < doc.mentions.length; i++) expect(doc.mentions[i].start).toBeGreaterThanOrEqual(doc.mentions[i - 1].end);
  });
});
