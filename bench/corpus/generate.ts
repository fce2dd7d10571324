import type { BenchArticle } from '../suite.js';
import { rng } from '../random.js';
import * as V from './vocabulary.js';

class Writer {
  constructor(private readonly r: () => number) {}
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  person(): { full: string; last: string } {
    const culture = this.pick(Object.keys(V.GIVEN));
    const last = this.pick(V.FAMILY[culture]);
    return { full: `${this.pick(V.GIVEN[culture])} ${last}`, last };
  }
  org(): string {
    return this.r() < 0.5
      ? `${this.pick(V.ORG_HEADS)} ${this.pick(V.ORG_TOPICS)}`
      : `${this.pick(V.COMPANY_STEMS)} ${this.pick(V.COMPANY_FORMS)}`;
  }
  date(): string {
    const y = this.int(2004, 2023);
    const m = this.pick(V.MONTHS);
    const shapes = [`on ${this.int(1, 28)} ${m} ${y}`, `in ${m} ${y}`, `on ${m} ${this.int(1, 28)}, ${y}`, `in early ${y}`, `in ${y}`];
    return this.pick(shapes);
  }
  reference(): string {
    const y = String(this.int(4, 23)).padStart(2, '0');
    const shapes = [`No. ${this.int(100, 9999)}/${y}`, `${this.pick(['KM', 'HR', 'ROT'])}/${this.pick(['LEG', 'FIN'])}/20${y}-${this.int(10, 999)}`, `ref ${this.pick(['HW', 'PX'])}-${this.int(1000, 9999)}`];
    return this.pick(shapes);
  }
}

/** One paragraph of a news story about people, bodies, places, documents and money. */
function paragraph(w: Writer): string {
  const a = w.person();
  const b = w.person();
  const org = w.org();
  const place = w.pick(V.PLACES);
  const sentences = [
    `${w.pick(V.TITLES)} ${a.full} ${w.pick(V.VERBS)} ${b.full} of ${org} in ${place} ${w.date()}.`,
    `According to ${w.pick(V.ANONYMOUS)}, the talks concerned ${w.pick(V.SUBJECTS)} worth $${w.int(2, 90)}.${w.int(1, 9)} million.`,
    `The ${w.pick(V.DOC_NOUNS)}, numbered ${w.reference()} and dated ${w.date().replace(/^(on|in) /, '')}, was sent to the ${w.org()}.`,
    `"We acted within the law at every step," ${a.last} ${w.pick(V.SPEECH)}.`,
    `Critics called the arrangement ${w.pick(V.LOADED)}, while ${b.last} declined to comment.`,
    `The delegation later travelled to ${w.pick(V.COUNTRIES)} and stayed at the ${w.pick(V.FACILITIES)} until ${w.date().replace(/^(on|in) /, '')}.`,
    `Prosecutors in ${place} opened an inquiry in ${w.int(2005, 2024)}, and ${w.int(3, 40)} witnesses have since been heard.`,
  ];
  // A random subset in random order, each sentence at most once.
  const order = sentences.map((s) => ({ s, k: w.int(0, 1000) })).sort((x, y) => x.k - y.k);
  return order.slice(0, w.int(3, 6)).map((x) => x.s).join(' ');
}

/** Builds at least `minBytes` of article text, articles of 1 to 20 KB, the same every run. */
export function generateCorpus(minBytes = 5 * 1024 * 1024, seed = 20261128): BenchArticle[] {
  const w = new Writer(rng(seed));
  const articles: BenchArticle[] = [];
  let total = 0;
  while (total < minBytes) {
    const target = w.int(1, 20) * 1024;
    const paras = [`${w.pick(V.PLACES)}, ${w.date().replace(/^(on|in) /, '')} - ${w.org()} under scrutiny over ${w.pick(V.SUBJECTS)}`];
    let size = paras[0].length;
    while (size < target) {
      const p = paragraph(w);
      paras.push(p);
      size += p.length + 2;
    }
    const text = paras.join('\n\n');
    articles.push({ id: `a${articles.length + 1}`, text });
    total += Buffer.byteLength(text);
  }
  return articles;
}
