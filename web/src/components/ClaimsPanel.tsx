import type { Dossier } from '../../../src/dossier/contract.js';
import { percent } from '../../../src/report/html/findings.js';
import type { Span } from './DossierView';

/** Claims, most check-worthy first, with the kind of source each rests on. */
export function ClaimsPanel({ d, goTo }: { d: Dossier; goTo: (span: Span) => void }) {
  const claims = [...(d.claims ?? [])].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
  if (!claims.length) return <p class="muted">No claims found.</p>;
  return (
    <ol class="items">
      {claims.map((c) => (
        <li key={c.id}>
          <button type="button" class="item" onClick={() => goTo(c)}>
            <span class="claim-text">{c.text.length > 220 ? `${c.text.slice(0, 219)}…` : c.text}</span>
          </button>
          <p class="small">
            <span class={`badge src-${c.source.kind}`}>{c.source.kind.replace(/-/g, ' ')}</span>
            {c.source.text && <span> {c.source.text}</span>}
            <span class="muted"> · {percent(c.checkworthiness)} check-worthy</span>
            {c.hedges.length > 0 && <span class="muted"> · hedged: {c.hedges.join(', ')}</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
