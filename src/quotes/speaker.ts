import { SPEECH_VERB_SOURCE } from './speech-verbs.js';

/** Where the text names who speaks, in clean-view offsets, and the rule that found it. */
export interface SpeakerSpan {
  start: number;
  end: number;
  rule: string;
}

const TITLE = '(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt|Sen|Rep|Sir|Lord|Lady|Judge|Sheikh|Imam|President|Minister)\\.?\\s+)';
const LINK = '(?:van|von|de|der|den|del|della|da|di|du|la|le|al|el|bin|ibn|abu|ben|of|for|and|&)';
/** A capitalised word, or an initial with its dot ("J."), never a sentence's full stop. */
const CAP = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'-]*)";
const NAME = `(?:[Tt]he\\s+)?${TITLE}?${CAP}(?:\\s+(?:${LINK}\\s+)*${CAP}){0,5}`;
const NOUN_PHRASE = "(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)(?:\\s+[\\p{Ll}\\p{Lu}][\\p{L}\\p{M}'-]*){1,4}";
const PRONOUN = '(?:he|she|they|we|I|He|She|They|We)';
const SPEAKER = `(${NAME}|${NOUN_PHRASE}|${PRONOUN})`;
const VERB = `(?:${SPEECH_VERB_SOURCE})`;
const AUX = '(?:(?:has|had|have|also|later|then|once|would|will|previously)\\s+)*';
/** What may stand between a speech verb and the quotation: "told the paper:", "said it", "said that". */
const OBJECT = "(?:\\s+(?:that|it|he|she|they|them|us|him|her|me|reporters|journalists|in\\s+a\\s+statement|on\\s+\\p{Lu}\\p{Ll}+day|(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)*|the\\s+[\\p{Ll}-]+))";

interface SpeakerRule {
  name: string;
  side: 'before' | 'after';
  pattern: RegExp;
  reason: string;
}

/** Attribution patterns: text just after the closing mark, or just before the opening one. */
export const SPEAKER_RULES: SpeakerRule[] = [
  { name: 'verb-then-speaker', side: 'after', pattern: new RegExp(`^\\s*[,!?-]?\\s*${VERB}\\s+${SPEAKER}(?=[\\s,.;:!?]|$)`, 'du'), reason: '"…," said the speaker' },
  { name: 'speaker-then-verb', side: 'after', pattern: new RegExp(`^\\s*[,!?-]?\\s*${SPEAKER},?\\s+${AUX}${VERB}\\b`, 'du'), reason: '"…," the speaker said' },
  { name: 'according-to', side: 'before', pattern: new RegExp(`\\b[Aa]ccording\\s+to\\s+${SPEAKER}\\s*[,:]?\\s*$`, 'du'), reason: 'according to the speaker, "…"' },
  { name: 'speaker-verb-colon', side: 'before', pattern: new RegExp(`${SPEAKER},?\\s+${AUX}${VERB}${OBJECT}{0,2}\\s*[:,]?\\s*$`, 'du'), reason: 'the speaker said: "…"' },
  { name: 'speaker-to-outlet', side: 'before', pattern: new RegExp(`${SPEAKER},?\\s+to\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\s'-]{0,40}:\\s*$`, 'du'), reason: 'an interview heading "the speaker, to the paper:"' },
];

/** Finds who speaks a quotation from the words around it; `before` ends at the opening mark, `after` starts after the closing one. */
export function findSpeaker(before: { text: string; offset: number }, after: { text: string; offset: number }): SpeakerSpan | null {
  for (const rule of SPEAKER_RULES) {
    const side = rule.side === 'before' ? before : after;
    const m = rule.pattern.exec(side.text);
    if (!m) continue;
    const [start, end] = m.indices?.[1] ?? [m.index, m.index + m[0].length];
    return { start: side.offset + start, end: side.offset + end, rule: rule.name };
  }
  return null;
}

/** True for "he", "she", "they", "we", "I": a speaker to resolve to the last person named. */
export function isPronoun(text: string): boolean {
  return new RegExp(`^${PRONOUN}$`, 'u').test(text);
}
