-- Technology maturity curve (InfoQ, "2024年技术趋势展望 · 技术模型").
--
-- How the stages were chosen: only the stage names the report itself uses for positions on
-- its curve are rows of maturity_stage, in the order they run along the curve:
--   前沿技术  "前沿技术中，新增了6G"                      (frontier, the start of the curve)
--   早期推广  "处于早期推广技术" / "迈入早期推广"          (early adoption)
--   准成熟    "进入准成熟阶段" / "迈进准成熟技术"          (near-mature)
-- The generic suffixes 技术 / 阶段 are dropped (早期推广技术 -> 早期推广) except for 前沿技术,
-- where 前沿 alone is not the report's word. A 成熟 stage is not added: the report never
-- names it. 技术储备期 is not a stage of the curve: it is how 王志勤 (6G推进组) describes the
-- state of 6G in an interview, and the curve places 6G among 前沿技术; it is kept in the
-- note of the 6G row.
--
-- Curve years: the old curve is "2022年技术成熟度曲线"; the new one is titled
-- "2024年中国技术成熟度评估曲线", while the bullet says 数字孪生 "2023年进入准成熟阶段"
-- (the curve assesses 2023 and is published as the 2024 curve). curve_year = 2024 for it.
-- Only positions the text states are rows. The figure of the curve itself (an image) is not
-- in the seed text, so the other 160+ technologies on it are not known and not invented.

INSERT INTO maturity_stage (name, name_en, ordinal) VALUES
 ('前沿技术', 'Frontier technology', 1),
 ('早期推广', 'Early adoption', 2),
 ('准成熟', 'Near-mature', 3);

-- domain: not stated. The report files none of the four under a domain (通信, 人工智能 would
-- be the dataset's own grouping), so the curve shows them as "domain not stated".
-- name_en: 6G is the report's own name; the other three are the dataset's translations
-- (marked in 910_dataset_names.sql).
INSERT INTO technology (name, name_en, domain) VALUES
 ('6G', '6G', NULL),
 ('数字孪生', 'Digital twin', NULL),
 ('多模态生成', 'Multimodal generation', NULL),
 ('文本生成图像', 'Text-to-image generation', NULL);

-- as_written / inferred (schema 6): 数字孪生's move is dated 2023 by the text; the row sits on
-- the 2024 curve because the section it is stated under is that curve's.
WITH v(tech, curve_year, stage, is_new, quote, note, as_written, inferred) AS (VALUES
 ('6G', 2024, '前沿技术', 1,
  '前沿技术中，新增了**6G**，根据6G推进组负责人王志勤的专访，6G目前在技术储备期',
  '新增 on the 2024 curve. 王志勤 (6G推进组负责人) describes 6G as being in 技术储备期 (technology-reserve period); the curve places it among 前沿技术. Expected: 6G standard 2025, commercial use 2030 (see event, category forecast).', NULL, NULL),
 ('数字孪生', 2022, '早期推广', 0,
  '在2022年技术成熟度曲线中，**数字孪生**处于早期推广技术',
  NULL, NULL, NULL),
 ('数字孪生', 2024, '准成熟', 0,
  '**数字孪生**处于早期推广技术，2023年进入准成熟阶段',
  'Moved 早期推广 (2022 curve) -> 准成熟. The text says it entered 准成熟 in 2023; the curve is titled 2024.',
  '2023年进入准成熟阶段',
  'curve_year: the curve of the section it is stated under (2024年中国技术成熟度评估曲线), while the text dates the move 2023年'),
 ('多模态生成', 2024, '早期推广', 0,
  '多模态生成整体迈进早期推广技术',
  '"整体迈进" implies it was at an earlier stage before, but its position on the 2022 curve is not stated, so no 2022 row.', NULL, NULL),
 ('文本生成图像', 2024, '准成熟', 0,
  '文本生成图像率先迈进准成熟技术',
  '"率先迈进" (first of the multimodal-generation technologies to reach 准成熟); its earlier position is not stated.', NULL, NULL))
INSERT INTO maturity_position (technology_id, curve_year, stage, is_new, source_id, section, quote, note,
                               as_written, inferred)
SELECT t.id, v.curve_year, v.stage, v.is_new, 1,
       CASE v.tech WHEN '6G' THEN '技术模型：多模态生成整体迈入早期推广，数字孪生进入准成熟 · 2024年中国技术成熟度评估曲线 · 新增：6G'
                   ELSE '技术模型：多模态生成整体迈入早期推广，数字孪生进入准成熟 · 2024年中国技术成熟度评估曲线 · 阶段性变化：数字孪生与多模态生态' END,
       v.quote, v.note, v.as_written, v.inferred
FROM v JOIN technology t ON t.name = v.tech;
