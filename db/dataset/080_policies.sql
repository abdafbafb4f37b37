-- Policies and official documents (InfoQ; the blue book's seed text names none).
-- title: the document's name without the 《》 marks; a region written before the title
-- (广东省《...》) goes to region. issuer only where the report names it; region only where
-- the report or the title names it (national documents are not labelled 全国: the report
-- does not say so). date: month precision where the table gives 2023年7月 etc.
-- category: 'ai' for the 大模型相关政策 table, 'data' for data-asset documents, 'compute'
-- for compute infrastructure, 'digital_economy' for the 数字中国 plan.
-- Targets inside documents that are figures are key_figure rows (family 'policy_target').
-- The 数据要素x plan is item 8 of the policy table (2023年12月) and is also dated
-- 2023年12月15日 with its issuer in the data section: one row, day precision, note says so.

WITH v(date, title, issuer, region, category, summary, section, quote, note) AS (VALUES
 ('2023-07', '生成式人工智能服务管理暂行办法', NULL, NULL, 'ai',
  '明确了生成式人工智能“提供者”内容生产、数据保护、隐私安全等方面的法定责任及法律依据，确立了人工智能产品的安全评估规定及管理办法。',
  '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '1 2023年7月 《生成式人工智能服务管理暂行办法》', 'Item 1 of the policy table.'),
 ('2023-07', '上海市推动人工智能大模型创新发展的若干措施', NULL, '上海市', 'ai',
  '推动上海大模型创新发展，营造通用人工智能创新生态，加快打造世界级人工智能产业集群。',
  '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '2 2023年7月 《上海市推动人工智能大模型创新发展的若干措施》', 'Item 2 of the policy table.'),
 ('2023-08', '电子信息制造业2023—2024年稳增长行动方案', NULL, NULL, 'ai',
  '鼓励加大数据基础设施和人工智能基础设施建设，满足人工智能、大模型应用需求。',
  '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '3 2023年8月 《电子信息制造业2023—2024年稳增长行动方案》', 'Item 3 of the policy table.'),
 ('2023-10', '人形机器人创新发展指导意见', NULL, NULL, 'ai',
  '到2025年，人形机器人创新体系初步建立，“大脑、小脑、肢体”等一批关键技术取得突破，确保核心部件安全有效供给，开发基于人工智能大模型的人形机器人“大脑”。',
  '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '4 2023年10月 《人形机器人创新发展指导意见》', 'Item 4 of the policy table. Target year 2025.'),
 ('2023-11', '北京市人工智能行业大模型创新应用白皮书（2023年）', NULL, '北京市', 'ai',
  '从大模型全球发展态势、国内外行业应用概述、北京应用情况和发展建议等方面进行了系统分析和阐述，旨在进一步推动大模型应用落地，展示北京市大模型应用成果，促进大模型价值传播和供需对接。',
  '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '5 2023年11月 《北京市人工智能行业大模型创新应用白皮书（2023年）》', 'Item 5 of the policy table (a white paper, listed by the report among the policies).'),
 ('2023-11', '关于加快建设通用人工智能产业创新引领地的实施意见', NULL, '广东省', 'ai',
  '22条举措打造国家通用人工智能产业创新引领地。',
  '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '6 2023年11月 广东省《关于加快建设通用人工智能产业创新引领地的实施意见》', 'Item 6 of the policy table. 22 measures (key_figure).'),
 ('2023-12', '关于加快推进视听电子产业高质量发展的指导意见', NULL, NULL, 'ai',
  '支持骨干企业做大做强，支持人工智能企业研发视听应用大模型。',
  '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '7 2023年12月 《关于加快推进视听电子产业高质量发展的指导意见》', 'Item 7 of the policy table.'),
 ('2023-12-15', '“数据要素x”三年行动计划（2024—2026年）（征求意见稿）', '国家数据局', NULL, 'ai',
  '以科学数据支持大模型开发，深入挖掘包含科技文献在内的各类科学数据，通过细粒度的知识抽取，构建科学知识资源底座，建设高质量语料稿库和基础科学数据集，支持开展通用人工智能大模型和垂直领域人工智能大模型训练。计划提出到2026年底，数据要素应用场景广度和深度大幅拓展，数据产业年均增速超过20%，数据交易规模增长1倍。',
  '大数据——数据资产入表在即，数据商业模式新开端年',
  '2023年12月15日，国家数据局发布《“数据要素x”三年行动计划（2024—2026年）（征求意见稿）》',
  'Item 8 of the 大模型相关政策 table in 政策关注：大模型引发民众热议，下半年受到政策持续关注 (dated 2023年12月 there), hence category ai like the other seven; its subject is data (数据要素). A draft for comments (征求意见稿). Targets for end of 2026 are key_figure rows.'),
 ('2023-08-21', '企业数据资源相关会计处理暂行规定', '财政部', NULL, 'data',
  '财政部正式发布，并规定自2024年1月1日起施行（数据资产入表）。',
  '大数据——数据资产入表在即，数据商业模式新开端年',
  '2023年8月21日，财政部正式发布《企业数据资源相关会计处理暂行规定》，并规定自2024年1月1日起施行',
  'In force from 2024-01-01 (event row).'),
 (NULL, '算力基础设施高质量发展行动计划', '工业和信息化部、中央网信办等6部门', NULL, 'compute',
  '提出到2025年算力规模超过300EFLOPS，智能算力占比达到35%。',
  '1、人工智能浪潮引领基础设施新必然——算力军备竞赛继续',
  '工业和信息化部、中央网信办等6部门联合印发《算力基础设施高质量发展行动计划》',
  'Date of issue not stated. Issued jointly by 6 departments. Targets are key_figure rows.'),
 (NULL, '数字中国建设整体布局规划', NULL, NULL, 'digital_economy',
  '“构建以数字孪生流域为核心的智慧水利体系”被写进《数字中国建设整体布局规划》。',
  '人工智能——数字孪生助力工业生产全周期提效',
  '“构建以数字孪生流域为核心的智慧水利体系”被写进《数字中国建设整体布局规划》',
  'Date and issuer not stated. The report links it to the surge of digital-twin projects in 水利.'))
INSERT INTO policy (date, title, issuer, region, category, summary, source_id, section, quote, note)
SELECT date, title, issuer, region, category, summary, 1, section, quote, note FROM v;

WITH v(family, subject, metric, value, unit, qualifier, period, section, quote, note) AS (VALUES
 ('policy_target', '算力基础设施高质量发展行动计划', '算力规模', 300, 'EFLOPS', 'more_than', '2025',
  '1、人工智能浪潮引领基础设施新必然——算力军备竞赛继续',
  '提出到2025年算力规模超过300EFLOPS，智能算力占比达到35%',
  '超过 (more than) 300 EFLOPS by 2025.'),
 ('policy_target', '算力基础设施高质量发展行动计划', '智能算力占比', 35, '%', 'exact', '2025',
  '1、人工智能浪潮引领基础设施新必然——算力军备竞赛继续',
  '提出到2025年算力规模超过300EFLOPS，智能算力占比达到35%',
  'Share of intelligent (AI) compute in total compute by 2025.'),
 ('policy_target', '“数据要素x”三年行动计划（2024—2026年）（征求意见稿）', '数据产业年均增速', 20, '%', 'more_than', '2026',
  '大数据——数据资产入表在即，数据商业模式新开端年',
  '数据产业年均增速超过20%，数据交易规模增长1倍',
  '超过 (more than) 20% a year, by the end of 2026 (到2026年底).'),
 ('policy_target', '“数据要素x”三年行动计划（2024—2026年）（征求意见稿）', '数据交易规模（相对基数的倍数）', 2, 'times', 'exact', '2026',
  '大数据——数据资产入表在即，数据商业模式新开端年',
  '数据产业年均增速超过20%，数据交易规模增长1倍',
  'As written: 增长1倍 (grows by one times its size), i.e. doubles: 2 times the base by the end of 2026 (derived: 1 + 1 = 2). Base year not stated.'),
 ('policy', '关于加快建设通用人工智能产业创新引领地的实施意见', '举措数', 22, 'count', 'exact', '2023-11',
  '政策关注：大模型引发民众热议，下半年受到政策持续关注',
  '22条举措打造国家通用人工智能产业创新引领地',
  '广东省.'))
INSERT INTO key_figure (family, subject, metric, value, unit, qualifier, period, source_id, section, quote, note)
SELECT family, subject, metric, value, unit, qualifier, period, 1, section, quote, note FROM v;
-- "增长1倍" is a growth by the base itself: the target is twice the base, arithmetic on the
-- stated 1倍.
UPDATE key_figure SET status = 'derived', formula = '1 + 1 = 2'
 WHERE metric = '数据交易规模（相对基数的倍数）';
