// Travel documents (domain.md §2, condition 4): passports, laissez-passers in every state of the
// embassy request (seed §8: many requested, many withdrawn), EU travel documents for transfers.
import type { z } from 'zod';
import type { TravelDocument } from '../domain/case.ts';
import type { CaseProfile } from './profile-schema.ts';
import type { Draw } from './context.ts';
import { addDays } from './dates.ts';

type DocumentInput = z.input<typeof TravelDocument>;

/** Laissez-passers are issued for a short trip: about a month. */
const LP_VALID_DAYS = 30;

export function travelDocument(d: Draw, p: CaseProfile): DocumentInput {
  const { rng } = d;
  const requestedOn = addDays(d.nowDate, -rng.int(20, 150));
  const request = (state: 'requested' | 'confirmed' | 'not-confirmed' | 'withdrawn') => ({
    state,
    requestedOn,
  });
  switch (p.document) {
    case 'passport-valid':
      return {
        kind: 'passport',
        validFrom: addDays(d.start, -rng.int(200, 3000)),
        validUntil: addDays(d.end, rng.int(30, 2500)),
      };
    case 'passport-expired':
      return passportExpiring(d);
    case 'lp-confirmed': {
      const validFrom = addDays(d.nowDate, -rng.int(0, 25));
      return {
        kind: 'laissez-passer',
        validFrom,
        validUntil: addDays(validFrom, LP_VALID_DAYS),
        laissezPasserRequest: request('confirmed'),
      };
    }
    case 'lp-confirmed-later': {
      const validFrom = addDays(d.start, rng.int(2, Math.max(2, d.days - 3)));
      return {
        kind: 'laissez-passer',
        validFrom,
        validUntil: addDays(validFrom, LP_VALID_DAYS),
        laissezPasserRequest: request('confirmed'),
      };
    }
    case 'lp-requested': {
      const lp = request('requested');
      const expected = rng.chance(0.6) ? { expectedOn: addDays(d.start, rng.int(0, d.days + 20)) } : {};
      return { kind: 'none', laissezPasserRequest: { ...lp, ...expected } };
    }
    case 'lp-withdrawn':
      return { kind: 'none', laissezPasserRequest: request('withdrawn') };
    case 'lp-not-confirmed':
      return { kind: 'none', laissezPasserRequest: request('not-confirmed') };
    case 'eu-travel-document':
      return {
        kind: 'eu-travel-document',
        validFrom: addDays(d.nowDate, -rng.int(0, 20)),
        validUntil: addDays(d.end, rng.int(10, 60)),
      };
    case 'none':
      return { kind: 'none' };
  }
}

/** Expired before the window, or (a third of them) expiring inside it. */
function passportExpiring(d: Draw): DocumentInput {
  const validUntil = d.rng.chance(0.35)
    ? addDays(d.start, d.rng.int(1, d.days - 2))
    : addDays(d.start, -d.rng.int(10, 500));
  return { kind: 'passport', validFrom: addDays(validUntil, -3650), validUntil };
}
