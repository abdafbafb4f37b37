-- TrendScope schema, version 2: readable views.
--
-- One view per fact table, with names joined in instead of ids (organization, technology,
-- model, source title) and the provenance columns carried along (section, status, formula,
-- quote, note). v_leaderboard is defined in 001_initial.sql. Views only: no table changes.
-- Every view keeps the fact row's id as "id" so a row in a view can be traced back.

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
       p.note          AS note
FROM maturity_position p
JOIN technology t ON t.id = p.technology_id
JOIN maturity_stage st ON st.name = p.stage
JOIN source s ON s.id = p.source_id;

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
       f.note          AS note
FROM funding_total f
JOIN source s ON s.id = f.source_id;

CREATE VIEW v_funding_company AS
SELECT f.id            AS id,
       o.name          AS organization,
       o.name_en       AS organization_en,
       f.period        AS period,
       f.list_rank     AS list_rank,
       f.founded       AS founded,
       f.hq            AS hq,
       f.direction     AS direction,
       f.round         AS round,
       f.amount_yuan   AS amount_yuan,
       f.amount_text   AS amount_text,
       s.title         AS source,
       f.section       AS section,
       f.status        AS status,
       f.formula       AS formula,
       f.quote         AS quote,
       f.note          AS note
FROM funding_company f
JOIN organization o ON o.id = f.organization_id
JOIN source s ON s.id = f.source_id;

CREATE VIEW v_models AS
SELECT m.id            AS id,
       m.name          AS model,
       m.name_en       AS model_en,
       o.name          AS organization,
       o.name_en       AS organization_en,
       m.kind          AS kind,
       m.released      AS released,
       s.title         AS source,
       m.section       AS section,
       m.status        AS status,
       m.formula       AS formula,
       m.quote         AS quote,
       m.note          AS note
FROM model m
LEFT JOIN organization o ON o.id = m.organization_id
JOIN source s ON s.id = m.source_id;

-- compute_flops: training compute by the report's own formula
-- "AI模型训练所需的浮点运算次数 ≈ 6 × 模型参数量 × Token总训练数"; NULL when either is NULL.
CREATE VIEW v_training_runs AS
SELECT r.id            AS id,
       m.name          AS model,
       o.name          AS organization,
       r.parameters    AS parameters,
       r.tokens        AS tokens,
       CASE WHEN r.parameters IS NULL OR r.tokens IS NULL THEN NULL
            ELSE 6.0 * r.parameters * r.tokens END AS compute_flops,
       r.days          AS days,
       r.gpus          AS gpus,
       r.gpu_type      AS gpu_type,
       s.title         AS source,
       r.section       AS section,
       r.status        AS status,
       r.formula       AS formula,
       r.quote         AS quote,
       r.note          AS note
FROM training_run r
JOIN model m ON m.id = r.model_id
LEFT JOIN organization o ON o.id = m.organization_id
JOIN source s ON s.id = r.source_id;

CREATE VIEW v_policies AS
SELECT p.id            AS id,
       p.date          AS date,
       p.title         AS title,
       p.issuer        AS issuer,
       p.region        AS region,
       p.category      AS category,
       p.summary       AS summary,
       s.title         AS source,
       p.section       AS section,
       p.status        AS status,
       p.formula       AS formula,
       p.quote         AS quote,
       p.note          AS note
FROM policy p
JOIN source s ON s.id = p.source_id;

CREATE VIEW v_price_cuts AS
SELECT c.id            AS id,
       o.name          AS vendor,
       o.name_en       AS vendor_en,
       c.announced     AS announced,
       c.effective     AS effective,
       c.products      AS products,
       c.min_percent   AS min_percent,
       c.max_percent   AS max_percent,
       s.title         AS source,
       c.section       AS section,
       c.status        AS status,
       c.formula       AS formula,
       c.quote         AS quote,
       c.note          AS note
FROM price_cut c
JOIN organization o ON o.id = c.organization_id
JOIN source s ON s.id = c.source_id;

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
       e.note          AS note
FROM event e
LEFT JOIN organization o ON o.id = e.organization_id
JOIN source s ON s.id = e.source_id;

CREATE VIEW v_survey AS
SELECT q.id            AS id,
       q.survey        AS survey,
       q.question      AS question,
       q.answer        AS answer,
       q.percent       AS percent,
       q.respondents   AS respondents,
       q.rank          AS rank,
       s.title         AS source,
       q.section       AS section,
       q.status        AS status,
       q.formula       AS formula,
       q.quote         AS quote,
       q.note          AS note
FROM survey_stat q
JOIN source s ON s.id = q.source_id;

CREATE VIEW v_key_figures AS
SELECT k.id            AS id,
       k.family        AS family,
       k.subject       AS subject,
       k.metric        AS metric,
       k.value         AS value,
       k.unit          AS unit,
       k.period        AS period,
       s.title         AS source,
       k.section       AS section,
       k.status        AS status,
       k.formula       AS formula,
       k.quote         AS quote,
       k.note          AS note
FROM key_figure k
JOIN source s ON s.id = k.source_id;
