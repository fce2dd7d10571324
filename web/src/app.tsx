import { useEffect, useState } from 'preact/hooks';
import { onUnauthorized, type SavedDossier } from './api';
import { DossierPage } from './components/DossierPage';
import { Home } from './components/Home';
import { TokenForm } from './components/TokenForm';
import { parseRoute } from './route';

export function App() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  const [needToken, setNeedToken] = useState(false);
  const [fresh, setFresh] = useState<SavedDossier | null>(null);

  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    onUnauthorized(() => setNeedToken(true));
    return () => removeEventListener('hashchange', update);
  }, []);

  const skip = (e: Event) => {
    e.preventDefault();
    document.getElementById('main')?.focus();
  };

  return (
    <>
      <a class="skip" href="#main" onClick={skip}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/">
          dossier <span class="brand-sub">workbench</span>
        </a>
        <nav aria-label="Main">
          <a href="#/">New analysis</a>
          <a href="#/" onClick={() => requestAnimationFrame(() => document.getElementById('saved')?.scrollIntoView())}>
            Saved dossiers
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {needToken ? (
          <TokenForm onDone={() => setNeedToken(false)} />
        ) : route.page === 'home' ? (
          <Home
            onAnalysed={(saved) => {
              setFresh(saved);
              location.hash = `#/d/${saved.id}`;
            }}
          />
        ) : (
          <DossierPage key={route.id} id={route.id} span={route.span} initial={fresh?.id === route.id ? fresh : null} />
        )}
      </main>
    </>
  );
}
