// The board's view models: capacity as heat-map rows (sums per key and day, colour steps, binding
// counts), the comparison with the published plan, and the resources filters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CapacityCell, Timeline, TimelineIntake } from '../../src/web/api-types.ts';
import { languageName } from '../../src/web/format.ts';
import {
  diffPlans,
  filterCells,
  filterDays,
  heatRows,
  partnerWords,
  reasonKind,
  resourceKey,
  shareLevel,
} from '../../src/web/views/board-model.ts';

const cell = (over: Partial<CapacityCell>): CapacityCell => ({
  type: 'police',
  resource: 'police team',
  place: 'Oost',
  date: '2026-12-07',
  part: 'morning',
  available: 2,
  used: 1,
  binding: false,
  ...over,
});

describe('capacity heat-map rows', () => {
  it('sums the cells of a key per day, counts binding ones, and leaves empty days empty', () => {
    const rows = heatRows(
      ['2026-12-07', '2026-12-08'],
      [cell({}), cell({ part: 'afternoon', used: 2, binding: true }), cell({ type: 'lawyers', used: 0 })],
    );
    expect(rows.map((r) => r.key)).toEqual(['police', 'lawyers']);
    const [police] = rows;
    expect(police!.cells[0]).toMatchObject({ used: 3, available: 4, share: 0.75, level: 3, binding: 1 });
    expect(police!.cells[1]).toMatchObject({ used: 0, available: 0, share: null, level: 0, binding: 0 });
  });

  it('keeps the total use whatever the grouping', () => {
    const arb = fc.array(
      fc.record({
        used: fc.nat(5),
        extra: fc.nat(3),
        day: fc.constantFrom('2026-12-07', '2026-12-08'),
        place: fc.constantFrom('A', 'B'),
      }),
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const cells = specs.map((s) =>
          cell({ used: s.used, available: s.used + s.extra, date: s.day, place: s.place }),
        );
        const sum = (rows: ReturnType<typeof heatRows>) =>
          rows.flatMap((r) => r.cells).reduce((n, c) => n + c.used, 0);
        const days = ['2026-12-07', '2026-12-08'];
        expect(sum(heatRows(days, cells))).toBe(sum(heatRows(days, cells, resourceKey)));
        expect(sum(heatRows(days, cells))).toBe(specs.reduce((n, s) => n + s.used, 0));
      }),
    );
  });

  it('colours by steps of the share used, full use darkest', () => {
    expect([0, 0.1, 0.5, 0.8, 0.9, 1].map(shareLevel)).toEqual([0, 1, 2, 3, 4, 4]);
    expect(shareLevel(Number.NaN)).toBe(0);
  });
});

/** A morning intake at Rotterdam on `date`, as the timeline gives it. */
const intakeAt = (date: string, over: Partial<TimelineIntake> = {}): TimelineIntake => ({
  caseId: 'C-1',
  persons: 1,
  part: 'morning',
  start: `${date}T09:00`,
  end: `${date}T13:00`,
  centre: { id: 'dc', name: 'Rotterdam' },
  wing: 'men',
  pickupRegion: { id: 'r', name: 'R' },
  hearingRegion: { id: 'r', name: 'R' },
  partners: {
    policeTeam: 'p',
    lawyer: 'l',
    dtvOfficer: 'd',
    transport: 't',
    coaStaff: null,
    interpreter: null,
  },
  ...over,
});

const timeline = (
  entries: { caseId: string; intake?: string; flight: string; departure: string }[],
): Timeline => {
  const days = ['2026-12-07', '2026-12-08', '2026-12-09'];
  return {
    scenarioId: 's',
    leftOut: [],
    days: days.map((date) => ({
      date,
      intakes: entries.filter((e) => e.intake === date).map((e) => intakeAt(date, { caseId: e.caseId })),
      departures: entries
        .filter((e) => e.departure.startsWith(date))
        .map((e) => ({
          caseId: e.caseId,
          persons: 1,
          flight: {
            id: e.flight,
            label: e.flight,
            kind: 'scheduled' as const,
            departure: e.departure,
            from: 'AMS',
            to: 'X',
            destinationCountry: 'XX',
          },
          escorts: 0,
          transport: 't',
        })),
    })),
  };
};

