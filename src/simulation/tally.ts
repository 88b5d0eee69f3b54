/**
 * Counts what happens in a replication with the planner in the loop, day by day, and turns the
 * counts into the KPIs and daily series of contract A.
 */
import type { DayCapacity } from './capacity.ts';
import type { ExitReason } from './day.ts';
import { EXIT_REASONS } from './day.ts';
import { CENTRES } from './metrics.ts';
import type { ResourceType } from './planner-parameters.ts';
import { RESOURCE_TYPES } from './planner-parameters.ts';
import type { Caseload, TimerEvents } from './state.ts';

export type Tally = {
  readonly totals: Record<string, number>;
  readonly series: Record<string, number[]>;
  /** units used today per resource type (reset every day) */
  used: Record<ResourceType, number>;
  /** completed detention spells (departure or release), their days */
  spells: number;
  spellDays: number;
};

const COUNTS = [
  'inflow',
  ...EXIT_REASONS,
  'dublinLapsed',
  'lpRequested',
  'lpConfirmed',
  'lpNotConfirmed',
  'lpWithdrawn',
  'detentionNights',
  'intakes',
  'releases',
  'noShows',
  'abortedDepartures',
  'cancelledFlights',
  'replannedCycles',
] as const;

const zeroUse = (): Record<ResourceType, number> =>
  Object.fromEntries(RESOURCE_TYPES.map((r) => [r, 0])) as Record<ResourceType, number>;

export function createTally(): Tally {
  const series: Record<string, number[]> = {
    caseload: [],
    inflow: [],
    outflow: [],
    forcedDepartures: [],
    independentDepartures: [],
    dublinLapsed: [],
    detained: [],
  };
  for (const c of CENTRES) series[`occupancy.${c.id}`] = [];
  for (const r of RESOURCE_TYPES) series[`utilisation.${r}`] = [];
  const totals: Record<string, number> = Object.fromEntries(COUNTS.map((k) => [k, 0]));
  for (const r of RESOURCE_TYPES) totals[`capacity.${r}`] = 0;
  return { totals, series, used: zeroUse(), spells: 0, spellDays: 0 };
}

/** Adds one day: its timer events and exits, then the state at the day's end. */
export function recordDay(
  tally: Tally,
  day: {
    inflow: number;
    events: TimerEvents;
    outflow: Readonly<Record<ExitReason, number>>;
    lpWithdrawn: number;
  },
  caseload: Caseload,
  capacity: DayCapacity,
): void {
  const t = tally.totals;
  const add = (k: string, n: number) => (t[k] = (t[k] ?? 0) + n);
  add('inflow', day.inflow);
  for (const [reason, n] of Object.entries(day.outflow)) add(reason, n);
  for (const [k, n] of Object.entries(day.events)) add(k, n);
  add('lpWithdrawn', day.lpWithdrawn);
  const occupancy = new Map<string, number>();
  let detained = 0;
  for (const p of caseload.persons) {
    if (!p.detention) continue;
    const n = p.profile ? p.profile.adults + p.profile.minors : 1;
    detained += n;
    occupancy.set(p.detention.centreId, (occupancy.get(p.detention.centreId) ?? 0) + n);
  }
  add('detentionNights', detained);
  tally.used.detentionPlaces = detained;
  const s = tally.series;
  s.caseload?.push(caseload.persons.length);
  s.inflow?.push(day.inflow);
  s.outflow?.push(Object.values(day.outflow).reduce((a, b) => a + b, 0));
  s.forcedDepartures?.push(day.outflow.forced + day.outflow.dublinTransfer);
  s.independentDepartures?.push(day.outflow.independent);
  s.dublinLapsed?.push(day.events.dublinLapsed);
  s.detained?.push(detained);
  for (const c of CENTRES) s[`occupancy.${c.id}`]?.push(occupancy.get(c.id) ?? 0);
  for (const r of RESOURCE_TYPES) {
    const units = capacity.units[r] ?? 0;
    add(`capacity.${r}`, units);
    s[`utilisation.${r}`]?.push(units > 0 ? Math.min(1, tally.used[r] / units) : 0);
  }
  tally.used = zeroUse();
}

/** The KPIs (contract A keys) from the totals. */
export function kpisOf(tally: Tally, finalCaseload: number): Record<string, number> {
  const t = (k: string) => tally.totals[k] ?? 0;
  const forced = t('forced') + t('dublinTransfer');
  const kpis: Record<string, number> = {
    departures: forced + t('independent'),
    forcedDepartures: forced,
    independentDepartures: t('independent'),
    dublinTransfers: t('dublinTransfer'),
    dublinLapsed: t('dublinLapsed'),
    detentionNights: t('detentionNights'),
    meanDetentionDays: tally.spells > 0 ? tally.spellDays / tally.spells : 0,
    mob: t('mob'),
    outflowWithoutDeparture: t('asylum') + t('permit') + t('other'),
    finalCaseload,
  };
  for (const k of ['inflow', 'lpRequested', 'lpConfirmed', 'lpNotConfirmed', 'lpWithdrawn', 'intakes']) {
    kpis[k] = t(k);
  }
  for (const k of ['releases', 'noShows', 'abortedDepartures', 'cancelledFlights', 'replannedCycles'])
    kpis[k] = t(k);
  for (const r of RESOURCE_TYPES) kpis[`capacity.${r}`] = t(`capacity.${r}`);
  return kpis;
}
