/**
 * Verbs that introduce reported speech, each with why it counts. Past, present and bare forms,
 * so "said X", "X says" and "X would say" all attribute.
 */
const VERBS: Array<{ forms: string; reason: string }> = [
  { forms: 'said says say saying', reason: 'the plain verb of reported speech' },
  { forms: 'told tells tell telling', reason: 'speech to someone ("told the paper")' },
  { forms: 'added adds continued continues went', reason: 'speech that continues an earlier quote' },
  { forms: 'stated states declared declares announced announces', reason: 'a formal statement' },
  { forms: 'explained explains noted notes remarked remarks commented comments observed observes', reason: 'a comment on what was said before' },
  { forms: 'insisted insists argued argues maintained maintains stressed stresses emphasised emphasized', reason: 'speech that presses a point' },
  { forms: 'claimed claims alleged alleges', reason: 'an assertion the speaker owns' },
  { forms: 'denied denies admitted admits acknowledged acknowledges conceded concedes confirmed confirms', reason: 'speech that grants or refuses a fact' },
  { forms: 'warned warns urged urges vowed vows pledged pledges promised promises threatened threatens', reason: 'speech about what will happen' },
  { forms: 'asked asks replied replies answered answers responded responds', reason: 'a question or an answer' },
  { forms: 'wrote writes tweeted tweets posted posts', reason: 'written words quoted like speech' },
  { forms: 'recalled recalls recounted recounts testified testifies complained complains', reason: 'speech about the past or before a court' },
  { forms: 'described describes called calls', reason: 'the words someone chose for a thing ("described it as "…"")' },
  { forms: 'whispered shouted cried exclaimed', reason: 'speech described by its manner' },
];

/** Every form, lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(VERBS.flatMap((v) => v.forms.split(' ')));

/** A regular-expression alternative of every form, longest first. */
export const SPEECH_VERB_SOURCE = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|');

/** Why a verb attributes speech, for the explanation of a finding. */
export function speechVerbReason(verb: string): string | undefined {
  const v = verb.toLowerCase();
  return VERBS.find((entry) => entry.forms.split(' ').includes(v))?.reason;
}
