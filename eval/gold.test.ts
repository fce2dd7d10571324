import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TECHNIQUE_LABELS } from '../src/dossier/contract.js';
import { GOLD_DIR, loadGold, loadHoldout, type GoldArticle } from './gold.js';

const LABELS = new Set<string>(TECHNIQUE_LABELS);
const FLAG_KINDS = new Set([
  'name-variant',
  'anonymous-source',
  'unsourced-claim',
  'reference-date-mismatch',
  'anachronism',
  'after-death',
  'contradiction',
]);
const DATE_KINDS = ['reference-date-mismatch', 'anachronism', 'after-death', 'contradiction'];
const SOURCE_KINDS = new Set(['named-person', 'named-organization', 'anonymous', 'document', 'author', 'unattributed']);
const ENTITY_TYPES = new Set(['person', 'organization', 'location', 'facility', 'other']);
const ISO_POINT = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function isIsoPoint(value: string): boolean {
  if (!ISO_POINT.test(value)) return false;
  if (value.length < 10) return true;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function isIsoValue(value: string): boolean {
  const parts = value.split('/');
  if (parts.length === 1) return isIsoPoint(value);
  return parts.length === 2 && parts.every(isIsoPoint) && parts[0] <= parts[1];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every string the annotation says is in the text, with what it is, for one readable failure list. */
function verbatimStrings(a: GoldArticle): Array<[string, string]> {
  return [
    ...a.entities.flatMap((e) => e.forms.map((f): [string, string] => ['form', f])),
    ...(a.optional_forms ?? []).map((f): [string, string] => ['optional form', f]),
    ...(a.dates ?? []).map((d): [string, string] => ['date', d.text]),
    ...(a.sources ?? []).map((s): [string, string] => ['source', s.text]),
    ...(a.techniques ?? []).map((t): [string, string] => ['technique', t.text]),
    ...(a.quotes ?? []).map((q): [string, string] => ['quote', q.text]),
  ];
}

const all = [...loadGold(), ...loadHoldout()];
const gold = all.filter((a) => a.set === 'gold');

describe('gold annotations', () => {
  it('has the project set beside the loader', () => {
    expect(existsSync(GOLD_DIR)).toBe(true);
    expect(gold.length).toBeGreaterThanOrEqual(16);
  });

  it('gives every article a unique id and a file named after it', () => {
    const ids = all.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of gold) {
      expect(a.file, a.id).toMatch(/^\d{3}_[a-z0-9_-]+\.txt$/);
      expect(existsSync(join(GOLD_DIR, a.file)), a.file).toBe(true);
      expect(a.file.startsWith(a.id), a.id).toBe(true);
    }
  });

  it('keeps gold articles between 400 and 1,200 words', () => {
    for (const a of gold) {
      const n = wordCount(a.text);
      expect(n >= 400 && n <= 1200, `${a.id}: ${n} words`).toBe(true);
    }
  });

  it.each(all.map((a) => [a.id, a] as const))('%s: every annotated string occurs verbatim', (_id, a) => {
    const missing = verbatimStrings(a)
      .filter(([, s]) => s.length === 0 || !a.text.includes(s))
      .map(([what, s]) => `${what}: ${JSON.stringify(s)}`);
    expect(missing).toEqual([]);
  });

  it.each(all.map((a) => [a.id, a] as const))('%s: values, labels, kinds and types are known', (_id, a) => {
    const problems: string[] = [];
    if (a.published !== null && !isIsoPoint(a.published)) problems.push(`published ${a.published}`);
    if (a.published === null && (!a.published_not_before || !isIsoPoint(a.published_not_before)))
      problems.push('published is null without a valid published_not_before');
    for (const d of a.dates ?? []) if (!isIsoValue(d.value)) problems.push(`date value ${d.value} (${d.text})`);
    for (const e of a.entities) {
      if (!ENTITY_TYPES.has(e.type)) problems.push(`entity type ${e.type}`);
      for (const t of e.alt_types ?? []) if (!ENTITY_TYPES.has(t)) problems.push(`alt type ${t}`);
      if (e.forms.length === 0) problems.push('entity without forms');
    }
    for (const t of a.techniques ?? []) {
      if (!LABELS.has(t.label)) problems.push(`label ${t.label}`);
      for (const l of t.alt_labels ?? []) if (!LABELS.has(l)) problems.push(`alt label ${l}`);
    }
    for (const s of a.sources ?? []) if (!SOURCE_KINDS.has(s.kind)) problems.push(`source kind ${s.kind}`);
    for (const f of [...(a.flags ?? []), ...(a.noflags ?? [])]) if (!FLAG_KINDS.has(f)) problems.push(`flag ${f}`);
    for (const f of a.flags ?? []) if ((a.noflags ?? []).includes(f)) problems.push(`flag ${f} in flags and noflags`);
    for (const r of a.references ?? []) if (/\s/.test(r)) problems.push(`reference not normalised: ${r}`);
    expect(problems).toEqual([]);
  });

  it.each(all.map((a) => [a.id, a] as const))('%s: references occur in the text once spacing is removed', (_id, a) => {
    const squeezed = a.text.replace(/\s+/g, '');
    expect((a.references ?? []).filter((r) => !squeezed.includes(r))).toEqual([]);
  });

  it.each(all.map((a) => [a.id, a] as const))('%s: each form belongs to one entity only', (_id, a) => {
    const seen = new Map<string, number>();
    const clashes: string[] = [];
    a.entities.forEach((e, i) =>
      e.forms.forEach((f) => {
        if (seen.has(f) && seen.get(f) !== i) clashes.push(f);
        seen.set(f, i);
      }),
    );
    const optionalClashes = (a.optional_forms ?? []).filter((f) => seen.has(f));
    expect([...clashes, ...optionalClashes]).toEqual([]);
  });

  it.each(gold.map((a) => [a.id, a] as const))('%s: quote speakers are forms of an entity', (_id, a) => {
    const forms = new Set(a.entities.flatMap((e) => e.forms));
    const unknown = (a.quotes ?? []).filter((q) => q.speaker !== null && !forms.has(q.speaker)).map((q) => q.speaker);
    expect(unknown).toEqual([]);
  });

  it('keeps neutral articles free of techniques and planted date problems', () => {
    for (const a of gold.filter((g) => g.neutral)) {
      expect(a.techniques ?? [], a.id).toEqual([]);
      expect(DATE_KINDS.filter((k) => !(a.noflags ?? []).includes(k)), a.id).toEqual([]);
    }
  });

  it('covers the genres, neutral texts and every kind of date problem the set promises', () => {
    expect(gold.filter((a) => a.neutral).length).toBeGreaterThanOrEqual(4);
    expect(new Set(gold.map((a) => a.genre)).size).toBeGreaterThanOrEqual(12);
    for (const kind of DATE_KINDS) {
      const planted = gold.filter((a) => (a.flags ?? []).includes(kind)).length;
      expect(planted, kind).toBeGreaterThanOrEqual(2);
    }
    expect(gold.filter((a) => DATE_KINDS.some((k) => (a.flags ?? []).includes(k))).length).toBeGreaterThanOrEqual(6);
  });
});
