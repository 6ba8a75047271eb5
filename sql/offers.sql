-- offers and compare_offers (issue 14, item 1): the figures of a small
-- tender against hand calculations, the fallbacks, the exclusion of an
-- offer that fails a criterion, the weights, the errors, and who sees what.
--   regress_offer_admin  member of circular_ict_admin
--   regress_offer_a      analyst of Org O1 (writes)
--   regress_offer_b      analyst of Org O2 (writes)
\set SHOW_CONTEXT never
SET client_min_messages = warning;
DROP ROLE IF EXISTS regress_offer_admin, regress_offer_a, regress_offer_b;
CREATE ROLE regress_offer_admin NOLOGIN IN ROLE circular_ict_admin;
CREATE ROLE regress_offer_a NOLOGIN IN ROLE circular_ict_member;
CREATE ROLE regress_offer_b NOLOGIN IN ROLE circular_ict_member;
SET search_path = circular_ict, public;
SET extra_float_digits = 0;

SET ROLE regress_offer_admin;
INSERT INTO organisation (id, name) VALUES (911, 'Org O1'), (912, 'Org O2');
INSERT INTO organisation_member (role, organisation_id, can_write) VALUES
	('regress_offer_a', 911, true), ('regress_offer_b', 912, true);
-- the grid the hand calculations use: the user's own figure for the
-- Netherlands in 2024 (a user row wins over the shipped one)
INSERT INTO grid_intensity (country, year, kg_co2e_per_kwh, boundary, source, confidence)
VALUES ('NLD', 2024, 0.3, 'life-cycle', 'test figure', 'derived');
-- Org O1's laptops: 40 units bought in 2015-2018, 30 retired after 2 to 6
-- years; enough for a Weibull fit of its own service lives
-- (explicit ids: the shared sequence stays where the other tests expect it)
INSERT INTO asset (id, organisation_id, serial, category, quantity, purchased, retired, status, country)
SELECT 9110000 + i, 911, 'O1-' || i, 'laptop', 1, date '2015-01-01' + (i * 37) % 1400,
	   CASE WHEN i <= 30 THEN date '2015-01-01' + (i * 37) % 1400 + 700 + (i * 53) % 1500 END,
	   CASE WHEN i <= 30 THEN 'retired' ELSE 'in_use' END, 'NLD'
FROM generate_series(1, 40) i;
RESET ROLE;

