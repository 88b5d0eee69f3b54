// For the showcase cases of the small scenario: every intake partner lined up on the morning of
// `intakeOn`, and transport for the airport run on `airportRunOn` (data/reference/showcase.json),
// so the demo shows them planned whatever the seed.
import type { CaseInput } from './cases.ts';
import type { Draw } from './context.ts';
import type { ShowcaseRef } from './profile-schema.ts';
import { wingOf } from './detention.ts';
import { showcaseProfile } from './profile.ts';

const MORNING = (date: string) => ({ from: `${date}T09:00`, to: `${date}T13:00` });
const WORKING_DAY = (date: string) => ({ from: `${date}T09:00`, to: `${date}T17:00` });

export function showcaseAvailability(d: Draw, cases: readonly CaseInput[]) {
  const entries = d.params.showcase
    ? d.ref.showcase.cases.flatMap((s) => {
        const c = cases.find((x) => x.id === s.id);
        return c && s.intakeOn ? [lineUp(d, c, s.intakeOn)] : [];
      })
    : [];
  return {
    police: entries.map((e) => e.police),
    lawyers: entries.map((e) => e.lawyer),
    interpreters: entries.flatMap((e) => e.interpreter),
    coaStaff: entries.flatMap((e) => e.coaStaff),
    dtvOfficers: entries.map((e) => e.dtvOfficer),
    transport: [...entries.map((e) => e.transport), ...airportRuns(d)],
  };
}

/** Transport from every centre with the case's wing, the whole working day of `airportRunOn`. */
function airportRuns(d: Draw) {
  const showcases: ShowcaseRef[] = d.params.showcase ? d.ref.showcase.cases : [];
  return showcases.flatMap((s) => {
    const date = s.airportRunOn;
    if (!date) return [];
    const profile = showcaseProfile(s);
    const wing = wingOf(profile);
    return d.ref.centres.centres
      .filter((c) => c.wings.some((w) => w.wing === wing))
      .map((c) => ({
        id: `showcase-airport-run-${s.id}-${c.id}`,
        window: WORKING_DAY(date),
        capacity: 1,
        policeRegionId: c.policeRegionId,
        seats: Math.max(4, profile.adults + profile.minors),
      }));
  });
}

function lineUp(d: Draw, c: CaseInput, date: string) {
  const pickup = pickupRegion(d, c);
  const family = c.persons.length > 1 || c.vulnerabilities?.unaccompaniedMinor === true;
  const ggv = d.ref.centres.centres.find((x) => x.wings.some((w) => w.wing === 'families'));
  const hearing = family && ggv ? ggv.policeRegionId : pickup;
  const base = (kind: string) => ({ id: `showcase-${kind}-${c.id}`, window: MORNING(date), capacity: 1 });
  const language = c.persons[0]?.languages[0] ?? 'en';
  return {
    police: { ...base('police'), policeRegionId: pickup },
    lawyer: { ...base('lawyer'), policeRegionId: hearing },
    dtvOfficer: { ...base('dtv'), policeRegionId: pickup },
    transport: { ...base('transport'), policeRegionId: pickup, seats: Math.max(4, c.persons.length) },
    coaStaff: c.location.kind === 'coa' ? [{ ...base('coa'), coaLocationId: c.location.coaLocationId }] : [],
    interpreter: c.interpretation.needed
      ? [{ ...base('interpreter'), language, mode: 'on-site' as const, policeRegionId: hearing }]
      : [],
  };
}

function pickupRegion(d: Draw, c: CaseInput): string {
  if (c.location.kind === 'other') return c.location.policeRegionId;
  const coaId = c.location.kind === 'coa' ? c.location.coaLocationId : undefined;
  const coa = d.ref.coa.locations.find((l) => l.id === coaId);
  if (!coa) throw new Error(`showcase case ${c.id} must be at a COA location or elsewhere`);
  return coa.policeRegionId;
}
