-- Purchasing criteria: the shipped criterion rows, criteria_check() and
-- meets_criteria(), a user's own scheme and overrides.
-- The shipped thresholds and their confidence come from
-- doc/derivations.md#eu-reparability and #procurement-criteria (tags:
-- #circularity-notes): [V] facts read in the
-- scheme's own text are 'verified', [V] facts read in a summary of the legal
-- text 'secondary', [U] facts (and [V] ones read only in the proposal)
-- 'unverified'.
SET search_path = circular_ict, public;
\set SHOW_CONTEXT never

-- what is shipped, per scheme and confidence
SELECT scheme, scheme_version, confidence, count(*) AS criteria,
       string_agg(DISTINCT category, ', ' ORDER BY category) AS categories
  FROM criterion WHERE shipped GROUP BY 1, 2, 3 ORDER BY 1, 3;
-- the ecodesign minimums of Regulation (EU) 2023/1670 for smartphones (the
-- same for tablets): spare parts and repair information 7 years [V, read in
-- summaries], battery 800 cycles at 80 % (secondary: a report on the adopted
-- rules), OS updates 5 years [V only in the proposal], spare-part delivery
-- 5 working days in the first period and 10 later (secondary: reports of the
-- Commission's 15 April 2025 amendment notice; issue 12, E7), update delays [U]
SELECT code, attribute, operator, threshold, unit, level, confidence
  FROM criterion WHERE scheme = 'EU-Ecodesign' AND category = 'smartphone' ORDER BY code;
SELECT count(*) = 0 AS tablet_same_as_smartphone
  FROM (SELECT code, attribute, operator, threshold, unit, level, confidence FROM criterion
         WHERE scheme = 'EU-Ecodesign' AND category = 'smartphone'
        EXCEPT
        SELECT code, attribute, operator, threshold, unit, level, confidence FROM criterion
         WHERE scheme = 'EU-Ecodesign' AND category = 'tablet') AS d;
-- the Swedish core and advanced warranty levels [V]
SELECT category, code, attribute, operator, threshold, level, confidence
  FROM criterion WHERE scheme = 'SE-Upphandlingsmyndigheten' AND attribute = 'warranty_years'
 ORDER BY level, category;
-- issue 12 (E7, E8, Sweden): a smartphone delivering parts in 7 working days
-- meets the later 10-day rule and fails the first period's 5 days
SELECT criterion, actual, passed FROM criteria_check('{"spare_parts_delivery_days": 7}', 'smartphone', 'EU-Ecodesign')
 WHERE criterion LIKE 'spare_parts_delivery%' ORDER BY criterion;
-- Sweden's warranty criteria (KravID 11184:1) apply to all IT equipment:
-- phones and tablets have the same 1-year core (battery, pick-up or on-site)
-- and 3-year advanced rows as laptops
SELECT category, code, operator, threshold, level, confidence FROM criterion
 WHERE scheme = 'SE-Upphandlingsmyndigheten' AND category IN ('smartphone', 'tablet') ORDER BY category, code;
-- EPEAT's 2009 rows say they are superseded (IEEE 1680.1-2018, mandatory
-- for EPEAT from 29 June 2019; Compliance & Risks 2019)
SELECT count(*) AS epeat_rows, count(*) FILTER (WHERE source LIKE '%superseded: IEEE 1680.1-2018%') AS marked
  FROM criterion WHERE shipped AND scheme = 'EPEAT-2009';
-- the rows no checked source supports, each kept and named (29: was 33;
-- E7's delivery and the 800 cycles rose to secondary)
SELECT scheme, code, count(*) AS categories FROM criterion WHERE shipped AND confidence = 'unverified'
 GROUP BY 1, 2 ORDER BY 1, 2;
SELECT count(*) AS unverified FROM criterion WHERE shipped AND confidence = 'unverified';
-- no source cites the research notes
SELECT count(*) AS citing_notes FROM criterion WHERE shipped AND source ~ '\.md';
-- every shipped row names its source; none is filed under a category
-- outside the fleet's (device_category)
SELECT count(*) FILTER (WHERE source = '') AS without_source,
       count(*) FILTER (WHERE category NOT IN (SELECT name FROM device_category)) AS odd_category
  FROM criterion WHERE shipped;

-- a smartphone that declares everything the EU minimums test
SELECT * FROM criteria_check('{"spare_parts_years": 7, "spare_parts_delivery_days": 5, "repair_info_years": 8,
                               "repairer_registration_days": 3, "os_update_years": 5, "battery_cycles_80pct": 1000,
                               "security_update_delay_months": 2, "functionality_update_delay_months": 6}',
                             'smartphone', 'EU-Ecodesign');
SELECT meets_criteria('{"spare_parts_years": 7, "spare_parts_delivery_days": 5, "repair_info_years": 8,
                        "repairer_registration_days": 3, "os_update_years": 5, "battery_cycles_80pct": 1000,
                        "security_update_delay_months": 2, "functionality_update_delay_months": 6}',
                      'smartphone', 'EU-Ecodesign') AS meets;
