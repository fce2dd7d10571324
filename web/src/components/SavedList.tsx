import { useEffect, useState } from 'preact/hooks';
import { deleteDossier, listDossiers, type DossierPage } from '../api';

const PAGE = 20;

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

/** The saved dossiers, newest first, a page at a time. */
export function SavedList() {
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<DossierPage | null>(null);
  const [error, setError] = useState('');
  const [version, setVersion] = useState(0);

  useEffect(() => {
    listDossiers(offset, PAGE)
      .then(setPage)
      .catch((err: Error) => setError(err.message));
  }, [offset, version]);

  const remove = async (id: string, title: string) => {
    try {
      await deleteDossier(id);
      setVersion((v) => v + 1);
    } catch (err) {
      setError(`${title}: ${(err as Error).message}`);
    }
  };

  return (
    <section class="card" id="saved" aria-labelledby="saved-title">
      <h2 id="saved-title">Saved dossiers {page ? <span class="muted">({page.total})</span> : null}</h2>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {page && page.items.length === 0 && <p class="muted">Nothing saved yet. Every analysis is kept here.</p>}
      {page && page.items.length > 0 && (
        <ul class="saved">
          {page.items.map((item) => (
            <li key={item.id}>
              <a href={`#/d/${item.id}`}>{item.title}</a>
              <span class="muted small">
                {when(item.created)} · {item.counts.entities} entities · {item.counts.claims} claims ·{' '}
                <span class={item.counts.critical ? 'sev-critical' : item.counts.warning ? 'sev-warning' : ''}>
                  {item.counts.flags} flags{item.counts.critical ? ` (${item.counts.critical} critical)` : ''}
                </span>
              </span>
              <button type="button" class="small" aria-label={`Delete ${item.title}`} onClick={() => remove(item.id, item.title)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {page && page.total > PAGE && (
        <div class="row">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            Newer
          </button>
          <span class="muted small">
            {offset + 1}–{Math.min(offset + PAGE, page.total)} of {page.total}
          </span>
          <button type="button" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>
            Older
          </button>
        </div>
      )}
    </section>
  );
}
