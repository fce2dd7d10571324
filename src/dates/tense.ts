/** Words that put an event in the future of the writing ("will open", "is scheduled for"). */
export const FUTURE_CUES =
  /\b(?:will|shall|scheduled|planned (?:to|for|on)|as planned|plans to|due to|due on|expected|expects|upcoming|forthcoming|next|deadline|by the end of|in the coming|is to|are to|later this)\b/i;

/** A sentence that opens with a command looks ahead: "Come to the rally on Saturday", "(iii) Present this memo on 6 December". */
export const IMPERATIVE =
  /^\W*(?:\(?[ivx\d]+[.)]\s*)?(?:please\s+)?(?:come|join|write|sign|present|send|attend|vote|call|meet|bring|submit|register|visit|share|remember|book|return|contact|apply)\b/i;

/** A date introduced by "since" or "ago" lies in the past whatever the sentence says next. */
export const PAST_BEFORE = /\b(?:since|until|till|last|earlier|previously|ago)\s+$/i;

/** The sentence around an offset, cut at sentence punctuation or a line break. */
export function sentenceAt(text: string, index: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('\n', index - 1), text.lastIndexOf('?', index - 1)) + 1;
  const stops = ['.', '\n', '?', '!'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

/** The clause around a date looks ahead (the sentence's clauses are cut at commas and semicolons). */
export function speaksOfFuture(text: string, start: number, end: number): boolean {
  if (PAST_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  const sentence = sentenceAt(text, start, end);
  return FUTURE_CUES.test(sentence) || IMPERATIVE.test(sentence.trimStart());
}
