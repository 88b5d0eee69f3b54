// Availability of the partners of an intake and of departures, as time windows (domain.md §3, §5).
// Every window is in local Amsterdam time; `capacity` is how many intakes (or, for transport,
// vehicles) the entry can serve in one intake slot inside the window.
import { z } from 'zod';
import { Id, IsoDate, LanguageCode, TimeWindow } from './primitives.ts';

const windowed = { id: Id, window: TimeWindow, capacity: z.number().int().min(1).max(50) };

/** An AVIM police team of a region. */
export const PoliceTeam = z.strictObject({ ...windowed, policeRegionId: Id });
export type PoliceTeam = z.infer<typeof PoliceTeam>;

/** Duty lawyers (piketadvocaten) on call for a police region. */
export const DutyLawyer = z.strictObject({ ...windowed, policeRegionId: Id });
export type DutyLawyer = z.infer<typeof DutyLawyer>;

/** An interpreter for one language; on site in a region, or remote (phone/video) for any region. */
export const Interpreter = z
  .strictObject({
    ...windowed,
    language: LanguageCode,
    mode: z.enum(['on-site', 'remote']),
    policeRegionId: Id.optional(),
  })
  .refine((i) => i.mode === 'remote' || i.policeRegionId !== undefined, {
    message: 'an on-site interpreter needs the police region served',
    path: ['policeRegionId'],
  });
export type Interpreter = z.infer<typeof Interpreter>;

/** COA staff at one reception location (needed when the pick-up is there). */
export const CoaStaff = z.strictObject({ ...windowed, coaLocationId: Id });
export type CoaStaff = z.infer<typeof CoaStaff>;

/** DT&V officers (regievoerders) for a police region. */
export const DtvOfficer = z.strictObject({ ...windowed, policeRegionId: Id });
export type DtvOfficer = z.infer<typeof DtvOfficer>;

/** DV&O transport of a region: `capacity` vehicles, each with `seats` for detainees. */
export const Transport = z.strictObject({
  ...windowed,
  policeRegionId: Id,
  seats: z.number().int().min(1).max(20),
});
export type Transport = z.infer<typeof Transport>;

/** KMar escorts available on a day, national pool. */
export const EscortDay = z.strictObject({ date: IsoDate, escorts: z.number().int().min(0) });
export type EscortDay = z.infer<typeof EscortDay>;

export const Availability = z.strictObject({
  police: z.array(PoliceTeam),
  lawyers: z.array(DutyLawyer),
  interpreters: z.array(Interpreter),
  coaStaff: z.array(CoaStaff),
  dtvOfficers: z.array(DtvOfficer),
  transport: z.array(Transport),
  escorts: z.array(EscortDay),
});
export type Availability = z.infer<typeof Availability>;
