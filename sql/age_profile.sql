-- age_profile(age, weights): units by age, collected by a parallel
-- aggregate; mean_remaining_life and expected_retirements over a profile
SET search_path = circular_ict, public;

-- the rows, in input order here (one backend scanning VALUES); a NULL age or
-- weights array adds nothing, a NULL weight is kept
SELECT age_profile(a, w)
FROM (VALUES (1.5, ARRAY[2, 10]::float8[]), (NULL, ARRAY[1, 1]), (3.0, NULL), (0.25, ARRAY[1, NULL])) t (a, w);
SELECT age_profile(a, ARRAY[1]::float8[]) FROM unnest('{}'::float8[]) a;
-- bad rows
SELECT age_profile(a, ARRAY[1]::float8[]) FROM unnest('{-1}'::float8[]) a;
SELECT age_profile(a, ARRAY[1]::float8[]) FROM unnest('{NaN}'::float8[]) a;
SELECT age_profile(a, ARRAY[1]::float8[]) FROM unnest('{Infinity}'::float8[]) a;
SELECT age_profile(1, ARRAY['Infinity']::float8[]);
SELECT age_profile(1, ARRAY['NaN']::float8[]);
SELECT age_profile(1, '{}'::float8[]);
SELECT age_profile(1, '{{1}, {2}}'::float8[]);
SELECT age_profile(1, array_fill(1::float8, ARRAY[101]));
SELECT age_profile(a, CASE WHEN a = 1 THEN '{1}'::float8[] ELSE '{1, 2}' END) FROM unnest('{1, 2}'::float8[]) a;
-- the support functions only run inside the aggregate
SELECT age_profile_add(NULL, 1, '{1}');
SELECT age_profile_combine('\x', '\x');
SELECT age_profile_final('\x');

-- mean_remaining_life(w, profile) is sum(units * remaining_life(w, age)) /
-- sum(units) over the same units (doc/derivations.md#weibull-formulas: a unit of
-- weibull(1, 4) has 4 years left at any age)
SELECT mean_remaining_life(weibull(1, 4), age_profile(a, ARRAY[q]::float8[]))
FROM (VALUES (1.0, 3), (7.5, 1)) t (a, q);
CREATE TABLE ap_fleet AS
SELECT CASE WHEN i % 3 = 0 THEN 'a' ELSE 'b' END AS g, (i % 97) / 10.0 AS age, 1 + i % 4 AS q,
	   CASE WHEN i % 5 = 0 THEN NULL ELSE 50 + i % 11 END AS co2e
FROM generate_series(1, 3000) i;
SELECT g, abs(p.m - s.m) < 1e-12 * s.m AS same, round(p.m::numeric, 10) AS mean_remaining
FROM (SELECT g, mean_remaining_life(weibull(1.5, 5.2), age_profile(age, ARRAY[q]::float8[])) AS m
	  FROM ap_fleet GROUP BY g) p
	JOIN (SELECT g, sum(q * remaining_life(weibull(1.5, 5.2), age)) / sum(q) AS m FROM ap_fleet GROUP BY g) s USING (g)
ORDER BY g;
-- NULL weights are skipped; no weight: NULL
SELECT mean_remaining_life(weibull(1, 4), '{{1, NULL}, {2, 3}}'::float8[]);
SELECT mean_remaining_life(weibull(1, 4), '{{1, NULL}, {2, 0}}'::float8[]);
-- expected_retirements(w, profile, horizons): the aggregate, per weight
-- column (the units, and the emissions where known)
SELECT g, p.r[1:1][1:3] = ARRAY[u.r] AS units_same, p.r[2:2][1:3] = ARRAY[c.r] AS co2e_same,
	   round(p.r[1][1]::numeric, 9) AS units_first, round(p.r[2][3]::numeric, 9) AS co2e_third
FROM (SELECT g, expected_retirements(weibull(1.5, 5.2), age_profile(age, ARRAY[q, q * co2e]::float8[]),
									 '{0.5, 1.5, 2.5}') AS r
	  FROM ap_fleet GROUP BY g) p
	JOIN (SELECT g, expected_retirements(weibull(1.5, 5.2), age, q, '{0.5, 1.5, 2.5}') AS r FROM ap_fleet GROUP BY g) u USING (g)
	JOIN (SELECT g, expected_retirements(weibull(1.5, 5.2), age, q * co2e, '{0.5, 1.5, 2.5}') AS r FROM ap_fleet GROUP BY g) c USING (g)
