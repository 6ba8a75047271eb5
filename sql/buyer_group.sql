-- the buyer group: organisations in one database, each member seeing and
-- writing only its own rows (row-level security), group benchmarks
-- published only where at least k organisations contribute.
--
-- Real roles, switched with SET ROLE (none of them is a superuser; SET ROLE
-- drops the superuser's rights).  Roles are cluster-wide: the names are
-- this test's own, and it drops them at the end.
--   regress_bg_dba    the DBA: member of circular_ict_admin
--   regress_bg_a      analyst of Org A (writes)
--   regress_bg_b      analyst of Org B (writes)
--   regress_bg_bi_a   BI connection of Org A (reads only)
--   regress_bg_multi  analyst who writes Org C and Org D
--   regress_bg_none   in circular_ict_member, listed for no organisation
--   regress_bg_out    in neither role
\set SHOW_CONTEXT never
SET client_min_messages = warning;
DROP ROLE IF EXISTS regress_bg_dba, regress_bg_a, regress_bg_b, regress_bg_bi_a, regress_bg_multi,
	regress_bg_none, regress_bg_out;
RESET client_min_messages;
CREATE ROLE regress_bg_dba NOLOGIN IN ROLE circular_ict_admin;
CREATE ROLE regress_bg_a NOLOGIN IN ROLE circular_ict_member;
CREATE ROLE regress_bg_b NOLOGIN IN ROLE circular_ict_member;
CREATE ROLE regress_bg_bi_a NOLOGIN IN ROLE circular_ict_reader;
CREATE ROLE regress_bg_multi NOLOGIN IN ROLE circular_ict_member;
CREATE ROLE regress_bg_none NOLOGIN IN ROLE circular_ict_member;
CREATE ROLE regress_bg_out NOLOGIN;
-- a function with a side effect, for the leaky-function check: it prints
-- every value it is given, and is cheap so that the planner would like to
-- run it early
CREATE FUNCTION public.regress_bg_leak(text) RETURNS boolean
	LANGUAGE plpgsql COST 0.0001 AS $$ BEGIN RAISE NOTICE 'leak: %', $1; RETURN true; END $$;

-- 1. the DBA sets up the group: no superuser needed -----------------------------
SET ROLE regress_bg_dba;
SET search_path = circular_ict, public;
SELECT rolsuper FROM pg_roles WHERE rolname = current_user;
INSERT INTO organisation (id, name) VALUES
	(801, 'Org A'), (802, 'Org B'), (803, 'Org C'), (804, 'Org D'), (805, 'Org E'), (806, 'Org F');
INSERT INTO organisation_member (role, organisation_id, can_write) VALUES
	('regress_bg_a', 801, true), ('regress_bg_b', 802, true), ('regress_bg_bi_a', 801, false),
	('regress_bg_multi', 803, true), ('regress_bg_multi', 804, true);
-- the shared catalogue and the group's common requirement (a scheme of its own)
INSERT INTO product_model (organisation_id, manufacturer, model, category, mass_kg, embodied_kg_co2e,
		kwh_per_year, attributes)
VALUES (NULL, 'Acme', 'Good', 'laptop', 2.0, 200, 20, '{"warranty_years": 5}'),
	   (NULL, 'Acme', 'Bad', 'laptop', NULL, NULL, NULL, '{"warranty_years": 1}'),
	   (NULL, 'Acme', 'Unknown', 'laptop', NULL, NULL, NULL, '{}');
INSERT INTO criterion (scheme, category, code, description, attribute, operator, threshold, unit, level,
		source, confidence)
VALUES ('Regress Group', 'laptop', 'warranty', 'Warranty of at least 3 years', 'warranty_years', '>=', 3,
		'years', 'core', 'the group''s agreement (test)', 'verified');
INSERT INTO buyer_group_setting (scheme) VALUES ('Regress Group');
SELECT * FROM buyer_group_setting;
-- the registers of Org C to Org F, written by the DBA directly: per
-- organisation one laptop retired after a known service life, one laptop
-- in use since 2022-01-01 (a model of the catalogue, or none), and a
-- monitor in use at A to D only
INSERT INTO asset (organisation_id, serial, category, model_id, purchased, retired, status, eol_route, country)
SELECT v.org, v.serial, v.category, m.id, v.purchased::date, v.retired::date, v.status, v.route, 'NLD'
FROM (VALUES
	(803, 'C-1', 'laptop', NULL, '2018-01-01', '2023-01-01', 'retired', 'reuse'),
	(803, 'C-2', 'laptop', 'Good', '2022-01-01', NULL, 'in_use', NULL),
	(803, 'C-3', 'monitor', NULL, '2022-01-01', NULL, 'in_use', NULL),
	(804, 'D-1', 'laptop', NULL, '2017-01-01', '2023-01-01', 'retired', 'formal_recycling'),
	(804, 'D-2', 'laptop', 'Unknown', '2022-01-01', NULL, 'in_use', NULL),
	(804, 'D-3', 'monitor', NULL, '2022-01-01', NULL, 'in_use', NULL),
	(805, 'E-1', 'laptop', NULL, '2021-01-01', '2024-01-01', 'retired', 'landfill'),
	(805, 'E-2', 'laptop', 'Good', '2022-01-01', NULL, 'in_use', NULL),
	(806, 'F-2', 'laptop', NULL, '2022-01-01', NULL, 'in_use', NULL)
) v (org, serial, category, model, purchased, retired, status, route)
	LEFT JOIN product_model m ON m.model = v.model;
RESET ROLE;

-- 2. members stage and import their own registers ------------------------------
-- Org A's analyst stages without naming the organisation: the only one it
-- writes is filled in
SET ROLE regress_bg_a;
INSERT INTO asset_import (serial, category, model, manufacturer, purchased, retired, eol_route, country)
VALUES ('A-1', 'laptop', NULL, NULL, '2016-01-01', '2020-01-01', 'reuse', 'NL'),
	   ('A-2', 'laptop', 'Good', 'Acme', '2022-01-01', NULL, NULL, 'NL'),
	   ('A-3', 'monitor', NULL, NULL, '2022-01-01', NULL, NULL, 'NL'),
	   ('A-4', 'toaster', NULL, NULL, '2022-01-01', NULL, NULL, 'NL');
SELECT organisation, organisation_id, serial FROM asset_import ORDER BY serial;
SELECT * FROM import_assets('Org A');
SELECT column_name, value FROM import_error;
RESET ROLE;
-- Org B's analyst copies a file into the view (COPY FROM, as \copy does)
SET ROLE regress_bg_b;
COPY asset_import (serial, category, model, manufacturer, purchased, retired, eol_route, country) FROM STDIN WITH (FORMAT csv);
B-1,laptop,,,2017-01-01,2019-01-01,recycling,NL
B-2,laptop,Bad,Acme,2022-01-01,,,NL
B-3,monitor,,,2022-01-01,,,NL
B-4,coffee machine,,,2022-01-01,,,NL
\.
SELECT organisation, serial FROM asset_import ORDER BY serial;
SELECT * FROM import_assets('Org B');
-- B sees its own register and import error only; one row stays staged
INSERT INTO asset_import (serial, category, purchased) VALUES ('B-9', 'laptop', '2020-01-01');
SELECT serial FROM asset ORDER BY serial;
SELECT serial FROM asset_import;
SELECT column_name, value FROM import_error;
RESET ROLE;

-- 3. member A cannot see, count, change or add B's rows --------------------------
SET ROLE regress_bg_a;
-- tables: only A's rows, A's organisation, A's membership, the shared models
SELECT serial FROM asset ORDER BY serial;
SELECT count(*) FROM asset WHERE organisation_id = 802;
SELECT id, name FROM organisation;
SELECT * FROM organisation_member;
SELECT organisation_id, model FROM product_model ORDER BY model;
-- views and report functions: the same views serve every member
SELECT organisation, category, units_in_use, units_retired FROM fleet_overview ORDER BY category;
SELECT organisation, category, units_in_use FROM fleet_overview('2025-01-01') ORDER BY category;
SELECT DISTINCT organisation FROM asset_facts('2025-01-01');
SELECT organisation, units FROM circularity_by_organisation('2025-01-01');
SELECT count(*) FROM material_inventory('2025-01-01') WHERE organisation <> 'Org A';
SELECT count(*) FROM lifespan_by_category WHERE organisation <> 'Org A';
SELECT count(*) FROM replacement_forecast WHERE organisation <> 'Org A';
SELECT count(*) FROM criteria_compliance WHERE organisation <> 'Org A';
SELECT count(*) FROM life_extension_scenarios WHERE organisation <> 'Org A';
-- a report for one organisation (organisation_id): A's own rows; B's id
-- gives A nothing, from every report
SELECT organisation, category, units_in_use FROM fleet_overview('2025-01-01', 801) ORDER BY category;
SELECT r.report, r.rows_of_b FROM (VALUES
	('fleet_overview', (SELECT count(*) FROM fleet_overview('2025-01-01', 802))),
	('material_inventory', (SELECT count(*) FROM material_inventory('2025-01-01', 802))),
	('lifespan_by_category', (SELECT count(*) FROM lifespan_by_category('2025-01-01', 802))),
	('replacement_forecast', (SELECT count(*) FROM replacement_forecast('2025-01-01', 802))),
	('circularity_by_organisation', (SELECT count(*) FROM circularity_by_organisation('2025-01-01', 802))),
	('criteria_compliance', (SELECT count(*) FROM criteria_compliance('2025-01-01', 802))),
	('life_extension_scenarios', (SELECT count(*) FROM life_extension_scenarios('2025-01-01', 802))),
	('asset_facts', (SELECT count(*) FROM asset_facts('2025-01-01', 802)))) r (report, rows_of_b);
-- COPY TO gives A's rows only
COPY (SELECT serial FROM asset ORDER BY serial) TO STDOUT;
COPY asset (serial) TO STDOUT;
-- writes to B's rows change nothing, or are refused
UPDATE asset SET entity = 'taken' WHERE organisation_id = 802 RETURNING serial;
DELETE FROM asset WHERE organisation_id = 802 RETURNING serial;
UPDATE product_model SET attributes = '{}' WHERE model = 'Good' RETURNING model;
DELETE FROM asset_import WHERE serial = 'B-9' RETURNING serial;
DELETE FROM import_error WHERE organisation_id = 802 RETURNING row_id;
-- (members delete through functions since 0.3.0: B does not exist for A)
SELECT clear_staging('Org B');
SELECT clear_import_errors('Org B');
SELECT column_name, value FROM import_error;
INSERT INTO asset (organisation_id, serial, category, purchased) VALUES (802, 'planted', 'laptop', '2020-01-01');
UPDATE asset SET organisation_id = 802 WHERE serial = 'A-1';
INSERT INTO product_model (organisation_id, model, category) VALUES (802, 'planted', 'laptop');
INSERT INTO product_model (organisation_id, model, category) VALUES (NULL, 'planted', 'laptop');
INSERT INTO import_error (organisation_id, row_id, column_name, message, staged_row) VALUES (802, 1, 'x', 'planted', '{}');
-- COPY FROM into a table under row-level security is refused, before any
-- row is read (\copy from a file: psql 15.18 and 15.20 differ in what they
-- do with inline data after a refused COPY FROM STDIN); staging and import
-- are for A only
\copy asset (organisation_id, serial, category, purchased) FROM '/dev/null'
INSERT INTO asset_import (organisation, serial, category, purchased) VALUES ('Org B', 'planted', 'laptop', '2020-01-01');
INSERT INTO asset_import (organisation_id, serial, category, purchased) VALUES (802, 'planted', 'laptop', '2020-01-01');
INSERT INTO asset_import (row_id, serial, category, purchased) VALUES (1, 'planted', 'laptop', '2020-01-01');
SELECT * FROM import_assets('Org B');
-- a staged row of A cannot be moved to B
INSERT INTO asset_import (serial, category, purchased) VALUES ('A-9', 'laptop', '2020-01-01');
UPDATE asset_import SET organisation = 'Org B' WHERE serial = 'A-9';
UPDATE asset_import SET organisation_id = 802 WHERE serial = 'A-9';
SELECT organisation, serial FROM asset_import;
-- nor can A lift the protection
TRUNCATE asset;
ALTER TABLE asset DISABLE ROW LEVEL SECURITY;
SET row_security = off;
SELECT count(*) FROM asset;
RESET row_security;
-- a model of B named by A's asset: refused since 0.3.0 (it would stop B
-- deleting its model; src/integrity.sql), so A's reports never see it
RESET ROLE;
SET ROLE regress_bg_b;
INSERT INTO product_model (organisation_id, manufacturer, model, category, embodied_kg_co2e)
VALUES (802, 'Own', 'Secret', 'laptop', 999);
RESET ROLE;
SELECT id AS secret_model FROM circular_ict.product_model WHERE model = 'Secret' \gset
SET ROLE regress_bg_a;
SELECT count(*) FROM product_model WHERE id = :secret_model;
INSERT INTO asset (organisation_id, serial, category, model_id, purchased, status)
VALUES (801, 'A-borrow', 'laptop', :secret_model, '2024-01-01', 'in_use');
SELECT serial, model_id IS NULL AS model_not_used, embodied_kg_co2e FROM asset_facts('2025-01-01') WHERE serial = 'A-borrow';
RESET ROLE;
SET ROLE regress_bg_dba;
SELECT serial, model_id IS NULL AS model_not_used, embodied_kg_co2e FROM asset_facts('2025-01-01') WHERE serial = 'A-borrow';
RESET ROLE;
SET ROLE regress_bg_a;
SELECT delete_assets(array_agg(id)) FROM asset WHERE serial = 'A-borrow';

