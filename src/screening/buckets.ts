/**
 * A hash multimap from 32-bit keys to 32-bit values in flat arrays (counts, then fill): a few bytes
 * per posting instead of a JavaScript object, so millions of names fit. Each value carries eight
 * more bits of its key, so a lookup skips nearly all values of other keys sharing its bucket.
 */
export class Buckets {
  private readonly bits: number;
  private readonly mask: number;
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  readonly values: Uint32Array;
  readonly tags: Uint8Array;

  constructor(keys: Uint32Array, values: Uint32Array, count: number) {
    this.bits = Math.max(10, Math.min(24, Math.ceil(Math.log2(count + 1))));
    this.mask = (1 << this.bits) - 1;
    const size = this.mask + 1;
    this.starts = new Uint32Array(size + 1);
    for (let i = 0; i < count; i++) this.starts[(keys[i] & this.mask) + 1]++;
    for (let b = 0; b < size; b++) this.starts[b + 1] += this.starts[b];
    const fill = this.starts.slice(0, size);
    this.values = new Uint32Array(count);
    this.tags = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const b = keys[i] & this.mask;
      const tag = this.tag(keys[i]);
      // The same value under the same key twice in a row is stored once.
      if (fill[b] > this.starts[b] && this.values[fill[b] - 1] === values[i] && this.tags[fill[b] - 1] === tag) continue;
      this.tags[fill[b]] = tag;
      this.values[fill[b]++] = values[i];
    }
    this.ends = fill;
  }

  /** The key's bits above the bucket number. */
  tag(key: number): number {
    return (key >>> this.bits) & 0xff;
  }

  /** The range of `values` stored under the key's bucket (other keys' values included: check `tags`). */
  start(key: number): number {
    return this.starts[key & this.mask];
  }

  end(key: number): number {
    return this.ends[key & this.mask];
  }

  /** How many values the key's bucket holds. */
  length(key: number): number {
    return this.ends[key & this.mask] - this.starts[key & this.mask];
  }

  /** Calls `fn` for each value stored under the key (and, rarely, a colliding key with the same tag). */
  each(key: number, fn: (value: number) => void): void {
    const b = key & this.mask;
    const tag = this.tag(key);
    const end = this.ends[b];
    for (let p = this.starts[b]; p < end; p++) if (this.tags[p] === tag) fn(this.values[p]);
  }
}

/** A growable list of (key, value) pairs in typed arrays, for building Buckets. */
export class PairList {
  keys = new Uint32Array(1 << 16);
  values = new Uint32Array(1 << 16);
  length = 0;

  push(key: number, value: number): void {
    if (this.length === this.keys.length) {
      const k = new Uint32Array(this.length * 2);
      const v = new Uint32Array(this.length * 2);
      k.set(this.keys);
      v.set(this.values);
      this.keys = k;
      this.values = v;
    }
    this.keys[this.length] = key;
    this.values[this.length++] = value;
  }

  build(): Buckets {
    return new Buckets(this.keys, this.values, this.length);
  }
}
