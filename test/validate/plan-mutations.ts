// Arbitrary edits of the tiny world's lawful plan, for the validator's property tests. Some edits
// break a rule by construction and say which (`breaks`); the others may or may not be lawful.
import fc from 'fast-check';
import type { Plan } from '../../src/domain/index.ts';
import { tinyScenario } from '../fixtures/tiny-world.ts';

export type Mutation = { label: string; breaks?: string; apply: (plan: Plan) => void };

const scenario = tinyScenario();
const av = scenario.availability;
const partnerIds = [
  ...av.police,
  ...av.lawyers,
  ...av.interpreters,
  ...av.coaStaff,
  ...av.dtvOfficers,
  ...av.transport,
].map((e) => e.id);
const flightIds = scenario.flights.map((f) => f.id);
const dates = ['2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-12'];
const partnerFields = [
  'policeTeamId',
  'lawyerId',
  'interpreterId',
  'coaStaffId',
  'dtvOfficerId',
  'transportId',
] as const;
const intakeIndex = fc.nat({ max: 1 });
const departureIndex = fc.nat({ max: 2 });

const slot = fc
  .record({ i: intakeIndex, date: fc.constantFrom(...dates), part: fc.constantFrom('morning', 'afternoon') })
  .map(({ i, date, part }): Mutation => ({
    label: `intake ${i} to ${date} ${part}`,
    breaks: date < '2026-12-07' || (date === '2026-12-07' && part === 'morning') ? 'plan.window' : undefined,
    apply: (p) => Object.assign(p.intakes[i] ?? {}, { date, part }),
  }));

const flight = fc
  .record({ d: departureIndex, id: fc.constantFrom(...flightIds, 'kl-nowhere') })
  .map(({ d, id }): Mutation => ({
    label: `departure ${d} on ${id}`,
    breaks: id === 'kl-nowhere' ? 'plan.references' : d === 2 && id !== 'kl-tbs' ? 'plan.pinned' : undefined,
    apply: (p) => Object.assign(p.departures[d] ?? {}, { flightId: id }),
  }));

const escorts = fc.record({ d: departureIndex, n: fc.nat({ max: 4 }) }).map(({ d, n }): Mutation => ({
  label: `departure ${d} with ${n} escorts`,
  // The lawful plan gives 2, 0, 0: any other number breaks rule 20.
  breaks: n !== [2, 0, 0][d] ? 'escort.min-per-person' : undefined,
  apply: (p) => Object.assign(p.departures[d] ?? {}, { escorts: n }),
}));

const partner = fc
  .record({
    i: intakeIndex,
    field: fc.constantFrom(...partnerFields),
    id: fc.constantFrom(...partnerIds, 'nobody'),
  })
  .map(({ i, field, id }): Mutation => ({
    label: `intake ${i} ${field} = ${id}`,
    breaks: id === 'nobody' ? 'plan.references' : undefined,
    apply: (p) => Object.assign(p.intakes[i] ?? {}, { [field]: id }),
  }));

const dropOrRepeat = fc.constantFrom<Mutation>(
  {
    label: 'drop the first intake',
    breaks: 'plan.intake-departure-pair',
    apply: (p) => void p.intakes.shift(),
  },
  { label: 'drop the pinned departure', breaks: 'plan.pinned', apply: (p) => void p.departures.pop() },
  {
    label: 'repeat a departure',
    breaks: 'departure.family-together',
    apply: (p) =>
      void p.departures.push({
        ...(p.departures[1] ?? { caseId: 'x', flightId: 'x', escorts: 0, transportId: 'x' }),
      }),
  },
);

/** One arbitrary edit. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(slot, flight, escorts, partner, dropOrRepeat);

/** Options shared by the properties: capped in time, reproducible with FC_SEED. */
export const propertyOptions = {
  numRuns: 300,
  interruptAfterTimeLimit: 20_000,
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
};
