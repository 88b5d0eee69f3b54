// Simulations for analysts: the named scenarios and resource types, Monte Carlo jobs (POST returns
// an id, GET polls status and progress and, once done, the result; DELETE stops), and the
// self-contained HTML report of a finished one. Jobs live in memory (src/jobs/simulation-jobs.ts).
import { z } from 'zod';
import type { SimulationJob, SimulationJobs } from '../../jobs/simulation-jobs.ts';
import { MARGINAL_LIMITS } from '../../jobs/simulation-input.ts';
import { listSimScenarios } from '../../sim-data/scenarios.ts';
import { renderReport } from '../../sim-runner/index.ts';
import { RESOURCE_TYPES } from '../../simulation/index.ts';
import { defineEndpoint, Reply, type AnyEndpoint } from '../endpoint.ts';
import { HttpError } from '../errors.ts';

export const SIMULATION_LIMITS = { days: 730, replications: 50 } as const;

const Name = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected a scenario name, e.g. "baseline-2021"');

export const SimulationBody = z.strictObject({
  scenario: Name,
  days: z.number().int().min(1).max(SIMULATION_LIMITS.days),
  replications: z.number().int().min(1).max(SIMULATION_LIMITS.replications),
  seed: z
    .union([
      z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1),
      z.string().min(1).max(64),
    ])
    .default(1),
  factors: z.record(z.string().max(40), z.number().min(0).max(10)).default({}),
  marginal: z.boolean().default(false),
  baseline: Name.nullable().default('baseline-2021'),
});

const JobParams = z.strictObject({ id: z.uuid() });
const ReportQuery = z.strictObject({ lang: z.enum(['en', 'nl']).default('nl') });

/**
 * The report is a whole page with its own inline CSS and SVG and no script, so it gets a policy of
 * its own that allows exactly that (CSP Level 3: `default-src 'none'` blocks everything else).
 */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function simulationEndpoints(deps: { jobs: SimulationJobs }): AnyEndpoint[] {
  const { jobs } = deps;
  const job = (id: string): SimulationJob => {
    const found = jobs.get(id);
    if (!found) throw new HttpError(404, `no simulation "${id}"`);
    return found;
  };
  return [
    defineEndpoint({
      method: 'get',
      path: '/simulation-scenarios',
      summary: 'The simulation scenarios, the resource types whose capacity can be scaled, and the limits',
      tag: 'simulations',
      roles: ['analyst'],
      responses: { 200: { description: 'scenarios, resource types and limits' } },
      handler: () => ({
        scenarios: listSimScenarios(),
        resources: RESOURCE_TYPES,
        limits: { ...SIMULATION_LIMITS, factor: { min: 0, max: 10 }, marginal: MARGINAL_LIMITS },
      }),
    }),
    defineEndpoint({
      method: 'post',
      path: '/simulations',
      summary: 'Start a Monte Carlo simulation (one runs at a time; later ones queue)',
      tag: 'simulations',
      roles: ['analyst'],
      body: SimulationBody,
      audit: 'write',
      responses: {
        202: { description: 'queued' },
        400: { description: 'invalid request, naming the field' },
      },
      handler: ({ body, principal }) => {
        const started = jobs.start(body, principal!.tokenId);
        if (!started.ok)
          throw new HttpError(
            400,
            started.messages.join('; '),
            started.messages.map((m) => ({ path: `body.${m.split(':')[0]}`, message: m })),
          );
        const status = jobs.get(started.id)?.status ?? 'queued';
        return new Reply(202, { id: started.id, status }, { Location: `/simulations/${started.id}` });
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/simulations',
      summary: 'Simulations kept in memory, newest first (without results)',
      tag: 'simulations',
      roles: ['analyst'],
      responses: { 200: { description: 'the simulations' } },
      handler: () => ({ simulations: jobs.list().map(({ result: _, ...rest }) => rest) }),
    }),
    defineEndpoint({
      method: 'get',
      path: '/simulations/:id',
      summary: 'Status and progress of a simulation; its result once done',
      tag: 'simulations',
      roles: ['analyst'],
      params: JobParams,
      responses: { 200: { description: 'the simulation' }, 404: { description: 'no such simulation' } },
      handler: ({ params }) => job(params.id),
    }),
    defineEndpoint({
      method: 'get',
      path: '/simulations/:id/report.html',
      summary: 'The self-contained HTML report of a finished simulation',
      tag: 'simulations',
      roles: ['analyst'],
      params: JobParams,
      query: ReportQuery,
      responses: { 200: { description: 'an HTML page' }, 409: { description: 'not done' } },
      handler: ({ params, query, res }) => {
        const found = job(params.id);
        if (found.status !== 'done' || !found.result)
          throw new HttpError(409, `simulation is ${found.status}, not done`);
        res.setHeader('Content-Security-Policy', REPORT_CSP);
        res.type('html').send(renderReport(found.result, query.lang));
        return undefined;
      },
    }),
    defineEndpoint({
      method: 'delete',
      path: '/simulations/:id',
      summary: 'Cancel a simulation',
      tag: 'simulations',
      roles: ['analyst'],
      params: JobParams,
      audit: 'write',
      responses: { 200: { description: 'cancelled' }, 409: { description: 'already ended' } },
      handler: ({ params }) => {
        const outcome = jobs.cancel(params.id);
        if (outcome === undefined) throw new HttpError(404, `no simulation "${params.id}"`);
        const found = job(params.id);
        if (outcome === 'ended') throw new HttpError(409, `simulation has already ended: ${found.status}`);
        return { id: found.id, status: found.status };
      },
    }),
  ];
}
