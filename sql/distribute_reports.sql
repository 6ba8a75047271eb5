-- distribute()'s rewrite of the reports for Citus (issue 13,
-- src/distribute_reports.sql), checked on one server: each set-returning
-- SQL function that reads a table, rewritten as PL/pgSQL running its
-- inlined query, returns the rows of the SQL function, for several
-- arguments, on a fleet of 3,000 assets.  (On a cluster, make test-citus
-- compares them with a single node's.)
SET search_path = circular_ict, public;
-- one plan shape: parallel workers would add the sums in another order
SET max_parallel_workers_per_gather = 0;
\set SHOW_CONTEXT never
BEGIN;

-- a fleet: 4 organisations, 40 shared models (half with a composition,
-- some with their own figures and criteria attributes), 3,000 asset lines
-- over 2015-2025 in the nine categories, a third retired by every route,
-- some in stock, some refurbished, lines of several units, countries with
-- and without a grid factor and unknown
INSERT INTO organisation (name) SELECT 'Rewrite ' || k FROM generate_series(1, 4) k;
INSERT INTO product_model (organisation_id, manufacturer, model, category, mass_kg, composition,
						   embodied_kg_co2e, kwh_per_year, attributes)
SELECT NULL, 'Rewrite', 'Model ' || m, c.name,
	CASE WHEN m % 3 = 0 THEN 1.0 + m / 10.0 END,
	CASE WHEN m % 2 = 0 THEN cc.composition OPERATOR(circular_ict.*) (0.8 + m / 100.0)::float8 END,
	CASE WHEN m % 4 = 0 THEN 100.0 + m END,
	CASE WHEN m % 5 = 0 THEN 10.0 + m END,
	jsonb_build_object('warranty_years', 1 + m % 5, 'spare_parts_years', 3 + m % 6,
					   'battery_replaceable', m % 2 = 0)
FROM generate_series(1, 40) m
	JOIN (SELECT name, row_number() OVER (ORDER BY name) - 1 AS k FROM device_category_effective) c
		ON c.k = m % 9
	LEFT JOIN category_composition() cc ON cc.category = c.name;
INSERT INTO asset (organisation_id, serial, category, model_id, quantity, purchased, retired, status,
				   eol_route, acquired, country)
SELECT o.id, 'RW-' || i, c.name,
	CASE WHEN i % 3 = 0 THEN (SELECT m.id FROM product_model m WHERE m.model = 'Model ' || (1 + i % 40)
							  AND m.category = c.name) END,
	CASE WHEN i % 37 = 0 THEN 2 + i % 9 ELSE 1 END,
	d.purchased,
	CASE WHEN i % 3 = 1 THEN least(d.purchased + 400 + (i * 7) % 2500, date '2025-06-30') END,
	CASE WHEN i % 3 = 1 THEN 'retired' WHEN i % 31 = 0 THEN 'in_stock' ELSE 'in_use' END,
	CASE WHEN i % 3 = 1 THEN (ARRAY['formal_recycling', 'reuse', 'refurbishment', 'informal_unknown',
									'landfill'])[1 + i % 5] END,
	CASE WHEN i % 17 = 0 THEN 'refurbished' ELSE 'new' END,
	(ARRAY['NLD', 'BEL', 'FRA', 'DEU', 'AND', NULL])[1 + i % 6]
FROM generate_series(1, 3000) i
	CROSS JOIN LATERAL (SELECT date '2015-01-01' + (i * 13) % 3800 AS purchased) d
	JOIN (SELECT name, row_number() OVER (ORDER BY name) - 1 AS k FROM device_category_effective) c
		ON c.k = i % 9
	JOIN organisation o ON o.name = 'Rewrite ' || (1 + (i / 7) % 4);
SELECT count(*) AS assets, sum(quantity) AS units, count(retired) AS retired FROM asset
WHERE serial LIKE 'RW-%';

-- the functions distribute() rewrites: every set-returning SQL function
-- that reads a table, directly or through another (a new report shows up
-- here)
SELECT f FROM table_reading_sql_functions() f ORDER BY f::text;

-- each rewritten under the name rewritten_<name> (the rewrite of a
-- function whose parameter shares a result column's name is a SQL
-- function calling rewritten_<name>_inlined), then both called; rows are
-- compared with floats to 12 significant digits (a plan of the rewritten
-- query may add a sum in another order)
\i test/sql/compare_rows.sql
CREATE FUNCTION pg_temp.compare_rewrite(f regprocedure, arguments text,
	OUT rows bigint, OUT differing bigint) LANGUAGE plpgsql AS $$
DECLARE
	name text := (SELECT p.proname FROM pg_proc p WHERE p.oid = f);
BEGIN
	EXECUTE format('SELECT count(*) FROM circular_ict.%I(%s)', name, arguments) INTO rows;
	differing := pg_temp.rows_differing(format('SELECT * FROM circular_ict.%I(%s)', name, arguments),
										 format('SELECT * FROM circular_ict.%I(%s)', 'rewritten_' || name, arguments));
END
$$;
-- a user's part (part_replacement ships none), for category_parts
INSERT INTO circular_ict.part_replacement (category, part, embodied_kg_co2e, source, confidence)
VALUES ('laptop', 'battery', 5, 'test figure', 'derived');
DO $$
DECLARE
	f regprocedure;
BEGIN
	FOR f IN SELECT * FROM circular_ict.table_reading_sql_functions() LOOP
		EXECUTE circular_ict.inlined_definition(f, 'rewritten_' || (SELECT p.proname FROM pg_proc p WHERE p.oid = f));
	END LOOP;
END
$$;
-- each rewritten function is PL/pgSQL (or the SQL wrapper of one), security
-- invoker, without SET clauses, with the volatility of the original
SELECT r.proname, l.lanname, r.prosecdef, r.proconfig, r.provolatile = p.provolatile AS same_volatility,
	pg_get_function_result(r.oid) = pg_get_function_result(p.oid) AS same_result,
	pg_get_function_arguments(r.oid) = pg_get_function_arguments(p.oid) AS same_arguments
FROM pg_proc r
	JOIN pg_language l ON l.oid = r.prolang
	JOIN pg_proc p ON p.pronamespace = r.pronamespace AND 'rewritten_' || p.proname = r.proname
WHERE r.pronamespace = 'circular_ict'::regnamespace AND r.proname LIKE 'rewritten\_%'
ORDER BY 1;
SELECT r.proname, l.lanname FROM pg_proc r JOIN pg_language l ON l.oid = r.prolang
WHERE r.pronamespace = 'circular_ict'::regnamespace AND r.proname LIKE 'rewritten\_%\_inlined';

-- (one organisation's disclosures: its id, which other tests' rows decide,
-- shown as its name)
SELECT o.id AS rewrite_3 FROM organisation o WHERE o.name = 'Rewrite 3' \gset
SELECT f, replace(a.arguments, ', ' || :rewrite_3, ', <Rewrite 3>') AS arguments, c.rows, c.differing
FROM table_reading_sql_functions() f
	CROSS JOIN LATERAL (SELECT unnest(CASE pg_get_function_identity_arguments(f)
		WHEN 'as_of date' THEN ARRAY['''2025-06-30''', '''2021-03-15''', '''2016-12-31''']
		WHEN 'as_of date, organisation_id integer'
			THEN ARRAY['''2025-06-30''', '''2021-03-15''', '''2016-12-31''', '''2021-03-15'', ' || :rewrite_3]
		WHEN 'first_year integer, last_year integer, organisation_id integer'
			THEN ARRAY['2019, 2025, NULL', '2021, 2024, ' || :rewrite_3]
		WHEN 'for_year integer' THEN ARRAY['2023', '2040', '1990']
		WHEN 'first_year integer, last_year integer' THEN ARRAY['1990, 2040', '2023, 2023']
		WHEN 'category text, purchased date' THEN ARRAY['''laptop'', ''2018-03-01''', '''server'', ''2023-01-01''']
		WHEN 'category text' THEN ARRAY['''laptop''', '''monitor''']
		ELSE ARRAY[''] END) AS arguments) a
	CROSS JOIN LATERAL pg_temp.compare_rewrite(f, a.arguments) c
ORDER BY f::text, a.arguments;

ROLLBACK;

-- the pieces of the rewrite
-- the arguments of a call: nested parentheses, string literals and quoted
-- names kept whole, the closing parenthesis found
SELECT * FROM sql_call_arguments('f(a, g(b, c), ''d, e)'', "x,y", $1)::int) + 1', 2);
SELECT * FROM sql_call_arguments('f()', 2);
SELECT * FROM sql_call_arguments('f(a, (b)', 2);
\echo :LAST_ERROR_SQLSTATE
-- parameters replaced: $n (not $n0), function.name and the bare name, but
-- not a qualified column of that name, a string literal or a quoted name
SELECT sql_with_arguments('SELECT $1, $10, f.as_of, t.as_of, as_of, ''as_of'', "as_of", as_of(x) FROM t',
	'f', '{as_of}', '{''2025-06-30''::date}');
-- an argument that names another parameter is not replaced again
SELECT sql_with_arguments('SELECT a, b', 'f', '{a,b}', '{b,a}');
-- comments are dropped before calls are looked for
SELECT sql_tokens(E'SELECT ''a''''b'', "c" -- circular_ict.asset_facts(x)\n- 1');
-- only set-returning SQL functions are inlined
SELECT inlined_query('circular_ict.distribute(integer)');
\echo :LAST_ERROR_SQLSTATE
SELECT inlined_query('circular_ict.critical_grams(circular_ict.materials)');
\echo :LAST_ERROR_SQLSTATE
-- none of it is for PUBLIC
SELECT p.proname, has_function_privilege('public', p.oid, 'EXECUTE') AS public_may_call
FROM pg_proc p
WHERE p.pronamespace = 'circular_ict'::regnamespace
  AND p.proname IN ('sql_call_arguments', 'sql_tokens', 'sql_with_arguments', 'inlined_query',
					'inlined_definition', 'table_reading_sql_functions')
ORDER BY 1;
-- a rewrite whose PL/pgSQL part is a function of its own may be called by
-- whoever may call the original (a member calling a report reaches it):
-- the original's privileges, when they are not the default
BEGIN;
CREATE FUNCTION circular_ict.acl_probe(organisation_id integer)
RETURNS TABLE (organisation_id integer, name text) LANGUAGE sql STABLE
AS $$ SELECT o.id, o.name FROM circular_ict.organisation o WHERE o.id = $1 $$;
SELECT inlined_definition('circular_ict.acl_probe(integer)', 'rewritten_acl_probe') AS d \gset
SELECT regexp_replace(:'d', 'AS ''.*''', 'AS ...', 's') AS default_privileges;
REVOKE ALL ON FUNCTION circular_ict.acl_probe(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION circular_ict.acl_probe(integer) TO circular_ict_reader, circular_ict_admin;
SELECT inlined_definition('circular_ict.acl_probe(integer)', 'rewritten_acl_probe') \gexec
SELECT r.proname, array_agg(coalesce(nullif(e.grantee, 0)::regrole::text, 'PUBLIC')
								 ORDER BY coalesce(nullif(e.grantee, 0)::regrole::text, 'PUBLIC')) AS may_execute
FROM pg_proc r CROSS JOIN LATERAL aclexplode(coalesce(r.proacl, acldefault('f', r.proowner))) e
WHERE r.proname IN ('acl_probe', 'rewritten_acl_probe_inlined') AND e.privilege_type = 'EXECUTE'
  AND e.grantee <> r.proowner
GROUP BY 1 ORDER BY 1;
SET ROLE circular_ict_reader;
SELECT * FROM circular_ict.rewritten_acl_probe(-1);
RESET ROLE;
ROLLBACK;
