// Detention records of cases already detained (domain.md §4): centre and wing by who they are,
// ground by regime, started earlier, sometimes with prior days in the same return procedure.
import type { z } from 'zod';
import type { Detention, Wing } from '../domain/case.ts';
import type { CaseProfile } from './profile-schema.ts';
import type { Draw } from './context.ts';
import { addDays, daysBetween } from './dates.ts';

type DetentionInput = z.input<typeof Detention>;

/** The wing by the rule of docs/planning-rules.md ("Derived facts"). */
export function wingOf(p: CaseProfile): Wing {
  if (p.unaccompaniedMinor || p.minors > 0 || p.adults > 1) return 'families';
  return p.principalSex === 'M' ? 'men' : 'women';
}

/** A centre with the wing, drawn by the share each centre takes of that wing. */
export function centreFor(d: Draw, wing: Wing): string {
  const options = d.ref.centres.centres.flatMap((c) =>
    c.wings.filter((w) => w.wing === wing).map((w) => ({ id: c.id, share: w.share })),
  );
  return d.rng.weightedItem(options, (o) => o.share).id;
}

/** How long ago detention started: short for families and transfers, longer for returns. */
function daysDetained(d: Draw, p: CaseProfile): number {
  if (wingOf(p) === 'families') return d.rng.int(1, 9);
  if (p.regime === 'national') return d.rng.int(3, 120);
  return d.rng.int(2, p.regime === 'ammr' ? 18 : 28);
}

export function detentionRecord(d: Draw, p: CaseProfile, centreId: string): DetentionInput {
  const startedOn = addDays(d.start, -daysDetained(d, p));
  const record: DetentionInput = {
    ground: p.regime === 'national' ? 'return' : p.regime,
    startedOn,
    centreId,
    wing: wingOf(p),
    priorDays: p.regime === 'national' && d.rng.chance(d.ref.mix.priorDetention) ? d.rng.int(30, 400) : 0,
  };
  const elapsed = daysBetween(startedOn, d.nowDate);
  if (elapsed > 3) record.courtNotifiedOn = addDays(startedOn, d.rng.int(2, Math.min(elapsed, 27)));
  return record;
}
