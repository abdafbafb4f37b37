-- Schema version 4: the qualifier of a reported number, as data.
-- The reports often qualify a number: 约180亿元, 超过300EFLOPS, 160+, 至少70位, 上百家. The
-- value column holds the number; qualifier says how the report bounds it, so every view,
-- table, tooltip and export can show "≈180亿元", ">300 EFLOPS", "160+" instead of passing a
-- bound off as an exact figure. All qualified numbers of the two reports are key figures.
--   exact          the number as stated (no qualifying word)
--   approximately  约, 左右, 上下                      ≈N
--   more_than      超过, 余 (40余位)                   >N
--   at_least       至少, 以上, 上百 (a hundred or more) ≥N
--   at_most        不超过, 至多                        ≤N
--   up_to          最高, 最多 (a maximum reached)       up to N
--   plus           written "N+" (160+, 300+)          N+
ALTER TABLE key_figure ADD COLUMN qualifier TEXT NOT NULL DEFAULT 'exact'
    CHECK (qualifier IN ('exact', 'approximately', 'more_than', 'at_least', 'at_most', 'up_to', 'plus'));

DROP VIEW v_key_figures;
CREATE VIEW v_key_figures AS
SELECT k.id            AS id,
       k.family        AS family,
       k.subject       AS subject,
       k.metric        AS metric,
       k.value         AS value,
       k.qualifier     AS qualifier,
       k.unit          AS unit,
       k.period        AS period,
       s.title         AS source,
       k.section       AS section,
       k.status        AS status,
       k.formula       AS formula,
       k.quote         AS quote,
       k.note          AS note
FROM key_figure k
JOIN source s ON s.id = k.source_id;

-- A file made by an older build holds the shipped key figures with the qualifier only in
-- the note: give the rows it still holds as shipped (same id, value and quote) the report's
-- qualifier. Rows an editor changed keep 'exact'; `trendscope check` flags any whose quote
-- still qualifies the number. On a new file these tables are empty here (the dataset loads
-- after the migrations and states each row's qualifier itself).
UPDATE key_figure SET qualifier = 'approximately'
 WHERE (id, value, quote) IN (VALUES
   (5, 18000000000.0, '该5家公司总融资额约180亿元人民币'),
   (7, 20000000000.0, '估值已经攀升至200亿人民币上下'),
   (41, 3000000000.0, '而目前为止产生的收入却只有30亿美元左右'));
UPDATE key_figure SET qualifier = 'more_than'
 WHERE (id, value, quote) IN (VALUES
   (6, 20.0, '商汤投资超过20家大模型和AIGC相关公司'),
   (16, 300.0, '提出到2025年算力规模超过300EFLOPS，智能算力占比达到35%'),
   (18, 20.0, '数据产业年均增速超过20%，数据交易规模增长1倍'),
   (27, 40.0, '40余位来自央企(中国移动、中电科等)、大型国有投资机构(中网投、国新等)'),
   (40, 50000000000.0, '全球AI赛道的各家公司在购买英伟达GPU的花费就已经超过了500亿美元'));
UPDATE key_figure SET qualifier = 'at_least'
 WHERE (id, value, quote) IN (VALUES
   (14, 50000000000.0, '大多企业无法负担50B以上大模型的本地化部署'),
   (26, 100.0, '此次蓝皮书秉承扎实的工作作风,深度调研了上百家企业并组织数场研讨会'),
   (31, 70.0, '根据InfoQ研究中心不完全统计，2023年中国至少有70位科技领导者出现了职位变动'));
UPDATE key_figure SET qualifier = 'plus'
 WHERE (id, value, quote) IN (VALUES
   (24, 160.0, '本次研究通过收集并整理160+细分技术领域的技术专利数量、技术诞生时间、技术舆论指数、技术融资事件'),
   (39, 300.0, '是国家从现存300+工业互联网平台中筛选出来的、代表工业互联网发展水平第一梯队的50家代表平台'));