-- 4. leaky functions see A's rows only: the row-level security conditions run
-- before any condition that is not leakproof
SELECT count(*) FROM asset WHERE public.regress_bg_leak(serial);
SELECT count(*) FROM asset_facts('2025-01-01') WHERE public.regress_bg_leak(serial);
SELECT count(*) FROM fleet_overview WHERE public.regress_bg_leak(organisation);
SELECT count(*) FROM circularity_by_organisation WHERE public.regress_bg_leak(organisation);
SELECT count(*) FROM asset_import WHERE public.regress_bg_leak(serial);
SELECT clear_staging('Org A', ARRAY(SELECT row_id FROM asset_import WHERE serial = 'A-9'));
RESET ROLE;

-- 5. the read-only BI connection of A reads A's views and nothing else ---------
SET ROLE regress_bg_bi_a;
SELECT organisation, category, units_in_use, units_retired FROM fleet_overview ORDER BY category;
SELECT count(*) FROM asset;
INSERT INTO asset (organisation_id, serial, category, purchased) VALUES (801, 'bi', 'laptop', '2020-01-01');
UPDATE asset SET entity = 'bi' RETURNING serial;
DELETE FROM asset RETURNING serial;
INSERT INTO asset_import (serial, category, purchased) VALUES ('bi', 'laptop', '2020-01-01');
SELECT * FROM import_assets('Org A');
RESET ROLE;
-- a member that writes two organisations names the one it stages for
SET ROLE regress_bg_multi;
SELECT name FROM organisation ORDER BY name;
INSERT INTO asset_import (serial, category, purchased) VALUES ('M-1', 'laptop', '2020-01-01');
INSERT INTO asset_import (organisation, serial, category, purchased) VALUES ('Org D', 'M-1', 'laptop', '2020-01-01');
SELECT clear_staging('Org D');
RESET ROLE;
-- a member listed for no organisation, and a role outside the group
SET ROLE regress_bg_none;
SELECT count(*) AS assets, (SELECT count(*) FROM organisation) AS organisations FROM asset;
SELECT count(*) FROM fleet_overview;
INSERT INTO asset_import (serial, category, purchased) VALUES ('N-1', 'laptop', '2020-01-01');
RESET ROLE;
-- a role in neither role reads nothing of the register, even through the
-- views granted to PUBLIC, and stages nothing
SET ROLE regress_bg_out;
SELECT count(*) FROM circular_ict.asset;
SELECT count(*) FROM circular_ict.fleet_overview;
SELECT count(*) FROM circular_ict.my_benchmark;
INSERT INTO circular_ict.asset_import (serial, category, purchased) VALUES ('N-1', 'laptop', '2020-01-01');
RESET ROLE;

