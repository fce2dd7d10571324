import type { ClaimSource } from '../dossier/contract.js';
import { classifySource, type SourceContext } from './classify.js';
import { DOCUMENT_VERBS, ROLE_WORDS, SPEECH_VERBS } from './cues.js';

/** A source named inside one sentence, with the clean-view offset of its cue. */
export interface Candidate {
  source: ClaimSource;
  at: number;
  rule: string;
}

const SPEECH = new Set(SPEECH_VERBS.words);
const VERB = new RegExp(`\\b(?:${[...new Set([...SPEECH_VERBS.words, ...DOCUMENT_VERBS.words])].join('|')})\\b`, 'g');
const ACCORDING = /\b(?:according\s+to|citing|quoting)\s+/gi;
const PASSIVE = /\b(?:(?:mentioned|revealed|reported|stated|cited|published|attributed|confirmed|disclosed|shown|leaked)\s+by|(?:mentioned|stated|listed|described|cited|contained|recorded|set\s+out)\s+in)\s+/gi;
/** Where a source phrase after a cue ends. */
const PHRASE_END = /[,;:.!?()"]|\s(?:that|which|who|whose|when|where|because|in\s+order)\s/;
/** Words between a subject and its verb that are not part of the subject. */
const AUX = /(?:\s+(?:has|had|have|also|later|then|previously|recently|reportedly|allegedly|would|will|once|again|further|publicly))+\s*$/i;
const MAX_SEGMENTS = 3;
const MAX_SUBJECT_WORDS = 24;
/** A segment that describes someone named before it rather than naming them. */
const APPOSITION = new RegExp(`^(?:\\p{Ll}|(?:a|an|the|its|his|her|their)\\s)|\\b(?:${ROLE_WORDS.words.join('|')})\\b`, 'u');

/** Every source cue of a sentence (clean-view range), in reading order. */
export function inlineSources(ctx: SourceContext, vs: number, ve: number): Candidate[] {
  const text = ctx.doc.view.text.slice(vs, ve);
  const out: Candidate[] = [];
  const add = (source: ClaimSource | null, at: number, rule: string) => {
    if (source && !out.some((c) => c.source.start === source.start)) out.push({ source, at: vs + at, rule });
  };
  for (const re of [ACCORDING, PASSIVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const from = m.index + m[0].length;
      const end = phraseEnd(text, from);
      add(classifySource(ctx, vs + from, vs + end), m.index, re === ACCORDING ? 'according-to' : 'passive-by');
    }
  }
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
    const speech = SPEECH.has(m[0]);
    add(subjectOf(ctx, vs, text, m.index, speech), m.index, 'subject-verb');
    if (speech && /[,"]\s*$/.test(text.slice(0, m.index))) {
      const from = m.index + m[0].length;
      add(classifySource(ctx, vs + from, vs + phraseEnd(text, from)), m.index, 'verb-subject');
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

function phraseEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const stop = PHRASE_END.exec(rest);
  const words = rest.split(/\s+/).slice(0, 10).join(' ').length;
  return from + Math.min(stop ? stop.index : rest.length, words);
}

/**
 * The subject of a verb: the comma-separated segment right before it, or, when that segment is an
 * apposition or a relative clause ("X, a partner at Y, said"; "X, which was set up in 2020, said"),
 * the name before it.
 */
function subjectOf(ctx: SourceContext, vs: number, text: string, verbAt: number, speech: boolean): ClaimSource | null {
  let end = verbAt;
  const aux = AUX.exec(text.slice(0, end));
  if (aux) end = aux.index;
  end = text.slice(0, end).replace(/[\s,]+$/, '').length;
  const head = text.slice(0, end);
  const clause = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), head.search(/\bthat\s+(?!(?:was|were|is|are|has|had|have|will|would|could|can|may|might)\b)[^,]*$/));
  let segEnd = end;
  let first: ClaimSource | null = null;
  for (let k = 0; k < MAX_SEGMENTS && segEnd > clause; k++) {
    const comma = head.lastIndexOf(',', segEnd - 1);
    const segStart = Math.max(comma, clause) + 1;
    const segment = text.slice(segStart, segEnd).trim();
    if (segment.split(/\s+/).length <= MAX_SUBJECT_WORDS) {
      const source = classifySource(ctx, vs + segStart, vs + segEnd);
      const usable = source && (speech || source.kind !== 'author') ? source : null;
      if (k === 0) first = usable;
      else if (usable && (usable.kind === 'named-person' || !first)) return usable;
      if (k === 0 && !APPOSITION.test(segment)) return first;
    }
    if (comma < 0 || comma <= clause) break;
    segEnd = comma;
  }
  return first;
}
