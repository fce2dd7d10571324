/**
 * A cleaned copy of the text for rules to read, with a map back to the original.
 * Stages match against `view.text` and report spans with `toOriginal` / `toOriginalEnd`,
 * so every finding points into the untouched `Doc.text`.
 */
export class TextView {
  /**
   * View character i came from original range [starts[i], ends[i]): one character for copied
   * text, the whole rewritten stretch for a replacement ("e" + combining accent -> "é").
   * Both arrays never decrease.
   */
  constructor(
    readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly originalLength: number,
  ) {}

  static identity(text: string): TextView {
    const starts = new Int32Array(text.length);
    const ends = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new TextView(text, starts, ends, text.length);
  }

  /** Original offset of a view offset (start of a span). */
  toOriginal(i: number): number {
    if (i >= this.text.length) return this.originalLength;
    return this.starts[Math.max(0, i)];
  }

  /** Original offset of a view end offset (exclusive): the end of the last character's source, never removed text after it. */
  toOriginalEnd(i: number): number {
    if (i <= 0) return this.toOriginal(0);
    return this.ends[Math.min(i, this.text.length) - 1];
  }

  /** The view offset of an original offset: the first view character whose source starts at or after it. */
  toView(original: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < original) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A view of this view's text, mapped all the way back to this view's original. */
  compose(outer: TextView): TextView {
    const n = outer.text.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const last = this.text.length;
    for (let i = 0; i < n; i++) {
      const s = outer.starts[i];
      const e = outer.ends[i];
      starts[i] = s >= last ? this.originalLength : this.starts[s];
      ends[i] = e <= 0 ? starts[i] : this.ends[Math.min(e, last) - 1];
    }
    return new TextView(outer.text, starts, ends, this.originalLength);
  }
}

/** Builds a view piece by piece, remembering where each piece came from. */
export class ViewBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(expectedLength = 1024) {
    this.starts = new Int32Array(Math.max(16, expectedLength));
    this.ends = new Int32Array(Math.max(16, expectedLength));
  }

  /** Copies original text unchanged from offset `from`. */
  copy(out: string, from: number): void {
    this.parts.push(out);
    this.reserve(out.length);
    for (let k = 0; k < out.length; k++) {
      this.starts[this.length] = from + k;
      this.ends[this.length++] = from + k + 1;
    }
  }

  /** Appends `out` in place of the `length` original characters at `from` (out may be empty: a deletion). */
  replace(out: string, from: number, length: number): void {
    if (out.length === length) return this.copy(out, from);
    this.parts.push(out);
    this.reserve(out.length);
    for (let k = 0; k < out.length; k++) {
      this.starts[this.length] = from;
      this.ends[this.length++] = from + length;
    }
  }

  finish(originalLength: number): TextView {
    return new TextView(this.parts.join(''), this.starts.slice(0, this.length), this.ends.slice(0, this.length), originalLength);
  }

  private reserve(more: number): void {
    if (this.length + more <= this.starts.length) return;
    const size = Math.max(this.length + more, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }
}
