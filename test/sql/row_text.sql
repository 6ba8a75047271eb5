-- for the regression tests that compare rows computed two ways
-- (sql/reports, sql/distribute_reports; included with \i from the
-- directory pg_regress runs in): a row as text, its keys in order and its
-- floats to 12 significant digits, since two plans may add the same floats
-- in another order
CREATE FUNCTION pg_temp.row_text(r jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
SELECT string_agg(e.key || '=' || CASE WHEN jsonb_typeof(e.value) = 'number' AND e.value::text::numeric <> 0
	THEN round(e.value::text::numeric, 11 - floor(log(abs(e.value::text::numeric)))::integer)::float8::text
	ELSE e.value::text END, ',' ORDER BY e.key)
FROM jsonb_each(r) e
$$;
