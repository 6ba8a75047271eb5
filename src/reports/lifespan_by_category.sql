-- lifespan_by_category: see src/reports/common.sql for the rule every report keeps

CREATE OR REPLACE FUNCTION @extschema@.lifespan_by_category(as_of date, organisation_id integer DEFAULT NULL)
RETURNS TABLE (
	organisation text, category text, observed_units bigint, retired_units bigint,
	km_median_years float8, fitted_shape float8, fitted_scale float8, fitted_mean_years float8,
	reference_shape float8, reference_scale float8, reference_mean_years float8,
	units_in_service bigint, mean_remaining_life_years float8, remaining_life_basis text,
	reference_confidence text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT t.organisation, t.category,
	@extschema@.lives(t.lifetable) AS observed_units,
	@extschema@.retirements(t.lifetable) AS retired_units,
	t.km_median AS km_median_years,
	@extschema@.shape(t.fitted) AS fitted_shape,
	@extschema@.scale(t.fitted) AS fitted_scale,
	@extschema@.mean_life(t.fitted) AS fitted_mean_years,
	@extschema@.shape(c.reference_weibull) AS reference_shape,
	@extschema@.scale(c.reference_weibull) AS reference_scale,
	@extschema@.mean_life(c.reference_weibull) AS reference_mean_years,
	coalesce(t.units_in_service, 0) AS units_in_service,
	-- the mean remaining life of the units in service, from the fitted
	-- Weibull, else the reference one
	@extschema@.mean_remaining_life(coalesce(t.fitted, c.reference_weibull), t.in_service_ages)
		AS mean_remaining_life_years,
	CASE WHEN t.units_in_service IS NULL THEN NULL
		 WHEN t.fitted IS NOT NULL THEN 'fitted'
		 WHEN c.reference_weibull IS NOT NULL THEN 'reference' END AS remaining_life_basis,
	-- what the reference figures rest on (issue 12, item 7)
	k.reference_weibull AS reference_confidence
FROM @extschema@.fleet_lifetables(as_of, $2) t
	LEFT JOIN @extschema@.category_defaults() c ON c.name = t.category
	LEFT JOIN @extschema@.category_figure_confidence() k ON k.category = t.category
$function$;
COMMENT ON FUNCTION @extschema@.lifespan_by_category(date, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads) and category as of a date: lives observed, Kaplan-Meier median, the Weibull fitted to the organisation''s own history, the category''s reference Weibull with its confidence, and the mean remaining life of the units in service (from the fitted Weibull, else the reference one)';

-- the view BI tools read: the report as of today (its columns are the
-- function's; PostgreSQL expands the * when it creates the view)
CREATE OR REPLACE VIEW @extschema@.lifespan_by_category WITH (security_invoker = true) AS
SELECT * FROM @extschema@.lifespan_by_category(current_date);
COMMENT ON VIEW @extschema@.lifespan_by_category IS 'per organisation and device category: lives observed, Kaplan-Meier median, the Weibull fitted to the organisation''s own history beside the reference Weibull, and the mean remaining life of the units in service (as of today)';
GRANT SELECT ON @extschema@.lifespan_by_category TO PUBLIC;

-- the columns' comments, one per column of the view (checked: see
-- comment_report_columns in src/reports/common.sql)
SELECT @extschema@.comment_report_columns('@extschema@.lifespan_by_category', ARRAY[
	['organisation', 'organisation name'],
	['category', 'device category'],
	['observed_units', 'units observed: retired, or in service and so censored'],
	['retired_units', 'units retired'],
	['km_median_years', 'Kaplan-Meier median service life, years (NULL while survival stays above 0.5)'],
	['fitted_shape', 'shape k of the Weibull fitted to the organisation''s history (NULL when it cannot be fitted)'],
	['fitted_scale', 'scale of the fitted Weibull, years'],
	['fitted_mean_years', 'mean life of the fitted Weibull, years'],
	['reference_shape', 'shape of the category''s reference (UNU) Weibull'],
	['reference_scale', 'scale of the reference Weibull, years'],
	['reference_mean_years', 'mean life of the reference Weibull, years (lifetime to discard, including storage and reuse)'],
	['units_in_service', 'units in use or in stock'],
	['mean_remaining_life_years', 'mean remaining life of the units in service, years'],
	['remaining_life_basis', 'which Weibull the remaining life comes from: fitted or reference'],
	['reference_confidence', 'confidence of the category''s reference Weibull (the weaker of its shape''s and scale''s: verified, secondary, derived or unverified; category_figure_confidence): the reference_* columns rest on it, and mean_remaining_life_years where remaining_life_basis is reference; NULL without a reference Weibull']
]);
