// Partner pools: the availability entries of one kind, place and slot are interchangeable, so the
// model counts them together and concrete partners are assigned after solving (assign-partners.ts).
import type { Availability, LocalDateTime } from '../domain/index.ts';
import type { Slot } from './time-grid.ts';

export type Role = 'police' | 'lawyer' | 'dtv' | 'coa' | 'interpreter' | 'transport';

export type PoolEntry = { readonly id: string; readonly capacity: number; readonly seats: number };

export type Pools = {
  /** Entries covering the slot for a pool key (see poolKey). */
  entries(key: string, slot: number): readonly PoolEntry[];
  /** Units in the pool for the slot; for transport, vehicles with at least `minSeats` seats. */
  capacity(key: string, slot: number, minSeats?: number): number;
};

/** Where a pool is: region id (police, lawyer, dtv, transport), COA location, or language@place. */
export function poolKey(role: Role, place: string): string {
  return `${role}:${place}`;
}

/** `interpreter` pools are per language and place: a region for on-site, `remote` for remote. */
export function interpreterPlace(language: string, regionOrRemote: string): string {
  return `${language}@${regionOrRemote}`;
}

export function buildPools(availability: Availability, slots: readonly Slot[]): Pools {
  const table = new Map<string, PoolEntry[][]>();
  const add = (key: string, window: { from: LocalDateTime; to: LocalDateTime }, entry: PoolEntry) => {
    for (const slot of slots) {
      if (window.from > slot.start || window.to < slot.end) continue;
      const perSlot = table.get(key) ?? slots.map(() => []);
      perSlot[slot.index]!.push(entry);
      table.set(key, perSlot);
    }
  };
  const plain = (e: { id: string; capacity: number }) => ({ id: e.id, capacity: e.capacity, seats: 0 });
  for (const e of availability.police) add(poolKey('police', e.policeRegionId), e.window, plain(e));
  for (const e of availability.lawyers) add(poolKey('lawyer', e.policeRegionId), e.window, plain(e));
  for (const e of availability.dtvOfficers) add(poolKey('dtv', e.policeRegionId), e.window, plain(e));
  for (const e of availability.coaStaff) add(poolKey('coa', e.coaLocationId), e.window, plain(e));
  for (const e of availability.transport) {
    add(poolKey('transport', e.policeRegionId), e.window, { id: e.id, capacity: e.capacity, seats: e.seats });
  }
  for (const e of availability.interpreters) {
    const place = e.mode === 'remote' ? 'remote' : (e.policeRegionId ?? 'remote');
    add(poolKey('interpreter', interpreterPlace(e.language, place)), e.window, plain(e));
  }
  for (const perSlot of table.values())
    for (const list of perSlot) list.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    entries: (key, slot) => table.get(key)?.[slot] ?? [],
    capacity: (key, slot, minSeats = 0) =>
      (table.get(key)?.[slot] ?? []).reduce((n, e) => n + (e.seats >= minSeats ? e.capacity : 0), 0),
  };
}
