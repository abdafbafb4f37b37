-- English names that are the dataset's own (schema 6): the reports are written in Chinese and
-- never write these names, so each is marked in inferred and shown as the dataset's, never
-- beside the report's name as if quoted. An English name the reports do write (OpenAI,
-- Anthropic, GPT-3 175B, 6G, ...) is left unmarked. Checked against the seeds: the marked
-- names do not occur in either text.

UPDATE organization SET inferred = 'name_en: the dataset''s own English name, not the report''s'
 WHERE name_en IS NOT NULL AND name IN (
   '百川智能',
   '清华&智谱AI',
   '阿里巴巴',
   '腾讯',
   '百度',
   '月之暗面',
   '智谱AI',
   '燧原科技',
   '速腾聚创',
   '达闼科技',
   '纽劭科技',
   '小马智行',
   '微软',
   '蚂蚁集团',
   '度小满',
   '京东健康',
   'AWS',
   '阿里云',
   '腾讯云',
   '移动云',
   '京东云',
   '百度智能云',
   '英伟达',
   '华为',
   '小米',
   '联想',
   '三星',
   '魅族',
   '海尔卡奥斯',
   '创新奇智',
   '思谋科技',
   '中国电信',
   '国家数据局',
   '财政部',
   '6G推进组',
   '科大讯飞');

UPDATE model SET inferred = 'name_en: the dataset''s own English name, not the report''s'
 WHERE name_en IS NOT NULL AND name IN (
   'PaLM2-340B',
   '轩辕-70B',
   '灵医大模型',
   '盘古大模型',
   '蓝心大模型',
   '文心一言',
   '通义千问');

UPDATE maturity_stage SET inferred = 'name_en: the dataset''s own English name, not the report''s'
 WHERE name_en IS NOT NULL AND name IN (
   '前沿技术',
   '早期推广',
   '准成熟');

UPDATE technology SET inferred = 'name_en: the dataset''s own English name, not the report''s'
 WHERE name_en IS NOT NULL AND name IN ('数字孪生', '多模态生成', '文本生成图像');
