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

-- comparable compositions (issue 12, item 4): every category against one
-- declared element set: the 48 elements src/data/raw_material.csv flags
-- critical or strategic, Au, Ag and Fe (Cu, Al and Pd are on the lists),
-- and those any category has a row for (Cr, In, Pb, Sn, Zn): 56.  The
-- counts per category are those of src/data/category_element.csv (verified
-- and secondary rows are sourced; a row without grams, or no row, unknown),
-- counted by a short Python script over the two files
SELECT count(DISTINCT element) AS declared FROM category_composition_coverage;
SELECT category, count(*) AS declared,
	   count(*) FILTER (WHERE status = 'sourced') AS sourced,
	   count(*) FILTER (WHERE status = 'unverified') AS unverified,
	   count(*) FILTER (WHERE status = 'derived') AS derived,
	   count(*) FILTER (WHERE status = 'unknown') AS unknown
FROM category_composition_coverage GROUP BY category ORDER BY category;
-- unknown is not zero: the switch's gold has a row that says why it has no
-- grams, the tablet's neodymium has no row at all; both are unknown
SELECT category, element, grams, status, source IS NOT NULL AS has_source
FROM category_composition_coverage
WHERE (category, element) IN (('network_switch', 'Au'), ('tablet', 'Nd'), ('laptop', 'Co'), ('laptop', 'Li'))
ORDER BY category, element;
-- the reports read the same count, and the derived part of each composition
SELECT cc.category, cc.unknown_elements,
	   cc.unknown_elements = (SELECT count(*) FROM category_composition_coverage k
							  WHERE k.category = cc.category AND k.status = 'unknown') AS agrees,
	   cc.derived
FROM category_composition() cc ORDER BY cc.category;

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
-- the two formal routes (issue 12, E1/E14).  formal_recycling is the ICT route,
-- boards and batteries out first (WEEE Directive 2012/19/EU, Annex VII): Au, Ag,
-- Pd, Cu, Ni, Sn, Pb 0.80, the low end of the 80-99 % of Valero Navazo et al.,
-- Int. J. LCA 19:567 (2014), abstract; Li 0.01, the upper bound of < 1 % of
-- UNEP IRP, Recycling Rates of Metals (2011), not the 0.50 legal target of
-- Reg. (EU) 2023/1542.  The shredder-first chain: Chancerel et al., J. Ind.
-- Ecol. 13(5) 2009: capture 0.256 (Au, Pd), 0.115 (Ag), 0.60 (Cu), x 0.95.
SELECT element, route, fraction, confidence FROM recovery_rate_effective
WHERE element IN ('Au', 'Ag', 'Pd', 'Pt', 'Cu', 'Li', 'Co')
  AND route IN ('formal_recycling', 'formal_recycling_shredder') ORDER BY element, route;
-- no shipped row cites a file of the research notes: each names its publication
SELECT count(*) AS rows_citing_notes FROM recovery_rate
WHERE shipped AND (source ~ '\.md|shared/' OR note ~ '\.md|shared/');
-- a user's row for the ICT route wins, and survives as the user's
INSERT INTO recovery_rate (element, route, fraction, source, confidence)
VALUES ('Au', 'formal_recycling', 0.95, 'our recycler''s 2025 mass balance', 'verified');
SELECT element, route, fraction, shipped FROM recovery_rate_effective
WHERE element = 'Au' AND route LIKE 'formal%' ORDER BY route;
DELETE FROM recovery_rate WHERE NOT shipped;

-- reference_quality (issue 12, item 7).  recovery_rate, counted by hand in
-- src/data/recovery_rate.csv: 168 rows (28 elements x 6 routes); verified 12
-- (Nd, Pr, Dy, Tb, Ta, In on both formal routes), secondary 11 (Au, Ag, Pd,
-- Cu, Ni, Sn, Pb ICT route; Li and Ga both routes), unverified 11 (Pt, Co,
-- Fe, Al both routes; Ni, Sn, Pb shredder), no figure 8 (Cr, Zn, W, Si both
-- formal routes), the other 126 derived (conventions, the Chancerel chains
-- and the other rare earths); oldest year named: Chancerel et al. 2009.
-- laptop's category_element: 22 rows, 11 verified, 6 unverified, 5 derived;
-- the oldest year a source names is the 1999-built notebook of Fe, Al, Ni ...
SELECT reference_table, category, rows, round(verified_share::numeric, 4) AS verified,
	   round(secondary_share::numeric, 4) AS secondary, round(derived_share::numeric, 4) AS derived,
	   round(unverified_share::numeric, 4) AS unverified, no_figure, oldest_source_year
