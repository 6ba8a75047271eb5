-- expected_retirements: a fleet's expected retirements over future intervals
SET search_path = circular_ict, public;

-- doc/derivations.md#weibull-laptops, k = 1.5, lambda = 5.2: a fleet of 4
-- laptops aged 1, 3, 4 and 6 is expected to retire 0.8643381174 units in the
-- next 12 months; the intervals of one fleet add up to its units
SELECT round(r[1]::numeric, 10) AS next_year, round(r[2]::numeric, 10) AS year_after,
	   round((r[1] + r[2] + r[3])::numeric, 10) AS all_of_them
FROM (SELECT expected_retirements(weibull(1.5, 5.2), age, 1, '{1, 2, 1e6}') AS r
	  FROM unnest('{1, 3, 4, 6}'::float8[]) age) s;
-- the same through retire_probability, one interval at a time
SELECT round(sum(retire_probability(weibull(1.5, 5.2), age, age + 1))::numeric, 10) AS next_year,
	   round(sum(retire_probability(weibull(1.5, 5.2), age, age + 2)
				 - retire_probability(weibull(1.5, 5.2), age, age + 1))::numeric, 10) AS year_after
FROM unnest('{1, 3, 4, 6}'::float8[]) age;
-- quantity weighs a line; a very old unit (S(age) underflows) still retires
-- within the year with a probability near 1, not NaN
SELECT round((expected_retirements(weibull(1.5, 5.2), 3, 10, '{1}'))[1]::numeric, 12)
	 = round(10 * (expected_retirements(weibull(1.5, 5.2), 3, 1, '{1}'))[1]::numeric, 12) AS quantity_weighs;
SELECT round((expected_retirements(weibull(4, 1), 60, 1, '{0.01, 1}'))[1]::numeric, 6) AS old_unit;
-- NULL rows are skipped; no rows give NULL
SELECT expected_retirements(w, a, q, '{1}')
FROM (VALUES (weibull(1, 1), 1::float8, NULL::float8), (NULL, 1, 1), (weibull(1, 1), NULL, 1)) v (w, a, q);
SELECT expected_retirements(weibull(1, 1), a, 1, '{1}') FROM unnest('{}'::float8[]) a;
-- bad horizons, ages and quantities
SELECT expected_retirements(weibull(1, 1), 1, 1, '{}');
SELECT expected_retirements(weibull(1, 1), 1, 1, '{2, 1}');
SELECT expected_retirements(weibull(1, 1), 1, 1, '{0}');
SELECT expected_retirements(weibull(1, 1), 1, 1, '{1, NULL}');
SELECT expected_retirements(weibull(1, 1), 1, 1, '{1, Infinity}');
SELECT expected_retirements(weibull(1, 1), 1, 1, '{{1}, {2}}');
SELECT expected_retirements(weibull(1, 1), -1, 1, '{1}');
SELECT expected_retirements(weibull(1, 1), 'NaN', 1, '{1}');
SELECT expected_retirements(weibull(1, 1), 1, -1, '{1}');
SELECT expected_retirements(weibull(1, 1), 1, 'Infinity', '{1}');
SELECT expected_retirements(weibull(1, 1), a, 1, CASE WHEN a = 1 THEN '{1}'::float8[] ELSE '{1, 2}' END)
FROM unnest('{1, 2}'::float8[]) a;
-- the support functions only run inside the aggregate
SELECT expected_retirements_add(NULL, weibull(1, 1), 1, 1, '{1}');
SELECT expected_retirements_combine('{1}', '{2}');

-- a forced parallel plan gives the serial result
CREATE TABLE er_fleet AS SELECT (i % 97) / 10.0 AS age FROM generate_series(1, 20000) i;
ALTER TABLE er_fleet SET (parallel_workers = 2);
ANALYZE er_fleet;
SELECT round(r[1]::numeric, 6) AS serial_first, round(r[2]::numeric, 6) AS serial_second
FROM (SELECT expected_retirements(weibull(1.5, 5.2), age, 1, '{1, 2}') AS r FROM er_fleet) s;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT expected_retirements(weibull(1.5, 5.2), age, 1, '{1, 2}') FROM er_fleet;
SELECT round(r[1]::numeric, 6) AS parallel_first, round(r[2]::numeric, 6) AS parallel_second
FROM (SELECT expected_retirements(weibull(1.5, 5.2), age, 1, '{1, 2}') AS r FROM er_fleet) s;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE er_fleet;
RESET search_path;
