// Availability of the intake partners and of KMar escorts (domain.md §3, §5). Sparse on purpose:
// weekends mostly empty, illness gaps, fewer lawyers in some regions, a tight escort pool, so that
// not every case can get an intake and a departure in the window.
import type { z } from 'zod';
import type { Availability } from '../domain/availability.ts';
import type { CaseInput } from './cases.ts';
import type { Draw } from './context.ts';
import { fork } from './context.ts';
import type { Day } from './calendar.ts';
import { absentDays, dutyWindow, entryCount, slotCapacity, windowDays } from './calendar.ts';
import { interpreters } from './interpreters.ts';
import { showcaseAvailability } from './showcase-availability.ts';

type AvailabilityInput = z.input<typeof Availability>;
type Party = 'police' | 'lawyers' | 'dtvOfficers' | 'transport';

const PREFIX: Record<Party, string> = { police: 'pol', lawyers: 'law', dtvOfficers: 'dtv', transport: 'trn' };
/** Vehicle sizes of DV&O transport: seats for detainees. */
const SEATS = [2, 4, 4, 6, 8] as const;

export function generateAvailability(d: Draw, cases: readonly CaseInput[]): AvailabilityInput {
  const days = windowDays(d);
  const transport = fork(d, 'transport');
  const showcase = showcaseAvailability(d, cases);
  return {
    police: [...showcase.police, ...regional(fork(d, 'police'), days, 'police')],
    lawyers: [...showcase.lawyers, ...regional(fork(d, 'lawyers'), days, 'lawyers')],
    interpreters: [...showcase.interpreters, ...interpreters(fork(d, 'interpreters'), days, cases)],
    coaStaff: [...showcase.coaStaff, ...coaStaff(fork(d, 'coa-staff'), days)],
    dtvOfficers: [...showcase.dtvOfficers, ...regional(fork(d, 'dtv'), days, 'dtvOfficers')],
    transport: [
      ...showcase.transport,
      ...regional(transport, days, 'transport').map((e) => ({ ...e, seats: transport.rng.pick(SEATS) })),
    ],
    escorts: days.map((day) => ({ date: day.date, escorts: escortPool(d, day) })),
  };
}

/** How often a party is on duty in a region, relative to the police. */
function factor(d: Draw, party: Party, regionId: string, working: boolean): number {
  const region = d.ref.regions.regions.find((r) => r.id === regionId);
  const hostsCentre = d.ref.centres.centres.some((c) => c.policeRegionId === regionId);
  const base = d.params.intakeDensity * (region?.intakeStrength ?? 1);
  const weekend = working ? 1 : d.ref.sizes.weekendFactor;
  if (party === 'lawyers') return base * 0.75 * (region?.lawyerFactor ?? 1) * weekend;
  if (party === 'dtvOfficers') return base * 0.9 * weekend;
  // Centre regions also run transport to the airport, weekends included (departure.transport).
  if (party === 'transport' && hostsCentre) return base * 1.5 * (working ? 1 : 0.5);
  return base * weekend;
}

function regional(d: Draw, days: readonly Day[], party: Party) {
  return d.ref.regions.regions.flatMap((region) => {
    const absent = absentDays(d.rng, days);
    return days
      .filter((day) => !absent.has(day.date))
      .flatMap((day) =>
        Array.from({ length: entryCount(d.rng, factor(d, party, region.id, day.working)) }, (_, k) => ({
          id: `${PREFIX[party]}-${region.id}-${day.date}-${k + 1}`,
          window: dutyWindow(d.rng, day.date),
          capacity: slotCapacity(d.rng),
          policeRegionId: region.id,
        })),
      );
  });
}

function coaStaff(d: Draw, days: readonly Day[]) {
  return d.ref.coa.locations.flatMap((coa) => {
    const absent = absentDays(d.rng, days);
    const expected = d.params.coaDensity * Math.min(1.5, 0.4 + coa.weight / 8);
    return days
      .filter((day) => day.working && !absent.has(day.date))
      .flatMap((day) =>
        Array.from({ length: entryCount(d.rng, expected) }, (_, k) => ({
          id: `staff-${coa.id}-${day.date}-${k + 1}`,
          window: dutyWindow(d.rng, day.date),
          capacity: slotCapacity(d.rng),
          coaLocationId: coa.id,
        })),
      );
  });
}

/** The national KMar pool: tight on working days, half on weekends and holidays. */
function escortPool(d: Draw, day: Day): number {
  const [min, max] = d.params.escortsPerDay;
  const n = d.rng.int(min, max);
  return day.working ? n : Math.floor(n / 2);
}
