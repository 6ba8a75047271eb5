-- for the regression tests that compare rows computed two ways
-- (sql/reports, sql/distribute_reports; included with \i from the
-- directory pg_regress runs in)

-- a row as text, its keys in order and its floats to 12 significant
-- digits, since two plans may add the same floats in another order
CREATE FUNCTION pg_temp.row_text(r jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
SELECT string_agg(e.key || '=' || CASE WHEN jsonb_typeof(e.value) = 'number' AND e.value::text::numeric <> 0
	THEN round(e.value::text::numeric, 11 - floor(log(abs(e.value::text::numeric)))::integer)::float8::text
	ELSE e.value::text END, ',' ORDER BY e.key)
FROM jsonb_each(r) e
$$;

-- how many rows of one query have no equal in the other, either way (a
-- multiset difference): rows whose text differs are compared again by
-- row_text, so that only they pay for the rounding
CREATE FUNCTION pg_temp.rows_differing(query_a text, query_b text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	differing bigint;
BEGIN
	EXECUTE format('WITH a AS MATERIALIZED (SELECT x::text AS t, to_jsonb(x) AS j FROM (%s) x),
		b AS MATERIALIZED (SELECT x::text AS t, to_jsonb(x) AS j FROM (%s) x),
		a_only AS (SELECT a.j FROM a WHERE a.t IN (SELECT t FROM a EXCEPT ALL SELECT t FROM b)),
		b_only AS (SELECT b.j FROM b WHERE b.t IN (SELECT t FROM b EXCEPT ALL SELECT t FROM a))
		SELECT count(*) FROM (
			(SELECT pg_temp.row_text(j) FROM a_only EXCEPT ALL SELECT pg_temp.row_text(j) FROM b_only)
			UNION ALL
			(SELECT pg_temp.row_text(j) FROM b_only EXCEPT ALL SELECT pg_temp.row_text(j) FROM a_only)) d',
		query_a, query_b) INTO differing;
	RETURN differing;
END
$$;
