// The four conditions of a forced removal as traffic lights (domain.md §2, §7; planning-rules.md
// rules 12-15): legally removable, available, in detention, travel document. Each light names the case
// fields it rests on and the rules relied on, in words a case manager can act on.
//
// Lights: green = met on the date; amber = not met yet, with a known way to meet it (an intake, an
// assessment, a consent, a document on its way; `greenOn` when a date is known); red = a bar.
// A pending suspensive procedure stays red even with an expected decision date: the outcome may make
// the person not removable at all, so `greenOn` then only says when to re-check, never that it will
// turn green.
import { daysBetween } from './calendar.ts';
import { caseDeadlines, detentionLimit } from './deadlines.ts';
import type { CaseDeadlines, Deadline } from './deadlines.ts';
import type { Case } from './case.ts';
import type { EntryRequirement } from './flights.ts';
import type { IsoDate, LocalDateTime } from './primitives.ts';
import type { RuleSet } from './rules.ts';

export type Light = 'green' | 'amber' | 'red';
export type ConditionId = 'legally-removable' | 'available' | 'in-detention' | 'travel-document';
export type Evidence = { readonly field: string; readonly value: unknown };

export type Condition = {
  readonly id: ConditionId;
  readonly light: Light;
  readonly message: string;
  readonly evidence: Evidence[];
  readonly ruleIds: string[];
  /** When known: the day the condition can turn green (for red: the earliest day to re-check). */
  readonly greenOn?: IsoDate;
};

export type ConditionContext = {
  readonly now: LocalDateTime;
  readonly rules: RuleSet;
  /** The scenario's entry requirements; those of the case's destination are checked. */
  readonly entryRequirements?: EntryRequirement[];
};

export type FourConditions = {
  readonly caseId: string;
  readonly on: IsoDate;
  /** Exactly four, in the order legally-removable, available, in-detention, travel-document. */
  readonly conditions: Condition[];
  readonly deadlines: CaseDeadlines;
  readonly mustHappenBy: Deadline;
};

/** One thing found for a condition: a blocker (amber/red) with its evidence and rules. */
type Finding = Omit<Condition, 'id'>;

const SEVERITY: Record<Light, number> = { green: 0, amber: 1, red: 2 };

/** The four traffic lights of a case on a date, with its deadlines. */
export function fourConditions(c: Case, on: IsoDate, ctx: ConditionContext): FourConditions {
  const deadlines = caseDeadlines(c, ctx.now, ctx.rules);
  return {
    caseId: c.id,
    on,
    conditions: [
      legallyRemovable(c, ctx.entryRequirements ?? []),
      available(c),
      inDetention(c, on, deadlines, ctx.rules),
      travelDocument(c, on),
    ],
    deadlines,
    mustHappenBy: deadlines.mustHappenBy,
  };
}

/** The worst finding decides the light; `greenOn` only when every blocker has one (the latest). */
function combine(id: ConditionId, findings: Finding[], green: Finding): Condition {
  if (findings.length === 0) return { id, ...green };
  const light = findings.map((f) => f.light).reduce((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a));
  const dates = findings.map((f) => f.greenOn);
  const greenOn = dates.every((d) => d !== undefined) ? [...dates].sort().at(-1) : undefined;
  return {
    id,
    light,
    message: findings.map((f) => f.message).join(' '),
    evidence: findings.flatMap((f) => f.evidence),
    ruleIds: [...new Set(findings.flatMap((f) => f.ruleIds))],
    ...(greenOn !== undefined ? { greenOn } : {}),
  };
}

// ---- 1. legally removable (Vw art. 8, 64, 73; ECHR art. 3; Return Directive art. 8, 10(2)) ----

const REMOVABILITY_RULES = [
  'removal.suspensive-procedure',
  'removal.non-refoulement',
  'removal.enforceable-decision',
  'removal.medical-fitness',
  'removal.unaccompanied-minor-reception',
  'removal.entry-requirement-consent',
];

function legallyRemovable(c: Case, requirements: readonly EntryRequirement[]): Condition {
  const findings = [
    ...suspensiveProcedures(c),
    ...nonRefoulement(c),
    ...enforceableDecision(c),
    ...medicalFitness(c),
    ...minorReception(c),
    ...entryConsents(c, requirements),
  ];
  return combine('legally-removable', findings, {
    light: 'green',
    message:
      'No pending suspensive procedure, no non-refoulement bar, fit to travel; re-check shortly before departure.',
    evidence: [
      { field: 'procedures', value: c.procedures },
      { field: 'nonRefoulementBar', value: c.nonRefoulementBar },
      { field: 'medical.fitToTravel', value: c.medical.fitToTravel },
    ],
    ruleIds: REMOVABILITY_RULES,
  });
}

