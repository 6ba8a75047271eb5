-- reports: set-returning functions that take the date they report on, and
-- the views BI tools read (the same functions at current_date)
--
-- The functions are single-SELECT SQL functions without SET clauses, so
-- the planner inlines them into the calling query: a WHERE on a view is
-- pushed down to the asset scan.  Every name inside is schema-qualified.
-- Views expose standard SQL types only (BI tools cannot chart a custom type).
--
-- Written for registers of millions of assets (test/bench/fleet): each
-- report reads the asset table in as few parallel passes as it can, with
-- only the reference joins it needs (asset_facts' joins to tables whose
-- columns a report does not use are removed by the planner); what depends
-- only on a group or a model (a lifetable, a fit, a composition, a
-- criteria verdict) is computed once for it, in a query level of its own,
-- never in an expression the planner would copy into every row.  Reports
-- group by the organisation's name, so that a WHERE on it still reaches
-- the asset scan.

-- every asset as of a date: its state then, its age, and its own figures,
-- else its model's (a shared model or one of the asset's own
-- organisation), before the category's defaults apply; asset_facts adds
-- those, a report that factors a category's figures out of its sums reads
-- this layer
CREATE FUNCTION @extschema@.asset_states(as_of date)
RETURNS TABLE (
	organisation_id integer, organisation text, asset_id bigint, serial text, category text,
	model_id bigint, quantity integer, purchased date, retired date, state text, eol_route text,
	acquired text, age_years float8, country text, mass_kg float8, embodied_kg_co2e float8,
	kwh_per_year float8, model_composition @extschema@.materials, model_recycled_content float8,
	model_reused_content float8, model_recycled_efficiency float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT a.organisation_id, o.name, a.id, a.serial, a.category, m.id, a.quantity, a.purchased,
	CASE WHEN a.retired <= as_of THEN a.retired END,
	CASE WHEN a.retired <= as_of THEN 'retired'
		 WHEN a.status = 'retired' THEN 'in_use'	-- retired after as_of: in service then
		 ELSE a.status END,
	CASE WHEN a.retired <= as_of THEN a.eol_route END,
	a.acquired,
	@extschema@.service_years(a.purchased, CASE WHEN a.retired <= as_of THEN a.retired END, as_of),
	a.country,
	coalesce(a.mass_kg, m.mass_kg),
	coalesce(a.embodied_kg_co2e, m.embodied_kg_co2e),
	coalesce(a.kwh_per_year, m.kwh_per_year),
	m.composition, m.recycled_content, m.reused_content, m.recycled_efficiency
FROM @extschema@.asset a
	JOIN @extschema@.organisation o ON o.id = a.organisation_id
	-- only a shared model or one of the asset's own organisation counts:
	-- another organisation's model would carry its figures into this
	-- organisation's reports and benchmarks
	LEFT JOIN @extschema@.product_model m ON m.id = a.model_id
		AND (m.organisation_id IS NULL OR m.organisation_id = a.organisation_id)
WHERE a.purchased <= as_of
$function$;
COMMENT ON FUNCTION @extschema@.asset_states(date) IS 'every asset purchased by as_of with its state then (in_use, in_stock or retired), its age or service life in years, and its own figures else its model''s (NULL where only the category''s default would give one; model_id is the model whose figures count: a shared one or one of the asset''s organisation), before the category defaults of asset_facts';

-- the facts of every asset as of a date: its state then, its age, and its
-- figures with the fallbacks applied (asset, then model, then category)
CREATE FUNCTION @extschema@.asset_facts(as_of date)
RETURNS TABLE (
	organisation_id integer, organisation text, asset_id bigint, serial text, category text,
	model_id bigint, quantity integer, purchased date, retired date, state text, eol_route text,
	acquired text, age_years float8, mass_kg float8, embodied_kg_co2e float8, kwh_per_year float8,
	grid_kg_per_kwh float8, world_average_grid boolean, reference_life_years float8,
	reference_weibull @extschema@.weibull, composition @extschema@.materials,
	unverified_composition @extschema@.materials, mci float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT f.organisation_id, f.organisation, f.asset_id, f.serial, f.category, f.model_id, f.quantity,
	f.purchased, f.retired, f.state, f.eol_route, f.acquired, f.age_years, f.mass_kg,
	f.embodied_kg_co2e, f.kwh_per_year, f.grid_kg_per_kwh, f.world_average_grid,
	f.reference_life_years, f.reference_weibull, f.composition, f.unverified_composition,
	CASE WHEN f.mass_kg IS NOT NULL THEN
		@extschema@.mci(
			@extschema@.material_flows(
				mass => f.mass_kg,
				recycled_in => f.recycled_in,
				reused_in => f.reused_in,
				recycled_out => CASE WHEN f.state = 'retired'
									 THEN CASE WHEN f.eol_route = 'formal_recycling' THEN 1 ELSE 0 END
									 ELSE coalesce(f.recycling_collection, 0) END,
				reused_out => CASE WHEN f.state = 'retired'
								   THEN CASE WHEN f.eol_route IN ('reuse', 'refurbishment') THEN 1 ELSE 0 END
								   ELSE coalesce(f.reuse_collection, 0) END,
				efficiency_in => f.recycled_efficiency,
				efficiency_out => coalesce(f.recycling_efficiency, 0)),
			-- X = L / L_av: the service life of a retired unit; a unit in
			-- service is expected to reach at least the reference life
			CASE WHEN f.reference_life_years IS NULL THEN 1
				 ELSE @extschema@.utility(
						 greatest(CASE WHEN f.state = 'retired' THEN f.age_years
									   ELSE greatest(f.age_years, f.reference_life_years) END,
								  1.0 / 365.25),
						 f.reference_life_years) END)
	END
FROM (
	SELECT s.organisation_id, s.organisation, s.asset_id, s.serial, s.category, s.model_id,
		s.quantity, s.purchased, s.retired, s.state, s.eol_route, s.acquired, s.age_years,
		coalesce(s.mass_kg, c.typical_mass_kg) AS mass_kg,
		coalesce(s.embodied_kg_co2e, c.embodied_kg_co2e) AS embodied_kg_co2e,
		coalesce(s.kwh_per_year, c.kwh_per_year) AS kwh_per_year,
		-- the world average: a one-row subquery (an initplan, evaluated
		-- once), not a join, which would keep the scan out of parallel workers
		coalesce(g.kg_co2e_per_kwh,
				 (SELECT w.kg_co2e_per_kwh FROM @extschema@.grid_intensity_effective w
				  WHERE w.country = 'WOR')) AS grid_kg_per_kwh,
		g.country IS NULL AS world_average_grid,
		c.reference_life_years, c.reference_weibull,
		coalesce(s.model_composition, cc.composition) AS composition,
		CASE WHEN s.model_composition IS NOT NULL THEN ''::@extschema@.materials ELSE cc.unverified END AS unverified_composition,
		-- MCI inputs: a unit bought refurbished is reused feedstock
		CASE WHEN s.acquired = 'refurbished' THEN 0 ELSE coalesce(s.model_recycled_content, c.recycled_content, 0) END AS recycled_in,
		CASE WHEN s.acquired = 'refurbished' THEN 1 ELSE coalesce(s.model_reused_content, 0) END AS reused_in,
		coalesce(s.model_recycled_efficiency, 1) AS recycled_efficiency,
		c.reuse_collection, c.recycling_collection,
		coalesce(c.recycling_efficiency, cr.efficiency) AS recycling_efficiency
	FROM @extschema@.asset_states(as_of) s
		LEFT JOIN @extschema@.category_defaults() c ON c.name = s.category
		LEFT JOIN @extschema@.category_composition() cc ON cc.category = s.category
		LEFT JOIN @extschema@.category_recycling_efficiency cr ON cr.category = s.category
		LEFT JOIN @extschema@.grid_intensity_effective g ON g.country = s.country
) f
$function$;
COMMENT ON FUNCTION @extschema@.asset_facts(date) IS 'every asset purchased by as_of with its state then (in_use, in_stock or retired), its age or service life in years, its figures after the fallbacks (asset, model, category), the grid intensity of its country (world average when the country has none), its composition and its MCI';

-- fleet_overview ---------------------------------------------------------

CREATE FUNCTION @extschema@.fleet_overview(as_of date)
RETURNS TABLE (
	organisation text, category text, units_in_use bigint, units_in_stock bigint,
	units_retired bigint, mean_age_in_use_years float8, median_service_life_years float8,
	premature_share float8, annual_co2e_kg float8, units_without_co2e_figure bigint,
	units_on_world_average_grid bigint, critical_raw_materials_in_use_g float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH
-- one pass: the counts, ages, emissions, the median service life of the
-- retired units (each unit counted: a line of quantity q counts q times,
-- interpolated as percentile_cont) and the critical raw materials of the
-- units in service
counts AS (
	SELECT f.organisation, f.category,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'in_use'), 0) AS units_in_use,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'in_stock'), 0) AS units_in_stock,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0) AS units_retired,
		sum(f.age_years * f.quantity::float8) FILTER (WHERE f.state = 'in_use')
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'in_use'), 0)::float8 AS mean_age_in_use_years,
		@extschema@.weighted_median(f.age_years, f.quantity) FILTER (WHERE f.state = 'retired')
			AS median_service_life_years,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'retired' AND f.age_years < f.reference_life_years), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired' AND f.reference_life_years IS NOT NULL), 0)::float8
			AS premature_share,
		-- the NumEcoEval/G4IT annualisation: embodied spread over the years so
		-- far (at least one), plus a year of electricity for units in use
		sum(f.quantity::float8 * @extschema@.annualised_co2e(f.embodied_kg_co2e, greatest(f.age_years, 1),
				CASE WHEN f.state = 'in_use' THEN f.kwh_per_year ELSE 0 END, f.grid_kg_per_kwh))
			FILTER (WHERE f.state <> 'retired') AS annual_co2e_kg,
		coalesce(sum(f.quantity) FILTER (WHERE f.state <> 'retired'
			AND (f.embodied_kg_co2e IS NULL OR (f.state = 'in_use' AND f.kwh_per_year IS NULL))), 0)
			AS units_without_co2e_figure,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'in_use' AND f.world_average_grid), 0)
			AS units_on_world_average_grid,
		-- the composition of asset_facts is the model's, else the category's
		-- (the same for the whole group): the units in service of the second
		-- kind are counted, and the category's grams multiply them once
		sum(f.quantity::float8 * @extschema@.critical_grams(pm.composition))
			FILTER (WHERE f.state <> 'retired') AS model_critical_g,
		sum(f.quantity) FILTER (WHERE f.state <> 'retired' AND pm.composition IS NULL)
			AS units_of_category_composition
	FROM @extschema@.asset_facts(as_of) f
		-- a subquery after asset_facts: a role without access is refused on
		-- the table asset first, as by the other reports
		LEFT JOIN (SELECT m.id, m.composition FROM @extschema@.product_model m) pm
			ON pm.id = f.model_id
	GROUP BY f.organisation, f.category
)
SELECT c.organisation, c.category, c.units_in_use, c.units_in_stock, c.units_retired,
	c.mean_age_in_use_years, c.median_service_life_years, c.premature_share, c.annual_co2e_kg,
	c.units_without_co2e_figure, c.units_on_world_average_grid,
	-- 0 with nothing in service; NULL where no unit in service has a known composition
	CASE WHEN c.units_in_use + c.units_in_stock = 0 THEN 0
		 WHEN c.model_critical_g IS NULL
			  AND (c.units_of_category_composition IS NULL OR cc.composition IS NULL) THEN NULL
		 ELSE coalesce(c.model_critical_g, 0)
			  + coalesce(@extschema@.critical_grams(cc.composition) * c.units_of_category_composition::float8, 0) END
