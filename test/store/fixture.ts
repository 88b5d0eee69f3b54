// A small hand-built scenario that puts rows in every table of the store (written as a file would
// be: some defaults left out).
import type { ScenarioInput } from '../../src/domain/index.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document that tests break on purpose
export type Json = Record<string, any>;

const slot = (day: string) => ({ from: `${day}T08:00`, to: `${day}T17:00` });

export function fixtureScenario(): ScenarioInput {
  return {
    formatVersion: 1,
    id: 'fixture-1',
    name: 'Fixture: two regions, three cases',
    description: 'hand-built for the store tests',
    rulesVersion: 'nl-2026-07',
    now: '2026-09-01T09:00',
    window: { start: '2026-09-01', end: '2026-09-21' },
    sites: {
      policeRegions: [
        { id: 'rotterdam', name: 'Rotterdam' },
        { id: 'noord-holland', name: 'Noord-Holland' },
      ],
      coaLocations: [
        { id: 'coa-ter-apel', name: 'Ter Apel', municipality: 'Vlagtwedde', policeRegionId: 'rotterdam' },
      ],
      detentionCentres: [
        {
          id: 'dc-rotterdam',
          name: 'DC Rotterdam',
          municipality: 'Rotterdam',
          policeRegionId: 'rotterdam',
          wings: [
            { wing: 'men', places: 40 },
            { wing: 'women', places: 8 },
          ],
          intakeStops: [{ from: '2026-09-10', to: '2026-09-12', reason: 'maintenance' }],
        },
        {
          id: 'dc-schiphol',
          name: 'DC Schiphol',
          municipality: 'Haarlemmermeer',
          policeRegionId: 'noord-holland',
          wings: [{ wing: 'families', places: 6 }],
        },
      ],
      airports: [
        {
          code: 'AMS',
          name: 'Schiphol',
          country: 'NL',
          timeZone: 'Europe/Amsterdam',
          departureAirport: true,
        },
        { code: 'LOS', name: 'Lagos', country: 'NG', timeZone: 'Africa/Lagos' },
        { code: 'WAW', name: 'Warsaw', country: 'PL', timeZone: 'Europe/Warsaw' },
      ],
    },
    carriers: [{ code: 'KL', name: 'KLM', depaMax: 2, depuMax: 4 }],
    entryRequirements: [
      { id: 'ng-pcr', country: 'NG', kind: 'test', description: 'PCR test', requiresConsent: true },
    ],
    availability: {
      police: [{ id: 'avim-rdam', window: slot('2026-09-02'), capacity: 3, policeRegionId: 'rotterdam' }],
      lawyers: [{ id: 'piket-rdam', window: slot('2026-09-02'), capacity: 2, policeRegionId: 'rotterdam' }],
      interpreters: [
        { id: 'tolk-yo', window: slot('2026-09-02'), capacity: 1, language: 'yo', mode: 'remote' },
        {
          id: 'tolk-pl',
          window: slot('2026-09-03'),
          capacity: 1,
          language: 'pl',
          mode: 'on-site',
          policeRegionId: 'noord-holland',
        },
      ],
      coaStaff: [
        { id: 'coa-staff-1', window: slot('2026-09-02'), capacity: 2, coaLocationId: 'coa-ter-apel' },
      ],
      dtvOfficers: [{ id: 'dtv-1', window: slot('2026-09-02'), capacity: 4, policeRegionId: 'rotterdam' }],
      transport: [
        { id: 'dvo-1', window: slot('2026-09-02'), capacity: 2, seats: 6, policeRegionId: 'rotterdam' },
      ],
      escorts: [
        { date: '2026-09-05', escorts: 10 },
        { date: '2026-09-06', escorts: 0 },
      ],
    },
    flights: [
      {
        id: 'kl587-0905',
        kind: 'scheduled',
        carrier: 'KL',
        flightNumber: 'KL587',
        seats: 3,
        departureAirport: 'AMS',
        departure: '2026-09-05T10:15',
        arrivalAirport: 'LOS',
        arrival: '2026-09-05T16:40',
        destinationCountry: 'NG',
        escortDutyDays: 3,
      },
      {
        id: 'jro-pl-0907',
        kind: 'charter',
        operation: 'JRO Frontex PL',
        allotment: 5,
        escortsIncluded: true,
        departureAirport: 'AMS',
        departure: '2026-09-07T07:00',
        arrivalAirport: 'WAW',
        arrival: '2026-09-07T10:30',
        destinationCountry: 'PL',
        escortDutyDays: 1,
        transits: [
          { airport: 'BER', country: 'DE', arrival: '2026-09-07T08:10', departure: '2026-09-07T09:00' },
        ],
      },
    ],
    cases: fixtureCases(),
    pinned: {
      intakes: [
        {
          caseId: 'case-2',
          date: '2026-09-02',
          part: 'morning',
          pickupRegionId: 'rotterdam',
          hearingRegionId: 'rotterdam',
          centreId: 'dc-rotterdam',
          wing: 'men',
          policeTeamId: 'avim-rdam',
          lawyerId: 'piket-rdam',
          interpreterId: 'tolk-yo',
          coaStaffId: 'coa-staff-1',
          dtvOfficerId: 'dtv-1',
          transportId: 'dvo-1',
        },
      ],
      departures: [{ caseId: 'case-1', flightId: 'kl587-0905', escorts: 2, transportId: 'dvo-1' }],
    },
  };
}