ORDER BY g;
-- a column of NULL weights gives NULLs; bad profiles and weights
SELECT expected_retirements(weibull(1, 1), '{{1, 2, NULL}}'::float8[], '{1, 2}');
SELECT expected_retirements(weibull(1, 1), '{1, 2}'::float8[], '{1}');
SELECT expected_retirements(weibull(1, 1), '{{1}}'::float8[], '{1}');
SELECT expected_retirements(weibull(1, 1), '{{NULL, 1}}'::float8[], '{1}');
SELECT expected_retirements(weibull(1, 1), '{{-1, 1}}'::float8[], '{1}');
SELECT expected_retirements(weibull(1, 1), '{{1, -1}}'::float8[], '{1}');
SELECT expected_retirements(weibull(1, 1), '{{1, 1}}'::float8[], '{2, 1}');
SELECT mean_remaining_life(weibull(1, 1), '{{1, -1}}'::float8[]);
SELECT mean_remaining_life(weibull(1, 1), '{{{1, 1}}}'::float8[]);

-- a forced parallel plan collects the same rows
ALTER TABLE ap_fleet SET (parallel_workers = 2);
ANALYZE ap_fleet;
CREATE TEMP TABLE ap_serial AS SELECT age_profile(age, ARRAY[q, co2e]::float8[]) AS p FROM ap_fleet;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT age_profile(age, ARRAY[q, co2e]::float8[]) FROM ap_fleet;
CREATE TEMP TABLE ap_parallel AS SELECT age_profile(age, ARRAY[q, co2e]::float8[]) AS p FROM ap_fleet;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SELECT array_length(p.p, 1) AS rows, array_length(p.p, 2) AS columns,
	   (SELECT array_agg(x ORDER BY x) FROM unnest(p.p) x) IS NOT DISTINCT FROM
	   (SELECT array_agg(x ORDER BY x) FROM unnest(s.p) x) AS same_values
FROM ap_parallel p, ap_serial s;

-- labels
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args, p.prokind, p.provolatile,
	   p.proparallel, p.proisstrict, obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
FROM pg_proc p
WHERE p.pronamespace = 'circular_ict'::regnamespace
  AND (p.proname LIKE 'age_profile%' OR p.proname = 'mean_remaining_life'
	   OR (p.proname = 'expected_retirements' AND p.prokind = 'f'))
ORDER BY 1, 2;
-- sums that overflow a float8 are errors, as sum(float8) gives (they were
-- Infinity and NaN), over a profile and in the aggregate alike
SELECT mean_remaining_life('weibull(shape=0.01,scale=5)', '{{1,1e200},{1,1e200}}');
SELECT mean_remaining_life('weibull(shape=2,scale=5)', '{{1,1e308},{1,1e308}}');
SELECT expected_retirements('weibull(shape=2,scale=5)', '{{1,1e308},{1,1e308}}', '{10}');
SELECT expected_retirements('weibull(shape=2,scale=5)'::weibull, a, 1e308, '{10}') FROM (VALUES (1.0::float8), (1.0)) t (a);
-- just below: 2 x 1e307 x P(retiring within 10 years at age 1) = 2e307 x (1 - e^(1/25 - 121/25)) = 1.98354e307
SELECT expected_retirements('weibull(shape=2,scale=5)'::weibull, a, 1e307, '{10}') FROM (VALUES (1.0::float8), (1.0)) t (a);
-- a profile's figures are computed once per age (age_profile.h), kept for
-- at most 16,384 ages: 40,000 rows of 26,712 ages (50 of them repeated
-- hundreds of times; more ages than are kept) give exactly what the units
-- one by one give
CREATE TEMP TABLE ap_memo AS
SELECT i, CASE WHEN i % 3 = 0 THEN (i % 50) / 7.0 ELSE i / 1000.0 END::float8 AS age,
	   (1 + i % 4)::float8 AS q
FROM generate_series(1, 40000) i;
SELECT count(DISTINCT age) AS ages,
	   mean_remaining_life(weibull(1.5, 5.2), array_agg(ARRAY[age, q] ORDER BY i))
	   = sum(q * remaining_life(weibull(1.5, 5.2), age) ORDER BY i) / sum(q ORDER BY i) AS same_mean,
	   expected_retirements(weibull(1.5, 5.2), array_agg(ARRAY[age, q] ORDER BY i), '{0.5, 1.5, 2.5}')
	   = ARRAY[expected_retirements(weibull(1.5, 5.2), age, q, '{0.5, 1.5, 2.5}' ORDER BY i)] AS same_retirements
FROM ap_memo;
DROP TABLE ap_fleet;
RESET search_path;