FROM counts c
	LEFT JOIN @extschema@.category_composition() cc ON cc.category = c.category
$function$;
COMMENT ON FUNCTION @extschema@.fleet_overview(date) IS 'per organisation and category as of a date: units in use, in stock and retired, mean age in use, median service life of retired units, share retired before the reference life, annual CO2e, grams of critical raw materials in service';

-- material_inventory -----------------------------------------------------

CREATE FUNCTION @extschema@.material_inventory(as_of date)
RETURNS TABLE (
	organisation text, element text, atomic_number integer, in_use_g float8, in_stock_g float8,
	retired_reuse_g float8, retired_refurbishment_g float8, retired_formal_recycling_g float8,
	retired_informal_unknown_g float8, retired_landfill_g float8, recovered_g float8,
	recoverable_in_service_g float8, crm_2023 boolean, strategic_2023 boolean,
	unverified_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH units AS (
	-- units per organisation, category and model by where they are: a
	-- state, or the end-of-life route of retired units ('retired' for a
	-- retired unit without one); counted in columns, so that the planner
	-- groups on plain columns it can estimate
	SELECT f.organisation, f.category, f.model_id,
		sum(f.quantity) FILTER (WHERE f.state = 'in_use') AS in_use,
		sum(f.quantity) FILTER (WHERE f.state = 'in_stock') AS in_stock,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'reuse') AS reuse,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'refurbishment') AS refurbishment,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'formal_recycling') AS formal_recycling,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'informal_unknown') AS informal_unknown,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'landfill') AS landfill,
		sum(f.quantity) FILTER (WHERE f.state = 'retired' AND f.eol_route IS NULL) AS retired
	FROM @extschema@.asset_facts(as_of) f
	GROUP BY f.organisation, f.category, f.model_id
),
-- the models' compositions, in a query level of their own that runs after
-- the asset scan: a role without access is refused on the table asset
-- first, as by the other reports
compositions AS MATERIALIZED (
	SELECT m.id, m.composition FROM @extschema@.product_model m WHERE m.composition IS NOT NULL
),
buckets AS (
	-- grams per organisation and bucket: the composition of asset_facts (the
	-- model's, else the category's, and the part of it resting on
	-- unverified figures) scaled once per model
	SELECT u.organisation, b.bucket,
		@extschema@.sum(coalesce(m.composition, cc.composition) OPERATOR(@extschema@.*) b.units::float8) AS total,
		@extschema@.sum(CASE WHEN m.composition IS NOT NULL THEN ''::@extschema@.materials ELSE cc.unverified END
						OPERATOR(@extschema@.*) b.units::float8) AS unverified
	FROM units u
		CROSS JOIN LATERAL (VALUES ('in_use', u.in_use), ('in_stock', u.in_stock), ('reuse', u.reuse),
								   ('refurbishment', u.refurbishment), ('formal_recycling', u.formal_recycling),
								   ('informal_unknown', u.informal_unknown), ('landfill', u.landfill),
								   ('retired', u.retired)) b (bucket, units)
		LEFT JOIN compositions m ON m.id = u.model_id
		LEFT JOIN @extschema@.category_composition() cc ON cc.category = u.category
	WHERE b.units IS NOT NULL AND coalesce(m.composition, cc.composition) IS NOT NULL
	GROUP BY u.organisation, b.bucket
),
grams AS (
	SELECT b.organisation, b.bucket, e.element, e.atomic_number, e.grams,
		b.unverified OPERATOR(@extschema@.->) e.element AS unverified_g
	FROM buckets b, @extschema@.materials_each(b.total) e
)
SELECT g.organisation, g.element, g.atomic_number,
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'in_use'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'in_stock'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'reuse'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'refurbishment'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'formal_recycling'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'informal_unknown'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'landfill'), 0),
	coalesce(sum(g.grams * coalesce(r.fraction, 0))
		FILTER (WHERE g.bucket NOT IN ('in_use', 'in_stock')), 0),
	coalesce(sum(g.grams * coalesce(formal.fraction, 0))
		FILTER (WHERE g.bucket IN ('in_use', 'in_stock')), 0),
	coalesce(rm.crm_2023, false), coalesce(rm.strategic_2023, false),
	sum(g.unverified_g) / nullif(sum(g.grams), 0::float8)
