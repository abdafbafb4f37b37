-- Schema version 3: organization groups, for linking views.
-- The reports sometimes name one organization in several ways: a business unit (阿里云 of
-- 阿里巴巴) or a joint label (the blue book's 清华&智谱AI for Zhipu AI's GLM-4). Each keeps its
-- own row and written name; parent_id points to the organization it belongs to. Views focus
-- and filter by the group, COALESCE(parent_id, id), so a company's funding, models, price
-- cuts and events light up together.
ALTER TABLE organization ADD COLUMN parent_id INTEGER REFERENCES organization(id);

CREATE VIEW v_organization_group AS
SELECT o.id                 AS organization_id,
       o.name               AS organization,
       COALESCE(p.id, o.id) AS group_id,
       COALESCE(p.name, o.name) AS group_name
FROM organization o
LEFT JOIN organization p ON p.id = o.parent_id;
