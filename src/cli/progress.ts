/** A one-line progress bar on a terminal: files done, rate, time left. Silent when the stream is not a TTY. */
export class Progress {
  private done = 0;
  private skipped = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly on: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.on = Boolean(stream.isTTY) && total > 1;
  }

  /** Counts one file as finished (read or skipped) and redraws at most ten times a second. */
  tick(skipped = false): void {
    this.done++;
    if (skipped) this.skipped++;
    const now = Date.now();
    if (this.on && (now - this.lastDraw > 100 || this.done === this.total)) {
      this.lastDraw = now;
      this.stream.write(`\r\x1b[K${this.line(now)}`);
    }
  }

  /** Writes a message above the bar without garbling it. */
  note(message: string): void {
    if (this.on) this.stream.write(`\r\x1b[K${message}\n${this.line(Date.now())}`);
    else this.stream.write(`${message}\n`);
  }

  /** Removes the bar. */
  end(): void {
    if (this.on) this.stream.write('\r\x1b[K');
  }

  line(now: number): string {
    const width = 24;
    const share = this.total ? this.done / this.total : 1;
    const filled = Math.round(share * width);
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : NaN;
    const skipped = this.skipped ? `, ${this.skipped} skipped` : '';
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} files, ${rate.toFixed(1)}/s, ${clock(left)} left${skipped}`;
  }
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m >= 60 ? `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m` : `${m}:${String(s % 60).padStart(2, '0')}`;
}