FROM grams g
	LEFT JOIN @extschema@.recovery_rate_effective r ON r.element = g.element AND r.route = g.bucket
	LEFT JOIN @extschema@.recovery_rate_effective formal
		ON formal.element = g.element AND formal.route = 'formal_recycling'
	LEFT JOIN (SELECT DISTINCT ON (x.symbol) x.symbol, x.crm_2023, x.strategic_2023
			   FROM @extschema@.raw_material x ORDER BY x.symbol, x.shipped) rm ON rm.symbol = g.element
GROUP BY g.organisation, g.element, g.atomic_number, rm.crm_2023, rm.strategic_2023
$function$;
COMMENT ON FUNCTION @extschema@.material_inventory(date) IS 'per organisation and element as of a date: grams in use, in stock and retired by end-of-life route, grams recovered from retired units, grams formal recycling would recover from the units in service, EU 2023 CRM and strategic flags, and the share of the grams resting on unverified composition figures';

-- lifespan_by_category ---------------------------------------------------

-- the lifetable of each organisation and category: every unit a life
-- (retired at its service life, or still in service at its age; a line of
-- quantity q gives q lives, in one call); a service life under a day
-- counts as a day.
-- The fit and the Kaplan-Meier median are computed in the grouped query,
-- once per group (and only when a caller uses them): a caller that joins
-- the result to assets reads them, never recomputes them per row.  The
-- ages of the units in service come from the same parallel pass, so that
-- what depends on the fit (the remaining life) needs no second one.
CREATE FUNCTION @extschema@.fleet_lifetables(as_of date)
RETURNS TABLE (organisation text, category text, lifetable @extschema@.lifetable,
	fitted @extschema@.weibull, km_median float8, units_in_service bigint,
	in_service_ages float8[])
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT f.organisation, f.category,
	@extschema@.lifetable(greatest(f.age_years, 1.0 / 365.25), f.state = 'retired', 0, f.quantity),
	@extschema@.weibull_fit(@extschema@.lifetable(greatest(f.age_years, 1.0 / 365.25), f.state = 'retired',
												  0, f.quantity), false),
	@extschema@.km_median(@extschema@.lifetable(greatest(f.age_years, 1.0 / 365.25), f.state = 'retired',
												0, f.quantity)),
	sum(f.quantity) FILTER (WHERE f.state <> 'retired'),
	@extschema@.age_profile(f.age_years, ARRAY[f.quantity]::float8[]) FILTER (WHERE f.state <> 'retired')
