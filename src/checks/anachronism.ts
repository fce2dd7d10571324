import type { Flag } from '../dossier/contract.js';
import type { DocumentFact } from '../documents/facts.js';
import { documentNouns, lemmaOf } from '../documents/nouns.js';
import { sentenceAround, within, type CheckContext, type Placed } from './context.js';
import { datesOfTerms, eventTerms } from './eventTerms.js';
import { certainlyAfter, severityOf, shown } from './explicit.js';
import type { DateMention } from '../dossier/contract.js';

/** Verbs by which a document is said to carry some content. */
export const CONTENT_VERBS = {
  match: /^[^.;]{0,80}?\b(?:mentions?|mentioned|cites?|cited|refers? to|referred to|reports?|reported|describes?|described|records?|recorded|details?|detailed|lists?|listed|notes?|noted|says|said|states?|stated|reveals?|revealed|recounts?|recounted|discusses?|discussed|quotes?|quoted|covers?|covered|recalls?|recalled|summari[sz]es|summari[sz]ed)\b/i,
  reason: 'the document is the subject of a verb of saying or recording, so what follows is its content',
};

/** "It records ...", "Its third paragraph says ...": the last document described. */
const PRONOUN = /^\W*(?:it|its\s+[\p{L} ]{0,30}?)(?=\s)/iu;

/** Words after a document noun that introduce what the document is about: "the report on the 3-5 June meeting". */
export const ABOUT = { match: /^\s+(?:of|on|about|into|describing|covering|recording)\b/i, reason: 'the complement names the subject of the document' };

/** A forecast is no anachronism: "the report says prices will rise in 2017". */
export const FORECAST = { match: /\b(?:will|would|shall|expected|expects?|forecasts?|plans?|planned|scheduled|due|predicts?|predicted|projected|projects|projections?|targets?|until|by|to|through|ahead|future)\b/i, reason: 'the document looks ahead' };

/** Quoted words: in a paragraph about a document's content, they are the document's words. */
const QUOTED = /«[^»]{3,400}»|"[^"\n]{3,400}"/g;

/** Which described document "the memo", "the document" or "it" speaks of: the latest before it. */
function factFor(facts: DocumentFact[], lemma: string, at: number): DocumentFact | undefined {
  const dated = facts.filter((f) => f.date && f.noun.start <= at);
  const same = dated.filter((f) => f.lemma === lemma);
  if (same.length) return same[same.length - 1];
  return lemma === 'document' ? dated[dated.length - 1] : undefined;
}

interface Scope {
  fact: DocumentFact;
  ranges: Array<{ start: number; end: number }>;
  /** Where the text says what the document contains, for the message. */
  said: { start: number; end: number };
}

/** Where each document's content is reported: the clause after the verb, and quotes later in the paragraph. */
function contentScopes(ctx: CheckContext, facts: DocumentFact[]): Scope[] {
  const scopes: Scope[] = [];
  const nouns = documentNouns(ctx.text);
  const subjects = nouns.map((n) => ({ at: n.start, end: n.end, lemma: lemmaOf(n.text) }));
  ctx.sentences.forEach((s, i) => {
    const m = PRONOUN.exec(ctx.text.slice(s.start, s.end));
    const previous = ctx.sentences[i - 1];
    // "It" stands for a document only when the sentence before names one
    const named = previous && within(nouns, previous.start, previous.end).pop();
    if (m && named) subjects.push({ at: s.start, end: s.start + m[0].length, lemma: lemmaOf(named.text) });
  });
  for (const subject of subjects) {
    const verb = CONTENT_VERBS.match.exec(ctx.text.slice(subject.end, subject.end + 200));
    if (!verb) continue;
    const fact = factFor(facts, subject.lemma, subject.at);
    if (!fact) continue;
    const start = subject.end + verb[0].length;
    const sentence = sentenceAround(ctx, subject.at);
    const semicolon = ctx.text.slice(start, sentence.end).search(/;/);
    const ranges = [{ start, end: semicolon < 0 ? sentence.end : start + semicolon }];
    const lineEnd = ctx.text.indexOf('\n', sentence.end);
    const rest = ctx.text.slice(sentence.end, lineEnd < 0 ? ctx.text.length : lineEnd);
    for (const q of rest.matchAll(QUOTED)) ranges.push({ start: sentence.end + q.index, end: sentence.end + q.index + q[0].length });
    scopes.push({ fact, ranges, said: { start: subject.at, end: ranges[0].end } });
  }
  for (const fact of facts) {
    if (fact.date && fact.date.start > fact.noun.end && ABOUT.match.test(ctx.text.slice(fact.noun.end, fact.date.start))) {
      scopes.push({ fact, ranges: [{ start: fact.noun.end, end: fact.date.start }], said: { start: fact.noun.start, end: fact.date.end } });
    }
  }
  return scopes;
}

/** A document said to mention or report something that happened after its own date. */
export function findAnachronisms(ctx: CheckContext, facts: DocumentFact[]): Flag[] {
  const flags: Flag[] = [];
  const seen = new Set<string>();
  const add = (fact: DocumentFact, event: Placed<DateMention>, indirect: string | null, said: { start: number; end: number }) => {
    const docDate = fact.date!.item;
    const key = `${fact.lemma}:${event.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    const ref = fact.reference ? ` (${fact.reference.item.normalized})` : '';
    const what = indirect ? `the ${indirect}, which the text dates ${shown(event.item)}` : shown(event.item);
    flags.push({
      kind: 'anachronism',
      severity: indirect ? 'warning' : severityOf(docDate, event.item),
      message: `The ${fact.lemma}${ref} is dated ${shown(docDate)} but is said to speak of ${what}, which comes after it: "${snippet(ctx, said)}".`,
      evidence: [ctx.doc.spanFromView(fact.noun.start, fact.noun.end), docDate, ctx.doc.spanFromView(said.start, said.end), event.item],
    });
  };
  const scopes = contentScopes(ctx, facts);
  const termDates = datesOfTerms(ctx, scopes.flatMap((s) => s.ranges));
  for (const { fact, ranges, said } of scopes) {
    const docDate = fact.date!;
    for (const range of ranges) {
      for (const ev of within(ctx.dates, range.start, range.end)) {
        if (ev.start === docDate.start || !certainlyAfter(ev.item, docDate.item)) continue;
        if (FORECAST.match.test(ctx.text.slice(range.start, ev.start))) continue;
        add(fact, ev, null, said);
      }
      // an event the document names, dated by the text elsewhere: fires only if every date given to it is later
      for (const term of eventTerms(ctx, range.start, range.end)) {
        const dated = (termDates.get(term) ?? []).filter((d) => d.start !== docDate.start);
        if (dated.length && dated.every((d) => certainlyAfter(d.item, docDate.item))) add(fact, dated[0], term, said);
      }
    }
  }
  return flags;
}

/** The words that say what the document contains, on one line and short. */
function snippet(ctx: CheckContext, said: { start: number; end: number }): string {
  const flat = ctx.text.slice(said.start, said.end).replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '');
  return flat.length > 90 ? `${flat.slice(0, 89)}\u2026` : flat;
}
