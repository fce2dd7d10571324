import { useRef, useState } from 'preact/hooks';
import { analyzeFile, analyzeText, type SavedDossier } from '../api';
import { SavedList } from './SavedList';

/** Paste a text or drop a file, then analyse it; the saved dossiers are listed below. */
export function Home({ onAnalysed }: { onAnalysed: (saved: SavedDossier) => void }) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [published, setPublished] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (e: Event) => {
    e.preventDefault();
    if (!file && !text.trim()) {
      setError('Paste a text or choose a file first.');
      return;
    }
    setBusy(true);
    setError('');
    try {
      const saved = file ? await analyzeFile(file, published || undefined) : await analyzeText(text, published || undefined);
      onAnalysed(saved);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer?.files?.[0];
    if (dropped) setFile(dropped);
  };

  return (
    <div class="home">
      <section class="card" aria-labelledby="new-title">
        <h1 id="new-title">Analyse an article</h1>
        <form
          onSubmit={run}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={(e) => {
            if (!(e.currentTarget as Node).contains(e.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={drop}
        >
          <label for="article">Article text</label>
          <textarea
            id="article"
            rows={12}
            placeholder="Paste the article here"
            value={text}
            disabled={busy || !!file}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <div class={`drop ${dragging ? 'dragging' : ''}`}>
            <span>Or drop a file anywhere on this form (text, HTML, PDF, Word, e-mail, image), or </span>
            <label class="linklike" for="file">
              choose a file
            </label>
            <input
              id="file"
              ref={fileInput}
              class="visually-hidden"
              type="file"
              disabled={busy}
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
            {file && (
              <p class="chosen">
                <strong>{file.name}</strong> ({Math.ceil(file.size / 1024)} KB){' '}
                <button
                  type="button"
                  onClick={() => {
                    setFile(null);
                    if (fileInput.current) fileInput.current.value = '';
                  }}
                >
                  Remove
                </button>
              </p>
            )}
          </div>
          <div class="row">
            <label for="published">
              Published <span class="muted">(optional)</span>
            </label>
            <input id="published" type="date" value={published} disabled={busy} onInput={(e) => setPublished(e.currentTarget.value)} />
            <button type="submit" class="primary" disabled={busy}>
              {busy ? 'Analysing\u2026' : 'Analyse'}
            </button>
          </div>
          <div aria-live="polite" class="status">
            {busy && (
              <>
                <progress aria-label="Analysing" />
                <span>Analysing{file ? ` ${file.name}` : ''}…</span>
              </>
            )}
          </div>
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
        </form>
      </section>
      <SavedList />
    </div>
  );
}
