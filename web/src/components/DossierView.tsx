import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { marksOf, refClass, type LayerName } from '../../../src/report/html/marks.js';
import { segmentText } from '../../../src/report/html/segments.js';
import type { SavedDossier } from '../api';
import { dossierHash } from '../route';
import { selectionSheet } from '../selection';
import { ExportBar } from './ExportBar';
import { Legend, ALL_LAYERS } from './Legend';
import { Panels, type Tab } from './Panels';
import { layoutText } from '../layout';
import { TextView } from './TextView';
import { Tooltip } from './Tooltip';

export interface Span {
  start: number;
  end: number;
}

/** One dossier: the text with its highlights beside the panels of findings. */
export function DossierView({ saved, span }: { saved: SavedDossier; span: Span | null }) {
  const d = saved.dossier;
  const text = d.document.text;
  const marks = useMemo(() => marksOf(d), [d]);
  const layout = useMemo(() => layoutText(text, marks, segmentText(text.length, marks)), [d]);
  const [layers, setLayers] = useState<Set<LayerName>>(() => new Set(ALL_LAYERS));
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('entities');
  const textView = useRef<TextView | null>(null);
  const tooltip = useRef<Tooltip | null>(null);
  const setTip = (tip: Parameters<Tooltip['show']>[0]) => tooltip.current?.show(tip);

  useEffect(() => selectionSheet(selected ? refClass(selected) : null), [selected]);
  useEffect(() => {
    document.title = `${saved.title} · dossier`;
    return () => {
      document.title = 'dossier workbench';
    };
  }, [saved]);
  useEffect(() => {
    if (span) textView.current?.reveal(span.start, span.end);
  }, [span?.start, span?.end]);

  const goTo = (s: Span) => {
    history.replaceState(null, '', dossierHash(saved.id, s));
    textView.current?.reveal(s.start, s.end);
  };

  const select = (ref: string | null, scroll = true) => {
    setSelected(ref);
    if (ref && scroll) textView.current?.revealClass(refClass(ref));
  };

  const activate = (i: number) => {
    const seg = layout.segments[i];
    const entity = seg.marks.map((k) => marks[k]).find((m) => m.layer === 'entity');
    const first = entity ?? marks[seg.marks[0]];
    if (!first) return;
    history.replaceState(null, '', dossierHash(saved.id, first));
    if (entity) {
      setTab('entities');
      select(entity.ref, false);
    } else if (first.layer === 'flag') setTab('flags');
    else if (first.layer === 'claim') setTab('claims');
    else if (first.layer === 'technique') setTab('techniques');
  };

  const hover = (i: number | null, el: HTMLElement | null) => {
    if (i === null || !el) {
      setTip(null);
      return;
    }
    el.setAttribute('aria-describedby', 'tip');
    const r = el.getBoundingClientRect();
    setTip({ x: r.left, y: r.bottom, above: r.top, lines: layout.segments[i].marks.map((k) => marks[k]) });
  };

  const shown = [...layers].map((l) => `show-${l}`).join(' ');
  const doc = d.document;
  return (
    <div class="dossier" onKeyDown={(e) => e.key === 'Escape' && setTip(null)}>
      <div class="dossier-head">
        <div>
          <h1>{saved.title}</h1>
          <p class="muted small">
            {[doc.source, doc.format, `${text.length.toLocaleString()} characters`, doc.language && `language ${doc.language}`, doc.published && `published ${doc.published}`]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <ExportBar saved={saved} />
      </div>
      <Legend layers={layers} onChange={setLayers} marks={marks} />
      <p class="hint small muted" id="text-hint">
        In the text: arrow keys move between highlights, Enter opens one, Escape hides the explanation.
      </p>
      <div class="workspace">
        <section class={`text-pane ${shown}`} aria-label="Article text with highlights" aria-describedby="text-hint">
          <TextView control={textView} text={text} layout={layout} onActivate={activate} onHover={hover} />
        </section>
        <Panels d={d} tab={tab} onTab={setTab} selected={selected} onSelect={select} goTo={goTo} />
      </div>
      <Tooltip control={tooltip} />
    </div>
  );
}
