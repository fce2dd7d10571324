/**
 * A cleaned copy of the text for rules to read, with a map back to the original.
 * Stages match against `view.text` and report spans with `toOriginal`, so every
 * finding points into the untouched `Doc.text`.
 */
export class TextView {
  /** origin[i] = offset in the original text of view character i; origin[length] = original length. */
  constructor(
    readonly text: string,
    private readonly origin: Int32Array,
  ) {}

  static identity(text: string): TextView {
    const origin = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) origin[i] = i;
    return new TextView(text, origin);
  }

  /** Original offset of a view offset (start of a span). */
  toOriginal(i: number): number {
    return this.origin[Math.max(0, Math.min(i, this.text.length))];
  }

  /** Original offset of a view end offset (exclusive), so a span never swallows removed text after it. */
  toOriginalEnd(i: number): number {
    if (i <= 0) return this.origin[0];
    return this.origin[Math.min(i, this.text.length) - 1] + 1;
  }
}

/** Builds a view piece by piece, remembering where each piece came from. */
export class ViewBuilder {
  private parts: string[] = [];
  private origin: number[] = [];

  /** Append `out`; every character of it maps to original offsets starting at `from`. */
  push(out: string, from: number, sameLength: boolean): void {
    this.parts.push(out);
    for (let k = 0; k < out.length; k++) this.origin.push(sameLength ? from + k : from);
  }

  finish(originalLength: number): TextView {
    const origin = new Int32Array(this.origin.length + 1);
    origin.set(this.origin);
    origin[this.origin.length] = originalLength;
    return new TextView(this.parts.join(''), origin);
  }
}
