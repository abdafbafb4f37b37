-- Free-standing figures from prose that fit no other table. Families used in the dataset:
--   methodology          how the reports were made (InfoQ data, blue book research)
--   technology           InfoQ 舆论指数 (public-opinion index) ranks
--   developers           tech-leader moves 2023
--   hot_news             figures inside the 2023 hot-news items
--   digital_twin         digital-twin bid statistics 2023
--   industrial_internet  双跨平台 counts
--   ai_market            AI market economics (blue book, 红杉资本 figures)
--   funding / models / survey / cloud / policy_target / policy: in 040 / 050 / 070 / 090 / 080.
-- A qualified number ("160+", "超过", "上百家", "40余位", "约", "左右") is stored as the stated
-- number with its qualifier (schema 004: plus, more_than, at_least, approximately, ...). Money stated in US dollars stays in USD (unit 'USD'): the blue book
-- states no exchange rate and InfoQ's 7.0366 belongs to another report's method.

WITH v(source_id, family, subject, metric, value, unit, qualifier, period, section, quote, note) AS (VALUES
 -- methodology
 (1, 'methodology', 'InfoQ研究数据', '细分技术领域数', 160, 'count', 'plus', '2023',
  '研究数据说明——数据来源',
  '本次研究通过收集并整理160+细分技术领域的技术专利数量、技术诞生时间、技术舆论指数、技术融资事件',
  '160+ (more than 160) technology fields.'),
 (1, 'methodology', '技术专利数量', '专利数据检索截止时间', NULL, 'date', 'exact', '2023-11-30',
  '研究数据说明——数据来源 · 技术专利数量',
  '技术专利数据来自国家知识产权局专利数据库。使用对应技术领域关键词进行检索，截止时间2023年11月30日。',
  'The figure is the date itself (period); source: 国家知识产权局专利数据库.'),
 (2, 'methodology', '蓝皮书调研', '深度调研的企业数', 100, 'count', 'at_least', '2024',
  '前言',
  '此次蓝皮书秉承扎实的工作作风,深度调研了上百家企业并组织数场研讨会',
  '上百家 = a hundred or more companies (lower bound).'),
 (2, 'methodology', '蓝皮书定稿前最后一场闭门研讨会', '出席的高管和投资负责人数', 40, 'count', 'more_than', '2024',
  '前言',
  '40余位来自央企(中国移动、中电科等)、大型国有投资机构(中网投、国新等)',
  '40余位 = more than 40 (lower bound).'),
 -- technology: 舆论指数 ranks among the 160+ fields
 (1, 'technology', '通用大模型', '舆论指数排名', 3, 'rank', 'exact', '2023',
  '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '在160+细分技术领域，通用大模型舆论指数排名第3',
  'Rank among 160+ technology fields.'),
 (1, 'technology', '基于生成式AI的对话机器人（ChatBot）', '舆论指数排名', 15, 'rank', 'exact', '2023',
  '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '基于生成式AI的对话机器人（ChatBot）排名第15',
  'Rank among 160+ technology fields.'),
 (1, 'technology', '行业大模型', '舆论指数排名', 21, 'rank', 'exact', '2023',
  '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '行业大模型排名第21',
  'Rank among 160+ technology fields.'),
 -- developers: tech-leader moves
 (1, 'developers', '中国科技领导者', '出现职位变动的人数', 70, 'count', 'at_least', '2023',
  '开发者：科技领导者大变动，AI成为科技领导者创业新走向',
  '根据InfoQ研究中心不完全统计，2023年中国至少有70位科技领导者出现了职位变动',
  '至少 (at least) 70; incomplete count.'),
 (1, 'developers', '中国科技领导者', '选择创业的人数', 11, 'count', 'exact', '2023',
  '开发者：科技领导者大变动，AI成为科技领导者创业新走向',
  '11位选择创业的科技领导者中，有8位的创业项目与AI相关',
  'Of the 70 leaders who moved.'),
 (1, 'developers', '中国科技领导者', '创业项目与AI相关的人数', 8, 'count', 'exact', '2023',
  '开发者：科技领导者大变动，AI成为科技领导者创业新走向',
  '11位选择创业的科技领导者中，有8位的创业项目与AI相关',
  'Of the 11 founders; e.g. 大模型, 生成式AI, 机器人.'),
 -- hot news
 (1, 'hot_news', 'Mojo', '运行速度相对原始Python的倍数', 35000, 'times', 'exact', '2023',
  '2023年技术领域热点新闻：AI、云、稳定与安全仍然是重点',
  '在运行速度上比原始Python快上3.5万倍',
  'Headline: 比Python快35000倍; text: 3.5万倍.'),
 -- digital twin
 (1, 'digital_twin', '数字孪生中标项目（过百万）', '统计的项目数', 150, 'count', 'exact', '2023',
  '人工智能——数字孪生助力工业生产全周期提效 · 2023年1-11月数字孪生中标项目分布情况',
  '根据InfoQ研究中心统计的150个过百万的数字孪生中标项目',
  'Projects above 1 million yuan (过百万), Jan-Nov 2023 per the chart title. Per-industry counts and average amounts are only in the chart.'),
 (1, 'digital_twin', '水利、城市治理', '中标项目数量位列前二', 2, 'top N', 'exact', '2023',
  '人工智能——数字孪生助力工业生产全周期提效 · 2023年1-11月数字孪生中标项目分布情况',
  '水利和城市治理在整体中标项目数量上位列前二',
  'The two industries with the most projects; which of them is first is not stated. 水利 and 能源制造 have many safety projects and high average amounts (not quantified in the text).'),
 -- industrial internet
 (1, 'industrial_internet', '双跨平台', '已培育的平台数', 50, 'count', 'exact', '2023',
  '工业互联网——双跨平台发展路径日渐清晰',
  '2023年，我国已培育50家双跨平台',
  '双跨平台 = 跨行业跨区域工业互联网平台.'),
 (1, 'industrial_internet', '双跨平台', '主要平台建设/运营方类别数', 4, 'count', 'exact', '2023',
  '工业互联网——双跨平台发展路径日渐清晰',
  '其中主要平台建设/运营方分为4类：制造企业、工业软件企业、运营商和互联网企业',
  NULL),
 (1, 'industrial_internet', '工业互联网平台', '现存平台数（双跨平台的筛选范围）', 300, 'count', 'plus', '2023',
  '工业互联网——双跨平台发展路径日渐清晰',
  '是国家从现存300+工业互联网平台中筛选出来的、代表工业互联网发展水平第一梯队的50家代表平台',
  '300+ (more than 300).'),
 -- AI market (blue book)
 (2, 'ai_market', '全球AI赛道公司（红杉资本统计）', '购买英伟达GPU的花费', 50000000000, 'USD', 'more_than', NULL,
  '趋势一:AIGC · 2.行业观察',
  '全球AI赛道的各家公司在购买英伟达GPU的花费就已经超过了500亿美元',
  '超过 (more than) 500亿美元, cumulative to the time of writing; not converted to yuan (no rate stated in the blue book).'),
 (2, 'ai_market', '全球AI赛道公司（红杉资本统计）', '产生的收入', 3000000000, 'USD', 'approximately', NULL,
  '趋势一:AIGC · 2.行业观察',
  '而目前为止产生的收入却只有30亿美元左右',
  '左右 (about) 30亿美元, cumulative to the time of writing.'))
INSERT INTO key_figure (source_id, family, subject, metric, value, unit, qualifier, period, section, quote, note)
SELECT source_id, family, subject, metric, value, unit, qualifier, period, section, quote, note FROM v;
