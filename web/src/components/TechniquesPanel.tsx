import type { Dossier } from '../../../src/dossier/contract.js';
import { percent, techniquesByLabel } from '../../../src/report/html/findings.js';
import type { Span } from './DossierView';

/** Persuasion techniques grouped by label. */
export function TechniquesPanel({ d, goTo }: { d: Dossier; goTo: (span: Span) => void }) {
  const groups = techniquesByLabel(d);
  if (!groups.length) return <p class="muted">No persuasion techniques found.</p>;
  return (
    <div>
      {groups.map((g) => (
        <details key={g.label} open class="group">
          <summary>
            {g.label.replace(/_/g, ' ')} <span class="count">{g.items.length}</span>
          </summary>
          <ul class="items">
            {g.items.map((t, i) => (
              <li key={i}>
                <button type="button" class="item" onClick={() => goTo(t)}>
                  “{t.text}”
                </button>
                <p class="small muted">
                  {t.explanation} ({percent(t.confidence)})
                </p>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
