// Condition 1, legally removable (domain.md §2, §7; planning-rules.md rules 12-14; Vw art. 8, 64, 73;
// ECHR art. 3; Return Directive art. 8, 10(2)). A pending suspensive procedure stays red even with an
// expected decision date: `greenOn` then only says when to re-check.
import { combine } from './condition-common.ts';
import type { Condition, Finding } from './condition-common.ts';
import type { Case } from './case.ts';
import type { EntryRequirement } from './flights.ts';

const REMOVABILITY_RULES = [
  'removal.suspensive-procedure',
  'removal.non-refoulement',
  'removal.enforceable-decision',
  'removal.medical-fitness',
  'removal.unaccompanied-minor-reception',
  'removal.entry-requirement-consent',
];

/** Every bar to a removal, the worst deciding the light (planning-rules.md rules 12-14). */
export function legallyRemovable(c: Case, requirements: readonly EntryRequirement[]): Condition {
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
