-- fleet_overview: see src/reports/common.sql for the rule every report keeps

CREATE OR REPLACE FUNCTION @extschema@.fleet_overview(as_of date, organisation_id integer DEFAULT NULL)
RETURNS TABLE (
	organisation text, category text, units_in_use bigint, units_in_stock bigint,
	units_retired bigint, mean_age_in_use_years float8, median_service_life_years float8,
	premature_share float8, annual_co2e_kg float8, units_without_co2e_figure bigint,
	units_on_world_average_grid bigint, critical_raw_materials_in_use_g float8, grid_factor_years text,
	composition_unknown_elements integer, critical_raw_materials_unverified_share float8,
	critical_raw_materials_derived_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH
-- one pass: the counts, ages, emissions, the median service life of the
-- retired units (each unit counted: a line of quantity q counts q times,
-- interpolated as percentile_cont) and the critical raw materials of the
-- units in service
counts AS (
	SELECT f.organisation, f.category,
		coalesce(sum(f.quantity) FILTER (WHERE f.in_use), 0) AS units_in_use,
		coalesce(sum(f.quantity) FILTER (WHERE f.in_stock), 0) AS units_in_stock,
		coalesce(sum(f.quantity) FILTER (WHERE NOT f.in_service), 0) AS units_retired,
		sum(f.age_years * f.quantity::float8) FILTER (WHERE f.in_use)
			/ nullif(sum(f.quantity) FILTER (WHERE f.in_use), 0)::float8 AS mean_age_in_use_years,
		@extschema@.weighted_median(f.age_years, f.quantity) FILTER (WHERE NOT f.in_service)
			AS median_service_life_years,
		coalesce(sum(f.quantity) FILTER (WHERE NOT f.in_service AND f.age_years < f.reference_life_years), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE NOT f.in_service AND f.reference_life_years IS NOT NULL), 0)::float8
			AS premature_share,
		-- the NumEcoEval/G4IT annualisation: embodied spread over the years so
		-- far (at least one), plus a year of electricity for units in use
		sum(f.quantity::float8 * @extschema@.annualised_co2e(f.embodied_kg_co2e, greatest(f.age_years, 1),
				CASE WHEN f.in_use THEN f.kwh_per_year ELSE 0 END, f.grid_kg_per_kwh))
			FILTER (WHERE f.in_service) AS annual_co2e_kg,
		coalesce(sum(f.quantity) FILTER (WHERE f.in_service
			AND (f.embodied_kg_co2e IS NULL OR (f.in_use AND f.kwh_per_year IS NULL))), 0)
			AS units_without_co2e_figure,
		coalesce(sum(f.quantity) FILTER (WHERE f.in_use AND f.world_average_grid), 0)
			AS units_on_world_average_grid,
		min(f.grid_year) FILTER (WHERE f.in_use) AS first_grid_year,
		max(f.grid_year) FILTER (WHERE f.in_use) AS last_grid_year,
		-- the composition of asset_facts is the model's, else the category's
		-- (the same for the whole group): the units in service of the second
		-- kind are counted, and the category's grams multiply them once
		sum(f.quantity::float8 * @extschema@.critical_grams(pm.composition))
			FILTER (WHERE f.in_service) AS model_critical_g,
		sum(f.quantity) FILTER (WHERE f.in_service AND pm.composition IS NULL)
			AS units_of_category_composition
	FROM @extschema@.asset_facts(as_of, $2) f
		-- a subquery after asset_facts: a role without access is refused on
		-- the table asset first, as by the other reports
		LEFT JOIN (SELECT m.id, m.composition FROM @extschema@.product_model m) pm
			ON pm.id = f.model_id
	GROUP BY f.organisation, f.category
)
SELECT c.organisation, c.category, c.units_in_use, c.units_in_stock, c.units_retired,
	c.mean_age_in_use_years, c.median_service_life_years, c.premature_share, c.annual_co2e_kg,
	c.units_without_co2e_figure, c.units_on_world_average_grid,
	g.critical_g AS critical_raw_materials_in_use_g,
	CASE WHEN c.first_grid_year = c.last_grid_year THEN c.first_grid_year::text
		 ELSE c.first_grid_year::text || '-' || c.last_grid_year::text END AS grid_factor_years,
	-- unknown is not zero: what the category's default composition lacks,
	-- where units in service rest on it
	CASE WHEN c.units_of_category_composition > 0
		 THEN coalesce(cc.unknown_elements, k.declared) END AS composition_unknown_elements,
	-- how much of it rests on the category's figures of confidence
	-- unverified, or derived (a model's own composition is neither)
	coalesce(@extschema@.critical_grams(cc.unverified) * c.units_of_category_composition::float8, 0)
		/ nullif(g.critical_g, 0::float8) AS critical_raw_materials_unverified_share,
	coalesce(@extschema@.critical_grams(cc.derived) * c.units_of_category_composition::float8, 0)
		/ nullif(g.critical_g, 0::float8) AS critical_raw_materials_derived_share
FROM counts c
	LEFT JOIN @extschema@.category_composition() cc ON cc.category = c.category
	-- a category without any figure lacks every declared element
	CROSS JOIN (SELECT pg_catalog.count(DISTINCT x.element)::integer AS declared
				FROM @extschema@.category_composition_coverage x) k
	-- the critical grams in service: the models' own, plus the category's
	-- grams once per unit resting on them; 0 with nothing in service, NULL
	-- where no unit in service has a known composition
	CROSS JOIN LATERAL (SELECT
		CASE WHEN c.units_in_use + c.units_in_stock = 0 THEN 0
			 WHEN c.model_critical_g IS NULL
				  AND (c.units_of_category_composition IS NULL OR cc.composition IS NULL) THEN NULL
			 ELSE coalesce(c.model_critical_g, 0)
				  + coalesce(@extschema@.critical_grams(cc.composition) * c.units_of_category_composition::float8, 0) END
			AS critical_g) g
$function$;
COMMENT ON FUNCTION @extschema@.fleet_overview(date, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads) and category as of a date: units in use, in stock and retired, mean age in use, median service life of retired units, share retired before the reference life, annual CO2e, grams of critical raw materials in service with the shares of them resting on unverified and on derived composition figures, and how many declared elements the category''s default composition lacks';

-- the view BI tools read: the report as of today (its columns are the
-- function's; PostgreSQL expands the * when it creates the view)
CREATE OR REPLACE VIEW @extschema@.fleet_overview WITH (security_invoker = true) AS
SELECT * FROM @extschema@.fleet_overview(current_date);
COMMENT ON VIEW @extschema@.fleet_overview IS 'per organisation and device category: units in use, in stock and retired, ages, service lives, premature replacement, annual CO2e and critical raw materials in service (as of today; fleet_overview(as_of) for another date)';
GRANT SELECT ON @extschema@.fleet_overview TO PUBLIC;

-- the columns' comments, one per column of the view (checked: see
-- comment_report_columns in src/reports/common.sql)
SELECT @extschema@.comment_report_columns('@extschema@.fleet_overview', ARRAY[
	['organisation', 'organisation name'],
	['category', 'device category'],
	['units_in_use', 'units in use (a line of quantity q counts q)'],
	['units_in_stock', 'units owned and not in use'],
	['units_retired', 'units retired'],
	['mean_age_in_use_years', 'mean age of the units in use, years'],
	['median_service_life_years', 'median service life of the retired units, years'],
	['premature_share', 'share of retired units retired before the category''s reference lifespan (0 to 1)'],
	['annual_co2e_kg', 'annual emissions of the units in service, kg CO2e per year: embodied spread over the years so far (at least one), plus electricity of the units in use'],
	['units_without_co2e_figure', 'units in service left out of annual_co2e_kg for lack of an embodied or electricity figure'],
	['units_on_world_average_grid', 'units in use whose country has no grid intensity: the world average was used'],
	['critical_raw_materials_in_use_g', 'grams of EU 2023 critical raw materials in the units in service'],
	['composition_unknown_elements', 'declared elements (EU 2023 critical and strategic raw materials, Cu, Al, Fe, Au, Ag, Pd: category_composition_coverage) the category''s default composition has no figure for, so critical_raw_materials_in_use_g counts none of their grams in the units that rest on it (units without a model composition); NULL when no unit in service rests on it'],
	['critical_raw_materials_unverified_share', 'share of critical_raw_materials_in_use_g (0 to 1) resting on the category''s default composition figures of confidence unverified (category_element); NULL when it is 0 or unknown'],
	['critical_raw_materials_derived_share', 'share of critical_raw_materials_in_use_g (0 to 1) resting on the category''s composition figures of confidence derived (estimated from a known share or another device); NULL when it is 0 or unknown'],
	['grid_factor_years', 'the year (or first-last years) of the grid intensities the electricity of the units in use was counted with: the latest known up to the year reported on (grid_intensity_for); NULL without units in use']
]);
