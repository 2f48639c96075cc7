-- Synthetic national assessment data for bench/assessment-bench.sh (benchmarks only; never run against real data).
-- Needs a database the app has migrated with Seed:Demo=false (the default framework, regions and provinces, no cities).
-- Makes 7,850 approved local governments in the real mix of types, a published 60-indicator framework (the default
-- framework's 12 focus areas, 5 indicators each: its 26 indicators plus 34 more), 10 cycles (BE 2559–2568) and in
-- each cycle one validated assessment per city with 60 values (4.71 million values), with the stored scores
-- (focus area = mean of its indicators' scores, area = mean of its focus areas, overall = mean of the areas).
-- Reproducible: setseed() before the random parts.
\set ON_ERROR_STOP on
\timing off
SET client_min_messages = warning;
SET maintenance_work_mem = '256MB';
SET work_mem = '64MB';
-- Bulk load: skip the foreign-key triggers (every key below is made consistent by construction).
SET session_replication_role = replica;

BEGIN;
SELECT setseed(0.42);

-- 1. Cities: 1 BMA, 1 Pattaya, 76 PAOs (one per province outside Bangkok), 30 city, 195 town and 2,247 subdistrict
--    municipalities, 5,300 subdistrict administrative organisations = 7,850.
CREATE TEMP TABLE bench_provinces AS
  SELECT row_number() OVER (ORDER BY "Code") - 1 AS n, "Code", "Name_Th", "Name_En" FROM cities_provinces WHERE "Code" <> 'TH-10';
CREATE TEMP TABLE bench_cities AS
  SELECT g AS n,
         CASE WHEN g = 1 THEN 1 WHEN g = 2 THEN 2 WHEN g <= 78 THEN 3 WHEN g <= 108 THEN 4 WHEN g <= 303 THEN 5 WHEN g <= 2550 THEN 6 ELSE 7 END AS type,
         random() AS r1, random() AS r2
  FROM generate_series(1, 7850) g;
INSERT INTO cities_learning_cities ("LocalGovernmentType", "ProvinceCode", "Population", "Status", "IsDemo", "CreatedAt", "UpdatedAt", "Version",
                                    "Name_Th", "Name_En", "Vision_Th", "Background_Th", "Challenges_Th", "Opportunities_Th", "JoinedNetworkYear")
SELECT c.type, p."Code",
       CASE c.type WHEN 1 THEN 5500000 WHEN 2 THEN 120000
                   WHEN 3 THEN 200000 + (c.r2 * 2400000)::int WHEN 4 THEN 50000 + (c.r2 * 250000)::int
                   WHEN 5 THEN 10000 + (c.r2 * 90000)::int WHEN 6 THEN 2000 + (c.r2 * c.r2 * 28000)::int
                   ELSE 1500 + (c.r2 * c.r2 * 23500)::int END,
       1, true, now(), now(), 0,
       CASE c.type WHEN 1 THEN 'กรุงเทพมหานคร' WHEN 2 THEN 'เมืองพัทยา' WHEN 3 THEN 'องค์การบริหารส่วนจังหวัด' || p."Name_Th"
                   WHEN 4 THEN 'เทศบาลนครทดสอบ ' || c.n WHEN 5 THEN 'เทศบาลเมืองทดสอบ ' || c.n WHEN 6 THEN 'เทศบาลตำบลทดสอบ ' || c.n
                   ELSE 'องค์การบริหารส่วนตำบลทดสอบ ' || c.n END,
       CASE c.type WHEN 1 THEN 'Bangkok Metropolitan Administration' WHEN 2 THEN 'Pattaya City' WHEN 3 THEN p."Name_En" || ' Provincial Administrative Organisation'
                   WHEN 4 THEN 'Test City Municipality ' || c.n WHEN 5 THEN 'Test Town Municipality ' || c.n WHEN 6 THEN 'Test Subdistrict Municipality ' || c.n
                   ELSE 'Test Subdistrict Administrative Organisation ' || c.n END,
       '', '', '', '', 2015 + (c.r1 * 10)::int
FROM bench_cities c
JOIN bench_provinces p ON p.n = CASE WHEN c.type = 3 THEN c.n - 3 ELSE (c.r1 * 1000)::int % 76 END
WHERE c.type <> 1 AND c.type <> 2
UNION ALL
SELECT c.type, CASE c.type WHEN 1 THEN 'TH-10' ELSE 'TH-20' END, CASE c.type WHEN 1 THEN 5500000 ELSE 120000 END, 1, true, now(), now(), 0,
       CASE c.type WHEN 1 THEN 'กรุงเทพมหานคร' ELSE 'เมืองพัทยา' END, CASE c.type WHEN 1 THEN 'Bangkok Metropolitan Administration' ELSE 'Pattaya City' END,
       '', '', '', '', 2016
FROM bench_cities c WHERE c.type IN (1, 2);

-- 2. Framework version 2 (published): the default framework's areas and focus areas, 5 indicators per focus area.
INSERT INTO assessment_frameworks ("VersionNumber", "Status", "CreatedAt", "PublishedAt", "IsDemo", "Version", "Name_Th", "Name_En")
SELECT max("VersionNumber") + 1, 1, now(), now(), true, 1, 'กรอบตัวชี้วัด 60 ตัว (ทดสอบสมรรถนะ)', '60-indicator framework (benchmark)' FROM assessment_frameworks;
CREATE TEMP TABLE bench_fw AS SELECT max("Id") AS id FROM assessment_frameworks;
INSERT INTO assessment_areas ("FrameworkId", "Code", "Weight", "SortOrder", "Name_Th", "Name_En")
SELECT (SELECT id FROM bench_fw), "Code", "Weight", "SortOrder", "Name_Th", "Name_En" FROM assessment_areas WHERE "FrameworkId" = 1;
INSERT INTO assessment_focus_areas ("AreaId", "Code", "Weight", "SortOrder", "Name_Th", "Name_En")
SELECT na."Id", f."Code", f."Weight", f."SortOrder", f."Name_Th", f."Name_En"
FROM assessment_focus_areas f JOIN assessment_areas oa ON oa."Id" = f."AreaId" AND oa."FrameworkId" = 1
JOIN assessment_areas na ON na."Code" = oa."Code" AND na."FrameworkId" = (SELECT id FROM bench_fw);
INSERT INTO assessment_indicators ("FocusAreaId", "Code", "ValueType", "Unit", "Direction", "Baseline", "Target", "Weight", "Required", "EvidenceRequired",
                                   "PlatformSource", "SortOrder", "Guidance_Th", "Guidance_En", "Name_Th", "Name_En")
SELECT nf."Id", k.code, coalesce(i."ValueType", CASE WHEN k.s % 2 = 0 THEN 0 ELSE 1 END), coalesce(i."Unit", CASE WHEN k.s % 2 = 0 THEN 'คน' ELSE '%' END),
       coalesce(i."Direction", 0), CASE WHEN i."Id" IS NULL THEN 0 ELSE i."Baseline" END, CASE WHEN i."Id" IS NULL THEN 100 ELSE i."Target" END,
       1, true, coalesce(i."EvidenceRequired", false), i."PlatformSource", k.s - 1, coalesce(i."Guidance_Th", ''), i."Guidance_En",
       coalesce(i."Name_Th", 'ตัวชี้วัดเพิ่มเติม ' || k.code), coalesce(i."Name_En", 'Additional indicator ' || k.code)
FROM assessment_focus_areas nf
JOIN assessment_areas na ON na."Id" = nf."AreaId" AND na."FrameworkId" = (SELECT id FROM bench_fw)
CROSS JOIN LATERAL (SELECT s, nf."Code" || '.' || s AS code FROM generate_series(1, 5) s) k
LEFT JOIN (assessment_indicators i JOIN assessment_focus_areas of ON of."Id" = i."FocusAreaId"
           JOIN assessment_areas oa ON oa."Id" = of."AreaId" AND oa."FrameworkId" = 1) ON of."Code" = nf."Code" AND i."Code" = k.code;

-- 3. Ten cycles, BE 2559–2568.
INSERT INTO assessment_cycles ("YearBe", "FrameworkId", "Deadline", "IsDemo", "CreatedAt", "Name_Th", "Name_En")
SELECT 2558 + y, (SELECT id FROM bench_fw), make_date(2015 + y, 12, 31), true, now(),
       'การประเมินตนเองเมืองแห่งการเรียนรู้ ปี ' || (2558 + y) || ' (ทดสอบ)', 'Learning city self-assessment ' || (2015 + y) || ' (benchmark)'
FROM generate_series(1, 10) y;

-- 4. One validated assessment per city and cycle (78,500).
INSERT INTO assessment_city_assessments ("CycleId", "CityId", "Status", "Revision", "SubmittedAt", "ReviewedAt", "UpdatedAt", "Version")
SELECT y."Id", c."Id", 3, 1, now(), now(), now(), 1
FROM assessment_cycles y CROSS JOIN cities_learning_cities c
WHERE y."FrameworkId" = (SELECT id FROM bench_fw)
ORDER BY y."Id", c."Id";
COMMIT;

-- 5. 60 values per assessment (4.71 million). The two secondary indexes are built after the load.
DROP INDEX "IX_assessment_values_CityAssessmentId_IndicatorId";
DROP INDEX "IX_assessment_values_IndicatorId";
BEGIN;
SELECT setseed(0.43);
-- A city's level (quality) and yearly trend, so cycles differ and some cities improve more than others.
CREATE TEMP TABLE bench_level AS SELECT "Id" AS city_id, 25 + random() * 45 AS q, random() * 4 - 1 AS trend FROM cities_learning_cities;
CREATE TEMP TABLE bench_indicators AS
  SELECT i."Id", i."ValueType", i."Baseline", i."Target", i."PlatformSource"
  FROM assessment_indicators i JOIN assessment_focus_areas f ON f."Id" = i."FocusAreaId"
  JOIN assessment_areas a ON a."Id" = f."AreaId" AND a."FrameworkId" = (SELECT id FROM bench_fw);
INSERT INTO assessment_values ("CityAssessmentId", "IndicatorId", "Number", "Text", "Prefilled", "PrefillSource", "Evidence", "Score")
SELECT v.aid, v.iid,
       CASE WHEN v.vt = 4 THEN NULL WHEN v.vt = 2 THEN (v.score >= 50)::int WHEN v.vt = 3 THEN round((1 + v.score / 25)::numeric, 0)
            ELSE round((coalesce(v.b, 0) + (coalesce(v.t, 100) - coalesce(v.b, 0)) * v.score::numeric / 100), 4) END,
       CASE WHEN v.vt = 4 THEN 'ระดมทุนจากวิสาหกิจชุมชนและวัดในพื้นที่ (ข้อมูลทดสอบ)' END,
       CASE WHEN v.src IS NOT NULL THEN round((coalesce(v.b, 0) + (coalesce(v.t, 100) - coalesce(v.b, 0)) * v.score::numeric / 100), 4) END,
       v.src, '[]', CASE WHEN v.vt = 4 THEN NULL ELSE v.score END
FROM (
  SELECT a."Id" AS aid, i."Id" AS iid, i."ValueType" AS vt, i."Baseline" AS b, i."Target" AS t, i."PlatformSource" AS src,
         greatest(0, least(100, l.q + l.trend * (y."YearBe" - 2559) + (random() - 0.5) * 40)) AS score
  FROM assessment_city_assessments a
  JOIN assessment_cycles y ON y."Id" = a."CycleId" AND y."FrameworkId" = (SELECT id FROM bench_fw)
  JOIN bench_level l ON l.city_id = a."CityId"
  CROSS JOIN bench_indicators i
  ORDER BY a."Id", i."Id"
) v;
COMMIT;
CREATE UNIQUE INDEX "IX_assessment_values_CityAssessmentId_IndicatorId" ON assessment_values ("CityAssessmentId", "IndicatorId");
CREATE INDEX "IX_assessment_values_IndicatorId" ON assessment_values ("IndicatorId");

-- 6. Stored scores: focus area, area, overall (1,256,000 rows: 1 overall, 3 areas, 12 focus areas per assessment), and the overall index on the assessment.
BEGIN;
CREATE TEMP TABLE bench_focus AS
  SELECT a."Id" AS aid, a."CycleId" AS cycle_id, a."CityId" AS city_id, f."AreaId" AS area_id, f."Id" AS focus_id, avg(v."Score") AS score
  FROM assessment_values v JOIN assessment_city_assessments a ON a."Id" = v."CityAssessmentId"
  JOIN assessment_indicators i ON i."Id" = v."IndicatorId" JOIN assessment_focus_areas f ON f."Id" = i."FocusAreaId"
  WHERE v."Score" IS NOT NULL
  GROUP BY a."Id", a."CycleId", a."CityId", f."AreaId", f."Id";
CREATE TEMP TABLE bench_area AS
  SELECT aid, cycle_id, city_id, area_id, avg(score) AS score FROM bench_focus GROUP BY aid, cycle_id, city_id, area_id;
INSERT INTO assessment_scores ("CycleId", "CityId", "CityAssessmentId", "Level", "ItemId", "Score")
SELECT cycle_id, city_id, aid, 0, 0, avg(score) FROM bench_area GROUP BY aid, cycle_id, city_id
UNION ALL SELECT cycle_id, city_id, aid, 1, area_id, score FROM bench_area
UNION ALL SELECT cycle_id, city_id, aid, 2, focus_id, score FROM bench_focus
ORDER BY 1, 3, 4 DESC, 5;
UPDATE assessment_city_assessments a SET "OverallScore" = s."Score"
FROM assessment_scores s WHERE s."CityAssessmentId" = a."Id" AND s."Level" = 0;
-- What CycleScores stores beside the scores: the national mean of every score, and each city's change of overall
-- index since the previous cycle (the top improvers).
INSERT INTO assessment_national_scores ("CycleId", "Level", "ItemId", "Mean", "Cities")
SELECT "CycleId", "Level", "ItemId", avg("Score"), count(*) FROM assessment_scores GROUP BY "CycleId", "Level", "ItemId";
UPDATE assessment_city_assessments a SET "OverallChange" = a."OverallScore" - p."OverallScore"
FROM assessment_cycles ac, assessment_cycles pc, assessment_city_assessments p
WHERE ac."Id" = a."CycleId" AND pc."YearBe" = ac."YearBe" - 1 AND p."CycleId" = pc."Id" AND p."CityId" = a."CityId";
-- The insights' two stored figures (see CycleScores): the Booster participation figure and the mean score of the
-- other scored indicators of its focus area.
UPDATE assessment_city_assessments a SET "BoosterParticipation" = x.figure, "LearningParticipationScore" = x.y
FROM (
  SELECT v."CityAssessmentId" AS aid,
         max(coalesce(v."Number", v."Prefilled")) FILTER (WHERE i."PlatformSource" = 'booster_participants_per_1000') AS figure,
         round(avg(v."Score") FILTER (WHERE i."PlatformSource" IS NULL)::numeric, 2)::float8 AS y
  FROM assessment_values v JOIN assessment_indicators i ON i."Id" = v."IndicatorId"
  WHERE i."FocusAreaId" IN (SELECT "FocusAreaId" FROM assessment_indicators WHERE "PlatformSource" = 'booster_participants_per_1000')
  GROUP BY v."CityAssessmentId"
) x WHERE x.aid = a."Id";
COMMIT;

SET session_replication_role = origin;
VACUUM ANALYZE cities_learning_cities;
VACUUM ANALYZE assessment_city_assessments;
VACUUM ANALYZE assessment_values;
VACUUM ANALYZE assessment_scores;
ANALYZE;
