-- criteria_compliance: see src/reports/common.sql for the rule every report keeps

CREATE OR REPLACE FUNCTION @extschema@.criteria_compliance(as_of date, organisation_id integer DEFAULT NULL)
RETURNS TABLE (
	organisation text, scheme text, level text, category text,
	models_meeting bigint, models_failing bigint, models_unknown bigint,
	units_meeting bigint, units_failing bigint, units_unknown bigint, criteria integer,
	criteria_unverified integer)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH models AS (
	SELECT l.organisation, l.category, l.model_id, sum(l.quantity) AS units
	FROM @extschema@.asset_lives(as_of, $2) l
	WHERE l.in_service
	GROUP BY l.organisation, l.category, l.model_id
),
-- each scheme, level and category with the criteria a verdict tests (a
-- user's row wins over the shipped one of its code, as in criteria_check)
-- and how many of them are of confidence unverified
levels AS (
	SELECT k.scheme, k.level, k.category, pg_catalog.count(*)::integer AS criteria,
		pg_catalog.count(*) FILTER (WHERE k.confidence = 'unverified')::integer AS criteria_unverified
	FROM (SELECT DISTINCT ON (cr.scheme, cr.category, cr.code) cr.scheme, cr.level, cr.category, cr.confidence
		  FROM @extschema@.criterion cr
		  ORDER BY cr.scheme, cr.category, cr.code, cr.shipped) k
	GROUP BY k.scheme, k.level, k.category
),
-- each model of the catalogue judged once per scheme and level of its
-- category, however many organisations use it (meets_criteria is a query of
-- its own; criteria_verdict: a model whose attributes have other types than
-- the criteria read is unknown, with a warning, not an error), and not from the assets, so that a WHERE on the organisation
-- still reaches the asset scan; an asset filed under another category than
-- its model's is judged on its own; both in query levels of their own that
-- run after the asset scan: a role without access is refused on the table
-- asset first, as by the other reports
verdicts AS MATERIALIZED (
	SELECT pm.id AS model_id, c.category, c.scheme, c.level,
		@extschema@.criteria_verdict(pm.id, pm.attributes, c.category, c.scheme, c.level) AS meets
	FROM @extschema@.product_model pm
		JOIN levels c ON c.category = pm.category
),
judged AS (
	SELECT m.organisation, c.scheme, c.level, m.category, c.criteria, c.criteria_unverified, m.model_id, m.units,
		CASE WHEN m.model_id IS NULL THEN NULL
			 WHEN v.model_id IS NOT NULL THEN v.meets
			 ELSE (SELECT @extschema@.criteria_verdict(pm.id, pm.attributes, m.category, c.scheme, c.level)
				   FROM @extschema@.product_model pm WHERE pm.id = m.model_id) END AS meets
	FROM models m
		JOIN levels c ON c.category = m.category
		LEFT JOIN verdicts v ON v.model_id = m.model_id AND v.category = m.category
							AND v.scheme = c.scheme AND v.level = c.level
)
SELECT j.organisation, j.scheme, j.level, j.category,
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND j.meets) AS models_meeting,
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND NOT j.meets) AS models_failing,
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND j.meets IS NULL) AS models_unknown,
	coalesce(sum(j.units) FILTER (WHERE j.meets), 0) AS units_meeting,
	coalesce(sum(j.units) FILTER (WHERE NOT j.meets), 0) AS units_failing,
	coalesce(sum(j.units) FILTER (WHERE j.meets IS NULL), 0) AS units_unknown,
	j.criteria, j.criteria_unverified
FROM judged j
GROUP BY j.organisation, j.scheme, j.level, j.category, j.criteria, j.criteria_unverified
$function$;
COMMENT ON FUNCTION @extschema@.criteria_compliance(date, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads), criteria scheme, level and category, over the units in service as of a date: models and units meeting every criterion, failing one, or unknown (a criterion''s attribute not declared, or no model known), and how many criteria the verdicts test and how many of them are unverified';

-- the view BI tools read: the report as of today (its columns are the
-- function's; PostgreSQL expands the * when it creates the view)
CREATE OR REPLACE VIEW @extschema@.criteria_compliance WITH (security_invoker = true) AS
SELECT * FROM @extschema@.criteria_compliance(current_date);
COMMENT ON VIEW @extschema@.criteria_compliance IS 'per organisation, purchasing-criteria scheme, level and device category: models and units in service meeting, failing, or unknown (as of today)';
GRANT SELECT ON @extschema@.criteria_compliance TO PUBLIC;

-- the columns' comments, one per column of the view (checked: see
-- comment_report_columns in src/reports/common.sql)
SELECT @extschema@.comment_report_columns('@extschema@.criteria_compliance', ARRAY[
	['organisation', 'organisation name'],
	['scheme', 'criteria scheme (criterion.scheme)'],
	['level', 'criteria level (e.g. core, comprehensive, legal minimum)'],
	['category', 'device category'],
	['models_meeting', 'models meeting every criterion'],
	['models_failing', 'models failing at least one criterion'],
	['models_unknown', 'models that do not declare every attribute the criteria test'],
	['units_meeting', 'units in service of models meeting every criterion'],
	['units_failing', 'units in service of models failing a criterion'],
	['units_unknown', 'units in service of models with undeclared attributes, or without a model'],
	['criteria', 'criteria of the scheme, level and category the verdicts test (a user''s criterion row wins over the shipped one of its code)'],
	['criteria_unverified', 'of them, criteria of confidence unverified (their text or threshold not checked against the scheme''s document): the verdicts rest on them too']
]);