-- 1. the tender of Org O1, written by its analyst ----------------------------
SET ROLE regress_offer_a;
-- A: everything declared.  Hand calculation, 5 service years, electricity
-- 0.25 EUR/kWh, grid 0.3 kg/kWh:
--   cost = 1000 / 5 + 20 x 0.25 = 205 EUR per service-year
--   CO2e = 250 / 5 + 20 x 0.3 = 56 kg per service-year
--   critical = (Co 10 g + Pd 0.1 g) / 5 = 2.02 g (Au is not on the EU 2023
--   critical list; Co and the platinum-group metals are, and on the
--   strategic list too: Regulation (EU) 2024/1252, Annexes I and II)
-- B: refurbished, 3 years, no embodied figure (unknown, not the new unit's),
--   the category's composition:
--   cost = 500 / 3 + 25 x 0.25 = 172.916666... EUR per service-year
-- C: fails the warranty criterion: excluded, not dropped; its service life
--   is the one fitted to Org O1's own laptops
INSERT INTO offer (organisation_id, tender, supplier, manufacturer, model, category, acquired, unit_price,
	currency, expected_service_years, mass_kg, composition, embodied_kg_co2e, kwh_per_year,
	recycled_content, reparability_index, attributes) VALUES
	(911, 'Laptops 2024', 'Supplier A', 'Maker', 'Book 14', 'laptop', 'new', 1000, 'EUR', 5, 1.5,
	 'Co=10g, Pd=0.1g, Au=0.2g', 250, 20, 0.2, 3.5, '{"warranty_years": 3}'),
	(911, 'Laptops 2024', 'Supplier B', 'Maker', 'Book 13 (2021)', 'laptop', 'refurbished', 500, 'EUR', 3, NULL,
	 NULL, NULL, 25, NULL, NULL, '{"warranty_years": 3}'),
	(911, 'Laptops 2024', 'Supplier C', 'Other', 'Slim 15', 'laptop', 'new', 900, 'EUR', NULL, 1.8,
	 'Co=12g', 300, 18, NULL, NULL, '{"warranty_years": 1}');
SELECT offer_id, supplier, acquired, service_years, service_years_basis, criteria_met, criteria_failed,
	criteria_unknown, failed_criteria, excluded, round(cost_per_service_year::numeric, 4) AS cost,
	round(co2e_kg_per_service_year::numeric, 4) AS co2e, round(critical_g_per_service_year::numeric, 4) AS critical,
	round(strategic_g_per_service_year::numeric, 4) AS strategic, reparability_class,
	round(mci::numeric, 4) AS mci, defaulted_figures, round(score::numeric, 4) AS score, rank
FROM compare_offers('Laptops 2024', 'EU-GPP-2021', 'core', electricity_price => 0.25, as_of => '2024-06-30')
ORDER BY offer_id;
-- the default weights (cost, CO2e, critical grams, 1 each), scaled between
-- A and B:  cost A 0, B 1;  CO2e A 1, B 0 (no figure);  critical A 1, B 0
-- (the category's composition holds far more than 2.02 g a year), so
-- A = (0 + 1 + 1) / 3 = 0.6667 and B = (1 + 0 + 0) / 3 = 0.3333
SELECT method FROM compare_offers('Laptops 2024', 'EU-GPP-2021', 'core', electricity_price => 0.25,
	as_of => '2024-06-30') LIMIT 1;
-- C's service life is the mean of the Weibull fitted to Org O1's laptops
SELECT (SELECT service_years FROM compare_offers('Laptops 2024', as_of => '2024-06-30') WHERE supplier = 'Supplier C')
	 = (SELECT mean_life(weibull_fit(lifetable(l.service_life_years, NOT l.in_service, 0, l.quantity), false))
		FROM asset_lives('2024-06-30') l WHERE l.organisation = 'Org O1' AND l.category = 'laptop')
	AS fitted_life_used;
-- B's composition and A's missing figures are the category's defaults
SELECT (SELECT critical_g_per_service_year * 3 FROM compare_offers('Laptops 2024', as_of => '2024-06-30')
		WHERE supplier = 'Supplier B')
	 = (SELECT critical_grams(composition) FROM category_composition() WHERE category = 'laptop')
	AS default_composition_used;
-- without a scheme nothing is excluded; weights change the ranking: on cost
-- alone B comes first; on the MCI and the reparability index, A: B, bought
-- refurbished (reused feedstock), has the highest MCI (0.25 against A's
-- 0.19 and C's 0.1291), but A alone declares an index, so
-- A = ((0.19 - 0.1291) / (0.25 - 0.1291) + 1) / 2 = 0.752, B = (1 + 0) / 2,
-- C = (0 + 0) / 2
SELECT supplier, excluded, rank FROM compare_offers('Laptops 2024', weights => '{"cost": 1}',
	electricity_price => 0.25, as_of => '2024-06-30') ORDER BY offer_id;
SELECT supplier, rank, round(score::numeric, 4) AS score FROM compare_offers('Laptops 2024',
	weights => '{"mci": 1, "reparability": 1}', as_of => '2024-06-30') ORDER BY offer_id;
-- without an electricity price the cost is the price over the years
SELECT supplier, round(cost_per_service_year::numeric, 4) AS cost
FROM compare_offers('Laptops 2024', as_of => '2024-06-30') ORDER BY offer_id;
-- another country's grid
SELECT round(co2e_kg_per_service_year::numeric, 4) = round((250.0 / 5 + 20 * g.kg_co2e_per_kwh)::numeric, 4)
	AS french_grid_used
FROM compare_offers('Laptops 2024', country => 'France', as_of => '2024-06-30') o,
	 grid_intensity_for(2024) g
WHERE o.supplier = 'Supplier A' AND g.country = 'FRA';
-- the analyst of Org O1 corrects its offers, but may not file one for Org
-- O2, move one there, delete one, pick an id or lock the table
UPDATE offer SET warranty_years = 3 WHERE supplier = 'Supplier A';
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency)
VALUES (912, 'Laptops 2024', 'Supplier X', 'Any', 'laptop', 1, 'EUR');
UPDATE offer SET organisation_id = 912 WHERE supplier = 'Supplier A';
DELETE FROM offer;
INSERT INTO offer (id, organisation_id, tender, supplier, model, category, unit_price, currency)
VALUES (1, 911, 'Laptops 2024', 'Supplier X', 'Any', 'laptop', 1, 'EUR');
BEGIN;
LOCK TABLE offer IN ACCESS EXCLUSIVE MODE;
ROLLBACK;
RESET ROLE;

-- 2. Org O2 sees neither Org O1's tender nor its offers ------------------------
SET ROLE regress_offer_b;
SELECT count(*) FROM offer;
SELECT * FROM compare_offers('Laptops 2024');
RESET ROLE;

-- 3. the errors ----------------------------------------------------------------
SET ROLE regress_offer_a;
SELECT * FROM compare_offers(NULL);
SELECT * FROM compare_offers('Laptops 2024', as_of => 'infinity');
SELECT * FROM compare_offers('Laptops 2025');
SELECT * FROM compare_offers('Laptops 2024', organisation => 'Org O9');
SELECT * FROM compare_offers('Laptops 2024', weights => '[1, 2]');
SELECT * FROM compare_offers('Laptops 2024', weights => '{"price": 1}');
SELECT * FROM compare_offers('Laptops 2024', weights => '{"cost": -1}');
SELECT * FROM compare_offers('Laptops 2024', weights => '{"cost": "high"}');
SELECT * FROM compare_offers('Laptops 2024', weights => '{"cost": 1e400}');
SELECT * FROM compare_offers('Laptops 2024', weights => '{"cost": 0, "co2e": 0}');
SELECT * FROM compare_offers('Laptops 2024', weights => '{}');
SELECT * FROM compare_offers('Laptops 2024', electricity_price => -0.1);
SELECT * FROM compare_offers('Laptops 2024', electricity_price => 'NaN');
SELECT * FROM compare_offers('Laptops 2024', electricity_price => 'Infinity');
SELECT * FROM compare_offers('Laptops 2024', country => 'Atlantis');
SELECT * FROM compare_offers('Laptops 2024', 'EU-GPP-2021', 'platinum');
-- a tender in two currencies
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency) VALUES
	(911, 'Phones 2024', 'S1', 'P1', 'smartphone', 300, 'EUR'), (911, 'Phones 2024', 'S2', 'P2', 'smartphone', 320, 'SEK');
SELECT * FROM compare_offers('Phones 2024');
-- what the table refuses
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency)
VALUES (911, ' ', 'S', 'M', 'laptop', 1, 'EUR');
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency)
VALUES (911, 'T', 'S', 'M', 'Laptop!', 1, 'EUR');
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency)
VALUES (911, 'T', 'S', 'M', 'laptop', -1, 'EUR');
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency)
VALUES (911, 'T', 'S', 'M', 'laptop', 'NaN', 'EUR');
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency)
VALUES (911, 'T', 'S', 'M', 'laptop', 'Infinity', 'EUR');
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency)
VALUES (911, 'T', 'S', 'M', 'laptop', 1, 'eur');
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency, mass_kg)
VALUES (911, 'T', 'S', 'M', 'laptop', 1, 'EUR', 1e308);
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency, embodied_kg_co2e)
VALUES (911, 'T', 'S', 'M', 'laptop', 1, 'EUR', 'NaN');
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency, expected_service_years)
VALUES (911, 'T', 'S', 'M', 'laptop', 1, 'EUR', 0);
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency, reparability_index)
VALUES (911, 'T', 'S', 'M', 'laptop', 1, 'EUR', 6);
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency, attributes)
VALUES (911, 'T', 'S', 'M', 'laptop', 1, 'EUR', '[]');
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency)
VALUES (911, repeat('t', 201), 'S', 'M', 'laptop', 1, 'EUR');
RESET ROLE;

