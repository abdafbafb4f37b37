-- Schema version 5: editions.
-- A source is a report series (InfoQ's yearly trends review, the 中国云生态蓝皮书 published
-- since 2022); an edition is one issue of it: its title as written, publisher, publication
-- date and the period it covers. Every fact row belongs to one edition of its own source
-- (edition_id; `trendscope check` requires it and requires the edition's source to be the
-- row's source), so two editions can be put side by side and "what changed" between them
-- is a query. Leaderboard snapshots and curve years stay as they are; a snapshot links to
-- the edition that published it through its own edition_id.
--
-- edition_id is added with ALTER TABLE, which cannot add NOT NULL without a default: the
-- rule lives in the editing rules and the checker instead.
CREATE TABLE edition (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES source(id),
    label        TEXT NOT NULL,
    title        TEXT,
    publisher    TEXT,
    published    TEXT,
    period_start TEXT,
    period_end   TEXT,
    quote        TEXT,
    note         TEXT,
    UNIQUE (source_id, label)
);
CREATE INDEX idx_edition_source ON edition(source_id);

ALTER TABLE maturity_position ADD COLUMN edition_id INTEGER REFERENCES edition(id);
ALTER TABLE funding_total ADD COLUMN edition_id INTEGER REFERENCES edition(id);
ALTER TABLE funding_company ADD COLUMN edition_id INTEGER REFERENCES edition(id);
ALTER TABLE model ADD COLUMN edition_id INTEGER REFERENCES edition(id);
ALTER TABLE leaderboard ADD COLUMN edition_id INTEGER REFERENCES edition(id);
ALTER TABLE leaderboard_entry ADD COLUMN edition_id INTEGER REFERENCES edition(id);
ALTER TABLE training_run ADD COLUMN edition_id INTEGER REFERENCES edition(id);
ALTER TABLE policy ADD COLUMN edition_id INTEGER REFERENCES edition(id);
ALTER TABLE price_cut ADD COLUMN edition_id INTEGER REFERENCES edition(id);
ALTER TABLE event ADD COLUMN edition_id INTEGER REFERENCES edition(id);
ALTER TABLE survey_stat ADD COLUMN edition_id INTEGER REFERENCES edition(id);
ALTER TABLE key_figure ADD COLUMN edition_id INTEGER REFERENCES edition(id);

-- A file made by an older build: each of its sources becomes one edition (labelled by its
-- publication year, else its code) and every fact row joins its source's edition. On a
-- new file these tables are empty here; the dataset states its editions itself.
INSERT INTO edition (id, source_id, label, title, publisher, published)
SELECT id, id, coalesce(published, code), title, publisher, published FROM source;

UPDATE maturity_position SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = maturity_position.source_id);
UPDATE funding_total SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = funding_total.source_id);
UPDATE funding_company SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = funding_company.source_id);
UPDATE model SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = model.source_id);
UPDATE leaderboard SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = leaderboard.source_id);
UPDATE leaderboard_entry SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = leaderboard_entry.source_id);
UPDATE training_run SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = training_run.source_id);
UPDATE policy SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = policy.source_id);
UPDATE price_cut SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = price_cut.source_id);
UPDATE event SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = event.source_id);
UPDATE survey_stat SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = survey_stat.source_id);
UPDATE key_figure SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = key_figure.source_id);

-- The shipped sources get the shipped editions, word for word (db/dataset/010_sources.sql).
UPDATE edition SET label = '2023–2024', title = NULL, publisher = 'InfoQ研究中心', published = NULL,
       period_start = '2023', period_end = '2024',
       quote = '深入回顾2023年技术市场的重大进展和演进，并以此为基础，探究2024年技术发展的未来方向',
       note = 'The text states neither a title nor a publication date; the period is the review of 2023 and the outlook on 2024 its 前言 names.'
 WHERE source_id = (SELECT id FROM source WHERE code = 'infoq-2023');
UPDATE edition SET label = '2024', title = '2024年蓝皮书', publisher = '中关村云计算产业联盟、汉能投资集团',
       published = '2024', period_start = NULL, period_end = NULL,
       quote = '2024年蓝皮书结合当下国内外数字经济发展的现状',
       note = 'The series began in 2022 (自2022年…共同推出《中国云生态蓝皮书》); that edition''s facts are not in the dataset.'
 WHERE source_id = (SELECT id FROM source WHERE code = 'bluebook-2024');

CREATE INDEX idx_maturity_position_edition ON maturity_position(edition_id);
CREATE INDEX idx_funding_total_edition ON funding_total(edition_id);
CREATE INDEX idx_funding_company_edition ON funding_company(edition_id);
CREATE INDEX idx_model_edition ON model(edition_id);
CREATE INDEX idx_leaderboard_edition ON leaderboard(edition_id);
CREATE INDEX idx_leaderboard_entry_edition ON leaderboard_entry(edition_id);
CREATE INDEX idx_training_run_edition ON training_run(edition_id);
CREATE INDEX idx_policy_edition ON policy(edition_id);
CREATE INDEX idx_price_cut_edition ON price_cut(edition_id);
CREATE INDEX idx_event_edition ON event(edition_id);
CREATE INDEX idx_survey_stat_edition ON survey_stat(edition_id);
CREATE INDEX idx_key_figure_edition ON key_figure(edition_id);
