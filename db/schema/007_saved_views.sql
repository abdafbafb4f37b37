-- Schema version 7: saved views.
-- A view a user named (File → Save View…): which view, its filters, the focused entity, the
-- editions compared and the export settings, as one JSON object in `settings` (db/state/
-- savedview.h writes and reads it). Kept in the dataset so that saved views travel with the
-- file: a presenter re-exports them headless after the data changed
-- (`trendscope export-chart --saved NAME`). Not facts: no provenance, no edition, not in
-- the audit trail.
CREATE TABLE saved_view (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    view     TEXT NOT NULL,
    settings TEXT NOT NULL,
    saved    TEXT NOT NULL,
    saved_by TEXT
);