FROM reference_quality
WHERE reference_table = 'recovery_rate' OR (reference_table = 'category_element' AND category = 'laptop')
ORDER BY reference_table;
-- every reference table is there, and every row of each is counted once
SELECT reference_table, count(*) AS categories, sum(rows) AS rows,
	   bool_and(abs(verified_share + secondary_share + derived_share + unverified_share
					+ no_figure::float8 / rows - 1) < 1e-12) AS shares_add_up
FROM reference_quality GROUP BY reference_table ORDER BY reference_table;
SELECT (SELECT count(*) FROM criterion WHERE shipped) AS criterion_rows,
	   (SELECT count(*) FROM device_category_figure WHERE shipped) AS figure_rows,
	   (SELECT count(*) FROM category_element WHERE shipped) AS element_rows,
	   (SELECT count(*) FROM raw_material WHERE shipped) AS raw_material_rows;
-- a user's row counts instead of the shipped one it replaces (laptop Ta,
-- unverified, becomes verified: 12 of 22), and its source's year counts:
-- 2031, not the 2015 inside the number 120155; a source with no year: NULL
INSERT INTO category_element (category, element, grams, source, confidence)
VALUES ('laptop', 'Ta', 1.5, 'our supplier''s declaration, March 2024', 'verified'),
	   ('docking_station', 'Cu', 40, 'teardown no. 120155, 2031', 'derived'),
	   ('headset', 'Cu', 5, 'our own measurement', 'unverified');
SELECT category, rows, round(verified_share::numeric, 4) AS verified,
	   round(unverified_share::numeric, 4) AS unverified, oldest_source_year
FROM reference_quality
WHERE reference_table = 'category_element' AND category IN ('laptop', 'docking_station', 'headset')
ORDER BY category;
DELETE FROM category_element WHERE NOT shipped;

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
-- a user's row makes an element known (or unknown: a row without grams);
-- a category the user adds lacks every declared element
INSERT INTO category_element (category, element, grams, source, confidence)
VALUES ('tablet', 'Nd', 0.9, 'our teardown', 'verified'), ('laptop', 'Li', NULL, NULL, NULL);
SELECT category, element, grams, status, source FROM category_composition_coverage
WHERE (category, element) IN (('tablet', 'Nd'), ('laptop', 'Li')) ORDER BY category;
SELECT category, count(*) FILTER (WHERE status = 'unknown') AS unknown, count(*) AS declared
FROM category_composition_coverage WHERE category IN ('docking_station', 'laptop', 'tablet')
GROUP BY category ORDER BY category;
SELECT kg_co2e_per_kwh FROM grid_intensity_effective WHERE country = 'NLD';
-- a country's user rows replace its shipped series in every year, before
-- their own year too
SELECT y AS for_year, kg_co2e_per_kwh, year, shipped FROM unnest(ARRAY[2019, 2030]) y,
	LATERAL (SELECT * FROM grid_intensity_for(y) WHERE country = 'NLD') g ORDER BY y;
