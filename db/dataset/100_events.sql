-- Events. category values used in the dataset:
--   hot_news       InfoQ "2023年技术领域热点新闻" (the ten headlines, title as written)
--   cloud_pricing  IPv4 charging by vendor (090_cloud.sql)
--   cloud          cloud vendors and AI / MaaS (090_cloud.sql)
--   leader_move    tech leaders changing jobs (2023互联网离职人员代表图)
--   device_ai      large models brought onto phones, PCs and glasses
--   data_asset     data-asset milestones (bodies, rules in force)
--   investment     investment moves (industry funds)
--   market         market-structure observations with a date
--   forecast       dated expectations stated by the report (6G)
-- date: as precise as stated. Items on the "2023年..." pages without a month are '2023'.
-- organization_id: the actor the report names (for leader moves: the destination company;
-- NULL for a founder whose company is not named).
--
-- The reports' numbered trends are rows of trend (120_trends.sql), not events.

-- 2023 hot news ------------------------------------------------------------------------
WITH v(date, title, org, summary, quote, note) AS (VALUES
 ('2023-03', '新一代Serverless事件中间件EventMesh正式毕业', 'Apache基金会',
  '新一代serverless事件中间件EventMesh顺利通过Apache孵化器项目管理委员会的毕业评估，晋升为Apache基金会顶级开源项目。',
  '2023年3月，新一代serverless事件中间件EventMesh顺利通过Apache孵化器项目管理委员会的毕业评估',
  NULL),
 ('2023', '全新编程语言Mojo发布比Python快35000倍', NULL,
  'Mojo将Python的特性，同C、C++和CUDA的系统编程功能结合了起来；在运行速度上比原始Python快上3.5万倍。',
  '在运行速度上比原始Python快上3.5万倍',
  'Headline says 35000倍, text says 3.5万倍 (the same number). Maker not named. Month not stated.'),
 ('2023', '开源大模型发展迅猛，应用场景得到进一步探索', NULL,
  '2023年Q3：金融、医疗、交通、营销、政务、法律、气象等行业均发布了国产大模型产品：蚂蚁集团AntFinGLM金融大模型、度小满开源大模型轩辕-70B等；百度的医疗AI大模型灵医大模型、京东健康的京医千询医疗大模型等。',
  '2023年Q3：金融、医疗、交通、营销、政务、法律、气象等行业均发布了国产大模型产品',
  'Quarter only: 2023年Q3. The four models are rows of the model table.'),
 ('2023', '年内多款产品崩溃服务稳定性引发关注', NULL,
  '2023年内，B站、微信、阿里云、滴滴等多款产品和云服务发生崩溃事件，引发对于基础设施稳定性的广泛讨论。',
  '2023年内，B站、微信、阿里云、滴滴等多款产品和云服务发生崩溃事件',
  'Several products (B站, 微信, 阿里云, 滴滴); dates of the outages not stated.'),
 ('2023', '谷歌发布开源漏洞扫描工具OSV-Scanner', '谷歌',
  '谷歌发布的OSV-Scanner会基于OSV数据库评估项目的依赖项，显示与项目相关的所有漏洞。',
  '谷歌发布开源漏洞扫描工具OSV-Scanner',
  'Month not stated.'),
 ('2023', 'OpenAI官宣首个ChatGPT IOS 应用', 'OpenAI',
  '新款ChatGPT 应用将向用户免费开放，不设广告且支持语音输入，但发布初期仅面向美国用户。',
  'OpenAI官宣首个ChatGPT IOS 应用',
  'Month not stated.'),
 ('2023', '多家云服务商对Ipv4进行收费，IT行业遭受冲击', NULL,
  'AWS、Google Cloud Platform等云服务商纷纷宣布对IPv4收费，云服务商自己掏钱购买 IPv4 地址空间的时代即将结束。',
  '多家云服务商对Ipv4进行收费，IT行业遭受冲击',
  'Per-vendor rows: category cloud_pricing. Month not stated.'),
 ('2023', 'Spring Boot 应用的新命令行工具：Just', NULL,
  'Just无需任何配置即可自动加载有变动的源码、构建文件或 Docker 编排文件，提升 Spring Boot 应用构建时的 Java 开发体验。',
  'Spring Boot 应用的新命令行工具：Just',
  'Month not stated.'),
 ('2023', '微软Bing Chat全面开放同时官宣多项重大升级', '微软',
  '新版Bing Chat 将允许第三方参与 Bing Chat AI 的结果，还能帮助用户“生成图片”、视频，并添加了“历史记录”功能。',
  '微软Bing Chat全面开放同时官宣多项重大升级',
  'Month not stated.'),
 ('2023', 'GitHub 发布 Copilot X', 'GitHub',
  'Copilot X允许程序员以ChatGPT的风格，通过语音聊天来编写和调试代码：GitHub Copilot Chat、Copilot for Pull Requests、Copilot for Docs、Copilot for CLI、Copilot Voice。',
  'GitHub 发布 Copilot X',
  'Month not stated.'))