FROM @extschema@.asset_facts(as_of) f
GROUP BY f.organisation, f.category
$function$;
COMMENT ON FUNCTION @extschema@.fleet_lifetables(date) IS 'organisation_lifetables(as_of) with more: per organisation and category, the lifetable of every unit, the Weibull fitted to it and its Kaplan-Meier median, each computed once per group, and the units in service with their ages (an age_profile weighted by units; NULL without units in service): the building block of the lifespan reports';

CREATE FUNCTION @extschema@.organisation_lifetables(as_of date)
RETURNS TABLE (organisation text, category text, lifetable @extschema@.lifetable,
	fitted @extschema@.weibull)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT t.organisation, t.category, t.lifetable, t.fitted
FROM @extschema@.fleet_lifetables(as_of) t
$function$;
COMMENT ON FUNCTION @extschema@.organisation_lifetables(date) IS 'per organisation and category as of a date: the lifetable of every unit (retired at its service life, censored at its age while in service) and the Weibull fitted to it (NULL when it cannot be fitted)';

CREATE FUNCTION @extschema@.lifespan_by_category(as_of date)
RETURNS TABLE (
	organisation text, category text, observed_units bigint, retired_units bigint,
	km_median_years float8, fitted_shape float8, fitted_scale float8, fitted_mean_years float8,
	reference_shape float8, reference_scale float8, reference_mean_years float8,
	units_in_service bigint, mean_remaining_life_years float8, remaining_life_basis text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT t.organisation, t.category, @extschema@.lives(t.lifetable), @extschema@.retirements(t.lifetable),
	t.km_median,
	@extschema@.shape(t.fitted), @extschema@.scale(t.fitted), @extschema@.mean_life(t.fitted),
	@extschema@.shape(c.reference_weibull), @extschema@.scale(c.reference_weibull),
	@extschema@.mean_life(c.reference_weibull),
	coalesce(t.units_in_service, 0),
	-- the mean remaining life of the units in service, from the fitted
	-- Weibull, else the reference one
	@extschema@.mean_remaining_life(coalesce(t.fitted, c.reference_weibull), t.in_service_ages),
	CASE WHEN t.units_in_service IS NULL THEN NULL
		 WHEN t.fitted IS NOT NULL THEN 'fitted'
		 WHEN c.reference_weibull IS NOT NULL THEN 'reference' END
FROM @extschema@.fleet_lifetables(as_of) t
	LEFT JOIN @extschema@.category_defaults() c ON c.name = t.category
$function$;
COMMENT ON FUNCTION @extschema@.lifespan_by_category(date) IS 'per organisation and category as of a date: lives observed, Kaplan-Meier median, the Weibull fitted to the organisation''s own history, the category''s reference Weibull, and the mean remaining life of the units in service (from the fitted Weibull, else the reference one)';

-- replacement_forecast ---------------------------------------------------

CREATE FUNCTION @extschema@.replacement_forecast(as_of date)
RETURNS TABLE (
	organisation text, category text, year integer, period_start date, period_end date,
	expected_retirements float8, replacement_embodied_co2e_kg float8,
	replacement_critical_raw_materials_g float8, replacement_materials_g float8,
	lifetime_basis text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH periods AS (
	-- the rest of the current year, then each of the next five calendar years
	SELECT pg_catalog.array_agg(((make_date(extract(year FROM as_of)::integer + k, 1, 1) - as_of)::numeric / 365.25)::float8
					 ORDER BY k) AS horizons
	FROM pg_catalog.generate_series(1, 6) k
),
-- one parallel pass: per organisation and category the fit of the lives
-- (as fleet_lifetables) and the units in service by age, weighted by what
-- their like-for-like replacements take.  A figure that falls back to the
-- category (asset_facts) is the same for the whole group: such units are
-- counted apart and the category's figure multiplies their sum once.
-- Weights: units; units x embodied CO2e of the asset or its model; units
-- whose embodied CO2e is the category's; units x critical and total grams
-- of the model's composition; units whose composition is the category's.
groups AS (
	SELECT s.organisation, s.category,
		@extschema@.weibull_fit(@extschema@.lifetable(greatest(s.age_years, 1.0 / 365.25),
													  s.state = 'retired', 0, s.quantity), false) AS fitted,
		@extschema@.age_profile(s.age_years,
			ARRAY[s.quantity, s.quantity::float8 * s.embodied_kg_co2e,
				  CASE WHEN s.embodied_kg_co2e IS NULL THEN s.quantity END,
				  s.quantity::float8 * @extschema@.critical_grams(s.model_composition),
				  s.quantity::float8 * @extschema@.total_grams(s.model_composition),
				  CASE WHEN s.model_composition IS NULL THEN s.quantity END])
			FILTER (WHERE s.state <> 'retired') AS in_service
	FROM @extschema@.asset_states(as_of) s
	GROUP BY s.organisation, s.category
),
-- the expected retirements of each weight in each period, from the fitted
-- Weibull, else the category's reference one: once per group (a subquery
-- the planner keeps, not an expression it would copy into each year)
forecast AS (
	SELECT g.organisation, g.category, g.fitted IS NOT NULL AS fitted, x.r,
		c.embodied_kg_co2e AS category_co2e,
		@extschema@.critical_grams(cc.composition) AS category_critical,
		@extschema@.total_grams(cc.composition) AS category_grams
	FROM groups g
		LEFT JOIN @extschema@.category_defaults() c ON c.name = g.category
		LEFT JOIN @extschema@.category_composition() cc ON cc.category = g.category
		CROSS JOIN periods p
		CROSS JOIN LATERAL (SELECT @extschema@.expected_retirements(coalesce(g.fitted, c.reference_weibull),
																	g.in_service, p.horizons) AS r
							OFFSET 0) x
	WHERE g.in_service IS NOT NULL
)
SELECT f.organisation, f.category, (extract(year FROM as_of)::integer + y.k - 1),
	CASE WHEN y.k = 1 THEN as_of ELSE make_date(extract(year FROM as_of)::integer + y.k - 1, 1, 1) END,
	make_date(extract(year FROM as_of)::integer + y.k - 1, 12, 31),
	f.r[1][y.k],
	-- the units' own figures plus the category's times its units; NULL when
	-- no unit has a figure (as the expected_retirements aggregate gives)
	CASE WHEN f.r[2][y.k] IS NULL AND (f.r[3][y.k] IS NULL OR f.category_co2e IS NULL) THEN NULL
		 ELSE coalesce(f.r[2][y.k], 0) + coalesce(f.category_co2e * f.r[3][y.k], 0) END,
	CASE WHEN f.r[4][y.k] IS NULL AND (f.r[6][y.k] IS NULL OR f.category_critical IS NULL) THEN NULL
		 ELSE coalesce(f.r[4][y.k], 0) + coalesce(f.category_critical * f.r[6][y.k], 0) END,
	CASE WHEN f.r[5][y.k] IS NULL AND (f.r[6][y.k] IS NULL OR f.category_grams IS NULL) THEN NULL
		 ELSE coalesce(f.r[5][y.k], 0) + coalesce(f.category_grams * f.r[6][y.k], 0) END,
	CASE WHEN f.r IS NULL THEN NULL WHEN f.fitted THEN 'fitted' ELSE 'reference' END
FROM forecast f, pg_catalog.generate_series(1, 6) y (k)
$function$;
COMMENT ON FUNCTION @extschema@.replacement_forecast(date) IS 'per organisation, category and calendar year (the rest of the current year, then the next five): expected retirements of the units in service, and the embodied CO2e and raw materials of like-for-like replacements; lifetimes from the Weibull fitted to the organisation''s history, else the category''s reference Weibull';

-- circularity_by_organisation --------------------------------------------

CREATE FUNCTION @extschema@.circularity_by_organisation(as_of date)
RETURNS TABLE (
	organisation text, units bigint, company_mci float8, mci_mass_kg float8,
	refurbished_share float8, retired_units bigint, reuse_share float8, recycling_share float8,
	unknown_share float8, landfill_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH c AS (
	SELECT f.organisation, sum(f.quantity) AS units,
		@extschema@.mci_weighted(f.mci, f.mass_kg * f.quantity::float8) AS company_mci,
		sum(f.mass_kg * f.quantity::float8) FILTER (WHERE f.mci IS NOT NULL) AS mci_mass_kg,
		coalesce(sum(f.quantity) FILTER (WHERE f.acquired = 'refurbished'), 0)::float8 / sum(f.quantity)::float8
			AS refurbished_share,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0) AS retired_units,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route IN ('reuse', 'refurbishment')), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0)::float8 AS reuse_share,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'formal_recycling'), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0)::float8 AS recycling_share,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'informal_unknown'), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0)::float8 AS unknown_share,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'landfill'), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0)::float8 AS landfill_share
	FROM @extschema@.asset_facts(as_of) f
	GROUP BY f.organisation
)
SELECT c.organisation, c.units, c.company_mci, c.mci_mass_kg, c.refurbished_share, c.retired_units,
	c.reuse_share, c.recycling_share, c.unknown_share, c.landfill_share
