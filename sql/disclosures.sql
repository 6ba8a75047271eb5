-- the yearly disclosures (issue 14, item 3): GHG Protocol, ESRS E5 and the
-- Pact's indicators of a fleet of three devices against hand calculations,
-- a fiscal year, the JSON document, who sees what, and the errors.
--   regress_disc_admin  member of circular_ict_admin
--   regress_disc_a      analyst of Org D1 (writes)
\set SHOW_CONTEXT never
SET client_min_messages = warning;
DROP ROLE IF EXISTS regress_disc_admin, regress_disc_a;
CREATE ROLE regress_disc_admin NOLOGIN IN ROLE circular_ict_admin;
CREATE ROLE regress_disc_a NOLOGIN IN ROLE circular_ict_member;
SET search_path = circular_ict, public;
SET extra_float_digits = 0;

SET ROLE regress_disc_admin;
INSERT INTO organisation (id, name) VALUES (921, 'Org D1'), (922, 'Org D2');
INSERT INTO organisation_member (role, organisation_id, can_write) VALUES ('regress_disc_a', 921, true);
-- the grid factors of the hand calculations: the user's own (they win over
-- the shipped ones)
INSERT INTO grid_intensity (country, year, kg_co2e_per_kwh, boundary, source, confidence) VALUES
	('NLD', 2023, 0.4, 'life-cycle', 'test figure', 'derived'),
	('NLD', 2024, 0.3, 'life-cycle', 'test figure', 'derived');
-- Org D1's fleet, every figure declared on the asset:
--   L1  2 laptops, bought 2023-01-01, in use, 1.5 kg, 300 kg CO2e, 20 kWh/yr
--   M1  a monitor, bought 2022-07-01, retired 2024-07-01 to reuse, 5 kg,
--       400 kg CO2e, 30 kWh/yr
--   P1  a smartphone bought refurbished 2024-03-01, in stock, 0.2 kg, no
--       embodied figure, 4 kWh/yr
-- reference lifespans (device_category): laptop 5, monitor 6 years
-- (explicit ids: the shared sequence stays where the other tests expect it)
INSERT INTO asset (id, organisation_id, serial, category, quantity, purchased, retired, status, eol_route, acquired,
	country, mass_kg, embodied_kg_co2e, kwh_per_year) VALUES
	(9210001, 921, 'L1', 'laptop', 2, '2023-01-01', NULL, 'in_use', NULL, 'new', 'NLD', 1.5, 300, 20),
	(9210002, 921, 'M1', 'monitor', 1, '2022-07-01', '2024-07-01', 'retired', 'reuse', 'new', 'NLD', 5, 400, 30),
	(9210003, 921, 'P1', 'smartphone', 1, '2024-03-01', NULL, 'in_stock', NULL, 'refurbished', 'NLD', 0.2, NULL, 4);
-- Org D2 reports on fiscal years ending in June; its one laptop, bought
-- 2023-08-15, falls in reporting year 2024 (2023-07-01 to 2024-06-30)
INSERT INTO organisation_year (organisation_id, year, fiscal_year_end_month, employees, devices_expensed)
VALUES (921, 2024, 12, 10, false), (922, 2024, 6, NULL, true);
INSERT INTO asset (id, organisation_id, serial, category, quantity, purchased, status, country)
VALUES (9220001, 922, 'X1', 'laptop', 1, '2023-08-15', 'in_use', 'FRA');
RESET ROLE;

-- 1. GHG Protocol -------------------------------------------------------------
-- 2024, Org D1 (366 days):
--   bought: P1 only; refurbished without a figure: no embodied, 1 unit without
--   amortised: L1 2 x 300 x 366 / 365.25 / 5 = 120.2464; M1 in use to
--     2024-07-01 (182 days): 182 / 365.25 / 6 = 0.0830481, written off at
--     retirement 1 - 731 / 365.25 / 6 = 0.6664385: 400 x 0.7494866 = 299.7946;
--     together 420.0411
--   kWh: L1 2 x 20 x 366 / 365.25 = 40.0821; M1 30 x 182 / 365.25 = 14.9487;
--     P1 in stock: 0; together 55.0308; scope 2: x 0.3 = 16.5092
-- 2023, Org D1 (365 days):
--   bought: L1, 2 x 300 = 600
--   amortised: L1 600 x 365 / 365.25 / 5 = 119.9179; M1 400 x 365 / 365.25 / 6
--     = 66.6210; together 186.5389
--   kWh: L1 40 x 365 / 365.25 = 39.9726; M1 30 x 365 / 365.25 = 29.9795;
--     together 69.9521; scope 2: x 0.4 = 27.9808
SELECT organisation, reporting_year, period_start, period_end, complete, scope3_category, units_bought,
	round(embodied_kg_co2e_bought::numeric, 4) AS bought, units_bought_without_embodied AS no_embodied,
	round(embodied_kg_co2e_amortised::numeric, 4) AS amortised, round(kwh_in_use::numeric, 4) AS kwh,
	round(scope2_location_kg_co2e::numeric, 4) AS scope2, units_in_use_without_kwh AS no_kwh, grid_factor_years,
	embodied_on_defaults_share, kwh_on_defaults_share
