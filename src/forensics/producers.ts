import { readFileSync } from 'node:fs';

interface ProducerRule {
  match: string;
  product: string;
  released?: string;
  versions?: Record<string, string>;
  join?: string;
  source: string;
}

const RULES = (JSON.parse(readFileSync(new URL('../../data/forensics/producers.json', import.meta.url), 'utf8')) as { producers: ProducerRule[] }).producers.map(
  (r) => ({ ...r, re: new RegExp(r.match, 'i') }),
);

export interface ProducerRelease {
  product: string;
  version: string | null;
  /** YYYY-MM: the earliest this software can have written a file. */
  released: string;
  source: string;
}

/** The release date of the software a producer string names, when the table knows it. */
export function producerRelease(producer: string): ProducerRelease | null {
  for (const rule of RULES) {
    const m = rule.re.exec(producer);
    if (!m) continue;
    if (rule.released) return { product: rule.product, version: null, released: rule.released, source: rule.source };
    const version = m.slice(1).filter(Boolean).join(rule.join ?? '.');
    const released = rule.versions ? lowerBound(rule.versions, version) : null;
    if (released) return { product: rule.product, version, released, source: rule.source };
  }
  return null;
}

/** The date of the version, or of the nearest lower listed version of the same major line. */
function lowerBound(versions: Record<string, string>, version: string): string | null {
  if (versions[version]) return versions[version];
  let best: string | null = null;
  let bestKey: number[] | null = null;
  for (const [key, date] of Object.entries(versions)) {
    const k = parts(key);
    if (compare(k, parts(version)) <= 0 && (!bestKey || compare(k, bestKey) > 0)) {
      best = date;
      bestKey = k;
    }
  }
  return best;
}

const parts = (v: string) => v.split('.').map(Number);

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