function fixtureCases(): ScenarioInput['cases'] {
  const person = (vNumber: string, givenNames: string, sex: 'M' | 'F' | 'X', nationality: string) => ({
    vNumber,
    givenNames,
    familyName: 'Okafor',
    sex,
    birthDate: '1990-02-28',
    nationality,
    languages: nationality === 'NG' ? ['yo', 'en'] : ['pl'],
  });
  return [
    {
      id: 'case-1',
      persons: [person('1000000001', 'Chidi', 'M', 'NG')],
      location: { kind: 'detention', centreId: 'dc-rotterdam' },
      regime: 'national',
      destinationCountry: 'NG',
      procedures: [
        {
          kind: 'asylum',
          lodgedOn: '2025-01-10',
          suspensive: false,
          status: 'decided',
          decidedOn: '2025-06-01',
        },
      ],
      returnDecisionEnforceable: true,
      medical: { fitToTravel: 'fit', assessedOn: '2026-08-20' },
      detention: { ground: 'return', startedOn: '2026-08-15', centreId: 'dc-rotterdam', wing: 'men' },
      travelDocument: {
        kind: 'laissez-passer',
        laissezPasserRequest: { state: 'requested', requestedOn: '2026-08-01', expectedOn: '2026-09-03' },
      },
      escort: { kind: 'escorted', escorts: 2 },
      consents: [{ requirementId: 'ng-pcr', answer: 'refused' }],
      interpretation: { needed: true, remoteAllowed: true },
    },
    {
      id: 'case-2',
      version: 3,
      persons: [person('1000000002', 'Anna', 'F', 'PL'), person('1000000003', 'Jan', 'M', 'PL')],
      location: { kind: 'coa', coaLocationId: 'coa-ter-apel' },
      regime: 'dublin-iii',
      destinationCountry: 'PL',
      nonRefoulementBar: false,
      returnDecisionEnforceable: true,
      medical: { fitToTravel: 'unknown' },
      transferClaim: {
        responsibleState: 'PL',
        acceptedOn: '2026-07-01',
        acceptance: 'implicit',
        extensions: [{ kind: 'absconding', notifiedOn: '2026-08-01' }],
      },
      travelDocument: { kind: 'eu-travel-document', validUntil: '2026-12-31' },
      escort: { kind: 'none' },
      vulnerabilities: { unaccompaniedMinor: false, receptionConfirmed: false },
      interpretation: { needed: false, remoteAllowed: false },
    },
    {
      id: 'case-3',
      persons: [person('1000000004', 'Ada', 'X', 'NG')],
      location: { kind: 'other', policeRegionId: 'noord-holland', description: 'police cell' },
      regime: 'national',
      destinationCountry: 'NG',
      returnDecisionEnforceable: false,
      medical: { fitToTravel: 'unfit' },
      travelDocument: { kind: 'none' },
      escort: { kind: 'medical', escorts: 3 },
      interpretation: { needed: true, remoteAllowed: false },
    },
    {
      id: 'case-4',
      persons: [person('1000000005', 'Obi', 'M', 'NG')],
      location: { kind: 'unknown', since: '2026-08-30' },
      regime: 'national',
      destinationCountry: 'NG',
      returnDecisionEnforceable: true,
      medical: { fitToTravel: 'fit' },
      travelDocument: { kind: 'passport', validFrom: '2020-01-01', validUntil: '2030-01-01' },
      escort: { kind: 'escorted', escorts: 1 },
      interpretation: { needed: false, remoteAllowed: true },
    },
  ];
}
