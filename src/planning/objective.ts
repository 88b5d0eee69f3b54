// The objective in strict priority (docs/planning-rules.md, "Objective"): departures weighted by
// urgency dominate everything; then detention nights; then changes against the previous plan; then
// escort-days.
// Strictness of the first level: one person's departure is worth more than every detention night
// the whole plan could contain, so no departure is ever traded for fewer nights.
import type { Scenario } from '../domain/index.ts';
import { transferDeadline } from '../domain/deadlines.ts';
import { addDays } from '../domain/calendar.ts';
import type { PlanningContext } from './context.ts';

export type ObjectiveWeights = {
  /** Worth of one person's departure at urgency 1. */
  readonly departure: number;
  readonly night: number;
  /** One case whose decision differs from the previous plan's (level 3). */
  readonly change: number;
  readonly escortDay: number;
  /** 3: the transfer deadline lapses in the window; 2: within two weeks after; 1: otherwise. */
  urgency(caseId: string): number;
};

/** Days after the window in which a lapsing deadline still counts as urgent. */
const URGENT_AFTER_WINDOW_DAYS = 14;

export function objectiveWeights(scenario: Scenario, ctx: PlanningContext): ObjectiveWeights {
  const persons = scenario.cases.reduce((n, c) => n + c.persons.length, 0);
  const maxNights = persons * (ctx.grid.dates.length + 1);
  const urgency = new Map<string, number>();
  const soon = addDays(scenario.window.end, URGENT_AFTER_WINDOW_DAYS);
  for (const c of scenario.cases) {
    const deadline = c.regime === 'national' ? null : transferDeadline(c, ctx.rules).date;
    urgency.set(c.id, deadline === null ? 1 : deadline <= scenario.window.end ? 3 : deadline <= soon ? 2 : 1);
  }
  const maxEscortDays = scenario.cases.reduce(
    (n, c) => n + (c.escort.kind === 'none' ? 0 : c.escort.escorts * 7),
    0,
  );
  return {
    departure: maxNights + 1,
    night: 1,
    // Levels 2–4 are integers (nights, changes, escort-days): each weight is below the smallest step
    // of the level above divided by the most the level below can add up to, so the order is strict.
    change: 1 / (scenario.cases.length + 1),
    escortDay: 1 / ((scenario.cases.length + 1) * (maxEscortDays + 1)),
    urgency: (id) => urgency.get(id) ?? 1,
  };
}
