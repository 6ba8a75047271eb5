-- yearly disclosures (issue 14, item 3): per organisation and reporting
-- year, the figures a sustainability report asks of the ICT fleet: GHG
-- Protocol scope 3 (capital goods, or purchased goods where devices are
-- expensed) and scope 2 (location-based); ESRS E5 inflows and outflows; the
-- Circular and Fair ICT Pact's indicators.  Each asset's figures are
-- worked out once (asset_period_figures), and each view adds them to the
-- periods they touch in one C aggregate per organisation (period_sums.sql);
-- asset_years shows the same per asset and period.  disclosure_document puts
-- one organisation's year in a single JSON document.
--
-- A reporting year is named by the calendar year it ends in: with a fiscal
-- year ending in March, reporting year 2025 runs from 2024-04-01 to
-- 2025-03-31.  Its grid factors are those of that calendar year
-- (grid_intensity_for).

CREATE TABLE @extschema@.organisation_year (
	organisation_id integer NOT NULL REFERENCES @extschema@.organisation (id) ON DELETE CASCADE,
	year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
	fiscal_year_end_month integer NOT NULL DEFAULT 12 CHECK (fiscal_year_end_month BETWEEN 1 AND 12),
	employees numeric CHECK (employees > 0 AND employees <= 10000000),
	devices_expensed boolean NOT NULL DEFAULT false,
	PRIMARY KEY (organisation_id, year)
);
COMMENT ON TABLE @extschema@.organisation_year IS 'an organisation''s reporting settings and headcount per reporting year (no row: a calendar year, devices capitalised, no headcount)';
COMMENT ON COLUMN @extschema@.organisation_year.year IS 'the reporting year, named by the calendar year it ends in';
COMMENT ON COLUMN @extschema@.organisation_year.fiscal_year_end_month IS 'the month the reporting year ends with (12: the calendar year)';
COMMENT ON COLUMN @extschema@.organisation_year.employees IS 'headcount (full-time equivalents) of the year, for devices per employee';
COMMENT ON COLUMN @extschema@.organisation_year.devices_expensed IS 'true: the organisation expenses its ICT purchases (GHG Protocol scope 3 category 1, purchased goods); false: it capitalises them (category 2, capital goods)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.organisation_year', '');

-- the reporting periods of every organisation the caller reads
CREATE FUNCTION @extschema@.reporting_periods(first_year integer, last_year integer, organisation_id integer DEFAULT NULL)
RETURNS TABLE (organisation_id integer, organisation text, reporting_year integer, period_start date,
	period_end date, employees numeric, devices_expensed boolean)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
-- the settings of the years asked for are read apart, in a subquery that
-- is not pulled up (on Citus, where organisation_year is distributed, a
-- member's row-level security quals on it joined to the series of years
-- fail to plan: "failed to postpone qual containing lateral reference");
-- $3, the organisation_id asked for (NULL: all the caller reads).  The
-- fences in this file are LIMIT ALL, not OFFSET 0: PostgreSQL keeps a
-- subquery with OFFSET 0 out of the parallel workers (it judges the OFFSET
-- before it has folded it, while 0 is still an integer cast to bigint),
-- which kept the disclosure views in one process
SELECT p.id, p.name, p.year, (p.period_end - interval '1 year')::date, p.period_end, p.employees,
	coalesce(p.devices_expensed, false)
FROM (SELECT o.id, o.name, y.year, oy.employees, oy.devices_expensed,
		  (pg_catalog.make_date(y.year, coalesce(oy.fiscal_year_end_month, 12), 1)
		   + interval '1 month')::date AS period_end
	  FROM @extschema@.organisation o
		  CROSS JOIN pg_catalog.generate_series(greatest(first_year, 1990), least(last_year, 2100)) y (year)
		  LEFT JOIN (SELECT oy.organisation_id, oy.year, oy.fiscal_year_end_month, oy.employees, oy.devices_expensed
					 FROM @extschema@.organisation_year oy
					 WHERE oy.year >= first_year AND oy.year <= last_year AND ($3 IS NULL OR oy.organisation_id = $3)
					 LIMIT ALL) oy
			  ON oy.organisation_id = o.id AND oy.year = y.year
	  -- a NULL year is no year (greatest() and least() would skip it)
	  WHERE first_year IS NOT NULL AND last_year IS NOT NULL AND ($3 IS NULL OR o.id = $3)) p
$function$;
COMMENT ON FUNCTION @extschema@.reporting_periods(integer, integer, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads) and reporting year (first_year to last_year, within 1990-2100): the period (period_end the day after its last), the headcount and whether devices are expensed (organisation_year, else a calendar year, capitalised, no headcount)';

-- the grid factors of every country for each reporting year of first_year
-- to last_year, in arrays by year (grid_intensity_years has a row of every
-- country it knows for every year), with the years of those factors
CREATE FUNCTION @extschema@.grid_factor_arrays(first_year integer, last_year integer)
RETURNS TABLE (country text, factors float8[], years integer[])
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT f.country, pg_catalog.array_agg(f.kg_co2e_per_kwh ORDER BY f.for_year),
	pg_catalog.array_agg(f.year ORDER BY f.for_year)
