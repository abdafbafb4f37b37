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

-- InfoQ: the three research methods, ordinal = the report's 1-3, words = its sentence.
WITH v(ordinal, subject, words) AS (VALUES
 (1, '桌面研究', '通过对行业公开信息进行桌面研究，资料包括但不限于专业机构研究报告、技术领域书籍、技术社区网站、技术企业官网及专家公开演讲内容等'),
 (2, '技术模型', '通过技术专利数量、技术诞生时间、技术舆论指数指标，进行技术发展阶段类型模型设计，作为细分技术发展阶段展现'),
 (3, '专家访谈', 'InfoQ 研究中心针对本次研究定向邀请了多位技术企业管理层、垂直技术领域专家、技术从业者、产业从业者等各方面专家'))
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note)
SELECT 'method', v.subject, v.ordinal, v.words, 1, '前言', v.words,
       'Method ' || v.ordinal || ' of 3 the research names (listed after 前言, under no heading of their own).'
FROM v;

-- Blue book: its first edition (2022), named in the 前言; that edition's facts are not in
-- the dataset.
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note) VALUES
 ('edition', '《中国云生态蓝皮书》 2022年', NULL,
  '自2022年中关村云计算产业联盟(以下简称“云联盟”)与汉能投资集团共同推出《中国云生态蓝皮书》(以下简称“蓝皮书”)以来',
  2, '前言',
  '自2022年中关村云计算产业联盟(以下简称“云联盟”)与汉能投资集团共同推出《中国云生态蓝皮书》(以下简称“蓝皮书”)以来',
  'The series began in 2022; the dataset holds the 2024 edition only.');

-- Blue book: domestic models against GPT-3.5 and GPT-4 (趋势一 · 2.行业观察).
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note) VALUES
 ('comparison', '国内头部大语言模型 与 GPT3.5 / GPT4', NULL,
  '国内大模型继续追赶OpenAI的脚步,头部大语言模型已经在主流评测榜单中已经赶超GPT3.5,但仍与GPT4有差距,尤其是多模态能力差距明显',
  2, '趋势一:AIGC · 2.行业观察',
  '国内大模型继续追赶OpenAI的脚步,头部大语言模型已经在主流评测榜单中已经赶超GPT3.5,但仍与GPT4有差距,尤其是多模态能力差距明显',
  'In words only: the SuperClue 2024-04 rows hold the scores.');

-- Blue book: the difficulties large models meet in use (大模型落地正面临诸多困难与挑战),
-- in the report's order 首先 / 其次 / 再者.
WITH v(ordinal, subject, words) AS (VALUES
 (1, '缺乏高质量训练语料数据', '首先是缺乏高质量训练语料数据,大模型需要海量高质量训练数据,但国内企业信息化数字化方面管理不规范标准不统一,制约了垂直模型训练'),
 (2, '算力成本高昂', '其次算力成本高昂,大多企业无法负担50B以上大模型的本地化部署'),
 (3, '大模型效果不达预期', '再者大模型效果不达预期,目前大模型只能做浅层逻辑推理,只能应付一些简单问题的处理'))
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note)
SELECT 'obstacle', v.subject, v.ordinal, v.words, 2, '趋势一:AIGC · 2.行业观察', v.words,
       'Difficulty ' || v.ordinal || ' of 3 the report lists for putting large models to use (大模型落地).'
FROM v;

-- InfoQ: the three difficulties of industrial large models (工业大模型落地三大难点), in the
-- report's order.
WITH v(ordinal, subject, words) AS (VALUES
 (1, '成本', '成本：企业利润水平较低，在新技术投入上谨慎。大模型落地的算力成本和部署成本都存在较大负担。'),
 (2, '数据', '数据：工业制造场景众多，但碎片化现象明显，企业间的数据基础差距大，造成有效数据难以形成规模。'),
 (3, '人力', '人力：既懂工业领域Know-how，又对大模型较为了解的人才较少，对大模型实际落地造成了阻碍。'))
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note)
SELECT 'obstacle', v.subject, v.ordinal, v.words, 1,
       '人工智能——行业大模型研发探索赋能工业数字化进程 · 工业大模型落地三大难点', v.words,
       'Difficulty ' || v.ordinal || ' of the 3 the report names for industrial large models.'
FROM v;

