import { SPEECH_VERB_SOURCE } from './speech-verbs.js';

/** Where the text names who speaks, in clean-view offsets, and the rule that found it. */
export interface SpeakerSpan {
  start: number;
  end: number;
  rule: string;
}

const TITLE = '(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt|Sen|Rep|Sir|Lord|Lady|Judge|Sheikh|Imam|Chief|President|Minister|Professor|Maître|Me|Mme|Mlle|Maitre)\\.?\\s+)';
const LINK = '(?:van|von|de|der|den|del|della|da|di|du|la|le|al|el|bin|ibn|abu|ben|of|for|and|&)';
/** A capitalised word, or an initial with its dot ("J."), never a sentence's full stop. */
const CAP = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'-]*)";
/** Capitalised words that open a sentence without naming anyone. */
const NOT_NAME = '(?!(?:It|Its|This|That|These|Those|There|Here|But|And|Or|So|Then|When|While|If|As|In|On|At|After|Before|Since)\\b)';
const NAME = `(?:[Tt]he\\s+)?${NOT_NAME}${TITLE}?${CAP}(?:\\s+(?:${LINK}\\s+)*${CAP}){0,5}`;
/** A word of a noun phrase; a relative pronoun or a speech verb ends the phrase. */
const WORD = "(?!(?:who|whom|whose|which|that|said|says|told|tells|and|but|he|she|it|they|we|I|has|had|have|would|will|also|later|then|just)\\b)[\\p{L}\\p{M}'-]+";
const DETERMINER = '(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)';
/** "Daeyang Bank's Ankara representative", "Vaitkus' lawyer". */
const POSSESSIVE = `(?:\\p{Lu}[\\p{L}\\p{M}-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}-]*(?:'s|')(?:\\s+${WORD}){1,4}`;
const NOUN_PHRASE = `(?:${DETERMINER}(?:\\s+${WORD}){1,7}|${POSSESSIVE})`;
const PRONOUN = '(?:he|she|they|we|I|He|She|They|We)';
const SPEAKER = `(?<![\\p{L}\\p{M}'-])(${NOUN_PHRASE}|${NAME}|${PRONOUN})`;
/** After a quotation a name may follow its job in lower case: '"…," chief executive Ana Ruiz said'. */
const SPEAKER_WITH_JOB = `(?<![\\p{L}\\p{M}'-])((?:\\p{Ll}[\\p{L}-]*\\s+){0,3}${NAME}|${NOUN_PHRASE}|${PRONOUN})`;
/** ", Dilfuza Yuldasheva," after "A ministry spokeswoman": an appositive that may hold the name. */
const APPOSITIVE = '(?:,\\s+([^,"\\n]{2,90}),)?(?:,?\\s+(?:who|whose|which)\\s[^,"\\n]{2,90}?,?)?';
const VERB = `(?:${SPEECH_VERB_SOURCE})`;
const AUX = '(?:(?:has|had|have|also|just|later|then|once|would|will|previously)\\s+)*';
/** What may stand between a speech verb and the quotation: "told the paper:", "said it", "asked him to". */
const OBJECT = "(?:\\s+(?:that|it|he|she|they|them|us|him|her|me|reporters|journalists|in\\s+a\\s+statement|on\\s+\\p{Lu}\\p{Ll}+day|(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)*|the\\s+[\\p{Ll}-]+))";

interface SpeakerRule {
  name: string;
  side: 'before' | 'after';
  /** A cheap test the text must pass before the full pattern is tried. */
  needs: RegExp;
  pattern: RegExp;
  reason: string;
}

const HAS_VERB = new RegExp(`\\b${VERB}\\b`);

