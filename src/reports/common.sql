-- reports: set-returning functions that take the date they report on and,
-- optionally, one organisation (organisation_id: its assets read by index;
-- on Citus, its one shard), and the views BI tools read (the same functions
-- at current_date, for every organisation the reader reads).  This piece
-- holds what the reports share (the asset layer, the lifetables); each
-- report is one file of src/reports/ with its function, its view and their
-- comments.
--
-- The one security rule the layout keeps: a report reads the register with
-- the rights of the role that reads the report.  Every report function is
-- a plain SQL function (never SECURITY DEFINER, no SET clause) and every
-- view is security_invoker, so the register's tables (organisation, asset,
-- product_model) are read under the reader's own privileges and row-level
-- security: the views can be granted to PUBLIC, a role without privileges
-- on the register is refused (whichever table the plan opens first), and a
-- member reads its own organisations' rows only.  sql/security.sql checks
-- the rule on every report (catalogue and behaviour), not an error's text.
--
-- The functions are single-SELECT SQL functions, so the planner inlines
-- them into the calling query: a WHERE on a view is pushed down to the
-- asset scan.  Every name inside is schema-qualified.  Every output
-- expression has the name of the column it fills.  Views expose standard
-- SQL types only (BI tools cannot chart a custom type).
--
-- Written for registers of millions of assets (test/bench/fleet): each
-- report reads the asset table in as few parallel passes as it can, with
-- only the reference joins it needs (asset_facts' joins to tables whose
-- columns a report does not use are removed by the planner); what depends
-- only on a group or a model (a lifetable, a fit, a composition, a
-- criteria verdict) is computed once for it, in a query level of its own,
-- never in an expression the planner would copy into every row.  Reports
-- group by the organisation's name, so that a WHERE on it still reaches
-- the asset scan.  The lifetables, circularity_by_organisation and
-- life_extension_scenarios group by its id as well, the distribution
-- column on Citus (issue 13): there each of their groups is computed whole
-- on the shard of its organisation, and only finished rows reach the
-- coordinator, instead of partial states that grow with the fleet (the
-- age profiles).  They join the organisation themselves (an inner join)
-- and group by the asset's organisation_id, the organisation's id and its
-- name: the planner then knows the two ids equal and expects one group per
-- organisation and category (grouped by the asset's id and the name of
-- asset_states' outer join, it multiplied their distinct counts, expected
-- 90,000 groups for 900 and sorted every asset on the names instead of
-- hashing: twice the time), the name is a grouping column so that a WHERE
-- on it still reaches the asset scan, and the asset's id keeps the groups
-- on their shards.  The other reports do not: grouped so, Citus planned
-- replacement_forecast and criteria_compliance 9 times slower, and
-- material_inventory ran 2.5 times slower on one node (make bench-citus,
-- December 2026).  Nothing under a report's aggregates may keep it out of
-- the parallel workers: no scalar subquery (an initplan) and no correlated
-- subquery (a subplan) in the shared layer, a join instead (sql/reports.sql
-- checks the shared layer's plans for either).

-- the comments of a report view's columns, from the one list each report
-- file holds: ARRAY[[column, comment], ...].  Fails when a column of the
-- view has no comment or a comment names no column, so that a report's
-- column list and its documentation cannot drift apart.  For the install
-- and upgrade scripts (COMMENT needs the view's owner): not granted.
CREATE OR REPLACE FUNCTION @extschema@.comment_report_columns(report regclass, comments text[])
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	c record;
BEGIN
	IF array_ndims(comments) IS DISTINCT FROM 2 OR array_length(comments, 2) <> 2 THEN
		RAISE EXCEPTION 'comment_report_columns: the comments of % are not pairs of column and comment', report
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	FOR c IN
		SELECT v.name, v.description, a.attname
		FROM (SELECT comments[i][1] AS name, comments[i][2] AS description
			  FROM generate_subscripts(comments, 1) i) v
			FULL JOIN (SELECT a.attname::text AS attname FROM pg_attribute a
					   WHERE a.attrelid = report AND a.attnum > 0 AND NOT a.attisdropped) a
			ON a.attname = v.name
	LOOP
		IF c.name IS NULL OR c.attname IS NULL THEN
			RAISE EXCEPTION '%: column % has no comment, or the comment no column', report,
				coalesce(c.name, c.attname)
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
		EXECUTE format('COMMENT ON COLUMN %s.%I IS %L', report, c.name, c.description);
	END LOOP;
END
$function$;
REVOKE EXECUTE ON FUNCTION @extschema@.comment_report_columns(regclass, text[]) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.comment_report_columns(regclass, text[]) IS 'for the install and upgrade scripts: sets the comments of a report view''s columns from a list of [column, comment] pairs, and fails when a column has no comment or a comment names no column';

-- every asset as of a date: its state then, its age, and its own figures,
-- else its model's (a shared model or one of the asset's own
-- organisation), before the category's defaults apply; asset_facts adds
-- those, a report that factors a category's figures out of its sums reads
-- this layer
CREATE OR REPLACE FUNCTION @extschema@.asset_states(as_of date, organisation_id integer DEFAULT NULL)
RETURNS TABLE (
	organisation_id integer, organisation text, asset_id bigint, serial text, category text,
	model_id bigint, quantity integer, purchased date, retired date, state text, in_service boolean,
	in_use boolean, in_stock boolean, eol_route text,
	acquired text, age_years float8, service_life_years float8, country text, mass_kg float8,
	embodied_kg_co2e float8,
	kwh_per_year float8, model_composition @extschema@.materials, model_recycled_content float8,
	model_reused_content float8, model_recycled_efficiency float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT a.organisation_id, o.name, a.id, a.serial, a.category, m.id, a.quantity, a.purchased,
	CASE WHEN a.retired <= as_of THEN a.retired END,
	CASE WHEN a.retired <= as_of THEN 'retired'
		 WHEN a.status = 'retired' THEN 'in_use'	-- retired after as_of: in service then
		 ELSE a.status END,
	-- the state as three flags, for the reports' FILTERs: each mention of
	-- a column of an inlined function computes its expression again, and
	-- these are a date comparison or a comparison of the stored status
	-- (the table's checks: a unit in stock has no retirement date),
	-- where the state is a CASE whose text is compared again (fleet_overview
	-- tests the state 16 times a row: 1,253 -> 1,044 ms at 1,000,000 assets)
	a.retired IS NULL OR a.retired > as_of,
	(a.retired IS NULL OR a.retired > as_of) AND a.status <> 'in_stock',
	a.status = 'in_stock',
	CASE WHEN a.retired <= as_of THEN a.eol_route END,
	a.acquired,
	@extschema@.service_years(a.purchased, CASE WHEN a.retired <= as_of THEN a.retired END, as_of),
	-- the life a lifetable counts: the service life, or the age while in
	-- service, at least one day
	greatest(@extschema@.service_years(a.purchased, CASE WHEN a.retired <= as_of THEN a.retired END, as_of),
			 1.0 / 365.25),
	a.country,
	coalesce(a.mass_kg, m.mass_kg),
	coalesce(a.embodied_kg_co2e, m.embodied_kg_co2e),
	coalesce(a.kwh_per_year, m.kwh_per_year),
	m.composition, m.recycled_content, m.reused_content, m.recycled_efficiency
FROM @extschema@.asset a
	-- a LEFT JOIN (every asset has its organisation: a foreign key, and
	-- the same read policy on both tables), which the planner leaves out
	-- where the name is not read (the disclosures name the organisation
	-- from their periods)
	LEFT JOIN @extschema@.organisation o ON o.id = a.organisation_id
	-- only a shared model or one of the asset's own organisation counts:
	-- another organisation's model would carry its figures into this
	-- organisation's reports and benchmarks
	LEFT JOIN @extschema@.product_model m ON m.id = a.model_id
		AND (m.organisation_id IS NULL OR m.organisation_id = a.organisation_id)
-- one organisation's assets when organisation_id is given ($2: a column of
-- the result has its name); a constant NULL folds away
WHERE a.purchased <= as_of AND ($2 IS NULL OR a.organisation_id = $2)
$function$;
COMMENT ON FUNCTION @extschema@.asset_states(date, integer) IS 'every asset (of organisation_id, else of every organisation the caller reads) purchased by as_of with its state then (in_use, in_stock or retired), its age or service life in years, and its own figures else its model''s (NULL where only the category''s default would give one; model_id is the model whose figures count: a shared one or one of the asset''s organisation), before the category defaults of asset_facts';

-- the facts of every asset as of a date: its state then, its age, and its
-- figures with the fallbacks applied (asset, then model, then the
-- category's figure for its purchase year: the band's, else the category's)
CREATE OR REPLACE FUNCTION @extschema@.asset_facts(as_of date, organisation_id integer DEFAULT NULL)
RETURNS TABLE (
	organisation_id integer, organisation text, asset_id bigint, serial text, category text,
	model_id bigint, quantity integer, purchased date, retired date, state text, in_service boolean,
	in_use boolean, in_stock boolean, eol_route text,
	acquired text, age_years float8, service_life_years float8, mass_kg float8, embodied_kg_co2e float8,
	kwh_per_year float8,
	grid_kg_per_kwh float8, world_average_grid boolean, reference_life_years float8,
	reference_weibull @extschema@.weibull, composition @extschema@.materials,
	unverified_composition @extschema@.materials, mci float8, grid_year integer,
	composition_defaulted boolean, mass_confidence text, embodied_confidence text,
	reference_life_confidence text, mci_confidence text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT f.organisation_id, f.organisation, f.asset_id, f.serial, f.category, f.model_id, f.quantity,
	f.purchased, f.retired, f.state, f.in_service, f.in_use, f.in_stock, f.eol_route, f.acquired,
	f.age_years, f.service_life_years, f.mass_kg,
	f.embodied_kg_co2e, f.kwh_per_year, f.grid_kg_per_kwh, f.world_average_grid,
	f.reference_life_years, f.reference_weibull, f.composition, f.unverified_composition,
	CASE WHEN f.mass_kg IS NOT NULL THEN
		@extschema@.mci(
			@extschema@.material_flows(
				mass => f.mass_kg,
				recycled_in => f.recycled_in,
				reused_in => f.reused_in,
				recycled_out => CASE WHEN NOT f.in_service
									 THEN CASE WHEN f.eol_route = 'formal_recycling' THEN 1 ELSE 0 END
									 ELSE coalesce(f.recycling_collection, 0) END,
				reused_out => CASE WHEN NOT f.in_service
								   THEN CASE WHEN f.eol_route IN ('reuse', 'refurbishment') THEN 1 ELSE 0 END
								   ELSE coalesce(f.reuse_collection, 0) END,
				efficiency_in => f.recycled_efficiency,
				efficiency_out => coalesce(f.recycling_efficiency, 0)),
			-- X = L / L_av: the service life of a retired unit; a unit in
			-- service is expected to reach at least the reference life
			CASE WHEN f.reference_life_years IS NULL THEN 1
				 ELSE @extschema@.utility(
						 greatest(CASE WHEN NOT f.in_service THEN f.age_years
									   ELSE greatest(f.age_years, f.reference_life_years) END,
								  1.0 / 365.25),
						 f.reference_life_years) END)
	END,
	f.grid_year, f.composition_defaulted, f.mass_confidence, f.embodied_confidence,
	f.reference_life_confidence,
	-- what the unit's MCI rests on of its category's figures: the mass
	-- (its weight in a company MCI) where it is the category's, the
	-- reference lifespan (its utility), the recycled content where the
	-- category's counts, the collection fractions while in service, and
	-- the recycling efficiency: the category's figure, else the one derived
	-- from the recovery rates of its elements (derived).  NULL without an MCI.
	-- (The cheap tests first: most categories have neither a recycled
	-- content nor collection fractions; f.retired is NULL in service.)
	CASE WHEN f.mass_kg IS NOT NULL THEN
		@extschema@.weakest_confidence(f.mass_confidence, f.reference_life_confidence,
			CASE WHEN f.recycled_content_confidence IS NOT NULL AND f.model_recycled_content IS NULL
					  AND f.acquired <> 'refurbished'
				 THEN f.recycled_content_confidence END,
			CASE WHEN f.collection_confidence IS NOT NULL AND f.retired IS NULL THEN f.collection_confidence END,
			CASE WHEN f.recycling_efficiency_confidence IS NOT NULL THEN f.recycling_efficiency_confidence
				 WHEN f.recycling_efficiency IS NOT NULL THEN 'derived' END)
	END
FROM (
	SELECT s.organisation_id, s.organisation, s.asset_id, s.serial, s.category, s.model_id,
		s.quantity, s.purchased, s.retired, s.state, s.in_service, s.in_use, s.in_stock, s.eol_route,
		s.acquired, s.age_years, s.service_life_years,
		coalesce(s.mass_kg, c.typical_mass_kg) AS mass_kg,
		coalesce(s.embodied_kg_co2e, c.embodied_kg_co2e) AS embodied_kg_co2e,
		coalesce(s.kwh_per_year, c.kwh_per_year) AS kwh_per_year,
		-- the factor of the year as_of falls in, the world's where the
		-- country has none (the join g below)
		g.kg_co2e_per_kwh AS grid_kg_per_kwh, g.world_average AS world_average_grid,
		g.year AS grid_year,
		c.reference_life_years, c.reference_weibull,
		coalesce(s.model_composition, cc.composition) AS composition,
		CASE WHEN s.model_composition IS NOT NULL THEN ''::@extschema@.materials ELSE cc.unverified END AS unverified_composition,
		-- MCI inputs: a unit bought refurbished is reused feedstock
		CASE WHEN s.acquired = 'refurbished' THEN 0 ELSE coalesce(s.model_recycled_content, c.recycled_content, 0) END AS recycled_in,
		CASE WHEN s.acquired = 'refurbished' THEN 1 ELSE coalesce(s.model_reused_content, 0) END AS reused_in,
		coalesce(s.model_recycled_efficiency, 1) AS recycled_efficiency,
		c.reuse_collection, c.recycling_collection,
		coalesce(c.recycling_efficiency, cr.efficiency) AS recycling_efficiency,
		-- which figures are the category's, and their confidence (NULL: the
		-- asset's or its model's own figure, or none)
		s.model_composition IS NULL AND cc.composition IS NOT NULL AS composition_defaulted,
		CASE WHEN s.mass_kg IS NULL THEN c.typical_mass_confidence END AS mass_confidence,
		CASE WHEN s.embodied_kg_co2e IS NULL THEN c.embodied_confidence END AS embodied_confidence,
		c.reference_life_confidence, s.model_recycled_content, c.recycled_content_confidence,
		c.collection_confidence, c.recycling_efficiency_confidence
	FROM @extschema@.asset_states(as_of, $2) s
		-- the category's defaults for the year of purchase: the mass,
		-- embodied emissions and kWh of the band the year falls in where it
		-- has one, else the category's all-years figures
		-- (category_vintage_defaults, one join on category and year).  The
		-- names compare in the "C" collation (equality is the same in every
		-- deterministic one): the join then hashes, where the database's
		-- collation had the planner sort every asset by category to merge
		LEFT JOIN @extschema@.category_vintage_defaults() c
			ON c.name = s.category COLLATE pg_catalog."C" AND c.purchase_year = @extschema@.vintage_year(s.purchased)
		LEFT JOIN @extschema@.category_composition() cc ON cc.category = s.category
		LEFT JOIN @extschema@.category_recycling_efficiency cr ON cr.category = s.category
		-- the grid factor of every country of use: the factor of the year
		-- as_of falls in (grid_intensity_for; an infinite date reads as a
		-- year far before or after the data), else the world's (WOR), with
		-- the year of the figure; also under the key '' for an asset whose
		-- country is unknown.  One row per key (DISTINCT ON), so that a
		-- report that reads no grid figure loses the join, and one join per
		-- asset: the world's factor is looked up here, not by a scalar
		-- subquery, whose initplan would keep the aggregates over it out of
		-- the parallel workers
		LEFT JOIN (
			SELECT DISTINCT ON (k.country) k.country, coalesce(gc.kg_co2e_per_kwh, w.kg_co2e_per_kwh) AS kg_co2e_per_kwh,
				gc.country IS NULL AS world_average, coalesce(gc.year, w.year) AS year
			FROM (SELECT c.iso3 FROM @extschema@.country c UNION ALL SELECT '') k (country)
				LEFT JOIN @extschema@.grid_intensity_for(least(greatest(extract(year FROM as_of), 1900), 2200)::integer) gc
					ON gc.country = k.country
				LEFT JOIN @extschema@.grid_intensity_for(least(greatest(extract(year FROM as_of), 1900), 2200)::integer) w
					ON w.country = 'WOR'
			ORDER BY k.country
		) g ON g.country = coalesce(s.country, '')
) f
$function$;
COMMENT ON FUNCTION @extschema@.asset_facts(date, integer) IS 'every asset (of organisation_id, else of every organisation the caller reads) purchased by as_of with its state then (in_use, in_stock or retired), its age or service life in years, its figures after the fallbacks (asset, model, category: the figure of the purchase year''s band where category_vintage_defaults has one, else the category''s all-years figure), the grid intensity of its country for the year of as_of (grid_intensity_for; the world''s when the country has none) and the year of that figure (grid_year), its composition and its MCI; which figures are the category''s defaults, with their confidence (composition_defaulted; mass_confidence and embodied_confidence: NULL where the figure is the asset''s or its model''s own, or there is none; reference_life_confidence) and mci_confidence, the weakest confidence among the category figures the unit''s MCI rests on (weakest_confidence)';

-- what the reports derive from asset_states, defined once: whether a unit
-- is in service (in use or in stock) as of the date, and its life as a
-- lifetable counts it (its service life, or its age while in service,
-- floored at one day).  The columns of asset_states the lifespan,
-- forecast and compliance reports read, with those two.
CREATE OR REPLACE FUNCTION @extschema@.asset_lives(as_of date, organisation_id integer DEFAULT NULL)
RETURNS TABLE (
	organisation_id integer, organisation text, category text, model_id bigint, quantity integer,
	state text, eol_route text, age_years float8, in_service boolean, service_life_years float8,
	embodied_kg_co2e float8, model_composition @extschema@.materials)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT s.organisation_id, s.organisation, s.category, s.model_id, s.quantity, s.state, s.eol_route,
	s.age_years, s.in_service,
	s.service_life_years,
	s.embodied_kg_co2e, s.model_composition
FROM @extschema@.asset_states(as_of, $2) s
$function$;
COMMENT ON FUNCTION @extschema@.asset_lives(date, integer) IS 'every asset (of organisation_id, else of every organisation the caller reads) purchased by as_of (asset_states) with what the reports derive from it: in_service (in use or in stock then) and service_life_years (its service life, or its age while in service, at least one day: the life a lifetable counts)';

-- the lifetables ---------------------------------------------------------

-- the lifetable of each organisation and category: every unit a life
-- (retired at its service life, or still in service at its age; a line of
-- quantity q gives q lives, in one call); a service life under a day
-- counts as a day.
-- The fit and the Kaplan-Meier median are computed in the grouped query,
-- once per group (and only when a caller uses them): a caller that joins
-- the result to assets reads them, never recomputes them per row.  The
-- ages of the units in service come from the same parallel pass, so that
-- what depends on the fit (the remaining life) needs no second one.
CREATE OR REPLACE FUNCTION @extschema@.fleet_lifetables(as_of date, organisation_id integer DEFAULT NULL)
RETURNS TABLE (organisation text, category text, lifetable @extschema@.lifetable,
	fitted @extschema@.weibull, km_median float8, units_in_service bigint,
	in_service_ages float8[])
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT o.name AS organisation, l.category,
	@extschema@.lifetable(l.service_life_years, NOT l.in_service, 0, l.quantity) AS lifetable,
	-- the same aggregate again: PostgreSQL computes it once per group
	@extschema@.weibull_fit(@extschema@.lifetable(l.service_life_years, NOT l.in_service, 0, l.quantity),
							false) AS fitted,
	@extschema@.km_median(@extschema@.lifetable(l.service_life_years, NOT l.in_service, 0, l.quantity))
		AS km_median,
	sum(l.quantity) FILTER (WHERE l.in_service) AS units_in_service,
	@extschema@.age_profile(l.age_years, ARRAY[l.quantity]::float8[]) FILTER (WHERE l.in_service)
		AS in_service_ages
FROM @extschema@.asset_lives(as_of, $2) l
	JOIN @extschema@.organisation o ON o.id = l.organisation_id
-- the grouping rule of src/reports/common.sql's header
GROUP BY l.organisation_id, o.id, o.name, l.category
$function$;
COMMENT ON FUNCTION @extschema@.fleet_lifetables(date, integer) IS 'organisation_lifetables(as_of) with more: per organisation (the one of organisation_id, else every one the caller reads) and category, the lifetable of every unit, the Weibull fitted to it and its Kaplan-Meier median, each computed once per group, and the units in service with their ages (an age_profile weighted by units; NULL without units in service): the building block of the lifespan reports';

CREATE OR REPLACE FUNCTION @extschema@.organisation_lifetables(as_of date)
RETURNS TABLE (organisation text, category text, lifetable @extschema@.lifetable,
	fitted @extschema@.weibull)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT t.organisation, t.category, t.lifetable, t.fitted
FROM @extschema@.fleet_lifetables(as_of) t
$function$;
COMMENT ON FUNCTION @extschema@.organisation_lifetables(date) IS 'per organisation and category as of a date: the lifetable of every unit (retired at its service life, censored at its age while in service) and the Weibull fitted to it (NULL when it cannot be fitted)';

