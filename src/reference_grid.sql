-- grid intensity by year: which figure of grid_intensity (src/reference.sql)
-- a use in a given year counts, and the view of this year's figures

-- the factor a year uses, per country: the user's rows where the country
-- has any (they replace the shipped series), else the shipped ones; of
-- those, the latest year up to the one asked for, else the earliest (a year
-- before the data uses the first known one); no row for a NULL year.  One
-- sort: a country's user rows (shipped false) come first, so the first row
-- of a country is the user's where it has any.  No correlated EXISTS or
-- subplan, which would keep every report that joins this function to the
-- assets out of the parallel workers
CREATE FUNCTION @extschema@.grid_intensity_for(for_year integer)
RETURNS TABLE (country text, kg_co2e_per_kwh float8, year integer, source text, confidence text,
	shipped boolean, boundary text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT DISTINCT ON (g.country) g.country, g.kg_co2e_per_kwh, g.year, g.source, g.confidence, g.shipped,
	g.boundary
FROM @extschema@.grid_intensity g
WHERE for_year IS NOT NULL
ORDER BY g.country, g.shipped, g.year OPERATOR(pg_catalog.>) for_year,
	pg_catalog.abs(g.year::bigint OPERATOR(pg_catalog.-) for_year)
$function$;
COMMENT ON FUNCTION @extschema@.grid_intensity_for(integer) IS 'one row per country: the grid intensity a use in the given year counts (the user''s rows of the country where it has any, else the shipped ones; the latest year up to the given one, else the earliest), with its year, source and boundary';

-- grid_intensity_for of every year from first_year to last_year, in one
-- query without a lateral call per year (a lateral subquery keeps a plan
-- that joins it out of the parallel workers): the same order, the year
-- asked for in the sort key (sql/fleet_reference checks that the two agree).
-- The years are those of the table, 1990 to 2100 (as reporting_periods'):
-- a range of four billion years would run for hours
CREATE FUNCTION @extschema@.grid_intensity_years(first_year integer, last_year integer)
RETURNS TABLE (for_year integer, country text, kg_co2e_per_kwh float8, year integer, source text,
	confidence text, shipped boolean, boundary text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT DISTINCT ON (y.for_year, g.country) y.for_year, g.country, g.kg_co2e_per_kwh, g.year, g.source,
	g.confidence, g.shipped, g.boundary
FROM pg_catalog.generate_series(greatest(first_year, 1990), least(last_year, 2100)) y (for_year)
	CROSS JOIN @extschema@.grid_intensity g
ORDER BY y.for_year, g.country, g.shipped, g.year OPERATOR(pg_catalog.>) y.for_year,
	pg_catalog.abs(g.year::bigint OPERATOR(pg_catalog.-) y.for_year)
$function$;
COMMENT ON FUNCTION @extschema@.grid_intensity_years(integer, integer) IS 'one row per year from first_year to last_year (within 1990-2100) and country: the row grid_intensity_for(for_year) gives for the country';

-- grid_intensity_for(the current year) written out over the table: a view
-- over a SQL function cannot be planned by Citus (distribute()), a view
-- over the table can (sql/citus_distribute checks the two give the same rows)
CREATE VIEW @extschema@.grid_intensity_effective WITH (security_invoker = true) AS
SELECT DISTINCT ON (g.country) g.country, g.kg_co2e_per_kwh, g.year, g.source, g.confidence, g.shipped,
	g.boundary
FROM @extschema@.grid_intensity g,
	(SELECT extract(year FROM current_date)::integer AS for_year) y
ORDER BY g.country, g.shipped, g.year OPERATOR(pg_catalog.>) y.for_year,
	pg_catalog.abs(g.year::bigint OPERATOR(pg_catalog.-) y.for_year);
COMMENT ON VIEW @extschema@.grid_intensity_effective IS 'one row per country: the grid intensity this year counts (grid_intensity_for of the current year)';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.country IS 'iso3 code, or WOR (world) or EEE (Europe)';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.kg_co2e_per_kwh IS 'kg CO2e per kWh of electricity';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.year IS 'the year of the figure (the latest known up to this year)';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.source IS 'source of the figure';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.confidence IS 'confidence of the figure';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.shipped IS 'true: shipped with the extension; false: the users row';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.boundary IS 'what the figure counts (life-cycle or direct; consumption- or generation-based); NULL: not stated';
GRANT SELECT ON @extschema@.grid_intensity_effective TO PUBLIC;
