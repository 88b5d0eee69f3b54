import { describe, expect, it } from 'vitest';
import { createProgressReporter, duration } from '../../src/sim-runner/progress-bar.ts';

function sink(tty: boolean) {
  const written: string[] = [];
  let ms = 0;
  return {
    written,
    tick: (by: number) => (ms += by),
    write: (t: string) => void written.push(t),
    tty,
    now: () => ms,
    width: 10,
  };
}

describe('createProgressReporter', () => {
  it('writes one line per tenth of the work when the output is not a terminal', () => {
    const s = sink(false);
    const progress = createProgressReporter(s);
    for (let done = 1; done <= 100; done++) {
      s.tick(100);
      progress.update({ done, total: 100, phase: 'scenario' });
    }
    progress.finish();
    expect(s.written).toHaveLength(10);
    expect(s.written[0]).toBe('progress 10% (scenario: 10/100 simulated days, 1s elapsed, ETA 9s)\n');
    expect(s.written[9]).toBe('progress 100% (scenario: 100/100 simulated days, 10s elapsed)\n');
  });

  it('redraws one bar in place on a terminal, at most every 100 ms, and ends its line', () => {
    const s = sink(true);
    const progress = createProgressReporter(s);
    s.tick(50);
    progress.update({ done: 1, total: 4, phase: 'baseline' });
    s.tick(10);
    progress.update({ done: 2, total: 4, phase: 'baseline' }); // too soon: not drawn
    s.tick(100);
    progress.update({ done: 4, total: 4, phase: 'baseline' });
    progress.finish();
    expect(s.written).toEqual([
      '\r[###.......] 25% (baseline: 1/4 simulated days, 0s elapsed, ETA 0s)\u001b[K',
      '\r[##########] 100% (baseline: 4/4 simulated days, 0s elapsed)\u001b[K',
      '\n',
    ]);
  });

  it('writes durations in seconds, minutes and hours', () => {
    expect(duration(4_400)).toBe('4s');
    expect(duration(75_000)).toBe('1m 15s');
    expect(duration(2 * 3600_000 + 60_000)).toBe('2h 1m');
  });
});