function suspensiveProcedures(c: Case): Finding[] {
  return c.procedures.flatMap((p, i): Finding[] => {
    if (p.status !== 'pending' || !p.suspensive) return [];
    const expected = p.expectedDecisionOn;
    const when = expected
      ? `decision expected ${expected}; re-check removability then`
      : 'no decision date known: ask the IND or the court for one';
    return [
      {
        light: 'red',
        message: `The ${p.kind} lodged ${p.lodgedOn} is pending with suspensive effect: no removal until it is decided (${when}).`,
        evidence: [
          { field: `procedures[${i}].status`, value: p.status },
          { field: `procedures[${i}].suspensive`, value: p.suspensive },
          ...(expected ? [{ field: `procedures[${i}].expectedDecisionOn`, value: expected }] : []),
        ],
        ruleIds: ['removal.suspensive-procedure'],
        ...(expected ? { greenOn: expected } : {}),
      },
    ];
  });
}

function nonRefoulement(c: Case): Finding[] {
  if (!c.nonRefoulementBar) return [];
  return [
    {
      light: 'red',
      message: `A non-refoulement bar applies: no removal to ${c.destinationCountry} while it stands.`,
      evidence: [{ field: 'nonRefoulementBar', value: true }],
      ruleIds: ['removal.non-refoulement'],
    },
  ];
}

/** Only a national return needs its own enforceable return decision (planning-rules.md rule 12). */
function enforceableDecision(c: Case): Finding[] {
  if (c.regime !== 'national' || c.returnDecisionEnforceable) return [];
  return [
    {
      light: 'red',
      message: 'The return decision is not enforceable: no removal until it is.',
      evidence: [
        { field: 'regime', value: c.regime },
        { field: 'returnDecisionEnforceable', value: false },
      ],
      ruleIds: ['removal.enforceable-decision'],
    },
  ];
}

function medicalFitness(c: Case): Finding[] {
  const fit = c.medical.fitToTravel;
  if (fit === 'fit') return [];
  const evidence = [{ field: 'medical.fitToTravel', value: fit }];
  const ruleIds = ['removal.medical-fitness'];
  return fit === 'unfit'
    ? [
        {
          light: 'red',
          message: 'Medical advice: not fit to travel. No departure until reassessed fit.',
          evidence,
          ruleIds,
        },
      ]
    : [
        {
          light: 'amber',
          message: 'Fitness to travel not established: request a medical assessment.',
          evidence,
          ruleIds,
        },
      ];
}

function minorReception(c: Case): Finding[] {
  const v = c.vulnerabilities;
  if (!v.unaccompaniedMinor || v.receptionConfirmed) return [];
  return [
    {
      light: 'red',
      message: `Unaccompanied minor: confirm adequate reception in ${c.destinationCountry} before any removal.`,
      evidence: [
        { field: 'vulnerabilities.unaccompaniedMinor', value: true },
        { field: 'vulnerabilities.receptionConfirmed', value: false },
      ],
      ruleIds: ['removal.unaccompanied-minor-reception'],
    },
  ];
}

/** Consent to e.g. a test cannot be forced (seed §6.3): refused is a bar, not yet given is amber. */
function entryConsents(c: Case, requirements: readonly EntryRequirement[]): Finding[] {
  return requirements.flatMap((req, i): Finding[] => {
    if (req.country !== c.destinationCountry || !req.requiresConsent) return [];
    const j = c.consents.findIndex((k) => k.requirementId === req.id);
    const answer = c.consents[j]?.answer ?? 'unknown';
    if (answer === 'given') return [];
    const evidence = [
      { field: `entryRequirements[${i}].requiresConsent`, value: true },
      {
        field: j >= 0 ? `consents[${j}].answer` : 'consents',
        value: j >= 0 ? answer : `none for "${req.id}"`,
      },
    ];
    const ruleIds = ['removal.entry-requirement-consent'];
    return answer === 'refused'
      ? [
          {
            light: 'red',
            message: `The person refused "${req.description}", required to enter ${req.country}: removal there is not feasible.`,
            evidence,
            ruleIds,
          },
        ]
      : [
          {
            light: 'amber',
            message: `Entering ${req.country} requires "${req.description}" with consent: ask the person for consent.`,
            evidence,
            ruleIds,
          },
        ];
  });
}

// ---- 2. available (domain.md §2: whereabouts known, not MOB) ----

