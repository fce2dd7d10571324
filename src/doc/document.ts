import { createHash } from 'node:crypto';
import type {
  Claim,
  DateMention,
  Entity,
  EntityType,
  Flag,
  Quote,
  Reference,
  ScreeningHit,
  Technique,
} from '../dossier/contract.js';
import { cleanText } from './cleanup/clean.js';
import { makeSpan, type Span } from './span.js';
import type { TextView } from './view.js';

/** A token: a word, number or punctuation mark. */
export interface Token extends Span {
  /** The token as it reads in the clean view (straight quotes, composed accents). */
  norm: string;
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

/** An entity mention before mentions are grouped into entities. */
export interface Mention extends Span {
  type: EntityType;
  /** The rule or model that found it, so a finding can explain itself. */
  rule: string;
}

export interface DocInit {
  text: string;
  source?: string | null;
  format?: string;
  title?: string | null;
  language?: string | null;
  published?: string | null;
  metadata?: Record<string, unknown>;
}

/**
 * One document: the original text and the layers of spans the stages add.
 * `text` is never modified; rules read `view`, a cleaned copy whose offsets map back.
 */
export class Doc {
  readonly text: string;
  readonly id: string;
  readonly view: TextView;
  source: string | null;
  format: string;
  title: string | null;
  language: string | null;
  published: string | null;
  publishedInferred: { notBefore: string; reason: string } | null = null;
  metadata: Record<string, unknown>;

  sentences: Span[] = [];
  paragraphs: Span[] = [];
  tokens: Token[] = [];
  mentions: Mention[] = [];
  entities: Entity[] = [];
  dates: DateMention[] = [];
  references: Reference[] = [];
  quotes: Quote[] = [];
  claims: Claim[] = [];
  techniques: Technique[] = [];
  flags: Flag[] = [];
  screening: ScreeningHit[] = [];
  /** Extra top-level dossier fields a stage adds (the timeline, for one). */
  extras: Record<string, unknown> = {};

  constructor(init: DocInit) {
    this.text = init.text;
    this.id = createHash('sha256').update(init.text).digest('hex');
    this.view = cleanText(init.text);
    this.source = init.source ?? null;
    this.format = init.format ?? 'text';
    this.title = init.title ?? null;
    this.language = init.language ?? null;
    this.published = init.published ?? null;
    this.metadata = init.metadata ?? {};
  }

  /** A span of the original text. */
  span(start: number, end: number): Span {
    return makeSpan(this.text, start, end);
  }

  /** The original span behind a range of the clean view. */
  spanFromView(viewStart: number, viewEnd: number): Span {
    return this.span(this.view.toOriginal(viewStart), this.view.toOriginalEnd(viewEnd));
  }

  /** The sentence that contains an original offset, if any (binary search). */
  sentenceAt(offset: number): Span | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** The clean-view text of an original span (for matching rules against a found span). */
  viewTextOf(span: { start: number; end: number }): string {
    return span.start === span.end ? '' : this.normalizeSlice(this.text.slice(span.start, span.end));
  }

  private normalizeSlice(s: string): string {
    return cleanText(s).text;
  }
}