-- InfoQ: the typical 双跨 platforms by builder type (the table of 工业互联网——双跨平台发展路径
-- 日渐清晰): one row per platform, subject = the builder type as the table names it,
-- ordinal = the platform's place in the table, quote = its cell. The cells end in 等: they
-- name typical platforms, not all 50.
WITH v(ordinal, subject, words, cell) AS (VALUES
 (1, '制造企业', '海尔卡奥斯', '海尔卡奥斯 中石油昆仑数智 徐工汉云等'),
 (2, '制造企业', '中石油昆仑数智', '海尔卡奥斯 中石油昆仑数智 徐工汉云等'),
 (3, '制造企业', '徐工汉云', '海尔卡奥斯 中石油昆仑数智 徐工汉云等'),
 (4, '工业软件', '东方国信Cloudiip', '东方国信Cloudiip 宝信软件宝联登xIn^3Plat 金蝶星域 用友精智等'),
 (5, '工业软件', '宝信软件宝联登xIn^3Plat', '东方国信Cloudiip 宝信软件宝联登xIn^3Plat 金蝶星域 用友精智等'),
 (6, '工业软件', '金蝶星域', '东方国信Cloudiip 宝信软件宝联登xIn^3Plat 金蝶星域 用友精智等'),
 (7, '工业软件', '用友精智', '东方国信Cloudiip 宝信软件宝联登xIn^3Plat 金蝶星域 用友精智等'),
 (8, '运营商', '移动OnePower', '移动OnePower 电信天翼云 联通格物unilink 华为云FusionPlant'),
 (9, '运营商', '电信天翼云', '移动OnePower 电信天翼云 联通格物unilink 华为云FusionPlant'),
 (10, '运营商', '联通格物unilink', '移动OnePower 电信天翼云 联通格物unilink 华为云FusionPlant'),
 (11, '运营商', '华为云FusionPlant', '移动OnePower 电信天翼云 联通格物unilink 华为云FusionPlant'),
 (12, '互联网', '阿里supET', '阿里supET 腾讯WeMake 百度智能云开物'),
 (13, '互联网', '腾讯WeMake', '阿里supET 腾讯WeMake 百度智能云开物'),
 (14, '互联网', '百度智能云开物', '阿里supET 腾讯WeMake 百度智能云开物'))
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note)
SELECT 'platform', v.subject, v.ordinal, v.words, 1,
       '工业互联网——双跨平台发展路径日渐清晰 · 典型平台', v.cell,
       'A typical 双跨 platform the table names for builders of the kind ' || v.subject
       || CASE WHEN v.subject = '运营商' THEN ' (within the table''s 技术服务商 row)' ELSE '' END || '.'
FROM v;

-- InfoQ: the database upgrade points (趋势 2, 数据库升级 · 数据库升级点), one row per point of
-- the diagram, its heading as printed. The diagram breaks two headings over lines; their
-- words keep the break as one space, as the text has it.
WITH v(ordinal, words) AS (VALUES
 (1, '多模态能力成为标配'),
 (2, '向量数据处理能力成为未 来数据库能力标配'),
 (3, 'Chatbot和AI Agent成为主流'),
 (4, 'RAG将随大模型应用生态 拓展被广泛应用'))
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note)
SELECT 'upgrade', '数据库升级点', v.ordinal, v.words, 1,
       '2、人工智能浪潮引领基础设施新必然——数据库升级 · 数据库升级点',
       -- a quote is at least 10 characters: the first point's holds the diagram's heading
       CASE WHEN v.ordinal = 1 THEN '数据库升级点 ' || v.words ELSE v.words END,
       'Upgrade point ' || v.ordinal || ' of the 4 the diagram names; the lines under it in the diagram are its details.'
FROM v;

-- InfoQ: the AI developer talent layers (8、AI开发者版图形成 · AI开发者人才层级分布). The shares
-- are in the chart image only; the text ranks one layer (应用层人才占比最大) and says what
-- holds for the other two.
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note) VALUES
 ('ranking', '应用层', 1, '应用层人才占比最大，核心是场景理解力', 1,
  '8、AI开发者版图形成——大模型层短期聚能效应明显 · AI开发者人才层级分布',
  '应用层人才占比最大，核心是场景理解力',
  'The largest share of the layers; the shares themselves are not in the text (the chart is an image).'),
 ('finding', '大模型层', NULL, '大模型层核心人才吸引力强，开发者聚集化倾向明显', 1,
  '8、AI开发者版图形成——大模型层短期聚能效应明显 · AI开发者人才层级分布',
  '大模型层核心人才吸引力强，开发者聚集化倾向明显', NULL),
 ('finding', '软硬件层', NULL, '软硬件层壁垒仍然高位，人才培养难度大', 1,
  '8、AI开发者版图形成——大模型层短期聚能效应明显 · AI开发者人才层级分布',
  '软硬件层壁垒仍然高位，人才培养难度大', NULL);