function available(c: Case): Condition {
  const loc = c.location;
  if (loc.kind === 'unknown') {
    return {
      id: 'available',
      light: 'red',
      message: `Whereabouts unknown since ${loc.since} (MOB): the person cannot be picked up until located.`,
      evidence: [
        { field: 'location.kind', value: loc.kind },
        { field: 'location.since', value: loc.since },
      ],
      ruleIds: ['removal.available'],
    };
  }
  return {
    id: 'available',
    light: 'green',
    message: `Whereabouts known (${loc.kind}).`,
    evidence: [{ field: 'location.kind', value: loc.kind }],
    ruleIds: ['removal.available'],
  };
}

// ---- 3. in detention (Vw art. 59, 59a, 94; Dublin III art. 28(3); AMMR art. 45(3)) ----

/** A light, its message and, when known, the day it can turn green. */
type State = { light: Light; message: string; greenOn?: IsoDate };

function condition(id: ConditionId, state: State, evidence: Evidence[], ruleIds: string[]): Condition {
  const { greenOn, ...rest } = state;
  return { id, ...rest, evidence, ruleIds, ...(greenOn !== undefined ? { greenOn } : {}) };
}

function unverifiedNote(limit: Deadline): string {
  return limit.verified ? '' : ` Unverified rule relied on: ${limit.ruleIds.join(', ')}.`;
}

function inDetention(c: Case, on: IsoDate, d: CaseDeadlines, rules: RuleSet): Condition {
  const transfer = d.transfer;
  if (transfer.date !== null && on > transfer.date && c.regime !== 'national') {
    // Dublin III art. 29(2), AMMR art. 46: responsibility passes; practical obstacles do not pause it.
    const missed = c.regime === 'ammr' ? 'ammr.deadline-missed' : 'dublin3.deadline-missed';
    const message = `The transfer deadline ${transfer.date} has passed: responsibility passed to the Netherlands; no transfer is possible.`;
    return condition('in-detention', { light: 'red', message }, transferEvidence(c), [
      ...transfer.ruleIds,
      missed,
    ]);
  }
  return c.detention ? detainedNow(c.detention, on, d) : notDetained(c, on, rules);
}

function detainedNow(det: NonNullable<Case['detention']>, on: IsoDate, d: CaseDeadlines): Condition {
  const limit = d.detentionLimit;
  const evidence = [
    { field: 'detention.startedOn', value: det.startedOn },
    { field: 'detention.ground', value: det.ground },
    { field: 'detention.priorDays', value: det.priorDays },
  ];
  const court = det.courtNotifiedOn
    ? `court notified ${det.courtNotifiedOn}`
    : `court to be notified by ${d.courtNotification.date}`;
  const state: State =
    on < det.startedOn
      ? { light: 'amber', message: `Detention starts on ${det.startedOn}.`, greenOn: det.startedOn }
      : limit.date !== null && on > limit.date
        ? {
            light: 'red',
            message: `The detention limit ${limit.date} has passed: release, or detain on a new lawful ground.`,
          }
        : {
            light: 'green',
            message: `Detained since ${det.startedOn} (${det.ground}); last lawful day ${limit.date}; ${court}.`,
          };
  return condition('in-detention', { ...state, message: state.message + unverifiedNote(limit) }, evidence, [
    ...limit.ruleIds,
  ]);
}

/** Not detained: an intake is needed; red when a detention from `on` would have no lawful day left. */
function notDetained(c: Case, on: IsoDate, rules: RuleSet): Condition {
  const limit = detentionLimit(c, on, rules);
  const evidence = [{ field: 'detention', value: null }, ...transferEvidence(c)];
  const state: State =
    limit.date === null || daysBetween(on, limit.date) <= 0
      ? {
          light: 'red',
          message: `Not detained, and a detention from ${on} would have no lawful day left: ${limit.explanation}`,
        }
      : {
          light: 'amber',
          message:
            `Not detained: needs a detention intake. Detained on ${on}, the last lawful day would be ` +
            `${limit.date}.${unverifiedNote(limit)}`,
        };
  return condition('in-detention', state, evidence, [...limit.ruleIds]);
}

function transferEvidence(c: Case): Evidence[] {
  const claim = c.transferClaim;
  if (!claim) return [];
  return [
    { field: 'transferClaim.acceptedOn', value: claim.acceptedOn },
    ...(claim.suspensiveEffectEndedOn
      ? [{ field: 'transferClaim.suspensiveEffectEndedOn', value: claim.suspensiveEffectEndedOn }]
      : []),
    ...claim.extensions.map((e, i) => ({
      field: `transferClaim.extensions[${i}].notifiedOn`,
      value: e.notifiedOn,
    })),
  ];
}

// ---- 4. travel document (domain.md §2: valid on the departure date) ----

function travelDocument(c: Case, on: IsoDate): Condition {
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
