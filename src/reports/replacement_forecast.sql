-- replacement_forecast: see src/reports/common.sql for the rule every report keeps

CREATE OR REPLACE FUNCTION @extschema@.replacement_forecast(as_of date, organisation_id integer DEFAULT NULL)
RETURNS TABLE (
	organisation text, category text, year integer, period_start date, period_end date,
	expected_retirements float8, replacement_embodied_co2e_kg float8,
	replacement_critical_raw_materials_g float8, replacement_materials_g float8,
	lifetime_basis text, critical_raw_materials_unverified_share float8,
	critical_raw_materials_derived_share float8)
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
-- category is the same for every unit of the group a year replaces: such
-- units are counted apart, and the category's figure for a unit bought in
-- that year (its band's, else the category's all-years figure) multiplies
-- their sum once per year.
groups AS (
	SELECT s.organisation, s.category,
		@extschema@.weibull_fit(@extschema@.lifetable(s.service_life_years, NOT s.in_service, 0, s.quantity),
								false) AS fitted,
		-- the weights, in the order the forecast below names them
		@extschema@.age_profile(s.age_years,
			ARRAY[s.units, s.own_co2e_kg, s.units_of_category_co2e, s.own_critical_g, s.own_grams,
				  s.units_of_category_composition]) FILTER (WHERE s.in_service) AS in_service
	-- the weights named in a subquery (a LATERAL one would keep Citus
	-- from pushing the scan down to the workers)
	FROM (SELECT l.organisation, l.category, l.service_life_years, l.in_service, l.age_years,
			l.quantity,
			l.quantity::float8 AS units,
			l.quantity::float8 * l.embodied_kg_co2e AS own_co2e_kg,
			CASE WHEN l.embodied_kg_co2e IS NULL THEN l.quantity END::float8 AS units_of_category_co2e,
			l.quantity::float8 * @extschema@.critical_grams(l.model_composition) AS own_critical_g,
			l.quantity::float8 * @extschema@.total_grams(l.model_composition) AS own_grams,
			CASE WHEN l.model_composition IS NULL THEN l.quantity END::float8 AS units_of_category_composition
		  FROM @extschema@.asset_lives(as_of, $2) l) s
	GROUP BY s.organisation, s.category
),
-- the expected retirements of each weight in each period, from the fitted
-- Weibull, else the category's reference one: once per group (a subquery
-- the planner keeps, not an expression it would copy into each year)
forecast AS (
	SELECT g.organisation, g.category, g.fitted IS NOT NULL AS fitted, x.r,
		@extschema@.critical_grams(cc.composition) AS category_critical,
		@extschema@.total_grams(cc.composition) AS category_grams,
		-- the parts of the category's critical grams resting on figures of
		-- confidence unverified, and derived
		@extschema@.critical_grams(cc.unverified) AS category_unverified_critical,
		@extschema@.critical_grams(cc.derived) AS category_derived_critical
	FROM groups g
		LEFT JOIN @extschema@.category_defaults() c ON c.name = g.category
		LEFT JOIN @extschema@.category_composition() cc ON cc.category = g.category
		CROSS JOIN periods p
		CROSS JOIN LATERAL (SELECT @extschema@.expected_retirements(coalesce(g.fitted, c.reference_weibull),
																	g.in_service, p.horizons) AS r
							OFFSET 0) x
	WHERE g.in_service IS NOT NULL
),
-- each year of each group, its weights named (row j of r is weight j of
-- the age profile above, column k the period k), and the embodied
-- emissions of a unit of the category bought that year: its band's, else
-- the category's all-years figure (category_vintage_defaults)
years AS (
	SELECT f.organisation, f.category, f.fitted, f.r IS NULL AS no_forecast, y.k,
		v.embodied_kg_co2e AS category_co2e, f.category_critical, f.category_grams,
		f.category_unverified_critical, f.category_derived_critical,
		f.r[1][y.k] AS units, f.r[2][y.k] AS own_co2e_kg, f.r[3][y.k] AS units_of_category_co2e,
		f.r[4][y.k] AS own_critical_g, f.r[5][y.k] AS own_grams, f.r[6][y.k] AS units_of_category_composition
	FROM forecast f
		CROSS JOIN pg_catalog.generate_series(1, 6) y (k)
		LEFT JOIN @extschema@.category_vintage_defaults() v
			ON v.name = f.category
			AND v.purchase_year = least(greatest(extract(year FROM as_of)::integer + y.k - 1, 1989), 2101)
)
SELECT y.organisation, y.category,
	extract(year FROM as_of)::integer + y.k - 1 AS year,
	CASE WHEN y.k = 1 THEN as_of ELSE make_date(extract(year FROM as_of)::integer + y.k - 1, 1, 1) END
		AS period_start,
	make_date(extract(year FROM as_of)::integer + y.k - 1, 12, 31) AS period_end,
	y.units AS expected_retirements,
	-- the units' own figures plus the category's times its units; NULL when
	-- no unit has a figure (as the expected_retirements aggregate gives)
	CASE WHEN y.own_co2e_kg IS NULL AND (y.units_of_category_co2e IS NULL OR y.category_co2e IS NULL) THEN NULL
		 ELSE coalesce(y.own_co2e_kg, 0) + coalesce(y.category_co2e * y.units_of_category_co2e, 0) END
		AS replacement_embodied_co2e_kg,
	y.critical_g AS replacement_critical_raw_materials_g,
	CASE WHEN y.own_grams IS NULL AND (y.units_of_category_composition IS NULL OR y.category_grams IS NULL) THEN NULL
		 ELSE coalesce(y.own_grams, 0) + coalesce(y.category_grams * y.units_of_category_composition, 0) END
		AS replacement_materials_g,
	CASE WHEN y.no_forecast THEN NULL WHEN y.fitted THEN 'fitted' ELSE 'reference' END AS lifetime_basis,
	coalesce(y.category_unverified_critical * y.units_of_category_composition, 0) / nullif(y.critical_g, 0::float8)
		AS critical_raw_materials_unverified_share,
	coalesce(y.category_derived_critical * y.units_of_category_composition, 0) / nullif(y.critical_g, 0::float8)
		AS critical_raw_materials_derived_share
