-- the lifetable type, its aggregates, weibull_fit and kaplan_meier (issue 4).
-- Sources of the expected numbers:
--  * fit of the censored example and its delayed-entry variant:
--    doc/derivations.md#censored-fit "Censored-fit example"
--    (test/derivations/scripts/censored_fit_check.py and extra_check.py),
--    checked to 1e-4 relative; R survival 3.5-3 survreg gives the same
--    4.028041 / 4.997769;
--  * Kaplan-Meier survival: doc/derivations.md#censored-fit (0.9, 0.9, 0.7875, 0.675, ...);
--    at-risk counts and the log-log 95 % bounds: R survival 3.5-3,
--    survfit(Surv(t, d) ~ 1, conf.type = "log-log") and, with delayed
--    entry, survfit(Surv(a, t, d) ~ 1, conf.type = "log-log"); shown to 9
--    decimals, R printed 10 significant digits.
SET search_path = circular_ict, public;
SET extra_float_digits = 0;

CREATE TABLE lifetable_test_example (age float8, retired boolean, entry_age float8);
-- doc/derivations.md#censored-fit: 2.5, 3.1, 3.8, 4.0, 4.4, 5.0, 5.6, 3.0+, 4.5+, 6.0+ and the
-- entry ages a = (0,0,0,1,1,2,2,0,1,3) in the order listed
INSERT INTO lifetable_test_example VALUES
	(2.5, true, 0), (3.1, true, 0), (3.8, true, 0), (4.0, true, 1), (4.4, true, 1),
	(5.0, true, 2), (5.6, true, 2), (3.0, false, 0), (4.5, false, 1), (6.0, false, 3);

-- the state: exact observations, canonical sorted text
SELECT lifetable(age, retired) FROM lifetable_test_example;
SELECT lifetable(age, retired, entry_age) FROM lifetable_test_example;
SELECT lives(lt), retirements(lt), is_exact(lt)
  FROM (SELECT lifetable(age, retired) AS lt FROM lifetable_test_example) s;

-- censored example: k = 4.028041, lambda = 4.997769 (to 1e-4 relative)
SELECT round(shape(w)::numeric, 6) AS shape, round(scale(w)::numeric, 6) AS scale,
       abs(shape(w) / 4.028041 - 1) < 1e-4 AND abs(scale(w) / 4.997769 - 1) < 1e-4 AS matches_research
  FROM (SELECT weibull_fit(age, retired) AS w FROM lifetable_test_example) s;