-- grid_intensity_years (the disclosures' lookup) gives, for every year and
-- country, the row grid_intensity_for gives (the user's rows present)
SELECT count(*) AS rows,
	   (SELECT count(*) FROM generate_series(1995, 2031) y, LATERAL grid_intensity_for(y) f) AS for_each_year,
	   count(*) FILTER (WHERE NOT EXISTS (
		   SELECT 1 FROM grid_intensity_for(r.for_year) f
		   WHERE (f.country, f.kg_co2e_per_kwh, f.year, f.source, f.confidence, f.shipped, f.boundary)
				 IS NOT DISTINCT FROM (r.country, r.kg_co2e_per_kwh, r.year, r.source, r.confidence, r.shipped,
									   r.boundary))) AS differing
FROM grid_intensity_years(1995, 2031) r;
-- a hostile range is cut to the table's years, 1990-2100, at once
SELECT min(for_year), max(for_year), count(DISTINCT for_year)
FROM grid_intensity_years(-2147483648, 2147483647);
SELECT count(*) FROM grid_intensity_years(2031, 1995);
SELECT key, category FROM category_lookup WHERE key = 'docking_station';
DELETE FROM device_category WHERE NOT shipped;
DELETE FROM category_element WHERE NOT shipped;
DELETE FROM grid_intensity WHERE NOT shipped;
SELECT typical_mass_kg FROM device_category_effective WHERE name = 'laptop';

-- the confidence of each category figure (issue 12, item 7), by hand from
-- src/data/device_category_figure.csv: laptop mass verified, embodied and
-- kWh derived, reference lifespan secondary, Weibull shape and scale
-- secondary; smartphone's Weibull unverified (its UNU shape and scale);
-- thin client's mass derived and no reference lifespan; network switch
-- only a Weibull; no category has a recycled content, collection or
-- recycling efficiency figure
SELECT * FROM category_figure_confidence()
WHERE category IN ('laptop', 'smartphone', 'thin_client', 'network_switch') ORDER BY category;
-- a user's row has one confidence for all its figures, and replaces the
-- shipped row's; the figures it lacks have none
BEGIN;
INSERT INTO device_category (name, description, typical_mass_kg, reference_life_years, source, confidence)
VALUES ('laptop', 'our laptops', 1.5, 4, 'our own weighing', 'unverified');
SELECT * FROM category_figure_confidence() WHERE category = 'laptop';
-- per purchase year: a shipped band's figure does not count where the
-- user's row has that figure (mass, here), and does where it has none
-- (embodied: the 2015-2019 band's, derived; before 1990 no band: none)
SELECT name, purchase_year, typical_mass_kg, typical_mass_confidence, embodied_kg_co2e, embodied_confidence,
	   reference_life_confidence, reference_weibull_confidence
FROM category_vintage_defaults() WHERE name = 'laptop' AND purchase_year IN (1989, 2010, 2018) ORDER BY purchase_year;
ROLLBACK;
-- without it, the shipped bands' confidences (src/data/device_category_vintage.csv:
-- laptop 1990-2014 mass verified, no embodied figure: the category's,
-- derived; 2015-2019 both derived)
SELECT name, purchase_year, typical_mass_kg, typical_mass_confidence, embodied_kg_co2e, embodied_confidence
FROM category_vintage_defaults() WHERE name = 'laptop' AND purchase_year IN (1989, 2010, 2018) ORDER BY purchase_year;

-- weakest_confidence: the weakest given, NULLs skipped
SELECT weakest_confidence('verified', 'secondary') AS a, weakest_confidence('secondary', NULL, 'derived') AS b,
	   weakest_confidence('derived', 'unverified', 'verified') AS c, weakest_confidence(NULL::text) AS only_null,
	   weakest_confidence(VARIADIC '{}'::text[]) AS empty, weakest_confidence(VARIADIC NULL::text[]) AS null_array,
	   weakest_confidence(VARIADIC array_fill('verified'::text, ARRAY[100000]) || 'derived'::text) AS long_array;
-- anything else is an error (case and spaces count: the reference tables'
-- checks take these four words only), quoted at most 20 bytes, cut at a
-- character
SELECT weakest_confidence('Verified');
SELECT weakest_confidence('');
SELECT weakest_confidence(' derived');
SELECT weakest_confidence('verified', repeat('é', 1000));
SELECT weakest_confidence(VARIADIC '{{verified,derived},{derived,verified}}'::text[]);
-- text only (varchar is text on disk): a number or a number array is an error
SELECT weakest_confidence('derived'::varchar, 'secondary') AS varchar_arg,
	   weakest_confidence(VARIADIC ARRAY['secondary', NULL, 'verified']) AS text_array;
SELECT weakest_confidence('verified', 1);
SELECT weakest_confidence(VARIADIC ARRAY[1, 2]);
SELECT weakest_confidence('NaN'::float8);

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
