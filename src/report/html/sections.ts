import type { Span } from '../../doc/span.js';
import type { Dossier } from '../../dossier/contract.js';
import { esc } from './escape.js';
import { dateStart, excerptParts, flagsBySeverity, percent, techniquesByLabel, timelineOf } from './findings.js';
import { ENTITY_TYPES } from './marks.js';

type Section = (d: Dossier) => string;

const section = (id: string, title: string, body: string) => `<section id="${id}"><h2>${esc(title)}</h2>${body}</section>`;

function evidence(d: Dossier, spans: Span[]): string {
  if (!spans.length) return '';
  const items = spans.map((s) => {
    const { before, match, after } = excerptParts(d.document.text, s.start, s.end);
    return `<blockquote>${esc(before)}<mark class="ev">${esc(match)}</mark>${esc(after)}</blockquote>`;
  });
  return items.join('');
}

const flags: Section = (d) => {
  const sorted = flagsBySeverity(d);
  if (!sorted.length) return section('flags', 'Flags', '<p class="muted">No flags.</p>');
  const items = sorted.map(
    ({ flag }) =>
      `<li><span class="sev sev-${esc(flag.severity)}">${esc(flag.severity)}</span> <strong>${esc(flag.kind)}</strong>: ${esc(flag.message)}${evidence(d, flag.evidence)}</li>`,
  );
  return section('flags', 'Flags', `<ol>${items.join('')}</ol>`);
};

const entities: Section = (d) => {
  if (!d.entities?.length) return '';
  const typeTitle = new Map(ENTITY_TYPES.map((t) => [t.type, t.title]));
  const hits = d.screening ?? [];
  const rows = [...d.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => {
      const aliases = e.aliases.filter((a) => a !== e.name);
      const screened = hits
        .filter((h) => h.entity === e.id)
        .map((h) => `${esc(h.list)}: ${esc(h.entryName)} (${percent(h.score)})`)
        .join('<br>');
      return `<tr><td>${esc(e.name)}</td><td>${esc(typeTitle.get(e.type) ?? e.type)}</td><td>${e.mentions.length}</td><td>${esc(aliases.join(', '))}</td><td>${screened}</td></tr>`;
    });
  return section(
    'entities',
    'Entities',
    `<table><thead><tr><th>Name</th><th>Type</th><th>Mentions</th><th>Also written</th><th>Watchlist hits</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
};

const claims: Section = (d) => {
  if (!d.claims?.length) return '';
  const items = [...d.claims]
    .sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start)
    .map((c) => {
      const source = `${c.source.kind.replace(/-/g, ' ')}${c.source.text ? `: ${c.source.text}` : ''}`;
      const hedges = c.hedges.length ? `; hedged by ${c.hedges.join(', ')}` : '';
      return `<li><blockquote>${esc(c.text)}</blockquote><span class="muted">${esc(`source ${source}; ${percent(c.checkworthiness)} check-worthy${hedges}`)}</span></li>`;
    });
  return section('claims', 'Claims', `<ol>${items.join('')}</ol>`);
};

const quotes: Section = (d) => {
  if (!d.quotes?.length) return '';
  const names = new Map(d.entities.map((e) => [e.id, e.name]));
  const items = d.quotes.map((q) => {
    const who = (q.speaker && names.get(q.speaker)) || q.speakerText || 'speaker not identified';
    return `<li><blockquote>${esc(q.text)}</blockquote><span class="muted">${esc(who)}</span></li>`;
  });
  return section('quotes', 'Quotes', `<ul>${items.join('')}</ul>`);
};

const techniques: Section = (d) => {
  const groups = techniquesByLabel(d);
  if (!groups.length) return '';
  const body = groups.map(
    (g) =>
      `<h3>${esc(g.label.replace(/_/g, ' '))} (${g.items.length})</h3><ul>${g.items
        .map((t) => `<li>\u201c${esc(t.text)}\u201d <span class="muted">${esc(t.explanation)}</span></li>`)
        .join('')}</ul>`,
  );
  return section('techniques', 'Persuasion techniques', body.join(''));
};

const timeline: Section = (d) => {
  const events = timelineOf(d).sort((a, b) => (dateStart(a.from) ?? 0) - (dateStart(b.from) ?? 0));
  if (!events.length) return '';
  const rows = events.map((e) => `<tr><td>${esc(e.date)}</td><td>${esc(e.label)}</td></tr>`);
  return section('timeline', 'Timeline', `<table><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
};

const dates: Section = (d) => {
  if (!d.dates?.length || timelineOf(d).length) return '';
  const rows = d.dates.map((x) => `<tr><td>${esc(x.value)}</td><td>${esc(x.precision)}</td><td>${esc(x.text)}</td></tr>`);
  return section('dates', 'Dates', `<table><thead><tr><th>Value</th><th>Precision</th><th>As written</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
};

const references: Section = (d) => {
  if (!d.references?.length) return '';
  const rows = d.references.map((r) => `<tr><td>${esc(r.normalized)}</td><td>${esc(r.kind.replace(/-/g, ' '))}</td><td>${esc(r.text)}</td></tr>`);
  return section('references', 'References', `<table><thead><tr><th>Reference</th><th>Kind</th><th>As written</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
};

/** The finding sections of the HTML report, in reading order. */
export const HTML_SECTIONS: Section[] = [flags, entities, claims, quotes, techniques, timeline, dates, references];