FROM c
$function$;
COMMENT ON FUNCTION @extschema@.circularity_by_organisation(date) IS 'per organisation as of a date: company-level MCI (the mass-weighted mean of the units'' MCI), share of units bought refurbished, and the shares of retired units that went to reuse or refurbishment, formal recycling, an unknown or informal route, and landfill';

-- criteria_compliance ----------------------------------------------------

CREATE FUNCTION @extschema@.criteria_compliance(as_of date)
RETURNS TABLE (
	organisation text, scheme text, level text, category text,
	models_meeting bigint, models_failing bigint, models_unknown bigint,
	units_meeting bigint, units_failing bigint, units_unknown bigint)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH models AS (
	SELECT f.organisation, f.category, f.model_id, sum(f.quantity) AS units
	FROM @extschema@.asset_facts(as_of) f
	WHERE f.state <> 'retired'
	GROUP BY f.organisation, f.category, f.model_id
),
levels AS (
	SELECT DISTINCT cr.scheme, cr.level, cr.category FROM @extschema@.criterion cr
),
-- each model of the catalogue judged once per scheme and level of its
-- category, however many organisations use it (meets_criteria is a query of
-- its own), and not from the assets, so that a WHERE on the organisation
-- still reaches the asset scan; an asset filed under another category than
-- its model's is judged on its own; both in query levels of their own that
-- run after the asset scan: a role without access is refused on the table
-- asset first, as by the other reports
verdicts AS MATERIALIZED (
	SELECT pm.id AS model_id, c.category, c.scheme, c.level,
		@extschema@.meets_criteria(pm.attributes, c.category, c.scheme, c.level) AS meets
	FROM @extschema@.product_model pm
		JOIN levels c ON c.category = pm.category
),
judged AS (
	SELECT m.organisation, c.scheme, c.level, m.category, m.model_id, m.units,
		CASE WHEN m.model_id IS NULL THEN NULL
			 WHEN v.model_id IS NOT NULL THEN v.meets
			 ELSE (SELECT @extschema@.meets_criteria(pm.attributes, m.category, c.scheme, c.level)
				   FROM @extschema@.product_model pm WHERE pm.id = m.model_id) END AS meets
	FROM models m
		JOIN levels c ON c.category = m.category
		LEFT JOIN verdicts v ON v.model_id = m.model_id AND v.category = m.category
							AND v.scheme = c.scheme AND v.level = c.level
)
SELECT j.organisation, j.scheme, j.level, j.category,
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND j.meets),
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND NOT j.meets),
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND j.meets IS NULL),
	coalesce(sum(j.units) FILTER (WHERE j.meets), 0),
	coalesce(sum(j.units) FILTER (WHERE NOT j.meets), 0),
	coalesce(sum(j.units) FILTER (WHERE j.meets IS NULL), 0)
