// Enumerates the lawful options of one case: (intake slot, centre, interpreter pool, flight), or a
// departure alone for a case detained already. Options that can only add detention nights (an intake
// more than `maxLeadDays` before the flight) are left out: fewer, better columns.
import type { Case, IsoDate } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import { addDays } from '../domain/calendar.ts';
import { detentionLimit } from '../domain/deadlines.ts';
import type { CaseFacts } from './case-facts.ts';
import { hearingRegion } from './case-facts.ts';
import type { FlightInfo, PlanningContext } from './context.ts';
import { escortsNeeded, flightBlockers, type Blocker } from './eligibility.ts';
import { interpreterPlace, poolKey } from './pools.ts';
import type { Slot } from './time-grid.ts';

export type IntakeChoice = {
  readonly slot: Slot;
  readonly centreId: string;
  readonly pickupRegionId: string;
  readonly hearingRegionId: string;
  /** `language@region` or `language@remote`; null when no interpreter is needed. */
  readonly interpreterPlace: string | null;
};

export type OptionDetail = {
  readonly caseId: string;
  readonly flight: FlightInfo;
  readonly escorts: number;
  readonly intake: IntakeChoice | null;
  readonly centreId: string;
  readonly centreRegionId: string;
  readonly wing: CaseFacts['wing'];
  /** The slot of the transport from the centre to the airport. */
  readonly runSlot: Slot;
  /** Detention nights (persons × nights) from the intake, or from the window start, to the departure. */
  readonly nights: number;
};

export type Enumeration = { readonly options: OptionDetail[]; readonly rejected: Map<string, Blocker> };

export type EnumerateSettings = { readonly maxLeadDays: number };

export function enumerateOptions(
  ctx: PlanningContext,
  c: Case,
  facts: CaseFacts,
  settings: EnumerateSettings,
): Enumeration {
  const options: OptionDetail[] = [];
  const rejected = new Map<string, Blocker>();
  const reject = (b: Blocker) => rejected.set(b.ruleId, rejected.get(b.ruleId) ?? b);
  const flights = ctx.flightsTo.get(c.destinationCountry) ?? [];
  if (flights.length === 0)
    reject({ ruleId: 'plan.references', message: `no flight to ${c.destinationCountry} in the window` });
  for (const f of flights) {
    const blockers = flightBlockers(ctx, c, facts, f);
    if (blockers.length > 0) {
      blockers.forEach(reject);
      continue;
    }
    const run = runSlot(ctx, f);
    if (!run) {
      reject({
        ruleId: 'departure.transport',
        message: `no airport run possible before flight ${f.flight.id}`,
      });
      continue;
    }
    if (c.detention) options.push(detainedOption(ctx, c, facts, f, run));
    else options.push(...intakeOptions(ctx, c, facts, f, run, settings, reject));
  }
  return { options, rejected };
}

/** Morning of the departure day for a flight at 13:00 or later, else the afternoon before. */
export function runSlot(ctx: PlanningContext, f: FlightInfo): Slot | undefined {
  return f.localTime >= '13:00'
    ? ctx.grid.slotAt(f.date, 'morning')
    : ctx.grid.slotAt(addDays(f.date, -1), 'afternoon');
}

function detainedOption(
  ctx: PlanningContext,
  c: Case,
  facts: CaseFacts,
  f: FlightInfo,
  run: Slot,
): OptionDetail {
  const detention = c.detention!;
  const centre = ctx.centres.find((x) => x.id === detention.centreId);
  const day = ctx.grid.dayOf(f.date) ?? 0;
  return {
    caseId: c.id,
    flight: f,
    escorts: escortsNeeded(c, f),
    intake: null,
    centreId: detention.centreId,
    centreRegionId: centre?.policeRegionId ?? '',
    wing: detention.wing,
    runSlot: run,
    nights: facts.persons * day,
  };
}

