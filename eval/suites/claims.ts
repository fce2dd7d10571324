import { overlaps } from '../../src/doc/span.js';
import type { Dossier } from '../../src/dossier/contract.js';
import type { GoldArticle } from '../gold.js';
import { check, type EvalSuite, type Row } from '../suite.js';
import { ratio } from '../forms.js';

interface Range {
  start: number;
  end: number;
}

/** Every place a gold text occurs in the article (exact first, then ignoring case and quote style). */
export function occurrences(text: string, needle: string): Range[] {
  const find = (hay: string, n: string) => {
    const out: Range[] = [];
    if (!n) return out;
    for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) out.push({ start: i, end: i + n.length });
    return out;
  };
  const exact = find(text, needle);
  if (exact.length) return exact;
  const fold = (s: string) => s.toLowerCase().replace(/[\u201C\u201D\u00AB\u00BB]/g, '"').replace(/[\u2018\u2019]/g, "'");
  return find(fold(text), fold(needle));
}

export interface ClaimCounts {
  sources: number;
  sourcesRight: number;
  sourcesFound: number;
  techniques: number;
  techniquesFound: number;
  predicted: number;
  words: number;
}

/** Compares one dossier with its gold sources and techniques. */
export function countClaims(article: GoldArticle, d: Dossier): ClaimCounts {
  const text = d.document.text;
  const spans = d.claims.flatMap((c) => (c.source.start !== null && c.source.end !== null ? [{ start: c.source.start, end: c.source.end, kind: c.source.kind }] : []));
  let sourcesRight = 0;
  let sourcesFound = 0;
  for (const g of article.sources ?? []) {
    const hits = occurrences(text, g.text).flatMap((o) => spans.filter((s) => overlaps(s, o)));
    if (hits.length) sourcesFound++;
    if (hits.some((s) => s.kind === g.kind)) sourcesRight++;
  }
  let techniquesFound = 0;
  for (const g of article.techniques ?? []) {
    const labels = new Set([g.label, ...(g.alt_labels ?? [])]);
    const places = occurrences(text, g.text);
    if (d.techniques.some((t) => labels.has(t.label) && places.some((o) => overlaps(t, o)))) techniquesFound++;
  }
  return {
    sources: article.sources?.length ?? 0,
    sourcesRight,
    sourcesFound,
    techniques: article.techniques?.length ?? 0,
    techniquesFound,
    predicted: d.techniques.length,
    words: (text.match(/\p{L}+/gu) ?? []).length,
  };
}

const per1000 = (n: number, words: number) => (words ? (n * 1000) / words : NaN);

/** Source kinds against the gold sources, technique recall, and techniques found in neutral texts. */
export const claimsSuite: EvalSuite = {
  name: 'claims, sources and techniques',
  run(scored) {
    const rows: Row[] = [];
    const total = { sources: 0, right: 0, found: 0, techniques: 0, techFound: 0, neutralTech: 0, neutralWords: 0 };
    for (const { article, dossier } of scored) {
      const c = countClaims(article, dossier);
      total.sources += c.sources;
      total.right += c.sourcesRight;
      total.found += c.sourcesFound;
      total.techniques += c.techniques;
      total.techFound += c.techniquesFound;
      if (article.neutral) {
        total.neutralTech += c.predicted;
        total.neutralWords += c.words;
      }
      rows.push({
        name: article.id,
        values: {
          claims: dossier.claims.length,
          sources: c.sources,
          'kind ok': c.sourcesRight,
          'source acc': ratio(c.sourcesRight, c.sources),
          'gold tech': c.techniques,
          'tech recall': ratio(c.techniquesFound, c.techniques),
          predicted: c.predicted,
          'neutral /1k': article.neutral ? per1000(c.predicted, c.words) : '',
        },
      });
    }
    const accuracy = ratio(total.right, total.sources);
    const recall = ratio(total.techFound, total.techniques);
    const neutral = total.neutralWords ? per1000(total.neutralTech, total.neutralWords) : 0;
    rows.push({
      name: 'overall',
      values: { sources: total.sources, 'kind ok': total.right, 'source acc': accuracy, 'gold tech': total.techniques, 'tech recall': recall, 'neutral /1k': neutral },
    });
    return {
      rows,
      checks: [
        check('source-kind accuracy', accuracy, '>=', 0.85),
        check('technique recall', recall, '>=', 0.6),
        check('techniques per 1,000 words in neutral texts', neutral, '<=', 1),
      ],
      notes: [`gold sources overlapped by some claim source (any kind): ${total.found}/${total.sources}`],
    };
  },
};
