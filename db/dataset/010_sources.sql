-- The two reports every fact comes from (files in shared/seeds/).
-- The InfoQ text has no title line and no date: its title is the dataset's own name for it
-- (marked in inferred) and its publication date is not stated. The blue book names itself
-- 2024年蓝皮书; its English title is the dataset's translation.
INSERT INTO source (id, code, title, title_en, publisher, published, file, inferred) VALUES
 (1, 'infoq-2023', '中国技术趋势：2023年回顾与2024年展望', 'China technology trends: 2023 review and 2024 outlook',
     'InfoQ研究中心', NULL, 'infoq-china-tech-trends-2023-2024.txt',
     'title, title_en: the dataset''s own name for the report (the text has no title line, it reviews 2023 and looks to 2024)'),
 (2, 'bluebook-2024', '2024中国云生态蓝皮书', '2024 China Cloud Ecosystem Blue Book',
     '中关村云计算产业联盟、汉能投资集团', '2024', 'china-cloud-ecosystem-bluebook-2024.txt',
     'title, title_en: the dataset''s name from the text''s 2024年蓝皮书 and 《中国云生态蓝皮书》, title_en its translation');

-- One edition of each: the issue the dataset's facts come from (schema 5). The InfoQ text
-- has no title line or date, so its edition's title and publication date stay not stated;
-- the blue book's 前言 calls this issue 2024年蓝皮书 and dates the series to 2022.
-- db/schema/005_editions.sql gives an older file's shipped sources these same rows.
INSERT INTO edition (id, source_id, label, title, publisher, published, period_start, period_end, quote, note) VALUES
 (1, 1, '2023–2024', NULL, 'InfoQ研究中心', NULL, '2023', '2024',
     '深入回顾2023年技术市场的重大进展和演进，并以此为基础，探究2024年技术发展的未来方向',
     'The text states neither a title nor a publication date; the period is the review of 2023 and the outlook on 2024 its 前言 names.'),
 (2, 2, '2024', '2024年蓝皮书', '中关村云计算产业联盟、汉能投资集团', '2024', NULL, NULL,
     '2024年蓝皮书结合当下国内外数字经济发展的现状',
     'The series began in 2022 (自2022年…共同推出《中国云生态蓝皮书》); that edition''s facts are not in the dataset.');