-- 4. keep or replace -----------------------------------------------------------
-- Org O2's two monitors, bought 2020-06-30 and in use, 30 kWh a year in the
-- Netherlands (grid 0.3 in 2024): on 2024-06-30 they are 4 years old.  Org
-- O2 has no retired monitor, so the reference Weibull of monitors applies
-- (UNU 2015: shape 2.5, scale 7.5 years).  Hand calculation (python3,
-- math.exp and math.gamma; the integral by Simpson's rule, 100,000 steps):
--   S(4) = exp(-(4/7.5)^2.5) = 0.8124273, S(6) = 0.5641510, p = 0.6944018
--   expected years kept within 2: integral of S(4+t)/S(4), t 0..2 = 1.7064716
--   (the function's 40 trapezoids: within 1e-4)
--   keep: 30 x 0.3 = 9 kg CO2e a year, no critical raw materials
--   new, the category's defaults for a unit bought in 2024 (the monitor
--   2020- band of src/data/device_category_vintage.csv): 232.1 kg / mean
--   life 7.5 Gamma(1.4) = 6.6544786 years, + 9 = 43.87877 kg a year
--   avoided: 2 units x 1.7064716 x 34.87877 = 119.0386 kg CO2e
SET ROLE regress_offer_admin;
INSERT INTO asset (id, organisation_id, serial, category, quantity, purchased, status, country, kwh_per_year)
VALUES (9120001, 912, 'M-1', 'monitor', 2, '2020-06-30', 'in_use', 'NLD', 30);
RESET ROLE;
SET ROLE regress_offer_b;
SELECT cohort, units, mean_age_years, due, round(survival_probability::numeric, 6) AS p,
	round(expected_years_kept::numeric, 4) AS kept, lifetime_basis, keep_co2e_kg_per_service_year AS keep_co2e,
	round(new_co2e_kg_per_service_year::numeric, 4) AS new_co2e, refurbished_co2e_kg_per_service_year AS refurbished_co2e,
	keep_critical_g_per_service_year AS keep_critical, round(co2e_avoided_kg::numeric, 2) AS avoided_kg,
	keep_cost_per_service_year AS keep_cost, new_cost_per_service_year AS new_cost
FROM replacement_options('Org O2', 'monitor', 2, as_of => '2024-06-30');
-- the critical raw materials avoided: the category's composition over the mean life
SELECT round(critical_avoided_g::numeric, 4) = round((2 * expected_years_kept
		* (SELECT critical_grams(composition) FROM category_composition() WHERE category = 'monitor')
		/ 6.654478631273066)::numeric, 4) AS critical_avoided_by_hand
FROM replacement_options('Org O2', 'monitor', 2, as_of => '2024-06-30');
SELECT method FROM replacement_options('Org O2', 'monitor', 2, as_of => '2024-06-30');
RESET ROLE;
-- a part fitted to each kept unit (part_replacement: the admin's row, the
-- figures a test's own): a power supply of 10 kg CO2e, 2 g of cobalt and
-- 40 EUR.  Hand calculation, with the 1.7064716 expected years above:
--   keep: 9 + 10 / 1.7064716 = 14.86004 kg CO2e a year
--   keep critical: 2 / 1.7064716 = 1.17201 g a year (cobalt is critical)
--   avoided: 2 units x 1.7064716 x (43.87877 - 14.86004) = 119.0386 - 2 x 10
--            = 99.0386 kg CO2e (the parts of the two kept units count)
--   keep cost at 0.25 EUR/kWh: 30 x 0.25 + 40 / 1.7064716 = 30.94018 EUR a year
SET ROLE regress_offer_admin;
INSERT INTO part_replacement (category, part, embodied_kg_co2e, composition, cost, currency, source, confidence)
VALUES ('monitor', 'power_supply', 10, 'Co=2 g', 40, 'EUR', 'test figure', 'derived');
RESET ROLE;
SET ROLE regress_offer_b;
SELECT cohort, parts_fitted, round(keep_co2e_kg_per_service_year::numeric, 2) AS keep_co2e,
	round((keep_co2e_kg_per_service_year - 9)::numeric, 10) = round((10 / expected_years_kept)::numeric, 10) AS part_over_years_kept,
	round(keep_critical_g_per_service_year::numeric, 2) AS keep_critical, round(co2e_avoided_kg::numeric, 2) AS avoided_kg,
	round(keep_cost_per_service_year::numeric, 2) AS keep_cost, new_cost_per_service_year AS new_cost
FROM replacement_options('Org O2', 'monitor', 2, electricity_price => 0.25, as_of => '2024-06-30');
-- the critical raw materials avoided: the parts' grams count against keeping
SELECT round(critical_avoided_g::numeric, 4) = round((2 * expected_years_kept
		* (SELECT critical_grams(composition) FROM category_composition() WHERE category = 'monitor')
		/ 6.654478631273066 - 2 * 2)::numeric, 4) AS critical_avoided_by_hand
FROM replacement_options('Org O2', 'monitor', 2, as_of => '2024-06-30');
-- without the parts: the figures of electricity alone, as above
SELECT parts_fitted, keep_co2e_kg_per_service_year AS keep_co2e, keep_critical_g_per_service_year AS keep_critical,
	round(co2e_avoided_kg::numeric, 2) AS avoided_kg
FROM replacement_options('Org O2', 'monitor', 2, as_of => '2024-06-30', with_parts => false);
SELECT method FROM replacement_options('Org O2', 'monitor', 2, as_of => '2024-06-30');
-- a part of unknown composition or cost: keeping's critical grams or cost
-- is unknown, not zero
RESET ROLE;
SET ROLE regress_offer_admin;
UPDATE part_replacement SET composition = NULL, cost = NULL, currency = NULL WHERE category = 'monitor';
RESET ROLE;
SET ROLE regress_offer_b;
SELECT parts_fitted, round(keep_co2e_kg_per_service_year::numeric, 2) AS keep_co2e,
	keep_critical_g_per_service_year AS keep_critical, critical_avoided_g, keep_cost_per_service_year AS keep_cost
FROM replacement_options('Org O2', 'monitor', 2, electricity_price => 0.25, as_of => '2024-06-30');
SELECT substring(method FROM 'keeping: [^;]*;[^;]*;') AS keeping
FROM replacement_options('Org O2', 'monitor', 2, electricity_price => 0.25, as_of => '2024-06-30');
-- a member reads the parts and cannot write them
SELECT category, part, embodied_kg_co2e, shipped FROM part_replacement;
INSERT INTO part_replacement (category, part, embodied_kg_co2e, source, confidence)
VALUES ('laptop', 'battery', 5, 'x', 'derived');
RESET ROLE;
-- bad figures: each refused by the table
SET ROLE regress_offer_admin;
INSERT INTO part_replacement (category, part, embodied_kg_co2e, source, confidence)
VALUES ('laptop', 'battery', 'NaN', 'x', 'derived');
INSERT INTO part_replacement (category, part, embodied_kg_co2e, source, confidence)
VALUES ('laptop', 'battery', 'Infinity', 'x', 'derived');
INSERT INTO part_replacement (category, part, embodied_kg_co2e, source, confidence)
VALUES ('laptop', 'battery', -1, 'x', 'derived');
INSERT INTO part_replacement (category, part, embodied_kg_co2e, source, confidence)
VALUES ('laptop', 'battery', 1e6, 'x', 'derived');
INSERT INTO part_replacement (category, part, embodied_kg_co2e, source, confidence)
VALUES ('laptop', 'Battery pack', 5, 'x', 'derived');
INSERT INTO part_replacement (category, part, embodied_kg_co2e, source, confidence)
VALUES ('laptop', '', 5, 'x', 'derived');
INSERT INTO part_replacement (category, part, embodied_kg_co2e, cost, source, confidence)
VALUES ('laptop', 'battery', 5, 80, 'x', 'derived');
INSERT INTO part_replacement (category, part, embodied_kg_co2e, cost, currency, source, confidence)
VALUES ('laptop', 'battery', 5, 'NaN', 'EUR', 'x', 'derived');
INSERT INTO part_replacement (category, part, embodied_kg_co2e, cost, currency, source, confidence)
VALUES ('laptop', 'battery', 5, 80, 'eur', 'x', 'derived');
INSERT INTO part_replacement (category, part, embodied_kg_co2e, source, confidence)
VALUES ('laptop', 'battery', 5, ' ', 'derived');
INSERT INTO part_replacement (category, part, embodied_kg_co2e, source, confidence)
VALUES ('laptop', 'battery', 5, 'x', 'guessed');
INSERT INTO part_replacement (category, part, embodied_kg_co2e, source, confidence)
VALUES ('laptop', repeat('b', 61), 5, 'x', 'derived');
-- the laptops' battery priced in USD against a tender in EUR: no cost
INSERT INTO part_replacement (category, part, embodied_kg_co2e, cost, currency, source, confidence)
VALUES ('laptop', 'battery', 5, 80, 'USD', 'test figure', 'derived');
RESET ROLE;
SET ROLE regress_offer_a;
SELECT count(*) AS cohorts, min(parts_fitted) AS parts, bool_and(keep_cost_per_service_year IS NULL) AS cost_unknown,
	bool_and(cost_difference_per_year IS NULL) AS difference_unknown,
	bool_and(method LIKE '%the cost unknown: the parts are priced in USD, the offers in EUR%') AS method_says_why
FROM replacement_options('Org O1', 'laptop', 3, 'Laptops 2024', 0.25, '2024-06-30');
RESET ROLE;
-- a second part priced in EUR: the parts' prices cannot be added up
SET ROLE regress_offer_admin;
INSERT INTO part_replacement (category, part, embodied_kg_co2e, cost, currency, source, confidence)
VALUES ('laptop', 'keyboard', 1, 20, 'EUR', 'test figure', 'derived');
RESET ROLE;
SET ROLE regress_offer_a;
SELECT min(parts_fitted) AS parts, bool_and(keep_cost_per_service_year IS NULL) AS cost_unknown,
	bool_and(method LIKE '%the cost unknown: the parts are priced in several currencies%') AS method_says_why
FROM replacement_options('Org O1', 'laptop', 3, 'Laptops 2024', 0.25, '2024-06-30');
RESET ROLE;
SET ROLE regress_offer_admin;
DELETE FROM part_replacement;
RESET ROLE;
-- Org O1's laptops against its own tender: its fitted lifetimes, the best new
-- and refurbished offers (A and B), electricity at 0.25 EUR/kWh
SET ROLE regress_offer_a;
SELECT count(*) AS cohorts, sum(units) AS units, min(lifetime_basis) AS basis,
	round(min(new_co2e_kg_per_service_year)::numeric, 4) AS new_co2e, round(min(new_cost_per_service_year)::numeric, 4) AS new_cost,
	round(min(refurbished_cost_per_service_year)::numeric, 4) AS refurbished_cost,
	bool_and(survival_probability > 0 AND survival_probability < 1) AS probabilities,
	bool_and(expected_years_kept > survival_probability * 3 AND expected_years_kept < 3) AS years_kept_bounded
FROM replacement_options('Org O1', 'laptop', 3, 'Laptops 2024', 0.25, '2024-06-30');
-- the errors
SELECT * FROM replacement_options(NULL, 'laptop');
SELECT * FROM replacement_options('Org O1', 'laptop', 0);
SELECT * FROM replacement_options('Org O1', 'laptop', 21);
SELECT * FROM replacement_options('Org O1', 'toaster');
SELECT * FROM replacement_options('Org O2', 'laptop');
SELECT * FROM replacement_options('Org O1', 'laptop', electricity_price => 'NaN');
SELECT * FROM replacement_options('Org O1', 'laptop', as_of => '-infinity');
SELECT * FROM replacement_options('Org O1', 'laptop', tender => 'No such tender');
SELECT * FROM replacement_options('Org O1', 'laptop', with_parts => NULL);
RESET ROLE;

-- 5. the group's tender: the admin's, read by every member --------------------
SET ROLE regress_offer_admin;
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency, expected_service_years)
VALUES (NULL, 'Group monitors', 'S1', 'M24', 'monitor', 150, 'EUR', 8),
	   (NULL, 'Group monitors', 'S2', 'M27', 'monitor', 210, 'EUR', 8);
RESET ROLE;
SET ROLE regress_offer_b;
SELECT supplier, service_years_basis, round(cost_per_service_year::numeric, 4) AS cost, rank
FROM compare_offers('Group monitors', weights => '{"cost": 1}') ORDER BY offer_id;
-- a member names its own tender as the group's: the group's comparison
-- without an organisation is still the group's (it stopped on "run by more
-- than one organisation"); the member's own, by its name
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency)
VALUES (912, 'Group monitors', 'Evil', 'E1', 'monitor', 1, 'EUR');
SELECT supplier, rank FROM compare_offers('Group monitors', weights => '{"cost": 1}') ORDER BY offer_id;
SELECT supplier, rank FROM compare_offers('Group monitors', weights => '{"cost": 1}', organisation => 'Org O2');
RESET ROLE;
SET ROLE regress_offer_admin;
SELECT supplier, rank FROM compare_offers('Group monitors', weights => '{"cost": 1}') ORDER BY offer_id;
RESET ROLE;

-- clean up: the other tests see none of this
SET ROLE regress_offer_admin;
DELETE FROM offer;
DELETE FROM asset WHERE organisation_id IN (911, 912);
DELETE FROM grid_intensity WHERE NOT shipped AND country = 'NLD' AND year = 2024;
DELETE FROM organisation WHERE id IN (911, 912);
RESET ROLE;
DROP ROLE regress_offer_admin, regress_offer_a, regress_offer_b;
RESET search_path;
