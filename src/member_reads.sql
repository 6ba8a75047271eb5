-- what a member reads of the group's tables without touching another
-- organisation's rows (issue 18, item 2).
--
-- Row-level security filters the rows a member's query reads, but
-- PostgreSQL may evaluate the member's own leakproof conditions on a hidden
-- row before the policy (an index condition; or before a policy function
-- that reads another table), and the statistics counters
-- (pg_stat_xact_user_tables) and EXPLAIN ANALYZE then count the rows that
-- passed: by bisecting a condition a member reads a hidden value.  Here a
-- member holds no privilege on the table: it reads a SECURITY DEFINER
-- function (search_path pinned, so never inlined) that selects the
-- caller's own organisations' rows and nothing else, and the member's
-- conditions apply to what the function returns.  What the counters then
-- show depends on the caller's own organisations only.

-- organisation_benchmark holds every organisation's own figure, also where
-- fewer than k organisations contribute and the group's figure is withheld
CREATE FUNCTION @extschema@.own_benchmark_figures()
RETURNS TABLE (as_of date, organisation text, category text, metric text, value float8)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
-- by the index on the organisation, however small the table: a sequential
-- scan would read (and count) every organisation's rows
SET enable_seqscan = off
AS $function$
DECLARE
	scope record := @extschema@.caller_scope();
	latest date := (SELECT max(r.as_of) FROM @extschema@.benchmark_refresh r);
BEGIN
	IF scope.is_admin THEN
		RETURN QUERY
		SELECT b.as_of, o.name, b.category, b.metric, b.value
		FROM @extschema@.organisation_benchmark b
			JOIN @extschema@.organisation o ON o.id = b.organisation_id
		WHERE b.as_of = latest;
	ELSE
		RETURN QUERY
		SELECT b.as_of, o.name, b.category, b.metric, b.value
		FROM @extschema@.organisation_benchmark b
			JOIN @extschema@.organisation o ON o.id = b.organisation_id
		WHERE b.organisation_id = ANY (scope.readable) AND b.as_of = latest;
	END IF;
END
$function$;
COMMENT ON FUNCTION @extschema@.own_benchmark_figures() IS 'the latest benchmark snapshot''s figures of the organisations the caller reads (the admin: all), read without touching another organisation''s row; what my_benchmark reads';
REVOKE ALL ON FUNCTION @extschema@.own_benchmark_figures() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.own_benchmark_figures() TO circular_ict_reader, circular_ict_admin;

CREATE OR REPLACE VIEW @extschema@.my_benchmark WITH (security_invoker = true) AS
SELECT b.as_of, b.organisation, b.category, b.metric,
	CASE WHEN b.metric IN ('median_service_life_years', 'criteria_compliance_share', 'company_mci')
		 THEN 'higher' ELSE 'lower' END AS better,
	b.value AS own_value, g.organisations, g.mean AS group_mean, g.q1 AS group_q1,
	g.median AS group_median, g.q3 AS group_q3,
	CASE WHEN g.median IS NULL THEN NULL
		 WHEN b.value <= g.q1 THEN 1 WHEN b.value <= g.median THEN 2
		 WHEN b.value <= g.q3 THEN 3 ELSE 4 END AS quartile
FROM @extschema@.own_benchmark_figures() b
	LEFT JOIN @extschema@.group_benchmark g
		ON g.as_of = b.as_of AND g.category = b.category AND g.metric = b.metric;
COMMENT ON VIEW @extschema@.my_benchmark IS 'the latest benchmark snapshot: each of your organisations'' figures per category and metric beside the group''s mean and quartiles (NULL where fewer than k organisations contribute) and the quartile your figure falls in';
COMMENT ON COLUMN @extschema@.my_benchmark.as_of IS 'date of the snapshot';
COMMENT ON COLUMN @extschema@.my_benchmark.organisation IS 'your organisation';
COMMENT ON COLUMN @extschema@.my_benchmark.category IS 'device category; all for company_mci';
COMMENT ON COLUMN @extschema@.my_benchmark.metric IS 'median_service_life_years, premature_share, annual_co2e_kg_per_device, critical_raw_materials_g_per_device, criteria_compliance_share or company_mci';
COMMENT ON COLUMN @extschema@.my_benchmark.better IS 'which way is better for circularity: higher or lower';
COMMENT ON COLUMN @extschema@.my_benchmark.own_value IS 'your organisation''s figure';
COMMENT ON COLUMN @extschema@.my_benchmark.organisations IS 'organisations contributing to the group statistics (NULL: fewer than k, not published)';
COMMENT ON COLUMN @extschema@.my_benchmark.group_mean IS 'mean of the organisations'' figures';
COMMENT ON COLUMN @extschema@.my_benchmark.group_q1 IS 'first quartile of the organisations'' figures';
COMMENT ON COLUMN @extschema@.my_benchmark.group_median IS 'median of the organisations'' figures';
COMMENT ON COLUMN @extschema@.my_benchmark.group_q3 IS 'third quartile of the organisations'' figures';
COMMENT ON COLUMN @extschema@.my_benchmark.quartile IS 'where your figure falls: 1 at or below q1, 2 up to the median, 3 up to q3, 4 above q3 (NULL: not published)';