-- InfoQ: the ecosystem map of 生态：从大模型井喷式爆发进入更多行业领域, one row per kind it
-- names, subject = the layer (行业大模型, 通用大模型, 芯片), ordinal = the kind's place in its
-- row, quote = the row as printed. The companies under each kind are logos in the image.
WITH v(subject, ordinal, words, line) AS (VALUES
 ('行业大模型', 1, '游戏电商', '游戏电商 	社交文娱 	教育 	汽车 	金融 	医疗 	其他'),
 ('行业大模型', 2, '社交文娱', '游戏电商 	社交文娱 	教育 	汽车 	金融 	医疗 	其他'),
 ('行业大模型', 3, '教育', '游戏电商 	社交文娱 	教育 	汽车 	金融 	医疗 	其他'),
 ('行业大模型', 4, '汽车', '游戏电商 	社交文娱 	教育 	汽车 	金融 	医疗 	其他'),
 ('行业大模型', 5, '金融', '游戏电商 	社交文娱 	教育 	汽车 	金融 	医疗 	其他'),
 ('行业大模型', 6, '医疗', '游戏电商 	社交文娱 	教育 	汽车 	金融 	医疗 	其他'),
 ('行业大模型', 7, '其他', '游戏电商 	社交文娱 	教育 	汽车 	金融 	医疗 	其他'),
 ('通用大模型', 1, '服务商', '服务商 	科技公司 	研究机构'),
 ('通用大模型', 2, '科技公司', '服务商 	科技公司 	研究机构'),
 ('通用大模型', 3, '研究机构', '服务商 	科技公司 	研究机构'),
 ('芯片', 1, '半定制芯片 (FPGA)', '半定制芯片 (FPGA) 	类脑芯片 	通用芯片 (GPU) 	全定制芯片 (ASIC)'),
 ('芯片', 2, '类脑芯片', '半定制芯片 (FPGA) 	类脑芯片 	通用芯片 (GPU) 	全定制芯片 (ASIC)'),
 ('芯片', 3, '通用芯片 (GPU)', '半定制芯片 (FPGA) 	类脑芯片 	通用芯片 (GPU) 	全定制芯片 (ASIC)'),
 ('芯片', 4, '全定制芯片 (ASIC)', '半定制芯片 (FPGA) 	类脑芯片 	通用芯片 (GPU) 	全定制芯片 (ASIC)'))
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note)
SELECT 'taxonomy', v.subject, v.ordinal, v.words, 1,
       '生态：从大模型井喷式爆发进入更多行业领域 · ' || v.subject, v.line,
       'A kind of ' || v.subject || ' the ecosystem map names; the companies under it are logos in the image, not in the text.'
FROM v;

-- InfoQ: the open questions of trend 3 (大模型激战), in the report's three groups 01 多模态,
-- 02 产品形态, 03 应用场景; ordinal = the question's place in the list, words verbatim (the
-- text's ** marks included).
WITH v(ordinal, subject, words) AS (VALUES
 (1, '多模态', '除了文本，图片、视频等多模态大模型的应用探索如何？'),
 (2, '多模态', '多模态之间的转换场景探索如何？'),
 (3, '产品形态', '除了对话机器人形态之外，to C端还会产生什么样的「杀手级」应用？'),
 (4, '产品形态', 'To B端，大模型如何同企业各类信息系统融合？'),
 (5, '应用场景', '如何从以协同办公、客服、营销为代表的**非核心业务场景**，向以生产制造、风控、交易、销售为代表的**核心业务场景**深入？'))
INSERT INTO statement (topic, subject, ordinal, words, source_id, section, quote, note)
SELECT 'question', v.subject, v.ordinal, v.words, 1,
       '3、大模型激战——国内场景争夺战打响，应用试炼拉开序幕 · '
       || CASE v.subject WHEN '多模态' THEN '01' WHEN '产品形态' THEN '02' ELSE '03' END
       || ' ' || v.subject,
       v.words, 'An open question the report asks, not answered in the text.'
FROM v;
