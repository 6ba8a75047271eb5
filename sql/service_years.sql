-- service_years(purchased, retired, as_of): days in service / 365.25
-- (issue 4; doc/derivations.md#weibull-formulas: ages in years).
-- Expected numbers are day counts divided by 365.25, worked by hand below.
SET search_path = circular_ict, public;

-- retired: 2020-01-01 .. 2024-01-01 is 1461 days = 4 years exactly
SELECT service_years('2020-01-01', '2024-01-01', '2025-06-30');
-- still in service: 2020-01-01 .. 2025-01-01 is 1827 days; 1827/365.25 = 5.002053388...
SELECT round(service_years('2020-01-01', NULL, '2025-01-01')::numeric, 9);
-- retired after as_of: as of 2022-01-01 it was still in service, 731 days = 2.001368925 years
SELECT round(service_years('2020-01-01', '2024-01-01', '2022-01-01')::numeric, 9);
-- bought and retired on the same day, or bought on as_of: 0 years
SELECT service_years('2023-03-01', '2023-03-01', '2024-01-01'),
       service_years('2024-01-01', NULL, '2024-01-01');
-- one day: 1/365.25
SELECT service_years('2024-01-01', '2024-01-02', '2024-01-02') = 1/365.25 AS one_day;
-- its answer is exactly a grid point of the lifetable histogram (days/365.25)
SELECT service_years('2000-02-29', NULL, '2099-12-31') * 365.25 AS days;

-- errors (22023) with detail
\set VERBOSITY default
SELECT service_years('2024-01-01', '2023-12-31', '2025-01-01');
SELECT service_years('2025-01-02', NULL, '2025-01-01');
SELECT service_years(NULL, '2023-12-31', '2025-01-01');
SELECT service_years('2020-01-01', NULL, NULL);
SELECT service_years('-infinity', NULL, '2025-01-01');
SELECT service_years('2020-01-01', 'infinity', '2025-01-01');
SELECT service_years('2020-01-01', NULL, 'infinity');
\set VERBOSITY terse
DO $$ BEGIN PERFORM circular_ict.service_years('2024-01-01', '2023-12-31', '2025-01-01');
EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'SQLSTATE %', SQLSTATE; END $$;
\set VERBOSITY default

-- labels: immutable, parallel safe, not strict (retired may be NULL)
SELECT provolatile, proparallel, proisstrict
  FROM pg_proc WHERE oid = 'circular_ict.service_years(date,date,date)'::regprocedure;
