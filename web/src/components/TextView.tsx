import { Component, type JSX } from 'preact';
import { segmentAt } from '../../../src/report/html/segments.js';
import type { Layout } from '../layout';

/** Blocks drawn at once, then per animation frame, so a long text shows at once and the page keeps answering. */
const FIRST_BLOCKS = 4;
const BLOCKS_PER_FRAME = 3;

/**
 * The text is one tab stop: only one highlight carries tabindex 0, and only highlights that have
 * held the focus carry an attribute at all, so ten thousand highlights cost no attribute writes.
 */
function moveTabStop(from: HTMLElement | null, to: HTMLElement): void {
  if (from && from !== to) from.tabIndex = -1;
  to.tabIndex = 0;
}

interface Props {
  text: string;
  layout: Layout;
  onActivate: (segment: number, el: HTMLElement) => void;
  onHover: (segment: number | null, el: HTMLElement | null) => void;
  /** Receives this component, for `reveal` (refs on components are plain props in Preact 11). */
  control: { current: TextView | null };
}

/**
 * The article, rendered once per dossier: layer switches and selection work through classes
 * on the container and a stylesheet rule, so nothing here re-renders after the first pass.
 * Long texts are rendered a few blocks per frame so the page answers at once.
 */
export class TextView extends Component<Props, { shown: number }> {
  private root: HTMLDivElement | null = null;
  private frame = 0;
  private waiting: Array<() => void> = [];

  override state = { shown: FIRST_BLOCKS };

  override shouldComponentUpdate(next: Props, state: { shown: number }): boolean {
    return next.layout !== this.props.layout || state.shown !== this.state.shown;
  }

  override componentDidMount(): void {
    this.props.control.current = this;
    this.more();
  }

  override componentDidUpdate(): void {
    this.more();
  }

  override componentWillUnmount(): void {
    if (this.props.control.current === this) this.props.control.current = null;
    cancelAnimationFrame(this.frame);
  }

  private more(): void {
    if (this.state.shown >= this.props.layout.blocks.length) {
      const waiting = this.waiting;
      this.waiting = [];
      waiting.forEach((fn) => fn());
      return;
    }
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.setState({ shown: this.state.shown + BLOCKS_PER_FRAME }));
  }

  /** Runs `fn` once every block is in the page. */
  private whenComplete(fn: () => void): void {
    if (this.state.shown >= this.props.layout.blocks.length) fn();
    else {
      this.waiting.push(fn);
      this.setState({ shown: this.props.layout.blocks.length });
    }
  }

  /** Scrolls to a span, marks its segments as the target and focuses the first. */
  reveal(start: number, end: number): void {
    this.whenComplete(() => {
      const root = this.root;
      if (!root) return;
      root.querySelectorAll('.target').forEach((el) => el.classList.remove('target'));
      const { segments, blocks } = this.props.layout;
      const found: HTMLElement[] = [];
      for (let i = segmentAt(segments, start); i < segments.length && segments[i].start < end; i++) {
        if (!segments[i].marks.length) continue;
        const el = root.querySelector<HTMLElement>(`[data-i="${i}"]`);
        if (el) found.push(el);
      }
      found.forEach((el) => el.classList.add('target'));
      if (found[0]) moveTabStop(root.querySelector<HTMLElement>('mark[tabindex="0"]'), found[0]);
      const first = found[0] ?? root.querySelector<HTMLElement>(`[data-b="${blocks.findIndex((b) => segments[b.to - 1].end > start)}"]`);
      first?.scrollIntoView({ block: 'center' });
      if (found[0]) found[0].focus({ preventScroll: true });
    });
  }

  /** Scrolls to the first element carrying a class (an entity's mentions); the focus stays where it is. */
  revealClass(name: string): void {
    this.whenComplete(() => {
      this.root?.querySelectorAll('.target').forEach((el) => el.classList.remove('target'));
      this.root?.querySelector<HTMLElement>(`.${name}`)?.scrollIntoView({ block: 'center' });
    });
  }

  private markOf(e: Event): HTMLElement | null {
    const el = (e.target as Element | null)?.closest?.('mark[data-i]');
    return el instanceof HTMLElement ? el : null;
  }

  private over = (e: Event) => {
    const el = this.markOf(e);
    this.props.onHover(el ? Number(el.dataset.i) : null, el);
  };

  private out = () => this.props.onHover(null, null);

  private click = (e: Event) => {
    const el = this.markOf(e);
    if (el) this.props.onActivate(Number(el.dataset.i), el);
  };

  /** Enter opens a highlight; the arrow keys, Home and End move between highlights (one tab stop for the whole text). */
  private key = (e: KeyboardEvent) => {
    const el = this.markOf(e);
    if (!el) return;
    const i = Number(el.dataset.i);
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.props.onActivate(i, el);
      return;
    }
    const { marked } = this.props.layout;
    const at = marked.indexOf(i);
    const next: Record<string, number> = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: marked.length - 1 };
    if (!(e.key in next)) return;
    e.preventDefault();
    const target = marked[Math.max(0, Math.min(marked.length - 1, next[e.key]))];
    this.whenComplete(() => {
      const to = this.root?.querySelector<HTMLElement>(`[data-i="${target}"]`);
      if (!to) return;
      moveTabStop(el, to);
      to.focus();
    });
  };

  override render({ text, layout }: Props, { shown }: { shown: number }) {
    const { segments, classes, blocks } = layout;
    const rendered: JSX.Element[] = [];
    for (let b = 0; b < Math.min(shown, blocks.length); b++) {
      const children: Array<string | JSX.Element> = [];
      for (let i = blocks[b].from; i < blocks[b].to; i++) {
        const seg = segments[i];
        const chunk = text.slice(seg.start, seg.end);
        if (!seg.marks.length) children.push(chunk);
        else
          children.push(
            <mark key={i} class={classes[i]} data-i={i} tabIndex={i === layout.marked[0] ? 0 : undefined}>
              {chunk}
            </mark>,
          );
      }
      rendered.push(
        <div key={b} class="blk" data-b={b}>
          {children}
        </div>,
      );
    }
    return (
      <div
        class="article"
        ref={(el) => {
          this.root = el;
        }}
        onMouseOver={this.over}
        onMouseOut={this.out}
        onFocusIn={this.over}
        onFocusOut={this.out}
        onClick={this.click}
        onKeyDown={this.key}
      >
        {rendered}
        {shown < blocks.length && <p class="muted">Rendering the rest of the text…</p>}
      </div>
    );
  }
}
