import type { DateMention } from '../dossier/contract.js';
import { sentenceAround, type CheckContext, type Placed } from './context.js';

/** How far from its verb a date may sit and still date that verb's event. */
const AFTER_WINDOW = 100;
const BEFORE_WINDOW = 80;

/**
 * The date of the event a verb at [start, end) reports: the first date after it in the same
 * clause, else the nearest before it in the same sentence ("In June 2015, Smith met ...").
 */
export function eventDate(ctx: CheckContext, start: number, end: number): Placed<DateMention> | null {
  const sentence = sentenceAround(ctx, start);
  const after = ctx.dates.find((d) => d.start >= end && d.end <= sentence.end && d.start - end <= AFTER_WINDOW);
  if (after && !/;/.test(ctx.text.slice(end, after.start))) return after;
  const before = ctx.dates.filter((d) => d.end <= start && d.start >= sentence.start && start - d.end <= BEFORE_WINDOW);
  return before[before.length - 1] ?? null;
}
