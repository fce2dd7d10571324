import { useEffect, useState } from 'preact/hooks';
import { getDossier, type SavedDossier } from '../api';
import { DossierView } from './DossierView';

interface Props {
  id: string;
  span: { start: number; end: number } | null;
  initial: SavedDossier | null;
}

/** Loads a saved dossier (unless it was just analysed) and shows it. */
export function DossierPage({ id, span, initial }: Props) {
  const [saved, setSaved] = useState<SavedDossier | null>(initial);
  const [error, setError] = useState('');

  useEffect(() => {
    if (saved) return;
    getDossier(id)
      .then(setSaved)
      .catch((err: Error) => setError(err.message));
  }, [id]);

  if (error)
    return (
      <section class="card narrow">
        <h1>Dossier not available</h1>
        <p role="alert" class="error">
          {error}
        </p>
        <p>
          <a href="#/">Back to the start</a>
        </p>
      </section>
    );
  if (!saved)
    return (
      <p class="status" aria-live="polite">
        <progress aria-label="Loading" /> Loading the dossier…
      </p>
    );
  return <DossierView saved={saved} span={span} />;
}
