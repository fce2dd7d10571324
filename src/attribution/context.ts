import type { Doc } from '../doc/document.js';
import type { ClaimSource } from '../dossier/contract.js';
import type { Span } from '../doc/span.js';
import { classifySource, documentSource, type SourceContext } from './classify.js';
import { INTERVIEW_WORDS } from './cues.js';
import { inlineSources } from './inline.js';
import { viewRange, viewText } from './mentions.js';

const QUESTION = /^\s*(?:[*\u2022]|Q\s*[:.-]|Question\s*[:.-])/i;
const ANSWER = /^\s*(?:[-\u2013\u2014]|A\s*[:.-]|Answer\s*[:.-])/i;
const LIST_ITEM = /^\s*\d{1,3}[.)]\s/;
const INTERVIEW = new RegExp(`\\b(?:${INTERVIEW_WORDS.words.join('|')})\\b|:\\s*$`, 'i');
const TO_OUTLET = /^(.*?),?\s+to\s+(?:the\s+)?\p{Lu}[\p{L}\s'-]{0,40}:\s*$/u;
/** A transcript turn: "Ms Okoro: We never saw the invoices." */
const TURN = /^\s*(?:(?:Mr|Ms|Mrs|Dr|Prof|Judge|Sen|Rep)\.?\s+)?(\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,3})\s*:\s+\S/u;
/** Words that head a line with a colon without being a speaker. */
const LABELS = new Set('q a question answer note subject from to date re update source photo editor cc bcc sent tel fax email title summary background update'.split(' '));
/** Answers after one question that still belong to the interviewee. */
const MAX_ANSWER_PARAGRAPHS = 4;
const LEAD_IN_REACH = 3;

/**
 * Sources a sentence inherits from around it: an interview answer belongs to the interviewee, a paragraph after
 * "X told the paper:" to X, and the points of a numbered list to the document that carries them.
 */
export function inheritedSources(ctx: SourceContext): Map<Span, ClaimSource> {
  const { doc } = ctx;
  const out = new Map<Span, ClaimSource>();
  const paragraphs = doc.paragraphs.map((p) => ({ span: p, view: viewText(doc, p) }));
  const grouped = sentencesByParagraph(doc);
  const interviewee = intervieweeSource(ctx, paragraphs);
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (interviewee && isQuestion(paragraphs, i)) {
      for (let k = i + 1; k <= i + MAX_ANSWER_PARAGRAPHS && k < paragraphs.length && !isQuestion(paragraphs, k); k++) {
        for (const s of grouped[k]) out.set(s, interviewee);
      }
    }
    const turn = TURN.exec(p.view);
    if (turn && !LABELS.has(turn[1].toLowerCase())) {
      const r = viewRange(doc, p.span);
      const speaker = classifySource(ctx, r.start + turn.index + turn[0].indexOf(turn[1]), r.start + turn.index + turn[0].indexOf(turn[1]) + turn[1].length);
      if (speaker && (speaker.kind === 'named-person' || speaker.kind === 'named-organization')) for (const s of grouped[i]) out.set(s, speaker);
    }
    if (/:\s*$/.test(p.view) && i + 1 < paragraphs.length && !LIST_ITEM.test(paragraphs[i + 1].view)) {
      const speaker = leadInSpeaker(ctx, p.span, p.view);
      if (speaker) for (const s of grouped[i + 1]) if (!out.has(s)) out.set(s, speaker);
    }
  }
  listSources(ctx, out);
  return out;
}

/** The sentences of each paragraph, in one pass over both sorted lists. */
function sentencesByParagraph(doc: Doc): Span[][] {
  const out: Span[][] = doc.paragraphs.map(() => []);
  let p = 0;
  for (const s of doc.sentences) {
    while (p < doc.paragraphs.length && doc.paragraphs[p].end <= s.start) p++;
    if (p < doc.paragraphs.length && s.start >= doc.paragraphs[p].start && s.end <= doc.paragraphs[p].end) out[p].push(s);
  }
  return out;
}

function isQuestion(paragraphs: Array<{ view: string }>, i: number): boolean {
  const p = paragraphs[i].view;
  if (QUESTION.test(p) && /\?\s*$/.test(p)) return true;
  return /\?\s*$/.test(p) && i + 1 < paragraphs.length && ANSWER.test(paragraphs[i + 1].view);
}

/** The person introduced just before the first question of an interview. */
function intervieweeSource(ctx: SourceContext, paragraphs: Array<{ span: Span; view: string }>): ClaimSource | null {
  const first = paragraphs.findIndex((_, i) => isQuestion(paragraphs, i));
  if (first < 0) return null;
  for (let k = first - 1; k >= Math.max(0, first - LEAD_IN_REACH); k--) {
    if (!INTERVIEW.test(paragraphs[k].view)) continue;
    const person = ctx.mentions.find((m) => m.type === 'person' && m.start >= paragraphs[k].span.start && m.end <= paragraphs[k].span.end);
    if (person) return { kind: 'named-person', ...ctx.doc.span(person.start, person.end), entity: person.entity };
    const r = viewRange(ctx.doc, paragraphs[k].span);
    const guess = classifySource(ctx, r.start, r.end);
    if (guess?.kind === 'named-person') return guess;
  }
  return null;
}

/** Who speaks in a paragraph ending with a colon: "X told the paper:" or a heading "X, to the paper:". */
function leadInSpeaker(ctx: SourceContext, p: Span, view: string): ClaimSource | null {
  const r = viewRange(ctx.doc, p);
  const outlet = TO_OUTLET.exec(view);
  const found = outlet ? classifySource(ctx, r.start, r.start + outlet[1].length) : inlineSources(ctx, r.start, r.end)[0]?.source;
  return found && found.kind !== 'document' ? found : null;
}

/** Numbered points are claims of the document that carries them, named in the lead-in if it is. */
function listSources(ctx: SourceContext, out: Map<Span, ClaimSource>): void {
  const { doc } = ctx;
  let current: ClaimSource | null = null;
  let itemEnd = -1;
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    if (!LIST_ITEM.test(viewText(doc, s))) {
      // A further sentence of the same point keeps the list open; a paragraph of its own closes it.
      if (s.start >= itemEnd) current = null;
      continue;
    }
    current ??= leadInDocument(ctx, doc, i);
    itemEnd = doc.paragraphs.find((p) => p.start <= s.start && s.end <= p.end)?.end ?? s.end;
    out.set(s, current);
  }
}

function leadInDocument(ctx: SourceContext, doc: Doc, first: number): ClaimSource {
  for (let k = first - 1; k >= Math.max(0, first - LEAD_IN_REACH); k--) {
    const r = viewRange(doc, doc.sentences[k]);
    const found = documentSource(ctx, r.start, r.end);
    if (found) return found;
    if (/:\s*$/.test(viewText(doc, doc.sentences[k]))) break;
  }
  return { kind: 'document', text: null, start: null, end: null, entity: null };
}
