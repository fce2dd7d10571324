/**
 * The shape of a reference as written after a cue ("No. 5710/09", "file no. A-17/2020"):
 * alphanumeric parts joined by "/", "-", "." or ":", with a digit somewhere. Spaces are allowed
 * around a slash ("4127 / R.T.D") and after a capital series ("PA/HC 3307"), never a final dot, so a sentence's full stop stays outside.
 */
const PART = '[A-Za-z0-9]+';
/** "/" with optional spaces, "-", ".", ":", "_", or a space between a capital series and its number ("HC 3307"). */
const JOIN = '(?:\\s?/\\s?|[-.:_]|(?<=[A-Z]{2}) (?=\\d))';
export const REF_TOKEN = `(?=[A-Za-z0-9:./_-]*(?:\\d|(?<=[A-Z]{2}) \\d))${PART}(?:${JOIN}${PART})*`;

/** "number", "No.", "Nr.", "#": words that announce a number ("#" before digits only: "#MeToo2" is a hashtag). */
export const NUMBER_WORD = '(?:[Nn]umber(?:ed)?|N[Oo]s?\\.|no\\.|No(?=\\s+\\d)|N[Rr]\\.?|[Nn]\u00BA\\.?|\u2116|#(?=\\s?\\d))';

/** The reference as a comparable string: spacing removed ("4127 / R.T.D" -> "4127/R.T.D"). */
export function normalizeReference(viewText: string): string {
  return viewText.replace(/\s+/g, '');
}
