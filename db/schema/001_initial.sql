-- TrendScope schema, version 1.
--
-- Conventions
--   * Dates are ISO-8601 text whose length is their precision:
--     'YYYY' (year), 'YYYY-MM' (month) or 'YYYY-MM-DD' (day). A month-only date is
--     never padded with an invented day.
--   * Money is in yuan (REAL). 亿元 is a display unit derived from it.
--   * Percentages are numbers 0-100. Counts are integers.
--   * A value the reports do not state is NULL ("not stated" in the UI).
--   * Every fact row carries provenance: source_id, section (section / figure /
--     table title as the report writes it), status ('stated', 'derived' with the
--     formula, or 'editor' once changed in the app), and quote: the words of the
--     report the row was taken from, verbatim.

CREATE TABLE source (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    title     TEXT NOT NULL,
    title_en  TEXT,
    publisher TEXT NOT NULL,
    published TEXT,
    file      TEXT NOT NULL
);

CREATE TABLE organization (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    name_en  TEXT,
    kind     TEXT CHECK (kind IN ('company', 'government', 'research', 'community', 'investor', 'other')),
    country  TEXT
);

CREATE TABLE technology (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    name_en  TEXT,
    domain   TEXT
);

CREATE TABLE maturity_stage (
    name     TEXT PRIMARY KEY,
    name_en  TEXT NOT NULL,
    ordinal  INTEGER NOT NULL UNIQUE
);

CREATE TABLE maturity_position (
    id            INTEGER PRIMARY KEY,
    technology_id INTEGER NOT NULL REFERENCES technology(id),
    curve_year    INTEGER NOT NULL,
    stage         TEXT NOT NULL REFERENCES maturity_stage(name),
    is_new        INTEGER NOT NULL DEFAULT 0 CHECK (is_new IN (0, 1)),
    source_id     INTEGER NOT NULL REFERENCES source(id),
    section       TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula       TEXT,
    quote         TEXT,
    note          TEXT,
    UNIQUE (technology_id, curve_year)
);

CREATE TABLE funding_total (
    id            INTEGER PRIMARY KEY,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL,
    domain        TEXT NOT NULL,
    parent_domain TEXT,
    amount_yuan   REAL,
    events        INTEGER,
    share_percent REAL,
    share_of      TEXT,
    source_id     INTEGER NOT NULL REFERENCES source(id),
    section       TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula       TEXT,
    quote         TEXT,
    note          TEXT
);

CREATE TABLE funding_company (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id),
    period          TEXT NOT NULL,
    list_rank       INTEGER,
    founded         TEXT,
    hq              TEXT,
    direction       TEXT,
    round           TEXT,
    amount_yuan     REAL,
    amount_text     TEXT,
    source_id       INTEGER NOT NULL REFERENCES source(id),
    section         TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula         TEXT,
    quote           TEXT,
    note            TEXT
);

CREATE TABLE model (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    name_en         TEXT,
    organization_id INTEGER REFERENCES organization(id),
    kind            TEXT CHECK (kind IN ('general', 'industry', 'multimodal', 'code', 'other')),
    released        TEXT,
    source_id       INTEGER NOT NULL REFERENCES source(id),
    section         TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula         TEXT,
    quote           TEXT,
    note            TEXT
);

CREATE TABLE leaderboard (
    id          INTEGER PRIMARY KEY,
    benchmark   TEXT NOT NULL,
    snapshot    TEXT NOT NULL,
    metric      TEXT NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES source(id),
    section     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula     TEXT,
    quote       TEXT,
    note        TEXT,
    UNIQUE (benchmark, snapshot)
);

-- Rank is not stored: it is derived from score within a snapshot when queried.
CREATE TABLE leaderboard_entry (
    id             INTEGER PRIMARY KEY,
    leaderboard_id INTEGER NOT NULL REFERENCES leaderboard(id) ON DELETE CASCADE,
    model_id       INTEGER NOT NULL REFERENCES model(id),
    score          REAL,
    source_id      INTEGER NOT NULL REFERENCES source(id),
    section        TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula        TEXT,
    quote          TEXT,
    note           TEXT,
    UNIQUE (leaderboard_id, model_id)
);