INSERT INTO event (date, title, category, organization_id, summary, source_id, section, quote, note)
SELECT v.date, v.title, 'hot_news', o.id, v.summary, 1,
       '2023年技术领域热点新闻：AI、云、稳定与安全仍然是重点', v.quote, v.note
FROM v LEFT JOIN organization o ON o.name = v.org;

-- Tech-leader moves (the counts 70 / 11 / 8 are key_figure rows) ------------------------
WITH v(title, org, summary, quote) AS (VALUES
 ('贾扬清（原阿里技术副总裁）离职创业', NULL,
  '去向：创业；创业领域：To B方向的AI应用层搭建',
  '贾扬清（原阿里技术副总裁）</p> <ul style="list-style-type: none">• 去向：创业• 创业领域：To B方向的AI应用层搭建'),
 ('顾晓韬（原华为云大模型核心成员）跳槽至智谱AI', '智谱AI',
  '去向：跳槽；跳槽企业及领域：智谱AI —AI领域',
  '顾晓韬（原华为云大模型核心成员）</p> <ul style="list-style-type: none">• 去向：跳槽• 跳槽企业及领域：智谱AI —AI领域'),
 ('吴新宙（原小鹏汽车自动驾驶副总裁）跳槽至英伟达', '英伟达',
  '去向：跳槽；跳槽企业及领域：英伟达全球副总裁—自动驾驶',
  '吴新宙（原小鹏汽车自动驾驶副总裁）</p> <ul style="list-style-type: none">• 去向：跳槽• 跳槽企业及领域：英伟达全球副总裁—自动驾驶'))
INSERT INTO event (date, title, category, organization_id, summary, source_id, section, quote, note)
SELECT '2023', v.title, 'leader_move', o.id, v.summary, 1,
       '开发者：科技领导者大变动，AI成为科技领导者创业新走向 · 2023互联网离职人员代表图', v.quote,
       'Year from the figure title (2023互联网离职人员代表图); month not stated. organization = destination.'
FROM v LEFT JOIN organization o ON o.name = v.org;

-- Device AI launches --------------------------------------------------------------------
WITH v(date, title, org, summary, quote) AS (VALUES
 ('2023-08-04', '华为小艺融入盘古大模型的部分能力', '华为',
  '华为宣布语音助手小艺已融入盘古大模型的部分能力。',
  '2023年8月4日，华为宣布语音助手小艺已融入盘古大模型的部分能力'),
 ('2023-09-01', '华为小艺大模型版本开启众测推送', '华为',
  '华为小艺大模型版本现已开启众测推送。',
  '9月1日，华为小艺大模型版本现已开启众测推送'),
 ('2023-08-14', '小米小爱同学升级大模型能力并开启邀请测试', '小米',
  '小米宣布小爱同学将升级大模型能力，并已经开启了大模型版本的小爱同学的邀请测试。',
  '2023年8月14日，小米宣布小爱同学将升级大模型能力'),
 ('2023-10-11', 'OPPO新小布 1.0 Beta版尝鲜体验开启', 'OPPO',
  'OPPO宣布基于AndesGPT大模型打造的OPPO 新小布 1.0 Beta版尝鲜体验正式开启。',
  '2023年10月11日，OPPO宣布基于AndesGPT大模型打造的OPPO 新小布 1.0 Beta版尝鲜体验正式开启'),
 ('2023-10-24', '联想宣布并展示首款AI PC', '联想',
  '联想宣布并展示了联想首款AI PC。',
  '2023年10月24日，联想宣布并展示了联想首款AI PC'),
 ('2023-12-15', '联想两款AI PC产品正式发售', '联想',
  '联想ThinkPad X1 Carbon AI、联想小新Pro 16 AI 酷睿版两款AI PC产品正式发售。',
  '2023年12月15日，联想ThinkPad X1 Carbon AI、联想小新Pro 16 AI 酷睿版两款AI PC产品正式发售'),
 ('2023-11-10', '三星推出Galaxy AI', '三星',
  '三星宣布推出Galaxy AI，用Galaxy旗舰手机承载端侧大模型能力。',
  '2023年11月10日，三星宣布推出Galaxy AI，用Galaxy旗舰手机承载端侧大模型能力'),
 ('2023-11-13', 'vivo X100系列发布，融合蓝心大模型', 'vivo',
  'vivo X100系列正式发布，并融合vivo 蓝心大模型能力，支持10亿和70亿参数的大模型本地部署。',
  '2023年11月13日，vivo X100系列正式发布，并融合vivo 蓝心大模型能力'),
 ('2023-11-30', '魅族Aicy搭载Flyme AI大模型，发售MYVU探索版AR眼镜', '魅族',
  '魅族宣布其AI助理Aicy已经实现搭载Flyme AI大模型，并发售搭载Flyme AI大模型的AR眼镜产品MYVU探索版。',
  '2023年11月30日，魅族宣布其AI助理Aicy已经实现搭载Flyme AI大模型'),
 ('2023', '手机和电脑厂商开始探索将AI大模型能力搭载在终端上', NULL,
  '2023年下半年，手机和电脑厂商开始探索将AI大模型能力搭载在终端上，期望各类终端能够成为大模型产品流量的入口。',
  '2023年下半年，手机和电脑厂商开始探索将AI大模型能力搭载在终端上'))
