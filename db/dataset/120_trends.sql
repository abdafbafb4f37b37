-- Trends (schema 6): the forecasts each report numbers.
-- number = the report's own number; title = the heading as written; words = the report's
-- sentence for it; horizon = the year the forecast looks to, only when the report says so.

-- Blue book: the eight cloud-ecosystem trends ---------------------------------------------
-- title = the heading of the trend's chapter as in the blue book's table of contents,
-- words = the trend sentence of "云生态发展趋势概述". The blue book says it makes the
-- predictions in 2024 ("2024年蓝皮书...做出了八大趋势预测") but names no year they look to,
-- so horizon stays not stated. The seed text stops inside trend one, so trends two to eight
-- have only this sentence.
WITH v(n, title, words) AS (VALUES
 (1, '趋势一:AIGC', 'AIGC继续引领云生态关注点,海外先进大模型持续创新,国内竞争激烈,在技术、生态、资金、商业化落地等综合比拼'),
 (2, '趋势二:民营云大厂与国资云大厂', '民营云大厂从创收向盈利转型,国资云大厂加速发展'),
 (3, '趋势三:算力', '智能算力爆发式增长,国产算力芯片迎重大机遇,围绕智能算力周边生态的产品服务蓬勃发展'),
 (4, '趋势四:企服', '企服软件向大型客户倾斜,优秀产品厂商加速与ISV共建生态'),
 (5, '趋势五:出海', '科技企业加速出海,通过产业链出海、性价比抢占新兴市场、全球领先的技术和产品的海外原生等不同方式海外拓展'),
 (6, '趋势六:未来软硬件', '随着系统的复杂性加大,软硬件从协同走向融合,未来软硬件融合将构建更为坚固的商业壁垒'),
 (7, '趋势七:互联网经济', '互联网经济企业在宏观经济环境上总体承压,但部分企业的商业模式体现出一定的抗周期弹性'),
 (8, '趋势八:并购重组', '并购重组将优化数字科技生态发展;并购主体仍以产业买家为主,对并购既积极又谨慎'))
INSERT INTO trend (number, title, words, horizon, source_id, section, quote, note)
SELECT v.n, v.title, v.words, NULL, 2, '云生态发展趋势概述',
       v.n || '.' || v.words,
       'Trend ' || v.n || ' of 8 the 2024 blue book predicts; the year it looks to is not stated.'
       || CASE WHEN v.n > 1 THEN ' The seed text ends inside trend one, so this trend''s own chapter is not in the dataset.' ELSE '' END
FROM v;

-- InfoQ: the ten technology trends of "2024年技术趋势展望" -------------------------------
-- title = the trend's heading without its number ("1、"), quote = the heading as written.
-- The headings are the forecasts; no trend has a sentence of its own that restates it, so
-- words stays not stated. The year they look to is the section heading's (2024年技术趋势展望),
-- not the trend's own words: horizon is marked inferred.
WITH v(n, title) AS (VALUES
 (1, '人工智能浪潮引领基础设施新必然——算力军备竞赛继续'),
 (2, '人工智能浪潮引领基础设施新必然——数据库升级'),
 (3, '大模型激战——国内场景争夺战打响，应用试炼拉开序幕'),
 (4, '端侧AI序曲——优先改造原有终端，AI原生终端崭露头角'),
 (5, '端侧AI智能大脑探索——多模态大模型与硬件躯体的协同进化'),
 (6, '云 for AI 新阶段——支撑数字化 Ready for AI'),
 (7, '云成本优化——云计算成本控制解决方案日益成熟'),
 (8, 'AI开发者版图形成——大模型层短期聚能效应明显'),
 (9, '开发者概念泛化——编程与应用开发能力新天地'),
 (10, '数字化转型企业类型下钻——转型成果向中小企业普及'))
INSERT INTO trend (number, title, words, horizon, source_id, section, quote, note, inferred)
SELECT v.n, v.title, NULL, '2024', 1, '2024年技术趋势展望', v.n || '、' || v.title,
       'Trend ' || v.n || ' of the 10 InfoQ''s outlook numbers.',
       'horizon: the section heading 2024年技术趋势展望, not the trend''s own words'
FROM v;
