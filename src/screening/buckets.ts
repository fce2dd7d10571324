/**
 * A hash multimap from 32-bit keys to 32-bit values in two flat arrays (counts, then fill): a few
 * bytes per posting instead of a JavaScript object, so millions of names fit.
 */
export class Buckets {
  private readonly mask: number;
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  readonly values: Uint32Array;

  constructor(keys: Uint32Array, values: Uint32Array, count: number) {
    const bits = Math.max(10, Math.min(24, Math.ceil(Math.log2(count + 1))));
    this.mask = (1 << bits) - 1;
    const size = this.mask + 1;
    this.starts = new Uint32Array(size + 1);
    for (let i = 0; i < count; i++) this.starts[(keys[i] & this.mask) + 1]++;
    for (let b = 0; b < size; b++) this.starts[b + 1] += this.starts[b];
    const fill = this.starts.slice(0, size);
    this.values = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      const b = keys[i] & this.mask;
      // The same value twice in a row in one bucket is stored once.
      if (fill[b] > this.starts[b] && this.values[fill[b] - 1] === values[i]) continue;
      this.values[fill[b]++] = values[i];
    }
    this.ends = fill;
  }

  /** The range of `values` stored under the key's bucket (hash collisions included). */
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

  /** Calls `fn` for each value stored under the key's bucket (hash collisions included). */
  each(key: number, fn: (value: number) => void): void {
    const b = key & this.mask;
    const end = this.ends[b];
    for (let p = this.starts[b]; p < end; p++) fn(this.values[p]);
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
