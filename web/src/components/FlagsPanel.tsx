import type { Dossier } from '../../../src/dossier/contract.js';
import { flagsBySeverity } from '../../../src/report/html/findings.js';
import type { Span } from './DossierView';
import { Evidence } from './Evidence';

/** Flags, most severe first, each with the evidence to click to. */
export function FlagsPanel({ d, goTo }: { d: Dossier; goTo: (span: Span) => void }) {
  const flags = flagsBySeverity(d);
  if (!flags.length) return <p class="muted">No flags.</p>;
  return (
    <ol class="items">
      {flags.map(({ flag, index }) => (
        <li key={index} class="flag">
          <p>
            <span class={`badge sev-${flag.severity}-bg`}>{flag.severity}</span> <strong>{flag.kind}</strong>
          </p>
          <p>{flag.message}</p>
          <ul class="evidence">
            {flag.evidence.map((ev, i) => (
              <li key={i}>
                <button type="button" class="linklike" onClick={() => goTo(ev)}>
                  <Evidence text={d.document.text} start={ev.start} end={ev.end} />
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
