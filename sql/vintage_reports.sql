-- the reports pick a category's default figures by purchase year (issue 12,
-- item 3): asset_facts, the disclosures and the offers join
-- category_vintage_defaults once on (category, vintage_year(purchased)).
-- Every expected figure below is read from src/data/device_category_vintage.csv
-- (the band's row) or, where the band has no figure, from
-- src/data/device_category_figure.csv (the category's all-years figure):
--   laptop  1990-2014: mass 2.7064, embodied -, kWh -   (category: 266, 19.4)
--   laptop  2015-2019: mass 1.782,  embodied 238.9, kWh - (category 19.4)
--   laptop  2020-    : mass 1.65,   embodied 197.2, kWh - (category 19.4)
--   monitor 1990-2014: mass 4.7107, embodied -, kWh -   (category: 357, 40.9)
--   monitor 2015-2019: mass 5.7,    embodied 260.9, kWh 48.7
--   monitor 2020-    : mass 4,      embodied 232.1, kWh 36.4
SET search_path = circular_ict, public;

-- the lookup gives, for every category and every year from 1989 to 2101,
-- what device_category_for gives for a unit bought in that year (9
-- categories x 113 years, none different)
CREATE FUNCTION pg_temp.lookup_differences() RETURNS TABLE (compared bigint, different bigint)
LANGUAGE sql AS $$
SELECT count(*),
	count(*) FILTER (WHERE (v.band_first_year, v.band_last_year, v.typical_mass_kg, v.typical_mass_from,
							v.embodied_kg_co2e, v.embodied_from, v.kwh_per_year, v.kwh_from)
						   IS DISTINCT FROM
						   (f.band_first_year, f.band_last_year, f.typical_mass_kg, f.typical_mass_from,
							f.embodied_kg_co2e, f.embodied_from, f.kwh_per_year, f.kwh_from))
FROM circular_ict.category_vintage_defaults() v,
	LATERAL circular_ict.device_category_for(v.name, make_date(v.purchase_year, 7, 1)) f
$$;
SELECT * FROM pg_temp.lookup_differences();
-- a date is keyed by its year, clamped to 1989 (before any band) and 2101
-- (after every closed band); the infinite dates are the two ends
SELECT d, vintage_year(d) FROM unnest(ARRAY[date '-infinity', '4713-01-01 BC', '0001-12-31 BC', '1951-03-01',
											   '1989-12-31', '1990-01-01', '2014-12-31', '2015-01-01',
											   '2100-12-31', '2101-01-01', '9999-01-01', 'infinity', NULL]) d;
-- one row per category and year, with the category's other defaults
SELECT count(*) AS rows, count(DISTINCT (name, purchase_year)) AS keys,
	   count(*) FILTER (WHERE reference_life_years IS NULL) AS without_life
FROM category_vintage_defaults();

-- the same with the user's rows: a user band (laptop 2018-2022, mass
-- only), a user category row (desktop, mass and life only) and a user band
-- beside it (desktop 2020-, mass)
BEGIN;
INSERT INTO device_category_vintage (category, first_year, last_year, typical_mass_kg, source, confidence)
VALUES ('laptop', 2018, 2022, 1.5, 'our own weighing of 40 laptops', 'verified'),
	   ('desktop', 2020, NULL, 5.0, 'our 2020s desktops', 'secondary');
INSERT INTO device_category (name, description, typical_mass_kg, reference_life_years, source, confidence)
VALUES ('desktop', 'our desktops', 7.5, 6, 'our own weighing', 'verified');
SELECT * FROM pg_temp.lookup_differences();
SELECT purchase_year, band_first_year, typical_mass_kg, typical_mass_from, embodied_kg_co2e, embodied_from
FROM category_vintage_defaults() WHERE name = 'laptop' AND purchase_year IN (2017, 2018, 2022, 2023)
ORDER BY purchase_year;
ROLLBACK;

-- one lookup joined once: the plan of asset_facts scans the band table
-- for one join (its rows, and the categories with user rows), no subplan
CREATE FUNCTION pg_temp.plan_count(query text, what text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
	line text;
	n integer := 0;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		IF line LIKE '%' || what || '%' THEN
			n := n + 1;
		END IF;
	END LOOP;
	RETURN n;
END
$$;
SELECT pg_temp.plan_count($q$SELECT sum(mass_kg), sum(embodied_kg_co2e), sum(kwh_per_year) FROM circular_ict.asset_facts('2025-01-01')$q$,
						  'on device_category_vintage') AS band_table_scans,
	   pg_temp.plan_count($q$SELECT sum(mass_kg), sum(embodied_kg_co2e), sum(kwh_per_year) FROM circular_ict.asset_facts('2025-01-01')$q$,
						  'Function Scan on generate_series') AS year_series,
	   pg_temp.plan_count($q$SELECT sum(mass_kg), sum(embodied_kg_co2e), sum(kwh_per_year) FROM circular_ict.asset_facts('2025-01-01')$q$,
						  'SubPlan') + pg_temp.plan_count($q$SELECT sum(mass_kg) FROM circular_ict.asset_facts('2025-01-01')$q$,
						  'InitPlan') AS subplans;

-- a register of one organisation: laptops and monitors of every band, one
-- laptop with its own mass, one with a model that declares its embodied
-- emissions (the asset's and the model's figures win over the band's)
BEGIN;
INSERT INTO organisation (name) VALUES ('Vintage BV');
INSERT INTO product_model (organisation_id, manufacturer, model, category, embodied_kg_co2e)
SELECT id, 'Acme', 'Book 14', 'laptop', 300 FROM organisation WHERE name = 'Vintage BV';
INSERT INTO asset (organisation_id, serial, category, model_id, quantity, purchased, mass_kg)
SELECT o.id, a.serial, a.category, m.id, a.quantity, a.purchased, a.mass_kg
FROM organisation o
	CROSS JOIN (VALUES ('L2012', 'laptop', NULL, 2, date '2012-06-01', NULL::float8),
					   ('L2017', 'laptop', NULL, 3, '2017-06-01', NULL),
					   ('L2017-own', 'laptop', NULL, 1, '2017-06-01', 2.0),
					   ('L2022', 'laptop', NULL, 4, '2022-06-01', NULL),
					   ('L2022-model', 'laptop', 'Book 14', 1, '2022-06-01', NULL),
					   ('M2010', 'monitor', NULL, 1, '2010-03-01', NULL),
					   ('M2016', 'monitor', NULL, 2, '2016-03-01', NULL),
					   ('M2021', 'monitor', NULL, 5, '2021-03-01', NULL)) a (serial, category, model, quantity, purchased, mass_kg)
	LEFT JOIN product_model m ON m.model = a.model AND m.organisation_id = o.id
WHERE o.name = 'Vintage BV';

-- per asset: L2012 the 1990-2014 band's mass 2.7064, the category's 266
-- and 19.4; L2017 the 2015-2019 band's 1.782 and 238.9, the category's
-- 19.4; L2017-own its own mass 2.0, the band's 238.9; L2022 the 2020-
-- band's 1.65 and 197.2; L2022-model its model's 300, the band's 1.65;
-- M2010 the band's 4.7107, the category's 357 and 40.9; M2016 the band's
-- 5.7, 260.9, 48.7; M2021 the band's 4, 232.1, 36.4
SELECT serial, purchased, quantity, mass_kg, embodied_kg_co2e, kwh_per_year
FROM asset_facts('2025-01-01') WHERE organisation = 'Vintage BV' ORDER BY serial;

-- life_extension_scenarios multiplies each unit by its own figure: the
-- laptops' embodied sum is 2 x 266 + 3 x 238.9 + 1 x 238.9 + 4 x 197.2 +
-- 1 x 300 = 2576.4 kg, the monitors' 1 x 357 + 2 x 260.9 + 5 x 232.1 =
-- 2039.3 kg; with nothing retired the baseline is the reference lifespan
-- (laptop 5, monitor 6 years), so one more year saves E (1/L - 1/(L+1)):
-- 2576.4 / 30 = 85.88 and 2039.3 / 42 = 48.5548 kg a year
SELECT category, units_in_service, baseline_life_years, baseline_basis,
	   round(co2e_saved_1y_kg::numeric, 4) AS co2e_saved_1y_kg
FROM life_extension_scenarios('2025-01-01') WHERE organisation = 'Vintage BV' ORDER BY category;

-- replacement_forecast: a like-for-like replacement of a unit on the
-- category's figure is a unit of the category bought in the year it
-- replaces, 2025 to 2030 here: the 2020- band's embodied, 232.1 kg per
-- monitor (every monitor is on the category's figure) whatever band the
-- unit it replaces came from
SELECT year, round((replacement_embodied_co2e_kg / expected_retirements)::numeric, 6) AS co2e_per_unit
FROM replacement_forecast('2025-01-01') WHERE organisation = 'Vintage BV' AND category = 'monitor'
ORDER BY year;
-- ... and as of 2013, the years 2013 and 2014 take the category's 357 (the
-- 1990-2014 band has no embodied figure), 2015 to 2018 the 2015-2019
-- band's 260.9 (only the 2010 monitor is in service then)
SELECT year, round((replacement_embodied_co2e_kg / expected_retirements)::numeric, 6) AS co2e_per_unit
FROM replacement_forecast('2013-01-01') WHERE organisation = 'Vintage BV' AND category = 'monitor'
ORDER BY year;

-- the disclosures: the embodied emissions of the units bought each year,
-- from the band of the year of purchase: 2010: 1 x 357 (monitor, the
-- category's); 2012: 2 x 266 (laptops, the category's) = 532; 2016:
-- 2 x 260.9 = 521.8; 2017: 4 x 238.9 = 955.6; 2021: 5 x 232.1 = 1160.5; 2022: 4 x 197.2 + 300 (the model's) = 1088.8, of
-- which 788.8 / 1088.8 = 0.724467 on defaults
SELECT reporting_year, units_bought, round(embodied_kg_co2e_bought::numeric, 4) AS embodied_bought,
	   round(embodied_on_defaults_share::numeric, 6) AS on_defaults
FROM ghg_ict_emissions(2010, 2022, (SELECT id FROM organisation WHERE name = 'Vintage BV'))
WHERE units_bought > 0 ORDER BY reporting_year;
-- which figures rest on defaults, per asset (the flags of asset_years):
-- only L2017-own's mass and L2022-model's embodied are the asset's or model's
SELECT purchased, category, quantity, mass_kg, mass_defaulted, embodied_kg_co2e, embodied_defaulted,
	   kwh_per_year, kwh_defaulted
FROM asset_years(2022, 2022, (SELECT id FROM organisation WHERE name = 'Vintage BV'))
ORDER BY category, purchased, quantity, mass_kg;

-- compare_offers: an offer without embodied emissions or mass takes the
-- category defaults of a unit bought in the year of as_of.  A monitor over
-- its declared 5 years, no electricity: 2012: the category's 357 / 5 =
-- 71.4 (the 1990-2014 band has no embodied figure); 2017: the 2015-2019
-- band's 260.9 / 5 = 52.18; 2024: the 2020- band's 232.1 / 5 = 46.42
INSERT INTO offer (organisation_id, tender, supplier, model, category, unit_price, currency,
				   expected_service_years, kwh_per_year)
SELECT id, 'Monitors', 'Supplier M', 'Screen 27', 'monitor', 150, 'EUR', 5, 0
FROM organisation WHERE name = 'Vintage BV';
SELECT y, round(o.co2e_kg_per_service_year::numeric, 6) AS co2e, o.defaulted_figures
FROM unnest(ARRAY[date '2012-06-30', '2017-06-30', '2024-06-30']) y,
	LATERAL compare_offers('Monitors', organisation => 'Vintage BV', as_of => y) o
ORDER BY y;
ROLLBACK;
