/**
 * What the planner needs to know about a person beyond what the caseload model tracks: destination,
 * family composition, sex, languages, where the person can be picked up, escort need and consent to
 * an entry test. Drawn once, the first time the person is offered to the planner, from a stream keyed
 * by the person's id (so it does not depend on when that happens), from the reference data and the
 * scenario's planner parameters.
 */
import type { Sex } from '../domain/index.ts';
import { reference } from '../generate/reference.ts';
import type { SimulationParameters } from './parameters.ts';
import type { Prng } from './prng.ts';
import type { Person } from './state.ts';

export type PersonProfile = {
  /** the track it was drawn for: a lapsed Dublin claimant gets a national profile anew */
  readonly track: Person['track'];
  readonly destination: string;
  readonly nationality: string;
  readonly adults: number;
  readonly minors: number;
  readonly sex: Sex;
  readonly languages: readonly string[];
  readonly interpretationNeeded: boolean;
  readonly remoteAllowed: boolean;
  /** pick-up at this COA location, else in this police region */
  readonly pickup:
    { readonly kind: 'coa'; readonly id: string } | { readonly kind: 'other'; readonly id: string };
  readonly escorted: boolean;
  /** refuses a test or vaccination the destination requires (seed §6.3) */
  readonly refusesTest: boolean;
};

const nationalityRef = (code: string) => reference.nationalities.nationalities.find((n) => n.code === code);

function pickWeighted<T>(rng: Prng, items: readonly T[], weight: (t: T) => number): T {
  const found = items[rng.pick(items.map((t) => Math.max(weight(t), 1e-9)))];
  if (found === undefined) throw new Error('pickWeighted: no items');
  return found;
}

function destinationOf(
  p: Person,
  params: SimulationParameters,
  rng: Prng,
): { destination: string; nationality: string } {
  const planner = params.planner;
  if (p.track === 'dublin') {
    const states = planner.responsibleStates;
    const weightOf = (c: string) => reference.states.states.find((s) => s.code === c)?.weight ?? 1;
    const destination = pickWeighted(rng, states, weightOf);
    const nationality = pickWeighted(rng, reference.nationalities.nationalities, (n) => n.dublinWeight).code;
    return { destination, nationality };
  }
  const groupName = params.nationalities[p.nationality]?.name;
  const group = planner.destinations.find((g) => g.group === groupName) ?? planner.destinations[0];
  const countries = group?.countries ?? ['MA'];
  const destination = pickWeighted(rng, countries, (c) => nationalityRef(c)?.nationalWeight ?? 1);
  return { destination, nationality: destination };
}

export function drawProfile(p: Person, params: SimulationParameters, rng: Prng): PersonProfile {
  const planner = params.planner;
  const { destination, nationality } = destinationOf(p, params, rng);
  const adults = p.family ? (rng.bernoulli(0.7) ? 2 : 1) : 1;
  const minors = p.family ? rng.integer(1, 3) : 0;
  const natRef = nationalityRef(nationality);
  const coa = rng.bernoulli(planner.atCoaShare);
  const pickup = coa
    ? { kind: 'coa' as const, id: pickWeighted(rng, reference.coa.locations, (c) => c.weight).id }
    : {
        kind: 'other' as const,
        id: pickWeighted(rng, reference.regions.regions, (r) => r.intakeStrength).id,
      };
  const refusal = planner.testRefusal.find((t) => t.country === destination)?.refusalShare ?? 0;
  return {
    track: p.track,
    destination,
    nationality,
    adults,
    minors,
    sex: p.family || rng.bernoulli(0.82) ? 'M' : 'F',
    languages: natRef?.languages ?? ['en'],
    interpretationNeeded: !rng.bernoulli(natRef?.speaksEnglishOrDutch ?? 0.5),
    remoteAllowed: rng.bernoulli(0.6),
    pickup,
    escorted: rng.bernoulli(planner.escortedShare),
    refusesTest: rng.bernoulli(refusal),
  };
}
