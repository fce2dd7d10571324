import { cachedTokens } from '../names/cache.js';
import { SCRIPT_CONSONANTS } from '../names/similarity.js';
import { isContent, type NameKind, type NameToken } from '../names/tokens.js';
import { namesOf, type EntryKind, type WatchEntry } from '../watchlists/entry.js';
import { isCommonToken } from './common.js';
import { NameIndex, type IndexedName } from './name-index.js';
import { judgeHit } from './policy.js';

export interface ScreenResult {
  list: string;
  entryId: string;
  entryName: string;
  entryKind: EntryKind;
  note?: string;
  score: number;
  matchedName: string;
  explanation: string;
  /** Passes the hit rules (see policy.ts); results that do not are near misses. */
  hit: boolean;
}

interface ListIndex {
  name: string;
  entries: WatchEntry[];
  weak: Set<string>;
  index: NameIndex;
}

const PERSON_KINDS = new Set<EntryKind>(['person', 'other']);

/** Screens names against one or more watchlists, each with its own index. */
export class Screener {
  private readonly lists: ListIndex[];

  constructor(lists: Array<{ name: string; entries: WatchEntry[] }>) {
    this.lists = lists.map(({ name, entries }) => {
      const names: IndexedName[] = [];
      const weak = new Set<string>();
      entries.forEach((e, i) => {
        const strong = new Set(namesOf(e, false));
        for (const n of namesOf(e)) {
          names.push({ text: n, entry: i, kind: e.kind === 'person' ? 'person' : e.kind === 'other' ? undefined : 'organization' });
          if (!strong.has(n)) weak.add(`${i}\u0000${n}`);
        }
      });
      return { name, entries, weak, index: new NameIndex(names) };
    });
  }

  /** Ranked results for one name, best first; `hit` tells which pass the hit rules. */
  screen(query: string, opts: { kind?: NameKind; limit?: number } = {}): ScreenResult[] {
    const qWords = contentWords(cachedTokens(query, opts.kind));
    const out: ScreenResult[] = [];
    for (const l of this.lists) {
      for (const c of l.index.search(query, { kind: opts.kind, limit: opts.limit ?? 10 })) {
        const e = l.entries[c.entry];
        if (opts.kind && (opts.kind === 'person') !== PERSON_KINDS.has(e.kind) && e.kind !== 'other') continue;
        const alias = l.index.name(c.name);
        const aWords = contentWords(cachedTokens(alias.text, alias.kind));
        const { hit, rules } = judgeHit({
          score: c.comparison.score,
          queryWords: qWords.length,
          aliasWords: aWords.length,
          weak: l.weak.has(`${c.entry}\u0000${alias.text}`),
          common: qWords.every((t) => isCommonToken(t.key)),
          scriptOnly: c.comparison.aligned.length > 0 && c.comparison.aligned.every((a) => a.how.startsWith(SCRIPT_CONSONANTS)),
        });
        const extra = rules.filter((r) => r.when !== 'default').map((r) => `${r.when} rule: needs ${r.minScore}`);
        out.push({
          list: l.name,
          entryId: e.id,
          entryName: e.name,
          entryKind: e.kind,
          note: e.note,
          score: c.comparison.score,
          matchedName: alias.text,
          explanation: [c.comparison.explanation, ...extra].join('; '),
          hit,
        });
      }
    }
    return out.sort((a, b) => b.score - a.score || Number(b.hit) - Number(a.hit));
  }
}

function contentWords(tokens: NameToken[]): NameToken[] {
  return tokens.filter(isContent);
}
