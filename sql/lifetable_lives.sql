-- lifetable(age, retired, entry_age, lives): a row standing for several
-- identical lives gives the lifetable of that many rows
SET search_path = circular_ict, public;

-- hand-checked: 2 lives retired at 3 years and 3 in service at 1 year
SELECT lifetable(a, r, 0, n) FROM (VALUES (3.0, true, 2), (1.0, false, 3)) t (a, r, n);
SELECT lifetable_add('exact{}', 2, true, 0.5, 2);
-- against the rows repeated: exact (few lives) and histogram (beyond
-- 3800 lives), with delayed entry
CREATE TABLE ll_data AS
SELECT g, (i * 7919 % 3650) / 365.25 + 0.01 AS age, i % 3 = 0 AS retired,
	   CASE WHEN i % 5 = 0 THEN 0.005 ELSE 0 END AS entry, 1 + i % 4 AS n
FROM generate_series(1, 2) g, generate_series(1, CASE g WHEN 1 THEN 500 ELSE 3000 END) i;
SELECT w.g, is_exact(w.lt) AS exact, lives(w.lt) AS lives, w.lt::text = x.lt::text AS same_lifetable,
	   weibull_fit(w.lt)::text = weibull_fit(x.lt)::text AS same_fit
FROM (SELECT g, lifetable(age, retired, entry, n) AS lt FROM ll_data GROUP BY g) w
	JOIN (SELECT g, lifetable(age, retired, entry) AS lt FROM ll_data, generate_series(1, n) GROUP BY g) x USING (g)
ORDER BY w.g;
-- 0 lives add nothing; NULL rows are skipped; a negative number is an error
SELECT lifetable(a, true, 0, n) FROM (VALUES (1.0, 0), (2.0, NULL), (3.0, 1)) t (a, n);
SELECT lifetable(1.0, true, 0, -1);
SELECT lifetable_add('exact{}', 1, true, 0, -2);
-- lives are checked like rows: a bad age is refused even for 0 lives
SELECT lifetable(-1.0, true, 0, 0);
-- many lives at once in a histogram
SELECT lives(lifetable(a, false, 0, 1000000)) AS lives, is_exact(lifetable(a, false, 0, 1000000)) AS exact
FROM (VALUES (1.0), (2.0)) t (a);

-- a forced parallel plan gives the serial lifetable
ALTER TABLE ll_data SET (parallel_workers = 2);
ANALYZE ll_data;
CREATE TEMP TABLE ll_serial AS SELECT lifetable(age, retired, entry, n) AS lt FROM ll_data;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT p.lt::text = s.lt::text AS same_as_serial
FROM (SELECT lifetable(age, retired, entry, n) AS lt FROM ll_data) p, ll_serial s;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE ll_data;
RESET search_path;
