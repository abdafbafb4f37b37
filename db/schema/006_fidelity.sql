-- Schema version 6: the reports' own words beside the dataset's values, what the dataset
-- inferred, the forecasts, the statements that carry no number, and the charts that exist
-- only as images.
--
-- as_written  the report's words for a value the row normalises: a period "2023年", a date
--             "2020年之后", a move "2023年进入准成熟阶段". Shown beside the normalised value.
-- inferred    the fields of the row the report does not state and the dataset filled in,
--             each with where from: "period_start, period_end: the chart titles say
--             2023年1月-11月; the sentence says 2023年". An English name that is the dataset's
--             own and not the report's is listed here too. Views mark such fields.
ALTER TABLE maturity_position ADD COLUMN as_written TEXT;
ALTER TABLE funding_total ADD COLUMN as_written TEXT;
ALTER TABLE funding_company ADD COLUMN as_written TEXT;
ALTER TABLE model ADD COLUMN as_written TEXT;
ALTER TABLE leaderboard ADD COLUMN as_written TEXT;
ALTER TABLE leaderboard_entry ADD COLUMN as_written TEXT;
ALTER TABLE training_run ADD COLUMN as_written TEXT;
ALTER TABLE policy ADD COLUMN as_written TEXT;
ALTER TABLE price_cut ADD COLUMN as_written TEXT;
ALTER TABLE event ADD COLUMN as_written TEXT;
ALTER TABLE survey_stat ADD COLUMN as_written TEXT;
ALTER TABLE key_figure ADD COLUMN as_written TEXT;

ALTER TABLE maturity_position ADD COLUMN inferred TEXT;
ALTER TABLE funding_total ADD COLUMN inferred TEXT;
ALTER TABLE funding_company ADD COLUMN inferred TEXT;
ALTER TABLE model ADD COLUMN inferred TEXT;
ALTER TABLE leaderboard ADD COLUMN inferred TEXT;
ALTER TABLE leaderboard_entry ADD COLUMN inferred TEXT;
ALTER TABLE training_run ADD COLUMN inferred TEXT;
ALTER TABLE policy ADD COLUMN inferred TEXT;
ALTER TABLE price_cut ADD COLUMN inferred TEXT;
ALTER TABLE event ADD COLUMN inferred TEXT;
ALTER TABLE survey_stat ADD COLUMN inferred TEXT;
ALTER TABLE key_figure ADD COLUMN inferred TEXT;
ALTER TABLE source ADD COLUMN inferred TEXT;
ALTER TABLE organization ADD COLUMN inferred TEXT;
ALTER TABLE technology ADD COLUMN inferred TEXT;
ALTER TABLE maturity_stage ADD COLUMN inferred TEXT;

-- A forecast a report numbers among its trends: the blue book's eight (云生态发展趋势概述)
-- and InfoQ's ten for 2024. number = the report's own number; title = its heading as
-- written; words = the report's sentence(s) for it, verbatim; horizon = the year the
-- forecast looks to when the report says so (NULL otherwise).
CREATE TABLE trend (
    id         INTEGER PRIMARY KEY,
    number     INTEGER NOT NULL CHECK (number >= 1),
    title      TEXT NOT NULL,
    words      TEXT,
    horizon    TEXT,
    source_id  INTEGER NOT NULL REFERENCES source(id),
    edition_id INTEGER REFERENCES edition(id),
    section    TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula    TEXT,
    quote      TEXT,
    note       TEXT,
    as_written TEXT,
    inferred   TEXT,
    UNIQUE (edition_id, number)
);

-- What a report states without a number: where its data comes from, how it was made, a
-- formula, a taxonomy, a list of obstacles or questions, a ranking in words. topic groups
-- them (db/README.md lists the topics); subject is what the statement is about, in the
-- report's words; ordinal its place in a list the report orders; words the statement
-- verbatim.
CREATE TABLE statement (
    id         INTEGER PRIMARY KEY,
    topic      TEXT NOT NULL,
    subject    TEXT NOT NULL,
    ordinal    INTEGER,
    words      TEXT NOT NULL,
    source_id  INTEGER NOT NULL REFERENCES source(id),
    edition_id INTEGER REFERENCES edition(id),
    section    TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula    TEXT,
    quote      TEXT,
    note       TEXT,
    as_written TEXT,
    inferred   TEXT
);
CREATE INDEX idx_statement_topic ON statement(topic);

