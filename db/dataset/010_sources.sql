-- The two reports every fact comes from (files in shared/seeds/).
INSERT INTO source (id, code, title, title_en, publisher, published, file) VALUES
 (1, 'infoq-2023', '中国技术趋势：2023年回顾与2024年展望', 'China technology trends: 2023 review and 2024 outlook',
     'InfoQ研究中心', '2024', 'infoq-china-tech-trends-2023-2024.txt'),
 (2, 'bluebook-2024', '2024中国云生态蓝皮书', '2024 China Cloud Ecosystem Blue Book',
     '中关村云计算产业联盟、汉能投资集团', '2024', 'china-cloud-ecosystem-bluebook-2024.txt');
