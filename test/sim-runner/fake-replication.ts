// A small stand-in for the simulation core's runReplication, for testing the runner alone: seeded,
// deterministic, and more of a resource means more departures and fewer lapses.
import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export type FakeScenario = {
  readonly name: string;
  readonly description: string;
  /** mean departures a day at full capacity */
  readonly rate: number;
  readonly capacity: Readonly<Record<string, number>>;
  /** wait this long after every day (to test abort) */
  readonly delayMs?: number;
  /** append a line to this file after every day (to see that a worker stopped) */
  readonly traceFile?: string;
  /** throw on this day (to test failures) */
  readonly failOnDay?: number;
};

type Options = {
  readonly days: number;
  readonly seed: number | string;
  readonly onDay?: (day: number) => void;
};

/** mulberry32 over an FNV-1a hash of the seed key. */
function random(key: string): () => number {
  let a = 2166136261;
  for (let i = 0; i < key.length; i++) a = Math.imul(a ^ key.charCodeAt(i), 16777619);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function runReplication(scenario: FakeScenario, options: Options) {
  const next = random(String(options.seed));
  const police = scenario.capacity.police ?? 0;
  const share = Math.min(1, police / 10);
  const caseload: number[] = [];
  const departures: number[] = [];
  const lapsed: number[] = [];
  let people = 100;
  for (let day = 0; day < options.days; day++) {
    if (day === scenario.failOnDay) throw new Error(`fake failure on day ${day}`);
    const u = next();
    const out = Math.floor(u * 2 * scenario.rate * share);
    const lapse = Math.floor(next() * 4 * (1 - share));
    people += 5 - out - lapse;
    caseload.push(people);
    departures.push(out);
    lapsed.push(lapse);
    if (scenario.delayMs) await sleep(scenario.delayMs);
    if (scenario.traceFile) appendFileSync(scenario.traceFile, `${day}\n`);
    options.onDay?.(day);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const capacity = Object.fromEntries(
    Object.entries(scenario.capacity).map(([r, units]) => [`capacity.${r}`, units * options.days]),
  );
  return {
    kpis: { departures: sum(departures), dublinLapsed: sum(lapsed), finalCaseload: people, ...capacity },
    series: { caseload, forcedDepartures: departures, dublinLapsed: lapsed },
    plans: { made: 0, valid: 0, invalid: 0 },
  };
}
