-- SuperClue general-model leaderboard, April 2024 (blue book, trend one).
-- Rank is not stored: the order of the report's table is the order of 总分.
INSERT OR IGNORE INTO organization (name, name_en, kind) VALUES
 ('OpenAI', 'OpenAI', 'company'),
 ('Anthropic', 'Anthropic', 'company'),
 ('百川智能', 'Baichuan AI', 'company'),
 ('清华&智谱AI', 'Tsinghua University & Zhipu AI', NULL),
 ('阿里巴巴', 'Alibaba', 'company'),
 ('腾讯', 'Tencent', 'company'),
 ('百度', 'Baidu', 'company'),
 ('月之暗面', 'Moonshot AI', 'company');

INSERT INTO leaderboard (benchmark, snapshot, metric, source_id, section, quote) VALUES
 ('SuperClue', '2024-04', '总分', 2, '趋势一:AIGC · 2.行业观察 · SuperClue大模型评测2024年4月',
  'SuperClue大模型评测2024年4月 模型名称 机构 总分');

WITH v(name, org, score, quote) AS (VALUES
 ('GPT4-Turbo-0125',    'OpenAI',     79.13, 'GPT4-Turbo-0125 OpenAI 79.13'),
 ('GPT4-Turbo-0409',    'OpenAI',     77.02, 'GPT4-Turbo-0409 OpenAI 77.02'),
 ('GPT4(官网)',          'OpenAI',     75.32, 'GPT4(官网) OpenAI 75.32'),
 ('Claude3-Opus',       'Anthropic',  74.47, 'Claude3-Opus Anthropic 74.47'),
 ('Baichuan3',          '百川智能',    73.32, 'Baichuan3 百川智能 73.32'),
 ('GLM-4',              '清华&智谱AI', 72.58, 'GLM-4 清华&智谱AI 72.58'),
 ('通义千问2.1',         '阿里巴巴',    72.45, '通义千问2.1 阿里巴巴 72.45'),
 ('腾讯Hunyuan-pro',     '腾讯',       72.12, '腾讯Hunyuan-pro 腾讯 72.12'),
 ('文心一言4.0',         '百度',       71.9,  '文心一言4.0 百度 71.9'),
 ('Moonshot(KimiChat)', '月之暗面',    70.42, 'Moonshot(KimiChat) 月之暗面 70.42'),
 ('GPT3.5-Turbo-0125',  'OpenAI',     66.56, 'GPT3.5-Turbo-0125 OpenAI 66.56'))
INSERT INTO model (name, organization_id, source_id, section, quote)
SELECT v.name, o.id, 2, '趋势一:AIGC · 2.行业观察 · SuperClue大模型评测2024年4月', v.quote
FROM v JOIN organization o ON o.name = v.org;

WITH v(name, score, quote) AS (VALUES
 ('GPT4-Turbo-0125', 79.13, 'GPT4-Turbo-0125 OpenAI 79.13'),
 ('GPT4-Turbo-0409', 77.02, 'GPT4-Turbo-0409 OpenAI 77.02'),
 ('GPT4(官网)', 75.32, 'GPT4(官网) OpenAI 75.32'),
 ('Claude3-Opus', 74.47, 'Claude3-Opus Anthropic 74.47'),
 ('Baichuan3', 73.32, 'Baichuan3 百川智能 73.32'),
 ('GLM-4', 72.58, 'GLM-4 清华&智谱AI 72.58'),
 ('通义千问2.1', 72.45, '通义千问2.1 阿里巴巴 72.45'),
 ('腾讯Hunyuan-pro', 72.12, '腾讯Hunyuan-pro 腾讯 72.12'),
 ('文心一言4.0', 71.9, '文心一言4.0 百度 71.9'),
 ('Moonshot(KimiChat)', 70.42, 'Moonshot(KimiChat) 月之暗面 70.42'),
 ('GPT3.5-Turbo-0125', 66.56, 'GPT3.5-Turbo-0125 OpenAI 66.56'))
INSERT INTO leaderboard_entry (leaderboard_id, model_id, score, source_id, section, quote)
SELECT l.id, m.id, v.score, 2, '趋势一:AIGC · 2.行业观察 · SuperClue大模型评测2024年4月', v.quote
FROM v
JOIN model m ON m.name = v.name
JOIN leaderboard l ON l.benchmark = 'SuperClue' AND l.snapshot = '2024-04';
