-- weighted_median(value, weight): the median of values counted with
-- multiplicities, as percentile_cont(0.5) of the expanded multiset
SET search_path = circular_ict, public;

-- hand-checked: {1, 2, 2, 2, 10} (odd: the 3rd unit) is 2;
-- {1, 1, 1, 4} (even: halfway between the 2nd and 3rd unit) is 1;
-- {1, 4, 4, 9} is (4 + 4) / 2 = 4; {3, 7} is 5; one unit is itself
SELECT weighted_median(v, w) FROM (VALUES (1, 1), (2, 3), (10, 1)) t (v, w);
SELECT weighted_median(v, w) FROM (VALUES (4, 1), (1, 3)) t (v, w);
SELECT weighted_median(v, w) FROM (VALUES (9, 1), (4, 2), (1, 1)) t (v, w);
SELECT weighted_median(v, w) FROM (VALUES (7.0, 1), (3.0, 1)) t (v, w);
SELECT weighted_median(2.5, 1);
-- oracle: percentile_cont(0.5) over the rows repeated weight times, on
-- mixed data sets (ties, zero weights, odd and even totals)
CREATE TABLE wm_data AS
SELECT g, (i * 7919 % 1000) / 37.0 AS v, (i * 104729 % 5) AS w
FROM generate_series(1, 6) g, generate_series(1, 40 * g) i;
SELECT g, m.weighted = p.expanded AS same, round(m.weighted::numeric, 12) AS median
FROM (SELECT g, weighted_median(v, w) AS weighted FROM wm_data GROUP BY g) m
	JOIN (SELECT g, percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS expanded
		  FROM wm_data, generate_series(1, w) GROUP BY g) p USING (g)
ORDER BY g;
-- NULL values and weights and weights of 0 count nothing; no units: NULL
SELECT weighted_median(v, w) FROM (VALUES (1.0, NULL), (NULL, 5), (8.0, 0), (3.0, 2)) t (v, w);
SELECT weighted_median(v, w) FROM (VALUES (1.0, 0::bigint)) t (v, w);
SELECT weighted_median(v, w) FROM wm_data WHERE false;
-- float8 order: -Infinity first, NaN after Infinity
SELECT weighted_median(v, 1) FROM unnest('{NaN, Infinity, 1}'::float8[]) v;
SELECT weighted_median(v, 1) FROM unnest('{-Infinity, 5, 6}'::float8[]) v;
SELECT weighted_median(v, w) FROM (VALUES ('NaN'::float8, 3), (1, 2)) t (v, w);
-- weights up to bigint; their sum may not overflow
SELECT weighted_median(v, w) FROM (VALUES (1.0, 4611686018427387904), (2.0, 4611686018427387903)) t (v, w);
SELECT weighted_median(v, w) FROM (VALUES (1.0, 4611686018427387904), (2.0, 4611686018427387904)) t (v, w);
-- a negative weight is an error
SELECT weighted_median(v, w) FROM (VALUES (1.0, 1), (2.0, -1)) t (v, w);
-- the support functions only run inside the aggregate
SELECT weighted_median_add(NULL, 1, 1);
SELECT weighted_median_combine('\x', '\x');
SELECT weighted_median_final('\x');
-- a window aggregate: the final function leaves the state as it was
SELECT i, weighted_median(i, 1) OVER (ORDER BY i) FROM generate_series(1, 4) i;

-- a forced parallel plan gives the serial result
CREATE TABLE wm_big AS SELECT (i * 7919 % 100003) / 10.0 AS v, 1 + i % 4 AS w FROM generate_series(1, 60000) i;
ALTER TABLE wm_big SET (parallel_workers = 2);
ANALYZE wm_big;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE wm_serial AS SELECT weighted_median(v, w) AS m FROM wm_big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT weighted_median(v, w) FROM wm_big;
SELECT p.m = s.m AS same_as_serial, p.m AS median
FROM (SELECT weighted_median(v, w) AS m FROM wm_big) p, wm_serial s;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- labels
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args, p.prokind, p.provolatile,
	   p.proparallel, p.proisstrict, obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
FROM pg_proc p
WHERE p.pronamespace = 'circular_ict'::regnamespace AND p.proname LIKE 'weighted_median%'
ORDER BY 1, 2;
SELECT a.aggfnoid::regprocedure, a.aggtranstype::regtype, a.aggcombinefn, a.aggfinalfn
FROM pg_aggregate a WHERE a.aggfnoid = 'circular_ict.weighted_median'::regproc;
DROP TABLE wm_data, wm_big;
RESET search_path;
