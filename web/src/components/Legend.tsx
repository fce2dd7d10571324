import { ENTITY_TYPES, LAYERS, type LayerName, type Mark } from '../../../src/report/html/marks.js';

export const ALL_LAYERS: LayerName[] = LAYERS.map((l) => l.name);

/** The legend, which is also the set of layer switches. */
export function Legend({ layers, onChange, marks }: { layers: Set<LayerName>; onChange: (next: Set<LayerName>) => void; marks: Mark[] }) {
  const counts = new Map<LayerName, number>();
  for (const m of marks) counts.set(m.layer, (counts.get(m.layer) ?? 0) + 1);
  const toggle = (name: LayerName) => {
    const next = new Set(layers);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    onChange(next);
  };
  return (
    <fieldset class="legend">
      <legend class="visually-hidden">Highlight layers</legend>
      {LAYERS.map((l) => (
        <label key={l.name} title={l.hint} class={counts.get(l.name) ? '' : 'empty'}>
          <input type="checkbox" checked={layers.has(l.name)} onChange={() => toggle(l.name)} />
          <span class={`swatch show-${l.name}`}>
            {l.name === 'entity' ? (
              ENTITY_TYPES.map((t) => (
                <mark key={t.type} class={`l-entity k-entity-${t.type}`}>
                  {t.title}
                </mark>
              ))
            ) : (
              <mark class={`l-${l.name} k-${l.name}-${l.name === 'flag' ? 'warning' : 'x'}`}>{l.title}</mark>
            )}
          </span>
          <span class="count">{counts.get(l.name) ?? 0}</span>
        </label>
      ))}
    </fieldset>
  );
}
