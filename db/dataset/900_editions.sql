-- Every fact row belongs to the edition of its source that the dataset was taken from:
-- each source has one edition here (010_sources.sql), so the row's source names it.
UPDATE maturity_position SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = maturity_position.source_id) WHERE edition_id IS NULL;
UPDATE funding_total SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = funding_total.source_id) WHERE edition_id IS NULL;
UPDATE funding_company SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = funding_company.source_id) WHERE edition_id IS NULL;
UPDATE model SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = model.source_id) WHERE edition_id IS NULL;
UPDATE leaderboard SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = leaderboard.source_id) WHERE edition_id IS NULL;
UPDATE leaderboard_entry SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = leaderboard_entry.source_id) WHERE edition_id IS NULL;
UPDATE training_run SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = training_run.source_id) WHERE edition_id IS NULL;
UPDATE policy SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = policy.source_id) WHERE edition_id IS NULL;
UPDATE price_cut SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = price_cut.source_id) WHERE edition_id IS NULL;
UPDATE event SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = event.source_id) WHERE edition_id IS NULL;
UPDATE survey_stat SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = survey_stat.source_id) WHERE edition_id IS NULL;
UPDATE key_figure SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = key_figure.source_id) WHERE edition_id IS NULL;
UPDATE trend SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = trend.source_id) WHERE edition_id IS NULL;
UPDATE statement SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = statement.source_id) WHERE edition_id IS NULL;
UPDATE report_chart SET edition_id = (SELECT e.id FROM edition e WHERE e.source_id = report_chart.source_id) WHERE edition_id IS NULL;
