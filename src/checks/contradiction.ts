import type { DateMention, Entity, Flag } from '../dossier/contract.js';
import type { CheckContext, Placed } from './context.js';
import { eventDate } from './eventDate.js';
import { certainlyAfter, disjoint, isExplicit, shown } from './explicit.js';
import { END_THEN_STATE, NEGATION, ONCE_IN_A_LIFE, POST } from './stateRules.js';
import { subjectBefore } from './subject.js';

interface Statement {
  entity: Entity;
  cue: { start: number; end: number };
  date: Placed<DateMention>;
  viaPronoun: boolean;
}

/** Dated statements matching `pattern`, each with the person or company it is said of. */
function statements(ctx: CheckContext, pattern: RegExp, subjects: 'person' | 'organization'): Statement[] {
  const out: Statement[] = [];
  for (const m of ctx.text.matchAll(pattern)) {
    const cue = { start: m.index, end: m.index + m[0].length };
    if (NEGATION.test(ctx.text.slice(Math.max(0, cue.start - 20), cue.start))) continue;
    const who = subjects === 'person' ? subjectBefore(ctx, cue.start) : orgBefore(ctx, cue.start);
    const date = eventDate(ctx, cue.start, cue.end);
    if (who && date) out.push({ entity: who.person.item, cue, date, viaPronoun: who.viaPronoun });
  }
  return out;
}

/** Leaving one post and holding another ("resigned as chairman", "served as adviser") is no contradiction. */
function samePost(ctx: CheckContext, end: Statement, state: Statement): boolean {
  const a = POST.exec(ctx.text.slice(end.cue.start, end.cue.end + 40))?.[0].toLowerCase();
  const b = POST.exec(ctx.text.slice(state.cue.start, state.cue.end))?.[0].toLowerCase();
  return !a || !b || a === b;
}

function orgBefore(ctx: CheckContext, at: number) {
  const org = [...ctx.organizations].reverse().find((o) => o.end <= at && at - o.end <= 60);
  return org ? { person: org, viaPronoun: false } : null;
}

function flagOf(ctx: CheckContext, a: Statement, b: Statement, why: string): Flag {
  const critical = isExplicit(a.date.item) && isExplicit(b.date.item) && !a.viaPronoun && !b.viaPronoun;
  const quote = (s: Statement) => `"${ctx.text.slice(s.cue.start, s.cue.end)}" (${shown(s.date.item)})`;
  return {
    kind: 'contradiction',
    severity: critical ? 'critical' : 'warning',
    message: `${a.entity.name}: ${quote(a)} and ${quote(b)} cannot both hold: ${why}.`,
    evidence: [ctx.doc.spanFromView(a.cue.start, a.cue.end), a.date.item, ctx.doc.spanFromView(b.cue.start, b.cue.end), b.date.item],
  };
}

/** Two dated statements about one person or company that cannot both be true. */
export function findContradictions(ctx: CheckContext): Flag[] {
  const flags: Flag[] = [];
  for (const rule of END_THEN_STATE) {
    const subjects = rule.name === 'dissolution' ? 'organization' : 'person';
    const ends = statements(ctx, rule.end, subjects);
    const states = statements(ctx, rule.state, subjects);
    for (const end of ends) {
      const later = states.find(
        (s) =>
          s.entity.id === end.entity.id &&
          s.date.start !== end.date.start &&
          samePost(ctx, end, s) &&
          certainlyAfter({ ...s.date.item, value: s.date.item.value.split('/')[0] }, end.date.item),
      );
      if (!later || rule.undo.test(ctx.text)) continue;
      flags.push(flagOf(ctx, end, later, rule.reason));
    }
  }
  for (const rule of ONCE_IN_A_LIFE) {
    const said = statements(ctx, rule.match, 'person');
    for (let i = 0; i < said.length; i++) {
      const other = said.slice(i + 1).find((s) => s.entity.id === said[i].entity.id && s.date.start !== said[i].date.start && disjoint(s.date.item, said[i].date.item));
      if (other) flags.push(flagOf(ctx, said[i], other, rule.reason));
    }
  }
  return flags;
}