INSERT INTO event (date, title, category, organization_id, summary, source_id, section, quote, note)
SELECT v.date, v.title, 'device_ai', o.id, v.summary, 1,
       '终端：成大模型产品流量入口，手机和电脑厂商探索AI终端新卖点', v.quote,
       CASE WHEN v.date = '2023' THEN 'Half-year only: 2023年下半年.'
            WHEN v.date = '2023-09-01' THEN 'Written 9月1日 right after 2023年8月4日: a 2023 date.' END
FROM v LEFT JOIN organization o ON o.name = v.org;

-- Data-asset milestones (the documents themselves are policy rows) ---------------------
WITH v(date, title, org, quote, note) AS (VALUES
 ('2023-10-25', '国家数据局正式揭牌', '国家数据局',
  '2023年10月25日，国家数据局正式揭牌。', NULL),
 ('2024-01-01', '《企业数据资源相关会计处理暂行规定》起施行', '财政部',
  '财政部正式发布《企业数据资源相关会计处理暂行规定》，并规定自2024年1月1日起施行',
  'Issued 2023-08-21 (policy row).'))
INSERT INTO event (date, title, category, organization_id, summary, source_id, section, quote, note)
SELECT v.date, v.title, 'data_asset', o.id, NULL, 1,
       '大数据——数据资产入表在即，数据商业模式新开端年', v.quote, v.note
FROM v LEFT JOIN organization o ON o.name = v.org;

-- Forecasts (6G) -------------------------------------------------------------------------
WITH v(date, title) AS (VALUES
 ('2025', '我国6G标准化发布（预计）'),
 ('2030', '6G商用（预计）'))
INSERT INTO event (date, title, category, organization_id, summary, source_id, section, quote, note)
SELECT v.date, v.title, 'forecast', o.id,
       '根据6G推进组负责人王志勤的专访，6G目前在技术储备期，预计在2025年发布我国的6G标准化，并在2030年实现6G的商用。', 1,
       '技术模型：多模态生成整体迈入早期推广，数字孪生进入准成熟 · 新增：6G',
       '预计在2025年发布我国的6G标准化，并在2030年实现6G的商用',
       'An expectation (预计) stated by 王志勤, not an event that has happened.'
FROM v JOIN organization o ON o.name = '6G推进组';

-- Blue book: investment and market observations ---------------------------------------
WITH v(date, title, category, org, summary, section, quote, note) AS (VALUES
 (NULL, '科大讯飞发起设立鲲鹏·讯飞AI大模型产业基金', 'investment', '科大讯飞',
  '科大讯飞、商汤科技等头部企业通过产业基金大举布局，科大讯飞发起设立鲲鹏·讯飞AI大模型产业基金。',
  '趋势一:AIGC · 1.市场概述',
  '科大讯飞发起设立鲲鹏·讯飞AI大模型产业基金',
  'Date not stated (told within the 2023 market overview).'),
 ('2023', '创业者和投资机构涌入大模型赛道', 'market', NULL,
  '23年伊始众多创业者和投资机构涌入大模型赛道，普遍站在开源大模型(如BLOOM、LLAMA)的肩膀上纷纷迅速推出了自家大模型。',
  '趋势一:AIGC · 2.行业观察',
  '23年伊始众多创业者和投资机构涌入大模型赛道',
  '23年伊始 = the start of 2023; month not stated.'),
 ('2023', '入局较晚的大模型明星创业者融资困难', 'market', NULL,
  '23年末一些入局较晚的大模型明星创业者发现融资已经非常困难（算力采购资金需求大，算力制裁）。',
  '趋势一:AIGC · 2.行业观察',
  '23年末一些入局较晚的大模型明星创 业者发现融资已经非常困难',
  '23年末 = end of 2023; month not stated. The seed text breaks the word 创 业者 with a space; the quote keeps it.'),
 ('2023', '大模型行业从百模大战向寡头格局竞争演变', 'market', NULL,
  '2023年底，经过一年的发展洗礼，泡沫开始减少，优质项目崭露头角，行业呈现从百模大战向寡头格局竞争演变的趋势，行业集中度加速提高。',
  '趋势一:AIGC · 1.市场概述',
  '2023年底,经过一年的发展洗礼,泡沫开始减少,优质项目崭露头角,行业呈现从百模大战向寡头格局竞争演变的趋势',
  '2023年底 = end of 2023; month not stated.'))
INSERT INTO event (date, title, category, organization_id, summary, source_id, section, quote, note)
SELECT v.date, v.title, v.category, o.id, v.summary, 2, v.section, v.quote, v.note
FROM v LEFT JOIN organization o ON o.name = v.org;
