// npm run bench:sim [-- --scenario baseline-2021 --days 365 --seeds 1]
// One replication per seed with the real planner in the loop: wall time, plans made/valid, forced
// departures. The issue-5 target is one simulated year in ≤ 60 s on this machine.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadRuleSet } from '../src/domain/rules.ts';
import { loadSimScenario } from '../src/sim-data/scenarios.ts';
import { runReplication } from '../src/simulation/index.ts';
import { createHighsEngine } from '../solver/index.ts';
import { machineLine, table } from './machine.ts';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'baseline-2021' },
    days: { type: 'string', default: '365' },
    seeds: { type: 'string', default: '1' },
  },
});
const days = Number(values.days);
const seeds = values.seeds.split(',').map(Number);
const loaded = loadSimScenario(values.scenario);
if (!loaded.ok) {
  console.error(loaded.messages.join('\n'));
  process.exit(1);
}
const rules = loadRuleSet('nl-2026-07');
const engine = await createHighsEngine();
const rows: string[][] = [];
for (const seed of seeds) {
  const started = performance.now();
  const out = await runReplication(loaded.value, { days, seed, rules, engine, now: () => performance.now() });
  const seconds = (performance.now() - started) / 1000;
  rows.push([
    values.scenario,
    String(days),
    String(seed),
    seconds.toFixed(1),
    `${out.plans.made}/${out.plans.valid}`,
    String(out.kpis.forcedDepartures ?? 0),
    String(out.kpis.dublinTransfers ?? 0),
    String(out.kpis.intakes ?? 0),
  ]);
}
console.log(machineLine());
console.log();
console.log(
  table(
    [
      'scenario',
      'days',
      'seed',
      'seconds',
      'plans made/valid',
      'forced departures',
      'Dublin transfers',
      'intakes',
    ],
    rows,
  ),
);