-- A chart of a report whose values are not in the text (an image in the original): its
-- title as written, what it measures as the text says, and its 数据来源 line. A user sees
-- that the report has a chart there; an editor sees what could be filled in. No values.
CREATE TABLE report_chart (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    measures    TEXT,
    data_source TEXT,
    source_id   INTEGER NOT NULL REFERENCES source(id),
    edition_id  INTEGER REFERENCES edition(id),
    section     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'stated' CHECK (status IN ('stated', 'derived', 'editor')),
    formula     TEXT,
    quote       TEXT,
    note        TEXT,
    as_written  TEXT,
    inferred    TEXT
);

-- A file made by an older build keeps the blue book's trends as events of category
-- 'trend': they move to trend, same words, same provenance.
INSERT INTO trend (number, title, words, horizon, source_id, edition_id, section, status,
                   formula, quote, note)
SELECT CAST(substr(e.quote, 1, instr(e.quote, '.') - 1) AS INTEGER), e.title, e.summary, NULL,
       e.source_id, e.edition_id, e.section, e.status, e.formula, e.quote, e.note
FROM event e
WHERE e.category = 'trend' AND instr(e.quote, '.') > 1
  AND CAST(substr(e.quote, 1, instr(e.quote, '.') - 1) AS INTEGER) >= 1;
DELETE FROM event
WHERE category = 'trend' AND id IN (SELECT e.id FROM event e JOIN trend t ON t.quote = e.quote);

-- A file made by an older build: the shipped rows it still holds as shipped (same quote) get
-- the report's words and what was inferred; the InfoQ report's publication date, which the
-- text does not state, and the technologies' domains, which it does not name, are cleared.
-- An English name keeps no marker here: an editor may have written it (the dataset marks
-- its own in db/dataset/910_dataset_names.sql).
UPDATE maturity_position SET as_written = '2023年进入准成熟阶段',
       inferred = 'curve_year: the curve of the section it is stated under (2024年中国技术成熟度评估曲线), while the text dates the move 2023年'
 WHERE curve_year = 2024 AND quote = '**数字孪生**处于早期推广技术，2023年进入准成熟阶段';
UPDATE funding_total SET as_written = '2023年',
       inferred = 'period_start, period_end: the charts on the page are titled 2023年1月-11月, while the sentence says 2023年'
 WHERE period_start = '2023-01' AND quote = '2023年技术领域融资事件共432起，共融资409.5亿人民币。';
UPDATE event SET as_written = '2020年之后',
       inferred = 'date: the year 2020年之后 starts from, the report gives no date'
 WHERE date = '2020' AND quote = '云厂商在2020年之后，便陆续开始以机器学习平台的形式，加大云计算资源与AI的联系';
UPDATE source SET published = NULL,
       inferred = 'title, title_en: the dataset''s own name for the report (the text has no title line, it reviews 2023 and looks to 2024)'
 WHERE code = 'infoq-2023' AND published = '2024';
UPDATE technology SET domain = NULL
 WHERE (name, domain) IN (VALUES ('6G', '通信'), ('数字孪生', '人工智能'), ('多模态生成', '人工智能'),
                                ('文本生成图像', '人工智能'));

-- Readable views: derived columns say so with their formula; as written and inferred are
-- carried where the dataset has them.
DROP VIEW v_leaderboard;
CREATE VIEW v_leaderboard AS
SELECT e.id            AS entry_id,
       l.benchmark     AS benchmark,
       l.snapshot      AS snapshot,
       m.name          AS model,
       o.name          AS organization,
       o.name_en       AS organization_en,
       e.score         AS score,
       RANK() OVER (PARTITION BY e.leaderboard_id ORDER BY e.score DESC) AS rank,
       'rank: derived, RANK() by score within the snapshot' AS derived,
       s.title         AS source,
       e.section       AS section,
       e.status        AS status
FROM leaderboard_entry e
JOIN leaderboard l ON l.id = e.leaderboard_id
JOIN model m ON m.id = e.model_id
LEFT JOIN organization o ON o.id = m.organization_id
JOIN source s ON s.id = e.source_id;

