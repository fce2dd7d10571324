import type { DateMention } from '../../src/dossier/contract.js';
import type { GoldArticle } from '../gold.js';
import { check, type EvalSuite, type Row, type Scored } from '../suite.js';

/** The flag kinds the date and consistency checks raise. */
export const DATE_FLAG_KINDS = new Set(['reference-date-mismatch', 'anachronism', 'after-death', 'contradiction']);

type GoldDate = NonNullable<GoldArticle['dates']>[number];

export interface DateCounts {
  gold: number;
  found: number;
  correct: number;
  flagsExpected: number;
  flagsFound: number;
  falseAlarms: number;
  criticalOnNeutral: number;
  notBeforeOk: number | string;
  misses: string[];
}

function occurrences(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

/** A predicted date answers a gold one when its text is the gold text or an alternative, or overlaps it. */
function matches(text: string, g: GoldDate, d: DateMention): boolean {
  const texts = [g.text, ...(g.alt ?? [])];
  if (texts.includes(d.text)) return true;
  return texts.some((t) => occurrences(text, t).some(([s, e]) => d.start < e && s < d.end));
}

function valueRight(g: GoldDate, d: DateMention): boolean {
  return d.value === g.value || (g.alt ?? []).includes(d.value);
}

export function countDates({ article, dossier }: Scored): DateCounts {
  const c: DateCounts = { gold: 0, found: 0, correct: 0, flagsExpected: 0, flagsFound: 0, falseAlarms: 0, criticalOnNeutral: 0, notBeforeOk: '-', misses: [] };
  for (const g of article.dates ?? []) {
    c.gold++;
    const candidates = dossier.dates.filter((d) => matches(article.text, g, d));
    if (candidates.length) c.found++;
    const right = candidates.find((d) => valueRight(g, d));
    if (right) c.correct++;
    else c.misses.push(`${article.id}: "${g.text}" = ${g.value}, got ${candidates.length ? candidates.map((d) => `"${d.text}" = ${d.value}`).join(', ') : 'nothing'}`);
  }
  const fired = new Set(dossier.flags.map((f) => f.kind));
  for (const kind of article.flags ?? []) {
    if (!DATE_FLAG_KINDS.has(kind)) continue;
    c.flagsExpected++;
    if (fired.has(kind)) c.flagsFound++;
    else c.misses.push(`${article.id}: no ${kind} flag`);
  }
  for (const kind of article.noflags ?? []) {
    if (DATE_FLAG_KINDS.has(kind) && fired.has(kind)) {
      c.falseAlarms++;
      c.misses.push(`${article.id}: false ${kind}: ${dossier.flags.find((f) => f.kind === kind)?.message}`);
    }
  }
  if (article.neutral) c.criticalOnNeutral = dossier.flags.filter((f) => f.severity === 'critical' && DATE_FLAG_KINDS.has(f.kind)).length;
  if (article.published_not_before) {
    const got = dossier.document.published ?? dossier.document.publishedInferred?.notBefore ?? '';
    c.notBeforeOk = got && got.localeCompare(article.published_not_before) >= 0 ? 1 : 0;
  }
  return c;
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

function row(name: string, c: DateCounts): Row {
  return {
    name,
    values: {
      dates: c.gold,
      recall: ratio(c.found, c.gold),
      accuracy: ratio(c.correct, c.found),
      flags: `${c.flagsFound}/${c.flagsExpected}`,
      'false alarms': c.falseAlarms,
      'critical (neutral)': c.criticalOnNeutral,
      'not before': c.notBeforeOk,
    },
  };
}

/** Date values and recall, consistency-flag recall and false alarms over the gold set. */
export const datesSuite: EvalSuite = {
  name: 'dates and consistency',
  run(scored) {
    const per = scored.map((s) => ({ name: s.article.id, counts: countDates(s) }));
    const total = per.reduce<DateCounts>(
      (t, { counts: c }) => ({
        gold: t.gold + c.gold,
        found: t.found + c.found,
        correct: t.correct + c.correct,
        flagsExpected: t.flagsExpected + c.flagsExpected,
        flagsFound: t.flagsFound + c.flagsFound,
        falseAlarms: t.falseAlarms + c.falseAlarms,
        criticalOnNeutral: t.criticalOnNeutral + c.criticalOnNeutral,
        notBeforeOk: '-',
        misses: [...t.misses, ...c.misses],
      }),
      { gold: 0, found: 0, correct: 0, flagsExpected: 0, flagsFound: 0, falseAlarms: 0, criticalOnNeutral: 0, notBeforeOk: '-', misses: [] },
    );
    return {
      rows: [...per.map((p) => row(p.name, p.counts)), row('overall', total)],
      checks: [
        check('date value accuracy', ratio(total.correct, total.found), '>=', 0.9),
        check('date flag recall', ratio(total.flagsFound, total.flagsExpected), '>=', 0.8),
        check('critical date flags on neutral texts', total.criticalOnNeutral, '<=', 0),
      ],
      notes: [`date recall ${ratio(total.found, total.gold).toFixed(3)} (${total.found}/${total.gold})`, ...total.misses],
    };
  },
};
