import type { Span } from '../doc/span.js';
import { overlaps } from '../doc/span.js';
import type { Claim, ClaimSource, Quote } from '../dossier/contract.js';
import { classifySource, type SourceContext } from './classify.js';
import { SPEECH_VERBS } from './cues.js';
import { inlineSources } from './inline.js';
import { viewRange } from './mentions.js';

/** A claim this check-worthy with no source at all is "unattributed" rather than the author's own framing. */
export const UNSOURCED_THRESHOLD = 0.65;
/** How far from a quotation its speaker's name may stand (characters). */
const SPEAKER_REACH = 400;
/** How far after the last sourced claim a quotation without a speaker may still be theirs (characters). */
const QUOTE_RUN_ON = 600;
const FIRST_PERSON = /\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s|[Mm]e)\b/;
const QUOTED = /"[^"]*"/g;
const TITLE_AFTER = /^(?:\s+\p{Ll}{3,}){1,2}\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,3}/u;
/** "They added that …": a plural pronoun speaking again, right after the sentence that named them. */
const THEY_CONTINUE = new RegExp(`^\\W*(?:They|Both)\\s+(?:also\\s+|further\\s+|later\\s+|then\\s+)?(?:${SPEECH_VERBS.words.join('|')})\\b`);

const none = (kind: 'author' | 'unattributed'): ClaimSource => ({ kind, text: null, start: null, end: null, entity: null });

/**
 * Who vouches for a claim. An unnamed source anywhere in the sentence wins, since a claim is only as
 * checkable as its weakest support; then the speaker of the quotation it sits in, then a source named in the
 * sentence (a closing "…, the court said." first), then one inherited from around it (interviewee, lead-in,
 * list document), or the source of the claim just before when "they" speak again. With none:
 * first-person framing is the author's, a highly check-worthy claim is unattributed, the rest is the author's.
 */
export function attributeClaim(ctx: SourceContext, sentence: Span, view: { start: number; end: number }, score: number, inherited: ClaimSource | null, previous?: Claim): ClaimSource {
  const inline = inlineSources(ctx, view.start, view.end);
  const anonymous = inline.find((c) => c.source.kind === 'anonymous');
  if (anonymous) return anonymous.source;
  const quoted = quoteSpeaker(ctx, sentence);
  if (quoted) return quoted;
  const trailing = inline.find((c) => c.rule === 'trailing');
  if (trailing) return trailing.source;
  if (inline.length) return inline[0].source;
  const text = ctx.doc.view.text.slice(view.start, view.end);
  const own = FIRST_PERSON.exec(text.replace(QUOTED, (q) => ' '.repeat(q.length)));
  // A numbered point of an unnamed paper written in the first person ("3. We recommend …") is its writer's.
  if (inherited && !(own && inherited.kind === 'document' && inherited.text === null)) return inherited;
  const again = previous && THEY_CONTINUE.test(ctx.doc.view.text.slice(view.start, view.end)) && !ctx.doc.text.slice(previous.end, sentence.start).trim();
  if (again && previous.source.kind !== 'author' && previous.source.kind !== 'unattributed') return previous.source;
  // A quotation that runs on into paragraphs of its own, with no speaker, is still the last speaker's.
  const runOn = previous && sentence.start - previous.end <= QUOTE_RUN_ON && ctx.doc.quotes.some((q) => !q.speaker && !q.speakerText && overlaps(q, sentence));
  if (runOn && (previous.source.kind === 'named-person' || previous.source.kind === 'named-organization' || previous.source.kind === 'anonymous')) return previous.source;
  if (own) {
    const span = ctx.doc.spanFromView(view.start + own.index, view.start + own.index + own[0].length);
    return { kind: 'author', text: span.text, start: span.start, end: span.end, entity: null };
  }
  return none(score >= UNSOURCED_THRESHOLD ? 'unattributed' : 'author');
}

/** The speaker of the quotation that holds most of the sentence, located at the nearest place the text names them. */
function quoteSpeaker(ctx: SourceContext, sentence: Span): ClaimSource | null {
  const q = ctx.doc.quotes.find((x) => overlaps(x, sentence) && Math.min(x.end, sentence.end) - Math.max(x.start, sentence.start) >= (sentence.end - sentence.start) / 2);
  if (!q || (!q.speaker && !q.speakerText)) return null;
  const entity = q.speaker ? ctx.doc.entities.find((e) => e.id === q.speaker) : undefined;
  // Where the text names the speaker of this quotation, rather than any other mention of them.
  const at = q.speakerText ? nearestOccurrence(ctx.doc.text, q.speakerText, q) : -1;
  if (at >= 0) {
    const r = viewRange(ctx.doc, { start: at, end: at + q.speakerText!.length });
    // "said Labour councillor Amy Stone": the speaker named is the person the title introduces.
    const titled = TITLE_AFTER.exec(ctx.doc.view.text.slice(r.end, r.end + 60));
    const found = classifySource(ctx, r.start, r.end + (titled ? titled[0].length : 0));
    if (found) return found.entity || !entity ? found : { ...found, entity: entity.id };
  }
  const m = entity && nearest(entity.mentions, q);
  if (!m || !entity) return null;
  return { kind: entity.type === 'person' ? 'named-person' : 'named-organization', ...ctx.doc.span(m.start, m.end), entity: entity.id };
}

function distance(a: { start: number; end: number }, q: Quote): number {
  return a.end <= q.start ? q.start - a.end : a.start >= q.end ? a.start - q.end : 0;
}

function nearest<T extends { start: number; end: number }>(list: T[], q: Quote): T | null {
  let best: T | null = null;
  for (const m of list) if (distance(m, q) <= SPEAKER_REACH && (!best || distance(m, q) < distance(best, q))) best = m;
  return best;
}

function nearestOccurrence(text: string, needle: string, q: Quote): number {
  // Only the text around the quotation is searched, so a long document is not rescanned per quote.
  const from = Math.max(0, q.start - SPEAKER_REACH - needle.length);
  const window = text.slice(from, Math.min(text.length, q.end + SPEAKER_REACH + needle.length));
  const before = window.lastIndexOf(needle, q.start - from);
  const after = window.indexOf(needle, Math.max(0, q.end - from - needle.length));
  const options = [before, after].filter((i) => i >= 0).map((i) => i + from).filter((i) => distance({ start: i, end: i + needle.length }, q) <= SPEAKER_REACH);
  return options.sort((a, b) => distance({ start: a, end: a + needle.length }, q) - distance({ start: b, end: b + needle.length }, q))[0] ?? -1;
}
