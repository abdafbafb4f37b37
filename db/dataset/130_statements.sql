-- Statements (schema 6): what the reports state without a number (db/README.md lists the
-- topics). words = the statement verbatim; quote = the same words or the line holding them.

-- InfoQ: where the research's data come from (研究数据说明——数据来源), one row per source,
-- ordinal = the report's own 01-04. The funding figures of the maturity research come from
-- the fourth.
WITH v(ordinal, subject, words) AS (VALUES
 (1, '技术专利数量', '技术专利数据来自国家知识产权局专利数据库。使用对应技术领域关键词进行检索，截止时间2023年11月30日。'),
 (2, '技术诞生时间', '考虑到数据可得性与统一性，技术诞生时间使用知网论文库进行相关技术领域论文最早收录年份统计。'),
 (3, '技术舆论指数', '技术舆论指数数据来源为搜索引擎和主要技术媒体，其中包括百度、InfoQ中文站和CSDN社区等网站，具体数据通过对应技术领域关键词搜索涉及的文章数量获得，指数通过加权获得。'),
 (4, '技术融资事件', '技术融资时间数据来源为IT桔子融资事件库和36氪项目库，分别按照不同细分技术领域进行融资时间、融资金额、投资机构的统计。'))
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note)
SELECT 'data_source', v.subject, v.ordinal, v.words, 1, '研究数据说明——数据来源', v.words,
       'Data source ' || v.ordinal || ' of 4 the research names.'
FROM v;

-- InfoQ: the training-cost formula, verbatim: the text writes it in LaTeX. Read, it is
-- 训练成本 = 浮点运算次数 ÷ 集群单位时间有效浮点计算数 × 集群单位时间价格; the text goes on
-- "AI模型训练所需的浮点运算次数 ≈ 6 × 模型参数量 × Token总训练数", which v_training_runs uses.
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note) VALUES
 ('formula', '大模型训练成本计算公式', NULL,
  '$$\text{训练成本} = \frac{\text{AI模型训练所需的浮点运算次数}}{\text{AI算力集群单位时间有效浮点计算数}} \times \text{AI算力集群单位时间价格}$$',
  1, '基础设施：算力是大模型的「发动机」，云算力成为AI应用的首选方式 · 大模型训练成本计算公式',
  '$$\text{训练成本} = \frac{\text{AI模型训练所需的浮点运算次数}}{\text{AI算力集群单位时间有效浮点计算数}} \times \text{AI算力集群单位时间价格}$$',
  'The formula as the text writes it (LaTeX): training cost = the FLOPs a training needs / the cluster''s effective FLOPs per unit of time × the cluster''s price per unit of time; the FLOPs ≈ 6 × parameters × training tokens.');

-- InfoQ: the 人形机器人 guideline's 2025 target, as a target (the policy row holds the whole
-- table cell; this row is the target it sets).
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note) VALUES
 ('target', '《人形机器人创新发展指导意见》 到2025年', NULL,
  '到2025年，人形机器人创新体系初步建立，“大脑、小脑、肢体”等一批关键技术取得突破，确保核心部件安全有效供给',
  1, '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '到2025年，人形机器人创新体系初步建立，“大脑、小脑、肢体”等一批关键技术取得突破，确保核心部件安全有效供给',
  'The target year 2025 is the text''s (到2025年).');
