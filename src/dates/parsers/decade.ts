import { APPROXIMATE, defineParser, fullYear, result } from './base.js';

/** "the 1990s", "the '90s", "the early 2000s": the decade as an interval of years. */
export const decadeParser = defineParser({
  name: 'decade',
  pattern: /(?:the\s+)?(?:(early|mid|late)[\s-]+)?(\d{3}0|'\d0)'?s(?![\p{L}\p{N}])/iu,
  extract(match, context) {
    const [, part, decadeText] = match;
    const first = fullYear(decadeText);
    if (first < 1000 || first > 2090) return null;
    const tags = part ? [APPROXIMATE] : [];
    return result(context, match, { year: first }, { year: first + 9 }, tags);
  },
});
