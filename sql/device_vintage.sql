-- device figures by vintage (issue 12, item 3): device_category_vintage and
-- device_category_for(category, purchased).  The band figures are the
-- medians of test/derivations/boavizta/pcf_medians.py (manufacturers' PCF
-- sheets of boavizta-data-us.csv at 004e0439) and the 0.2.0 masses of
-- Babbitt 2020 for the years before 2015 (src/data/device_category_vintage.csv)
SET search_path = circular_ict, public;

-- the shipped bands: 9 categories x 3 bands; every figure has its source,
-- every row a note, an empty row is one no source fills
SELECT category, first_year, last_year, typical_mass_kg AS mass, embodied_kg_co2e AS embodied,
	   kwh_per_year AS kwh, confidence, left(source, 30) AS source
FROM device_category_vintage ORDER BY category, first_year;
SELECT count(*) AS rows, count(*) FILTER (WHERE note IS NULL) AS without_note,
	   count(*) FILTER (WHERE coalesce(typical_mass_kg, embodied_kg_co2e, kwh_per_year) IS NULL) AS empty,
	   count(*) FILTER (WHERE source LIKE '%004e04397cdb6d927d93e488c93f2b183cf47fb1%') AS from_pcf
FROM device_category_vintage WHERE shipped;

-- the empty figures of 0.2.0 the PCF extract fills (the audit's list): thin
-- client mass and embodied, printer embodied and kWh, server mass; a
-- switch and the thin client's lifespan stay empty
SELECT name, typical_mass_kg AS mass, embodied_kg_co2e AS embodied, kwh_per_year AS kwh,
	   reference_life_years AS l_av, confidence
FROM device_category_effective WHERE name IN ('thin_client', 'printer', 'server', 'network_switch')
ORDER BY name;
SELECT category, figure, value, confidence FROM device_category_figure
WHERE shipped AND category IN ('thin_client', 'printer', 'server') AND figure IN ('typical_mass_kg', 'embodied_kg_co2e', 'kwh_per_year')
ORDER BY category, figure;

-- a laptop at the band edges: before 1990 (no band: the category's figures),
-- the last day of 2014 (Babbitt's mass of 1999-2011 laptops, the category's
-- embodied and kWh), 2015 to 2019, 2020 and later (open band)
SELECT d AS purchased, f.purchase_year, f.band_first_year AS first, f.band_last_year AS last,
	   f.typical_mass_kg AS mass, f.typical_mass_from AS mass_from,
	   f.embodied_kg_co2e AS embodied, f.embodied_from, f.kwh_per_year AS kwh, f.kwh_from
FROM unnest(ARRAY[date '1989-12-31', '1990-01-01', '2014-12-31', '2015-01-01', '2019-12-31',
				  '2020-01-01', '2024-06-30', '2099-01-01']) d,
	LATERAL device_category_for('laptop', d) f
ORDER BY d;
-- each figure names its source: the band's, or the category figure's in
-- device_category_figure
SELECT left(typical_mass_source, 40) AS mass_source, left(embodied_source, 40) AS embodied_source,
	   left(kwh_source, 40) AS kwh_source
FROM device_category_for('laptop', '2014-06-01');
SELECT left(typical_mass_source, 40) AS mass_source, left(embodied_source, 40) AS embodied_source,
	   left(kwh_source, 40) AS kwh_source
FROM device_category_for('laptop', '2021-06-01');
-- every category in 2017 and in 2023; a NULL date: no band
SELECT c.name, f.band_first_year AS first, f.typical_mass_kg AS mass, f.typical_mass_from AS mass_from,
	   f.embodied_kg_co2e AS embodied, f.embodied_from, f.kwh_per_year AS kwh, f.kwh_from
FROM device_category_effective c, LATERAL device_category_for(c.name, '2017-03-01') f ORDER BY c.name;
SELECT c.name, f.band_first_year AS first, f.typical_mass_kg AS mass, f.typical_mass_from AS mass_from,
	   f.embodied_kg_co2e AS embodied, f.embodied_from, f.kwh_per_year AS kwh, f.kwh_from
FROM device_category_effective c, LATERAL device_category_for(c.name, '2023-03-01') f ORDER BY c.name;
SELECT purchase_year, band_first_year, band_shipped, typical_mass_kg, typical_mass_from, embodied_kg_co2e
FROM device_category_for('monitor', NULL);

-- reference_quality: per category its three bands; the PCF sheets are
-- dated 2015 to 2021, Babbitt et al. published in 2020
SELECT category, rows, round(verified_share::numeric, 4) AS verified, round(derived_share::numeric, 4) AS derived,
	   no_figure, oldest_source_year
FROM reference_quality WHERE reference_table = 'device_category_vintage' ORDER BY category;

-- the function is inlined into the query that calls it (no function scan of
-- its own), so a join over many assets plans as one query
CREATE FUNCTION pg_temp.plan_mentions(query text, what text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		IF line LIKE '%' || what || '%' THEN
			RETURN true;
		END IF;
	END LOOP;
	RETURN false;
END
$$;
SELECT pg_temp.plan_mentions($q$SELECT * FROM circular_ict.device_category_for('laptop', date '2021-05-01')$q$,
							 'Function Scan on device_category_for') AS not_inlined;

-- user rows: a category's user bands replace its shipped bands (a year in
-- no user band has none); a user band's NULL figure is the category's
BEGIN;
INSERT INTO device_category_vintage (category, first_year, last_year, typical_mass_kg, source, confidence)
VALUES ('laptop', 2018, 2022, 1.5, 'our own weighing of 40 laptops', 'verified');
SELECT d AS purchased, f.band_first_year AS first, f.band_last_year AS last, f.band_shipped,
	   f.typical_mass_kg AS mass, f.typical_mass_from AS mass_from, left(f.typical_mass_source, 30) AS mass_source,
	   f.embodied_kg_co2e AS embodied, f.embodied_from
FROM unnest(ARRAY[date '2016-01-01', '2017-12-31', '2018-01-01', '2022-12-31', '2023-01-01']) d,
	LATERAL device_category_for('laptop', d) f
ORDER BY d;
-- reference_quality counts the bands the lookup uses: the user's for laptop
SELECT category, rows, round(verified_share::numeric, 4) AS verified, round(derived_share::numeric, 4) AS derived,
	   no_figure, oldest_source_year
FROM reference_quality WHERE reference_table = 'device_category_vintage' AND category IN ('laptop', 'monitor')
ORDER BY category;
-- other categories keep their shipped bands
SELECT band_first_year, band_shipped, typical_mass_kg FROM device_category_for('desktop', '2021-01-01');
-- the user's own category row beats a shipped band (its mass), the shipped
-- band still gives what the user's row leaves NULL (embodied); the user's
-- row replaces the shipped category row whole, as in device_category_effective,
-- so its NULL kWh is no figure
INSERT INTO device_category (name, description, typical_mass_kg, reference_life_years, source, confidence)
VALUES ('desktop', 'our desktops', 7.5, 6, 'our own weighing', 'verified');
SELECT band_first_year, band_shipped, typical_mass_kg, typical_mass_from, typical_mass_source,
	   embodied_kg_co2e, embodied_from, kwh_per_year, kwh_from, kwh_source
FROM device_category_for('desktop', '2021-01-01');
-- ... and a user band beats the user's category row
INSERT INTO device_category_vintage (category, first_year, typical_mass_kg, source, confidence)
VALUES ('desktop', 2020, 5.0, 'our 2020s desktops', 'secondary');
SELECT band_first_year, band_last_year, band_shipped, typical_mass_kg, typical_mass_from, embodied_kg_co2e, embodied_from
FROM device_category_for('desktop', '2021-01-01');

-- overlapping bands of one set are refused, on INSERT and on UPDATE, with
-- the open band too, and within one statement; the same years in the
-- other set (the shipped bands) are allowed, and so is a band that ends
-- the year before another begins
SAVEPOINT s;
INSERT INTO device_category_vintage (category, first_year, last_year, note)
VALUES ('laptop', 2022, 2024, 'overlaps 2018-2022');
ROLLBACK TO s;
INSERT INTO device_category_vintage (category, first_year, note) VALUES ('desktop', 2025, 'overlaps 2020-');
ROLLBACK TO s;
INSERT INTO device_category_vintage (category, first_year, last_year, note)
VALUES ('laptop', 2010, 2012, 'a'), ('laptop', 2012, 2013, 'b');
ROLLBACK TO s;
UPDATE device_category_vintage SET first_year = 2014 WHERE category = 'laptop' AND first_year = 2015 AND shipped;
ROLLBACK TO s;
INSERT INTO device_category_vintage (category, first_year, last_year, note)
VALUES ('laptop', 2023, 2030, 'after 2018-2022: no overlap'), ('laptop', 2010, 2017, 'before it');
SELECT category, first_year, last_year, shipped FROM device_category_vintage
WHERE NOT shipped ORDER BY category, first_year;
UPDATE device_category_vintage SET last_year = 2023 WHERE category = 'laptop' AND first_year = 2018 AND NOT shipped;
ROLLBACK TO s;
ROLLBACK;

-- bad rows
INSERT INTO device_category_vintage (category, first_year) VALUES ('Laptop', 2015);
INSERT INTO device_category_vintage (category, first_year) VALUES ('laptop', 1989);
INSERT INTO device_category_vintage (category, first_year, last_year) VALUES ('laptop', 2015, 2014);
INSERT INTO device_category_vintage (category, first_year, typical_mass_kg, source, confidence)
VALUES ('laptop', 2015, 0, 'x', 'verified');
INSERT INTO device_category_vintage (category, first_year, embodied_kg_co2e, source, confidence)
VALUES ('laptop', 2015, 'NaN', 'x', 'verified');
INSERT INTO device_category_vintage (category, first_year, kwh_per_year) VALUES ('laptop', 2015, 20);
INSERT INTO device_category_vintage (category, first_year, kwh_per_year, source, confidence)
VALUES ('laptop', 2015, 20, 'x', 'guessed');
INSERT INTO device_category_vintage (category, first_year) VALUES (NULL, 2015);

-- bad arguments
SELECT * FROM device_category_for(NULL, '2020-01-01');
SELECT * FROM device_category_for('toaster', '2020-01-01');
SELECT * FROM device_category_for('Laptop', '2020-01-01');
SELECT * FROM device_category_for('laptop', 'infinity');
SELECT * FROM device_category_for('laptop', '-infinity');
SELECT * FROM device_category_for('laptop', 'garbage');
SELECT * FROM device_category_for('laptop', '2020-02-30');