/** Attribution patterns, tried in order: text just after the closing mark, then just before the opening one. */
export const SPEAKER_RULES: SpeakerRule[] = [
  { name: 'verb-then-speaker', side: 'after', needs: HAS_VERB, pattern: new RegExp(`^\\s*[,!?-]?\\s*${VERB}\\s+${SPEAKER}(?=[\\s,.;:!?]|$)`, 'du'), reason: '"…," said the speaker' },
  { name: 'speaker-then-verb', side: 'after', needs: HAS_VERB, pattern: new RegExp(`^\\s*[,!?-]?\\s*${SPEAKER_WITH_JOB}${APPOSITIVE},?\\s+${AUX}${VERB}\\b`, 'du'), reason: '"…," the speaker said' },
  { name: 'interview-with', side: 'after', needs: /^\s*[:,-]\s*(?:an?\s+)?(?:interview|conversation|talk)\b/, pattern: new RegExp(`^\\s*[:,-]\\s*(?:an?\\s+)?(?:interview|conversation|talk)\\s+with\\s+[^\\n]*?${SPEAKER}\\s*$`, 'du'), reason: 'a headline "\u201C…\u201D: an interview with the speaker"' },
  { name: 'according-to', side: 'before', needs: /ccording\s+to\b/, pattern: new RegExp(`\\b[Aa]ccording\\s+to\\s+${SPEAKER}${APPOSITIVE}\\s*[,:]?\\s*$`, 'du'), reason: 'according to the speaker, "…"' },
  { name: 'speaker-verb-colon', side: 'before', needs: HAS_VERB, pattern: new RegExp(`${SPEAKER}${APPOSITIVE},?\\s+${AUX}${VERB}${OBJECT}{0,3}\\s*[:,]?\\s*$`, 'du'), reason: 'the speaker said: "…"' },
  { name: 'speaker-to-outlet', side: 'before', needs: /\bto\b[^\n]*:\s*$/, pattern: new RegExp(`${SPEAKER}${APPOSITIVE},?\\s+to\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\s'-]{0,40}:\\s*$`, 'du'), reason: 'an interview heading "the speaker, to the paper:"' },
  { name: 'reported-clause', side: 'before', needs: HAS_VERB, pattern: new RegExp(`${SPEAKER}${APPOSITIVE},?\\s+${AUX}${VERB}\\b[^".;:!?\\n]{0,150}$`, 'du'), reason: 'the speaker said that the plan was "…": a quoted phrase inside reported speech' },
  { name: 'relative-speaker', side: 'before', needs: HAS_VERB, pattern: new RegExp(`${SPEAKER},?\\s+(?:who|which)\\s+${AUX}${VERB}\\b[^".;:!?\\n]{0,150}$`, 'du'), reason: 'the expert, who called the plan "…": speech in a relative clause' },
  { name: 'passive-by', side: 'before', needs: /\bby\b/, pattern: new RegExp(`\\b(?:${VERB}|quoted|cited)\\s+by\\s+${SPEAKER}(?:\\s+as)?\\s*[:,]?\\s*$`, 'du'), reason: 'described by the speaker as "…"' },
];

/** A speaker described rather than named: "a ministry spokeswoman", "KRT's lawyer". */
const DESCRIPTION = new RegExp(`^${NOUN_PHRASE}$`, 'u');
const NAME_IN = new RegExp(`${TITLE}?\\p{Lu}[\\p{L}\\p{M}'-]+(?:\\s+(?:${LINK}\\s+)*${CAP})+`, 'gu');

/** Finds who speaks a quotation from the words around it; `before` ends at the opening mark, `after` starts after the closing one. */
export function findSpeaker(before: { text: string; offset: number }, after: { text: string; offset: number }): SpeakerSpan | null {
  for (const rule of SPEAKER_RULES) {
    const side = rule.side === 'before' ? before : after;
    if (!rule.needs.test(side.text)) continue;
    const m = rule.pattern.exec(side.text);
    if (!m?.indices?.[1]) continue;
    const [start, end] = preferName(m);
    return { start: side.offset + start, end: side.offset + end, rule: rule.name };
  }
  return null;
}

/**
 * "A ministry spokeswoman, Dilfuza Yuldasheva," names the speaker in the appositive: take the name.
 * So does "a lawyer in Lausanne, Anne Roux," where only the last word before the comma was caught.
 */
function preferName(m: RegExpExecArray): [number, number] {
  const speaker = m.indices![1];
  const appositive = m.indices![2];
  if (!appositive || !m[2] || (!DESCRIPTION.test(m[1]) && /\s/.test(m[1]))) return speaker;
  NAME_IN.lastIndex = 0;
  const name = NAME_IN.exec(m[2]);
  // The appositive is the name itself, or "a certain" + name; "led by X" names someone else.
  if (!name || name.index + name[0].length !== m[2].length) return speaker;
  const lead = m[2].slice(0, name.index).trim();
  if (lead && !/^(?:a|an|the)(?:\s+certain)?$/i.test(lead)) return speaker;
  return [appositive[0] + name.index, appositive[0] + name.index + name[0].length];
}

const SUBJECT = new RegExp(`${SPEAKER}${APPOSITIVE},?\\s+${AUX}${VERB}\\b`, 'dgu');

/** Where a text names someone as the subject of a speech verb ("Ana Ruiz, the lawyer, said"), the name only. */
export function speechSubjects(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!HAS_VERB.test(text)) return out;
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(text); m; m = SUBJECT.exec(text)) {
    if (!m.indices?.[1]) continue;
    const [start, end] = preferName(m);
    out.push({ start, end });
  }
  return out;
}

/** True for "he", "she", "they", "we", "I": a speaker to resolve to the last person named. */
export function isPronoun(text: string): boolean {
  return PRONOUN_ONLY.test(text);
}

const PRONOUN_ONLY = new RegExp(`^${PRONOUN}$`, 'u');
