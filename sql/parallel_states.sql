-- The growable aggregate states (src/growable_state.h) through a parallel
-- plan, grouped by an integer key: a worker's Partial Aggregate sends each
-- group as a tuple (key int4, states), and there the bytea states of
-- weighted_median and age_profile (alignment int) start 4 bytes past an
-- 8-byte boundary.  The combine functions read them through an aligned
-- copy; the results equal the serial plan's.  (The memcheck check runs this
-- file under UBSan, which reported the misaligned loads before that copy.)
SET search_path = circular_ict, public;

-- three groups of 20000 rows: states of 2 to 3 kB per worker and group
CREATE TABLE ps_fleet AS
SELECT (i % 3)::int4 AS grp,
	   (i * 7919 % 100003) / 10.0 AS v,
	   1 + i % 4 AS w,
	   0.01 + (i % 997) / 100.0 AS age,
	   i % 5 <> 0 AS retired
FROM generate_series(1, 60000) i;
ALTER TABLE ps_fleet SET (parallel_workers = 2);
ANALYZE ps_fleet;

-- the query, serial and parallel
CREATE VIEW ps_query AS
SELECT grp, weighted_median(v, w) AS median, lifetable(age, retired) AS lt,
	   age_profile(age, ARRAY[w, v]::float8[]) AS ap
FROM ps_fleet GROUP BY grp;

-- how many workers a query ran with (EXPLAIN ANALYZE)
CREATE FUNCTION pg_temp.workers_launched(query text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
	line text;
	launched int := 0;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || query
	LOOP
		IF line ~ 'Workers Launched: \d+' THEN
			launched := launched + substring(line FROM 'Workers Launched: (\d+)')::int;
		END IF;
	END LOOP;
	RETURN launched;
END
$$;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE ps_serial AS SELECT * FROM ps_query;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
-- every state comes from a worker
SET parallel_leader_participation = off;
SET enable_sort = off;
SELECT pg_temp.workers_launched('SELECT * FROM ps_query') > 0 AS workers_ran;
EXPLAIN (COSTS OFF) CREATE TEMP TABLE ps_parallel AS SELECT * FROM ps_query;
CREATE TEMP TABLE ps_parallel AS SELECT * FROM ps_query;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
RESET enable_sort;

-- the same results, group by group
-- (age_profile gives its rows in no particular order: compared sorted)
SELECT grp, p.median = s.median AS same_median, p.lt::text = s.lt::text AS same_lifetable,
	   (SELECT array_agg(x ORDER BY x) FROM unnest(p.ap) x) =
	   (SELECT array_agg(x ORDER BY x) FROM unnest(s.ap) x) AS same_profile,
	   s.median, lives(s.lt) AS lives, array_length(s.ap, 1) AS profile_rows
FROM ps_serial s FULL JOIN ps_parallel p USING (grp)
ORDER BY grp;
DROP VIEW ps_query;
DROP TABLE ps_fleet;
RESET search_path;
