import { z } from 'zod';
import { leafPaths } from './leaf-paths.ts';
import { PlannerParameters } from './planner-parameters.ts';
import type { ResolveScenario } from './scenario-extends.ts';
import { resolveExtends } from './scenario-extends.ts';

/**
 * The scenario parameters of the caseload simulation. Rates are per person-year (a daily hazard is
 * rate / 365); shares are probabilities; durations are days. Every parameter in a scenario file carries
 * a note on how it was derived (`derivation`, keyed by its dotted path).
 */
const Share = z.number().min(0).max(1);
const Rate = z.number().nonnegative();
const Days = z.number().positive();

export const SOURCES = ['ind', 'police', 'kmar', 'other'] as const;
export const Source = z.enum(SOURCES);
export type Source = z.infer<typeof Source>;

const PerSource = <T extends z.ZodType>(value: T) =>
  z.object({ ind: value, police: value, kmar: value, other: value });

/** Competing daily hazards of leaving the caseload other than by forced departure, per person-year. */
export const Hazards = z.object({
  /** departure to an unknown destination (MOB) */
  mob: Rate,
  /** demonstrable independent departure (with or without IOM) */
  independent: Rate,
  /** outflow without departure: new asylum application */
  asylum: Rate,
  /** outflow without departure: residence permit */
  permit: Rate,
  /** outflow without departure: other reasons */
  other: Rate,
});
export type Hazards = z.infer<typeof Hazards>;

/** A group of nationalities that behave alike towards laissez-passer requests. */
export const NationalityGroup = z.object({
  name: z.string().min(1),
  /** share of the inflow */
  share: Share,
  /** share with a valid own travel document (no laissez-passer needed) */
  ownDocumentShare: Share,
  /** of those without a document: share for whom a laissez-passer is requested */
  lpRequestShare: Share,
  /** mean response time of the embassy, days (exponential) */
  lpResponseDaysMean: Days,
  /** share of responses that confirm the nationality */
  lpConfirmShare: Share,
});
export type NationalityGroup = z.infer<typeof NationalityGroup>;

export const SimulationParameters = z.object({
  inflowPerYear: PerSource(Rate),
  /** share of each source's inflow that is a Dublin/AMMR claimant (transfer to another member state) */
  dublinShare: PerSource(Share),
  familyShare: Share,
  /** share that may be detained for removal, by track; families are detained only as a last resort */
  detainableShare: z.object({ dublin: Share, national: Share, family: Share }),
  /** share of each source's national-return inflow with a legal procedure still pending (not removable) */
  procedurePendingShare: PerSource(Share),
  procedureDaysMean: Days,
  dublin: z.object({
    /** days left on the transfer clock at intake, drawn uniformly from [min, max] */
    remainingDeadlineDaysMin: z.number().int().nonnegative(),
    remainingDeadlineDaysMax: z.number().int().positive(),
    /** days between intake and the earliest transfer (notice to the receiving state, a flight) */
    transferLeadDays: z.number().int().nonnegative(),
  }),
  hazards: z.object({ dublin: Hazards, national: Hazards }),
  nationalities: z.array(NationalityGroup).min(1),
  /** forced departures (national returns and Dublin transfers) the organisation can carry out per day */
  forcedCapacityPerDay: Rate,
  initial: z.object({
    caseload: z.number().int().nonnegative(),
    dublinShare: Share,
    /** mean time already spent in the caseload by the opening stock, days (exponential) */
    ageDaysMean: Days,
  }),
  /** the real planner in the loop: its cycle, the capacities it plans within, the disruptions */
  planner: PlannerParameters,
});
export type SimulationParameters = z.infer<typeof SimulationParameters>;

export const SimulationScenario = z
  .object({
    name: z.string().min(1),
    description: z.string(),
    parameters: SimulationParameters,
    derivation: z.record(z.string(), z.string().min(10)),
  })
  .superRefine((scenario, ctx) => {
    for (const path of leafPaths(scenario.parameters)) {
      if (!(path in scenario.derivation)) {
        ctx.addIssue({
          code: 'custom',
          path: ['derivation', path],
          message: `no derivation note for ${path}`,
        });
      }
    }
  });
export type SimulationScenario = z.infer<typeof SimulationScenario>;

export { leafPaths };

export type ParseResult =
  | { readonly ok: true; readonly scenario: SimulationScenario }
  | { readonly ok: false; readonly error: string };

/**
 * Validates a scenario read at the edge (the caller reads the file; this core does no I/O). A scenario
 * that `extends` another is resolved first through `resolve` (the raw JSON of a scenario by name).
 */
export function parseScenario(input: unknown, resolve?: ResolveScenario): ParseResult {
  const resolved = resolveExtends(input, resolve);
  if (!resolved.ok) return { ok: false, error: resolved.error };
  const result = SimulationScenario.safeParse(resolved.value);
  if (!result.success) return { ok: false, error: z.prettifyError(result.error) };
  const shares = result.data.parameters.nationalities.reduce((s, g) => s + g.share, 0);
  if (Math.abs(shares - 1) > 1e-6) return { ok: false, error: `nationality shares sum to ${shares}, not 1` };
  return { ok: true, scenario: result.data };
}
