/** Words that put an event in the future of the writing ("will open", "is scheduled for"). */
export const FUTURE_CUES =
  /\b(?:will|shall|scheduled|planned (?:to|for|on)|as planned|plans to|due to|due on|expected|expects|upcoming|forthcoming|next|deadline|by the end of|in the coming|is to|are to|later this)\b/i;

/** A sentence that opens with a command looks ahead: "Come to the rally on Saturday", "(iii) Present this memo on 6 December". */
export const IMPERATIVE =
  /^\W*(?:\(?[ivx\d]+[.)]\s*)?(?:please\s+)?(?:come|join|write|sign|present|send|attend|vote|call|meet|bring|submit|register|visit|share|remember|book|return|contact|apply)\b/i;

/** A date introduced by "since" or "ago" lies in the past whatever the sentence says next. */
export const PAST_BEFORE = /\b(?:since|until|till|last|earlier|previously|ago)\s+$/i;

/** How far around a date its sentence is looked for. */
const REACH = 300;

/** The sentence around an offset, cut at sentence punctuation or a line break (within a few hundred characters). */
export function sentenceAt(text: string, index: number, end: number): string {
  const before = text.slice(Math.max(0, index - REACH), index);
  const after = text.slice(end, end + REACH);
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf('?')) + 1;
  const stop = after.search(/[.\n?!]/);
  return before.slice(from) + text.slice(index, end) + (stop < 0 ? after : after.slice(0, stop));
}

/** The sentence around a date looks ahead, unless "since" or "until" ties the date to the past. */
export function speaksOfFuture(text: string, start: number, end: number): boolean {
  if (PAST_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  const sentence = sentenceAt(text, start, end);
  return FUTURE_CUES.test(sentence) || IMPERATIVE.test(sentence.trimStart());
}