CREATE TABLE training_run (
    id         INTEGER PRIMARY KEY,
    model_id   INTEGER NOT NULL REFERENCES model(id),
    parameters REAL,
    tokens     REAL,
    days       REAL,
    gpus       INTEGER,
    gpu_type   TEXT,
    source_id  INTEGER NOT NULL REFERENCES source(id),
    section    TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula    TEXT,
    quote      TEXT,
    note       TEXT
);

CREATE TABLE policy (
    id          INTEGER PRIMARY KEY,
    date        TEXT,
    title       TEXT NOT NULL,
    issuer      TEXT,
    region      TEXT,
    category    TEXT,
    summary     TEXT,
    source_id   INTEGER NOT NULL REFERENCES source(id),
    section     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula     TEXT,
    quote       TEXT,
    note        TEXT
);

CREATE TABLE price_cut (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id),
    announced       TEXT,
    effective       TEXT,
    products        TEXT,
    min_percent     REAL,
    max_percent     REAL,
    source_id       INTEGER NOT NULL REFERENCES source(id),
    section         TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula         TEXT,
    quote           TEXT,
    note            TEXT
);

CREATE TABLE event (
    id              INTEGER PRIMARY KEY,
    date            TEXT,
    title           TEXT NOT NULL,
    category        TEXT NOT NULL,
    organization_id INTEGER REFERENCES organization(id),
    summary         TEXT,
    source_id       INTEGER NOT NULL REFERENCES source(id),
    section         TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula         TEXT,
    quote           TEXT,
    note            TEXT
);

CREATE TABLE survey_stat (
    id          INTEGER PRIMARY KEY,
    survey      TEXT NOT NULL,
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    percent     REAL,
    respondents INTEGER,
    rank        INTEGER,
    source_id   INTEGER NOT NULL REFERENCES source(id),
    section     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula     TEXT,
    quote       TEXT,
    note        TEXT
);

-- Free-standing figures from prose that fit no other table (exchange rates, counts,
-- targets, market sizes). unit says what value measures, e.g. 'yuan', 'count', '%'.
CREATE TABLE key_figure (
    id          INTEGER PRIMARY KEY,
    family      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    metric      TEXT NOT NULL,
    value       REAL,
    unit        TEXT NOT NULL,
    period      TEXT,
    source_id   INTEGER NOT NULL REFERENCES source(id),
    section     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula     TEXT,
    quote       TEXT,
    note        TEXT
);

CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    author      TEXT,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    table_name  TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    column_name TEXT,
    old_value   TEXT,
    new_value   TEXT,
    reason      TEXT
);

CREATE INDEX idx_leaderboard_entry_board ON leaderboard_entry(leaderboard_id);
CREATE INDEX idx_leaderboard_entry_model ON leaderboard_entry(model_id);
CREATE INDEX idx_model_org ON model(organization_id);
CREATE INDEX idx_maturity_position_year ON maturity_position(curve_year);
CREATE INDEX idx_funding_company_org ON funding_company(organization_id);
CREATE INDEX idx_event_date ON event(date);
CREATE INDEX idx_policy_date ON policy(date);
CREATE INDEX idx_change_log_row ON change_log(table_name, row_id);

-- Readable views: names joined in, for export and spreadsheets.
CREATE VIEW v_leaderboard AS
SELECT e.id            AS entry_id,
       l.benchmark     AS benchmark,
       l.snapshot      AS snapshot,
       m.name          AS model,
       o.name          AS organization,
       o.name_en       AS organization_en,
       e.score         AS score,
       RANK() OVER (PARTITION BY e.leaderboard_id ORDER BY e.score DESC) AS rank,
       s.title         AS source,
       e.section       AS section,
       e.status        AS status
FROM leaderboard_entry e
JOIN leaderboard l ON l.id = e.leaderboard_id
JOIN model m ON m.id = e.model_id
LEFT JOIN organization o ON o.id = m.organization_id
JOIN source s ON s.id = e.source_id;
