import type { Dossier } from '../../../src/dossier/contract.js';
import { techniquesByLabel, timelineOf } from '../../../src/report/html/findings.js';
import type { Span } from './DossierView';
import { ClaimsPanel } from './ClaimsPanel';
import { EntitiesPanel } from './EntitiesPanel';
import { FlagsPanel } from './FlagsPanel';
import { TechniquesPanel } from './TechniquesPanel';
import { TimelinePanel } from './TimelinePanel';

export type Tab = 'entities' | 'flags' | 'claims' | 'techniques' | 'timeline';

interface Props {
  d: Dossier;
  tab: Tab;
  onTab: (tab: Tab) => void;
  selected: string | null;
  onSelect: (ref: string | null) => void;
  goTo: (span: Span) => void;
}

/** The findings beside the text, one tab each. */
export function Panels({ d, tab, onTab, selected, onSelect, goTo }: Props) {
  const tabs: Array<{ id: Tab; title: string; count: number }> = [
    { id: 'entities', title: 'Entities', count: d.entities?.length ?? 0 },
    { id: 'flags', title: 'Flags', count: d.flags?.length ?? 0 },
    { id: 'claims', title: 'Claims', count: d.claims?.length ?? 0 },
    { id: 'techniques', title: 'Techniques', count: techniquesByLabel(d).length },
    { id: 'timeline', title: 'Timeline', count: timelineOf(d).length || (d.dates?.length ?? 0) },
  ];
  const keys = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(at + step + tabs.length) % tabs.length].id;
    onTab(next);
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };
  return (
    <aside class="panels" aria-label="Findings">
      <div role="tablist" aria-label="Findings" class="tabs" onKeyDown={keys}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={tab === t.id}
            aria-controls="panel"
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => onTab(t.id)}
          >
            {t.title} <span class="count">{t.count}</span>
          </button>
        ))}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby={`tab-${tab}`} class="panel" tabIndex={0}>
        {tab === 'entities' && <EntitiesPanel d={d} selected={selected} onSelect={onSelect} goTo={goTo} />}
        {tab === 'flags' && <FlagsPanel d={d} goTo={goTo} />}
        {tab === 'claims' && <ClaimsPanel d={d} goTo={goTo} />}
        {tab === 'techniques' && <TechniquesPanel d={d} goTo={goTo} />}
        {tab === 'timeline' && <TimelinePanel d={d} goTo={goTo} />}
      </div>
    </aside>
  );
}
