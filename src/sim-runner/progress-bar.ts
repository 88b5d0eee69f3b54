// Progress of a Monte Carlo run on a terminal: a bar redrawn in place with the ETA, or (when the
// output is a file or pipe) one line per tenth of the work.
import type { MonteCarloProgress } from './types.ts';

export type ProgressSink = {
  readonly write: (text: string) => void;
  /** redraw one line in place (a terminal), or append lines */
  readonly tty: boolean;
  /** milliseconds */
  readonly now: () => number;
  readonly width?: number;
};

export type ProgressReporter = {
  readonly update: (p: MonteCarloProgress) => void;
  /** ends the bar's line (terminal) */
  readonly finish: () => void;
};

const REDRAW_MS = 100;

export function createProgressReporter(sink: ProgressSink): ProgressReporter {
  const started = sink.now();
  let lastDraw = -Infinity;
  let lastTenth = 0;
  let drawn = false;
  const update = (p: MonteCarloProgress) => {
    if (p.total <= 0) return;
    const elapsed = sink.now() - started;
    const share = Math.min(1, p.done / p.total);
    if (sink.tty) {
      if (sink.now() - lastDraw < REDRAW_MS && p.done < p.total) return;
      lastDraw = sink.now();
      drawn = true;
      sink.write(`\r${bar(share, sink.width ?? 30)} ${describe(p, share, elapsed)}\u001b[K`);
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth <= lastTenth) return;
    lastTenth = tenth;
    sink.write(`progress ${describe(p, share, elapsed)}\n`);
  };
  return { update, finish: () => drawn && sink.write('\n') };
}

function bar(share: number, width: number): string {
  const full = Math.round(share * width);
  return `[${'#'.repeat(full)}${'.'.repeat(width - full)}]`;
}

function describe(p: MonteCarloProgress, share: number, elapsedMs: number): string {
  const eta =
    p.done > 0 && p.done < p.total ? `, ETA ${duration((elapsedMs * (p.total - p.done)) / p.done)}` : '';
  const days = `${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} simulated days`;
  return `${Math.floor(share * 100)}% (${p.phase}: ${days}, ${duration(elapsedMs)} elapsed${eta})`;
}

/** 75 s → "1m 15s". */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}
