import { speaksOfFuture } from '../tense.js';
import { APPROXIMATE, RELATIVE, defineParser, result, type Components } from './base.js';

/** Months of each season (northern hemisphere); winter straddles two years, so it stays a year. */
const SEASONS: Record<string, [number, number] | null> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: null,
};

/**
 * "spring 2014", "the summer of 2015", "last spring", "this autumn". Without a year the season is
 * read against the publication date ("last spring": the latest spring already over).
 */
export const seasonParser = defineParser({
  name: 'season',
  pattern: /(?:(last|this|next|past|the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?(?![\p{L}\p{N}])/iu,
  extract(match, context) {
    const [, written, seasonName, yearText] = match;
    const index = match.index ?? 0;
    // "due to be decided in the autumn" is the coming one; "in the spring" of a story told in the past has no date
    const ahead = written?.toLowerCase() === 'the' && speaksOfFuture(context.text, index, index + match[0].length);
    const modifier = written?.toLowerCase() === 'the' ? (ahead ? 'next' : undefined) : written;
    if (!modifier && !yearText) return null;
    const months = SEASONS[seasonName.toLowerCase()];
    let year = yearText ? Number(yearText) : context.refDate.getUTCFullYear();
    if (!yearText) {
      const now = context.refDate.getUTCMonth() + 1;
      const mod = (modifier ?? '').toLowerCase();
      if ((mod === 'last' || mod === 'past') && (!months || months[1] >= now)) year -= 1;
      if (mod === 'next' && (!months || (ahead ? months[1] < now : months[0] <= now))) year += 1;
    }
    const tags = yearText ? [APPROXIMATE] : [APPROXIMATE, RELATIVE];
    if (!months) return result(context, match, { year }, undefined, tags);
    const start: Components = { year, month: months[0] };
    return result(context, match, start, { year, month: months[1] }, tags);
  },
});