describe('the comparison with the published plan', () => {
  const published = timeline([
    { caseId: 'A', intake: '2026-12-07', flight: 'KL1', departure: '2026-12-08T10:00:00Z' },
    { caseId: 'B', flight: 'KL2', departure: '2026-12-08T11:00:00Z' },
    { caseId: 'C', flight: 'KL3', departure: '2026-12-09T11:00:00Z' },
  ]);

  it('names who is added, removed and moved (another intake day or flight), and no one else', () => {
    const current = timeline([
      { caseId: 'A', intake: '2026-12-08', flight: 'KL1', departure: '2026-12-08T10:00:00Z' },
      { caseId: 'B', flight: 'KL2', departure: '2026-12-08T11:00:00Z' },
      { caseId: 'D', flight: 'KL4', departure: '2026-12-09T12:00:00Z' },
    ]);
    expect(diffPlans(published, current).map((c) => [c.caseId, c.kind])).toEqual([
      ['A', 'moved'],
      ['C', 'removed'],
      ['D', 'added'],
    ]);
  });

  it('finds no change between a plan and itself, and adds everything when nothing is published', () => {
    expect(diffPlans(published, published)).toEqual([]);
    expect(diffPlans(null, published).every((c) => c.kind === 'added')).toBe(true);
  });
});

describe('the resources filters', () => {
  const cells = [
    cell({ place: 'Zeeland-West-Brabant', date: '2026-12-07' }),
    cell({ type: 'lawyers', place: 'Oost-Nederland', date: '2026-12-08' }),
  ];

  it('filters by type, place (any case) and day range', () => {
    expect(filterCells(cells, { type: 'lawyers' })).toHaveLength(1);
    expect(filterCells(cells, { place: 'zeeland' })[0]!.place).toBe('Zeeland-West-Brabant');
    expect(filterCells(cells, { from: '2026-12-08' })).toHaveLength(1);
    expect(filterCells(cells, {})).toHaveLength(2);
    expect(
      filterDays(['2026-12-07', '2026-12-08', '2026-12-09'], { from: '2026-12-08', to: '2026-12-08' }),
    ).toEqual(['2026-12-08']);
  });
});

describe('partnerWords', () => {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    `${key}[${Object.entries(params)
      .map(([k, v]) => `${k}=${v}`)
      .join(';')}]`;
  const intake = (over: Partial<TimelineIntake>): TimelineIntake =>
    intakeAt('2026-12-07', {
      partners: {
        policeTeam: 'pol-1',
        lawyer: 'law-1',
        dtvOfficer: 'dtv-1',
        transport: 'trn-1',
        coaStaff: null,
        interpreter: { id: 'int-1', language: 'ti', mode: 'remote' },
      },
      partnerPlaces: {
        policeTeam: 'Oost',
        lawyer: 'Oost',
        dtvOfficer: 'Oost',
        transport: 'Oost',
        coaStaff: null,
        interpreter: null,
      },
      ...over,
    });

  it('names each partner by where it comes from, never by its availability id', () => {
    const words = partnerWords(intake({}), t, (c) => `lang:${c}`);
    expect(words).toEqual([
      'board.police[place=Oost]',
      'board.lawyer[place=Oost]',
      'board.dtv[place=Oost]',
      'board.transport[place=Oost]',
      'board.interpreterRemote[language=lang:ti]',
    ]);
  });

  it('says where an on-site interpreter and the COA staff come from', () => {
    const i = intake({});
    const words = partnerWords(
      {
        ...i,
        partners: {
          ...i.partners,
          coaStaff: 'coa-1',
          interpreter: { id: 'x', language: 'ar', mode: 'on-site' },
        },
        partnerPlaces: { ...i.partnerPlaces!, coaStaff: 'AZC Utrecht', interpreter: 'Midden-Nederland' },
      },
      t,
      (c) => c,
    );
    expect(words.slice(4)).toEqual([
      'board.coa[place=AZC Utrecht]',
      'board.interpreter[language=ar;place=Midden-Nederland]',
    ]);
  });

  it('falls back to the ids when the service sent no places', () => {
    const words = partnerWords(intake({ partnerPlaces: undefined }), t, (c) => c);
    expect(words[0]).toBe('board.police[place=pol-1]');
  });

  it('writes language names in the reader’s language', () => {
    expect(languageName('en', 'ar')).toBe('Arabic');
    expect(languageName('nl', 'ar')).toBe('Arabisch');
    expect(languageName('en', 'zz-not-a-code-!')).toBe('zz-not-a-code-!');
  });
});

describe('reasonKind', () => {
  const messages: Record<string, string> = { 'board.code.capacity.exhausted': 'Capaciteit op' };
  const t = (key: string) => messages[key] ?? key;

  it('names a known reason code in the reader’s language', () => {
    expect(reasonKind('capacity.exhausted', t)).toBe('Capaciteit op');
  });

  it('gives nothing for a code it does not know, so the service’s words stand alone', () => {
    expect(reasonKind('something.new', t)).toBeUndefined();
  });
});
