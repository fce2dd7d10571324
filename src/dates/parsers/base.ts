import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';

/** Tags a parser result can carry; the stage turns them into precision and anchor. */
export const APPROXIMATE = 'dossier/approximate';
export const RELATIVE = 'dossier/relative';

export type Components = { year?: number; month?: number; day?: number };

export interface DateParserSpec {
  name: string;
  /** Matched without the global flag; a word boundary is checked before the match. */
  pattern: RegExp;
  extract(match: RegExpMatchArray, context: ParsingContext): ParsingResult | null;
}

/**
 * A chrono parser from a small spec. Chrono runs each pattern on ever shorter tails of the
 * text, so look-behind cannot see what came before: the left boundary is checked here instead.
 */
export function defineParser(spec: DateParserSpec): Parser & { name: string } {
  return {
    name: spec.name,
    pattern: () => spec.pattern,
    extract(context, match) {
      const before = context.text.charAt((match.index ?? 0) - 1);
      if (before && /[\p{L}\p{N}]/u.test(before)) return null;
      const result = spec.extract(match, context);
      result?.addTag(`parser/${spec.name}`);
      return result;
    },
  };
}

/** The text just before a match, lower-cased, for context rules. */
export function textBefore(context: ParsingContext, index: number, length = 30): string {
  return context.text.slice(Math.max(0, index - length), index).toLowerCase();
}

/** The text just after a match, for context rules. */
export function textAfter(context: ParsingContext, index: number, length = 30): string {
  return context.text.slice(index, index + length);
}

export function result(
  context: ParsingContext,
  match: RegExpMatchArray,
  start: Components,
  end?: Components,
  tags: string[] = [],
): ParsingResult {
  const r = context.createParsingResult(match.index ?? 0, match[0], start, end);
  for (const t of tags) r.addTag(t);
  return r;
}

/** A two- or four-digit year as a number (two digits: 1950–2049). */
export function fullYear(text: string): number {
  const n = Number(text.replace(/^'/, ''));
  if (n >= 100) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}
