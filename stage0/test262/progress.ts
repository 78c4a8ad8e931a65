// Progress of a run: on a terminal one line redrawn in place (a bar, done/total, pass %, ETA); on
// anything else (CI logs, pipes) a plain line every 10 seconds.
import { formatDuration } from './runner.ts';

export class Progress {
  private readonly t0 = performance.now();
  private last = 0;
  private drawn = false;
  private firstAt = 0;

  private readonly write: (text: string) => void;
  private readonly tty: boolean;
  private readonly width: number;

  constructor(write: (text: string) => void, tty: boolean, width = 30) {
    this.write = write;
    this.tty = tty;
    this.width = width;
  }

  update(done: number, total: number, passed: number): void {
    const now = performance.now();
    const interval = this.tty ? 100 : 10_000;
    if (done < total && now - this.last < interval) return;
    this.last = now;
    const elapsed = now - this.t0;
    // The rate since the first result: the workers' start-up (a second or more) is not a test.
    if (this.firstAt === 0 && done > 0) this.firstAt = now;
    const eta = done > 1 ? ((now - this.firstAt) / (done - 1)) * (total - done) : 0;
    const pct = done > 0 ? ((100 * passed) / done).toFixed(1) : '0.0';
    const text = `${done}/${total} runs, ${pct}% pass, ${formatDuration(elapsed)} elapsed, ETA ${formatDuration(eta)}`;
    if (this.tty) {
      const filled = total > 0 ? Math.round((this.width * done) / total) : this.width;
      this.write(`\r[${'#'.repeat(filled)}${'.'.repeat(this.width - filled)}] ${text}\x1b[K`);
      this.drawn = true;
    } else {
      this.write(`test262: ${text}\n`);
    }
  }

  /** Ends the progress line (a terminal's cursor goes to a fresh line). */
  finish(): void {
    if (this.tty && this.drawn) this.write('\r\x1b[K');
  }
}
