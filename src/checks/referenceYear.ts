import type { Flag } from '../dossier/contract.js';
import type { DocumentFact } from '../documents/facts.js';
import { isExplicit, shown } from './explicit.js';

/** Where a reference number carries its year, each with why. */
export const REFERENCE_YEARS: Array<{ match: RegExp; digits: 2 | 4; reason: string }> = [
  { match: /(?:^|[/\-.\s])((?:19|20)\d\d)(?=[/\-.\s]|$)/, digits: 4, reason: 'a four-digit year as one segment: "KM/LEG/2016-044", "2019/123"' },
  { match: /^[A-Z]*\d{2,}\s*\/\s*(\d{2})$/i, digits: 2, reason: 'a serial number over a two-digit year: "5710/09", "4407/12"' },
];

/** The year a reference carries, if any. */
export function referenceYear(normalized: string): number | null {
  for (const rule of REFERENCE_YEARS) {
    const m = rule.match.exec(normalized);
    if (!m) continue;
    const n = Number(m[1]);
    return rule.digits === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
  }
  return null;
}

/** A document whose number carries a year other than the year it is dated. */
export function findReferenceDateMismatches(facts: DocumentFact[]): Flag[] {
  const flags: Flag[] = [];
  for (const f of facts) {
    if (!f.date || !f.reference) continue;
    const year = referenceYear(f.reference.item.normalized);
    if (year === null) continue;
    const [first, last = first] = f.date.item.value.split('/').map((v) => Number(v.slice(0, 4)));
    if (year >= first && year <= last) continue;
    const ref = f.reference.item;
    flags.push({
      kind: 'reference-date-mismatch',
      severity: isExplicit(f.date.item) ? 'critical' : 'warning',
      message: `The ${f.lemma} numbered ${ref.normalized} carries the year ${year} but is dated ${shown(f.date.item)}.`,
      evidence: [{ start: ref.start, end: ref.end, text: ref.text }, f.date.item],
    });
  }
  return flags;
}
