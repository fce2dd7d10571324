import { useState } from 'preact/hooks';
import type { Dossier, EntityType } from '../../../src/dossier/contract.js';
import { percent } from '../../../src/report/html/findings.js';
import { ENTITY_TYPES } from '../../../src/report/html/marks.js';
import type { Span } from './DossierView';
import { Evidence } from './Evidence';

interface Props {
  d: Dossier;
  selected: string | null;
  onSelect: (ref: string | null) => void;
  goTo: (span: Span) => void;
}

/** Entities shown per type before "Show all", so a long document's list stays quick to draw. */
const FIRST = 40;

/** Entities by type with their aliases and mention counts; the chosen one lists its mentions. */
export function EntitiesPanel({ d, selected, onSelect, goTo }: Props) {
  const [expanded, setExpanded] = useState<Set<EntityType>>(() => new Set());
  const entities = d.entities ?? [];
  if (!entities.length) return <p class="muted">No entities found.</p>;
  const hits = d.screening ?? [];
  return (
    <div>
      {ENTITY_TYPES.map(({ type, title }) => {
        const group = entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
        if (!group.length) return null;
        const shown = expanded.has(type) ? group : group.filter((e, i) => i < FIRST || e.id === selected);
        return (
          <section key={type} class="group">
            <h2 class="group-title">
              <span class={`key l-entity k-entity-${type}`}>{title}</span> <span class="count">{group.length}</span>
            </h2>
            <ul class="items">
              {shown.map((e) => {
                const open = selected === e.id;
                const aliases = e.aliases.filter((a) => a !== e.name);
                const screened = hits.filter((h) => h.entity === e.id);
                return (
                  <li key={e.id} class={open ? 'open' : ''}>
                    <button type="button" class="item" aria-expanded={open} onClick={() => onSelect(open ? null : e.id)}>
                      <span class="name">{e.name}</span> <span class="count" title="mentions">×{e.mentions.length}</span>
                      {screened.length > 0 && <span class="badge sev-critical-bg">watchlist</span>}
                      {aliases.length > 0 && <span class="aliases">also {aliases.join(', ')}</span>}
                    </button>
                    {open && (
                      <div class="detail">
                        {screened.map((h, i) => (
                          <p key={i} class="hit">
                            <strong>{h.list}</strong>: {h.entryName} ({percent(h.score)}, matched “{h.matchedName}”). {h.explanation}
                          </p>
                        ))}
                        {e.variants.map((v, i) => (
                          <p key={i} class="small muted">
                            “{v.a}” = “{v.b}”: {v.reason} ({percent(v.score)})
                          </p>
                        ))}
                        <ol class="mentions">
                          {e.mentions.map((m, i) => (
                            <li key={i}>
                              <button type="button" class="linklike" onClick={() => goTo(m)}>
                                <Evidence text={d.document.text} start={m.start} end={m.end} />
                              </button>
                            </li>
                          ))}
                        </ol>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
            {shown.length < group.length && (
              <button type="button" class="small" onClick={() => setExpanded(new Set([...expanded, type]))}>
                Show all {group.length} {title.toLowerCase()} entities
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
