// Interpreters per language, in proportion to the languages of the caseload: common languages
// have several a day, rare ones few or none; some work remotely (phone/video) for any region.
import type { CaseInput } from './cases.ts';
import type { Draw } from './context.ts';
import type { Day } from './calendar.ts';
import { dutyWindow, entryCount, slotCapacity } from './calendar.ts';

/** Share of interpretation demand per language: each principal's languages share one unit. */
export function languageDemand(cases: readonly CaseInput[]): Map<string, number> {
  const demand = new Map<string, number>();
  const needing = cases.filter((c) => c.interpretation.needed);
  for (const c of needing) {
    const languages = c.persons[0]?.languages ?? [];
    for (const l of languages) demand.set(l, (demand.get(l) ?? 0) + 1 / languages.length / needing.length);
  }
  return new Map([...demand.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export function interpreters(d: Draw, days: readonly Day[], cases: readonly CaseInput[]) {
  const regions = d.ref.regions.regions;
  const perDay = (day: Day) => (day.working ? 1 : d.ref.sizes.weekendFactor) * regions.length;
  return [...languageDemand(cases)].flatMap(([language, share]) =>
    days.flatMap((day) => {
      const onSite = entryCount(d.rng, d.params.interpreterDensity * share * perDay(day));
      const remote = entryCount(d.rng, d.params.remoteDensity * share * perDay(day));
      return [
        ...Array.from({ length: onSite }, (_, k) => {
          const region = d.rng.weightedItem(regions, (r) => r.intakeStrength);
          return {
            id: `int-${language}-${region.id}-${day.date}-${k + 1}`,
            window: dutyWindow(d.rng, day.date),
            capacity: slotCapacity(d.rng),
            language,
            mode: 'on-site' as const,
            policeRegionId: region.id,
          };
        }),
        ...Array.from({ length: remote }, (_, k) => ({
          id: `int-${language}-remote-${day.date}-${k + 1}`,
          window: dutyWindow(d.rng, day.date),
          capacity: slotCapacity(d.rng),
          language,
          mode: 'remote' as const,
        })),
      ];
    }),
  );
}
