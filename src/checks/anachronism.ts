import type { Flag } from '../dossier/contract.js';
import type { DocumentFact } from '../documents/facts.js';
import { DOCUMENT_NOUN, lemmaOf } from '../documents/nouns.js';
import { sentenceAround, within, type CheckContext } from './context.js';
import { certainlyAfter, severityOf, shown } from './explicit.js';

/** Verbs by which a document is said to carry some content. */
export const CONTENT_VERBS = {
  match: /^[^.;]{0,80}?\b(?:mentions?|mentioned|cites?|cited|refers? to|referred to|reports?|reported|describes?|described|records?|recorded|details?|detailed|lists?|listed|notes?|noted|says|said|states?|stated|reveals?|revealed|recounts?|recounted|discusses?|discussed|quotes?|quoted|covers?|covered|recalls?|recalled|summari[sz]es|summari[sz]ed)\b/i,
  reason: 'the document is the subject of a verb of saying or recording, so what follows is its content',
};

/** Words after a document noun that introduce what the document is about: "the report on the 3-5 June meeting". */
export const ABOUT = { match: /^\s+(?:of|on|about|into|describing|covering|recording)\b/i, reason: 'the complement names the subject of the document' };

/** A forecast is no anachronism: "the report says prices will rise in 2017". */
export const FORECAST = { match: /\b(?:will|would|shall|expected|expects?|forecasts?|plans?|planned|scheduled|due|predicts?|predicted|projected|projects|until|by)\b/i, reason: 'the document looks ahead' };

/** Which described document a later "the memo" or "the document" speaks of: the latest before it with that noun. */
function factFor(facts: DocumentFact[], lemma: string, at: number): DocumentFact | undefined {
  const dated = facts.filter((f) => f.date && f.noun.start <= at);
  const same = dated.filter((f) => f.lemma === lemma);
  if (same.length) return same[same.length - 1];
  return lemma === 'document' ? dated[dated.length - 1] : undefined;
}

/** A document said to mention or report something that happened after its own date. */
export function findAnachronisms(ctx: CheckContext, facts: DocumentFact[]): Flag[] {
  const flags: Flag[] = [];
  const seen = new Set<string>();
  const report = (fact: DocumentFact, eventAt: number, eventEnd: number) => {
    const docDate = fact.date!.item;
    for (const ev of within(ctx.dates, eventAt, eventEnd)) {
      const event = ev.item;
      if (ev.start === fact.date!.start || !certainlyAfter(event, docDate)) continue;
      if (FORECAST.match.test(ctx.text.slice(eventAt, ev.start))) continue;
      const key = `${fact.noun.start}:${ev.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ref = fact.reference ? ` (${fact.reference.item.normalized})` : '';
      flags.push({
        kind: 'anachronism',
        severity: severityOf(docDate, event),
        message: `The ${fact.lemma}${ref} is dated ${shown(docDate)} but is said to speak of ${shown(event)}, which comes after it.`,
        evidence: [ctx.doc.spanFromView(fact.noun.start, fact.noun.end), docDate, event],
      });
    }
  };
  // what a document "mentions", "reports", "cites" ...
  for (const m of ctx.text.matchAll(DOCUMENT_NOUN)) {
    const after = ctx.text.slice(m.index + m[0].length);
    const verb = CONTENT_VERBS.match.exec(after);
    if (!verb) continue;
    const fact = factFor(facts, lemmaOf(m[0]), m.index);
    if (!fact) continue;
    const contentStart = m.index + m[0].length + verb[0].length;
    const sentence = sentenceAround(ctx, m.index);
    const clauseEnd = ctx.text.slice(contentStart, sentence.end).search(/[;]/);
    report(fact, contentStart, clauseEnd < 0 ? sentence.end : contentStart + clauseEnd);
  }
  // what a document is "on" or "about", named between the noun and its own date
  for (const fact of facts) {
    if (!fact.date || fact.date.start < fact.noun.end) continue;
    if (!ABOUT.match.test(ctx.text.slice(fact.noun.end, fact.date.start))) continue;
    report(fact, fact.noun.end, fact.date.start);
  }
  return flags;
}