FROM ghg_ict_emissions(2022, 2024) WHERE organisation IN ('Org D1', 'Org D2')
ORDER BY organisation, reporting_year;
-- (2022 uses the NLD factor of 2023: the user's series for NLD replaces the
-- shipped one, and a year before a series takes its earliest year.  Org D2's
-- laptop counts as bought in 2023, a calendar year, and again in 2024, a
-- fiscal year from July 2023: periods overlap where the fiscal year changes;
-- its embodied figure is the laptop 2020- band's 197.2 kg of
-- src/data/device_category_vintage.csv, amortised 197.2 x 139 / 365.25 / 5
-- = 15.0093 in 2023 and 197.2 x 321 / 365.25 / 5 = 34.6618 in 2024)
-- one organisation's rows by its id: the same figures
SELECT (SELECT array_agg(g ORDER BY g.reporting_year)::text FROM ghg_ict_emissions(2022, 2024, 921) g)
	 = (SELECT array_agg(g ORDER BY g.reporting_year)::text FROM ghg_ict_emissions(2022, 2024) g
		WHERE g.organisation = 'Org D1') AS one_organisation_same,
	(SELECT count(DISTINCT organisation) FROM esrs_e5_ict(2022, 2024, 922)) AS organisations;
-- the amortised shares of a unit add up to the whole: M1's over 2022-2024
SELECT round(sum(y.amortised_share)::numeric, 12) AS m1_amortised_total
FROM asset_years(2020, 2026) y WHERE y.organisation = 'Org D1' AND y.category = 'monitor';
-- the view: the last three reporting years
SELECT count(DISTINCT reporting_year) AS years, min(reporting_year) = extract(year FROM current_date) - 2 AS from_two_years_ago
FROM ghg_ict_emissions WHERE organisation = 'Org D1';

-- 2. ESRS E5 --------------------------------------------------------------------
-- 2024, Org D1: bought P1, 0.2 kg, all refurbished (secondary share 1), no
-- declared recycled content; retired M1, 5 kg, to reuse; its service life
-- 731 / 365.25 = 2.0014 years against the monitor's 6 (ratio 0.3336); its
-- critical grams are the monitor's default composition's
SELECT organisation, reporting_year, units_bought, mass_bought_kg, secondary_mass_share, recycled_content_share,
	recycled_content_known_mass_share AS known, units_retired, mass_retired_kg, reuse_kg, refurbishment_kg,
	recycling_kg, unknown_route_kg, landfill_kg, round(service_life_retired_years::numeric, 4) AS life,
	reference_life_retired_years AS reference, round(durability_ratio::numeric, 4) AS ratio,
	mass_on_defaults_share AS defaults
FROM esrs_e5_ict(2023, 2024) WHERE organisation = 'Org D1' ORDER BY reporting_year;
SELECT e.critical_raw_materials_retired_g = (SELECT critical_grams(composition) FROM category_composition()
											 WHERE category = 'monitor') AS default_monitor_composition
FROM esrs_e5_ict(2024, 2024) e WHERE e.organisation = 'Org D1';

