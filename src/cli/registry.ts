// Every command of `rotonde`, in the order `rotonde --help` lists them. To add one: a file in
// commands/ exporting `usage` and `run`, and an entry here (e.g. `plan`, `validate`, `serve`).
import type { CommandEntry } from './command.ts';

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'scenario validate',
    summary: 'check a scenario file against the schema',
    load: () => import('./commands/scenario-validate.ts'),
  },
  {
    name: 'scenario generate',
    summary: 'write a synthetic scenario of a given size and seed',
    load: () => import('./commands/scenario-generate.ts'),
  },
  {
    name: 'check',
    summary: 'the four conditions and the deadlines of one case',
    load: () => import('./commands/check.ts'),
  },
  {
    name: 'db import',
    summary: 'store a scenario file in a database',
    load: () => import('./commands/db-import.ts'),
  },
  {
    name: 'db export',
    summary: 'write a stored scenario as JSON',
    load: () => import('./commands/db-export.ts'),
  },
  {
    name: 'db list',
    summary: 'list the scenarios in a database',
    load: () => import('./commands/db-list.ts'),
  },
  {
    name: 'plan',
    summary: 'plan intakes and departures for a scenario, checked by the validator',
    load: () => import('./commands/plan.ts'),
  },
  {
    name: 'validate',
    summary: 'check a plan against its scenario (the independent validator)',
    load: () => import('./commands/validate.ts'),
  },
  {
    name: 'audit verify',
    summary: 'check that the audit log is complete and unchanged',
    load: () => import('./commands/audit-verify.ts'),
  },
  {
    name: 'token',
    summary: 'create, list or revoke API tokens',
    load: () => import('./commands/token.ts'),
  },
  {
    name: 'simulate',
    summary: 'simulate the caseload over months (calibrate to 2021, or run a scenario)',
    load: () => import('./commands/simulate.ts'),
  },
  {
    name: 'serve',
    summary: 'start the planning service on the demo data',
    load: () => import('./commands/serve.ts'),
  },
];