FROM @extschema@.grid_intensity_years(greatest(first_year, 1990), least(last_year, 2100)) f
-- grouped by the country alone, so that the result is unique on it and a
-- query that joins it on the country but reads none of its columns loses
-- the join
GROUP BY f.country
$function$;
COMMENT ON FUNCTION @extschema@.grid_factor_arrays(integer, integer) IS 'per country (iso3, and WOR for the world), its grid factors (kg CO2e per kWh) for each reporting year from first_year to last_year (within 1990-2100), in the order of the years, and the year of each factor (grid_intensity_years)';

-- every asset bought by today, once, with what the reporting periods of
-- first_year to last_year need of it alone: its state today, its figures
-- after the fallbacks (the asset's, its model's, the category's: the
-- *_defaulted flags say which ones came from the category), the ends of
-- its use and of its amortisation, and the grid factors of its country for
-- each reporting year, in arrays (NULL where its country has none).
-- asset_years joins it to the periods; the disclosure views hand it to
-- their period sums (src/period_sums.sql).  A fence (LIMIT ALL) keeps
-- asset_states a subquery: its columns are computed once per row, not once
-- per mention (its retirement date as of today is mentioned in five)
CREATE FUNCTION @extschema@.asset_period_figures(first_year integer, last_year integer, organisation_id integer DEFAULT NULL)
RETURNS TABLE (organisation_id integer, category text, model_id bigint, quantity integer, purchased date,
	retired date, state text, eol_route text, acquired text, age_years float8, country text,
	reference_life_years float8, in_stock boolean, use_end date, amortised_end date, write_off float8,
	mass_kg float8, embodied_kg_co2e float8, kwh_per_year float8, composition @extschema@.materials,
	model_recycled_content float8, mass_defaulted boolean, embodied_defaulted boolean, kwh_defaulted boolean,
	composition_defaulted boolean, grid_factors float8[], grid_years integer[], grid_defaulted boolean,
	own_mass_kg float8, own_embodied_kg_co2e float8, own_kwh_per_year float8, category_mass_kg float8,
	category_embodied_kg_co2e float8, category_kwh_per_year float8, model_composition @extschema@.materials)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT s.organisation_id, s.category, s.model_id, s.quantity, s.purchased, s.retired, s.state,
	s.eol_route, s.acquired, s.age_years, s.country, c.reference_life_years,
	s.in_stock,
	-- the end of its use (retired is never after today here)
	coalesce(s.retired, CURRENT_DATE),
	-- the end of its amortisation: the end of its reference lifespan or
	-- its retirement, whichever comes first
	least(s.purchased + (c.reference_life_years * 365.25::float8)::integer,
		  coalesce(s.retired, 'infinity'::date)),
	-- what is left to amortise at a retirement before the end of the
	-- reference lifespan (NULL: none)
	CASE WHEN s.retired < s.purchased + (c.reference_life_years * 365.25::float8)::integer
		 THEN 1::float8 - (s.retired - s.purchased)::float8 / 365.25::float8 / c.reference_life_years
	END,
	coalesce(s.mass_kg, c.typical_mass_kg),
	coalesce(s.embodied_kg_co2e, CASE WHEN s.acquired = 'new' THEN c.embodied_kg_co2e END),
	coalesce(s.kwh_per_year, c.kwh_per_year),
	coalesce(s.model_composition, cc.composition), s.model_recycled_content,
	-- which figures came from the category
	s.mass_kg IS NULL AND c.typical_mass_kg IS NOT NULL,
	s.embodied_kg_co2e IS NULL AND s.acquired = 'new' AND c.embodied_kg_co2e IS NOT NULL,
	s.kwh_per_year IS NULL AND c.kwh_per_year IS NOT NULL,
	s.model_composition IS NULL AND cc.composition IS NOT NULL,
	-- a country's factors are there for every year (grid_intensity_years
	-- has a row of every country it knows for every year), or not at all
	-- (the world's stand in: asset_years, ghg_ict_emissions)
	g.factors, g.years, g.factors IS NULL,
	-- the figures before the fallbacks: the asset's (or its model's) and
	-- its category's for the year of purchase (the period sums apply the
	-- fallbacks themselves, in C)
	s.mass_kg, s.embodied_kg_co2e, s.kwh_per_year, c.typical_mass_kg, c.embodied_kg_co2e, c.kwh_per_year,
	s.model_composition
-- one organisation's assets by the index on the organisation, when one is
-- asked for ($3, passed inside the fence)
FROM (SELECT * FROM @extschema@.asset_states(CURRENT_DATE, $3) s LIMIT ALL) s
	-- the category's defaults for the year of purchase (the band's figures
	-- where it has them, else the category's): one join on category and
	-- year, the names compared in "C" (a hash join: see asset_facts)
	LEFT JOIN @extschema@.category_vintage_defaults() c
		ON c.name = s.category COLLATE pg_catalog."C" AND c.purchase_year = @extschema@.vintage_year(s.purchased)
	LEFT JOIN @extschema@.category_composition() cc ON cc.category = s.category
	-- the grid factors of the asset's country, looked up once per asset
	-- (joined per asset and period instead, the planner, which cannot tell
	-- how many periods an asset touches, sorted millions of rows for a
	-- merge join against a few hundred)
	LEFT JOIN @extschema@.grid_factor_arrays(first_year, last_year) g
		ON g.country = s.country
