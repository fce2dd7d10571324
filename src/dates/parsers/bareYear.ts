import { defineParser, result, textAfter, textBefore } from './base.js';

/** Words before a number that make it a year. */
export const YEAR_CUES: Array<{ match: RegExp; reason: string }> = [
  { match: /\b(?:in|since|by|until|till|of|from|during|before|after|around|circa|year|early|late|mid|to|through|and|between)\s*$/, reason: 'a time preposition or "year" introduces it' },
  { match: /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s*,?\s*$/, reason: 'it follows a month name' },
];

/** Words before a number that make it anything but a year. */
export const NOT_YEAR_BEFORE: Array<{ match: RegExp; reason: string }> = [
  { match: /[$€£¥]\s*$|\b(?:usd|eur|gbp|us\$)\s*$/, reason: 'a currency precedes it' },
  { match: /\b(?:no|nos|n°|nr|number|numbered|#|ref|reference|resolution|law|decree|article|section|chapter|page|pages|room|flight|route|code|case|file|order|model|version|item|lot|box|unit|paragraph|clause|line|bill|act|regulation|directive|cell|block|plot|zone|km|kilometre|mile)\.?\s*:?\s*$/, reason: 'it is a number, code or article, not a year' },
  { match: /[\d.,/:-]$|#\s*$/, reason: 'it is part of a longer number or code' },
];

/** A capitalised code just before ("CSEJ/HC 1927", "Form W 2009"), but not a capitalised word such as "IN". */
const CODE_BEFORE = /(?:[A-Z]{2,}[/-][A-Z/-]*|\b(?!(?:IN|ON|OF|BY|TO|SINCE|FROM|UNTIL|AND|THE|FOR|END|MID|LATE|EARLY)\b)[A-Z]{2,})\s$/;

/** What after a number makes it a quantity or a code. */
export const NOT_YEAR_AFTER: Array<{ match: RegExp; reason: string }> = [
  { match: /^\s*(?:%|percent|per cent)/i, reason: 'a percentage' },
  { match: /^[/.,:-]\d|^\/|^-[A-Za-z0-9]/, reason: 'part of a longer number or code' },
  { match: /^\s+(?:S\.?L\.?|S\.?A\.?|S\.?p\.?A\.?|Ltd|LLC|Inc|GmbH|B\.?V\.?|N\.?V\.?|plc|AG|Co\.)(?![\p{L}])/u, reason: 'part of a company name' },
  { match: /^\s+(?:[A-Z][a-z]+\s+)?(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|way|drive|square|place)\b\.?/i, reason: 'a street number' },
  { match: /^\s+(?:million|billion|thousand|hundred|people|persons|men|women|children|soldiers|troops|fighters|dollars|euros|pounds|dinars|dirhams|tons|tonnes|km|kilometres|kilometers|metres|meters|miles|cases|votes|members|employees|workers|copies|pages|documents|files|bills|units|times|hours|days|weeks|months|years|calories|acres|hectares|barrels|rounds|shares|signatures|deaths|victims|residents|refugees)\b/i, reason: 'a count of things' },
];

/**
 * A year on its own: "in 1994", "since 2006", "the 2017 audit". A number from 1900 to 2099
 * is a year unless a currency, "No."/"number" or a unit says otherwise; an older one needs a cue
 * ("in 1848").
 */
export const bareYearParser = defineParser({
  name: 'bareYear',
  pattern: /(1\d\d\d|20\d\d)(?![\p{L}\p{N}])/u,
  extract(match, context) {
    const index = match.index ?? 0;
    const before = textBefore(context, index);
    const after = textAfter(context, index + match[0].length);
    if (Number(match[1]) < 1900 && !YEAR_CUES.some((r) => r.match.test(before))) return null;
    if (CODE_BEFORE.test(context.text.slice(Math.max(0, index - 16), index))) return null;
    if (NOT_YEAR_BEFORE.some((r) => r.match.test(before))) return null;
    if (NOT_YEAR_AFTER.some((r) => r.match.test(after))) return null;
    return result(context, match, { year: Number(match[1]) });
  },
});
