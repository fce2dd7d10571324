import type { Dossier } from '../../dossier/contract.js';
import { dateStart, excerptParts, flagsBySeverity, percent, techniquesByLabel, timelineOf } from '../html/findings.js';
import { ENTITY_TYPES } from '../html/marks.js';
import { metaLine, reportTitle } from '../html/render.js';
import { md, mdQuote } from './escape.js';

type Section = (d: Dossier) => string[];

const flags: Section = (d) => {
  const sorted = flagsBySeverity(d);
  if (!sorted.length) return ['## Flags', '', 'No flags.'];
  const lines = ['## Flags', ''];
  sorted.forEach(({ flag }, n) => {
    lines.push(`${n + 1}. **${md(flag.severity.toUpperCase())}** ${md(flag.kind)}: ${md(flag.message)}`);
    for (const ev of flag.evidence) lines.push(`   ${mdQuote(excerptParts(d.document.text, ev.start, ev.end))}`);
  });
  return lines;
};

const entities: Section = (d) => {
  if (!d.entities?.length) return [];
  const typeTitle = new Map(ENTITY_TYPES.map((t) => [t.type, t.title]));
  const lines = ['## Entities', '', '| Name | Type | Mentions | Also written | Watchlist hits |', '| --- | --- | ---: | --- | --- |'];
  for (const e of [...d.entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))) {
    const hits = (d.screening ?? []).filter((h) => h.entity === e.id).map((h) => `${h.list}: ${h.entryName} (${percent(h.score)})`);
    const aliases = e.aliases.filter((a) => a !== e.name);
    lines.push(`| ${md(e.name)} | ${md(typeTitle.get(e.type) ?? e.type)} | ${e.mentions.length} | ${md(aliases.join(', '))} | ${md(hits.join('; '))} |`);
  }
  return lines;
};

const claims: Section = (d) => {
  if (!d.claims?.length) return [];
  const lines = ['## Claims', ''];
  [...d.claims]
    .sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start)
    .forEach((c, n) => {
      const source = `${c.source.kind.replace(/-/g, ' ')}${c.source.text ? `: ${c.source.text}` : ''}`;
      const hedges = c.hedges.length ? `; hedged by ${c.hedges.join(', ')}` : '';
      lines.push(`${n + 1}. ${md(c.text)}`, `   *${md(`source ${source}; ${percent(c.checkworthiness)} check-worthy${hedges}`)}*`);
    });
  return lines;
};

const quotes: Section = (d) => {
  if (!d.quotes?.length) return [];
  const names = new Map(d.entities.map((e) => [e.id, e.name]));
  return ['## Quotes', '', ...d.quotes.map((q) => `- ${md(q.text)} (${md((q.speaker && names.get(q.speaker)) || q.speakerText || 'speaker not identified')})`)];
};

const techniques: Section = (d) => {
  const groups = techniquesByLabel(d);
  if (!groups.length) return [];
  const lines = ['## Persuasion techniques'];
  for (const g of groups) {
    lines.push('', `### ${md(g.label.replace(/_/g, ' '))} (${g.items.length})`, '');
    for (const t of g.items) lines.push(`- \u201c${md(t.text)}\u201d: ${md(t.explanation)}`);
  }
  return lines;
};

const timeline: Section = (d) => {
  const events = timelineOf(d).sort((a, b) => (dateStart(a.from) ?? 0) - (dateStart(b.from) ?? 0));
  if (!events.length) return [];
  return ['## Timeline', '', '| Date | Event |', '| --- | --- |', ...events.map((e) => `| ${md(e.date)} | ${md(e.label)} |`)];
};

const dates: Section = (d) => {
  if (!d.dates?.length || timelineOf(d).length) return [];
  return ['## Dates', '', '| Value | Precision | As written |', '| --- | --- | --- |', ...d.dates.map((x) => `| ${md(x.value)} | ${md(x.precision)} | ${md(x.text)} |`)];
};

const references: Section = (d) => {
  if (!d.references?.length) return [];
  return ['## References', '', '| Reference | Kind | As written |', '| --- | --- | --- |', ...d.references.map((r) => `| ${md(r.normalized)} | ${md(r.kind)} | ${md(r.text)} |`)];
};

/** The Markdown sections, in the same order as the HTML report. */
export const MARKDOWN_SECTIONS: Section[] = [flags, entities, claims, quotes, techniques, timeline, dates, references];

/** A Markdown report for an editor: the findings with their evidence, every value escaped. */
export function renderMarkdown(d: Dossier): string {
  const parts = [[`# ${md(reportTitle(d))}`, '', `*${md(metaLine(d))}*`], ...MARKDOWN_SECTIONS.map((s) => s(d)).filter((lines) => lines.length)];
  return `${parts.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