-- fitted mean 4.5318 and median 4.5631 (doc/derivations.md#censored-fit)
SELECT round(mean_life(w)::numeric, 4) AS mean, round(median_life(w)::numeric, 4) AS median
  FROM (SELECT weibull_fit(age, retired) AS w FROM lifetable_test_example) s;
-- delayed entry: k = 3.827177, lambda = 4.957246
SELECT round(shape(w)::numeric, 6) AS shape, round(scale(w)::numeric, 6) AS scale,
       abs(shape(w) / 3.827177 - 1) < 1e-4 AND abs(scale(w) / 4.957246 - 1) < 1e-4 AS matches_research
  FROM (SELECT weibull_fit(age, retired, entry_age) AS w FROM lifetable_test_example) s;
-- the function on a finished state gives the same as the aggregate
SELECT weibull_fit(lifetable(age, retired, entry_age)) = weibull_fit(age, retired, entry_age) AS same
  FROM lifetable_test_example;
-- treating the censored ages as retirements biases the fit downwards
-- (doc/derivations.md#censored-fit)
SELECT round(mean_life(weibull_fit(age, true))::numeric, 2) < 4.5318 AS naive_is_lower FROM lifetable_test_example;

-- Kaplan-Meier (doc/derivations.md#censored-fit; bounds from R survfit, log-log)
SELECT age, at_risk, retired, censored, round(survival::numeric, 9) AS survival,
       round(ci_lower::numeric, 9) AS ci_lower, round(ci_upper::numeric, 9) AS ci_upper
  FROM (SELECT lifetable(age, retired) AS lt FROM lifetable_test_example) s, kaplan_meier(lt);
SELECT km_median(lifetable(age, retired)) FROM lifetable_test_example;
-- restricted mean to 6.0 = 4.46125 (doc/derivations.md#censored-fit): area under the step curve
SELECT round(sum(prev_s * (age - prev_age))::numeric, 6) AS restricted_mean_6
  FROM (SELECT age, coalesce(lag(survival) OVER w, 1) AS prev_s, coalesce(lag(age) OVER w, 0) AS prev_age
          FROM (SELECT lifetable(age, retired) AS lt FROM lifetable_test_example) s, kaplan_meier(lt)
        WINDOW w AS (ORDER BY age)) k;
-- with delayed entry: risk set #{a < t <= age}, as R's Surv(a, t, d)
SELECT age, at_risk, retired, censored, round(survival::numeric, 9) AS survival,
       round(ci_lower::numeric, 9) AS ci_lower, round(ci_upper::numeric, 9) AS ci_upper
  FROM (SELECT lifetable(age, retired, entry_age) AS lt FROM lifetable_test_example) s, kaplan_meier(lt);
SELECT km_median(lifetable(age, retired, entry_age)) FROM lifetable_test_example;
-- all retired: survival reaches 0, the bounds are undefined there (NULL);
-- R: survfit(Surv(c(1, 2, 2, 3), rep(1, 4)) ~ 1, conf.type = "log-log")
SELECT age, at_risk, retired, survival, round(ci_lower::numeric, 9) AS ci_lower,
       round(ci_upper::numeric, 9) AS ci_upper
  FROM kaplan_meier('exact{1, 2, 2, 3}'::lifetable);
-- never below one half: km_median is NULL
SELECT km_median('exact{1, 2+, 3+, 4+}'::lifetable);

-- the result does not depend on the order rows arrive in
SELECT (SELECT lifetable(age, retired, entry_age ORDER BY age DESC) FROM lifetable_test_example)::text
     = (SELECT lifetable(age, retired, entry_age ORDER BY age) FROM lifetable_test_example)::text AS same_text,
       (SELECT weibull_fit(age, retired ORDER BY age DESC) FROM lifetable_test_example)
     = (SELECT weibull_fit(age, retired ORDER BY age) FROM lifetable_test_example) AS same_fit;

-- rows with a NULL argument are skipped, as sum() skips them
SELECT lifetable(age, retired) FROM (VALUES (1.5, true), (NULL, true), (2.5, NULL), (3.5, false)) v(age, retired);
-- no rows: the empty lifetable; weibull_fit of it is NULL with a NOTICE
SELECT lifetable(age, retired) FROM lifetable_test_example WHERE false;
SELECT weibull_fit(age, retired) FROM lifetable_test_example WHERE false;
SELECT count(*) FROM kaplan_meier('exact{}'::lifetable);
-- cannot be fitted: no retirements; all retirements at one age
SELECT weibull_fit(age, false) FROM lifetable_test_example;
SELECT weibull_fit(4, true) FROM lifetable_test_example;
SELECT weibull_fit('histogram{0:0/0/5, 1461:5/0/0}'::lifetable);
-- the same with notice => false: NULL and no NOTICE (reports fit many groups)
SELECT weibull_fit('histogram{0:0/0/5, 1461:5/0/0}'::lifetable, false) IS NULL AS quiet_null;
SELECT weibull_fit('histogram{0:0/0/5, 1461:5/0/0}'::lifetable, true) IS NULL AS loud_null;
SELECT weibull_fit(lifetable(age, retired), false) = weibull_fit(age, retired) AS same_fit
  FROM lifetable_test_example;
-- one retirement age with censorings: still NULL (the shape is not identified)
SELECT weibull_fit('exact{3, 3, 4+, 5+}'::lifetable);
-- ages are kept exactly: 3 and 3.0000000001 are two ages
SELECT weibull_fit('exact{3, 3.0000000001, 4+}'::lifetable) IS NOT NULL AS fitted;

-- invalid observations (22023; 22003 beyond 100 years)
SELECT lifetable(x, true) FROM (VALUES (-1.0)) v(x);
SELECT lifetable(x, true) FROM (VALUES ('NaN'::float8)) v(x);
SELECT lifetable(x, false) FROM (VALUES ('Infinity'::float8)) v(x);
SELECT lifetable(x, false) FROM (VALUES (100.5)) v(x);
SELECT lifetable(3, true, 3) FROM lifetable_test_example;
SELECT lifetable(3, false, 3.5) FROM lifetable_test_example;
SELECT lifetable(3, false, -1) FROM lifetable_test_example;
-- a retirement at age 0 has no time at risk; in service at age 0 is fine
SELECT lifetable(0, true) FROM lifetable_test_example;
SELECT lifetable(0, false) FROM (VALUES (1)) v(x);
-- minus zero is zero
SELECT lifetable('-0'::float8, false, '-0'::float8), 'exact{-0+@-0}'::lifetable;

-- text input round trip, both forms
SELECT 'exact{ 4@1 , 3.0+, 2.5,4.5+@1 }'::lifetable;
SELECT 'histogram{0:0/0/4, 1096:1/0/0, 1461:1/1/0, 3653:0/1/0}'::lifetable;
SELECT lives(lt), retirements(lt), is_exact(lt), km_median(lt)
  FROM (VALUES ('histogram{0:0/0/4, 1096:1/0/0, 1461:1/1/0, 3653:0/1/0}'::lifetable)) v(lt);
-- histogram ages are the grid points: day 1096 = 3.000684463 years, 1461 days = 4 years,
-- grid point 3653 is day 3653 (the first 14-day step)
SELECT round(age::numeric, 9) AS age, at_risk, retired, censored, survival
  FROM kaplan_meier('histogram{0:0/0/4, 1096:1/0/0, 1461:1/1/0, 3653:0/1/0}'::lifetable);
-- text input errors (22P02 syntax and invalid lives, 22003 out of range)
SELECT ''::lifetable;
SELECT 'exact'::lifetable;
SELECT 'exact{'::lifetable;
SELECT 'exact{1,}'::lifetable;
SELECT 'exact{1 2}'::lifetable;
SELECT 'exact{1}x'::lifetable;
SELECT 'exact{1++}'::lifetable;
SELECT 'exact{1@}'::lifetable;
SELECT 'exact{2@3}'::lifetable;
SELECT 'exact{2@2}'::lifetable;
SELECT 'exact{-2}'::lifetable;
SELECT 'exact{NaN+}'::lifetable;
SELECT 'exact{1e400}'::lifetable;
SELECT 'exact{101}'::lifetable;
SELECT 'histogram{1:1/0}'::lifetable;
-- a detail quotes at most 20 bytes and cuts before a character, not inside it
-- (found by test/fuzz/fuzz_lifetable.c): 19 x and an é after a grid index
SELECT ('histogram{5 ' || repeat('x', 19) || 'é}')::lifetable;
SELECT 'histogram{5:1/0/1, 4:0/0/1}'::lifetable;
SELECT 'histogram{5167:0/0/0}'::lifetable;
SELECT 'histogram{-1:0/0/0}'::lifetable;
SELECT 'histogram{5:4294967296/0/0}'::lifetable;
SELECT 'histogram{5:1/0/0}'::lifetable;
SELECT 'histogram{4:0/0/1, 5:1/0/0, 7:0/0/1}'::lifetable;
SELECT 'histogram{5:1/0/1}'::lifetable;
SELECT 'histogram{5:0/0/1, 7:1/1/0}'::lifetable;
SELECT 'exact{1}; DROP TABLE lifetable_test_example'::lifetable;
-- more than 3800 exact observations do not fit the exact form
SELECT ('exact{' || string_agg('1', ',') || '}')::lifetable FROM generate_series(1, 3801);
SELECT lives(('exact{' || string_agg('1', ',') || '}')::lifetable) FROM generate_series(1, 3800);

-- beyond 3800 lives the state becomes a histogram; it stays below 64 kB
-- (plain tables, not temporary ones: only those are scanned in parallel)
CREATE TABLE lifetable_test_many AS
	SELECT (i % 4000) / 365.25 + 0.5 AS age, i % 5 < 3 AS retired,
	       CASE WHEN i % 7 = 0 THEN 0.25 ELSE 0 END AS entry_age
	  FROM generate_series(1, 200000) i;
SELECT is_exact(lt), lives(lt), retirements(lt), pg_column_size(lt) <= 65536 AS within_64kb
  FROM (SELECT lifetable(age, retired, entry_age) AS lt FROM lifetable_test_many) s;
SELECT is_exact(lifetable(age, retired)), pg_column_size(lifetable(age, retired)) AS exact_bytes
  FROM (SELECT * FROM lifetable_test_many LIMIT 3800) s;
SELECT is_exact(lifetable(age, retired)) FROM (SELECT * FROM lifetable_test_many LIMIT 3801) s;
-- every age up to 100 years fits, whatever the row count
SELECT pg_column_size(lifetable(i / 1000.0, true)) <= 65536 AS within_64kb, lives(lifetable(i / 1000.0, true))
  FROM generate_series(1, 100000) i;
-- the histogram text reads back to the same state
SELECT lt::text::lifetable::text = lt::text AS reads_back
  FROM (SELECT lifetable(age, retired, entry_age) AS lt FROM lifetable_test_many) s;

-- combine: exact + exact stays exact while it fits
SELECT lifetable_combine('exact{1, 2+}', 'exact{3@1, 1.5+}');
SELECT is_exact(lifetable_combine(a, a))
  FROM (SELECT ('exact{' || string_agg('1', ',') || '}')::lifetable AS a FROM generate_series(1, 1900)) s;
SELECT is_exact(lifetable_combine(a, 'exact{2}')), lives(lifetable_combine(a, 'exact{2}'))
  FROM (SELECT ('exact{' || string_agg('1', ',') || '}')::lifetable AS a FROM generate_series(1, 3800)) s;
-- exact + histogram and histogram + exact count the same lives
SELECT lifetable_combine('histogram{0:0/0/1, 1096:1/0/0}', 'exact{3.0006844626967832, 4+}');
SELECT lifetable_combine('exact{3.0006844626967832, 4+}', 'histogram{0:0/0/1, 1096:1/0/0}');
-- the arguments are not changed when it is called as a function
SELECT a, lifetable_combine(a, a), a FROM (VALUES ('exact{1, 2+}'::lifetable)) v(a);
SELECT lifetable_add(a, 5, true), a FROM (VALUES ('exact{1, 2+}'::lifetable)) v(a);
SELECT lifetable_add(lifetable_add('exact{}', 5, true), 6, false, 1);

-- combine through a parallel plan: the same state as without workers
SELECT lt::text AS serial_text, weibull_fit(lt) AS serial_fit
  FROM (SELECT lifetable(age, retired, entry_age) AS lt FROM lifetable_test_many) s \gset
ANALYZE lifetable_test_many;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT lifetable(age, retired, entry_age) FROM lifetable_test_many;
SELECT lifetable(age, retired, entry_age)::text = :'serial_text' AS same_state,
       weibull_fit(age, retired, entry_age) = :'serial_fit'::weibull AS same_fit
  FROM lifetable_test_many;
-- small groups stay exact through the workers
SELECT (SELECT lifetable(age, retired) FROM lifetable_test_example)::text = 'exact{2.5, 3+, 3.1, 3.8, 4, 4.4, 4.5+, 5, 5.6, 6+}' AS exact_in_parallel;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;

-- binary send/recv round trip through COPY (FORMAT binary)
CREATE TEMP TABLE lts (lt lifetable);
INSERT INTO lts SELECT lifetable(age, retired, entry_age) FROM lifetable_test_example;
INSERT INTO lts SELECT lifetable(age, retired, entry_age) FROM lifetable_test_many;
INSERT INTO lts VALUES ('exact{}');
SELECT '/tmp/circular_ict_lifetable_' || pg_backend_pid() || '.bin' AS binfile \gset
COPY lts TO :'binfile' (FORMAT binary);
CREATE TEMP TABLE lts2 (lt lifetable);
COPY lts2 FROM :'binfile' (FORMAT binary);
SELECT count(*) AS same FROM lts a JOIN lts2 b ON a.lt::text = b.lt::text;
-- binary input re-checks: unknown format byte, entry after age, bins out of order, more leave than enter
SELECT 'perl -e ''print pack("H*", "5047434f50590aff0d0a00" . "00000000" . "00000000" . "0001" . "'
       || h || '" . "ffff")''' AS cmd
  FROM (VALUES (lpad(to_hex(length('03' || '00000000') / 2), 8, '0') || '03' || '00000000')) v(h) \gset
COPY lts2 FROM PROGRAM :'cmd' (FORMAT binary);
SELECT 'perl -e ''print pack("H*", "5047434f50590aff0d0a00" . "00000000" . "00000000" . "0001" . "'
       || lpad(to_hex(length(h) / 2), 8, '0') || h || '" . "ffff")''' AS cmd
  FROM (VALUES ('01' || '00000001' || '4000000000000000' || '4008000000000000' || '01')) v(h) \gset
COPY lts2 FROM PROGRAM :'cmd' (FORMAT binary);
SELECT 'perl -e ''print pack("H*", "5047434f50590aff0d0a00" . "00000000" . "00000000" . "0001" . "'
       || lpad(to_hex(length(h) / 2), 8, '0') || h || '" . "ffff")''' AS cmd
  FROM (VALUES ('02' || '00000002' || '00000005' || '000000000000000000000001'
                || '00000004' || '000000000000000000000001')) v(h) \gset
COPY lts2 FROM PROGRAM :'cmd' (FORMAT binary);
SELECT 'perl -e ''print pack("H*", "5047434f50590aff0d0a00" . "00000000" . "00000000" . "0001" . "'
       || lpad(to_hex(length(h) / 2), 8, '0') || h || '" . "ffff")''' AS cmd
  FROM (VALUES ('02' || '00000001' || '00000005' || '00000001' || '00000000' || '00000000')) v(h) \gset
COPY lts2 FROM PROGRAM :'cmd' (FORMAT binary);
\set VERBOSITY terse
SELECT ('rm -f ' || :'binfile') AS rmcmd \gset
COPY (SELECT 1) TO PROGRAM :'rmcmd';
\set VERBOSITY default

-- labels: immutable, parallel safe, strict, documented; aggregates with a combine function
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args, p.prokind,
       p.provolatile, p.proparallel, p.proisstrict,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
  FROM pg_proc p
  JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
 WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict')
   AND (pg_get_function_identity_arguments(p.oid) LIKE '%lifetable%' OR p.proname LIKE 'lifetable%'
        OR p.proname = 'weibull_fit')
 ORDER BY 1, 2;
SELECT a.aggfnoid::regprocedure, a.aggtranstype::regtype, a.aggcombinefn, a.agginitval
  FROM pg_aggregate a
 WHERE a.aggfnoid::regproc::text IN ('circular_ict.lifetable', 'circular_ict.weibull_fit')
 ORDER BY 1::text;
SELECT obj_description('circular_ict.lifetable'::regtype, 'pg_type') IS NOT NULL AS type_documented;

DROP TABLE lifetable_test_example, lifetable_test_many, lts, lts2;
