import type { DateMention, Entity, Flag } from '../dossier/contract.js';
import { sentenceAround, type CheckContext, type Placed } from './context.js';
import { ACTED_FOR, ACT_VERBS, DEATH_CUES, NOT_AN_ACT } from './deathCues.js';
import { eventDate } from './eventDate.js';
import { certainlyAfter, isExplicit, shown } from './explicit.js';
import { personAfter, subjectBefore } from './subject.js';

export interface Death {
  person: Entity;
  cue: { start: number; end: number };
  date: Placed<DateMention>;
  viaPronoun: boolean;
}

/** Every dated death the text reports, with the person who died. */
export function findDeaths(ctx: CheckContext): Death[] {
  const deaths: Death[] = [];
  for (const rule of DEATH_CUES) {
    for (const m of ctx.text.matchAll(rule.match)) {
      const cue = { start: m.index, end: m.index + m[0].length };
      const after = rule.person === 'after' ? personAfter(ctx, cue.end) : null;
      const who = after ? { person: after, viaPronoun: false } : rule.person === 'before' ? subjectBefore(ctx, cue.start) : null;
      const date = eventDate(ctx, cue.start, cue.end);
      if (!who || !date) continue;
      deaths.push({ person: who.person.item, cue, date, viaPronoun: who.viaPronoun });
    }
  }
  return deaths;
}

/** A person who meets, attends, signs or speaks at a date after the text reports their death. */
export function findActsAfterDeath(ctx: CheckContext, deaths = findDeaths(ctx)): Flag[] {
  const flags: Flag[] = [];
  for (const death of latestPerPerson(deaths)) {
    const deathSentence = sentenceAround(ctx, death.cue.start);
    for (const mention of ctx.people.filter((p) => p.item.id === death.person.id)) {
      if (mention.start >= deathSentence.start && mention.end <= deathSentence.end) continue;
      const verb = ACT_VERBS.match.exec(ctx.text.slice(mention.end, mention.end + 160));
      if (!verb || ACTED_FOR.test(ctx.text.slice(Math.max(0, mention.start - 30), mention.start))) continue;
      const verbEnd = mention.end + verb[0].length;
      const subject = subjectBefore(ctx, verbEnd - 1);
      if (subject?.person.item.id !== death.person.id) continue;
      const sentence = sentenceAround(ctx, mention.start);
      if (NOT_AN_ACT.test(ctx.text.slice(sentence.start, sentence.end))) continue;
      if (DEATH_CUES.some((r) => new RegExp(r.match.source, 'i').test(ctx.text.slice(sentence.start, sentence.end)))) continue;
      const when = eventDate(ctx, verbEnd - 1, verbEnd);
      if (!when || !certainlyAfter({ ...when.item, value: firstPart(when.item.value) }, death.date.item)) continue;
      const critical = isExplicit(death.date.item) && isExplicit(when.item) && !death.viaPronoun;
      flags.push({
        kind: 'after-death',
        severity: critical ? 'critical' : 'warning',
        message: `${death.person.name} is reported dead (${shown(death.date.item)}) yet is said to act on ${shown(when.item)}.`,
        evidence: [
          ctx.doc.spanFromView(death.cue.start, death.cue.end),
          death.date.item,
          ctx.doc.spanFromView(mention.start, verbEnd),
          when.item,
        ],
      });
    }
  }
  return flags;
}

/** An act over an interval began at its start: it is after death only if it began after. */
function firstPart(value: string): string {
  return value.split('/')[0];
}

/** One death per person: the latest the text reports, so an act is flagged only after every report of it. */
function latestPerPerson(deaths: Death[]): Death[] {
  const latest = new Map<string, Death>();
  for (const d of deaths) {
    const seen = latest.get(d.person.id);
    if (!seen || certainlyAfter(d.date.item, seen.date.item)) latest.set(d.person.id, d);
  }
  return [...latest.values()];
}
