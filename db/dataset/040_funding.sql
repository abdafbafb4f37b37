-- Funding. InfoQ: 2023 technology funding (Jan-Nov), AI shares, TOP10 AI companies.
-- Blue book: funding of large-model companies in the year after GPT-4.
-- Only the figures the text states are here. The charts of the InfoQ funding pages
-- (融资金额与事件数量统计, 细分领域融资金额分布百分比, 融资事件轮次分布情况) are images
-- and not in the seed text: their per-domain amounts, event counts and round shares are
-- unknown and therefore absent (no "other" remainder is added either).

-- funding_total -------------------------------------------------------------------------
-- as_written / inferred (schema 6): the first sentence says 2023年 while the charts of its page
-- are titled 2023年1月-11月, so its window is the dataset's reading of the titles; the third
-- row's window comes from its chart title alone.
WITH v(period_start, period_end, domain, parent_domain, amount_yuan, events, share_percent, share_of, section, quote, note,
       as_written, inferred) AS (VALUES
 ('2023-01', '2023-11', '技术领域', NULL, 40950000000.0, 432, NULL, NULL,
  '投融资：2023年技术领域共融资409.5亿元，人工智能遥遥领先',
  '2023年技术领域融资事件共432起，共融资409.5亿人民币。',
  'The bullet says "2023年"; the charts on the same page are titled 2023年1月-11月, so the period is taken as Jan-Nov 2023.',
  '2023年', 'period_start, period_end: the charts on the page are titled 2023年1月-11月, while the sentence says 2023年'),
 ('2023-01', '2023-11', '人工智能', '技术领域', NULL, NULL, 43.67, '技术领域融资额',
  '投融资：2023年技术领域共融资409.5亿元，人工智能遥遥领先',
  '2023年1月-11月，仅人工智能领域融资额就占到整个技术领域的43.67%。',
  'The AI amount itself is not stated (409.5亿 × 43.67% ≈ 178.8亿 would be derived; left to the app).', NULL, NULL),
 ('2023-01', '2023-11', '自动驾驶、机器人和生成式AI', '人工智能', NULL, NULL, 59.45, '人工智能领域融资额',
  '投融资：自动驾驶、机器人和生成式AI，占比超AI领域50%',
  '这三个领域融资额占到整个人工智能领域的59.45%',
  'Combined share of the three sub-domains 自动驾驶, 机器人, 生成式AI; their individual shares are only in the chart (not in the text). Period from the chart title 2023年1月-11月细分领域融资金额分布百分比.',
  NULL, 'period_start, period_end: the chart title 2023年1月-11月细分领域融资金额分布百分比, the sentence names no period'))
INSERT INTO funding_total (period_start, period_end, domain, parent_domain, amount_yuan, events, share_percent, share_of,
                           source_id, section, quote, note, as_written, inferred)
SELECT period_start, period_end, domain, parent_domain, amount_yuan, events, share_percent, share_of, 1, section, quote, note,
       as_written, inferred
FROM v;

-- funding_company: 2023年人工智能领域融资金额最多的中国公司 TOP10 -------------------------
-- list_rank is the row order of the report's table (ties in amount keep the table order).
WITH v(list_rank, org, founded, hq, direction, round, amount_yuan, amount_text, quote) AS (VALUES
 (1,  '智谱AI',       '2019-06', '北京', '大模型',   'B轮',     2500000000.0, '25亿人民币', '智谱AI 2019/6 北京 大模型 B轮 25亿人民币'),
 (2,  '百川智能',     '2023-03', '北京', '大模型',   'A轮',     2100000000.0, '21亿人民币', '百川智能 2023/3 北京 大模型 A轮 21亿人民币'),
 (3,  '光年之外',     '2018-07', '北京', '大模型',   '天使轮',  2100000000.0, '21亿人民币', '光年之外 2018/7 北京 大模型 天使轮 21亿人民币'),
 (4,  '燧原科技',     '2018-03', '上海', 'AI芯片',   'D轮',     2000000000.0, '20亿人民币', '燧原科技 2018/3 上海 AI芯片 D轮 20亿人民币'),
 (5,  'Minimax',      '2021-11', '上海', '大模型',   'A轮',     1800000000.0, '18亿人民币', 'Minimax 2021/11 上海 大模型 A轮 18亿人民币'),
 (6,  '速腾聚创',     '2014-08', '深圳', '自动驾驶', '基石轮',  1200000000.0, '12亿人民币', '速腾聚创 2014/8 深圳 自动驾驶 基石轮 12亿人民币'),
 (7,  '滴滴沃芽科技', '2019-03', '上海', '自动驾驶', '战略融资', 1000000000.0, '10亿人民币', '滴滴沃芽科技 2019/3 上海 自动驾驶 战略融资 10亿人民币'),
 (8,  '达闼科技',     '2015-08', '上海', '机器人',   'C轮',     1000000000.0, '10亿人民币', '达闼科技 2015/8 上海 机器人 C轮 10亿人民币'),
 (9,  '纽劭科技',     '2017-01', '上海', '自动驾驶', 'B轮',     1000000000.0, '10亿人民币', '纽劭科技 2017/1 上海 自动驾驶 B轮 10亿人民币'),
 (10, '小马智行',     '2016-12', '北京', '自动驾驶', 'D+轮',    700000000.0,  '7亿人民币',  '小马智行 2016/12 北京 自动驾驶 D+轮 7亿人民币'))
