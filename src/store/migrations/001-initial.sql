-- 001: one table per record kind of a scenario (src/domain/*.ts). Every row carries its scenario_id
-- and, for lists, its ordinal, so a scenario reads back in the order it was written.
-- Personal data (cases, persons, case_consents) has stable keys — (scenario_id, case_id) and
-- (scenario_id, v_number) — that an access-control or audit table can reference later.
-- Foreign keys are immediate: rows are written parents first, in one transaction.

CREATE TABLE scenarios (
  id             TEXT PRIMARY KEY,
  format_version INTEGER NOT NULL CHECK (format_version = 1),
  name           TEXT NOT NULL,
  description    TEXT,
  rules_version  TEXT NOT NULL,
  now            TEXT NOT NULL,
  window_start   TEXT NOT NULL,
  window_end     TEXT NOT NULL CHECK (window_start <= window_end),
  imported_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE police_regions (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  id          TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  name        TEXT NOT NULL,
  PRIMARY KEY (scenario_id, id)
);

CREATE TABLE coa_locations (
  scenario_id      TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  id               TEXT NOT NULL,
  ordinal          INTEGER NOT NULL,
  name             TEXT NOT NULL,
  municipality     TEXT NOT NULL,
  police_region_id TEXT NOT NULL,
  PRIMARY KEY (scenario_id, id),
  FOREIGN KEY (scenario_id, police_region_id) REFERENCES police_regions (scenario_id, id) ON DELETE CASCADE
);

CREATE TABLE detention_centres (
  scenario_id      TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  id               TEXT NOT NULL,
  ordinal          INTEGER NOT NULL,
  name             TEXT NOT NULL,
  municipality     TEXT NOT NULL,
  police_region_id TEXT NOT NULL,
  PRIMARY KEY (scenario_id, id),
  FOREIGN KEY (scenario_id, police_region_id) REFERENCES police_regions (scenario_id, id) ON DELETE CASCADE
);

CREATE TABLE detention_centre_wings (
  scenario_id TEXT NOT NULL,
  centre_id   TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  wing        TEXT NOT NULL CHECK (wing IN ('men', 'women', 'families')),
  places      INTEGER NOT NULL CHECK (places >= 0),
  PRIMARY KEY (scenario_id, centre_id, ordinal),
  FOREIGN KEY (scenario_id, centre_id) REFERENCES detention_centres (scenario_id, id) ON DELETE CASCADE
);

CREATE TABLE detention_centre_intake_stops (
  scenario_id TEXT NOT NULL,
  centre_id   TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  date_from   TEXT NOT NULL,
  date_to     TEXT NOT NULL CHECK (date_from <= date_to),
  reason      TEXT NOT NULL,
  PRIMARY KEY (scenario_id, centre_id, ordinal),
  FOREIGN KEY (scenario_id, centre_id) REFERENCES detention_centres (scenario_id, id) ON DELETE CASCADE
);

-- Airport and carrier codes are the targets of flight references, so they are unique per scenario.
CREATE TABLE airports (
  scenario_id       TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  code              TEXT NOT NULL,
  ordinal           INTEGER NOT NULL,
  name              TEXT NOT NULL,
  country           TEXT NOT NULL,
  time_zone         TEXT NOT NULL,
  departure_airport INTEGER NOT NULL CHECK (departure_airport IN (0, 1)),
  PRIMARY KEY (scenario_id, code)
);

CREATE TABLE carriers (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  code        TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  name        TEXT NOT NULL,
  depa_max    INTEGER NOT NULL CHECK (depa_max >= 0),
  depu_max    INTEGER NOT NULL CHECK (depu_max >= 0),
  PRIMARY KEY (scenario_id, code)
);

CREATE TABLE entry_requirements (
  scenario_id      TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  id               TEXT NOT NULL,
  ordinal          INTEGER NOT NULL,
  country          TEXT NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('test', 'vaccination', 'document', 'other')),
  description      TEXT NOT NULL,
  requires_consent INTEGER NOT NULL CHECK (requires_consent IN (0, 1)),
  PRIMARY KEY (scenario_id, id)
);

-- The six windowed partner types share one shape (id, window, capacity, a place), and the planner
-- asks "who is free in this slot" across them: one table, the type in `partner`, ids unique per type.
CREATE TABLE availability (
  scenario_id      TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  partner          TEXT NOT NULL
                   CHECK (partner IN ('police', 'lawyers', 'interpreters', 'coaStaff', 'dtvOfficers', 'transport')),
  id               TEXT NOT NULL,
  ordinal          INTEGER NOT NULL,
  window_from      TEXT NOT NULL,
  window_to        TEXT NOT NULL CHECK (window_from < window_to),
  capacity         INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 50),
  police_region_id TEXT,
  coa_location_id  TEXT,
  language         TEXT,
  mode             TEXT CHECK (mode IN ('on-site', 'remote')),
  seats            INTEGER CHECK (seats BETWEEN 1 AND 20),
  PRIMARY KEY (scenario_id, partner, id),
  FOREIGN KEY (scenario_id, police_region_id) REFERENCES police_regions (scenario_id, id) ON DELETE CASCADE,
  FOREIGN KEY (scenario_id, coa_location_id) REFERENCES coa_locations (scenario_id, id) ON DELETE CASCADE,
  CHECK ((partner = 'coaStaff') = (coa_location_id IS NOT NULL)),
  CHECK (partner IN ('coaStaff', 'interpreters') OR police_region_id IS NOT NULL),
  CHECK ((partner = 'interpreters') = (language IS NOT NULL AND mode IS NOT NULL)),
  CHECK (mode IS NOT 'on-site' OR police_region_id IS NOT NULL),
  CHECK ((partner = 'transport') = (seats IS NOT NULL))
);

CREATE TABLE escort_days (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  date        TEXT NOT NULL,
  escorts     INTEGER NOT NULL CHECK (escorts >= 0),
  PRIMARY KEY (scenario_id, ordinal)
);

CREATE TABLE flights (
  scenario_id         TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  id                  TEXT NOT NULL,
  ordinal             INTEGER NOT NULL,
  kind                TEXT NOT NULL CHECK (kind IN ('scheduled', 'charter')),
  departure_airport   TEXT NOT NULL,
  departure           TEXT NOT NULL,
  arrival_airport     TEXT NOT NULL,
  arrival             TEXT NOT NULL,
  destination_country TEXT NOT NULL,
  escort_duty_days    INTEGER NOT NULL CHECK (escort_duty_days BETWEEN 1 AND 7),
  carrier             TEXT,
  flight_number       TEXT,
  seats               INTEGER CHECK (seats >= 0),
  operation           TEXT,
  allotment           INTEGER CHECK (allotment >= 0),
  escorts_included    INTEGER CHECK (escorts_included IN (0, 1)),
  PRIMARY KEY (scenario_id, id),
  FOREIGN KEY (scenario_id, departure_airport) REFERENCES airports (scenario_id, code) ON DELETE CASCADE,
  FOREIGN KEY (scenario_id, arrival_airport) REFERENCES airports (scenario_id, code) ON DELETE CASCADE,
  FOREIGN KEY (scenario_id, carrier) REFERENCES carriers (scenario_id, code) ON DELETE CASCADE,
  CHECK ((kind = 'scheduled') = (carrier IS NOT NULL AND flight_number IS NOT NULL AND seats IS NOT NULL)),
  CHECK ((kind = 'charter') = (operation IS NOT NULL AND allotment IS NOT NULL AND escorts_included IS NOT NULL))
);

-- Transit airports need not be among the scenario's sites, so no foreign key on `airport`.
CREATE TABLE flight_transits (
  scenario_id TEXT NOT NULL,
  flight_id   TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  airport     TEXT NOT NULL,
  country     TEXT NOT NULL,
  arrival     TEXT NOT NULL,
  departure   TEXT NOT NULL CHECK (arrival < departure),
  PRIMARY KEY (scenario_id, flight_id, ordinal),
  FOREIGN KEY (scenario_id, flight_id) REFERENCES flights (scenario_id, id) ON DELETE CASCADE
);

-- A case's nested records that are read whole (procedures, transfer claim, travel document) are JSON;
-- what is joined or filtered on (location, detention centre, regime, escort need) is columns.
CREATE TABLE cases (
  scenario_id                 TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  id                          TEXT NOT NULL,
  ordinal                     INTEGER NOT NULL,
  version                     INTEGER NOT NULL CHECK (version >= 1),
  regime                      TEXT NOT NULL CHECK (regime IN ('dublin-iii', 'ammr', 'national')),
  destination_country         TEXT NOT NULL,
  location_kind               TEXT NOT NULL CHECK (location_kind IN ('coa', 'detention', 'other', 'unknown')),
  location_coa_location_id    TEXT,
  location_centre_id          TEXT,
  location_police_region_id   TEXT,
  location_description        TEXT,
  location_since              TEXT,
  procedures                  TEXT NOT NULL CHECK (json_valid(procedures)),
  non_refoulement_bar         INTEGER NOT NULL CHECK (non_refoulement_bar IN (0, 1)),
  return_decision_enforceable INTEGER NOT NULL CHECK (return_decision_enforceable IN (0, 1)),
  medical_fit_to_travel       TEXT NOT NULL CHECK (medical_fit_to_travel IN ('fit', 'unfit', 'unknown')),
  medical_assessed_on         TEXT,
  transfer_claim              TEXT CHECK (json_valid(transfer_claim)),
  detention_ground            TEXT CHECK (detention_ground IN ('return', 'dublin-iii', 'ammr')),
  detention_started_on        TEXT,
  detention_centre_id         TEXT,
  detention_wing              TEXT CHECK (detention_wing IN ('men', 'women', 'families')),
  detention_prior_days        INTEGER CHECK (detention_prior_days >= 0),
  detention_court_notified_on TEXT,
  travel_document             TEXT NOT NULL CHECK (json_valid(travel_document)),
  escort_kind                 TEXT NOT NULL CHECK (escort_kind IN ('none', 'escorted', 'medical')),
  escort_count                INTEGER CHECK (escort_count BETWEEN 1 AND 40),
  unaccompanied_minor         INTEGER NOT NULL CHECK (unaccompanied_minor IN (0, 1)),
  reception_confirmed         INTEGER NOT NULL CHECK (reception_confirmed IN (0, 1)),
  interpretation_needed       INTEGER NOT NULL CHECK (interpretation_needed IN (0, 1)),
  interpretation_remote       INTEGER NOT NULL CHECK (interpretation_remote IN (0, 1)),
  PRIMARY KEY (scenario_id, id),
  FOREIGN KEY (scenario_id, location_coa_location_id) REFERENCES coa_locations (scenario_id, id) ON DELETE CASCADE,
  FOREIGN KEY (scenario_id, location_centre_id) REFERENCES detention_centres (scenario_id, id) ON DELETE CASCADE,
  FOREIGN KEY (scenario_id, location_police_region_id) REFERENCES police_regions (scenario_id, id) ON DELETE CASCADE,
  FOREIGN KEY (scenario_id, detention_centre_id) REFERENCES detention_centres (scenario_id, id) ON DELETE CASCADE,
  CHECK ((location_kind = 'coa') = (location_coa_location_id IS NOT NULL)),
  CHECK ((location_kind = 'detention') = (location_centre_id IS NOT NULL)),
  CHECK ((location_kind = 'other') = (location_police_region_id IS NOT NULL)),
  CHECK ((location_kind = 'unknown') = (location_since IS NOT NULL)),
  CHECK ((location_kind = 'detention') = (detention_centre_id IS NOT NULL)),
  CHECK ((escort_kind = 'none') = (escort_count IS NULL)),
  CHECK ((regime = 'national') = (transfer_claim IS NULL))
);

-- V-numbers identify a person in the immigration chain: one row per person per scenario.
CREATE TABLE persons (
  scenario_id  TEXT NOT NULL,
  v_number     TEXT NOT NULL CHECK (length(v_number) = 10),
  case_id      TEXT NOT NULL,
  ordinal      INTEGER NOT NULL,
  given_names  TEXT NOT NULL,
  family_name  TEXT NOT NULL,
  sex          TEXT NOT NULL CHECK (sex IN ('M', 'F', 'X')),
  birth_date   TEXT NOT NULL,
  nationality  TEXT NOT NULL,
  languages    TEXT NOT NULL CHECK (json_valid(languages)),
  PRIMARY KEY (scenario_id, v_number),
  UNIQUE (scenario_id, case_id, ordinal),
  FOREIGN KEY (scenario_id, case_id) REFERENCES cases (scenario_id, id) ON DELETE CASCADE
);

CREATE TABLE case_consents (
  scenario_id    TEXT NOT NULL,
  case_id        TEXT NOT NULL,
  ordinal        INTEGER NOT NULL,
  requirement_id TEXT NOT NULL,
  answer         TEXT NOT NULL CHECK (answer IN ('given', 'refused', 'unknown')),
  PRIMARY KEY (scenario_id, case_id, ordinal),
  FOREIGN KEY (scenario_id, case_id) REFERENCES cases (scenario_id, id) ON DELETE CASCADE,
  FOREIGN KEY (scenario_id, requirement_id) REFERENCES entry_requirements (scenario_id, id) ON DELETE CASCADE
);

-- Pinned decisions of a published plan. Only the case and flight are references a scenario
-- guarantees (scenario-references.ts); the other ids are checked by the planner against availability.
CREATE TABLE pinned_intakes (
  scenario_id       TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  ordinal           INTEGER NOT NULL,
  case_id           TEXT NOT NULL,
  date              TEXT NOT NULL,
  part              TEXT NOT NULL CHECK (part IN ('morning', 'afternoon')),
  pickup_region_id  TEXT NOT NULL,
  hearing_region_id TEXT NOT NULL,
  centre_id         TEXT NOT NULL,
  wing              TEXT NOT NULL CHECK (wing IN ('men', 'women', 'families')),
  police_team_id    TEXT NOT NULL,
  lawyer_id         TEXT NOT NULL,
  interpreter_id    TEXT,
  coa_staff_id      TEXT,
  dtv_officer_id    TEXT NOT NULL,
  transport_id      TEXT NOT NULL,
  PRIMARY KEY (scenario_id, ordinal),
  FOREIGN KEY (scenario_id, case_id) REFERENCES cases (scenario_id, id) ON DELETE CASCADE
);

CREATE TABLE pinned_departures (
  scenario_id  TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,
  case_id      TEXT NOT NULL,
  flight_id    TEXT NOT NULL,
  escorts      INTEGER NOT NULL CHECK (escorts >= 0),
  transport_id TEXT NOT NULL,
  PRIMARY KEY (scenario_id, ordinal),
  FOREIGN KEY (scenario_id, case_id) REFERENCES cases (scenario_id, id) ON DELETE CASCADE,
  FOREIGN KEY (scenario_id, flight_id) REFERENCES flights (scenario_id, id) ON DELETE CASCADE
);

CREATE INDEX persons_by_case ON persons (scenario_id, case_id, ordinal);
CREATE INDEX availability_by_region ON availability (scenario_id, police_region_id);
CREATE INDEX cases_by_centre ON cases (scenario_id, detention_centre_id);
CREATE INDEX flights_by_departure ON flights (scenario_id, departure);
