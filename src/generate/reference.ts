// Reads the reference data of data/reference/ (JSON, bundled as modules so the generator stays
// free of I/O) and checks it against its schemas once, at load time.
import { z } from 'zod';
import regionsJson from '../../data/reference/police-regions.json' with { type: 'json' };
import coaJson from '../../data/reference/coa-locations.json' with { type: 'json' };
import centresJson from '../../data/reference/detention-centres.json' with { type: 'json' };
import airportsJson from '../../data/reference/airports.json' with { type: 'json' };
import carriersJson from '../../data/reference/carriers.json' with { type: 'json' };
import destinationsJson from '../../data/reference/destinations.json' with { type: 'json' };
import nationalitiesJson from '../../data/reference/nationalities.json' with { type: 'json' };
import statesJson from '../../data/reference/responsible-states.json' with { type: 'json' };
import requirementsJson from '../../data/reference/entry-requirements.json' with { type: 'json' };
import namesJson from '../../data/reference/names.json' with { type: 'json' };
import chartersJson from '../../data/reference/charters.json' with { type: 'json' };
import sizesJson from '../../data/reference/sizes.json' with { type: 'json' };
import mixJson from '../../data/reference/case-mix.json' with { type: 'json' };
import showcaseJson from '../../data/reference/showcase.json' with { type: 'json' };
import {
  Airport,
  CaseMixRef,
  Carrier,
  CentreRef,
  CharterRef,
  CoaRef,
  DestinationRef,
  EntryRequirement,
  IntakeStopRef,
  NamePool,
  NationalityRef,
  RegionRef,
  SizesRef,
} from './reference-schema.ts';
import { ShowcaseRef } from './profile-schema.ts';
import { CountryCode } from '../domain/primitives.ts';

const Reference = z.object({
  regions: z.object({ regions: z.array(RegionRef) }),
  coa: z.object({ locations: z.array(CoaRef) }),
  centres: z.object({ centres: z.array(CentreRef), intakeStops: z.array(IntakeStopRef) }),
  airports: z.object({ airports: z.array(Airport) }),
  carriers: z.object({ carriers: z.array(Carrier) }),
  destinations: z.object({ destinations: z.array(DestinationRef) }),
  nationalities: z.object({ nationalities: z.array(NationalityRef) }),
  states: z.object({ states: z.array(z.strictObject({ code: CountryCode, weight: z.number() })) }),
  requirements: z.object({ requirements: z.array(EntryRequirement) }),
  names: z.object({ pools: z.record(z.string(), NamePool) }),
  charters: z.object({ charters: z.array(CharterRef) }),
  sizes: SizesRef,
  mix: CaseMixRef,
  showcase: z.object({ cases: z.array(ShowcaseRef) }),
});
export type Reference = z.infer<typeof Reference>;

/** The reference data, checked; a broken file is a programmer error and throws at import. */
export const reference: Reference = Reference.parse({
  regions: regionsJson,
  coa: coaJson,
  centres: centresJson,
  airports: airportsJson,
  carriers: carriersJson,
  destinations: destinationsJson,
  nationalities: nationalitiesJson,
  states: statesJson,
  requirements: requirementsJson,
  names: namesJson,
  charters: chartersJson,
  sizes: sizesJson,
  mix: mixJson,
  showcase: showcaseJson,
});