INSERT INTO funding_company (organization_id, period, list_rank, founded, hq, direction, round, amount_yuan, amount_text,
                             source_id, section, quote, note)
SELECT o.id, '2023', v.list_rank, v.founded, v.hq, v.direction, v.round, v.amount_yuan, v.amount_text, 1,
       '投融资：人工智能仍处早期融资 · 2023年人工智能领域融资金额最多的中国公司 TOP10', v.quote,
       '年融资总额 (total raised in 2023). Per the report, amounts were converted at the average rate of the first 11 months of 2023 (7.0366) and rounded to whole 亿元.'
FROM v JOIN organization o ON o.name = v.org;

-- key figures of the funding family ----------------------------------------------------
WITH v(source_id, subject, metric, value, unit, qualifier, period, section, quote, note) AS (VALUES
 (1, '人工智能', '过亿融资事件数', 52, 'count', 'exact', '2023',
  '投融资：人工智能仍处早期融资',
  '据统计，人工智能领域过亿融资事件达到了52件。',
  '过亿 = deals of more than 1亿元.'),
 (1, 'USD/CNY', '2023年前11个月的平均汇率', 7.0366, 'CNY per USD', 'exact', '2023',
  '投融资：人工智能仍处早期融资 · 2023年人工智能领域融资金额最多的中国公司 TOP10',
  '融资金额统一按照2023年前11个月的平均汇率（7.0366）进行换算',
  'Average of Jan-Nov 2023, used by InfoQ to convert USD deals to 人民币 (stated twice in the report).'),
 (2, '国内大模型相关公司', '获5,000万元以上投资的公司数', 21, 'count', 'exact', NULL,
  '趋势一:AIGC · 1.市场概述',
  '国内获5,000万元以上投资的大模型相关公司为21家',
  'Period: "GPT-4上线后的一年时间内" (the year after GPT-4 went online; dates not stated). "据不完全统计" (incomplete count).'),
 (2, '国内大模型相关公司', '诞生的独角兽企业数', 5, 'count', 'exact', NULL,
  '趋势一:AIGC · 1.市场概述',
  '其中 诞生5家独角兽企业',
  'Of the 21 companies above; period "GPT-4上线后的一年时间内".'),
 (2, '国内大模型独角兽（5家）', '总融资额', 18000000000.0, 'yuan', 'approximately', NULL,
  '趋势一:AIGC · 1.市场概述',
  '该5家公司总融资额约180亿元人民币',
  '约 (approximately) 180亿元; total funding of the 5 unicorns; period "GPT-4上线后的一年时间内".'),
 (2, '商汤科技', '投资的大模型和AIGC相关公司数', 20, 'count', 'more_than', NULL,
  '趋势一:AIGC · 1.市场概述',
  '商汤投资超过20家大模型和AIGC相关公司',
  '超过 (more than) 20: a lower bound.'),
 (2, '头部大模型创业公司', '估值', 20000000000.0, 'yuan', 'approximately', '2024',
  '趋势一:AIGC · 2.行业观察',
  '估值已经攀升至200亿人民币上下',
  '上下 (around) 200亿人民币; the few leading start-ups still active in financing in 2024.'))
INSERT INTO key_figure (family, subject, metric, value, unit, qualifier, period, source_id, section, quote, note)
SELECT 'funding', subject, metric, value, unit, qualifier, period, source_id, section, quote, note FROM v;
