// npm run bench http [-- --duration 10 --connections 10 --no-publish --no-job]
// The HTTP service under load, in this process, on loopback: the officer's feasibility check rotating
// over the cases of their region, and the reads of the published version and of a plan job's status,
// each while a national plan job is running in its worker thread. By default a short plan is
// published first, so the feasibility check runs against a published plan as it does in service.
// Target (the issue): feasibility p95 ≤ 50 ms, no errors.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createToken } from '../src/auth/tokens.ts';
import type { Case, Scenario } from '../src/domain/index.ts';
import { createService } from '../src/http/service.ts';
import { exportScenario, importScenario, openDatabase } from '../src/store/index.ts';
import { machineLine, table } from './machine.ts';

// autocannon ships no type declarations: the little of its API used here.
type AutocannonRequest = {
  method?: string;
  path?: string;
  setupRequest?: (request: { path: string }) => { path: string };
};
type AutocannonOptions = {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: AutocannonRequest[];
};
type AutocannonResult = {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number };
  statusCodeStats: Record<string, { count: number }>;
};
type AutocannonInstance = {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};
type Autocannon = (
  options: AutocannonOptions,
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'no-publish': { type: 'boolean', default: false },
    /** Without the plan job running: the endpoints alone, for comparison. */
    'no-job': { type: 'boolean', default: false },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const SCENARIO_FILE = new URL('../data/scenarios/national.json', import.meta.url);

// ---- the service over a temporary copy of the national scenario ----

const dir = mkdtempSync(join(tmpdir(), 'rotonde-bench-http-'));
const db = openDatabase(join(dir, 'bench.db'));
const imported = importScenario(db, JSON.parse(readFileSync(SCENARIO_FILE, 'utf8')));
if (!imported.ok) throw new Error(`cannot import the national scenario: ${JSON.stringify(imported.errors)}`);
const scenario = exportScenario(db, imported.id)!;
const { region, caseIds } = busiestRegion(scenario);
const planner = createToken(db, { name: 'bench planner', role: 'planner' }).secret;
const officer = createToken(db, { name: 'bench officer', role: 'officer', regionId: region }).secret;
const service = createService(db, { salt: 'bench-http', rateLimitPerMinute: 0 });
const server = await listen(createServer(service.app));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

let keep: NodeJS.Timeout | undefined;
try {
  let published = 0;
  if (!values['no-publish']) published = await publishShortPlan();
  // A national plan job runs throughout: it often finishes well before its 30 s limit, so a keeper
  // starts the next one (POST /plans) as soon as the last has ended, and samples how much of the
  // time one was running.
  let job = await startPlan(30);
  const keeper = { started: 0, samples: 0, running: 0, busy: false };
  if (values['no-job']) service.jobs.cancel(job);
  keep = setInterval(() => {
    if (keeper.busy || values['no-job']) return;
    const live = ['queued', 'running'].includes(service.jobs.status(job)?.status ?? '');
    keeper.samples++;
    if (live) {
      keeper.running++;
      return;
    }
    keeper.busy = true;
    void startPlan(30)
      .then((id) => {
        job = id;
        keeper.started++;
      })
      .finally(() => (keeper.busy = false));
  }, 100);

  const feasibilityPaths = caseIds.map((id) => `/cases/${encodeURIComponent(id)}/feasibility`);
  const first = await get(feasibilityPaths[0]!, officer);
  if (first.status !== 200) throw new Error(`feasibility answers ${first.status}: ${first.text}`);

  const runs = [
    { name: 'GET /cases/:id/feasibility', token: officer, paths: feasibilityPaths, connections: 1 },
    {
      name: 'GET /cases/:id/feasibility',
      token: officer,
      paths: feasibilityPaths,
      connections: CONNECTIONS,
    },
    {
      name: 'GET /published/:scenarioId',
      token: planner,
      paths: [`/published/${scenario.id}`],
      connections: CONNECTIONS,
    },
    { name: 'GET /plans/:id', token: planner, paths: () => [`/plans/${job}`], connections: CONNECTIONS },
  ];
  const rows: string[][] = [];
  for (const run of runs) {
    const paths = typeof run.paths === 'function' ? run.paths() : run.paths;
    Object.assign(keeper, { started: 0, samples: 0, running: 0 });
    const m = await load(paths, run.token, run.connections);
    const share = keeper.samples === 0 ? 0 : keeper.running / keeper.samples;
    rows.push([
      run.name,
      String(run.connections),
      m.rps.toFixed(1),
      ms(m.p50),
      ms(m.p95),
      ms(m.p99),
      String(m.requests),
      `${m.errors} / ${m.non2xx}`,
      `${(share * 100).toFixed(0)}% (${keeper.started} new)`,
    ]);
    console.error(`done ${run.name} × ${run.connections}`);
  }

  console.log(`\nbench:http — ${machineLine()}`);
  console.log(
    `scenario ${scenario.id}: ${scenario.cases.length} cases; officer of ${region} (${caseIds.length} cases, rotated); ` +
      `published plan version ${published}; ${DURATION} s per row, loopback, server and load in one process\n`,
  );
  console.log(
    table(
      [
        'endpoint',
        'conns',
        'req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'requests',
        'errors / non-2xx',
        'plan job running',
      ],
      rows,
    ),
  );
  console.log('\ntarget: feasibility p95 ≤ 50 ms, 0 errors');
} finally {
  clearInterval(keep);
  await new Promise((resolve) => server.close(resolve));
  await service.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
}

// ---- helpers ----

/** One autocannon run over `paths` in turn; latencies from every response, exact percentiles. */
async function load(paths: readonly string[], token: string, connections: number) {
  let next = 0;
  const latencies: number[] = [];
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: DURATION,
        headers: { authorization: `Bearer ${token}` },
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
          },
        ],
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? NaN;
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function ms(v: number): string {
  return v < 10 ? v.toFixed(2) : v.toFixed(0);
}

