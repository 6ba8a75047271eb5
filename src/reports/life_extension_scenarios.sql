-- life_extension_scenarios: see src/reports/common.sql for the rule every report keeps

CREATE OR REPLACE FUNCTION @extschema@.life_extension_scenarios(as_of date, organisation_id integer DEFAULT NULL)
RETURNS TABLE (
	organisation text, category text, units_in_service bigint, baseline_life_years float8,
	baseline_basis text, annual_co2e_kg float8, co2e_saved_1y_kg float8, co2e_saved_2y_kg float8,
	materials_saved_1y_g float8, materials_saved_2y_g float8,
	critical_raw_materials_saved_1y_g float8, critical_raw_materials_saved_2y_g float8,
	baseline_confidence text, co2e_unverified_share float8, co2e_derived_share float8,
	critical_raw_materials_unverified_share float8, critical_raw_materials_derived_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH baseline AS (
	-- how long the organisation keeps a unit now: the Kaplan-Meier median
	-- of its own history, else the category's reference lifespan
	SELECT c.name AS category, t.organisation,
		coalesce(t.km_median, c.reference_life_years) AS life,
		CASE WHEN t.km_median IS NOT NULL THEN 'observed median'
			 WHEN c.reference_life_years IS NOT NULL THEN 'reference lifespan' END AS basis,
		CASE WHEN t.km_median IS NULL THEN k.reference_life END AS confidence
	FROM @extschema@.fleet_lifetables(as_of, $2) t
		JOIN @extschema@.category_defaults() c ON c.name = t.category
		JOIN @extschema@.category_figure_confidence() k ON k.category = t.category
),
-- one parallel pass over the units in service: the sums that the baseline
-- life then scales, per group.  annualised_co2e(E, L, kWh, g) is
-- E / L + kWh g: summed over the units whose E, kWh and g are all known
-- (its NULL rule), it is (sum of q E) / L + sum of q kWh g.
units AS (
	SELECT o.name AS organisation, f.category, sum(f.quantity) AS units,
		sum(f.quantity::float8 * f.embodied_kg_co2e) FILTER (WHERE f.grid_kg_per_kwh IS NOT NULL
			AND (NOT f.in_use OR f.kwh_per_year IS NOT NULL)) AS annual_embodied,
		sum(f.quantity::float8 * CASE WHEN f.in_use THEN f.kwh_per_year ELSE 0 END * f.grid_kg_per_kwh)
			FILTER (WHERE f.embodied_kg_co2e IS NOT NULL) AS annual_use,
		sum(f.quantity::float8 * f.embodied_kg_co2e) AS embodied,
		-- the grams of the units with a composition of their model's; the
		-- units whose composition is the category's are counted, and its
		-- grams multiply them once per group (below), not once per unit
		sum(f.quantity::float8 * @extschema@.total_grams(f.composition)) FILTER (WHERE NOT f.composition_defaulted)
			AS model_grams,
		sum(f.quantity::float8 * @extschema@.critical_grams(f.composition)) FILTER (WHERE NOT f.composition_defaulted)
			AS model_critical_grams,
		-- what rests on the category's figures (issue 12, item 7): the
		-- embodied emissions by the confidence of the figure, and those units
		sum(f.quantity::float8 * f.embodied_kg_co2e) FILTER (WHERE f.embodied_confidence = 'unverified')
			AS embodied_unverified,
		sum(f.quantity::float8 * f.embodied_kg_co2e) FILTER (WHERE f.embodied_confidence = 'derived')
			AS embodied_derived,
		sum(f.quantity) FILTER (WHERE f.composition_defaulted) AS units_of_category_composition
	FROM @extschema@.asset_facts(as_of, $2) f
		JOIN @extschema@.organisation o ON o.id = f.organisation_id
	WHERE f.in_service
	-- the grouping rule of src/reports/common.sql's header
	GROUP BY f.organisation_id, o.id, o.name, f.category
)
SELECT u.organisation, u.category, u.units AS units_in_service, b.life AS baseline_life_years,
	b.basis AS baseline_basis,
	u.annual_embodied / b.life + u.annual_use AS annual_co2e_kg,
	-- a longer life spreads the same embodied emissions and raw materials
	-- over more years: E/L - E/(L + n) a year
	u.embodied * (1::float8 / b.life - 1::float8 / (b.life + 1::float8)) AS co2e_saved_1y_kg,
	u.embodied * (1::float8 / b.life - 1::float8 / (b.life + 2::float8)) AS co2e_saved_2y_kg,
	u.grams * (1::float8 / b.life - 1::float8 / (b.life + 1::float8)) AS materials_saved_1y_g,
	u.grams * (1::float8 / b.life - 1::float8 / (b.life + 2::float8)) AS materials_saved_2y_g,
	u.critical_grams * (1::float8 / b.life - 1::float8 / (b.life + 1::float8)) AS critical_raw_materials_saved_1y_g,
	u.critical_grams * (1::float8 / b.life - 1::float8 / (b.life + 2::float8)) AS critical_raw_materials_saved_2y_g,
	b.confidence AS baseline_confidence,
	coalesce(u.embodied_unverified, 0) / nullif(u.embodied, 0::float8) AS co2e_unverified_share,
	coalesce(u.embodied_derived, 0) / nullif(u.embodied, 0::float8) AS co2e_derived_share,
	coalesce(@extschema@.critical_grams(u.unverified) * u.units_of_category_composition::float8, 0)
		/ nullif(u.critical_grams, 0::float8) AS critical_raw_materials_unverified_share,
	coalesce(@extschema@.critical_grams(u.derived) * u.units_of_category_composition::float8, 0)
		/ nullif(u.critical_grams, 0::float8) AS critical_raw_materials_derived_share
FROM (SELECT u.*,
		  -- NULL where no unit has a known composition, as a sum over units
		  CASE WHEN u.model_grams IS NOT NULL OR u.units_of_category_composition IS NOT NULL
			   THEN coalesce(u.model_grams, 0::float8)
					+ coalesce(@extschema@.total_grams(cc.composition) * u.units_of_category_composition::float8, 0::float8)
		  END AS grams,
		  CASE WHEN u.model_critical_grams IS NOT NULL OR u.units_of_category_composition IS NOT NULL
			   THEN coalesce(u.model_critical_grams, 0::float8)
					+ coalesce(@extschema@.critical_grams(cc.composition) * u.units_of_category_composition::float8, 0::float8)
		  END AS critical_grams,
		  cc.unverified, cc.derived
	  FROM units u
		  LEFT JOIN @extschema@.category_composition() cc ON cc.category = u.category) u
	LEFT JOIN baseline b ON b.organisation = u.organisation AND b.category = u.category
$function$;
COMMENT ON FUNCTION @extschema@.life_extension_scenarios(date, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads) and category, for the units in service as of a date: the annual CO2e at today''s service life, and the CO2e, raw materials and critical raw materials saved per year if every unit were kept 1 or 2 years longer, with the confidence of the reference lifespan where the baseline is one and the shares of the savings resting on category figures of confidence unverified or derived';

-- the view BI tools read: the report as of today (its columns are the
-- function's; PostgreSQL expands the * when it creates the view)
CREATE OR REPLACE VIEW @extschema@.life_extension_scenarios WITH (security_invoker = true) AS
SELECT * FROM @extschema@.life_extension_scenarios(current_date);
COMMENT ON VIEW @extschema@.life_extension_scenarios IS 'per organisation and device category: CO2e and raw materials saved per year if every unit in service were kept 1 or 2 years longer (as of today)';
GRANT SELECT ON @extschema@.life_extension_scenarios TO PUBLIC;

-- the columns' comments, one per column of the view (checked: see
-- comment_report_columns in src/reports/common.sql)
SELECT @extschema@.comment_report_columns('@extschema@.life_extension_scenarios', ARRAY[
	['organisation', 'organisation name'],
	['category', 'device category'],
	['units_in_service', 'units in use or in stock'],
	['baseline_life_years', 'how long units are kept now, years'],
	['baseline_basis', 'where the baseline comes from: observed median (Kaplan-Meier) or reference lifespan'],
	['annual_co2e_kg', 'annual emissions at the baseline life, kg CO2e per year'],
	['co2e_saved_1y_kg', 'embodied emissions saved per year by keeping every unit 1 year longer, kg CO2e'],
	['co2e_saved_2y_kg', 'the same for 2 years longer'],
	['materials_saved_1y_g', 'grams of raw materials (known element content) saved per year, 1 year longer'],
	['materials_saved_2y_g', 'the same for 2 years longer'],
	['critical_raw_materials_saved_1y_g', 'grams of EU 2023 critical raw materials saved per year, 1 year longer (the units'' grams are fleet_overview''s critical_raw_materials_in_use_g)'],
	['critical_raw_materials_saved_2y_g', 'the same for 2 years longer'],
	['baseline_confidence', 'confidence of the category''s reference lifespan where baseline_basis is reference lifespan (category_figure_confidence): every figure of the row rests on it; NULL for an observed median (the organisation''s own data)'],
	['co2e_unverified_share', 'share of the embodied emissions the CO2e savings scale (0 to 1) resting on category figures of confidence unverified (the units without an embodied figure of their own or of their model)'],
	['co2e_derived_share', 'the same for category figures of confidence derived'],
	['critical_raw_materials_unverified_share', 'share of the critical raw materials saved (0 to 1) resting on the category''s default composition figures of confidence unverified (as in fleet_overview); NULL when no critical gram is known'],
	['critical_raw_materials_derived_share', 'the same for composition figures of confidence derived']
]);
