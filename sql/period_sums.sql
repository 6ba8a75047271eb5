-- The disclosures' period sums (src/period_sums.c): ghg_ict_emissions,
-- esrs_e5_ict and pact_indicators add each asset to the periods it touches
-- in one C aggregate per organisation.  Checked against a second
-- implementation of the same arithmetic, in SQL: FILTERed sums over the
-- asset_years of commit d9a7698 (copied below as pg_temp.old_asset_years:
-- one row per asset and period, the way the views computed their figures
-- before, with its own joins to the category defaults and grid factors), on
-- a fleet of 3,000 generated assets of three organisations (calendar years;
-- fiscal years ending in March, the first of them overlapping the calendar
-- year before it; fiscal years ending in June, the first overlapping
-- calendar 2021), with own and model figures and category defaults,
-- refurbished units, units in stock, every route, three countries and none,
-- a headcount, expensed devices and the group's scheme; the aggregates
-- through a parallel plan against a serial one; then every error of the
-- aggregates.
SET search_path = circular_ict, public;
\set SHOW_CONTEXT never

INSERT INTO organisation (id, name) VALUES (9401, 'PS calendar'), (9402, 'PS march'), (9403, 'PS june');
-- PS march: 2023 a calendar year, then fiscal years ending in March (its
-- reporting year 2024, 2023-04-01 to 2024-03-31, overlaps 2023); PS june:
-- 2021 a calendar year, then years ending in June (2022 starts 2021-07-01)
INSERT INTO organisation_year (organisation_id, year, fiscal_year_end_month, employees, devices_expensed) VALUES
	(9401, 2024, 12, 120, true), (9401, 2025, 12, 130.5, false);
INSERT INTO organisation_year (organisation_id, year, fiscal_year_end_month) VALUES
	(9402, 2024, 3), (9402, 2025, 3), (9402, 2026, 3),
	(9403, 2022, 6), (9403, 2023, 6), (9403, 2024, 6), (9403, 2025, 6), (9403, 2026, 6);
INSERT INTO grid_intensity (country, year, kg_co2e_per_kwh, boundary, source, confidence) VALUES
	('NLD', 2021, 0.45, 'life-cycle', 'test figure', 'derived'),
	('NLD', 2024, 0.3, 'life-cycle', 'test figure', 'derived');
-- a shared model with every figure and a composition, and a model of PS
-- march's own
-- (warranties that meet and fail EU-GPP-2021 core: warranty_years >= 3)
INSERT INTO product_model (id, organisation_id, manufacturer, model, category, mass_kg, composition,
	embodied_kg_co2e, kwh_per_year, recycled_content, attributes) VALUES
	(94001, NULL, 'PS', 'shared laptop', 'laptop', 1.8, 'Co=12g, Au=0.3g, Nd=1.1g, Ta=0.4g', 310, 22, 0.25,
	 '{"warranty_years": 5}'),
	(94002, 9402, 'PS', 'own monitor', 'monitor', 4.4, 'Au=0.2g, Pd=0.05g', 380, NULL, NULL, '{"warranty_years": 1}');
INSERT INTO asset (id, organisation_id, serial, category, model_id, quantity, purchased, retired, status, eol_route,
	acquired, country, mass_kg, embodied_kg_co2e, kwh_per_year)
SELECT 94000000 + i, 9401 + i % 3, 'PS' || i,
	(ARRAY['laptop', 'monitor', 'smartphone', 'desktop', 'tablet', 'server'])[1 + i / 3 % 6],
	CASE WHEN i / 3 % 6 = 0 AND i % 5 < 2 THEN 94001 WHEN i / 3 % 6 = 1 AND i % 3 = 1 THEN 94002 END,
	1 + i % 4, p.purchased, r.retired,
	CASE WHEN r.retired IS NOT NULL THEN 'retired' WHEN i % 7 = 0 THEN 'in_stock' ELSE 'in_use' END,
	CASE WHEN r.retired IS NOT NULL
		 THEN (ARRAY['reuse', 'refurbishment', 'formal_recycling', 'informal_unknown', 'landfill', NULL])[1 + i / 7 % 6]
	END,
	CASE WHEN i % 5 = 0 THEN 'refurbished' ELSE 'new' END,
	(ARRAY['NLD', 'FRA', NULL, 'DEU'])[1 + i % 4],
	CASE WHEN i % 4 = 0 THEN 0.5 + i % 9 END,
	CASE WHEN i % 8 = 0 THEN 50 + i % 300 END,
	CASE WHEN i % 12 = 0 THEN 5 + i % 40 END