$function$;
COMMENT ON FUNCTION @extschema@.asset_period_figures(integer, integer, integer) IS 'every asset (of organisation_id, else of every organisation the caller reads) bought by today, once, with what the reporting periods of first_year to last_year need of it alone: its state today, the ends of its use and of its amortisation (its reference lifespan from purchase, or its retirement before), the share left to write off at such a retirement, its figures after the fallbacks (the asset''s, its model''s, the category''s for the purchase year: the *_defaulted flags say which came from the category), the grid factors of its country and their years for each reporting year from first_year (NULL where its country has none: grid_defaulted), the figures before the fallbacks (own_*: the asset''s or its model''s; category_*: its category''s for the purchase year; model_composition: its model''s composition)';

-- every organisation's reporting periods as arrays, in the order of the
-- reporting years (the periods a period_sums aggregate takes), the first
-- start, and today
CREATE FUNCTION @extschema@.reporting_period_bounds(first_year integer, last_year integer, organisation_id integer DEFAULT NULL)
RETURNS TABLE (organisation_id integer, starts date[], ends date[], first_start date, as_of date)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT p.organisation_id, pg_catalog.array_agg(p.period_start ORDER BY p.reporting_year),
	pg_catalog.array_agg(p.period_end ORDER BY p.reporting_year), pg_catalog.min(p.period_start),
	-- today, once per organisation (the end of use of a unit in service)
	CURRENT_DATE
FROM @extschema@.reporting_periods(first_year, last_year, $3) p
GROUP BY p.organisation_id
$function$;
COMMENT ON FUNCTION @extschema@.reporting_period_bounds(integer, integer, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads), the starts and ends (the day after) of its reporting periods of first_year to last_year, in the order of the years, the earliest start, and today';

-- every asset in every reporting period it touches (bought, in service or
-- retired in it), with its figures after the fallbacks (the asset's, its
-- model's, the category's: the *_defaulted flags say which ones came from
-- the category), the grid factor of its country for the year and the years
-- of the period it was in use and within its amortisation
CREATE FUNCTION @extschema@.asset_years(first_year integer, last_year integer, organisation_id integer DEFAULT NULL)
RETURNS TABLE (organisation_id integer, organisation text, reporting_year integer, period_start date,
	period_end date, employees numeric, devices_expensed boolean, category text, model_id bigint,
	quantity integer, purchased date, retired date, state text, eol_route text, acquired text,
	bought boolean, retired_in_period boolean, in_service_at_end boolean, service_life_years float8,
	in_use_years float8, amortised_share float8, reference_life_years float8, mass_kg float8,
	embodied_kg_co2e float8, kwh_per_year float8, grid_kg_per_kwh float8, grid_year integer,
	composition @extschema@.materials, recycled_content float8, mass_defaulted boolean,
	embodied_defaulted boolean, kwh_defaulted boolean, composition_defaulted boolean, grid_defaulted boolean)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT p.organisation_id, p.organisation, p.reporting_year, p.period_start, p.period_end, p.employees,
	p.devices_expensed, s.category, s.model_id, s.quantity, s.purchased, s.retired, s.state, s.eol_route,
	s.acquired,
	s.purchased >= p.period_start,
	s.retired >= p.period_start AND s.retired < p.period_end,
	-- in service at the end of the period (today, for the year under way);
	-- a unit in stock today counts as in stock then
	(s.retired IS NULL OR s.retired >= p.period_end) AND NOT s.in_stock,
	s.age_years,
	-- in use: from purchase to retirement (or today), unless in stock today
	CASE WHEN s.in_stock THEN 0::float8
		 ELSE greatest(least(s.use_end, p.period_end) - greatest(s.purchased, p.period_start), 0)::float8
			  / 365.25::float8 END,
	-- the share of the unit's embodied emissions the period carries: spread
	-- evenly over the reference lifespan from purchase (to amortised_end), and
	-- what is left at retirement written off in the period of retirement
	-- (the periods of a unit add up to the whole)
	CASE WHEN s.reference_life_years IS NOT NULL THEN
		greatest(least(s.amortised_end, p.period_end) - greatest(s.purchased, p.period_start), 0)::float8
			/ 365.25::float8 / s.reference_life_years
		+ CASE WHEN s.retired >= p.period_start AND s.retired < p.period_end AND s.write_off IS NOT NULL
			   THEN s.write_off ELSE 0::float8 END END,
	s.reference_life_years,
	s.mass_kg, s.embodied_kg_co2e, s.kwh_per_year,
	coalesce(s.grid_factors[p.grid_index], p.world_kg_per_kwh),
	coalesce(s.grid_years[p.grid_index], p.world_year),
	s.composition, s.model_recycled_content,
	s.mass_defaulted, s.embodied_defaulted, s.kwh_defaulted, s.composition_defaulted, s.grid_defaulted
-- a fence: each asset's figures once per asset (not once per period it touches)
FROM (SELECT * FROM @extschema@.asset_period_figures(first_year, last_year, $3) s
	  -- not the units retired before any period starts (none starts before
	  -- February of the year before first_year: a fiscal year ending in
	  -- January), which a register keeps for years
	  WHERE s.retired IS NULL OR s.retired >= pg_catalog.make_date(greatest(first_year, 1990) - 1, 2, 1)
	  LIMIT ALL) s
	-- the periods with the world's grid factor of their year, computed once
	-- (a fence: a few rows; pulled up, their bounds would be computed once
	-- per asset and period)
	JOIN (SELECT p.*, w.year AS world_year, w.kg_co2e_per_kwh AS world_kg_per_kwh,
			  -- the year's place in the assets' arrays of grid factors
			  p.reporting_year - greatest(first_year, 1990) + 1 AS grid_index
		  FROM @extschema@.reporting_periods(first_year, last_year, $3) p
			  LEFT JOIN @extschema@.grid_intensity_years(greatest(first_year, 1990), least(last_year, 2100)) w
				  ON w.for_year = p.reporting_year AND w.country = 'WOR'
		  LIMIT ALL) p
		ON p.organisation_id = s.organisation_id
		AND s.purchased < p.period_end AND (s.retired IS NULL OR s.retired >= p.period_start)
