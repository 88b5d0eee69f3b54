// npm run bench:solver [-- --sizes small,national --seeds 1,2,3 --quick]
// For each generated scenario: the planner (time, objective, LP bound, gap, departures, detention
// nights) and, in the same run, HiGHS with default options on the exported model.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Scenario } from '../src/domain/index.ts';
import { loadRuleSet } from '../src/domain/rules.ts';
import { generateScenario } from '../src/generate/index.ts';
import { buildProblem } from '../src/planning/build-problem.ts';
import { planScenario } from '../src/planning/plan-scenario.ts';
import { buildPatternModel, createHighsEngine } from '../solver/index.ts';
import { machineLine, table } from './machine.ts';

type Size = 'small' | 'national' | 'large' | 'xlarge';
const LIMITS: Record<Size, number> = { small: 5, national: 5, large: 15, xlarge: 60 };

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'small,national,large,xlarge' },
    seeds: { type: 'string', default: '1,2,3' },
    'baseline-factor': { type: 'string', default: '2' },
  },
});
const sizes = values.sizes.split(',') as Size[];
const seeds = values.seeds.split(',').map(Number);
const factor = Number(values['baseline-factor']);

const engine = await createHighsEngine();
const plain = await createHighsEngine('lp-text');
const rows: string[][] = [];
for (const size of sizes) {
  for (const seed of size === 'xlarge' ? seeds.slice(0, 2) : seeds) {
    const scenario = Scenario.parse(generateScenario({ size, seed }));
    const rules = loadRuleSet(scenario.rulesVersion);
    const limit = LIMITS[size];
    const outcome = await planScenario(scenario, rules, {
      engine,
      timeLimitSeconds: limit,
      now: () => performance.now(),
    });
    const s = outcome.summary;
    const milp = buildPatternModel(buildProblem(scenario, rules).problem).milp;
    const base = await plain.solve(milp, { timeLimitSeconds: limit * factor });
    const baseObjective = base.objective ?? 0;
    // When the planner's best plan first reached HiGHS-default's final objective (build time included).
    const reached = outcome.solve.trace.find(
      (p) => p.objective >= baseObjective - 1e-6 * Math.abs(baseObjective),
    );
    const reachSeconds = reached ? reached.seconds + (s.buildSeconds ?? 0) : undefined;
    rows.push([
      size,
      String(seed),
      `${milp.variables.length}×${milp.rows.length}`,
      s.seconds.toFixed(2),
      s.objective.toFixed(0),
      s.bound.toFixed(0),
      `${(s.gap * 100).toFixed(3)}%`,
      `${s.scheduled}/${s.candidates}`,
      String(s.detentionNights),
      outcome.valid ? 'yes' : 'NO',
      `${base.status} ${base.seconds.toFixed(1)} s`,
      baseObjective.toFixed(0),
      baseObjective > 0 ? `${((s.objective / baseObjective) * 100).toFixed(2)}%` : 'n/a',
      reachSeconds === undefined
        ? 'never'
        : `${reachSeconds.toFixed(1)} s (${(reachSeconds / base.seconds).toFixed(2)})`,
    ]);
    console.error(`done ${size} seed ${seed}`);
  }
}
console.log(`\nbench:solver — ${machineLine()}\n`);
console.log(
  table(
    [
      'size',
      'seed',
      'model',
      'plan s',
      'objective',
      'LP bound',
      'gap',
      'departed',
      'nights',
      'valid',
      'HiGHS default',
      'its objective',
      'plan/default obj',
      'reached default at (ratio)',
    ],
    rows,
  ),
);
