// The report's words in English and Dutch, and number and date formatting per language.
export type ReportLang = 'en' | 'nl';

const EN = {
  title: 'Simulation report',
  inputs: 'Inputs',
  scenario: 'Scenario',
  baseline: 'Baseline',
  days: 'Days simulated',
  replications: 'Replications',
  seed: 'Seed',
  generated: 'Generated',
  marginalRuns: 'Marginal value runs',
  marginalRunsValue: '{replications} replications of {days} days per resource type (+10%)',
  none: 'none',
  kpis: 'Key figures',
  kpisIntro:
    'Means over the replications with their 95% confidence intervals (Student t). The difference is scenario minus baseline, paired replication by replication on the same random numbers.',
  kpi: 'Figure',
  unit: 'Unit',
  difference: 'Difference',
  verdict: 'Assessment',
  better: 'better',
  worse: 'worse',
  noSignificant: 'no clear difference',
  charts: 'Over time',
  chartsIntro:
    'Lines are means over the replications, shaded bands 95% confidence intervals (cut at zero, and at one for shares; the data tables give them whole); the baseline is dashed.',
  day: 'Day',
  mean: 'mean',
  low: '95% low',
  high: '95% high',
  everyDay: 'Every day.',
  everyNthDay: 'Every {step}th day and the last day.',
  showTable: 'Data table',
  cumulative: '{label} (cumulative)',
  marginal: 'Marginal value of each resource type',
  marginalIntro:
    'One resource type at a time is raised by 10%. Extra departures and avoided Dublin/AMMR lapses are paired differences against the unchanged scenario on the same random numbers; per unit divides by the capacity the 10% added over the run.',
  resource: 'Resource type',
  addedUnits: 'Added units',
  extraDepartures: 'Extra departures',
  avoidedLapses: 'Avoided lapses',
  perUnit: 'per unit',
  marginalDeparturesChart: 'Extra departures from +10% of each resource type',
  marginalLapsesChart: 'Avoided Dublin/AMMR lapses from +10% of each resource type',
  noMarginal: 'The marginal value was not computed for this run.',
  chartDesc: '{label} per day over {days} days: mean and 95% band for {who}.',
  barDesc: '{label} per resource type, mean with 95% interval.',
  group_departures: 'Departures',
  group_lapses: 'Lapsed Dublin/AMMR deadlines',
  group_detention: 'Detention',
  group_occupancy: 'Occupancy per detention centre',
  group_utilisation: 'Utilisation per partner type',
  group_caseload: 'Caseload',
  kpiBarDesc: '{label}: mean over the replications with 95% interval, per scenario.',
};

const NL: typeof EN = {
  title: 'Simulatierapport',
  inputs: 'Invoer',
  scenario: 'Scenario',
  baseline: 'Basislijn',
  days: 'Gesimuleerde dagen',
  replications: 'Replicaties',
  seed: 'Seed',
  generated: 'Gemaakt',
  marginalRuns: 'Runs voor de marginale waarde',
  marginalRunsValue: '{replications} replicaties van {days} dagen per soort capaciteit (+10%)',
  none: 'geen',
  kpis: 'Kerncijfers',
  kpisIntro:
    'Gemiddelden over de replicaties met hun 95%-betrouwbaarheidsinterval (Student t). Het verschil is scenario min basislijn, per replicatie gepaard op dezelfde toevalsgetallen.',
  kpi: 'Cijfer',
  unit: 'Eenheid',
  difference: 'Verschil',
  verdict: 'Beoordeling',
  better: 'beter',
  worse: 'slechter',
  noSignificant: 'geen duidelijk verschil',
  charts: 'Verloop in de tijd',
  chartsIntro:
    'Lijnen zijn gemiddelden over de replicaties, gekleurde banden 95%-betrouwbaarheidsintervallen (afgekapt bij nul, en bij één voor aandelen; de gegevenstabellen geven ze volledig); de basislijn is gestippeld.',
  day: 'Dag',
  mean: 'gemiddelde',
  low: '95% laag',
  high: '95% hoog',
  everyDay: 'Elke dag.',
  everyNthDay: 'Elke {step}e dag en de laatste dag.',
  showTable: 'Gegevenstabel',
  cumulative: '{label} (cumulatief)',
  marginal: 'Marginale waarde per soort capaciteit',
  marginalIntro:
    'Telkens één soort capaciteit wordt met 10% verhoogd. Extra vertrekken en voorkomen verlopen Dublin/AMMR-termijnen zijn gepaarde verschillen met het ongewijzigde scenario op dezelfde toevalsgetallen; per eenheid deelt door de capaciteit die de 10% over de hele run toevoegde.',
  resource: 'Soort capaciteit',
  addedUnits: 'Toegevoegde eenheden',
  extraDepartures: 'Extra vertrekken',
  avoidedLapses: 'Voorkomen verlopen termijnen',
  perUnit: 'per eenheid',
  marginalDeparturesChart: 'Extra vertrekken bij +10% van elke soort capaciteit',
  marginalLapsesChart: 'Voorkomen verlopen Dublin/AMMR-termijnen bij +10% van elke soort capaciteit',
  noMarginal: 'De marginale waarde is voor deze run niet berekend.',
  chartDesc: '{label} per dag over {days} dagen: gemiddelde en 95%-band voor {who}.',
  barDesc: '{label} per soort capaciteit, gemiddelde met 95%-interval.',
  group_departures: 'Vertrek',
  group_lapses: 'Verlopen Dublin/AMMR-termijnen',
  group_detention: 'Detentie',
  group_occupancy: 'Bezetting per detentiecentrum',
  group_utilisation: 'Benutting per soort partner',
  group_caseload: 'Caseload',
  kpiBarDesc: '{label}: gemiddelde over de replicaties met 95%-interval, per scenario.',
};

export type MessageKey = keyof typeof EN;

export type Words = {
  readonly lang: ReportLang;
  readonly t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** a number with at most `digits` decimals, grouped per language */
  readonly num: (value: number, digits?: number) => string;
  /** an ISO timestamp as a date and time in Europe/Amsterdam */
  readonly dateTime: (iso: string) => string;
  /** a metric's unit in the language ('people' → 'personen') */
  readonly unit: (unit: string) => string;
};

const DUTCH_UNITS: Readonly<Record<string, string>> = {
  people: 'personen',
  nights: 'nachten',
  days: 'dagen',
  share: 'aandeel',
  requests: 'aanvragen',
  intakes: 'ophaalmomenten',
  departures: 'vertrekken',
  flights: 'vluchten',
  seats: 'stoelen',
  'intake slots': 'ophaalslots',
  'vehicle slots': 'voertuigslots',
  'place-nights': 'plaatsnachten',
  'escort-days': 'escortdagen',
};

/** Rounded to `digits` decimals, without a minus sign on a value that rounds to zero. */
export function roundedNumber(value: number, digits: number): number {
  const rounded = Number(value.toFixed(digits));
  return rounded === 0 ? 0 : rounded;
}

export function words(lang: ReportLang): Words {
  const messages = lang === 'nl' ? NL : EN;
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  return {
    lang,
    t: (key, params = {}) =>
      messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)),
    num: (value, digits = 0) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(
        roundedNumber(value, digits),
      ),
    dateTime: (iso) =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Amsterdam',
      }).format(new Date(iso)),
    unit: (unit) => (lang === 'nl' ? (DUTCH_UNITS[unit] ?? unit) : unit),
  };
}
