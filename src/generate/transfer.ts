// Dublin III / AMMR transfer claims and the procedure history of a case (domain.md §6).
// Acceptance dates are spread so that some 6-month deadlines fall inside the window (urgent), a
// few have passed, and extensions are notified in time or too late (Dublin III art. 29(2)).
import type { z } from 'zod';
import type { Procedure, TransferClaim } from '../domain/case.ts';
import type { CaseProfile } from './profile-schema.ts';
import type { Draw } from './context.ts';
import { addDays, addMonths, dateBetween } from './dates.ts';

type ClaimInput = z.input<typeof TransferClaim>;
type ProcedureInput = z.input<typeof Procedure>;

/** Accepted on: given, or drawn so that the deadline (6 months on) is urgent, near, or later. */
export function acceptanceDate(d: Draw, p: CaseProfile): string {
  if (p.acceptedOn) return p.acceptedOn;
  const between = (from: string, to: string) => dateBetween(d.rng.next, from, to);
  const sixBefore = (iso: string) => addMonths(iso, -6);
  if (p.extension === 'absconding-late') return between('2026-04-20', addDays(sixBefore(d.nowDate), -12));
  if (p.extension !== 'none') return between('2026-04-15', '2026-06-25');
  if (p.regime === 'ammr') return between('2026-08-01', addDays(d.nowDate, -7));
  const r = d.rng.next();
  if (r < 0.35) return between(sixBefore(d.start), sixBefore(d.end));
  if (r < 0.42) return between(addDays(sixBefore(d.nowDate), -20), addDays(sixBefore(d.nowDate), -1));
  return between(addDays(sixBefore(d.end), 8), '2026-10-20');
}

export function transferClaim(d: Draw, p: CaseProfile, acceptedOn: string): ClaimInput {
  const deadline = addMonths(acceptedOn, 6);
  const claim: ClaimInput = {
    responsibleState: p.destination,
    acceptedOn,
    acceptance: d.rng.chance(d.ref.mix.implicitAcceptance) ? 'implicit' : 'explicit',
    extensions: [],
    crisisDeclared: false,
  };
  if (p.extension === 'none' && d.rng.chance(d.ref.mix.suspensiveEffectEnded)) {
    const ended = addDays(acceptedOn, d.rng.int(20, 80));
    if (ended < d.nowDate) claim.suspensiveEffectEndedOn = ended;
  }
  if (p.extension !== 'none') {
    const kind = p.extension.startsWith('absconding') ? 'absconding' : 'imprisonment';
    claim.extensions = [
      { kind, notifiedOn: p.extensionNotifiedOn ?? notifiedOn(d, p, acceptedOn, deadline) },
    ];
  }
  return claim;
}

function notifiedOn(d: Draw, p: CaseProfile, acceptedOn: string, deadline: string): string {
  if (p.extension === 'absconding-late') {
    const late = addDays(deadline, d.rng.int(1, 8));
    return late < d.nowDate ? late : addDays(d.nowDate, -1);
  }
  const last = [addDays(deadline, -1), addDays(d.nowDate, -1)].sort()[0] ?? deadline;
  return dateBetween(d.rng.next, addDays(acceptedOn, 30), last);
}

/** The procedure history: a decided asylum application, and a pending one for some. */
export function procedures(d: Draw, p: CaseProfile, since: string): ProcedureInput[] {
  const lodged = addDays(since, -d.rng.int(60, 400));
  const history: ProcedureInput[] = [
    {
      kind: 'asylum',
      lodgedOn: lodged,
      suspensive: true,
      status: 'decided',
      decidedOn: addDays(lodged, d.rng.int(20, 50)),
    },
  ];
  if (p.procedure === 'none') return history;
  const pending: ProcedureInput = {
    kind:
      p.procedure === 'pending'
        ? d.rng.pick(['appeal', 'subsequent-asylum', 'interim-measure'] as const)
        : 'residence-permit',
    lodgedOn: addDays(d.nowDate, -d.rng.int(3, 60)),
    suspensive: p.procedure === 'pending',
    status: 'pending',
  };
  if (d.rng.chance(d.ref.mix.expectedDecisionKnown)) {
    pending.expectedDecisionOn = addDays(d.start, d.rng.int(-1, d.days + 14));
  }
  return [...history, pending];
}
