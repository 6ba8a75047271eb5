-- circular_ict.distribute() on a server without Citus (issue 13): a clear
-- refusal, before anything changes; a bad shard count is refused first.
-- The distribution itself is tested on a real cluster: make test-citus
-- (test/citus/run).
\set SHOW_CONTEXT never
SELECT * FROM circular_ict.distribute();
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM circular_ict.distribute(0);
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM circular_ict.distribute(64001);
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM circular_ict.distribute(64000);
\echo :LAST_ERROR_SQLSTATE
-- nothing changed: the keys Citus needs are the extension's own
SELECT conrelid::regclass, pg_get_constraintdef(oid) FROM pg_constraint
WHERE conrelid IN ('circular_ict.asset'::regclass, 'circular_ict.import_error'::regclass) AND contype = 'p'
ORDER BY 1;
-- only a superuser may call it
SELECT has_function_privilege('public', 'circular_ict.distribute(integer)', 'EXECUTE') AS public_may_call;
-- the reference views Citus can plan read their tables themselves: the same
-- rows as the functions they write out (no row in either difference)
SELECT count(*) AS differing FROM (
	(SELECT * FROM circular_ict.grid_intensity_effective
	 EXCEPT ALL SELECT * FROM circular_ict.grid_intensity_for(extract(year FROM current_date)::integer))
	UNION ALL
	(SELECT * FROM circular_ict.grid_intensity_for(extract(year FROM current_date)::integer)
	 EXCEPT ALL SELECT * FROM circular_ict.grid_intensity_effective)) d;
SELECT count(*) AS rows FROM circular_ict.grid_intensity_effective;
SELECT count(*) AS differing FROM (
	(SELECT name, shipped, source FROM circular_ict.device_category_effective
	 EXCEPT ALL SELECT name, shipped, source FROM circular_ict.category_defaults())
	UNION ALL
	(SELECT name, shipped, source FROM circular_ict.category_defaults()
	 EXCEPT ALL SELECT name, shipped, source FROM circular_ict.device_category_effective)) d;