-- 6. members cannot change the reference data, the group's scheme or its settings
SET ROLE regress_bg_a;
UPDATE device_category SET typical_mass_kg = 1 WHERE name = 'laptop' AND shipped;
INSERT INTO device_category (name, description, source, confidence) VALUES ('planted', 'x', 'x', 'verified');
DELETE FROM criterion WHERE scheme = 'Regress Group';
UPDATE criterion SET threshold = 1 WHERE scheme = 'Regress Group';
UPDATE buyer_group_setting SET min_organisations = 2;
SELECT * FROM refresh_benchmarks('2025-01-01');
RESET ROLE;

-- 7. the admin sees every organisation ---------------------------------------------
SET ROLE regress_bg_dba;
SELECT count(*) AS assets, count(DISTINCT organisation_id) AS organisations FROM asset;
SELECT organisation, count(*) AS categories FROM fleet_overview('2025-01-01') GROUP BY organisation ORDER BY organisation;
RESET ROLE;

-- 8. the group benchmarks, k = 5 ---------------------------------------------------
-- The figures of each organisation (fleet_overview and
-- circularity_by_organisation as of 2025-01-01), derived by hand:
--  median service life of the retired laptop (days / 365.25): A 1461 d = 4,
--   B 730 d = 1.998631, C 1826 d = 4.999316, D 2191 d = 5.998631,
--   E 1095 d = 2.997947; F has none (4 organisations would not do, 5 do):
--   sorted 1.998631 2.997947 4 4.999316 5.998631: q1 = 2.997947 (position
--   1 of 0..4), median 4, q3 4.999316, mean 7303 / 5 / 365.25 = 3.998905.
--  premature share (life < the laptop reference life 5): A, B, C, E 1, D 0:
--   q1 = median = q3 = 1, mean 0.8.
--  annual CO2e per laptop in service (in use since 2022-01-01, age 1096 /
--   365.25 = 3.000684, grid NLD 0.253, Electricity Maps 2025, the latest
--   year up to this one): model Good 200 / 3.000684 + 20 * 0.253
--   = 71.711460 (A, C, E); Bad, Unknown or no model: the laptop defaults
--   of a 2022 purchase (the 2020- band of src/data/device_category_vintage.csv
--   embodied 197.2; the category's 19.4 kWh) 197.2 / 3.000684 + 19.4 * 0.253
--   = 70.626539 (B, D, F): q1 = 70.626539 (position 1.25), median
--   (70.626539 + 71.711460) / 2 = 71.169000, q3 = 71.711460, mean 71.169000;
--   A's 71.711460, above the median, is now in the third quartile.
--  critical raw materials per laptop in service: every laptop takes the
--   default composition, whose EU 2023 critical elements weigh 716.07997 g
--   (754.07997 before 0.3.0 less the 38 g of Ni: not battery-grade, issue 12 E3)
--   (category_element joined with raw_material.crm_2023): all six equal.
--  monitors: A to D only (4 < 5): not published at all.
--  compliance with Regress Group (warranty >= 3 years) of the laptops in
--   service: A, C, E 1 (Good), B 0 (Bad); D (Unknown: not declared) and F
--   (no model) are not judged: 4 organisations, not published.
--  company MCI: all six organisations (each organisation's value is
--   circularity_by_organisation's, checked below).
-- Published: 5 rows; withheld: the two monitor metrics and compliance.
SET ROLE regress_bg_dba;
SELECT * FROM refresh_benchmarks('2025-01-01');
SELECT min_organisations, scheme, level, organisations, published, withheld FROM benchmark_refresh;
SELECT category, metric, organisations, round(mean::numeric, 6) AS mean, round(q1::numeric, 6) AS q1,
	   round(median::numeric, 6) AS median, round(q3::numeric, 6) AS q3
FROM group_benchmark ORDER BY category, metric;
-- every organisation's figure is the one its reports give (fleet_overview)
SELECT o.name, count(*) AS figures,
	   bool_and(b.value = CASE b.metric WHEN 'median_service_life_years' THEN f.median_service_life_years
								   WHEN 'premature_share' THEN f.premature_share
								   WHEN 'annual_co2e_kg_per_device' THEN f.annual_co2e_kg / (f.units_in_use + f.units_in_stock - f.units_without_co2e_figure)
								   WHEN 'critical_raw_materials_g_per_device' THEN f.critical_raw_materials_in_use_g / (f.units_in_use + f.units_in_stock)
								   END) FILTER (WHERE b.category <> 'all' AND b.metric <> 'criteria_compliance_share') AS equal_to_fleet_overview,
	   bool_and(b.value = c.company_mci) FILTER (WHERE b.metric = 'company_mci') AS equal_to_circularity
FROM organisation_benchmark b
	JOIN organisation o ON o.id = b.organisation_id
	LEFT JOIN fleet_overview('2025-01-01') f ON f.organisation = o.name AND f.category = b.category
	LEFT JOIN circularity_by_organisation('2025-01-01') c ON c.organisation = o.name
GROUP BY o.name ORDER BY o.name;
-- the group statistics are those of the published organisations' figures
SELECT count(*) AS group_rows,
	   bool_and(abs(g.mean - x.mean) < 1e-12 AND g.q1 = x.q1 AND g.median = x.median AND g.q3 = x.q3
				AND g.organisations = x.n) AS equal_to_a_plain_query
FROM group_benchmark g
	JOIN (SELECT b.category, b.metric, count(*) AS n, avg(b.value) AS mean,
				 percentile_cont(0.25) WITHIN GROUP (ORDER BY b.value) AS q1,
				 percentile_cont(0.5) WITHIN GROUP (ORDER BY b.value) AS median,
				 percentile_cont(0.75) WITHIN GROUP (ORDER BY b.value) AS q3
		  FROM organisation_benchmark b GROUP BY b.category, b.metric HAVING count(*) >= 5) x
		ON x.category = g.category AND x.metric = g.metric;
RESET ROLE;

-- what a member reads: its own figures, the group beside them where at
-- least k contribute, and its quartile; never another organisation's figure
SET ROLE regress_bg_a;
SELECT organisation, category, metric, better, round(own_value::numeric, 6) AS own, organisations,
	   round(group_median::numeric, 6) AS group_median, quartile
FROM my_benchmark ORDER BY category, metric;
-- the table of every organisation's figures is refused: a member reads its
-- own through my_benchmark (own_benchmark_figures), so that no condition of
-- its own is ever evaluated on another organisation's figure
SELECT count(*) AS others_figures FROM organisation_benchmark WHERE organisation_id <> 801;
-- fewer than k = 5 organisations have monitors: B cannot learn A's monitor figures
RESET ROLE;
SET ROLE regress_bg_b;
SELECT count(*) AS monitor_rows FROM group_benchmark WHERE category = 'monitor';
SELECT category, metric, round(own_value::numeric, 6) AS own, group_mean, quartile
FROM my_benchmark WHERE category = 'monitor' ORDER BY metric;
RESET ROLE;

-- with k = 4 the monitors and the compliance share are published
--  monitors in use since 2022-01-01 at A to D, the monitor 2020- band's
--   232.1 kg and 36.4 kWh: 232.1 / 3.000684 + 36.4 * 0.253 = 86.558219
--   each; critical raw materials of the default monitor
--   composition 541.01984 g each.  Compliance: B 0, A C E 1: q1 = 0.75
--   (position 0.75 of 0..3), median = q3 = 1, mean 0.75.
SET ROLE regress_bg_dba;
UPDATE buyer_group_setting SET min_organisations = 4;
SELECT * FROM refresh_benchmarks('2025-01-01');
SELECT category, metric, organisations, round(mean::numeric, 6) AS mean, round(q1::numeric, 6) AS q1,
	   round(median::numeric, 6) AS median, round(q3::numeric, 6) AS q3
FROM group_benchmark WHERE category = 'monitor' OR metric = 'criteria_compliance_share'
ORDER BY category, metric;
-- the settings are checked
UPDATE buyer_group_setting SET min_organisations = 1;
INSERT INTO buyer_group_setting (min_organisations) VALUES (3);
UPDATE buyer_group_setting SET level = 'gold';
SELECT * FROM refresh_benchmarks('2025-01-01');
UPDATE buyer_group_setting SET scheme = NULL;
UPDATE buyer_group_setting SET level = NULL, scheme = 'No Such Scheme';
SELECT * FROM refresh_benchmarks('2025-01-01');
SELECT * FROM refresh_benchmarks(NULL);
-- a snapshot of another date is kept beside it; my_benchmark shows the latest
UPDATE buyer_group_setting SET scheme = 'Regress Group';
SELECT organisations, figures, published FROM refresh_benchmarks('2025-06-30');
SELECT as_of, min_organisations, organisations, published, withheld FROM benchmark_refresh ORDER BY as_of;
SELECT DISTINCT as_of FROM my_benchmark;
RESET ROLE;
-- B's figures of 2025-06-30: its laptop and monitor, bought 2022-01-01, are
-- 1276 / 365.25 = 3.493498 years old, on the 2020- bands: laptop 197.2 /
-- 3.493498 + 19.4 * 0.253 = 61.355927, monitor 232.1 / 3.493498 + 36.4 *
-- 0.253 = 75.646916
SET ROLE regress_bg_b;
SELECT category, metric, round(own_value::numeric, 6) AS own, organisations, quartile
FROM my_benchmark ORDER BY category, metric;
RESET ROLE;

-- clean up: organisations cascade to their assets, members and figures
SET ROLE regress_bg_dba;
DELETE FROM benchmark_refresh;
DELETE FROM buyer_group_setting;
DELETE FROM organisation WHERE id BETWEEN 801 AND 806;
DELETE FROM product_model WHERE organisation_id IS NULL AND manufacturer = 'Acme';
DELETE FROM criterion WHERE scheme = 'Regress Group';
RESET ROLE;
DROP FUNCTION public.regress_bg_leak(text);
DROP ROLE regress_bg_dba, regress_bg_a, regress_bg_b, regress_bg_bi_a, regress_bg_multi, regress_bg_none,
	regress_bg_out;
RESET search_path;