-- the issue's example attributes: two criteria pass, one fails, the rest
-- are not declared (passed NULL: unknown is not a pass)
SELECT * FROM criteria_check('{"warranty_years": 3, "spare_parts_years": 7, "battery_replaceable": true, "os_update_years": 4}',
                             'tablet', 'EU-Ecodesign');
-- meets_criteria: false as soon as one fails, NULL while one is unknown,
-- NULL when no criterion applies, true only when all pass
SELECT meets_criteria('{"spare_parts_years": 7, "os_update_years": 4}', 'tablet', 'EU-Ecodesign') AS one_failed,
       meets_criteria('{"spare_parts_years": 7, "os_update_years": 5}', 'tablet', 'EU-Ecodesign') AS some_unknown,
       meets_criteria('{"warranty_years": 1}', 'laptop', 'EU-Ecodesign') AS none_apply,
       meets_criteria('{"warranty_years": 3, "warranty_includes_battery": true, "warranty_pickup_or_onsite": true}',
                      'laptop', 'SE-Upphandlingsmyndigheten', 'core') AS core_unknown_rest,
       meets_criteria('{"warranty_years": 3}', 'monitor', 'SE-Upphandlingsmyndigheten', 'advanced') AS advanced;
-- a JSON null is not a declaration
SELECT criterion, actual, passed FROM criteria_check('{"spare_parts_years": null}', 'smartphone', 'EU-Ecodesign')
 WHERE criterion = 'spare_parts';

-- levels: core and advanced apart, or all of them (NULL)
SELECT criterion, required, actual, passed
  FROM criteria_check('{"warranty_years": 2, "warranty_pickup_or_onsite": true, "spare_parts_years_after_delivery": 3}',
                      'monitor', 'SE-Upphandlingsmyndigheten', 'core');
SELECT criterion, required, actual, passed
  FROM criteria_check('{"warranty_years": 2}', 'monitor', 'SE-Upphandlingsmyndigheten', 'advanced');
SELECT count(*) AS all_levels FROM criteria_check('{}', 'monitor', 'SE-Upphandlingsmyndigheten');
-- a text threshold (=) and the <= operators with negative thresholds
SELECT criterion, required, actual, passed
  FROM criteria_check('{"charging_port": "USB-C"}', 'smartphone', 'TCO-Certified-gen9') WHERE attribute = 'charging_port';
SELECT criterion, required, actual, passed
  FROM criteria_check('{"storage_temp_min_c": -30, "operating_temp_min_c": -10, "drop_test_cm": 76.2}',
                      'laptop', 'TCO-Certified-gen8')
 WHERE actual IS NOT NULL;

-- errors: unknown scheme, category and level; attributes that are not an
-- object; an attribute of the wrong JSON type, named in the message
SELECT * FROM criteria_check('{}', 'smartphone', 'EU-Ecodesing');
SELECT * FROM criteria_check('{}', 'phone', 'EU-Ecodesign');
SELECT * FROM criteria_check('{}', 'laptop', 'SE-Upphandlingsmyndigheten', 'comprehensive');
SELECT * FROM criteria_check('[7, 5]', 'smartphone', 'EU-Ecodesign');
SELECT * FROM criteria_check('{"spare_parts_years": "7 years"}', 'smartphone', 'EU-Ecodesign');
SELECT * FROM criteria_check('{"battery_replaceable": "yes"}', 'tablet', 'TCO-Certified-gen10');
SELECT * FROM criteria_check('{"battery_replaceable": 1}', 'tablet', 'TCO-Certified-gen10');
SELECT * FROM criteria_check('{"charging_port": true}', 'tablet', 'TCO-Certified-gen9');
SELECT meets_criteria('{"os_update_years": [5]}', 'smartphone', 'EU-Ecodesign');
-- NULL arguments: no scheme or category, no rows; no attributes, all unknown
SELECT count(*) AS rows_for_null_scheme FROM criteria_check('{}', 'smartphone', NULL);
SELECT meets_criteria('{}', NULL, 'EU-Ecodesign') IS NULL AS null_category;
SELECT count(*) AS criteria, count(passed) AS known FROM criteria_check(NULL, 'smartphone', 'EU-Ecodesign');

