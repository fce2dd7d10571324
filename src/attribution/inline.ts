import type { ClaimSource } from '../dossier/contract.js';
import { antecedentOfIt, classifySource, documentSource, withheld, type SourceContext } from './classify.js';
import { ANONYMOUS_NOUNS, DOCUMENT_NOUNS, DOCUMENT_VERBS, ROLE_WORDS, SPEECH_VERBS } from './cues.js';

/** A source named inside one sentence, with the clean-view offset of its cue. */
export interface Candidate {
  source: ClaimSource;
  at: number;
  rule: string;
}

const SPEECH = new Set(SPEECH_VERBS.words);
/** Verbs only a document does ("it shows", "it lists"): their "it" is a document, not a body. */
const WRITTEN = new Set('shows showed describes described lists listed records recorded contains contained reads details detailed documents documented mentions mentioned'.split(' '));
const VERB = new RegExp(`\\b(?:${[...new Set([...SPEECH_VERBS.words, ...DOCUMENT_VERBS.words])].join('|')})\\b`, 'g');
const ACCORDING = /(?:\b(?:according\s+to|citing|quoting)|(?:^\s*|\bas\s+)per(?=\s+(?:the|a|an|its|his|her|their)\s))\s+/gi;
/** "X was quoted by Y as saying": X is the speaker, Y only the outlet. */
const QUOTED_AS = /\b(?:was|were|is|are)\s+(?:also\s+)?quoted\s+(?:by\s+[^,;:]{1,60}?\s+)?as\s+saying\b/gi;
const PASSIVE = /\b(?:(?:mentioned|revealed|reported|stated|cited|published|attributed|confirmed|disclosed|shown|described|vouched\s+for|authenticated|verified|identified|quoted)\s+by|(?:mentioned|stated|listed|described|cited|contained|recorded|set\s+out)\s+in)\s+/gi;
/** Where a source phrase after a cue ends. */
const PHRASE_END = /[,;:.!?()"]|\s(?:that|which|who|whose|when|where|because|as|in\s+order)\s/;
/** "There are reports that …": hearsay with no one behind it. */
const THERE_ARE = /\bthere\s+(?:are|were|have\s+been|is|was)\s+(?:[a-z]+\s+)?(?:reports|rumours|rumors|allegations|claims|suggestions|indications)\b/gi;
/** "In the court records her name appears as …": the document the sentence reads from. */
const IN_DOCUMENT = new RegExp(`^\\s*(?:In|Under)\\s+(?:the|its|his|her|their|a|an)\\s+(?:[\\p{L}'-]+\\s+){0,3}(?:${DOCUMENT_NOUNS.words.join('|')})\\b`, 'u');
const OWN_DOCUMENT = /^\s*(?:In|Under)\s+(?:his|her|their|its)\s/;
/** "A copy obtained by this newspaper": a document the publication has in hand. */
const SEEN_BY = /\s+(?:seen|obtained|reviewed|examined|verified|consulted)\s+by\s+(?:this|our|the)\s+(?:newspaper|paper|reporters?|publication|magazine|website|site|agency)\b/gi;
/** Words between a subject and its verb that are not part of the subject. */
const AUX = /(?:\s+(?:has|had|have|also|later|then|previously|recently|reportedly|allegedly|would|will|once|again|further|publicly))+\s*$/i;
const MAX_SEGMENTS = 3;
/** "MOMBASA, 3 April 2019 - ": a dateline is not part of any subject. */
const DATELINE = /^\s*\p{Lu}[\p{L} .'-]+,[^-\n]{0,40}?\s-+\s/u;
/** "was mentioned", "ordered to report": a passive or an infinitive verb has no speaker of its own. */
const PASSIVE_AUX = /\b(?:was|were|is|are|been|be|being|as|to)\s+$/i;
/** Verb forms that are also nouns ("shipping records", "a panel report"). */
const NOUNISH = new Set([...DOCUMENT_NOUNS.words, ...ANONYMOUS_NOUNS.words, 'report', 'note', 'claim', 'claims', 'states', 'lists', 'details', 'read', 'estimate', 'estimates', 'names', 'puts']);
const DETERMINERS = new Set('the a an this that these those its his her their our my your panel annual'.split(' '));
const VERB_FOLLOWERS = new Set('that the a an his her its their this these those how what whether why when no nothing him them it he she they on to at in one two three several some any all'.split(' '));
/** What may follow a speech verb that closes its sentence: "…, the court said on Monday." */
const TRAILING = /^(?:\s+(?:on|in|at|last|this|earlier|later|late|yesterday|today)\b[^,;:]{0,40})?\s*[.!?"']*\s*$/;
const MAX_SUBJECT_WORDS = 24;
const MAX_NAME_WORDS = 6;
/** A segment that describes someone named before it rather than naming them. */
/** "such as X", "including X": an example after the subject, not the subject. */
const EXAMPLE = /^(?:such\s+as|including|among\s+them|notably|like)\b/i;
/** "who asked not to be named", "speaking anonymously": an aside that withholds the subject before it. */
const WITHHOLDING_ASIDE = /^(?:who|speaking|on\s+condition|requesting|asking|because)\b/i;
const APPOSITION = new RegExp(`^(?:\\p{Ll}|(?:a|an|the|its|his|her|their)\\s)|\\b(?:${ROLE_WORDS.words.join('|')})\\b`, 'u');

/** Every source cue of a sentence (clean-view range), in reading order. */
export function inlineSources(ctx: SourceContext, vs: number, ve: number): Candidate[] {
  const text = ctx.doc.view.text.slice(vs, ve);
  const out: Candidate[] = [];
  const add = (source: ClaimSource | null, at: number, rule: string) => {
    if (source && !out.some((c) => c.source.start === source.start)) out.push({ source, at: vs + at, rule });
  };
  const quotedAs: Array<[number, number]> = [];
  QUOTED_AS.lastIndex = 0;
  for (let m = QUOTED_AS.exec(text); m; m = QUOTED_AS.exec(text)) quotedAs.push([m.index, m.index + m[0].length]);
  for (const re of [ACCORDING, PASSIVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (quotedAs.some(([a, b]) => a <= m!.index && m!.index < b)) continue;
      const from = m.index + m[0].length;
      const end = phraseEnd(text, from);
      const found = classifySource(ctx, vs + from, vs + end);
      // A document is named with what follows it: "a notice placed by her relatives in the local paper".
      const whole = found?.kind === 'document' && re === ACCORDING ? { ...found, ...ctx.doc.spanFromView(vs + from, vs + end) } : found;
      add(whole, m.index, re === ACCORDING ? 'according-to' : 'passive-by');
    }
  }
  for (const [a] of quotedAs) add(subjectOf(ctx, vs, text, a, true), a, 'quoted-as');
  THERE_ARE.lastIndex = 0;
  for (let m = THERE_ARE.exec(text); m; m = THERE_ARE.exec(text)) {
    const span = ctx.doc.spanFromView(vs + m.index, vs + m.index + m[0].length);
    add({ kind: 'anonymous', ...span, entity: null }, m.index, 'there-are');
  }
  const inDocument = IN_DOCUMENT.exec(text);
  if (inDocument) add(documentSource(ctx, vs, vs + inDocument[0].length), 0, 'in-document');
  SEEN_BY.lastIndex = 0;
  for (let m = SEEN_BY.exec(text); m; m = SEEN_BY.exec(text)) {
    const from = Math.max(0, text.lastIndexOf(',', m.index) + 1);
    add(documentSource(ctx, vs + from, vs + m.index), m.index, 'seen-by');
  }
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
    if (NOUNISH.has(m[0]) && !actsAsVerb(text, m.index, m.index + m[0].length)) continue;
    if (PASSIVE_AUX.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const speech = SPEECH.has(m[0]);
    const closing = speech && TRAILING.test(text.slice(m.index + m[0].length)) && /,\s*[^,]+$/.test(text.slice(0, m.index));
    const it = /(?:^|[^\p{L}])[Ii]t\s+(?:also\s+)?$/u.test(text.slice(Math.max(0, m.index - 10), m.index));
    const subject = it ? antecedentOfIt(ctx, vs + m.index, WRITTEN.has(m[0])) : subjectOf(ctx, vs, text, m.index, speech);
    add(subject, m.index, closing ? 'trailing' : 'subject-verb');
    // '"…," said X': the name after the verb, only right after a quotation.
    if (speech && /(?:[,.!?]\s*"|"\s*,)\s*$/.test(text.slice(0, m.index))) {
      const from = m.index + m[0].length;
      add(classifySource(ctx, vs + from, vs + phraseEnd(text, from)), m.index, 'verb-subject');
    }
  }
  // "In his ruling, Judge X wrote": the document is the speaker's own, and the speaker is the source.
  const own = out.findIndex((c) => c.rule === 'in-document');
  if (own >= 0 && OWN_DOCUMENT.test(text) && out.some((c) => c.rule !== 'in-document' && (c.source.kind === 'named-person' || c.source.kind === 'named-organization'))) out.splice(own, 1);
  return out.sort((a, b) => a.at - b.at);
}

/** "records", "report", "notes": a verb only with an object or a clause after it and no article before it. */
function actsAsVerb(text: string, start: number, end: number): boolean {
  const before = /([\p{L}']+)\s*$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? '';
  if (DETERMINERS.has(before)) return false;
  const after = /^\s+([\p{L}\d'-]+)/u.exec(text.slice(end))?.[1] ?? '';
  return VERB_FOLLOWERS.has(after.toLowerCase()) || /^[\p{Lu}\d]/u.test(after);
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
  // "The registry's files (I paid for them) show": the aside is not the subject.
  if (text[end - 1] === ')') end = text.slice(0, Math.max(0, text.lastIndexOf('(', end))).replace(/[\s,]+$/, '').length;
  const head = text.slice(0, end);
  const that = head.search(/\bthat\s+(?!(?:was|were|is|are|has|had|have|will|would|could|can|may|might)\b)[^,]*$/);
  const dateline = DATELINE.exec(head);
  const clause = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), that < 0 ? -1 : that + 'that'.length - 1, dateline ? dateline[0].length - 1 : -1);
  let segEnd = end;
  let first: ClaimSource | null = null;
  let relative = false;
  for (let k = 0; k < MAX_SEGMENTS && segEnd > clause; k++) {
    const comma = lastComma(head, segEnd - 1);
    let segStart = Math.max(comma, clause) + 1;
    const segment = text.slice(segStart, segEnd).trim();
    // After "…, which said" the subject is the noun just before the comma, not the whole clause.
    if (relative) segStart = segEnd - (/(?:\S+\s+){0,5}\S+\s*$/.exec(text.slice(segStart, segEnd))?.[0].length ?? 0);
    const words = segment.split(/\s+/).length;
    if (k === 0 && EXAMPLE.test(segment) && comma > clause) {
      segEnd = comma;
      continue;
    }
    if (!first && k <= 1 && WITHHOLDING_ASIDE.test(segment) && withheld(segment) && comma > clause) {
      const before = Math.max(lastComma(head, comma - 1), clause) + 1;
      const who = classifySource(ctx, vs + before, vs + comma);
      const short = text.slice(before, comma).trim().split(/\s+/).length <= MAX_NAME_WORDS;
      if (who?.kind === 'anonymous' || (!who && short)) return { kind: 'anonymous', entity: null, ...ctx.doc.spanFromView(vs + before + (text.slice(before, comma).length - text.slice(before, comma).trimStart().length), vs + segEnd) };
    }
    // Only a short name stands before an apposition; a long segment is the content, not the speaker.
    const long = k > 0 && !relative && words > MAX_NAME_WORDS;
    if (words <= MAX_SUBJECT_WORDS) {
      const source = classifySource(ctx, vs + segStart, vs + segEnd);
      // A long segment may still be the subject when it opens with a paper: "A report released in May by X, a Y, found".
      const opensWithPaper = source?.kind === 'document' && source.start !== null && ctx.doc.view.toOriginal(vs + segStart + (text.slice(segStart).length - text.slice(segStart).trimStart().length)) === source.start;
      const usable = source && (speech || source.kind !== 'author') && !(long && !(source.kind === 'anonymous' && withheld(segment)) && !opensWithPaper) ? source : null;
      if (k === 0) {
        relative = /^(?:which|who|that)\b/i.test(segment);
        // "X, which employs 4,000 people, said": what the clause mentions is not who speaks.
        first = relative && !withheld(segment) ? null : usable;
      } else if (usable && (usable.kind === 'named-person' || usable.kind === 'named-organization' || !first || opensWithPaper)) {
        // "X, which …, said": only a body is "which".
        if (relative && /^which\b/i.test(text.slice(segEnd).replace(/^[\s,]+/, '')) && usable.kind === 'named-person') return { ...usable, kind: 'named-organization' };
        // A name guessed from capitals takes the kind its apposition gives it ("X, the UK registry, said").
        return first?.kind === 'named-organization' && !usable.entity ? { ...usable, kind: 'named-organization' } : usable;
      }
      // "X, a senior official of the union, said": an indefinite role names X's role, not an unnamed source.
      // "X, the deputy mayor, said": a role without a name of its own describes X.
      const described = first?.kind === 'named-person' && !first.entity && /^(?:the|its|his|her|their)\s/i.test(segment);
      const settled = first && first.kind !== 'named-organization' && !described && !(first.kind === 'anonymous' && /^(?:a|an|one)\s/i.test(segment) && !withheld(segment));
      if (k === 0 && (settled || !APPOSITION.test(segment))) return first;
    }
    if (comma < 0 || comma <= clause) break;
    segEnd = comma;
  }
  return first;
}

/** The last comma at or before `from` that separates words, not the thousands of a number ("4,000"). */
function lastComma(text: string, from: number): number {
  let at = text.lastIndexOf(',', from);
  while (at > 0 && /\d/.test(text[at - 1]) && /\d/.test(text[at + 1] ?? '')) at = text.lastIndexOf(',', at - 1);
  return at;
}
