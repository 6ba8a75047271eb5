-- the fleet's reference data: device categories, countries and their grids,
-- recovery rates; provenance on every figure; user rows override shipped ones
SET search_path = circular_ict, public;

-- the nine categories and their defaults (src/data/device_category_figure.csv,
-- from the research notes: UNU Weibull 2015 column, G4IT/ADEME-Arcep
-- lifespans, manufacturer PCF medians; doc/derivations.md#unu-weibull-parameters,
-- #service-life-references, #embodied-carbon, #annual-electricity); a NULL
-- is a figure the research lacks
SELECT name, unu_key, typical_mass_kg AS mass_kg, reference_weibull, weibull_basis,
	   reference_life_years AS l_av, embodied_kg_co2e AS embodied, kwh_per_year AS kwh,
	   recycled_content AS f_r, recycling_efficiency AS e_c, confidence
FROM device_category ORDER BY name;
-- every shipped figure has a value with its source and confidence, or says it has none
SELECT count(*) AS figures, count(value) AS with_value,
	   count(*) FILTER (WHERE value IS NULL AND note LIKE 'no sourced figure%') AS gaps_explained,
	   count(*) FILTER (WHERE value IS NOT NULL AND (source IS NULL OR confidence IS NULL)) AS unsourced
FROM device_category_figure;
SELECT confidence, count(*) FROM device_category_figure WHERE value IS NOT NULL GROUP BY 1 ORDER BY 1;
SELECT confidence, count(*) FROM category_element WHERE grams IS NOT NULL GROUP BY 1 ORDER BY 1;
-- the default compositions, and the part resting on unverified figures
SELECT category, composition, unverified FROM category_composition() ORDER BY category;

-- grids: every EU-27 member has a figure, and the world average exists
SELECT count(*) AS eu27_with_grid FROM grid_intensity_effective
WHERE country IN ('AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL',
				  'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE');
SELECT country, kg_co2e_per_kwh, year, confidence FROM grid_intensity_effective
WHERE country IN ('WOR', 'EEE', 'NLD', 'FRA', 'DEU', 'USA', 'CHN') ORDER BY country;

-- grid intensity by year (issue 12).  The expected figures are those of
-- the sources the rows cite: Electricity Maps' yearly carbon intensity of
-- zone NL, 2021-2025 377, 347, 280, 251, 253 gCO2eq/kWh (CO2.js 0.19.0,
-- dist/cjs/data/electricity-maps/yearly_YEAR.js); Scarlat et al. 2019 for
-- NLD 0.45 (as Boavizta transcribed it); Ember's world 2022 485.99 g.
-- Every EU-27 member and every country where ICT is made and used most has
-- a figure for each year 2021-2025, but Ukraine (Electricity Maps has no
-- zone UA: Ember 2022 only)
SELECT y AS year, count(DISTINCT g.country) AS countries_with_figure,
	   string_agg(c, ' ' ORDER BY c) FILTER (WHERE g.country IS NULL) AS without
FROM generate_series(2021, 2025) y
	CROSS JOIN unnest(ARRAY['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC',
		'HUN', 'IRL', 'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE',
		'CHN', 'USA', 'IND', 'JPN', 'KOR', 'TWN', 'VNM', 'MYS', 'THA', 'MEX', 'BRA', 'GBR', 'CHE', 'NOR', 'TUR',
		'UKR', 'ZAF', 'AUS', 'CAN']) c
	LEFT JOIN grid_intensity g ON g.country = c AND g.year = y AND g.shipped
GROUP BY y ORDER BY y;
-- a year uses its own figure, the latest before it where it has none, and
-- the first known one before the data begins
SELECT y AS for_year, n.kg_co2e_per_kwh AS nld, n.year AS nld_year, w.kg_co2e_per_kwh AS world,
	   w.year AS world_year, u.kg_co2e_per_kwh AS ukr, u.year AS ukr_year
FROM unnest(ARRAY[1995, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2030]) y,
	LATERAL (SELECT * FROM grid_intensity_for(y) WHERE country = 'NLD') n,
	LATERAL (SELECT * FROM grid_intensity_for(y) WHERE country = 'WOR') w,
	LATERAL (SELECT * FROM grid_intensity_for(y) WHERE country = 'UKR') u
ORDER BY y;
-- every shipped row states its boundary; one boundary per source
SELECT count(*) FILTER (WHERE boundary IS NULL) AS shipped_without_boundary,
	   count(DISTINCT boundary) AS boundaries, count(*) AS shipped_rows
FROM grid_intensity WHERE shipped;
SELECT split_part(source, ',', 1) AS source, min(year), max(year), count(DISTINCT boundary) AS boundaries
FROM grid_intensity WHERE shipped GROUP BY 1 ORDER BY 1;
-- the world figure is generation-weighted (Ember's total emissions over
-- total generation), not a mean of the country figures
SELECT country, year, kg_co2e_per_kwh, note FROM grid_intensity WHERE country = 'WOR';

-- countries: 249 ISO 3166-1 codes; names, aliases and codes in any case
SELECT count(*) AS countries FROM country;
SELECT k, (SELECT iso3 FROM country_lookup WHERE key = lower(btrim(k))) AS iso3
FROM unnest(ARRAY['NL', 'nld', 'Netherlands', 'Pays-Bas', 'The Netherlands', 'FRANCE', 'Allemagne',
				  'Czechia', 'Czech Republic', 'UK', 'United States of America', ' mexico ', 'Atlantis', '']) k;
-- categories: names, NumEcoEval/G4IT types and common names, any case
SELECT k, (SELECT category FROM category_lookup WHERE key = lower(btrim(k))) AS category
FROM unnest(ARRAY['laptop', 'Laptop', 'ORDINATEUR PORTABLE', 'Screen', 'Ecran', 'Mobile Phone',
				  'ServeurCalcul', 'Thin client', 'toaster']) k;

-- recovery: every route of every element, reuse keeps everything, landfill nothing
SELECT route, count(*), min(fraction), max(fraction) FROM recovery_rate GROUP BY route ORDER BY route;
SELECT element, route, fraction, confidence FROM recovery_rate_effective
WHERE element IN ('Au', 'Co', 'Nd') AND route = 'formal_recycling' ORDER BY element;

-- a user's rows win over the shipped ones, per key; deleting them restores the default
INSERT INTO device_category (name, description, typical_mass_kg, reference_life_years, embodied_kg_co2e,
							 kwh_per_year, source, confidence)
VALUES ('laptop', 'our laptops', 1.4, 6, 180, 15, 'our tender 2024', 'verified'),
	   ('docking_station', 'USB-C docks', 0.5, 6, 20, 5, 'manufacturer PCF', 'secondary');
INSERT INTO category_element (category, element, grams, source, confidence)
VALUES ('laptop', 'Co', 30, 'our battery declaration', 'verified');
INSERT INTO grid_intensity (country, kg_co2e_per_kwh, year, source, confidence)
VALUES ('NLD', 0.3, 2024, 'our supplier''s mix', 'verified');
SELECT name, description, typical_mass_kg, reference_life_years, shipped FROM device_category_effective
WHERE name IN ('laptop', 'docking_station', 'desktop') ORDER BY name;
SELECT composition OPERATOR(circular_ict.->) 'Co' AS laptop_co_g FROM category_composition() WHERE category = 'laptop';
SELECT kg_co2e_per_kwh FROM grid_intensity_effective WHERE country = 'NLD';
-- a country's user rows replace its shipped series in every year, before
-- their own year too
SELECT y AS for_year, kg_co2e_per_kwh, year, shipped FROM unnest(ARRAY[2019, 2030]) y,
	LATERAL (SELECT * FROM grid_intensity_for(y) WHERE country = 'NLD') g ORDER BY y;
SELECT key, category FROM category_lookup WHERE key = 'docking_station';
DELETE FROM device_category WHERE NOT shipped;
DELETE FROM category_element WHERE NOT shipped;
DELETE FROM grid_intensity WHERE NOT shipped;
SELECT typical_mass_kg FROM device_category_effective WHERE name = 'laptop';

-- reference rows keep their checks
INSERT INTO grid_intensity (country, kg_co2e_per_kwh, year, source, confidence) VALUES ('NLD', -1, 2024, 'x', 'verified');
INSERT INTO grid_intensity (country, kg_co2e_per_kwh, year, source, confidence) VALUES ('NLD', 0.3, 2024, 'x', 'sure');
INSERT INTO device_category (name, description, source, confidence) VALUES ('Bad Name', 'x', 'x', 'verified');
INSERT INTO recovery_rate (element, route, fraction, source, confidence) VALUES ('Au', 'moon', 0.5, 'x', 'verified');
INSERT INTO recovery_rate (element, route, fraction, source, confidence) VALUES ('Au', 'reuse', 1.5, 'x', 'verified');

-- pg_dump keeps the users' rows of reference tables, and all rows of the
-- register; shipped rows come back with CREATE EXTENSION
SELECT c.relname, x.cond
FROM pg_extension e, unnest(e.extconfig, e.extcondition) x (oid, cond) JOIN pg_class c ON c.oid = x.oid
WHERE e.extname = 'circular_ict' ORDER BY c.relname;
RESET search_path;