-- a buyer group's own scheme, added as rows (shipped defaults to false)
INSERT INTO criterion (scheme, scheme_version, category, code, description, attribute, operator, threshold, unit, level, source, confidence)
VALUES ('Buyer Group ICT', '2024', 'laptop', 'warranty', 'Warranty of at least 5 years', 'warranty_years', '>=', 5, 'years', 'core', 'buyer group agreement 2024', 'verified'),
       ('Buyer Group ICT', '2024', 'laptop', 'spare_parts', 'Spare parts 7 years after delivery', 'spare_parts_years_after_delivery', '>=', 7, 'years after delivery', 'core', 'buyer group agreement 2024', 'verified'),
       ('Buyer Group ICT', '2024', 'laptop', 'refurbished', 'Offered refurbished', 'refurbished', 'is true', NULL, NULL, 'ambition', 'buyer group agreement 2024', 'verified'),
       ('Buyer Group ICT', '2024', 'laptop', 'tco', 'TCO Certified generation 10', 'tco_certified_generation', '=', 10, NULL, 'core', 'buyer group agreement 2024', 'verified'),
       ('Buyer Group ICT', '2024', 'docking_station', 'warranty', 'Warranty of at least 3 years', 'warranty_years', '>=', 3, 'years', 'core', 'buyer group agreement 2024', 'verified');
SELECT * FROM criteria_check('{"warranty_years": 5, "spare_parts_years_after_delivery": 7, "refurbished": false,
                               "tco_certified_generation": 9}',
                             'laptop', 'Buyer Group ICT');
SELECT meets_criteria('{"warranty_years": 5, "spare_parts_years_after_delivery": 7, "tco_certified_generation": 10}',
                      'laptop', 'Buyer Group ICT', 'core') AS core,
       meets_criteria('{"warranty_years": 4}', 'docking_station', 'Buyer Group ICT') AS own_category;
-- a user's row overrides the shipped one of the same scheme, category and
-- code (here: a stricter spare-parts period); the shipped row stays
INSERT INTO criterion (scheme, scheme_version, category, code, description, attribute, operator, threshold, unit, level, source, confidence)
VALUES ('EU-Ecodesign', '2023/1670', 'smartphone', 'spare_parts', 'Spare parts 8 years (our reading)', 'spare_parts_years', '>=', 8,
        'years after the end of placement on the market', 'legal minimum', 'our legal department, 2025', 'derived');
SELECT criterion, required, actual, passed
  FROM criteria_check('{"spare_parts_years": 7}', 'smartphone', 'EU-Ecodesign') WHERE criterion = 'spare_parts';
SELECT shipped, threshold FROM criterion
 WHERE scheme = 'EU-Ecodesign' AND category = 'smartphone' AND code = 'spare_parts' ORDER BY shipped;
-- pg_dump keeps the user's rows, not the shipped ones
SELECT c.extcondition[array_position(c.extconfig, 'circular_ict.criterion'::regclass)] AS dumped_rows
  FROM pg_extension c WHERE c.extname = 'circular_ict';

-- the table's checks
INSERT INTO criterion (scheme, category, code, description, attribute, operator, threshold, level, source, confidence)
VALUES ('X', 'laptop', 'a', 'a', 'warranty_years', '>', 3, 'core', 's', 'verified');
INSERT INTO criterion (scheme, category, code, description, attribute, operator, threshold, level, source, confidence)
VALUES ('X', 'laptop', 'a', 'a', 'battery_replaceable', 'is true', 1, 'core', 's', 'verified');
INSERT INTO criterion (scheme, category, code, description, attribute, operator, level, source, confidence)
VALUES ('X', 'laptop', 'a', 'a', 'warranty_years', '>=', 'core', 's', 'verified');
INSERT INTO criterion (scheme, category, code, description, attribute, operator, threshold, threshold_text, level, source, confidence)
VALUES ('X', 'laptop', 'a', 'a', 'charging_port', '=', 1, 'USB-C', 'core', 's', 'verified');
INSERT INTO criterion (scheme, category, code, description, attribute, operator, threshold, level, source, confidence)
VALUES ('X', 'laptop', 'a', 'a', 'warranty_years', '>=', 'NaN', 'core', 's', 'verified');
INSERT INTO criterion (scheme, category, code, description, attribute, operator, threshold, level, source, confidence)
VALUES ('X', 'laptop', 'a', 'a', 'warranty_years', '>=', 3, 'core', 's', 'probably');
INSERT INTO criterion (scheme, category, code, description, attribute, operator, threshold, level, source)
VALUES ('X', 'laptop', 'a', 'a', 'warranty_years', '>=', 3, 'core', 's');

DELETE FROM criterion WHERE NOT shipped;

-- labels
SELECT p.oid::regprocedure, p.provolatile, p.proparallel, p.proisstrict, p.proconfig,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
  FROM pg_proc p
 WHERE p.pronamespace = 'circular_ict'::regnamespace AND p.proname IN ('criteria_check', 'meets_criteria')
 ORDER BY p.proname;
SELECT a.attname, col_description(a.attrelid, a.attnum) IS NOT NULL AS documented
  FROM pg_attribute a WHERE a.attrelid = 'circular_ict.criterion'::regclass AND a.attnum > 0 ORDER BY a.attnum;
SELECT obj_description('circular_ict.criterion'::regclass, 'pg_class') IS NOT NULL AS table_documented,
       has_table_privilege('public', 'circular_ict.criterion', 'SELECT') AS public_reads;