FROM generate_series(1, 3000) i,
	LATERAL (SELECT DATE '2019-01-01' + (i * 37 % 2880) AS purchased) p,
	LATERAL (SELECT CASE WHEN i % 3 = 0 AND p.purchased + (i * 53 % 2200) <= DATE '2026-11-30'
						 THEN p.purchased + (i * 53 % 2200) END AS retired) r;
-- a unit that touches no period (retired before 2021)
INSERT INTO asset (id, organisation_id, serial, category, quantity, purchased, retired, status, eol_route)
VALUES (94009999, 9401, 'PS old', 'laptop', 3, '2015-01-01', '2018-05-01', 'retired', 'reuse');
ANALYZE asset;

-- asset_years as it was at commit d9a7698, before the period sums: the
-- reference's arithmetic
CREATE FUNCTION pg_temp.old_asset_years(first_year integer, last_year integer, organisation_id integer DEFAULT NULL)
RETURNS TABLE (organisation_id integer, organisation text, reporting_year integer, period_start date,
	period_end date, employees numeric, devices_expensed boolean, category text, model_id bigint,
	quantity integer, purchased date, retired date, state text, eol_route text, acquired text,
	bought boolean, retired_in_period boolean, in_service_at_end boolean, service_life_years float8,
	in_use_years float8, amortised_share float8, reference_life_years float8, mass_kg float8,
	embodied_kg_co2e float8, kwh_per_year float8, grid_kg_per_kwh float8, grid_year integer,
	composition circular_ict.materials, recycled_content float8, mass_defaulted boolean,
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
	s.mass_defaulted, s.embodied_defaulted, s.kwh_defaulted, s.composition_defaulted,
	s.grid_factors IS NULL
-- each asset's figures after the fallbacks, and what its periods' figures
-- need of it alone, once per asset (not once per period it touches)
FROM (SELECT s.organisation_id, s.category, s.model_id, s.quantity, s.purchased, s.retired, s.state,
		  s.eol_route, s.acquired, s.age_years, s.country, c.reference_life_years,
		  s.in_stock,
		  -- the end of its use (retired is never after today here)
		  coalesce(s.retired, CURRENT_DATE) AS use_end,
		  -- the end of its amortisation: the end of its reference lifespan or
		  -- its retirement, whichever comes first
		  least(s.purchased + (c.reference_life_years * 365.25::float8)::integer,
				coalesce(s.retired, 'infinity'::date)) AS amortised_end,
		  -- what is left to amortise at a retirement before the end of the
		  -- reference lifespan (NULL: none)
		  CASE WHEN s.retired < s.purchased + (c.reference_life_years * 365.25::float8)::integer
			   THEN 1::float8 - (s.retired - s.purchased)::float8 / 365.25::float8 / c.reference_life_years
		  END AS write_off,
		  coalesce(s.mass_kg, c.typical_mass_kg) AS mass_kg,
		  coalesce(s.embodied_kg_co2e, CASE WHEN s.acquired = 'new' THEN c.embodied_kg_co2e END) AS embodied_kg_co2e,
		  coalesce(s.kwh_per_year, c.kwh_per_year) AS kwh_per_year,
		  coalesce(s.model_composition, cc.composition) AS composition, s.model_recycled_content,
		  -- which figures came from the category
		  s.mass_kg IS NULL AND c.typical_mass_kg IS NOT NULL AS mass_defaulted,
		  s.embodied_kg_co2e IS NULL AND s.acquired = 'new' AND c.embodied_kg_co2e IS NOT NULL AS embodied_defaulted,
		  s.kwh_per_year IS NULL AND c.kwh_per_year IS NOT NULL AS kwh_defaulted,
		  s.model_composition IS NULL AND cc.composition IS NOT NULL AS composition_defaulted,
		  g.factors AS grid_factors, g.years AS grid_years
	  FROM circular_ict.asset_states(CURRENT_DATE) s
		  -- the category's defaults for the year of purchase (the band's figures
		  -- where it has them, else the category's): one join on category and
		  -- year, the names compared in "C" (a hash join: see asset_facts)
		  LEFT JOIN circular_ict.category_vintage_defaults() c
			  ON c.name = s.category COLLATE pg_catalog."C" AND c.purchase_year = circular_ict.vintage_year(s.purchased)
		  LEFT JOIN circular_ict.category_composition() cc ON cc.category = s.category
		  -- the grid factors of the asset's country, looked up once per asset:
		  -- one row per country, its factors and their years in arrays by
		  -- reporting year (grid_intensity_years has a row of every country it
		  -- knows for every year).  Joined per asset and period instead, the
		  -- planner, which cannot tell how many periods an asset touches,
		  -- sorted millions of rows for a merge join against a few hundred
		  LEFT JOIN (SELECT f.country, pg_catalog.array_agg(f.kg_co2e_per_kwh ORDER BY f.for_year) AS factors,
						 pg_catalog.array_agg(f.year ORDER BY f.for_year) AS years
					 FROM circular_ict.grid_intensity_years(greatest(first_year, 1990), least(last_year, 2100)) f
					 GROUP BY f.country) g
			  ON g.country = s.country
	  -- one organisation's assets by the index on the organisation, when one is asked for
	  WHERE ($3 IS NULL OR s.organisation_id = $3)
		-- not the units retired before any period starts (none starts
		-- before February of the year before first_year: a fiscal year
		-- ending in January), which a register keeps for years.  (A bound on
		-- the purchase date as well cost more than it saved on the
		-- 1,000,000-asset benchmark)
		AND (s.retired IS NULL OR s.retired >= pg_catalog.make_date(greatest(first_year, 1990) - 1, 2, 1))
	  -- a fence: joined to the categories before the periods (once per
	  -- asset, not once per asset and period)
	  LIMIT ALL) s
	-- the periods with the world's grid factor of their year, computed once
	-- (a fence: a few rows; pulled up, their bounds would be computed once
	-- per asset and period)
	JOIN (SELECT p.*, w.year AS world_year, w.kg_co2e_per_kwh AS world_kg_per_kwh,
			  -- the year's place in the assets' arrays of grid factors
			  p.reporting_year - greatest(first_year, 1990) + 1 AS grid_index
		  FROM circular_ict.reporting_periods(first_year, last_year, $3) p
			  LEFT JOIN circular_ict.grid_intensity_years(greatest(first_year, 1990), least(last_year, 2100)) w
				  ON w.for_year = p.reporting_year AND w.country = 'WOR'
		  LIMIT ALL) p
		ON p.organisation_id = s.organisation_id
		AND s.purchased < p.period_end AND (s.retired IS NULL OR s.retired >= p.period_start)
$function$;

-- The reference: the views' figures as FILTERed sums over that asset_years,
-- per organisation and reporting year (2021 to 2026)
CREATE TEMP TABLE reference_ghg AS
SELECT y.organisation, y.reporting_year, CASE WHEN bool_or(y.devices_expensed) THEN 1 ELSE 2 END AS scope3_category,
	sum(y.quantity) FILTER (WHERE y.bought) AS units_bought,
	sum(y.embodied) FILTER (WHERE y.bought) AS embodied_bought,
	sum(y.quantity) FILTER (WHERE y.bought AND y.embodied IS NULL) AS units_bought_without_embodied,
	sum(y.embodied * y.amortised_share) AS embodied_amortised,
	sum(y.kwh) AS kwh,
	sum(y.kwh * y.grid_kg_per_kwh) AS scope2,
	sum(y.quantity) FILTER (WHERE y.in_use AND y.kwh IS NULL) AS units_in_use_without_kwh,
	min(y.grid_year) FILTER (WHERE y.in_use) AS first_grid_year,
	max(y.grid_year) FILTER (WHERE y.in_use) AS last_grid_year,
	coalesce(sum(y.embodied) FILTER (WHERE y.bought AND y.embodied_defaulted), 0)
		/ nullif(sum(y.embodied) FILTER (WHERE y.bought), 0) AS embodied_on_defaults_share,
	coalesce(sum(y.kwh) FILTER (WHERE y.kwh_defaulted), 0) / nullif(sum(y.kwh), 0) AS kwh_on_defaults_share
FROM (SELECT y.*, y.quantity::float8 * y.embodied_kg_co2e AS embodied,
		  y.quantity::float8 * y.kwh_per_year * y.in_use_years AS kwh, y.in_use_years > 0 AS in_use
	  FROM pg_temp.old_asset_years(2021, 2026) y WHERE y.organisation LIKE 'PS %') y
GROUP BY 1, 2;

CREATE TEMP TABLE reference_esrs AS
SELECT y.organisation, y.reporting_year,
	sum(y.quantity) FILTER (WHERE y.bought) AS units_bought,
	sum(y.mass) FILTER (WHERE y.bought) AS mass_bought,
	sum(y.mass) FILTER (WHERE y.bought AND y.acquired = 'refurbished') / nullif(sum(y.mass) FILTER (WHERE y.bought), 0)
		AS secondary_mass_share,
	sum(y.mass * y.recycled_content) FILTER (WHERE y.bought AND y.recycled_content IS NOT NULL)
		/ nullif(sum(y.mass) FILTER (WHERE y.bought AND y.recycled_content IS NOT NULL), 0) AS recycled_content_share,
	sum(y.mass) FILTER (WHERE y.bought AND y.recycled_content IS NOT NULL) / nullif(sum(y.mass) FILTER (WHERE y.bought), 0)
		AS recycled_content_known_mass_share,
	sum(y.quantity) FILTER (WHERE y.retired_in_period) AS units_retired,
	sum(y.mass) FILTER (WHERE y.retired_in_period) AS mass_retired,
	sum(y.mass) FILTER (WHERE y.retired_in_period AND y.eol_route = 'reuse') AS reuse,
	sum(y.mass) FILTER (WHERE y.retired_in_period AND y.eol_route = 'refurbishment') AS refurbishment,
	sum(y.mass) FILTER (WHERE y.retired_in_period AND y.eol_route = 'formal_recycling') AS recycling,
	sum(y.mass) FILTER (WHERE y.retired_in_period AND (y.eol_route IS NULL OR y.eol_route = 'informal_unknown'))
		AS unknown_route,
	sum(y.mass) FILTER (WHERE y.retired_in_period AND y.eol_route = 'landfill') AS landfill,
	sum(y.quantity::float8 * y.service_life_years) FILTER (WHERE y.retired_in_period AND y.reference_life_years IS NOT NULL)
		/ nullif(sum(y.quantity) FILTER (WHERE y.retired_in_period AND y.reference_life_years IS NOT NULL), 0)
		AS service_life_retired_years,
	sum(y.quantity::float8 * y.reference_life_years) FILTER (WHERE y.retired_in_period)
		/ nullif(sum(y.quantity) FILTER (WHERE y.retired_in_period AND y.reference_life_years IS NOT NULL), 0)
		AS reference_life_retired_years,
	sum(y.quantity::float8 * y.service_life_years) FILTER (WHERE y.retired_in_period AND y.reference_life_years IS NOT NULL)
		/ nullif(sum(y.quantity::float8 * y.reference_life_years) FILTER (WHERE y.retired_in_period), 0) AS durability_ratio,
	sum(y.quantity::float8 * critical_grams(y.composition)) FILTER (WHERE y.retired_in_period) AS critical_retired,
	coalesce(sum(y.mass) FILTER (WHERE (y.bought OR y.retired_in_period) AND y.mass_defaulted), 0)
		/ nullif(coalesce(sum(y.mass) FILTER (WHERE y.bought), 0) + coalesce(sum(y.mass) FILTER (WHERE y.retired_in_period), 0), 0)
		AS mass_on_defaults_share
FROM (SELECT y.*, y.quantity::float8 * y.mass_kg AS mass
	  FROM pg_temp.old_asset_years(2021, 2026) y WHERE y.organisation LIKE 'PS %') y
GROUP BY 1, 2;

CREATE TEMP TABLE reference_pact AS
SELECT y.organisation, y.reporting_year,
	sum(y.quantity) FILTER (WHERE y.in_service_at_end) AS units_in_service_at_end,
	sum(y.quantity) FILTER (WHERE y.in_service_at_end)::float8 / min(y.employees)::float8 AS devices_per_employee,
	-- the scheme's verdict of the unit's model for its category (NULL: unknown)
	sum(y.quantity) FILTER (WHERE y.bought AND v.meets)::float8 / nullif(sum(y.quantity) FILTER (WHERE y.bought), 0)
		AS meeting_share,
	sum(y.quantity) FILTER (WHERE y.bought AND v.meets IS NULL)::float8
		/ nullif(sum(y.quantity) FILTER (WHERE y.bought), 0) AS unknown_share,
	sum(y.quantity) FILTER (WHERE y.bought) AS units_bought,
	sum(y.quantity) FILTER (WHERE y.bought AND y.acquired = 'refurbished')::float8
		/ nullif(sum(y.quantity) FILTER (WHERE y.bought), 0) AS bought_refurbished_share,
	sum(y.quantity) FILTER (WHERE y.retired_in_period) AS units_retired,
	weighted_median(y.service_life_years, y.quantity) FILTER (WHERE y.retired_in_period) AS median_life,
	sum(y.quantity) FILTER (WHERE y.retired_in_period AND y.eol_route IN ('reuse', 'refurbishment'))::float8
		/ nullif(sum(y.quantity) FILTER (WHERE y.retired_in_period), 0) AS retired_reused_share
FROM pg_temp.old_asset_years(2021, 2026) y
	LEFT JOIN LATERAL (SELECT criteria_verdict(pm.id, pm.attributes, y.category, 'EU-GPP-2021', 'core') AS meets
					   FROM product_model pm WHERE pm.id = y.model_id) v ON true
WHERE y.organisation LIKE 'PS %'
GROUP BY 1, 2;

-- whether two figures agree: both NULL, or within 1e-12 of the larger (the
-- sums add the same values in another order)
CREATE FUNCTION pg_temp.agree(a float8, b float8) RETURNS boolean LANGUAGE sql IMMUTABLE AS
$$ SELECT (a IS NULL AND b IS NULL) OR abs(a - b) <= 1e-12 * greatest(abs(a), abs(b), 1) $$;

-- every organisation's years, and how many of them touch a unit: the
-- fixture reaches what it is meant to (an overlapping fiscal year, years
-- with and without retirements)
SELECT p.organisation, count(*) AS years, count(r.organisation) AS years_with_units,
	min(p.period_start) AS first_start, max(p.period_end) AS last_end
FROM reporting_periods(2021, 2026) p
	LEFT JOIN reference_ghg r ON r.organisation = p.organisation AND r.reporting_year = p.reporting_year
WHERE p.organisation LIKE 'PS %' GROUP BY 1 ORDER BY 1;

-- the checks must see something: figures of each kind are there
SELECT count(*) FILTER (WHERE embodied_amortised > 0) AS amortised, count(*) FILTER (WHERE scope2 > 0) AS scope2,
	count(*) FILTER (WHERE embodied_on_defaults_share BETWEEN 0.01 AND 0.99) AS mixed_defaults,
	count(*) FILTER (WHERE first_grid_year <> last_grid_year) AS two_grid_years
FROM reference_ghg;
SELECT count(*) FILTER (WHERE critical_retired > 0) AS critical, count(*) FILTER (WHERE landfill > 0) AS landfill,
	count(*) FILTER (WHERE recycled_content_share > 0) AS recycled, count(*) FILTER (WHERE durability_ratio > 0) AS durability
FROM reference_esrs;
SELECT count(*) FILTER (WHERE devices_per_employee > 0) AS per_employee FROM reference_pact;
SELECT count(*) FILTER (WHERE scope3_category = 1) AS expensed FROM reference_ghg;

-- GHG Protocol: every figure of every year agrees (a row in one and not the
-- other shows as a disagreement)
SELECT count(*) AS years,
	count(*) FILTER (WHERE coalesce(g.units_bought, 0) = coalesce(r.units_bought, 0)
		AND g.scope3_category = coalesce(r.scope3_category, 2)
		AND pg_temp.agree(g.embodied_kg_co2e_bought, r.embodied_bought)
		AND coalesce(g.units_bought_without_embodied, 0) = coalesce(r.units_bought_without_embodied, 0)
		AND pg_temp.agree(g.embodied_kg_co2e_amortised, r.embodied_amortised)
		AND pg_temp.agree(g.kwh_in_use, r.kwh)
		AND pg_temp.agree(g.scope2_location_kg_co2e, r.scope2)
		AND coalesce(g.units_in_use_without_kwh, 0) = coalesce(r.units_in_use_without_kwh, 0)
		AND g.grid_factor_years IS NOT DISTINCT FROM CASE WHEN r.first_grid_year = r.last_grid_year
			THEN r.first_grid_year::text ELSE r.first_grid_year || '-' || r.last_grid_year END
		AND pg_temp.agree(g.embodied_on_defaults_share, r.embodied_on_defaults_share)
		AND pg_temp.agree(g.kwh_on_defaults_share, r.kwh_on_defaults_share)) AS agree
FROM (SELECT * FROM ghg_ict_emissions(2021, 2026) WHERE organisation LIKE 'PS %') g
	FULL JOIN reference_ghg r USING (organisation, reporting_year)
WHERE g.units_bought > 0 OR g.kwh_in_use IS NOT NULL OR g.embodied_kg_co2e_amortised IS NOT NULL
	OR r.organisation IS NOT NULL;

-- ESRS E5
SELECT count(*) AS years,
	count(*) FILTER (WHERE coalesce(e.units_bought, 0) = coalesce(r.units_bought, 0)
		AND pg_temp.agree(e.mass_bought_kg, r.mass_bought)
		AND pg_temp.agree(e.secondary_mass_share, r.secondary_mass_share)
		AND pg_temp.agree(e.recycled_content_share, r.recycled_content_share)
		AND pg_temp.agree(e.recycled_content_known_mass_share, r.recycled_content_known_mass_share)
		AND pg_temp.agree(e.durability_ratio, r.durability_ratio)
		AND coalesce(e.units_retired, 0) = coalesce(r.units_retired, 0)
		AND pg_temp.agree(e.mass_retired_kg, r.mass_retired)
		AND pg_temp.agree(e.reuse_kg, r.reuse) AND pg_temp.agree(e.refurbishment_kg, r.refurbishment)
		AND pg_temp.agree(e.recycling_kg, r.recycling) AND pg_temp.agree(e.unknown_route_kg, r.unknown_route)
		AND pg_temp.agree(e.landfill_kg, r.landfill)
		AND pg_temp.agree(e.service_life_retired_years, r.service_life_retired_years)
		AND pg_temp.agree(e.reference_life_retired_years, r.reference_life_retired_years)
		AND pg_temp.agree(e.critical_raw_materials_retired_g, r.critical_retired)
		AND pg_temp.agree(e.mass_on_defaults_share, r.mass_on_defaults_share)) AS agree
FROM (SELECT * FROM esrs_e5_ict(2021, 2026) WHERE organisation LIKE 'PS %') e
	FULL JOIN reference_esrs r USING (organisation, reporting_year)
WHERE e.units_bought > 0 OR e.units_retired > 0 OR r.organisation IS NOT NULL;

-- the Pact's indicators, without a scheme (its shares NULL) and with one
SELECT count(*) AS years,
	count(*) FILTER (WHERE p.units_in_service_at_end IS NOT DISTINCT FROM r.units_in_service_at_end
		AND pg_temp.agree(p.devices_per_employee, r.devices_per_employee)
		AND coalesce(p.units_bought, 0) = coalesce(r.units_bought, 0)
		AND pg_temp.agree(p.bought_refurbished_share, r.bought_refurbished_share)
		AND coalesce(p.units_retired, 0) = coalesce(r.units_retired, 0)
		AND pg_temp.agree(p.median_service_life_retired_years, r.median_life)
		AND pg_temp.agree(p.retired_reused_share, r.retired_reused_share)
		AND p.bought_meeting_scheme_share IS NULL) AS agree
FROM (SELECT * FROM pact_indicators(2021, 2026) WHERE organisation LIKE 'PS %') p
	FULL JOIN reference_pact r USING (organisation, reporting_year)
WHERE p.units_bought > 0 OR p.units_in_service_at_end > 0 OR r.organisation IS NOT NULL;
INSERT INTO buyer_group_setting (scheme, level) VALUES ('EU-GPP-2021', 'core');
SELECT count(*) AS years,
	count(*) FILTER (WHERE p.scheme = 'EU-GPP-2021 core'
		AND pg_temp.agree(p.bought_meeting_scheme_share, r.meeting_share)
		AND pg_temp.agree(p.bought_scheme_unknown_share, r.unknown_share)) AS agree,
	count(*) FILTER (WHERE p.bought_meeting_scheme_share BETWEEN 0.001 AND 0.999) AS some_meeting
FROM (SELECT * FROM pact_indicators(2021, 2026) WHERE organisation LIKE 'PS %') p
	FULL JOIN reference_pact r USING (organisation, reporting_year)
WHERE p.units_bought > 0 OR r.units_bought > 0;
DELETE FROM buyer_group_setting;

-- The same through a parallel plan whose every state comes from a worker
-- (a bytea state after an int4 key arrives 4 bytes past an 8-byte boundary:
-- src/growable_state.h); the results equal the serial plan's
CREATE TEMP VIEW period_sums_query AS
SELECT s.organisation_id,
	ghg_period_sums(b.starts, b.ends, b.as_of, s.purchased, s.retired, s.in_stock, s.reference_life_years,
		s.quantity, s.own_embodied_kg_co2e, s.acquired, s.category_embodied_kg_co2e, s.own_kwh_per_year,
		s.category_kwh_per_year) AS ghg,
	esrs_period_sums(b.starts, b.ends, s.purchased, s.retired, s.quantity, s.own_mass_kg, s.category_mass_kg,
		s.acquired, s.model_recycled_content, s.eol_route, s.reference_life_years, 1.5) AS esrs,
	pact_period_sums(b.starts, b.ends, s.purchased, s.retired, s.in_stock, s.quantity, s.acquired,
		s.eol_route) AS pact
FROM asset_period_figures(2021, 2026) s JOIN reporting_period_bounds(2021, 2026) b USING (organisation_id)
WHERE s.organisation_id BETWEEN 9401 AND 9403
GROUP BY s.organisation_id;

-- how many workers a query ran with (EXPLAIN ANALYZE)
CREATE FUNCTION pg_temp.workers_launched(query text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
	line text;
	launched int := 0;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || query
	LOOP
		IF line ~ 'Workers Launched: \d+' THEN
			launched := launched + substring(line FROM 'Workers Launched: (\d+)')::int;
		END IF;
	END LOOP;
	RETURN launched;
END
$$;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_sums AS SELECT * FROM period_sums_query;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SET enable_sort = off;
SELECT pg_temp.workers_launched('SELECT * FROM period_sums_query') > 0 AS workers_ran;
CREATE TEMP TABLE parallel_sums AS SELECT * FROM period_sums_query;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
RESET enable_sort;
-- every value of every period agrees (a worker adds its rows, the leader
-- the workers' sums: another order)
SELECT count(*) AS "values", count(*) FILTER (WHERE pg_temp.agree((x.sv ->> k)::float8, (x.pv ->> k)::float8)) AS agree
FROM serial_sums s JOIN parallel_sums p USING (organisation_id)
	CROSS JOIN LATERAL (
		SELECT to_jsonb(a) AS sv, to_jsonb(b) AS pv FROM unnest(s.ghg) a JOIN unnest(p.ghg) b USING (period)
		UNION ALL
		SELECT to_jsonb(a), to_jsonb(b) FROM unnest(s.esrs) a JOIN unnest(p.esrs) b USING (period)
		UNION ALL
		SELECT to_jsonb(a), to_jsonb(b) FROM unnest(s.pact) a JOIN unnest(p.pact) b USING (period)) x
	CROSS JOIN LATERAL jsonb_object_keys(x.sv) k;

-- Errors.  A call of the aggregates on one row: the periods 2024 and 2025
CREATE FUNCTION pg_temp.ghg(starts date[], ends date[], as_of date, purchased date, retired date,
	quantity integer, reference_life float8) RETURNS ghg_period_sums_row[]
LANGUAGE sql AS $$
SELECT ghg_period_sums(starts, ends, as_of, purchased, retired, false, reference_life, quantity, 100, 'new', 50, 10, 5)
$$;
-- one that works: a laptop bought 2024-07-01 for 100 kg CO2e, 10 kWh a
-- year, a reference life of 4 years, retired 2025-07-01 (the rest written
-- off: 1 - 365 / 365.25 / 4)
SELECT t.period, t.units_bought, t.embodied_bought, round(t.embodied_amortised::numeric, 6) AS amortised,
	round(t.kwh::numeric, 6) AS kwh, t.units_in_use
FROM unnest(pg_temp.ghg('{2024-01-01,2025-01-01}', '{2025-01-01,2026-01-01}', '2026-06-01', '2024-07-01',
	'2025-07-01', 1, 4)) t;
-- the periods
SELECT pg_temp.ghg(NULL, '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, 1, 4);
SELECT pg_temp.ghg('{}', '{}', '2026-01-01', '2024-07-01', NULL, 1, 4);
SELECT pg_temp.ghg('{{2024-01-01}}', '{{2025-01-01}}', '2026-01-01', '2024-07-01', NULL, 1, 4);
SELECT pg_temp.ghg('{2024-01-01,NULL}', '{2025-01-01,2026-01-01}', '2026-01-01', '2024-07-01', NULL, 1, 4);
SELECT pg_temp.ghg(array_fill('2024-01-01'::date, ARRAY[112]), array_fill('2025-01-01'::date, ARRAY[112]),
	'2026-01-01', '2024-07-01', NULL, 1, 4);
SELECT pg_temp.ghg('{2024-01-01,2025-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, 1, 4);
SELECT pg_temp.ghg('{2025-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, 1, 4);
SELECT pg_temp.ghg('{2024-01-01}', '{infinity}', '2026-01-01', '2024-07-01', NULL, 1, 4);
SELECT pg_temp.ghg('{-infinity}', '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, 1, 4);
-- other periods on another row of the same group
SELECT ghg_period_sums(s, e, '2026-01-01', '2024-07-01', NULL, false, 4, 1, 100, 'new', 50, 10, 5)
FROM (VALUES ('{2024-01-01}'::date[], '{2025-01-01}'::date[]), ('{2024-01-01}', '{2025-02-01}')) v (s, e);
-- the asset
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', '2026-01-01', NULL, NULL, 1, 4);
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', '2026-01-01', 'infinity', NULL, 1, 4);
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, 0, 4);
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, -3, 4);
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, NULL, 4);
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', '2024-06-30', 1, 4);
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', 'infinity', 1, 4);
-- a unit in service needs the date (its end of use); a unit retired does not
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', NULL, '2024-07-01', NULL, 1, 4);
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', 'infinity', '2024-07-01', NULL, 1, 4);
SELECT (pg_temp.ghg('{2024-01-01}', '{2025-01-01}', NULL, '2024-07-01', '2024-10-01', 1, 4))[1].units_in_use;
-- a reference life the sum cannot hold: the errors of
-- purchased + (reference_life_years * 365.25)::integer
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, 1, 'NaN');
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, 1, 'Infinity');
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, 1, 1e300);
SELECT pg_temp.ghg('{2024-01-01}', '{2025-01-01}', '2026-01-01', '5874000-07-01', NULL, 1, 1000);
-- sums that overflow
SELECT ghg_period_sums('{2024-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, false, 4, 1000000,
	1e308, 'new', NULL, NULL, NULL)
FROM generate_series(1, 2);
-- the other aggregates check their periods, purchase date and quantity alike
SELECT esrs_period_sums('{2024-01-01}', '{2023-01-01}', '2024-07-01', NULL, 1, 1, NULL, 'new', NULL, NULL, NULL, NULL);
SELECT pact_period_sums('{2024-01-01}', '{2025-01-01}', NULL, NULL, false, 1, 'new', NULL);
SELECT esrs_period_sums('{2024-01-01}', '{2025-01-01}', '2024-07-01', NULL, 0, 1, NULL, 'new', NULL, NULL, NULL, NULL);
-- the functions of the aggregates, called alone
SELECT ghg_period_sums_add(NULL, '{2024-01-01}', '{2025-01-01}', '2026-01-01', '2024-07-01', NULL, false, 4, 1,
	100, 'new', 50, 10, 5);
SELECT period_sums_combine('\x00', '\x00');
SELECT ghg_period_sums_final('\x00');
-- a state made by hand, through an aggregate of the user's own: refused,
-- whatever its bytes
CREATE AGGREGATE pg_temp.forged_ghg(bytea) (SFUNC = byteacat, STYPE = bytea, INITCOND = '',
	FINALFUNC = ghg_period_sums_final);
CREATE AGGREGATE pg_temp.forged_pact(bytea) (SFUNC = byteacat, STYPE = bytea, INITCOND = '',
	FINALFUNC = pact_period_sums_final);
SELECT pg_temp.forged_ghg(b) FROM (VALUES ('\x00'::bytea)) v (b);
SELECT pg_temp.forged_ghg(b) FROM (VALUES (decode(repeat('ff', 2000), 'hex'))) v (b);
-- a real state of one aggregate handed to another's final function
CREATE AGGREGATE pg_temp.pact_as_ghg(date[], date[], date, date, boolean, integer, text, text) (
	SFUNC = pact_period_sums_add, STYPE = bytea, FINALFUNC = ghg_period_sums_final);
SELECT pg_temp.pact_as_ghg('{2024-01-01}', '{2025-01-01}', '2024-07-01', NULL, false, 1, 'new', NULL);

-- the fixture goes
DELETE FROM asset WHERE organisation_id BETWEEN 9401 AND 9403;
DELETE FROM product_model WHERE id IN (94001, 94002);
DELETE FROM organisation_year WHERE organisation_id BETWEEN 9401 AND 9403;
DELETE FROM organisation WHERE id BETWEEN 9401 AND 9403;
DELETE FROM grid_intensity WHERE source = 'test figure' AND country = 'NLD' AND year IN (2021, 2024);
