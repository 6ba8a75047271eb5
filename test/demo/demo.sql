-- make demo: what circular_ict shows today
\pset footer off
\echo
\echo 'circular_ict demo'
\echo '================='
CREATE EXTENSION circular_ict;
SELECT circular_ict.version() AS "library version",
       e.extversion AS "installed SQL version",
       e.extnamespace::regnamespace AS "schema"
  FROM pg_extension e WHERE e.extname = 'circular_ict';
