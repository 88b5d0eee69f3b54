// Hard constraints that hold or fail for a case whatever the flight: legal removability, availability
// and consent (docs/planning-rules.md 5, 12–14). Each is one named function citing its rule id.
import type { Case } from '../../domain/index.ts';
import type { PlanningContext } from '../context.ts';
import type { Blocker } from './types.ts';

export function whereaboutsKnown(_ctx: PlanningContext, c: Case): Blocker[] {
  if (c.location.kind !== 'unknown') return [];
  return [{ ruleId: 'removal.available', message: `whereabouts unknown (MOB) since ${c.location.since}` }];
}

export function noSuspensiveProcedure(_ctx: PlanningContext, c: Case): Blocker[] {
  return c.procedures
    .filter((p) => p.status === 'pending' && p.suspensive)
    .map((p) => ({
      ruleId: 'removal.suspensive-procedure',
      message: `${p.kind} lodged ${p.lodgedOn} is pending with suspensive effect`,
      ...(p.expectedDecisionOn ? { greenOn: p.expectedDecisionOn } : {}),
    }));
}

export function noRefoulementBar(_ctx: PlanningContext, c: Case): Blocker[] {
  return c.nonRefoulementBar
    ? [{ ruleId: 'removal.non-refoulement', message: 'a non-refoulement bar applies' }]
    : [];
}

export function enforceableDecision(_ctx: PlanningContext, c: Case): Blocker[] {
  if (c.regime !== 'national' || c.returnDecisionEnforceable) return [];
  return [{ ruleId: 'removal.enforceable-decision', message: 'the return decision is not enforceable' }];
}

export function fitToTravel(_ctx: PlanningContext, c: Case): Blocker[] {
  if (c.medical.fitToTravel === 'fit') return [];
  return [{ ruleId: 'removal.medical-fitness', message: `fitness to travel is ${c.medical.fitToTravel}` }];
}

export function receptionForUnaccompaniedMinor(_ctx: PlanningContext, c: Case): Blocker[] {
  if (!c.vulnerabilities.unaccompaniedMinor || c.vulnerabilities.receptionConfirmed) return [];
  return [
    {
      ruleId: 'removal.unaccompanied-minor-reception',
      message: 'unaccompanied minor: adequate reception in the destination is not confirmed',
    },
  ];
}

/** A destination requirement that needs consent is met only with consent given (seed §6.3). */
export function consentToEntryRequirements(ctx: PlanningContext, c: Case): Blocker[] {
  return (ctx.requirementsOf.get(c.destinationCountry) ?? []).flatMap((r) => {
    const answer = c.consents.find((k) => k.requirementId === r.id)?.answer ?? 'unknown';
    if (!r.requiresConsent || answer === 'given') return [];
    const why = answer === 'refused' ? 'refused' : 'not given';
    return [
      {
        ruleId: 'removal.entry-requirement-consent',
        message: `${r.country} requires "${r.description}"; consent ${why}`,
      },
    ];
  });
}
