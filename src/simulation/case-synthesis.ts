/**
 * A planning case synthesised from a person of the caseload, as the planner sees them on the day of
 * planning (`today`): a Dublin/AMMR claimant is an AMMR case (the simulated dates are after
 * 1 July 2026) whose claim was accepted six months before the person's transfer deadline; a
 * national return is enforceable with no procedure pending. The document in hand is the person's own
 * passport, a laissez-passer issued for the trip, or an EU travel document for a transfer; a person
 * detained by an earlier plan is in that centre since that day. Everything else comes from the
 * person's profile (person-profile.ts).
 */
import type { Case, EntryRequirement, Person as CasePerson, Wing } from '../domain/index.ts';
import type { PersonProfile } from './person-profile.ts';
import { dateOf } from './sim-dates.ts';
import type { Person } from './state.ts';

export const caseIdOf = (personId: number): string => `S-${personId}`;

const COURT_NOTICE_AFTER_DAYS = 2;

export function wingOf(profile: PersonProfile): Wing {
  if (profile.adults + profile.minors > 1) return 'families';
  return profile.sex === 'M' ? 'men' : 'women';
}

function persons(p: Person, profile: PersonProfile): CasePerson[] {
  const member = (k: number, adult: boolean): CasePerson => ({
    vNumber: String(1_000_000_000 + p.id * 16 + k),
    givenNames: adult ? 'Adult' : 'Child',
    familyName: `S${p.id}`,
    sex: k === 0 ? profile.sex : k === 1 && adult ? 'F' : 'X',
    birthDate: adult ? '1990-01-01' : '2016-06-01',
    nationality: profile.nationality,
    languages: [...profile.languages],
  });
  return [
    ...Array.from({ length: profile.adults }, (_, k) => member(k, true)),
    ...Array.from({ length: profile.minors }, (_, k) => member(profile.adults + k, false)),
  ];
}

function travelDocument(p: Person, today: number): Case['travelDocument'] {
  if (p.track === 'dublin') {
    return { kind: 'eu-travel-document', validFrom: dateOf(today - 5), validUntil: dateOf(today + 90) };
  }
  if (p.document === 'lpConfirmed') {
    return {
      kind: 'laissez-passer',
      validFrom: dateOf(today - 1),
      validUntil: dateOf(today + 30),
      laissezPasserRequest: { state: 'confirmed', requestedOn: dateOf(today - 60) },
    };
  }
  return { kind: 'passport', validFrom: '2020-01-01', validUntil: '2035-01-01' };
}

function location(p: Person, profile: PersonProfile): Case['location'] {
  if (p.detention) return { kind: 'detention', centreId: p.detention.centreId };
  if (profile.pickup.kind === 'coa') return { kind: 'coa', coaLocationId: profile.pickup.id };
  return { kind: 'other', policeRegionId: profile.pickup.id };
}

function detention(p: Person, today: number): Case['detention'] {
  if (!p.detention) return undefined;
  const { centreId, wing, sinceDay } = p.detention;
  return {
    ground: p.track === 'dublin' ? 'ammr' : 'return',
    startedOn: dateOf(sinceDay),
    centreId,
    wing,
    priorDays: 0,
    ...(today - sinceDay > COURT_NOTICE_AFTER_DAYS
      ? { courtNotifiedOn: dateOf(sinceDay + COURT_NOTICE_AFTER_DAYS) }
      : {}),
  };
}

export function synthesiseCase(
  p: Person,
  profile: PersonProfile,
  today: number,
  requirements: readonly EntryRequirement[],
): Case {
  const adults = Math.max(1, profile.adults);
  const dublin = p.track === 'dublin';
  const claim = dublin
    ? {
        transferClaim: {
          responsibleState: profile.destination,
          acceptedOn: sixMonthsBefore(dateOf(p.transferDeadlineDay)),
          acceptance: 'explicit' as const,
          extensions: [],
          crisisDeclared: false,
        },
      }
    : {};
  const held = detention(p, today);
  return {
    id: caseIdOf(p.id),
    version: 1,
    persons: persons(p, profile),
    location: location(p, profile),
    regime: dublin ? 'ammr' : 'national',
    destinationCountry: profile.destination,
    procedures: [],
    nonRefoulementBar: false,
    returnDecisionEnforceable: true,
    medical: { fitToTravel: 'fit', assessedOn: dateOf(today - 7) },
    ...claim,
    ...(held ? { detention: held } : {}),
    travelDocument: travelDocument(p, today),
    escort: profile.escorted ? { kind: 'escorted', escorts: 2 * adults } : { kind: 'none' },
    consents: requirements
      .filter((r) => r.country === profile.destination && r.requiresConsent)
      .map((r) => ({ requirementId: r.id, answer: profile.refusesTest ? 'refused' : 'given' })),
    vulnerabilities: { unaccompaniedMinor: false, receptionConfirmed: false },
    interpretation: { needed: profile.interpretationNeeded, remoteAllowed: profile.remoteAllowed },
  };
}

/** The same day six months earlier (day clipped to the month's end), as the deadline rule counts. */
function sixMonthsBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = m - 6 <= 0 ? m + 6 : m - 6;
  const year = m - 6 <= 0 ? y - 1 : y;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