$function$;
COMMENT ON FUNCTION @extschema@.asset_years(integer, integer, integer) IS 'every asset (of organisation_id, else of every organisation the caller reads) in every reporting period it touches (reporting_periods): bought, retired or in service at the end of the period, its years in use in the period, the share of its embodied emissions the period carries (spread over the reference lifespan from purchase, the rest written off at retirement), its figures after the fallbacks (the asset''s, its model''s, the category''s for the purchase year: its band''s where category_vintage_defaults has one, else its all-years figure; the *_defaulted flags say which came from the category, grid_defaulted that the world''s factor stood in for its country''s) and the grid factor of the year';

-- GHG Protocol ------------------------------------------------------------
CREATE FUNCTION @extschema@.ghg_ict_emissions(first_year integer, last_year integer, organisation_id integer DEFAULT NULL)
RETURNS TABLE (organisation text, reporting_year integer, period_start date, period_end date,
	complete boolean, scope3_category integer, units_bought bigint, embodied_kg_co2e_bought float8,
	units_bought_without_embodied bigint, embodied_kg_co2e_amortised float8, kwh_in_use float8,
	scope2_location_kg_co2e float8, units_in_use_without_kwh bigint, grid_factor_years text,
	embodied_on_defaults_share float8, kwh_on_defaults_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT p.organisation, p.reporting_year, p.period_start, p.period_end - 1, p.period_end <= CURRENT_DATE,
	CASE WHEN p.devices_expensed THEN 1 ELSE 2 END,
	coalesce(a.units_bought::bigint, 0), a.embodied_bought, coalesce(a.units_bought_without_embodied::bigint, 0),
	a.embodied_amortised, a.kwh, a.scope2, coalesce(a.units_in_use_without_kwh::bigint, 0),
	CASE WHEN a.first_grid_year = a.last_grid_year THEN a.first_grid_year::text
		 ELSE a.first_grid_year::text || '-' || a.last_grid_year::text END,
	coalesce(a.embodied_bought_defaulted, 0::float8) / nullif(a.embodied_bought, 0::float8),
	coalesce(a.kwh_defaulted, 0::float8) / nullif(a.kwh, 0::float8)
FROM @extschema@.reporting_periods(first_year, last_year, $3) p
	LEFT JOIN (
		SELECT a.organisation_id, greatest(first_year, 1990) + t.period - 1 AS reporting_year,
			pg_catalog.sum(t.units_bought) AS units_bought, pg_catalog.sum(t.embodied_bought) AS embodied_bought,
			pg_catalog.sum(t.embodied_bought_defaulted) AS embodied_bought_defaulted,
			pg_catalog.sum(t.units_bought_without_embodied) AS units_bought_without_embodied,
			pg_catalog.sum(t.embodied_amortised) AS embodied_amortised, pg_catalog.sum(t.kwh) AS kwh,
			pg_catalog.sum(t.kwh_defaulted) AS kwh_defaulted,
			-- scope 2, location-based: each country's kWh at its grid factor
			-- of the year, the world's where it has none
			pg_catalog.sum(t.kwh * coalesce(g.factors[t.period], w.factors[t.period])) AS scope2,
			pg_catalog.sum(t.units_in_use_without_kwh) AS units_in_use_without_kwh,
			pg_catalog.min(coalesce(g.years[t.period], w.years[t.period])) FILTER (WHERE t.units_in_use > 0::float8)
				AS first_grid_year,
			pg_catalog.max(coalesce(g.years[t.period], w.years[t.period])) FILTER (WHERE t.units_in_use > 0::float8)
				AS last_grid_year
		-- each organisation's sums per country and period, one row per
		-- asset in (the arithmetic of asset_years, in C: src/period_sums.c);
		-- grouped by country, the grid factors are applied once per country
		-- and period, not looked up for each asset
		FROM (SELECT s.organisation_id, s.country,
				  @extschema@.ghg_period_sums(b.starts, b.ends, b.as_of, s.purchased, s.retired, s.in_stock,
					  s.reference_life_years, s.quantity, s.own_embodied_kg_co2e, s.acquired,
					  s.category_embodied_kg_co2e, s.own_kwh_per_year, s.category_kwh_per_year) AS sums
			  FROM @extschema@.asset_period_figures(first_year, last_year, $3) s
				  JOIN @extschema@.reporting_period_bounds(first_year, last_year, $3) b
					  ON b.organisation_id = s.organisation_id
					  -- not the units retired before the first period starts
					  AND (s.retired IS NULL OR s.retired >= b.first_start)
			  GROUP BY s.organisation_id, s.country) a
			CROSS JOIN LATERAL pg_catalog.unnest(a.sums) t
			LEFT JOIN @extschema@.grid_factor_arrays(first_year, last_year) g ON g.country = a.country
			LEFT JOIN @extschema@.grid_factor_arrays(first_year, last_year) w ON w.country = 'WOR'
		GROUP BY a.organisation_id, t.period
	) a ON a.organisation_id = p.organisation_id AND a.reporting_year = p.reporting_year
$function$;
COMMENT ON FUNCTION @extschema@.ghg_ict_emissions(integer, integer, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads) and reporting year: the embodied CO2e of the ICT bought in the year, whole (GHG Protocol scope 3, category 2 capital goods, or 1 where devices are expensed) and amortised over the reference lifespans, and the electricity of the fleet in use with its location-based scope 2 emissions';

-- ESRS E5 -----------------------------------------------------------------
CREATE FUNCTION @extschema@.esrs_e5_ict(first_year integer, last_year integer, organisation_id integer DEFAULT NULL)
RETURNS TABLE (organisation text, reporting_year integer, period_start date, period_end date,
	complete boolean, units_bought bigint, mass_bought_kg float8, secondary_mass_share float8,
	recycled_content_share float8, recycled_content_known_mass_share float8, units_retired bigint,
	mass_retired_kg float8, reuse_kg float8, refurbishment_kg float8, recycling_kg float8,
	unknown_route_kg float8, landfill_kg float8, service_life_retired_years float8,
	reference_life_retired_years float8, durability_ratio float8, critical_raw_materials_retired_g float8,
	mass_on_defaults_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT p.organisation, p.reporting_year, p.period_start, p.period_end - 1, p.period_end <= CURRENT_DATE,
	coalesce(a.units_bought::bigint, 0), a.mass_bought, a.mass_refurbished / nullif(a.mass_bought, 0::float8),
	a.recycled_mass / nullif(a.recycled_known_mass, 0::float8), a.recycled_known_mass / nullif(a.mass_bought, 0::float8),
	coalesce(a.units_retired::bigint, 0), a.mass_retired, a.reuse, a.refurbishment, a.recycling, a.unknown_route,
	a.landfill, a.life_retired / nullif(a.units_retired_with_life, 0::float8),
	a.reference_retired / nullif(a.units_retired_with_life, 0::float8),
	a.life_retired / nullif(a.reference_retired, 0::float8), a.critical_retired,
	coalesce(a.mass_defaulted, 0::float8)
		/ nullif(coalesce(a.mass_bought, 0::float8) + coalesce(a.mass_retired, 0::float8), 0::float8)
FROM @extschema@.reporting_periods(first_year, last_year, $3) p
	-- each organisation's sums per period, one row per asset in (the
	-- arithmetic of asset_years, in C: src/period_sums.c); the critical
	-- grams only of the units retired
	LEFT JOIN (
		SELECT a.organisation_id, greatest(first_year, 1990) + t.period - 1 AS reporting_year, t.*
		FROM (SELECT s.organisation_id,
				  @extschema@.esrs_period_sums(b.starts, b.ends, s.purchased, s.retired, s.quantity, s.own_mass_kg,
					  s.category_mass_kg, s.acquired, s.model_recycled_content, s.eol_route, s.reference_life_years,
					  CASE WHEN s.retired IS NOT NULL
						   THEN coalesce(@extschema@.critical_grams(s.model_composition), cc.critical_grams) END) AS sums
			  FROM @extschema@.asset_period_figures(first_year, last_year, $3) s
				  JOIN @extschema@.reporting_period_bounds(first_year, last_year, $3) b
					  ON b.organisation_id = s.organisation_id
					  -- not the units retired before the first period starts
					  AND (s.retired IS NULL OR s.retired >= b.first_start)
				  -- the critical grams of the category's composition, computed once
				  -- per category (a fence), joined only to the units retired (a NULL
				  -- key probes nothing)
				  LEFT JOIN (SELECT cc.category, @extschema@.critical_grams(cc.composition) AS critical_grams
							 FROM @extschema@.category_composition() cc LIMIT ALL) cc
					  ON cc.category = CASE WHEN s.retired IS NOT NULL THEN s.category END
			  GROUP BY s.organisation_id) a
			CROSS JOIN LATERAL pg_catalog.unnest(a.sums) t
	) a ON a.organisation_id = p.organisation_id AND a.reporting_year = p.reporting_year
$function$;
COMMENT ON FUNCTION @extschema@.esrs_e5_ict(integer, integer, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads) and reporting year, the ESRS E5 figures of its ICT: inflows (E5-4: mass bought, the share bought refurbished, recycled content where declared) and outflows (E5-5: mass retired by route, the service life of the units retired against the reference lifespan, the critical raw materials in them)';

-- the Circular and Fair ICT Pact's indicators ---------------------------------
CREATE FUNCTION @extschema@.pact_indicators(first_year integer, last_year integer, organisation_id integer DEFAULT NULL)
RETURNS TABLE (organisation text, reporting_year integer, period_start date, period_end date,
	complete boolean, employees numeric, units_in_service_at_end bigint, devices_per_employee float8,
	units_bought bigint, scheme text, bought_meeting_scheme_share float8, bought_scheme_unknown_share float8,
	bought_refurbished_share float8, units_retired bigint, median_service_life_retired_years float8,
	retired_reused_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
-- the units bought in each period (asset_years.bought: purchased in the
-- period, by today) per model and category, read from asset_states alone: a
-- unit is bought in one period at most, and the other figures of asset_years
-- are not needed here
WITH bought AS (
	SELECT bp.organisation_id, bp.reporting_year, u.category, u.model_id, sum(u.quantity) AS units
	-- the units bought since the first period started (one probe per asset,
	-- where the join to the periods below takes one per asset and period)
	FROM (SELECT u.* FROM @extschema@.asset_states(CURRENT_DATE, $3) u
			  JOIN @extschema@.reporting_period_bounds(first_year, last_year, $3) b
				  ON b.organisation_id = u.organisation_id AND u.purchased >= b.first_start
		  LIMIT ALL) u
		-- a fence: the periods' bounds computed once, not once per asset
		JOIN (SELECT * FROM @extschema@.reporting_periods(first_year, last_year, $3) rp LIMIT ALL) bp
			ON bp.organisation_id = u.organisation_id
			AND u.purchased >= bp.period_start AND u.purchased < bp.period_end
	-- only for a group with a scheme: the shares are NULL without one (a
	-- test evaluated once, before the pass over the assets)
	WHERE EXISTS (SELECT FROM @extschema@.buyer_group_setting st WHERE st.scheme IS NOT NULL)
	GROUP BY bp.organisation_id, bp.reporting_year, u.category, u.model_id
),
-- the fleet's counts per organisation and period, one row per asset in
-- (the arithmetic of asset_years, in C: src/period_sums.c)
fleet AS (
	SELECT a.organisation_id, greatest(first_year, 1990) + t.period - 1 AS reporting_year, t.*
	FROM (SELECT s.organisation_id,
			  @extschema@.pact_period_sums(b.starts, b.ends, s.purchased, s.retired, s.in_stock, s.quantity,
				  s.acquired, s.eol_route) AS sums
		  FROM @extschema@.asset_period_figures(first_year, last_year, $3) s
			  JOIN @extschema@.reporting_period_bounds(first_year, last_year, $3) b
				  ON b.organisation_id = s.organisation_id
				  -- not the units retired before the first period starts
				  AND (s.retired IS NULL OR s.retired >= b.first_start)
		  GROUP BY s.organisation_id) a
		CROSS JOIN LATERAL pg_catalog.unnest(a.sums) t
),
-- the median service life of the units retired in each period, from the
-- units retired alone (asset_years.service_life_years: the age at
-- retirement)
retired AS MATERIALIZED (
	SELECT rp.organisation_id, rp.reporting_year,
		@extschema@.weighted_median(u.age_years, u.quantity) AS median_life
	-- the units retired by today (a fence: the retirement date as of today
	-- worked out once per asset), joined to the periods alone
	FROM (SELECT u.organisation_id, u.retired, u.age_years, u.quantity
		  FROM @extschema@.asset_states(CURRENT_DATE, $3) u WHERE u.retired IS NOT NULL LIMIT ALL) u
		-- a fence: the periods' bounds computed once, not once per asset
		JOIN (SELECT * FROM @extschema@.reporting_periods(first_year, last_year, $3) rp LIMIT ALL) rp
			ON rp.organisation_id = u.organisation_id
			AND u.retired >= rp.period_start AND u.retired < rp.period_end
	GROUP BY rp.organisation_id, rp.reporting_year
)
SELECT p.organisation, p.reporting_year, p.period_start, p.period_end - 1, p.period_end <= CURRENT_DATE,
	p.employees, a.in_service_at_end::bigint, a.in_service_at_end / p.employees::float8,
	coalesce(a.units_bought::bigint, 0), st.scheme || coalesce(' ' || st.level, ''),
	CASE WHEN st.scheme IS NOT NULL THEN coalesce(m.meeting, 0)::float8 / nullif(a.units_bought, 0::float8) END,
	CASE WHEN st.scheme IS NOT NULL THEN coalesce(m.unknown, 0)::float8 / nullif(a.units_bought, 0::float8) END,
	a.refurbished / nullif(a.units_bought, 0::float8),
	coalesce(a.units_retired::bigint, 0), r.median_life, a.reused / nullif(a.units_retired, 0::float8)
FROM @extschema@.reporting_periods(first_year, last_year, $3) p
	LEFT JOIN @extschema@.buyer_group_setting st ON true
	LEFT JOIN fleet a ON a.organisation_id = p.organisation_id AND a.reporting_year = p.reporting_year
	LEFT JOIN retired r ON r.organisation_id = p.organisation_id AND r.reporting_year = p.reporting_year
	-- the group's scheme: the units bought per model and category, each
	-- model judged once per category (a unit without a model, or whose model
	-- declares too little, is unknown)
	LEFT JOIN (
		SELECT b.organisation_id, b.reporting_year,
			sum(b.units) FILTER (WHERE v.meets) AS meeting,
			sum(b.units) FILTER (WHERE v.meets IS NULL) AS unknown
		FROM bought b
			LEFT JOIN (SELECT d.model_id, d.category,
						  CASE WHEN s.scheme IS NOT NULL AND pm.id IS NOT NULL THEN
							  @extschema@.criteria_verdict(pm.id, pm.attributes, d.category, s.scheme, s.level)
						  END AS meets
					  FROM (SELECT DISTINCT b.model_id, b.category FROM bought b WHERE b.model_id IS NOT NULL) d
						  LEFT JOIN @extschema@.product_model pm ON pm.id = d.model_id
						  LEFT JOIN @extschema@.buyer_group_setting s ON true
					  -- a fence: judged once per row here, not once per row of the join
					  LIMIT ALL) v
				ON v.model_id = b.model_id AND v.category = b.category
		GROUP BY b.organisation_id, b.reporting_year
	) m ON m.organisation_id = p.organisation_id AND m.reporting_year = p.reporting_year
$function$;
COMMENT ON FUNCTION @extschema@.pact_indicators(integer, integer, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads) and reporting year, the Circular and Fair ICT Pact''s indicators (buy less, buy better, use better, use longer): devices in service per employee, the share of the units bought that meet the group''s scheme (buyer_group_setting), that were bought refurbished, the median service life of the units retired and the share of them reused or refurbished';

-- the views BI tools read: the last three reporting years, the one under
-- way included (complete says whether the period has ended); the functions
-- give any other years (each year is a pass over the fleet's assets in
-- service, so the views keep to the years a report compares)
CREATE VIEW @extschema@.ghg_ict_emissions WITH (security_invoker = true) AS
SELECT * FROM @extschema@.ghg_ict_emissions(extract(year FROM CURRENT_DATE)::integer - 2,
											extract(year FROM CURRENT_DATE)::integer);
COMMENT ON VIEW @extschema@.ghg_ict_emissions IS 'per organisation and reporting year (the last three): GHG Protocol figures of the ICT fleet, scope 3 embodied emissions of the devices bought and scope 2 location-based emissions of their electricity';
GRANT SELECT ON @extschema@.ghg_ict_emissions TO PUBLIC;
SELECT @extschema@.comment_report_columns('@extschema@.ghg_ict_emissions', ARRAY[
	['organisation', 'organisation name'],
	['reporting_year', 'the reporting year, named by the calendar year it ends in'],
	['period_start', 'first day of the reporting year'],
	['period_end', 'last day of the reporting year'],
	['complete', 'true when the reporting year has ended'],
	['scope3_category', 'GHG Protocol scope 3 category of the devices bought: 2 (capital goods), or 1 (purchased goods and services) where the organisation expenses them (organisation_year.devices_expensed)'],
	['units_bought', 'units bought in the year'],
	['embodied_kg_co2e_bought', 'scope 3: embodied emissions of the units bought in the year, whole (not amortised), kg CO2e; a refurbished unit counts only with a declared figure'],
	['units_bought_without_embodied', 'units bought in the year without an embodied figure (left out of embodied_kg_co2e_bought)'],
	['embodied_kg_co2e_amortised', 'embodied emissions of the fleet spread over each unit''s reference lifespan from purchase, what is left at retirement written off in the year of retirement: the part that falls in the year, kg CO2e (the amortised view beside the whole one)'],
	['kwh_in_use', 'electricity of the units in use during the year, kWh (each unit''s kWh per year times its time in use in the year)'],
	['scope2_location_kg_co2e', 'scope 2, location-based: kwh_in_use at the grid intensity of each unit''s country for the year (the world''s where the country has none), kg CO2e'],
	['units_in_use_without_kwh', 'units in use in the year without an electricity figure (left out of kwh_in_use)'],
	['grid_factor_years', 'the year (or first-last years) of the grid factors used (grid_intensity_for: the latest known up to the reporting year)'],
	['embodied_on_defaults_share', 'share of embodied_kg_co2e_bought that comes from the category defaults, not from the asset or its model (0 to 1)'],
	['kwh_on_defaults_share', 'share of kwh_in_use that comes from the category defaults (0 to 1)']
]);

CREATE VIEW @extschema@.esrs_e5_ict WITH (security_invoker = true) AS
SELECT * FROM @extschema@.esrs_e5_ict(extract(year FROM CURRENT_DATE)::integer - 2,
									  extract(year FROM CURRENT_DATE)::integer);
COMMENT ON VIEW @extschema@.esrs_e5_ict IS 'per organisation and reporting year (the last three): the ESRS E5 resource inflows (E5-4) and outflows (E5-5) of the ICT fleet';
GRANT SELECT ON @extschema@.esrs_e5_ict TO PUBLIC;
SELECT @extschema@.comment_report_columns('@extschema@.esrs_e5_ict', ARRAY[
	['organisation', 'organisation name'],
	['reporting_year', 'the reporting year, named by the calendar year it ends in'],
	['period_start', 'first day of the reporting year'],
	['period_end', 'last day of the reporting year'],
	['complete', 'true when the reporting year has ended'],
	['units_bought', 'E5-4: units bought in the year'],
	['mass_bought_kg', 'E5-4: total weight of the ICT products bought in the year, kg'],
	['secondary_mass_share', 'E5-4: share of that weight bought refurbished (secondary products; 0 to 1)'],
	['recycled_content_share', 'E5-4: weight-weighted recycled content of the products bought, where their model declares it (0 to 1)'],
	['recycled_content_known_mass_share', 'share of mass_bought_kg whose recycled content is declared (0 to 1)'],
	['units_retired', 'E5-5: units retired in the year'],
	['mass_retired_kg', 'E5-5: weight of the units retired in the year, kg'],
	['reuse_kg', 'E5-5: weight retired to reuse, kg'],
	['refurbishment_kg', 'E5-5: weight retired to refurbishment, kg'],
	['recycling_kg', 'E5-5: weight retired to formal recycling, kg'],
	['unknown_route_kg', 'E5-5: weight retired to an unknown or informal route, or with no route recorded, kg'],
	['landfill_kg', 'E5-5: weight retired to landfill, kg'],
	['service_life_retired_years', 'E5-5 durability: mean service life of the units retired in the year, years'],
	['reference_life_retired_years', 'E5-5 durability: mean reference lifespan of the same units (the industry reference), years'],
	['durability_ratio', 'service_life_retired_years over reference_life_retired_years'],
	['critical_raw_materials_retired_g', 'E5-5: grams of EU critical raw materials in the units retired in the year'],
	['mass_on_defaults_share', 'share of the weight bought and retired that comes from the category defaults, not from the asset or its model (0 to 1)']
]);

CREATE VIEW @extschema@.pact_indicators WITH (security_invoker = true) AS
SELECT * FROM @extschema@.pact_indicators(extract(year FROM CURRENT_DATE)::integer - 2,
										  extract(year FROM CURRENT_DATE)::integer);
COMMENT ON VIEW @extschema@.pact_indicators IS 'per organisation and reporting year (the last three): the Circular and Fair ICT Pact''s indicators';
GRANT SELECT ON @extschema@.pact_indicators TO PUBLIC;
SELECT @extschema@.comment_report_columns('@extschema@.pact_indicators', ARRAY[
	['organisation', 'organisation name'],
	['reporting_year', 'the reporting year, named by the calendar year it ends in'],
	['period_start', 'first day of the reporting year'],
	['period_end', 'last day of the reporting year'],
	['complete', 'true when the reporting year has ended'],
	['employees', 'headcount of the year (organisation_year.employees; NULL: not given)'],
	['units_in_service_at_end', 'buy less: units in service at the end of the year (today, for the year under way)'],
	['devices_per_employee', 'buy less: units_in_service_at_end per employee'],
	['units_bought', 'units bought in the year'],
	['scheme', 'the buyer group''s common requirements (buyer_group_setting: scheme and level)'],
	['bought_meeting_scheme_share', 'buy better: share of the units bought whose model meets the scheme (0 to 1)'],
	['bought_scheme_unknown_share', 'share of the units bought that cannot be judged: no model, or a model that declares too little (0 to 1)'],
	['bought_refurbished_share', 'buy better: share of the units bought refurbished (0 to 1)'],
	['units_retired', 'units retired in the year'],
	['median_service_life_retired_years', 'use longer: median service life of the units retired in the year, years'],
	['retired_reused_share', 'use better: share of the units retired that went to reuse or refurbishment (0 to 1)']
]);

-- one organisation's year as one JSON document, for a sustainability
-- report tool or a web page
CREATE FUNCTION @extschema@.disclosure_document(organisation text, reporting_year integer)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
-- the numbers of the document read back as the same float8 whatever the
-- caller's setting (jsonb takes a float8 by its text)
SET extra_float_digits = 1
AS $function$
DECLARE
	org_id integer;
	ghg jsonb;
	e5 jsonb;
	pact jsonb;
BEGIN
	IF disclosure_document.organisation IS NULL OR disclosure_document.reporting_year IS NULL THEN
		RAISE EXCEPTION 'organisation and reporting_year must not be NULL'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF disclosure_document.reporting_year NOT BETWEEN 1990 AND 2100 THEN
		RAISE EXCEPTION 'reporting_year must be from 1990 to 2100'
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('It is %s.', disclosure_document.reporting_year);
	END IF;
	org_id := @extschema@.readable_organisation(disclosure_document.organisation);
	SELECT to_jsonb(g) - 'organisation' - 'reporting_year' - 'period_start' - 'period_end' - 'complete' INTO ghg
	FROM @extschema@.ghg_ict_emissions(disclosure_document.reporting_year, disclosure_document.reporting_year, org_id) g;
	SELECT to_jsonb(e) - 'organisation' - 'reporting_year' - 'period_start' - 'period_end' - 'complete' INTO e5
	FROM @extschema@.esrs_e5_ict(disclosure_document.reporting_year, disclosure_document.reporting_year, org_id) e;
	SELECT to_jsonb(p) - 'organisation' - 'reporting_year' - 'period_start' - 'period_end' - 'complete' INTO pact
	FROM @extschema@.pact_indicators(disclosure_document.reporting_year, disclosure_document.reporting_year, org_id) p;
	RETURN (SELECT jsonb_build_object(
		'organisation', r.organisation,
		'reporting_year', r.reporting_year,
		'period', jsonb_build_object('start', r.period_start, 'end', r.period_end - 1,
									 'complete', r.period_end <= CURRENT_DATE),
		'ghg_protocol', ghg,
		'esrs_e5', e5,
		'circular_and_fair_ict_pact', pact,
		'units', jsonb_build_object('mass', 'kg', 'emissions', 'kg CO2e', 'electricity', 'kWh',
									'raw_materials', 'g', 'service_life', 'years', 'shares', '0 to 1'),
		'generated_by', 'circular_ict ' || @extschema@.version())
	FROM @extschema@.reporting_periods(disclosure_document.reporting_year, disclosure_document.reporting_year, org_id) r);
END
$function$;
COMMENT ON FUNCTION @extschema@.disclosure_document(text, integer) IS 'one organisation''s reporting year as one JSON document: the period, the GHG Protocol, ESRS E5 and Pact figures (the columns of ghg_ict_emissions, esrs_e5_ict and pact_indicators), their units and the extension''s version';