-- 3. the Pact's indicators --------------------------------------------------------
-- 2024, Org D1: 10 employees; in service at the end: L1's 2 units (M1
-- retired, P1 in stock) = 0.2 a head; bought: P1, refurbished, no model
-- (the scheme's verdict unknown when the group has a scheme); retired: M1,
-- reused, after 2.0014 years
SELECT organisation, reporting_year, employees, units_in_service_at_end, devices_per_employee, units_bought,
	bought_refurbished_share, units_retired, round(median_service_life_retired_years::numeric, 4) AS median_life,
	retired_reused_share
FROM pact_indicators(2024, 2024) WHERE organisation = 'Org D1';
SET ROLE regress_disc_admin;
INSERT INTO buyer_group_setting (scheme, level) VALUES ('EU-GPP-2021', 'core')
	ON CONFLICT (one_row) DO UPDATE SET scheme = excluded.scheme, level = excluded.level;
SELECT scheme, bought_meeting_scheme_share, bought_scheme_unknown_share
FROM pact_indicators(2024, 2024) WHERE organisation = 'Org D1';
DELETE FROM buyer_group_setting;
RESET ROLE;

-- 4. one organisation's year as a JSON document ----------------------------------
SELECT jsonb_pretty(disclosure_document('Org D1', 2024) - 'generated_by');
SELECT disclosure_document('Org D1', 2024) ->> 'generated_by' = 'circular_ict ' || circular_ict.version() AS versioned;
-- its figures are the views', to the last bit (whatever extra_float_digits is)
SELECT (d #>> '{ghg_protocol,scope2_location_kg_co2e}')::float8 = g.scope2_location_kg_co2e
	   AND (d #>> '{esrs_e5,mass_retired_kg}')::float8 = e.mass_retired_kg
	   AND (d #>> '{circular_and_fair_ict_pact,devices_per_employee}')::float8 = p.devices_per_employee AS same_figures
FROM disclosure_document('Org D1', 2024) d, ghg_ict_emissions(2024, 2024) g, esrs_e5_ict(2024, 2024) e,
	 pact_indicators(2024, 2024) p
WHERE g.organisation = 'Org D1' AND e.organisation = 'Org D1' AND p.organisation = 'Org D1';

-- 5. who sees what: the analyst of Org D1 sees its own organisation only ------
SET ROLE regress_disc_a;
SELECT DISTINCT organisation FROM ghg_ict_emissions(2024, 2024);
SELECT DISTINCT organisation FROM esrs_e5_ict;
SELECT DISTINCT organisation FROM pact_indicators;
SELECT disclosure_document('Org D2', 2024);
-- it adds and corrects its own reporting years, not another organisation's,
-- and deletes none
INSERT INTO organisation_year (organisation_id, year, employees) VALUES (921, 2023, 9);
INSERT INTO organisation_year (organisation_id, year, employees) VALUES (922, 2023, 9);
UPDATE organisation_year SET employees = 9.5 WHERE year = 2023;
UPDATE organisation_year SET organisation_id = 922 WHERE year = 2023;
DELETE FROM organisation_year;
SELECT year, employees FROM organisation_year ORDER BY year;
RESET ROLE;

-- 6. the errors -------------------------------------------------------------------
SELECT disclosure_document(NULL, 2024);
SELECT disclosure_document('Org D1', NULL);
SELECT disclosure_document('Org D1', 1800);
SELECT disclosure_document('Org D1', 2147483647);
SELECT disclosure_document('Nobody', 2024);
-- years outside 1990-2100 give no period; an empty or reversed range no rows
SELECT count(*) FROM ghg_ict_emissions(1800, 1850);
SELECT count(*) FROM esrs_e5_ict(2024, 2023);
SELECT count(*) FROM pact_indicators(NULL, 2024);
SELECT count(*) FROM ghg_ict_emissions(-2147483648, 2147483647) WHERE organisation = 'Org D1';
-- what organisation_year refuses
INSERT INTO organisation_year (organisation_id, year) VALUES (921, 1800);
INSERT INTO organisation_year (organisation_id, year, fiscal_year_end_month) VALUES (921, 2020, 13);
INSERT INTO organisation_year (organisation_id, year, fiscal_year_end_month) VALUES (921, 2020, 0);
INSERT INTO organisation_year (organisation_id, year, employees) VALUES (921, 2020, 0);
INSERT INTO organisation_year (organisation_id, year, employees) VALUES (921, 2020, 'NaN');
INSERT INTO organisation_year (organisation_id, year, employees) VALUES (921, 2020, 'Infinity');
INSERT INTO organisation_year (organisation_id, year, employees) VALUES (921, 2020, 1e308);
INSERT INTO organisation_year (organisation_id, year) VALUES (929, 2020);

-- the first period can start in February of the year before: with a fiscal
-- year ending in January, reporting year 2025 runs from 2024-02-01, and a
-- unit retired that day is retired in it, one retired the day before in no
-- period of 2025-2026 (nor in service, nor bought)
SET ROLE regress_disc_admin;
INSERT INTO organisation_year (organisation_id, year, fiscal_year_end_month)
VALUES (922, 2025, 1), (922, 2026, 1);
INSERT INTO asset (id, organisation_id, serial, category, quantity, purchased, retired, status, eol_route, country)
VALUES (9220002, 922, 'R1', 'laptop', 1, '2020-05-01', '2024-02-01', 'retired', 'reuse', 'FRA'),
	   (9220003, 922, 'R2', 'laptop', 3, '2020-05-01', '2024-01-31', 'retired', 'reuse', 'FRA');
RESET ROLE;
SELECT e.reporting_year, e.period_start, e.units_retired, p.units_in_service_at_end, p.units_bought
FROM esrs_e5_ict(2025, 2026, 922) e JOIN pact_indicators(2025, 2026, 922) p USING (reporting_year)
ORDER BY e.reporting_year;

-- clean up: the other tests see none of this
SET ROLE regress_disc_admin;
DELETE FROM organisation_year WHERE organisation_id IN (921, 922);
DELETE FROM asset WHERE organisation_id IN (921, 922);
DELETE FROM grid_intensity WHERE NOT shipped AND country = 'NLD' AND year IN (2023, 2024);
DELETE FROM organisation WHERE id IN (921, 922);
RESET ROLE;
DROP ROLE regress_disc_admin, regress_disc_a;
RESET search_path;
