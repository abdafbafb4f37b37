-- Cloud (InfoQ): the 2023 price-cut wave, IPv4 charging, enterprise IT-spend shifts, MaaS.
-- Dates: the price-cut page is titled "成本优化推动2023年云服务降价潮", so 4月26日 etc. are
-- 2023 dates. effective is NULL unless the report gives it (only 腾讯云: 6月1日).
-- min_percent / max_percent: the smallest and largest cut the report states for that
-- announcement; NULL when it states none (京东云's "全网比价" is price matching).

WITH v(org, announced, effective, products, min_percent, max_percent, quote, note) AS (VALUES
 ('阿里云', '2023-04-26', NULL, '核心产品全线（存储产品最高降幅达50%）', 15, 50,
  '4月26日，阿里云在其合作伙伴大会上，宣布核心产品价格全线下调15%至50%，存储产品最高降幅达50%',
  'Announced at its partner conference (合作伙伴大会); called “阿里云史上最大规模降价”. Effective date not stated.'),
 ('腾讯云', '2023-05-16', '2023-06-01', '多款核心云产品', NULL, 40,
  '5月16日，腾讯云宣布对多款核心云产品降价，部分产品线最高降幅达40%，降价政策将在6月1日正式生效',
  '最高降幅达40% for some product lines (部分产品线); the smallest cut is not stated.'),
 ('移动云', '2023-05-16', NULL, '通用入门型云主机、通用网络优化型云主机（降价60%）；云安全中心、云硬盘备份（降价50%）', 50, 60,
  '5月16日，移动云宣布其通用入门型云主机、通用网络优化型云主机均降价60%，云安全中心、云硬盘备份降价50%',
  '60% for the two general-purpose cloud-host types, 50% for 云安全中心 and 云硬盘备份. Effective date not stated.'),
 ('京东云', '2023-05-23', NULL, '全系核心产品：计算、存储、网络、数据库、中间件、安全、视频服务、云电脑', NULL, NULL,
  '5月23日，京东云宣布“全网比价”，比价活动涉及京东云全系核心产品',
  '“全网比价” (price matching against the whole market); no cut percentage stated.'))
INSERT INTO price_cut (organization_id, announced, effective, products, min_percent, max_percent, source_id, section, quote, note)
SELECT o.id, v.announced, v.effective, v.products, v.min_percent, v.max_percent, 1,
       '云计算——成本优化推动2023年云服务降价潮 · 云服务年中出现降价潮', v.quote, v.note
FROM v JOIN organization o ON o.name = v.org;

-- IPv4 charging: one event per vendor the report names (the hot-news headline itself is an
-- event of category hot_news in 100_events.sql).
WITH v(org, title) AS (VALUES
 ('AWS', 'AWS宣布对IPv4收费'),
 ('Google Cloud Platform', 'Google Cloud Platform宣布对IPv4收费'))
INSERT INTO event (date, title, category, organization_id, summary, source_id, section, quote, note)
SELECT '2023', v.title, 'cloud_pricing', o.id,
       '云服务商纷纷宣布对IPv4收费，云服务商自己掏钱购买 IPv4 地址空间的时代即将结束。', 1,
       '2023年技术领域热点新闻：AI、云、稳定与安全仍然是重点 · 多家云服务商对Ipv4进行收费，IT行业遭受冲击',
       'AWS、Google Cloud Platform等云服务商纷纷宣布对IPv4收费',
       'Year from the page title (2023年技术领域热点新闻); month and day not stated.'
FROM v JOIN organization o ON o.name = v.org;

-- MaaS: cloud vendors and AI.
-- The first is dated "2020年之后" (from 2020 on): date holds 2020, where the span starts, and
-- as_written the report's words (schema 6).
INSERT INTO event (date, title, category, organization_id, summary, source_id, section, quote, note,
                   as_written, inferred) VALUES
 ('2020', '云厂商以机器学习平台的形式加大云计算资源与AI的联系', 'cloud', NULL,
  '云厂商在2020年之后，便陆续开始以机器学习平台的形式，加大云计算资源与AI的联系。', 1,
  '云计算——AI浪潮下，云厂商集中探索MaaS模式',
  '云厂商在2020年之后，便陆续开始以机器学习平台的形式，加大云计算资源与AI的联系',
  '"2020年之后": from 2020 on, no exact date.',
  '2020年之后', 'date: the year 2020年之后 starts from, the report gives no date'),
 ('2023', '更多的云厂商开始探索MaaS模式', 'cloud', NULL,
  '2023年，更多的云厂商开始探索MaaS模式；例：百度智能云千帆大模型平台（一站式企业级大模型平台）、火山方舟。', 1,
  '云计算——AI浪潮下，云厂商集中探索MaaS模式',
  '2023年，更多的云厂商开始探索MaaS模式',
  'Examples shown on the page: 百度智能云千帆大模型平台, 火山方舟. Page source: InfoQ研究中心于2023年9月发布的《互联网行业再进化——云上AI时代》.',
  NULL, NULL);

-- Enterprise IT-spend intentions, from "一项用户调研" (a user survey the sentence does not
-- name). The changes are stored as written, in "%": whether they are percentage points or
-- relative changes the report does not say.
WITH v(metric, value, quote) AS (VALUES
 ('认为IT资源投入仍将保持稳定提升的企业比例变化', -8.71,
  '认为公司的IT资源投入仍将保持稳定提升的企业比例下降了8.71%'),
 ('认为IT资源投入会保持不变的企业比例变化', 5.72,
  '认为IT资源投入会保持不变或者会逐步减少投入的企业比例却分别增加了5.72%和5.47%'),
 ('认为IT资源投入会逐步减少的企业比例变化', 5.47,
  '认为IT资源投入会保持不变或者会逐步减少投入的企业比例却分别增加了5.72%和5.47%'))
INSERT INTO key_figure (family, subject, metric, value, unit, qualifier, period, source_id, section, quote, note)
SELECT 'cloud', '企业IT资源投入倾向', v.metric, v.value, '%', 'exact', '2023', 1,
       '云计算——成本优化推动2023年云服务降价潮 · 企业IT投入倾向分布', v.quote,
       'Survey: "一项用户调研", not named in the sentence (the data-source line of the page lists 信通院发起的《中国FinOps现状调查报告（2023）》、新闻报告、公司官网等公开渠道 for the whole page). Unit as written ("%"): percentage points or a relative change, the report does not say. Period 2023 from the section title; the year compared with is not stated. The three shifts do not net to zero (−8.71 + 5.72 + 5.47 = +2.48), so either other answers exist or the figures are relative changes; the report does not say.'
FROM v;
