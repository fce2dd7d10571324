import type { Entity } from '../dossier/contract.js';

interface Placed {
  start: number;
  end: number;
  entity: string;
  person: boolean;
}

/** Longest mention looked back over when asking which mentions overlap a span. */
const LONGEST_MENTION = 300;

/** The entity mentions of a document in order, for the lookups speaker attribution needs. */
export class MentionIndex {
  private readonly list: Placed[];
  private readonly persons: Set<string>;
  private tallied = 0;
  private readonly counts = new Map<string, number>();
  private leader: string | null = null;

  constructor(entities: Entity[]) {
    this.list = entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id, person: e.type === 'person' })))
      .sort((a, b) => a.start - b.start);
    this.persons = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  }

  isPerson(entity: string): boolean {
    return this.persons.has(entity);
  }

  /** The entity of the mention inside a span, a person first, then the longest ("a spokesman for the ministry" → the ministry). */
  within(span: { start: number; end: number }): string | null {
    let best: Placed | null = null;
    for (let i = this.firstFrom(span.start - LONGEST_MENTION); i < this.list.length; i++) {
      const m = this.list[i];
      if (m.start >= span.end) break;
      if (m.end <= span.start) continue;
      if (!best || (m.person && !best.person) || (m.person === best.person && m.end - m.start > best.end - best.start)) best = m;
    }
    return best?.entity ?? null;
  }

  /** The first person named in [from, to). */
  firstPerson(from: number, to: number): string | null {
    for (let i = this.firstFrom(from); i < this.list.length && this.list[i].start < to; i++) {
      if (this.list[i].person) return this.list[i].entity;
    }
    return null;
  }

  /** The person named most often before `offset`; asked in increasing order, it tallies each mention once. */
  mostMentionedBefore(offset: number): string | null {
    if (this.tallied > 0 && this.list[this.tallied - 1].start >= offset) this.reset();
    for (; this.tallied < this.list.length && this.list[this.tallied].start < offset; this.tallied++) {
      const m = this.list[this.tallied];
      if (!m.person) continue;
      const n = (this.counts.get(m.entity) ?? 0) + 1;
      this.counts.set(m.entity, n);
      if (!this.leader || n >= (this.counts.get(this.leader) ?? 0)) this.leader = m.entity;
    }
    return this.leader;
  }

  private reset(): void {
    this.tallied = 0;
    this.counts.clear();
    this.leader = null;
  }

  /** Index of the first mention starting at or after `offset` (binary search). */
  private firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
