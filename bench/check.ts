// npm run bench check [-- --scenario data/scenarios/national.json --rounds 5]
// The officer's check (checkCase) for every case of a scenario: plan once, build the problem once,
// then time each check against the plan's residual capacity and against an empty plan.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Scenario } from '../src/domain/index.ts';
import { loadRuleSet } from '../src/domain/rules.ts';
import { buildProblem } from '../src/planning/build-problem.ts';
import { checkCase } from '../src/planning/check-case.ts';
import { planScenario } from '../src/planning/plan-scenario.ts';
import { createHighsEngine, type Assignment } from '../solver/index.ts';
import { machineLine, table } from './machine.ts';

const TARGET_P95_MS = 50;

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'data/scenarios/national.json' },
    rounds: { type: 'string', default: '5' },
    'time-limit': { type: 'string', default: '10' },
  },
});
const rounds = Number(values.rounds);
const scenario = Scenario.parse(JSON.parse(readFileSync(values.scenario, 'utf8')));
const rules = loadRuleSet(scenario.rulesVersion);
const now = () => performance.now();

const outcome = await planScenario(scenario, rules, {
  engine: await createHighsEngine(),
  timeLimitSeconds: Number(values['time-limit']),
  now,
});
const buildStarted = now();
const pp = buildProblem(scenario, rules);
const buildMs = now() - buildStarted;
const ids = pp.cases.map((e) => e.case.id);
// The outcome's assignment indexes the same options: buildProblem is deterministic.
const against: [string, Assignment][] = [
  ['plan', outcome.assignment],
  ['empty plan', ids.map(() => null)],
];

const rows = against.map(([name, assignment]) => {
  const times: number[] = [];
  let answered = 0;
  for (let round = 0; round < rounds; round++) {
    for (const id of ids) {
      const started = now();
      const check = checkCase(pp, assignment, id, rules);
      times.push(now() - started);
      if (round === 0 && check?.earliest) answered++;
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const ms = (x: number) => x.toFixed(3);
  return [
    name,
    String(times.length),
    String(answered),
    ms(at(0.5)),
    ms(at(0.95)),
    ms(at(0.99)),
    ms(times.at(-1) ?? 0),
    at(0.95) <= TARGET_P95_MS ? 'yes' : 'NO',
  ];
});

console.log(`\nbench:check — ${machineLine()}\n`);
console.log(
  `${scenario.id}: ${ids.length} cases, ${pp.problem.candidates.reduce((n, c) => n + c.options.length, 0)} options, ` +
    `${pp.problem.resources.length} resources; plan ${outcome.summary.scheduled} scheduled; ` +
    `buildProblem once ${buildMs.toFixed(1)} ms; ${rounds} round(s)\n`,
);
console.log(
  table(
    [
      'against',
      'checks',
      'with earliest',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      `p95 ≤ ${TARGET_P95_MS} ms`,
    ],
    rows,
  ),
);