/** Plans briefly, waits for the job and publishes its plan; the published version (0: none). */
async function publishShortPlan(): Promise<number> {
  const id = await startPlan(5);
  for (let i = 0; i < 240; i++) {
    const status = await jobStatus(id);
    if (status === 'done') break;
    if (status !== 'queued' && status !== 'running') {
      console.error(`the plan to publish ended ${status}: feasibility runs without a published plan`);
      return 0;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const res = await fetch(`${url}/plans/${id}/publish`, {
    method: 'POST',
    headers: { authorization: `Bearer ${planner}`, 'content-type': 'application/json', 'if-match': '"0"' },
    body: '{}',
  });
  const body = (await res.json()) as { version?: number };
  if (res.status !== 201) {
    console.error(`publishing failed (${res.status} ${JSON.stringify(body)}): no published plan`);
    return 0;
  }
  return body.version ?? 0;
}

async function startPlan(timeLimitSeconds: number): Promise<string> {
  const res = await fetch(`${url}/plans`, {
    method: 'POST',
    headers: { authorization: `Bearer ${planner}`, 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: scenario.id, timeLimitSeconds }),
  });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 202 || body.id === undefined)
    throw new Error(`POST /plans: ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}

async function jobStatus(id: string): Promise<string> {
  const res = await get(`/plans/${id}`, planner);
  return (JSON.parse(res.text) as { status: string }).status;
}

async function get(path: string, token: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, text: await res.text() };
}

function listen(s: Server): Promise<Server> {
  return new Promise((resolve, reject) => {
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

/**
 * The police region with the most cases an officer of it may check (as the feasibility endpoint
 * decides: where the person is picked up, or the region of the centre holding them), and those cases.
 */
function busiestRegion(s: Scenario): { region: string; caseIds: string[] } {
  const centre = (id: string) => s.sites.detentionCentres.find((d) => d.id === id)?.policeRegionId;
  const regionsOf = (c: Case): (string | undefined)[] => {
    const l = c.location;
    const pickup =
      l.kind === 'coa'
        ? s.sites.coaLocations.find((x) => x.id === l.coaLocationId)?.policeRegionId
        : l.kind === 'detention'
          ? centre(l.centreId)
          : l.kind === 'other'
            ? l.policeRegionId
            : undefined;
    return [pickup, c.detention ? centre(c.detention.centreId) : undefined];
  };
  const byRegion = new Map<string, string[]>();
  for (const c of s.cases) {
    for (const r of new Set(regionsOf(c))) {
      if (r !== undefined) byRegion.set(r, [...(byRegion.get(r) ?? []), c.id]);
    }
  }
  const [region, caseIds] = [...byRegion].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (region === undefined || caseIds === undefined) throw new Error('no police region has cases');
  return { region, caseIds };
}
