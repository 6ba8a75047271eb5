-- the library reports the version the Makefile compiled into it, and it is
-- the version of the installed SQL objects (a mismatch means an
-- ALTER EXTENSION circular_ict UPDATE is due)
SELECT circular_ict.version() ~ '^[0-9]+\.[0-9]+\.[0-9]+$' AS looks_like_a_version;
SELECT circular_ict.version() = extversion AS library_matches_sql
  FROM pg_extension WHERE extname = 'circular_ict';

-- the extension lives in its own schema and cannot be moved
SELECT extname, extnamespace::regnamespace, extrelocatable
  FROM pg_extension WHERE extname = 'circular_ict';
ALTER EXTENSION circular_ict SET SCHEMA public;

-- labels a user relies on: parallel safe, documented
SELECT p.proname, p.provolatile, p.proparallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
  FROM pg_proc p WHERE p.oid = 'circular_ict.version()'::regprocedure;
