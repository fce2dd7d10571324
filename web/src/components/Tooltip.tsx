import { Component } from 'preact';
import type { Mark } from '../../../src/report/html/marks.js';

export interface Tip {
  x: number;
  y: number;
  above: number;
  lines: Mark[];
}

/**
 * The explanation of the highlight under the pointer or the keyboard focus. It keeps its own
 * state, so moving over the text re-renders only this box.
 */
export class Tooltip extends Component<{ control: { current: Tooltip | null } }, { tip: Tip | null }> {
  override state = { tip: null as Tip | null };

  override componentDidMount(): void {
    this.props.control.current = this;
  }

  override componentWillUnmount(): void {
    if (this.props.control.current === this) this.props.control.current = null;
  }

  show(tip: Tip | null): void {
    this.setState({ tip });
  }

  override render() {
    const { tip } = this.state;
    if (!tip) return <div id="tip" role="tooltip" class="tip" hidden />;
    const width = Math.min(360, window.innerWidth - 16);
    const left = Math.max(8, Math.min(tip.x, window.innerWidth - width - 8));
    const below = tip.y + 160 < window.innerHeight;
    const place = below ? { top: `${tip.y + 6}px` } : { bottom: `${window.innerHeight - tip.above + 6}px` };
    return (
      <div id="tip" role="tooltip" class="tip" style={{ left: `${left}px`, maxWidth: `${width}px`, ...place }}>
        {tip.lines.map((m, i) => (
          <p key={i}>
            <strong class={`key l-${m.layer} k-${m.layer}-${m.kind.replace(/[^A-Za-z0-9_-]/g, '_')}`}>{m.label}</strong> {m.detail}
          </p>
        ))}
      </div>
    );
  }
}
