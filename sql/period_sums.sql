-- The disclosures' period sums (src/period_sums.c): ghg_ict_emissions,
-- esrs_e5_ict and pact_indicators add each asset to the periods it touches
-- in one C aggregate per organisation.  Checked against a second
-- implementation of the same arithmetic, in SQL: FILTERed sums over
-- asset_years (one row per asset and period: the way the views computed
-- their figures before), on a fleet of 3,000 generated assets of three
-- organisations (calendar years; fiscal years ending in March, the first of
-- them overlapping the calendar year before it; fiscal years ending in June,
-- the first overlapping calendar 2021), with own and model figures and
-- category defaults, refurbished units, units in stock, every route, three
-- countries and none; the same through a parallel plan; then every error of
-- the aggregates.
SET search_path = circular_ict, public;
\set SHOW_CONTEXT never

INSERT INTO organisation (id, name) VALUES (9401, 'PS calendar'), (9402, 'PS march'), (9403, 'PS june');
-- PS march: 2023 a calendar year, then fiscal years ending in March (its
-- reporting year 2024, 2023-04-01 to 2024-03-31, overlaps 2023); PS june:
-- 2021 a calendar year, then years ending in June (2022 starts 2021-07-01)
INSERT INTO organisation_year (organisation_id, year, fiscal_year_end_month) VALUES
	(9402, 2024, 3), (9402, 2025, 3), (9402, 2026, 3),
	(9403, 2022, 6), (9403, 2023, 6), (9403, 2024, 6), (9403, 2025, 6), (9403, 2026, 6);
INSERT INTO grid_intensity (country, year, kg_co2e_per_kwh, boundary, source, confidence) VALUES
	('NLD', 2021, 0.45, 'life-cycle', 'test figure', 'derived'),
	('NLD', 2024, 0.3, 'life-cycle', 'test figure', 'derived');
-- a shared model with every figure and a composition, and a model of PS
-- march's own
INSERT INTO product_model (id, organisation_id, manufacturer, model, category, mass_kg, composition,
	embodied_kg_co2e, kwh_per_year, recycled_content) VALUES
	(94001, NULL, 'PS', 'shared laptop', 'laptop', 1.8, 'Co=12g, Au=0.3g, Nd=1.1g, Ta=0.4g', 310, 22, 0.25),
	(94002, 9402, 'PS', 'own monitor', 'monitor', 4.4, 'Au=0.2g, Pd=0.05g', 380, NULL, NULL);
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

-- The reference: the views' figures as FILTERed sums over asset_years, per
-- organisation and reporting year (2021 to 2026)
CREATE TEMP TABLE reference_ghg AS
SELECT y.organisation, y.reporting_year,
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
	  FROM asset_years(2021, 2026) y WHERE y.organisation LIKE 'PS %') y
GROUP BY 1, 2;

CREATE TEMP TABLE reference_esrs AS
SELECT y.organisation, y.reporting_year,
	sum(y.quantity) FILTER (WHERE y.bought) AS units_bought,
	sum(y.mass) FILTER (WHERE y.bought) AS mass_bought,
	sum(y.mass) FILTER (WHERE y.bought AND y.acquired = 'refurbished') / nullif(sum(y.mass) FILTER (WHERE y.bought), 0)
		AS secondary_mass_share,
	sum(y.mass * y.recycled_content) FILTER (WHERE y.bought AND y.recycled_content IS NOT NULL)
		/ nullif(sum(y.mass) FILTER (WHERE y.bought AND y.recycled_content IS NOT NULL), 0) AS recycled_content_share,
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
	sum(y.quantity::float8 * critical_grams(y.composition)) FILTER (WHERE y.retired_in_period) AS critical_retired,
	coalesce(sum(y.mass) FILTER (WHERE (y.bought OR y.retired_in_period) AND y.mass_defaulted), 0)
		/ nullif(coalesce(sum(y.mass) FILTER (WHERE y.bought), 0) + coalesce(sum(y.mass) FILTER (WHERE y.retired_in_period), 0), 0)
		AS mass_on_defaults_share
FROM (SELECT y.*, y.quantity::float8 * y.mass_kg AS mass
	  FROM asset_years(2021, 2026) y WHERE y.organisation LIKE 'PS %') y
GROUP BY 1, 2;

CREATE TEMP TABLE reference_pact AS
SELECT y.organisation, y.reporting_year,
	sum(y.quantity) FILTER (WHERE y.in_service_at_end) AS units_in_service_at_end,
	sum(y.quantity) FILTER (WHERE y.bought) AS units_bought,
	sum(y.quantity) FILTER (WHERE y.bought AND y.acquired = 'refurbished')::float8
		/ nullif(sum(y.quantity) FILTER (WHERE y.bought), 0) AS bought_refurbished_share,
	sum(y.quantity) FILTER (WHERE y.retired_in_period) AS units_retired,
	weighted_median(y.service_life_years, y.quantity) FILTER (WHERE y.retired_in_period) AS median_life,
	sum(y.quantity) FILTER (WHERE y.retired_in_period AND y.eol_route IN ('reuse', 'refurbishment'))::float8
		/ nullif(sum(y.quantity) FILTER (WHERE y.retired_in_period), 0) AS retired_reused_share
FROM asset_years(2021, 2026) y WHERE y.organisation LIKE 'PS %'
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
	count(*) FILTER (WHERE recycled_content_share > 0) AS recycled
FROM reference_esrs;

-- GHG Protocol: every figure of every year agrees (a row in one and not the
-- other shows as a disagreement)
SELECT count(*) AS years,
	count(*) FILTER (WHERE coalesce(g.units_bought, 0) = coalesce(r.units_bought, 0)
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

-- the Pact's indicators (no scheme is set: its shares are NULL)
SELECT count(*) AS years,
	count(*) FILTER (WHERE p.units_in_service_at_end IS NOT DISTINCT FROM r.units_in_service_at_end
		AND coalesce(p.units_bought, 0) = coalesce(r.units_bought, 0)
		AND pg_temp.agree(p.bought_refurbished_share, r.bought_refurbished_share)
		AND coalesce(p.units_retired, 0) = coalesce(r.units_retired, 0)
		AND pg_temp.agree(p.median_service_life_retired_years, r.median_life)
		AND pg_temp.agree(p.retired_reused_share, r.retired_reused_share)
		AND p.bought_meeting_scheme_share IS NULL) AS agree
FROM (SELECT * FROM pact_indicators(2021, 2026) WHERE organisation LIKE 'PS %') p
	FULL JOIN reference_pact r USING (organisation, reporting_year)
WHERE p.units_bought > 0 OR p.units_in_service_at_end > 0 OR r.organisation IS NOT NULL;

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
