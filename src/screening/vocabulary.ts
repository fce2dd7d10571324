import { TOKEN_MIN } from '../names/align.js';
import { fold } from '../names/fold.js';
import { stripArticle, tokenSimilarity } from '../names/similarity.js';
import type { NameToken } from '../names/tokens.js';
import { type Buckets, PairList } from './buckets.js';
import { editBudget, wordKeys } from './keys.js';

/** From this edit budget on, a query word is compared with the long list words directly. */
const LONG_EDITS = 3;
/** The list of words read for every long query word: those written with an article or in Arabic script. */
const LOOSE = '';

/**
 * The distinct content words of a list, and the way from a query word to every one of them the
 * matcher could align with it: deletion keys (see keys.ts) for most words, and for a long run of
 * joined query words, whose keys would run to thousands, the few list words long enough to be
 * within its edit budget, read directly.
 */
export class Vocabulary {
  readonly words: NameToken[] = [];
  /** The lowest similarity a lookup will ask for: it sets how many deletion keys each word files. */
  constructor(private readonly floor = TOKEN_MIN) {}

  private readonly ids = new Map<string, number>();
  private keys!: Buckets;
  private byFirst = new Map<string, Uint32Array>();
  private seen = new Uint32Array(0);
  private stamp = 0;

  /** The id of a word, added if new. */
  add(t: NameToken): number {
    const id = t.abjad ? `\u0001${t.raw}` : t.raw;
    let v = this.ids.get(id);
    if (v === undefined) this.ids.set(id, (v = this.words.push(t) - 1));
    return v;
  }

  /** Files the keys once every word is in. */
  seal(): void {
    const keys = new PairList();
    const scratch: number[] = [];
    this.words.forEach((t, v) => {
      scratch.length = 0;
      for (const k of wordKeys(t.key, t.raw, t.abjad, 'index', this.floor, scratch)) keys.push(k, v);
    });
    this.keys = keys.build();
    this.byFirst = byFirstLetter(this.words);
    this.seen = new Uint32Array(this.words.length);
    this.ids.clear();
  }

  /** Calls `fn` with every list word the matcher's word similarity puts at `min` or more, and that similarity. */
  similar(word: NameToken, min: number, fn: (v: number, sim: number) => void): void {
    const stamp = ++this.stamp;
    const check = (v: number) => {
      if (this.seen[v] === stamp) return;
      this.seen[v] = stamp;
      const { sim } = tokenSimilarity(word, this.words[v]);
      if (sim >= min) fn(v, sim);
    };
    if (min > TOKEN_MIN && editBudget(word.key.length, min) >= LONG_EDITS) this.readLong(word, min, check);
    else this.readKeys(word, min, check);
  }

  private readKeys(word: NameToken, min: number, check: (v: number) => void): void {
    const { values, tags } = this.keys;
    for (const k of wordKeys(word.key, word.raw, word.abjad, 'query', min)) {
      const tag = this.keys.tag(k);
      for (let p = this.keys.start(k), end = this.keys.end(k); p < end; p++) if (tags[p] === tag) check(values[p]);
    }
  }

  /**
   * Long list words by first letter: a run that starts differently from a word cannot reach JOIN_MIN
   * (a different first letter caps the similarity at 0.9) unless an article is dropped, and words
   * written with an article or in Arabic script are read for every run.
   */
  private readLong(word: NameToken, min: number, check: (v: number) => void): void {
    const shortest = word.key.length - editBudget(word.key.length, min);
    const bare = stripArticle(word.raw);
    for (const first of new Set([word.key[0], word.raw[0], bare[0], fold(bare)[0], LOOSE])) {
      const ids = this.byFirst.get(first);
      if (!ids) continue;
      for (let i = firstAtLeast(ids, shortest, this.words); i < ids.length; i++) check(ids[i]);
    }
  }
}

/** Word ids filed under the first letters of their key and spelling, each list by key length. */
function byFirstLetter(words: NameToken[]): Map<string, Uint32Array> {
  const lists = new Map<string, number[]>();
  const file = (first: string, v: number) => {
    let l = lists.get(first);
    if (!l) lists.set(first, (l = []));
    if (l[l.length - 1] !== v) l.push(v);
  };
  words.forEach((t, v) => {
    if (t.abjad || t.raw !== stripArticle(t.raw)) file(LOOSE, v);
    else {
      file(t.key[0], v);
      file(t.raw[0], v);
    }
  });
  const out = new Map<string, Uint32Array>();
  for (const [first, l] of lists) out.set(first, Uint32Array.from(l).sort((a, b) => words[a].key.length - words[b].key.length));
  return out;
}

/** The first position in a list sorted by key length whose word is at least `length` long. */
function firstAtLeast(ids: Uint32Array, length: number, words: NameToken[]): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[ids[mid]].key.length < length) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
