import type { DateMention, Reference } from '../dossier/contract.js';
import { sentenceAround, within, type CheckContext, type Placed } from '../checks/context.js';
import { DATE_CUE, NOUN_OF_DATE, NUMBER_CUE, documentNouns, lemmaOf } from './nouns.js';

/** A document the text describes: its noun, and the date and number it is said to carry. */
export interface DocumentFact {
  lemma: string;
  noun: { start: number; end: number; text: string };
  date: Placed<DateMention> | null;
  reference: Placed<Reference> | null;
  /** View offsets of the sentence that describes it. */
  sentence: { start: number; end: number };
}

/** Longest gap between a cue word and the date or number it introduces. */
const CUE_WINDOW = 40;

/** How far back "It" at the start of a sentence may point to a document. */
const PRONOUN_REACH = 400;

/**
 * Documents described with a date or a number in the same sentence: "the memo, dated 12 March
 * 2016 and numbered KM/LEG/2016-044". Each date or number goes to the nearest document noun
 * before it in the sentence (after it when none comes before).
 */
export function findDocumentFacts(ctx: CheckContext): DocumentFact[] {
  let found = factsOf.get(ctx);
  if (!found) factsOf.set(ctx, (found = readFacts(ctx)));
  return found;
}

/** Facts already read from a context (the document-facts and checks stages share one context). */
const factsOf = new WeakMap<CheckContext, DocumentFact[]>();

function readFacts(ctx: CheckContext): DocumentFact[] {
  const facts = new Map<number, DocumentFact>();
  const nouns = documentNouns(ctx.text);
  const attach = (at: number, fill: (f: DocumentFact) => void) => {
    const sentence = sentenceAround(ctx, at);
    const inSentence = within(nouns, sentence.start, sentence.end);
    const noun = [...inSentence].reverse().find((n) => n.end <= at) ?? inSentence.find((n) => n.start >= at) ?? pronounFor(sentence);
    if (!noun) return;
    const fact = facts.get(noun.start) ?? { lemma: lemmaOf(noun.text), noun, date: null, reference: null, sentence };
    fill(fact);
    facts.set(noun.start, fact);
  };
  // "The letter appears on ... It is numbered ... and dated ...": "It" is the last document named
  const pronounFor = (sentence: { start: number; end: number }) => {
    if (!/^\W*(?:it|this)\b/i.test(ctx.text.slice(sentence.start, sentence.end))) return undefined;
    const earlier = within(nouns, sentence.start - PRONOUN_REACH, sentence.start);
    return earlier[earlier.length - 1];
  };
  for (const d of ctx.dates) {
    const before = ctx.text.slice(Math.max(0, d.start - CUE_WINDOW), d.start);
    const nounJustBefore = within(nouns, d.start - 30, d.start).find((n) => NOUN_OF_DATE.test(ctx.text.slice(n.end, d.start)));
    if (DATE_CUE.test(before) || nounJustBefore) attach(d.start, (f) => (f.date ??= d));
  }
  for (const r of ctx.references) {
    const before = ctx.text.slice(Math.max(0, r.start - CUE_WINDOW), r.start);
    if (NUMBER_CUE.test(before) || /\b(?:memo|letter|document|decree|order|file|report)\s*$/i.test(before)) {
      attach(r.start, (f) => (f.reference ??= r));
    }
  }
  return [...facts.values()].sort((a, b) => a.noun.start - b.noun.start);
}

/** The plain form a dossier shows: spans of the original text. */
export function describeFact(ctx: CheckContext, f: DocumentFact) {
  const doc = ctx.doc;
  return {
    kind: f.lemma,
    noun: doc.spanFromView(f.noun.start, f.noun.end),
    date: f.date ? { ...f.date.item } : null,
    reference: f.reference ? { ...f.reference.item } : null,
  };
}
