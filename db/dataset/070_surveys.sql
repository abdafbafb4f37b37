-- Survey results stated in the text. Every figure here comes from one survey:
-- "InfoQ在2023年11-12月进行AI应用开发者调研，N=1217" (the data-source line under each page).
-- The coding-assistant page calls it "InfoQ发起的生成式人工智能开发者调研" in the prose, but
-- its data-source line names the same survey and N, so it is the same survey name here.
-- question: the report's own question where it prints one ("Q：..."); otherwise a short
-- wording of what the page measures, as close to the report's words as possible.
-- Percentages of multi-answer questions (coding assistants; problems to solve) are rates
-- per answer and do not add up to 100: they are not shares of one whole.
-- Charts whose numbers are not in the text (AI算力构建方式 apart from 32.80%, 构建方式分布,
-- 端侧AI, AI开发者人才层级分布, 认知度 of models other than GPT) are not here.
-- The enterprise IT-spend shifts (信通院 FinOps survey) are key figures in 090_cloud.sql.

WITH v(question, answer, percent, rank, section, quote, note) AS (VALUES
 ('请问您/公司的AI算力是哪种类型？', '主要使用算力云服务构建AI算力', 32.8, NULL,
  '基础设施：算力是大模型的「发动机」，云算力成为AI应用的首选方式 · 用户调研：企业AI算力构建方式',
  '有32.80%的企业主要使用算力云服务构建AI算力',
  'Question as printed under the chart ("Q：请问您/公司的AI算力是哪种类型？"). The other answers are only in the chart.'),
 ('通用大模型认知度', 'GPT系列大模型', 52.2, 1,
  '产品：通用大模型认知度梯队初现',
  'GPT系列大模型以52.20%的认知度排名第一',
  'Awareness (认知度) of general large models among AI application developers; GPT series ranks first. Other models only in the chart.'),
 ('智能编码助手产品的开发者使用率', 'GitHub Copilot', 64.5, 1,
  '产品：开发者智能编码助手使用习惯养成',
  'GitHub Copilot 以显著优势位居第一，占比64.5%',
  'Multiple answers: usage rates do not sum to 100. 8 products exceed 10% usage (key_figure); rank 4 and ranks 6-8 are not named in the text.'),
 ('智能编码助手产品的开发者使用率', 'Amazon CodeWhisperer', 24.8, 2,
  '产品：开发者智能编码助手使用习惯养成',
  'Amazon CodeWhisperer 以24.8%位列第二',
  'Multiple answers: usage rates do not sum to 100.'),
 ('智能编码助手产品的开发者使用率', 'Codex', 23.2, 3,
  '产品：开发者智能编码助手使用习惯养成',
  'Codex 以23.2%的份额位于第三位',
  'The report says 份额 (share); it is a usage rate of a multi-answer question.'),
 ('智能编码助手产品的开发者使用率', '通义灵码', 12.9, 5,
  '产品：开发者智能编码助手使用习惯养成',
  '唯一一款国内企业研发的产品为阿里旗下的通义灵码，使用率占比12.9%排名第五',
  'The only product of the 8 made by a Chinese company (阿里旗下).'),
 ('所处企业是否已开始构建大模型能力', '已经开始构建大模型能力', 67.57, NULL,
  '产品：大多企业已开始构建大模型能力，应用超市受开发者关注',
  '67.57%的AI应用开发者所处的企业已经开始构建大模型能力',
  'Ways of building (采买/调用商业大模型, 基于开源构建, 基于商业大模型的本地化部署) are named, their shares only in the chart.'),
 ('对类似GPT Store的模型应用超市的开发意愿', '开发意愿非常强烈', 38, NULL,
  '产品：大多企业已开始构建大模型能力，应用超市受开发者关注 · AI应用生成开发者对模型应用超市的开发意愿度',
  '38%的开发者的开发意愿非常强烈',
  NULL),
 ('对类似GPT Store的模型应用超市的开发意愿', '要看平台类型和聚集的用户数', 23.7, NULL,
  '产品：大多企业已开始构建大模型能力，应用超市受开发者关注 · AI应用生成开发者对模型应用超市的开发意愿度',
  '23.7%的AI应用开发者表示要看平台类型和聚集的用户数',
  'The remaining answers are only in the chart.'),
 ('开发者认为未来需要解决的问题', '算力问题', 36, 4,
  '1、人工智能浪潮引领基础设施新必然——算力军备竞赛继续',
  '4th 算力问题是开发者认为未来需要解决的问题排名 算力问题 36%',
  'Multiple answers. Ranked 4th; 36% of developers name it.'),
 ('开发者认为未来需要解决的问题', 'AI应用缺乏好的应用场景', 24, NULL,
  '3、大模型激战——国内场景争夺战打响，应用试炼拉开序幕',
  '24% 的受访开发者希望AI应用缺乏好的应用场景的问题未来能够得到解决',
  'Taken to be the same multi-answer question as 算力问题 (both: problems developers hope to see solved); the report does not print the question. Rank not stated.'))
INSERT INTO survey_stat (survey, question, answer, percent, respondents, rank, source_id, section, quote, note)
SELECT 'InfoQ AI应用开发者调研（2023年11-12月）', question, answer, percent, 1217, rank, 1, section, quote, note FROM v;

INSERT INTO key_figure (family, subject, metric, value, unit, qualifier, period, source_id, section, quote, note) VALUES
 ('survey', '智能编码助手', '开发者使用率超过10%的产品数', 8, 'count', 'exact', '2023', 1,
  '产品：开发者智能编码助手使用习惯养成',
  '智能编码助手产品的开发者使用率超过10%的产品有8款',
  'InfoQ AI应用开发者调研（2023年11-12月）, N=1217.');