DROP VIEW v_training_runs;
CREATE VIEW v_training_runs AS
SELECT r.id            AS id,
       m.name          AS model,
       o.name          AS organization,
       r.parameters    AS parameters,
       r.tokens        AS tokens,
       CASE WHEN r.parameters IS NULL OR r.tokens IS NULL THEN NULL
            ELSE 6.0 * r.parameters * r.tokens END AS compute_flops,
       CASE WHEN r.parameters IS NULL OR r.tokens IS NULL THEN NULL
            ELSE 'compute_flops: derived, 6 × parameters × tokens (the report''s formula)' END AS derived,
       r.days          AS days,
       r.gpus          AS gpus,
       r.gpu_type      AS gpu_type,
       s.title         AS source,
       r.section       AS section,
       r.status        AS status,
       r.formula       AS formula,
       r.quote         AS quote,
       r.note          AS note,
       r.as_written    AS as_written,
       r.inferred      AS inferred
FROM training_run r
JOIN model m ON m.id = r.model_id
LEFT JOIN organization o ON o.id = m.organization_id
JOIN source s ON s.id = r.source_id;

DROP VIEW v_maturity;
CREATE VIEW v_maturity AS
SELECT p.id            AS id,
       t.name          AS technology,
       t.name_en       AS technology_en,
       t.domain        AS domain,
       p.curve_year    AS curve_year,
       p.stage         AS stage,
       st.name_en      AS stage_en,
       st.ordinal      AS stage_ordinal,
       p.is_new        AS is_new,
       s.title         AS source,
       p.section       AS section,
       p.status        AS status,
       p.formula       AS formula,
       p.quote         AS quote,
       p.note          AS note,
       p.as_written    AS as_written,
       p.inferred      AS inferred,
       t.inferred      AS technology_inferred
FROM maturity_position p
JOIN technology t ON t.id = p.technology_id
JOIN maturity_stage st ON st.name = p.stage
JOIN source s ON s.id = p.source_id;

DROP VIEW v_funding_total;
CREATE VIEW v_funding_total AS
SELECT f.id            AS id,
       f.period_start  AS period_start,
       f.period_end    AS period_end,
       f.domain        AS domain,
       f.parent_domain AS parent_domain,
       f.amount_yuan   AS amount_yuan,
       f.events        AS events,
       f.share_percent AS share_percent,
       f.share_of      AS share_of,
       s.title         AS source,
       f.section       AS section,
       f.status        AS status,
       f.formula       AS formula,
       f.quote         AS quote,
       f.note          AS note,
       f.as_written    AS as_written,
       f.inferred      AS inferred
FROM funding_total f
JOIN source s ON s.id = f.source_id;

DROP VIEW v_events;
CREATE VIEW v_events AS
SELECT e.id            AS id,
       e.date          AS date,
       e.title         AS title,
       e.category      AS category,
       o.name          AS organization,
       o.name_en       AS organization_en,
       e.summary       AS summary,
       s.title         AS source,
       e.section       AS section,
       e.status        AS status,
       e.formula       AS formula,
       e.quote         AS quote,
       e.note          AS note,
       e.as_written    AS as_written,
       e.inferred      AS inferred
FROM event e
LEFT JOIN organization o ON o.id = e.organization_id
JOIN source s ON s.id = e.source_id;

CREATE VIEW v_trends AS
SELECT t.id            AS id,
       ed.label        AS edition,
       t.number        AS number,
       t.title         AS title,
       t.words         AS words,
       t.horizon       AS horizon,
       s.title         AS source,
       t.section       AS section,
       t.status        AS status,
       t.quote         AS quote,
       t.note          AS note,
       t.inferred      AS inferred
FROM trend t
JOIN source s ON s.id = t.source_id
LEFT JOIN edition ed ON ed.id = t.edition_id;

CREATE VIEW v_statements AS
SELECT st.id           AS id,
       st.topic        AS topic,
       st.subject      AS subject,
       st.ordinal      AS ordinal,
       st.words        AS words,
       s.title         AS source,
       st.section      AS section,
       st.status       AS status,
       st.quote        AS quote,
       st.note         AS note
FROM statement st
JOIN source s ON s.id = st.source_id;

CREATE VIEW v_report_charts AS
SELECT c.id            AS id,
       c.title         AS title,
       c.measures      AS measures,
       c.data_source   AS data_source,
       'values not in the text' AS "values",
       s.title         AS source,
       c.section       AS section,
       c.note          AS note
FROM report_chart c
JOIN source s ON s.id = c.source_id;
