// Condition 4, travel document (planning-rules.md rule 15; domain.md §2): valid on the departure date.
import { condition } from './condition-common.ts';
import type { Condition, Evidence, State } from './condition-common.ts';
import type { Case } from './case.ts';
import type { IsoDate } from './primitives.ts';

/** The travel document on `on`, with the document and laissez-passer fields as evidence. */
export function travelDocument(c: Case, on: IsoDate): Condition {
  const td = c.travelDocument;
  const lp = td.laissezPasserRequest;
  const evidence: Evidence[] = [
    { field: 'travelDocument.kind', value: td.kind },
    ...(td.validFrom ? [{ field: 'travelDocument.validFrom', value: td.validFrom }] : []),
    ...(td.validUntil ? [{ field: 'travelDocument.validUntil', value: td.validUntil }] : []),
    ...(lp ? [{ field: 'travelDocument.laissezPasserRequest.state', value: lp.state }] : []),
    ...(lp?.expectedOn
      ? [{ field: 'travelDocument.laissezPasserRequest.expectedOn', value: lp.expectedOn }]
      : []),
  ];
  return condition('travel-document', documentState(c, on), evidence, ['travel-document.valid']);
}

/**
 * Green: a document valid on `on` (an absent bound does not limit). Amber: on its way — a requested
 * laissez-passer (greenOn its expected date when that is still ahead), one confirmed but not recorded,
 * or a document valid from a later date (greenOn that date). Red: none, expired, LP not confirmed or
 * withdrawn.
 */
function documentState(c: Case, on: IsoDate): State {
  const td = c.travelDocument;
  const lp = td.laissezPasserRequest;
  const refused = lp?.state === 'withdrawn' || lp?.state === 'not-confirmed';
  const usable = td.kind !== 'none' && !(td.kind === 'laissez-passer' && refused);
  const { validFrom: from, validUntil: until } = td;
  if (usable && (!from || from <= on) && (!until || on <= until)) {
    return { light: 'green', message: `${td.kind} valid on ${on}${until ? ` (until ${until})` : ''}.` };
  }
  if (lp?.state === 'requested') {
    return lp.expectedOn !== undefined && lp.expectedOn >= on
      ? {
          light: 'amber',
          message: `Laissez-passer requested ${lp.requestedOn}, expected ${lp.expectedOn}.`,
          greenOn: lp.expectedOn,
        }
      : {
          light: 'amber',
          message: `Laissez-passer requested ${lp.requestedOn}; no issue date known or overdue: chase the embassy.`,
        };
  }
  if (lp?.state === 'confirmed' && td.kind === 'none') {
    return {
      light: 'amber',
      message: 'Laissez-passer confirmed: record the issued document and its validity.',
    };
  }
  if (usable && from && from > on && (!until || from <= until)) {
    return { light: 'amber', message: `${td.kind} valid only from ${from}.`, greenOn: from };
  }
  if (refused) {
    return {
      light: 'red',
      message: `Laissez-passer ${lp?.state}: gather more evidence of nationality and request again.`,
    };
  }
  if (td.kind !== 'none') {
    return { light: 'red', message: `${td.kind} expired on ${until}: obtain a new travel document.` };
  }
  const ask =
    c.regime === 'national'
      ? `request a laissez-passer from ${c.destinationCountry}`
      : 'issue an EU travel document';
  return { light: 'red', message: `No travel document: ${ask}.` };
}
