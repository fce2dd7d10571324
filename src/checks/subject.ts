import type { Entity } from '../dossier/contract.js';
import { sentenceAround, type CheckContext, type Placed } from './context.js';

/** Longest stretch between a subject and its verb ("Smith, the former treasurer, met ..."). */
const SUBJECT_WINDOW = 90;

/** "he" or "she" a few words before the verb: "His biography says he resigned". */
const PRONOUN_SUBJECT = /\b(?:he|she)\s+(?:[\p{L}']+\s+){0,3}$/iu;
/** The verb names its person as "him" or "her": "the return lists him as chairman". */
const PRONOUN_OBJECT = /^[\p{L} ]{0,20}?\b(?:him|her)\s+as\b/iu;

/** Words between a name and a verb that make someone else the subject. */
const OTHER_SUBJECT = /^['\u2019]s\b|\b(?:whose|his|her|their|its|said|says|told|tells|claimed|claims|added|according)\b/i;

/**
 * The person a verb at `at` is said of: the nearest person named before it in the sentence with
 * no other person in between. "He"/"She" opening the clause stands for the last person named
 * before the sentence; `viaPronoun` says so, because that reading is less certain.
 */
export function subjectBefore(ctx: CheckContext, at: number): { person: Placed<Entity>; viaPronoun: boolean } | null {
  const sentence = sentenceAround(ctx, at);
  const last = lastEndingBy(ctx.people, at);
  const nearest = last && last.start >= sentence.start ? last : undefined;
  if (nearest) {
    const gap = ctx.text.slice(nearest.end, at);
    // "Smith's brother died", "Smith, whose wife died": the verb is said of someone else
    if (at - nearest.end > SUBJECT_WINDOW || OTHER_SUBJECT.test(gap)) return null;
    return { person: nearest, viaPronoun: false };
  }
  const lead = ctx.text.slice(sentence.start, at);
  if (!PRONOUN_SUBJECT.test(lead) && !PRONOUN_OBJECT.test(ctx.text.slice(at, at + 40))) return null;
  const previous = lastEndingBy(ctx.people, sentence.start);
  return previous ? { person: previous, viaPronoun: true } : null;
}

/** The first person named just after `at` (within a few words). */
export function personAfter(ctx: CheckContext, at: number): Placed<Entity> | null {
  return ctx.people.find((p) => p.start >= at && p.start - at <= 12) ?? null;
}

/** The last mention (sorted by start) that ends at or before `at`, found by binary search. */
function lastEndingBy<T>(mentions: Placed<T>[], at: number): Placed<T> | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (mentions[i].end <= at) return mentions[i];
  return undefined;
}
