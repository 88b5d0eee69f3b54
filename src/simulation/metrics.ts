/** The figures a replication reports: KPIs over the run and daily series (contract A). */
import { reference } from '../generate/reference.ts';
import type { ResourceType } from './planner-parameters.ts';
import { RESOURCE_TYPES } from './planner-parameters.ts';
import type { SimulationScenario } from './parameters.ts';

export type Metric = {
  readonly key: string;
  readonly label: { readonly en: string; readonly nl: string };
  /** e.g. 'people', 'nights', 'days', 'share' */
  readonly unit: string;
  readonly better: 'higher' | 'lower' | 'neutral';
};

export type SeriesMetric = Metric & {
  readonly group: 'departures' | 'lapses' | 'detention' | 'occupancy' | 'utilisation' | 'caseload';
};

const m = (key: string, en: string, nl: string, unit: string, better: Metric['better']): Metric => ({
  key,
  label: { en, nl },
  unit,
  better,
});

export const RESOURCE_LABELS: Readonly<Record<ResourceType, { en: string; nl: string; unit: string }>> = {
  police: { en: 'police (AVIM) teams', nl: 'politie (AVIM)', unit: 'intake slots' },
  lawyers: { en: 'duty lawyers', nl: 'piketadvocaten', unit: 'intake slots' },
  interpreters: { en: 'interpreters', nl: 'tolken', unit: 'intake slots' },
  coa: { en: 'COA staff', nl: 'COA-medewerkers', unit: 'intake slots' },
  transport: { en: 'DV&O transport', nl: 'DV&O-vervoer', unit: 'vehicle slots' },
  dtvOfficers: { en: 'DT&V officers', nl: 'regievoerders DT&V', unit: 'intake slots' },
  detentionPlaces: { en: 'detention places', nl: 'detentieplaatsen', unit: 'place-nights' },
  escorts: { en: 'KMar escorts', nl: 'KMar-escorts', unit: 'escort-days' },
  flights: { en: 'flight seats', nl: 'vliegtuigstoelen', unit: 'seats' },
};

export const KPIS: readonly Metric[] = [
  m('departures', 'demonstrable departures', 'aantoonbaar vertrek', 'people', 'higher'),
  m(
    'forcedDepartures',
    'forced departures (incl. Dublin)',
    'gedwongen vertrek (incl. Dublin)',
    'people',
    'higher',
  ),
  m('independentDepartures', 'independent departures', 'zelfstandig vertrek', 'people', 'higher'),
  m('dublinTransfers', 'Dublin/AMMR transfers', 'Dublin/AMMR-overdrachten', 'people', 'higher'),
  m('dublinLapsed', 'Dublin/AMMR deadlines lapsed', 'verlopen Dublin/AMMR-termijnen', 'people', 'lower'),
  m('detentionNights', 'detention nights', 'detentienachten', 'nights', 'lower'),
  m('meanDetentionDays', 'mean detention length', 'gemiddelde detentieduur', 'days', 'lower'),
  m(
    'mob',
    'departed, destination unknown (MOB)',
    'met onbekende bestemming vertrokken (MOB)',
    'people',
    'lower',
  ),
  m('outflowWithoutDeparture', 'outflow without departure', 'uitstroom zonder vertrek', 'people', 'neutral'),
  m('finalCaseload', 'caseload at the end', 'caseload aan het eind', 'people', 'lower'),
  m('inflow', 'inflow', 'instroom', 'people', 'neutral'),
  m('lpRequested', 'laissez-passer requests', 'lp-aanvragen', 'requests', 'neutral'),
  m('lpConfirmed', 'nationality confirmed', 'nationaliteit bevestigd', 'requests', 'higher'),
  m('lpNotConfirmed', 'nationality not confirmed', 'nationaliteit niet bevestigd', 'requests', 'lower'),
  m('lpWithdrawn', 'laissez-passer withdrawn', 'lp-aanvraag ingetrokken', 'requests', 'lower'),
  m('intakes', 'detention intakes', 'inbewaringstellingen', 'people', 'neutral'),
  m(
    'releases',
    'released from detention without departure',
    'uit detentie ontslagen zonder vertrek',
    'people',
    'lower',
  ),
  m('noShows', 'no-shows at intake', 'niet aangetroffen bij ophalen', 'intakes', 'lower'),
  m(
    'abortedDepartures',
    'departures aborted (resistance, cancellation)',
    'afgebroken vertrekken',
    'departures',
    'lower',
  ),
  m(
    'cancelledFlights',
    'cancelled flights with returnees booked',
    'geannuleerde vluchten met geboekte personen',
    'flights',
    'lower',
  ),
  m(
    'replannedCycles',
    'plans made afresh (published decisions not kept)',
    'plannen opnieuw gemaakt (gepubliceerde besluiten niet behouden)',
    'plans',
    'lower',
  ),
  ...RESOURCE_TYPES.map((r) =>
    m(
      `capacity.${r}`,
      `${RESOURCE_LABELS[r].en} available`,
      `${RESOURCE_LABELS[r].nl} beschikbaar`,
      RESOURCE_LABELS[r].unit,
      'neutral',
    ),
  ),
];

export const KPI_KEYS: readonly string[] = KPIS.map((k) => k.key);

const s = (metric: Metric, group: SeriesMetric['group']): SeriesMetric => ({ ...metric, group });

/** The daily series of a scenario: the fixed ones, occupancy per centre, utilisation per resource. */
export function seriesMetrics(_scenario: SimulationScenario): readonly SeriesMetric[] {
  return [
    s(m('caseload', 'caseload', 'caseload', 'people', 'lower'), 'caseload'),
    s(m('inflow', 'inflow', 'instroom', 'people', 'neutral'), 'caseload'),
    s(
      m('outflow', 'outflow (every way of leaving)', 'uitstroom (alle vormen)', 'people', 'neutral'),
      'caseload',
    ),
    s(m('forcedDepartures', 'forced departures', 'gedwongen vertrek', 'people', 'higher'), 'departures'),
    s(
      m('independentDepartures', 'independent departures', 'zelfstandig vertrek', 'people', 'higher'),
      'departures',
    ),
    s(
      m('dublinLapsed', 'Dublin/AMMR deadlines lapsed', 'verlopen Dublin/AMMR-termijnen', 'people', 'lower'),
      'lapses',
    ),
    s(m('detained', 'people in detention', 'personen in detentie', 'people', 'neutral'), 'detention'),
    ...CENTRES.map((c) =>
      s(
        m(`occupancy.${c.id}`, `occupancy ${c.name}`, `bezetting ${c.name}`, 'people', 'neutral'),
        'occupancy',
      ),
    ),
    ...RESOURCE_TYPES.map((r) =>
      s(
        m(
          `utilisation.${r}`,
          `utilisation of ${RESOURCE_LABELS[r].en}`,
          `benutting ${RESOURCE_LABELS[r].nl}`,
          'share',
          'neutral',
        ),
        'utilisation',
      ),
    ),
  ];
}

/** The detention centres of the simulation: the reference centres, which every template has. */
export const CENTRES: readonly { readonly id: string; readonly name: string }[] =
  reference.centres.centres.map((c) => ({ id: c.id, name: c.municipality }));
