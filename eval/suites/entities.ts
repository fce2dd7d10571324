import { f1, normForm, normReference, ratio } from '../forms.js';
import { check, type Check, type EvalSuite, type Row, type Scored } from '../suite.js';

const NAMED_TYPES = new Set(['person', 'organization', 'location', 'facility']);

interface Counts {
  forms: number;
  formsFound: number;
  pairTp: number;
  pairFp: number;
  pairFn: number;
  entities: number;
  spurious: number;
  refs: number;
  refsFound: number;
}

/** Scores one article: form recall, alias pairs, spurious entities, references. */
export function countEntities({ article, dossier }: Scored): Counts {
  const goldOf = new Map<string, number>(); // form -> gold entity index
  article.entities.forEach((e, i) => e.forms.forEach((f) => goldOf.set(normForm(f), i)));
  const known = new Set([...goldOf.keys(), ...(article.optional_forms ?? []).map(normForm)]);
  const predicted = dossier.entities.map((e) => new Set([...e.aliases, e.name, ...e.mentions.map((m) => m.text)].map(normForm)));
  const anywhere = new Set(predicted.flatMap((s) => [...s]));

  const c: Counts = { forms: goldOf.size, formsFound: 0, pairTp: 0, pairFp: 0, pairFn: 0, entities: 0, spurious: 0, refs: 0, refsFound: 0 };
  for (const form of goldOf.keys()) if (anywhere.has(form)) c.formsFound++;

  const together = new Set<string>();
  for (const forms of predicted) {
    const gold = [...forms].filter((f) => goldOf.has(f));
    for (let i = 0; i < gold.length; i++) {
      for (let j = i + 1; j < gold.length; j++) {
        if (goldOf.get(gold[i]) === goldOf.get(gold[j])) together.add([gold[i], gold[j]].sort().join('\u0000'));
        else c.pairFp++;
      }
    }
  }
  for (const e of article.entities) {
    const forms = [...new Set(e.forms.map(normForm))];
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        if (together.has([forms[i], forms[j]].sort().join('\u0000'))) c.pairTp++;
        else c.pairFn++;
      }
    }
  }
  dossier.entities.forEach((e, i) => {
    if (!NAMED_TYPES.has(e.type)) return;
    c.entities++;
    if (![...predicted[i]].some((f) => known.has(f))) c.spurious++;
  });
  const refs = new Set(dossier.references.map((r) => normReference(r.normalized)));
  for (const r of article.references ?? []) {
    c.refs++;
    if (refs.has(normReference(r))) c.refsFound++;
  }
  return c;
}

function figures(c: Counts): Record<string, number> {
  const p = ratio(c.pairTp, c.pairTp + c.pairFp);
  const r = ratio(c.pairTp, c.pairTp + c.pairFn);
  return {
    'form recall': ratio(c.formsFound, c.forms),
    'alias P': p,
    'alias R': r,
    'alias F1': c.pairTp + c.pairFp + c.pairFn === 0 ? NaN : f1(Number.isNaN(p) ? 0 : p, Number.isNaN(r) ? 0 : r),
    'spurious': ratio(c.spurious, c.entities),
    'entities': c.entities,
    'ref recall': ratio(c.refsFound, c.refs),
  };
}

function add(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(b) as Array<keyof Counts>) out[k] += b[k];
  return out;
}

const ZERO: Counts = { forms: 0, formsFound: 0, pairTp: 0, pairFp: 0, pairFn: 0, entities: 0, spurious: 0, refs: 0, refsFound: 0 };

export const entitiesSuite: EvalSuite = {
  name: 'entities, aliases and references',
  run(scored) {
    const rows: Row[] = [];
    const checks: Check[] = [];
    let gold = ZERO;
    for (const s of scored) {
      const c = countEntities(s);
      rows.push({ name: `${s.article.set}:${s.article.id}`, values: figures(c) });
      if (s.article.set !== 'seed') gold = add(gold, c);
      else {
        const f = figures(c);
        checks.push(
          check('seed entity form recall', f['form recall'], '>=', 0.9),
          check('seed alias-pair F1', f['alias F1'], '>=', 0.8),
          check('seed spurious entity share', f['spurious'], '<=', 0.15),
          check('seed references found', c.refsFound, '>=', c.refs),
        );
      }
    }
    const overall = figures(gold);
    rows.push({ name: 'overall', values: overall });
    checks.push(
      check('entity form recall', overall['form recall'], '>=', 0.85),
      check('alias-pair F1', overall['alias F1'], '>=', 0.8),
    );
    return { rows, checks };
  },
};
