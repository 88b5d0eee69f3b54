// Departure, rules 12–16 and 24 of docs/planning-rules.md: removable, documented, to the right place,
// as one family (domain.md §2 and §7). Notice and transfer deadlines: departure-notice.ts.
import { resolvedDepartures } from './context.ts';
import type { ResolvedDeparture } from './context.ts';
import { isUnaccompaniedMinorOn } from './derive.ts';
import { departureDate, landing } from './time.ts';
import { violation } from './types.ts';
import type { CheckContext, Violation } from './types.ts';

/** Applies `rule` to every planned departure whose case and flight exist. */
function eachDeparture(ctx: CheckContext, rule: (d: ResolvedDeparture) => Violation[]): Violation[] {
  return resolvedDepartures(ctx).flatMap(rule);
}

/**
 * Rule 12 [removal.suspensive-procedure, removal.non-refoulement, removal.enforceable-decision,
 * removal.medical-fitness]: legally removable at the departure (Vw art. 8, 64, 73; ECHR art. 3).
 */
export function legallyRemovable(ctx: CheckContext): Violation[] {
  return eachDeparture(ctx, ({ kase, flight }) => {
    const date = departureDate(flight, ctx.index);
    const found: Violation[] = [];
    const report = (ruleId: string, message: string) =>
      found.push(violation(ruleId, kase.id, message, { departureDate: date }));
    for (const p of kase.procedures) {
      // A suspensive procedure still open at the departure: pending, or decided only after that date.
      const open = p.status === 'pending' || (p.decidedOn !== undefined && p.decidedOn > date);
      if (p.suspensive && open)
        report(
          'removal.suspensive-procedure',
          `${p.kind} lodged ${p.lodgedOn} is pending with suspensive effect on ${date}`,
        );
    }
    if (kase.nonRefoulementBar)
      report('removal.non-refoulement', `a non-refoulement bar forbids removal of ${kase.id}`);
    if (kase.regime === 'national' && !kase.returnDecisionEnforceable) {
      report('removal.enforceable-decision', `the return decision of ${kase.id} is not enforceable`);
    }
    if (kase.medical.fitToTravel !== 'fit')
      report('removal.medical-fitness', `fitness to travel is "${kase.medical.fitToTravel}", must be "fit"`);
    return found;
  });
}

/** Rule 13 [removal.unaccompanied-minor-reception]: an unaccompanied minor only with confirmed reception. */
export function minorReception(ctx: CheckContext): Violation[] {
  return eachDeparture(ctx, ({ kase, flight }) => {
    const date = departureDate(flight, ctx.index);
    if (!isUnaccompaniedMinorOn(kase, date, ctx.rules) || kase.vulnerabilities.receptionConfirmed) return [];
    return [
      violation(
        'removal.unaccompanied-minor-reception',
        kase.id,
        `unaccompanied minor on ${date} without confirmed reception in ${flight.destinationCountry}`,
        { departureDate: date },
      ),
    ];
  });
}

/** Rule 14 [removal.entry-requirement-consent]: no entry requirement that needs consent not given (seed §6.3). */
export function entryConsent(ctx: CheckContext): Violation[] {
  return eachDeparture(ctx, ({ kase, flight }) => {
    const countries = new Set([kase.destinationCountry, flight.destinationCountry]);
    return ctx.scenario.entryRequirements
      .filter((r) => r.requiresConsent && countries.has(r.country))
      .filter((r) => kase.consents.find((c) => c.requirementId === r.id)?.answer !== 'given')
      .map((r) => {
        const answer = kase.consents.find((c) => c.requirementId === r.id)?.answer ?? 'not asked';
        return violation(
          'removal.entry-requirement-consent',
          kase.id,
          `${r.country} requires ${r.kind} "${r.description}": consent ${answer}`,
          { requirementId: r.id, answer },
        );
      });
  });
}

/**
 * Rule 15 [travel-document.valid]: a document valid on the departure date; protective reading: still
 * valid on the arrival date at the destination as well.
 */
export function travelDocumentValid(ctx: CheckContext): Violation[] {
  return eachDeparture(ctx, ({ kase, flight }) => {
    const doc = kase.travelDocument;
    const date = departureDate(flight, ctx.index);
    const arrival = landing(flight, ctx.index).toISODate() ?? date;
    const report = (message: string) => [
      violation('travel-document.valid', kase.id, message, {
        kind: doc.kind,
        departureDate: date,
        arrivalDate: arrival,
      }),
    ];
    if (doc.kind === 'none') return report(`no travel document for the departure on ${date}`);
    if (doc.validFrom !== undefined && doc.validFrom > date)
      return report(`${doc.kind} valid from ${doc.validFrom}, departure ${date}`);
    const lastDay = arrival > date ? arrival : date;
    if (doc.validUntil !== undefined && doc.validUntil < lastDay)
      return report(`${doc.kind} valid until ${doc.validUntil}, travel ${date}…${lastDay}`);
    return [];
  });
}

/** Rule 16 [plan.references]: the flight goes to the case's destination country. */
export function flightDestination(ctx: CheckContext): Violation[] {
  return eachDeparture(ctx, ({ kase, flight }) => {
    if (flight.destinationCountry === kase.destinationCountry) return [];
    return [
      violation(
        'plan.references',
        kase.id,
        `flight ${flight.id} goes to ${flight.destinationCountry}, the case to ${kase.destinationCountry}`,
        { flightId: flight.id },
      ),
    ];
  });
}

/** Rule 24 [departure.family-together]: a case (a family) travels on one flight, so it departs once. */
export function familyTogether(ctx: CheckContext): Violation[] {
  const flightsOf = new Map<string, string[]>();
  for (const d of ctx.plan.departures)
    flightsOf.set(d.caseId, [...(flightsOf.get(d.caseId) ?? []), d.flightId]);
  return [...flightsOf]
    .filter(([, flights]) => flights.length > 1)
    .map(([caseId, flights]) =>
      violation(
        'departure.family-together',
        caseId,
        `case ${caseId} has ${flights.length} departures (${flights.join(', ')}): one case, one flight`,
        { departures: flights.length },
      ),
    );
}