FROM (SELECT y.*,
		  CASE WHEN y.own_critical_g IS NULL
					AND (y.units_of_category_composition IS NULL OR y.category_critical IS NULL) THEN NULL
			   ELSE coalesce(y.own_critical_g, 0) + coalesce(y.category_critical * y.units_of_category_composition, 0) END
			  AS critical_g
	  FROM years y) y
$function$;
COMMENT ON FUNCTION @extschema@.replacement_forecast(date, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads), category and calendar year (the rest of the current year, then the next five): expected retirements of the units in service, and the embodied CO2e (a figure that falls back to the category: the category''s for a unit bought in that year, its band''s where it has one) and raw materials of like-for-like replacements (with the shares of the critical grams resting on unverified and on derived composition figures); lifetimes from the Weibull fitted to the organisation''s history, else the category''s reference Weibull';

-- the view BI tools read: the report as of today (its columns are the
-- function's; PostgreSQL expands the * when it creates the view)
CREATE OR REPLACE VIEW @extschema@.replacement_forecast WITH (security_invoker = true) AS
SELECT * FROM @extschema@.replacement_forecast(current_date);
COMMENT ON VIEW @extschema@.replacement_forecast IS 'per organisation, device category and calendar year (the rest of this year and the next five): expected retirements and the embodied CO2e and raw materials of like-for-like replacements (as of today)';
GRANT SELECT ON @extschema@.replacement_forecast TO PUBLIC;

-- the columns' comments, one per column of the view (checked: see
-- comment_report_columns in src/reports/common.sql)
SELECT @extschema@.comment_report_columns('@extschema@.replacement_forecast', ARRAY[
	['organisation', 'organisation name'],
	['category', 'device category'],
	['year', 'calendar year'],
	['period_start', 'first day of the period (today for the current year)'],
	['period_end', 'last day of the period'],
	['expected_retirements', 'expected number of units retiring in the period'],
	['replacement_embodied_co2e_kg', 'embodied emissions of replacing them like for like, kg CO2e'],
	['replacement_critical_raw_materials_g', 'grams of EU 2023 critical raw materials in the replacements'],
	['replacement_materials_g', 'grams of the known element content of the replacements'],
	['lifetime_basis', 'which Weibull the forecast uses: fitted (the organisation''s history) or reference'],
	['critical_raw_materials_unverified_share', 'share of replacement_critical_raw_materials_g (0 to 1) resting on the category''s default composition figures of confidence unverified (category_element); NULL when it is 0 or unknown'],
	['critical_raw_materials_derived_share', 'share of replacement_critical_raw_materials_g (0 to 1) resting on the category''s composition figures of confidence derived; NULL when it is 0 or unknown']
]);
