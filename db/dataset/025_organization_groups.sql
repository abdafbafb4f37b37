-- Organization groups (schema 003): which written names link to which organization. These
-- are links between rows the reports name, not figures; see 003_organization_groups.sql.
WITH link(child, parent) AS (VALUES
 ('清华&智谱AI', '智谱AI'),   -- GLM-4 in SuperClue; 智谱AI in InfoQ's funding TOP10
 ('阿里云', '阿里巴巴'),
 ('腾讯云', '腾讯'),
 ('百度智能云', '百度'))
UPDATE organization
SET parent_id = (SELECT p.id FROM organization p JOIN link ON link.parent = p.name
                 WHERE link.child = organization.name)
WHERE name IN (SELECT child FROM link)
  AND EXISTS (SELECT 1 FROM organization p JOIN link ON link.parent = p.name
              WHERE link.child = organization.name);
