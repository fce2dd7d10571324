import { bindsNext, JOIN_MIN, joinedToken } from '../names/align.js';
import { isContent, nameTokens, type NameKind, type NameToken } from '../names/tokens.js';
import { PairList } from './buckets.js';
import { rawRunKey, runKey } from './keys.js';
import { Vocabulary } from './vocabulary.js';

/** A name of the list, as the index sees it. */
export interface IndexedName {
  text: string;
  entry: number;
  kind?: NameKind;
}

const KIND_CODES: Array<NameKind | undefined> = [undefined, 'person', 'organization'];
export { isContent } from '../names/tokens.js';

/**
 * The names of a list in flat arrays rather than one object each (a smaller heap and shorter
 * collector pauses), with what a search reads of a name without tokenising it again: its content
 * words as vocabulary ids, its particles and initials, its joined pairs of words, and its weights.
 */
export class NameTable {
  /** Every name as UTF-8 in one buffer (off the JavaScript heap). */
  private readonly text: Buffer;
  private readonly offsets: Uint32Array;
  readonly entries: Uint32Array;
  private readonly kinds: Uint8Array;
  /** Per name: content words, words that are not particles, and the summed weight of all its words. */
  readonly content: Uint8Array;
  readonly nonParticle: Uint8Array;
  readonly weight: Float32Array;
  readonly vocabulary = new Vocabulary();
  /** Pairs of words a hyphen, a particle or Abd binds, joined ("Xin-yan", "Bel Mokhtar"): the matcher meets them fuzzily. */
  readonly joins = new Vocabulary(JOIN_MIN);
  /** Particles and initials, kept apart: few distinct ones, and no keys lead to them. */
  readonly minor: NameToken[] = [];
  readonly wordOffsets: Uint32Array;
  readonly wordIds: Uint32Array;
  readonly minorOffsets: Uint32Array;
  readonly minorIds: Uint32Array;
  readonly runOffsets: Uint32Array;
  readonly runKeys: Uint32Array;

  constructor(names: IndexedName[]) {
    const encoded = names.map((n) => Buffer.from(n.text, 'utf8'));
    this.text = Buffer.concat(encoded);
    this.offsets = new Uint32Array(names.length + 1);
    encoded.forEach((b, i) => (this.offsets[i + 1] = this.offsets[i] + b.length));
    this.entries = Uint32Array.from(names, (n) => n.entry);
    this.kinds = Uint8Array.from(names, (n) => KIND_CODES.indexOf(n.kind));
    this.content = new Uint8Array(names.length);
    this.nonParticle = new Uint8Array(names.length);
    this.weight = new Float32Array(names.length);
    const minorIds = new Map<string, number>();
    const words = new PairList();
    const minor = new PairList();
    const runs = new PairList();
    this.wordOffsets = new Uint32Array(names.length + 1);
    this.minorOffsets = new Uint32Array(names.length + 1);
    this.runOffsets = new Uint32Array(names.length + 1);
    for (let i = 0; i < names.length; i++) {
      const tokens = nameTokens(names[i].text, names[i].kind);
      this.content[i] = Math.min(255, tokens.filter(isContent).length);
      this.nonParticle[i] = Math.min(255, tokens.filter((t) => !t.particle).length);
      this.weight[i] = tokens.reduce((s, t) => s + t.weight, 0);
      for (let j = 0; j < tokens.length; j++) {
        const t = tokens[j];
        if (isContent(t)) words.push(this.vocabulary.add(t), i);
        else {
          const id = `${t.abjad ? 1 : 0}${t.particle ? 1 : 0}${t.initial ? 1 : 0}${t.weight}\u0000${t.raw}`;
          let m = minorIds.get(id);
          if (m === undefined) minorIds.set(id, (m = this.minor.push(t) - 1));
          minor.push(m, i);
        }
        const next = tokens[j + 1];
        if (next && !t.initial && !next.initial) runs.push(this.joinedKey(t, next), i);
      }
      this.wordOffsets[i + 1] = words.length;
      this.minorOffsets[i + 1] = minor.length;
      this.runOffsets[i + 1] = runs.length;
    }
    this.wordIds = words.keys.slice(0, words.length);
    this.minorIds = minor.keys.slice(0, minor.length);
    this.runKeys = runs.keys.slice(0, runs.length);
    this.vocabulary.seal();
    this.joins.seal();
  }

  get size(): number {
    return this.entries.length;
  }

  get vocab(): NameToken[] {
    return this.vocabulary.words;
  }

  /**
   * Two list words as one: folded and filed as a word of its own when a hyphen, a particle or Abd
   * binds them (the matcher joins those on a fuzzy match); otherwise only their letters, as the
   * matcher joins free words only when nearly identical.
   */
  private joinedKey(t: NameToken, next: NameToken): number {
    if (!bindsNext(t, next)) return rawRunKey(t.raw + next.raw);
    const joined = joinedToken(t, t.raw + next.raw);
    this.joins.add(joined);
    return runKey(joined.key);
  }

  name(i: number): IndexedName {
    return { text: this.text.toString('utf8', this.offsets[i], this.offsets[i + 1]), entry: this.entries[i], kind: KIND_CODES[this.kinds[i]] };
  }
}