FROM judged j
GROUP BY j.organisation, j.scheme, j.level, j.category
$function$;
COMMENT ON FUNCTION @extschema@.criteria_compliance(date) IS 'per organisation, criteria scheme, level and category, over the units in service as of a date: models and units meeting every criterion, failing one, or unknown (a criterion''s attribute not declared, or no model known)';

-- life_extension_scenarios -----------------------------------------------

CREATE FUNCTION @extschema@.life_extension_scenarios(as_of date)
RETURNS TABLE (
	organisation text, category text, units_in_service bigint, baseline_life_years float8,
	baseline_basis text, annual_co2e_kg float8, co2e_saved_1y_kg float8, co2e_saved_2y_kg float8,
	materials_saved_1y_g float8, materials_saved_2y_g float8,
	critical_raw_materials_saved_1y_g float8, critical_raw_materials_saved_2y_g float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH baseline AS (
	-- how long the organisation keeps a unit now: the Kaplan-Meier median
	-- of its own history, else the category's reference lifespan
	SELECT c.name AS category, t.organisation,
		coalesce(t.km_median, c.reference_life_years) AS life,
		CASE WHEN t.km_median IS NOT NULL THEN 'observed median'
			 WHEN c.reference_life_years IS NOT NULL THEN 'reference lifespan' END AS basis
	FROM @extschema@.fleet_lifetables(as_of) t
		JOIN @extschema@.category_defaults() c ON c.name = t.category
),
-- one parallel pass over the units in service: the sums that the baseline
-- life then scales, per group.  annualised_co2e(E, L, kWh, g) is
-- E / L + kWh g: summed over the units whose E, kWh and g are all known
-- (its NULL rule), it is (sum of q E) / L + sum of q kWh g.
units AS (
	SELECT f.organisation, f.category, sum(f.quantity) AS units,
		sum(f.quantity::float8 * f.embodied_kg_co2e) FILTER (WHERE f.grid_kg_per_kwh IS NOT NULL
			AND (f.state <> 'in_use' OR f.kwh_per_year IS NOT NULL)) AS annual_embodied,
		sum(f.quantity::float8 * CASE WHEN f.state = 'in_use' THEN f.kwh_per_year ELSE 0 END * f.grid_kg_per_kwh)
			FILTER (WHERE f.embodied_kg_co2e IS NOT NULL) AS annual_use,
		sum(f.quantity::float8 * f.embodied_kg_co2e) AS embodied,
		sum(f.quantity::float8 * @extschema@.total_grams(f.composition)) AS grams,
		sum(f.quantity::float8 * @extschema@.critical_grams(f.composition)) AS critical_grams
	FROM @extschema@.asset_facts(as_of) f
	WHERE f.state <> 'retired'
	GROUP BY f.organisation, f.category
)
SELECT u.organisation, u.category, u.units, b.life, b.basis,
	u.annual_embodied / b.life + u.annual_use,
	-- a longer life spreads the same embodied emissions and raw materials
	-- over more years: E/L - E/(L + n) a year
	u.embodied * (1::float8 / b.life - 1::float8 / (b.life + 1::float8)),
	u.embodied * (1::float8 / b.life - 1::float8 / (b.life + 2::float8)),
	u.grams * (1::float8 / b.life - 1::float8 / (b.life + 1::float8)),
	u.grams * (1::float8 / b.life - 1::float8 / (b.life + 2::float8)),
	u.critical_grams * (1::float8 / b.life - 1::float8 / (b.life + 1::float8)),
	u.critical_grams * (1::float8 / b.life - 1::float8 / (b.life + 2::float8))
FROM units u
	LEFT JOIN baseline b ON b.organisation = u.organisation AND b.category = u.category
$function$;
COMMENT ON FUNCTION @extschema@.life_extension_scenarios(date) IS 'per organisation and category, for the units in service as of a date: the annual CO2e at today''s service life, and the CO2e, raw materials and critical raw materials saved per year if every unit were kept 1 or 2 years longer';

-- the views BI tools read: the reports as of today -----------------------

CREATE VIEW @extschema@.fleet_overview WITH (security_invoker = true) AS
SELECT r.organisation, r.category, r.units_in_use, r.units_in_stock, r.units_retired, r.mean_age_in_use_years, r.median_service_life_years, r.premature_share, r.annual_co2e_kg, r.units_without_co2e_figure, r.units_on_world_average_grid, r.critical_raw_materials_in_use_g
FROM @extschema@.fleet_overview(current_date) r;
COMMENT ON VIEW @extschema@.fleet_overview IS 'per organisation and device category: units in use, in stock and retired, ages, service lives, premature replacement, annual CO2e and critical raw materials in service (as of today; fleet_overview(as_of) for another date)';
COMMENT ON COLUMN @extschema@.fleet_overview.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.fleet_overview.category IS 'device category';
COMMENT ON COLUMN @extschema@.fleet_overview.units_in_use IS 'units in use (a line of quantity q counts q)';
COMMENT ON COLUMN @extschema@.fleet_overview.units_in_stock IS 'units owned and not in use';
COMMENT ON COLUMN @extschema@.fleet_overview.units_retired IS 'units retired';
COMMENT ON COLUMN @extschema@.fleet_overview.mean_age_in_use_years IS 'mean age of the units in use, years';
COMMENT ON COLUMN @extschema@.fleet_overview.median_service_life_years IS 'median service life of the retired units, years';
COMMENT ON COLUMN @extschema@.fleet_overview.premature_share IS 'share of retired units retired before the categorys reference lifespan (0 to 1)';
COMMENT ON COLUMN @extschema@.fleet_overview.annual_co2e_kg IS 'annual emissions of the units in service, kg CO2e per year: embodied spread over the years so far (at least one), plus electricity of the units in use';
COMMENT ON COLUMN @extschema@.fleet_overview.units_without_co2e_figure IS 'units in service left out of annual_co2e_kg for lack of an embodied or electricity figure';
COMMENT ON COLUMN @extschema@.fleet_overview.units_on_world_average_grid IS 'units in use whose country has no grid intensity: the world average was used';
COMMENT ON COLUMN @extschema@.fleet_overview.critical_raw_materials_in_use_g IS 'grams of EU 2023 critical raw materials in the units in service';
GRANT SELECT ON @extschema@.fleet_overview TO PUBLIC;

CREATE VIEW @extschema@.material_inventory WITH (security_invoker = true) AS
SELECT r.organisation, r.element, r.atomic_number, r.in_use_g, r.in_stock_g, r.retired_reuse_g, r.retired_refurbishment_g, r.retired_formal_recycling_g, r.retired_informal_unknown_g, r.retired_landfill_g, r.recovered_g, r.recoverable_in_service_g, r.crm_2023, r.strategic_2023, r.unverified_share
FROM @extschema@.material_inventory(current_date) r;
COMMENT ON VIEW @extschema@.material_inventory IS 'per organisation and chemical element: grams in use, in stock and retired by end-of-life route, recovered and recoverable grams, EU critical raw material flags, and how much rests on unverified reference data (as of today)';
COMMENT ON COLUMN @extschema@.material_inventory.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.material_inventory.element IS 'element symbol';
COMMENT ON COLUMN @extschema@.material_inventory.atomic_number IS 'atomic number';
COMMENT ON COLUMN @extschema@.material_inventory.in_use_g IS 'grams in units in use';
COMMENT ON COLUMN @extschema@.material_inventory.in_stock_g IS 'grams in units in stock';
COMMENT ON COLUMN @extschema@.material_inventory.retired_reuse_g IS 'grams in units retired to reuse';
COMMENT ON COLUMN @extschema@.material_inventory.retired_refurbishment_g IS 'grams in units retired to refurbishment';
COMMENT ON COLUMN @extschema@.material_inventory.retired_formal_recycling_g IS 'grams in units retired to formal recycling';
COMMENT ON COLUMN @extschema@.material_inventory.retired_informal_unknown_g IS 'grams in units retired by an informal or unknown route';
COMMENT ON COLUMN @extschema@.material_inventory.retired_landfill_g IS 'grams in units retired to landfill or incineration';
COMMENT ON COLUMN @extschema@.material_inventory.recovered_g IS 'grams of retired units recovered (or kept in use by reuse and refurbishment), by the recovery rates of their routes';
COMMENT ON COLUMN @extschema@.material_inventory.recoverable_in_service_g IS 'grams of the units in service that formal recycling would recover';
COMMENT ON COLUMN @extschema@.material_inventory.crm_2023 IS 'on the EU 2023 critical raw materials list';
COMMENT ON COLUMN @extschema@.material_inventory.strategic_2023 IS 'on the EU 2023 strategic raw materials list';
COMMENT ON COLUMN @extschema@.material_inventory.unverified_share IS 'share of the grams (0 to 1) resting on composition figures of confidence unverified';
GRANT SELECT ON @extschema@.material_inventory TO PUBLIC;

CREATE VIEW @extschema@.lifespan_by_category WITH (security_invoker = true) AS
SELECT r.organisation, r.category, r.observed_units, r.retired_units, r.km_median_years, r.fitted_shape, r.fitted_scale, r.fitted_mean_years, r.reference_shape, r.reference_scale, r.reference_mean_years, r.units_in_service, r.mean_remaining_life_years, r.remaining_life_basis
FROM @extschema@.lifespan_by_category(current_date) r;
COMMENT ON VIEW @extschema@.lifespan_by_category IS 'per organisation and device category: lives observed, Kaplan-Meier median, the Weibull fitted to the organisations own history beside the reference Weibull, and the mean remaining life of the units in service (as of today)';
COMMENT ON COLUMN @extschema@.lifespan_by_category.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.lifespan_by_category.category IS 'device category';
COMMENT ON COLUMN @extschema@.lifespan_by_category.observed_units IS 'units observed: retired, or in service and so censored';
COMMENT ON COLUMN @extschema@.lifespan_by_category.retired_units IS 'units retired';
COMMENT ON COLUMN @extschema@.lifespan_by_category.km_median_years IS 'Kaplan-Meier median service life, years (NULL while survival stays above 0.5)';
COMMENT ON COLUMN @extschema@.lifespan_by_category.fitted_shape IS 'shape k of the Weibull fitted to the organisations history (NULL when it cannot be fitted)';
COMMENT ON COLUMN @extschema@.lifespan_by_category.fitted_scale IS 'scale of the fitted Weibull, years';
COMMENT ON COLUMN @extschema@.lifespan_by_category.fitted_mean_years IS 'mean life of the fitted Weibull, years';
COMMENT ON COLUMN @extschema@.lifespan_by_category.reference_shape IS 'shape of the categorys reference (UNU) Weibull';
COMMENT ON COLUMN @extschema@.lifespan_by_category.reference_scale IS 'scale of the reference Weibull, years';
COMMENT ON COLUMN @extschema@.lifespan_by_category.reference_mean_years IS 'mean life of the reference Weibull, years (lifetime to discard, including storage and reuse)';
COMMENT ON COLUMN @extschema@.lifespan_by_category.units_in_service IS 'units in use or in stock';
COMMENT ON COLUMN @extschema@.lifespan_by_category.mean_remaining_life_years IS 'mean remaining life of the units in service, years';
COMMENT ON COLUMN @extschema@.lifespan_by_category.remaining_life_basis IS 'which Weibull the remaining life comes from: fitted or reference';
GRANT SELECT ON @extschema@.lifespan_by_category TO PUBLIC;

CREATE VIEW @extschema@.replacement_forecast WITH (security_invoker = true) AS
SELECT r.organisation, r.category, r.year, r.period_start, r.period_end, r.expected_retirements, r.replacement_embodied_co2e_kg, r.replacement_critical_raw_materials_g, r.replacement_materials_g, r.lifetime_basis
FROM @extschema@.replacement_forecast(current_date) r;
COMMENT ON VIEW @extschema@.replacement_forecast IS 'per organisation, device category and calendar year (the rest of this year and the next five): expected retirements and the embodied CO2e and raw materials of like-for-like replacements (as of today)';
COMMENT ON COLUMN @extschema@.replacement_forecast.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.replacement_forecast.category IS 'device category';
COMMENT ON COLUMN @extschema@.replacement_forecast.year IS 'calendar year';
COMMENT ON COLUMN @extschema@.replacement_forecast.period_start IS 'first day of the period (today for the current year)';
COMMENT ON COLUMN @extschema@.replacement_forecast.period_end IS 'last day of the period';
COMMENT ON COLUMN @extschema@.replacement_forecast.expected_retirements IS 'expected number of units retiring in the period';
COMMENT ON COLUMN @extschema@.replacement_forecast.replacement_embodied_co2e_kg IS 'embodied emissions of replacing them like for like, kg CO2e';
COMMENT ON COLUMN @extschema@.replacement_forecast.replacement_critical_raw_materials_g IS 'grams of EU 2023 critical raw materials in the replacements';
COMMENT ON COLUMN @extschema@.replacement_forecast.replacement_materials_g IS 'grams of the known element content of the replacements';
COMMENT ON COLUMN @extschema@.replacement_forecast.lifetime_basis IS 'which Weibull the forecast uses: fitted (the organisations history) or reference';
GRANT SELECT ON @extschema@.replacement_forecast TO PUBLIC;

CREATE VIEW @extschema@.circularity_by_organisation WITH (security_invoker = true) AS
SELECT r.organisation, r.units, r.company_mci, r.mci_mass_kg, r.refurbished_share, r.retired_units, r.reuse_share, r.recycling_share, r.unknown_share, r.landfill_share
FROM @extschema@.circularity_by_organisation(current_date) r;
COMMENT ON VIEW @extschema@.circularity_by_organisation IS 'per organisation: company-level Material Circularity Indicator, refurbished purchases and end-of-life routes (as of today)';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.units IS 'units registered (in service or retired)';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.company_mci IS 'company-level MCI: the mean of the units MCI weighted by mass (0 to 1)';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.mci_mass_kg IS 'mass the company MCI is weighted over, kg';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.refurbished_share IS 'share of units bought refurbished';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.retired_units IS 'units retired';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.reuse_share IS 'share of retired units that went to reuse or refurbishment';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.recycling_share IS 'share of retired units that went to formal recycling';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.unknown_share IS 'share of retired units that went by an informal or unknown route';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.landfill_share IS 'share of retired units that went to landfill or incineration';
GRANT SELECT ON @extschema@.circularity_by_organisation TO PUBLIC;

CREATE VIEW @extschema@.criteria_compliance WITH (security_invoker = true) AS
SELECT r.organisation, r.scheme, r.level, r.category, r.models_meeting, r.models_failing, r.models_unknown, r.units_meeting, r.units_failing, r.units_unknown
FROM @extschema@.criteria_compliance(current_date) r;
COMMENT ON VIEW @extschema@.criteria_compliance IS 'per organisation, purchasing-criteria scheme, level and device category: models and units in service meeting, failing, or unknown (as of today)';
COMMENT ON COLUMN @extschema@.criteria_compliance.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.criteria_compliance.scheme IS 'criteria scheme (criterion.scheme)';
COMMENT ON COLUMN @extschema@.criteria_compliance.level IS 'criteria level (e.g. core, comprehensive, legal minimum)';
COMMENT ON COLUMN @extschema@.criteria_compliance.category IS 'device category';
COMMENT ON COLUMN @extschema@.criteria_compliance.models_meeting IS 'models meeting every criterion';
COMMENT ON COLUMN @extschema@.criteria_compliance.models_failing IS 'models failing at least one criterion';
COMMENT ON COLUMN @extschema@.criteria_compliance.models_unknown IS 'models that do not declare every attribute the criteria test';
COMMENT ON COLUMN @extschema@.criteria_compliance.units_meeting IS 'units in service of models meeting every criterion';
COMMENT ON COLUMN @extschema@.criteria_compliance.units_failing IS 'units in service of models failing a criterion';
COMMENT ON COLUMN @extschema@.criteria_compliance.units_unknown IS 'units in service of models with undeclared attributes, or without a model';
GRANT SELECT ON @extschema@.criteria_compliance TO PUBLIC;

CREATE VIEW @extschema@.life_extension_scenarios WITH (security_invoker = true) AS
SELECT r.organisation, r.category, r.units_in_service, r.baseline_life_years, r.baseline_basis, r.annual_co2e_kg, r.co2e_saved_1y_kg, r.co2e_saved_2y_kg, r.materials_saved_1y_g, r.materials_saved_2y_g, r.critical_raw_materials_saved_1y_g, r.critical_raw_materials_saved_2y_g
FROM @extschema@.life_extension_scenarios(current_date) r;
COMMENT ON VIEW @extschema@.life_extension_scenarios IS 'per organisation and device category: CO2e and raw materials saved per year if every unit in service were kept 1 or 2 years longer (as of today)';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.category IS 'device category';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.units_in_service IS 'units in use or in stock';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.baseline_life_years IS 'how long units are kept now, years';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.baseline_basis IS 'where the baseline comes from: observed median (Kaplan-Meier) or reference lifespan';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.annual_co2e_kg IS 'annual emissions at the baseline life, kg CO2e per year';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.co2e_saved_1y_kg IS 'embodied emissions saved per year by keeping every unit 1 year longer, kg CO2e';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.co2e_saved_2y_kg IS 'the same for 2 years longer';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.materials_saved_1y_g IS 'grams of raw materials (known element content) saved per year, 1 year longer';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.materials_saved_2y_g IS 'the same for 2 years longer';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.critical_raw_materials_saved_1y_g IS 'grams of EU 2023 critical raw materials saved per year, 1 year longer';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.critical_raw_materials_saved_2y_g IS 'the same for 2 years longer';
GRANT SELECT ON @extschema@.life_extension_scenarios TO PUBLIC;
