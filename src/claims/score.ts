import type { Token } from '../doc/document.js';
import { lowerNorms } from '../techniques/words.js';
import { DOCUMENT_NOUNS, SPEECH_VERBS } from '../attribution/cues.js';
import { ACCUSATION_VERBS, ACTION_VERBS, BOILERPLATE, CAUSAL_WORDS, DOCUMENT_WORDS, MONTHS, OPINION_WORDS, type WordCue } from './cues.js';

/** What is known about one sentence when its check-worthiness is scored. */
export interface SentenceFacts {
  text: string;
  tokens: Token[];
  /** The sentence's tokens are tokens[from..to) (default: all of them), so no copy is made per sentence. */
  from?: number;
  to?: number;
  mentions: number;
  dates: number;
  listItem: boolean;
}

export interface SentenceScore {
  /** 0..1: how much the sentence asserts something checkable. */
  score: number;
  /** It reports what someone says or what a source states ("said", "according to", "in the records"). */
  reported: boolean;
}

const WORD_CUES: WordCue[] = [ACTION_VERBS, ACCUSATION_VERBS, DOCUMENT_WORDS, CAUSAL_WORDS, OPINION_WORDS];
const SPEECH = 1 << WORD_CUES.length;
const WRITTEN = SPEECH << 1;
const COUNT = WRITTEN << 1;
const MONTH = COUNT << 1;
const FIRST_PERSON = MONTH << 1;
/** Every cue word with the cues it belongs to as bits, so each word is looked up once. */
const LEXICON = new Map<string, number>();
const mark = (words: Iterable<string>, bit: number) => {
  for (const w of words) LEXICON.set(w, (LEXICON.get(w) ?? 0) | bit);
};
WORD_CUES.forEach((c, i) => mark(c.words, 1 << i));
mark(SPEECH_VERBS.words, SPEECH);
mark(DOCUMENT_NOUNS.words, WRITTEN);
mark('two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million millions billion billions half third quarter twice percent'.split(' '), COUNT);
mark(MONTHS, MONTH);
mark(['i', 'we', 'my', 'our'], FIRST_PERSON);
const YEAR = /^(?:1[89]|20)\d\d$/;
const FIRST_PERSON_OPINION = /\b(?:I|we)\s+(?:think|believe|feel|hope|wish)\b|\bin\s+(?:my|our)\s+(?:view|opinion)\b/i;
/** Site furniture lines are short; longer sentences are not tested against the boilerplate list. */
const BOILERPLATE_LENGTH = 240;

/**
 * A 0..1 estimate of how much a sentence asserts something checkable: events, numbers, names, accusations,
 * reported statements; opinion, exclamations, questions and headlines score low. One pass over the words.
 */
export function scoreSentence(f: SentenceFacts): SentenceScore {
  let cues = 0;
  let words = 0;
  let numbers = 0;
  let dated = f.dates > 0;
  let reported = false;
  const tokens = f.tokens;
  const lower = lowerNorms(tokens);
  const from = f.from ?? 0;
  const to = f.to ?? tokens.length;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind === 'number') {
      if (YEAR.test(t.norm)) dated = true;
      else if (!(f.listItem && i === from)) numbers++;
      continue;
    }
    if (t.kind !== 'word') continue;
    words++;
    const w = lower[i];
    const bits = LEXICON.get(w) ?? 0;
    cues |= bits;
    if (bits & COUNT) numbers++;
    if (bits & MONTH) dated = true;
    if (bits & SPEECH || (w === 'according' && i + 1 < to && lower[i + 1] === 'to')) reported = true;
    // "In the court records her name appears as …": read from a document.
    if (bits & WRITTEN && i - from <= 5 && /^(?:in|under)$/i.test(tokens[from].norm)) reported = true;
  }
  if (f.text.length <= BOILERPLATE_LENGTH && BOILERPLATE.test(f.text)) return { score: 0, reported };
  let score = 0.15;
  if (numbers > 0) score += numbers > 1 ? 0.25 : 0.2;
  if (dated) score += 0.1;
  score += Math.min(0.3, f.mentions * 0.1);
  if (reported) score += 0.15;
  WORD_CUES.forEach((c, i) => {
    if (cues & (1 << i)) score += c.weight;
  });
  if (cues & FIRST_PERSON && FIRST_PERSON_OPINION.test(f.text)) score -= 0.2;
  const trimmed = f.text.trim();
  if (/!["')\]\s]*$/.test(trimmed)) score -= 0.2;
  if (words < 5) score *= 0.5;
  if (isHeadline(trimmed, words, f.listItem)) score *= 0.4;
  if (/\?["')\]\s]*$/.test(trimmed)) score *= 0.1;
  return { score: Math.round(Math.max(0, Math.min(1, score)) * 100) / 100, reported };
}

/** A line with no closing punctuation and few words is a title or a heading, not a statement. */
export function isHeadline(text: string, words: number, listItem: boolean): boolean {
  return !listItem && words <= 16 && !/[.!?:;"'\u00BB\u201D)]$/.test(text);
}
