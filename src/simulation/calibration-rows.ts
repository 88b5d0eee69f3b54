/** The 2021 calibration table from replications with the planner in the loop (contract A). */
import type { CalibrationRow } from './calibrate.ts';
import { compareWithTarget } from './interval.ts';
import type { ReplicationOutcome } from './replication.ts';

/** The seed's 2021 figures (domain.md §8) and the KPI each is compared with. */
export const KPI_TARGETS_2021: readonly {
  readonly figure: string;
  readonly kpi: string;
  readonly target: number;
}[] = [
  { figure: 'inflow', kpi: 'inflow', target: 13_840 },
  { figure: 'demonstrable departures', kpi: 'departures', target: 3_730 },
  { figure: 'independent departures', kpi: 'independentDepartures', target: 2_100 },
  { figure: 'forced departures', kpi: 'forcedDepartures', target: 1_630 },
  { figure: 'Dublin transfers', kpi: 'dublinTransfers', target: 850 },
  { figure: 'departed, destination unknown (MOB)', kpi: 'mob', target: 5_600 },
  { figure: 'outflow without departure', kpi: 'outflowWithoutDeparture', target: 3_840 },
  { figure: 'caseload at year end', kpi: 'finalCaseload', target: 8_770 },
  { figure: 'laissez-passer requests', kpi: 'lpRequested', target: 1_960 },
  { figure: 'nationality confirmed', kpi: 'lpConfirmed', target: 760 },
  { figure: 'nationality not confirmed', kpi: 'lpNotConfirmed', target: 130 },
  { figure: 'laissez-passer withdrawn', kpi: 'lpWithdrawn', target: 720 },
];

/** The 2021 calibration table from replication outcomes (one simulated year each). Pure. */
export function calibrationRows(
  outcomes: readonly ReplicationOutcome[],
  tolerance: number,
): CalibrationRow[] {
  if (outcomes.length === 0) throw new RangeError('outcomes: expected at least one replication');
  return KPI_TARGETS_2021.map(({ figure, kpi, target }) =>
    compareWithTarget(
      figure,
      target,
      outcomes.map((o) => o.kpis[kpi] ?? NaN),
      tolerance,
    ),
  );
}
