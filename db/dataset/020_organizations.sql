-- Organizations named by the two reports: one row per distinct organization, the name as
-- the report writes it. Subsidiaries and business units the reports name separately stay
-- separate rows (阿里巴巴 / 阿里云, 腾讯 / 腾讯云, 百度 / 百度智能云). Names that differ only in how the two reports
-- write the same organization are also kept apart, because the app keys on the written name:
--   智谱AI      (InfoQ funding table; also the destination of 顾晓韬)
--   清华&智谱AI  (blue book, SuperClue table: the GLM-4 entry, Tsinghua University together
--                with Zhipu AI)  -- see db/README.md, "Organization links".
-- name_en only where the English name is well known (never a translation or romanisation
-- of our own: 光年之外 and 滴滴沃芽科技 have none). kind is NULL where it would be a guess:
-- 清华&智谱AI is a university and a company written as one. country is left NULL: neither
-- report states it, and the app does not need it.
-- INSERT OR IGNORE: 060_leaderboards.sql inserts the SuperClue organizations the same way.
INSERT OR IGNORE INTO organization (name, name_en, kind) VALUES
 -- SuperClue (blue book); same values as 060_leaderboards.sql
 ('OpenAI', 'OpenAI', 'company'),
 ('Anthropic', 'Anthropic', 'company'),
 ('百川智能', 'Baichuan AI', 'company'),
 ('清华&智谱AI', 'Tsinghua University & Zhipu AI', NULL),
 ('阿里巴巴', 'Alibaba', 'company'),
 ('腾讯', 'Tencent', 'company'),
 ('百度', 'Baidu', 'company'),
 ('月之暗面', 'Moonshot AI', 'company'),
 -- InfoQ: 2023 AI funding TOP10
 ('智谱AI', 'Zhipu AI', 'company'),
 ('光年之外', NULL, 'company'),
 ('燧原科技', 'Enflame Technology', 'company'),
 ('Minimax', 'MiniMax', 'company'),
 ('速腾聚创', 'RoboSense', 'company'),
 ('滴滴沃芽科技', NULL, 'company'),
 ('达闼科技', 'CloudMinds', 'company'),
 ('纽劭科技', 'Nullmax', 'company'),
 ('小马智行', 'Pony.ai', 'company'),
 -- InfoQ: 2023 hot news
 ('Apache基金会', 'Apache Software Foundation', 'community'),
 ('谷歌', 'Google', 'company'),
 ('微软', 'Microsoft', 'company'),
 ('GitHub', 'GitHub', 'company'),
 ('蚂蚁集团', 'Ant Group', 'company'),
 ('度小满', 'Du Xiaoman Financial', 'company'),
 ('京东健康', 'JD Health', 'company'),
 -- InfoQ: cloud (IPv4 charging, price cuts, MaaS)
 ('AWS', 'Amazon Web Services', 'company'),
 ('Google Cloud Platform', 'Google Cloud Platform', 'company'),
 ('阿里云', 'Alibaba Cloud', 'company'),
 ('腾讯云', 'Tencent Cloud', 'company'),
 ('移动云', 'China Mobile Cloud (ecloud)', 'company'),
 ('京东云', 'JD Cloud', 'company'),
 ('百度智能云', 'Baidu AI Cloud', 'company'),
 -- InfoQ: tech-leader moves (destinations)
 ('英伟达', 'NVIDIA', 'company'),
 -- InfoQ: device AI
 ('华为', 'Huawei', 'company'),
 ('小米', 'Xiaomi', 'company'),
 ('OPPO', 'OPPO', 'company'),
 ('联想', 'Lenovo', 'company'),
 ('三星', 'Samsung', 'company'),
 ('vivo', 'vivo', 'company'),
 ('魅族', 'Meizu', 'company'),
 -- InfoQ: industrial large models (2023)
 ('中工互联', NULL, 'company'),
 ('海尔卡奥斯', 'Haier COSMOPlat', 'company'),
 ('创新奇智', 'AInnovation', 'company'),
 ('羚羊工业互联网', NULL, 'company'),
 ('思谋科技', 'SmartMore', 'company'),
 ('中国电信', 'China Telecom', 'company'),
 -- InfoQ: government bodies and groups named as actors
 ('国家数据局', 'National Data Administration', 'government'),
 ('财政部', 'Ministry of Finance', 'government'),
 ('6G推进组', 'IMT-2030 (6G) Promotion Group', 'other'),
 -- Blue book
 ('科大讯飞', 'iFLYTEK', 'company');
-- Named without a fact row of their own (so no organization row): 商汤科技 (its 20+ AIGC
-- investments are a key_figure, subject text), 字节跳动, 红杉资本 (source of a key_figure).
-- 百度智能云 has no fact row either; it is kept because it is named as the maker of the
-- 千帆大模型平台 (MaaS event summary) and 025_organization_groups.sql links it to 百度.
