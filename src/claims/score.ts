import type { Token } from '../doc/document.js';
import { DOCUMENT_NOUNS, SPEECH_VERBS } from '../attribution/cues.js';
import { ACCUSATION_VERBS, ACTION_VERBS, BOILERPLATE, CAUSAL_WORDS, DOCUMENT_WORDS, MONTHS, OPINION_WORDS, type WordCue } from './cues.js';

/** What is known about one sentence when its check-worthiness is scored. */
export interface SentenceFacts {
  text: string;
  tokens: Token[];
  mentions: number;
  dates: number;
  listItem: boolean;
  /** It reports what someone says or what a source states (see `isReported`). */
  reported: boolean;
}

const WORD_CUES: WordCue[] = [ACTION_VERBS, ACCUSATION_VERBS, DOCUMENT_WORDS, CAUSAL_WORDS, OPINION_WORDS];
const CUE_SETS = WORD_CUES.map((c) => ({ cue: c, set: new Set(c.words) }));
const YEAR = /^(?:1[89]|20)\d\d$/;
const SPEECH = new Set(SPEECH_VERBS.words);
const WRITTEN = new Set(DOCUMENT_NOUNS.words);
const NUMBER_WORDS = new Set('two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million millions billion billions half third quarter twice percent per cent'.split(' '));
const FIRST_PERSON_OPINION = /\b(?:I|we)\s+(?:think|believe|feel|hope|wish)\b|\bin\s+(?:my|our)\s+(?:view|opinion)\b/i;

/** A 0..1 estimate of how much a sentence asserts something checkable: events, numbers, names, accusations. */
export function checkworthiness(f: SentenceFacts): number {
  if (BOILERPLATE.test(f.text)) return 0;
  const words = f.tokens.filter((t) => t.kind === 'word').map((t) => t.norm.toLowerCase());
  let score = 0.15;
  const numbers = f.tokens.filter((t, i) => (t.kind === 'number' ? !(f.listItem && i === 0) && !YEAR.test(t.norm) : NUMBER_WORDS.has(t.norm.toLowerCase()))).length;
  if (numbers > 0) score += numbers > 1 ? 0.25 : 0.2;
  const dated = f.dates > 0 || f.tokens.some((t) => YEAR.test(t.norm) || MONTHS.has(t.norm.toLowerCase()));
  if (dated) score += 0.1;
  score += Math.min(0.3, f.mentions * 0.1);
  if (f.reported) score += 0.15;
  for (const { cue, set } of CUE_SETS) {
    if (words.some((t) => set.has(t))) score += cue.weight;
  }
  if (FIRST_PERSON_OPINION.test(f.text)) score -= 0.2;
  const trimmed = f.text.trim();
  if (/!["')\]\s]*$/.test(trimmed)) score -= 0.2;
  if (words.length < 5) score *= 0.5;
  if (isHeadline(trimmed, words.length, f.listItem)) score *= 0.4;
  if (/\?["')\]\s]*$/.test(trimmed)) score *= 0.1;
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}

/** Reported speech: a statement someone is on record for can be checked with them ("said", "according to"). */
export function isReported(tokens: Token[]): boolean {
  // "In the bank records his name appears as …": read from a document.
  if (/^(?:in|under)$/i.test(tokens[0]?.norm ?? '') && tokens.slice(1, 6).some((t) => WRITTEN.has(t.norm.toLowerCase()))) return true;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].norm.toLowerCase();
    if (SPEECH.has(w) || (w === 'according' && tokens[i + 1]?.norm.toLowerCase() === 'to')) return true;
  }
  return false;
}

/** A line with no closing punctuation and few words is a title or a heading, not a statement. */
export function isHeadline(text: string, words: number, listItem: boolean): boolean {
  return !listItem && words <= 16 && !/[.!?:;"'\u00BB\u201D)]$/.test(text);
}