function intakeOptions(
  ctx: PlanningContext,
  c: Case,
  facts: CaseFacts,
  f: FlightInfo,
  run: Slot,
  settings: EnumerateSettings,
  reject: (b: Blocker) => void,
): OptionDetail[] {
  if (facts.pickupRegionId === null) return [];
  const noticeMs = ctx.rules.number('notice.person.min-hours') * ctx.hourMs;
  const earliestDate = addDays(f.date, -settings.maxLeadDays);
  const limitFrom = memoByCase(ctx.rules, c, (date) => detentionLimit(c, date, ctx.rules).date);
  const out: OptionDetail[] = [];
  for (const slot of ctx.grid.slots) {
    if (slot.date > f.date || slot.date < earliestDate) continue;
    if (slot.startMs < ctx.nowMs) continue;
    if (f.departureMs < Math.max(ctx.nowMs, slot.startMs) + noticeMs) {
      reject({
        ruleId: 'notice.person.min-hours',
        message: 'the flight leaves less than the notice period after intake',
      });
      continue;
    }
    for (const centre of ctx.centres) {
      if (!centre.wings.some((w) => w.wing === facts.wing)) continue;
      if (centre.intakeStops.some((s) => s.from <= slot.date && slot.date <= s.to)) {
        reject({
          ruleId: 'detention.capacity',
          message: `${centre.name} takes no new detainees on ${slot.date}`,
        });
        continue;
      }
      const limit = limitFrom(slot.date);
      if (limit !== null && f.date > limit) {
        reject({ ruleId: 'detention.limit', message: `detention from ${slot.date} would end by ${limit}` });
        continue;
      }
      const hearing = hearingRegion(facts, c, centre.policeRegionId) ?? facts.pickupRegionId;
      const base = {
        slot,
        centreId: centre.id,
        pickupRegionId: facts.pickupRegionId,
        hearingRegionId: hearing,
      };
      for (const place of interpreterPlaces(ctx, c, facts, slot, hearing, reject)) {
        if (!partiesPresent(ctx, facts, base, reject)) continue;
        out.push({
          caseId: c.id,
          flight: f,
          escorts: escortsNeeded(c, f),
          intake: { ...base, interpreterPlace: place },
          centreId: centre.id,
          centreRegionId: centre.policeRegionId,
          wing: facts.wing,
          runSlot: run,
          nights: facts.persons * nightsBetween(slot.date, f.date),
        });
      }
    }
  }
  return out;
}

/** The interpreter pools that could serve the case in the slot ([null] when none is needed). */
function interpreterPlaces(
  ctx: PlanningContext,
  c: Case,
  facts: CaseFacts,
  slot: Slot,
  hearing: string,
  reject: (b: Blocker) => void,
): (string | null)[] {
  if (!c.interpretation.needed) return [null];
  const places = facts.languages.flatMap((lang) => [
    interpreterPlace(lang, hearing),
    ...(c.interpretation.remoteAllowed ? [interpreterPlace(lang, 'remote')] : []),
  ]);
  const open = places.filter((p) => ctx.pools.capacity(poolKey('interpreter', p), slot.index) > 0);
  if (open.length === 0) {
    reject({
      ruleId: 'intake.parties',
      message: `no ${facts.languages.join('/')} interpreter${c.interpretation.remoteAllowed ? '' : ' on site'} for the hearing`,
    });
  }
  return open;
}

function partiesPresent(
  ctx: PlanningContext,
  facts: CaseFacts,
  at: { slot: Slot; pickupRegionId: string; hearingRegionId: string },
  reject: (b: Blocker) => void,
): boolean {
  const s = at.slot.index;
  const missing: string[] = [];
  if (ctx.pools.capacity(poolKey('police', at.pickupRegionId), s) === 0) missing.push('police team');
  if (ctx.pools.capacity(poolKey('lawyer', at.hearingRegionId), s) === 0) missing.push('duty lawyer');
  if (ctx.pools.capacity(poolKey('dtv', at.pickupRegionId), s) === 0) missing.push('DT&V officer');
  if (ctx.pools.capacity(poolKey('transport', at.pickupRegionId), s, facts.persons) === 0)
    missing.push('DV&O transport');
  if (facts.coaLocationId && ctx.pools.capacity(poolKey('coa', facts.coaLocationId), s) === 0)
    missing.push('COA staff');
  if (missing.length > 0) reject({ ruleId: 'intake.parties', message: `no slot with ${missing.join(', ')}` });
  return missing.length === 0;
}

function nightsBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Detention limits by start date, computed once per rule set, case and date (luxon is slow in bulk). */
const limitMemo = new WeakMap<RuleSet, WeakMap<Case, Map<IsoDate, IsoDate | null>>>();

function memoByCase(
  rules: RuleSet,
  c: Case,
  compute: (date: IsoDate) => IsoDate | null,
): (date: IsoDate) => IsoDate | null {
  let byCase = limitMemo.get(rules);
  if (!byCase) limitMemo.set(rules, (byCase = new WeakMap()));
  let memo = byCase.get(c);
  if (!memo) byCase.set(c, (memo = new Map()));
  const cache = memo;
  return (date) => {
    if (!cache.has(date)) cache.set(date, compute(date));
    return cache.get(date) ?? null;
  };
}
