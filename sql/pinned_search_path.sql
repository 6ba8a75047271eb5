-- Every SECURITY DEFINER function of the extension, and every function a
-- row-level security policy on the extension's tables runs, pins
-- search_path with pg_temp last (issue 18): a definer runs with its owner's
-- rights, a policy's function runs inside every member's query, and with
-- the caller's search_path either would resolve its unqualified names, and
-- its operators, in a schema the caller chose.  (The report functions are
-- neither: they stay inlinable, without a SET clause, and qualify their
-- names; test/checks/search_path_hijack tries them.)
--
-- The check is a view, so that it is shown failing first: the functions
-- that break the rule, and why.
\set SHOW_CONTEXT never
CREATE TEMP VIEW unpinned AS
WITH fn AS (
	-- the extension's definers
	SELECT p.oid, 'SECURITY DEFINER' AS why
	FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
	WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict')
	  AND p.prosecdef
	UNION
	-- the functions in a policy's USING or WITH CHECK on a table of the
	-- extension's schema, the extension's or not (CREATE POLICY records
	-- them in pg_depend); C and internal functions have no search_path
	SELECT p.oid, format('policy %s on %s', pol.polname, pol.polrelid::regclass)
	FROM pg_policy pol
		JOIN pg_class c ON c.oid = pol.polrelid
		JOIN pg_depend d ON d.classid = 'pg_policy'::regclass AND d.objid = pol.oid
			AND d.refclassid = 'pg_proc'::regclass
		JOIN pg_proc p ON p.oid = d.refobjid
		JOIN pg_language l ON l.oid = p.prolang
	WHERE c.relnamespace = 'circular_ict'::regnamespace AND l.lanname NOT IN ('c', 'internal')
)
SELECT fn.oid::regprocedure AS function, string_agg(fn.why, ', ' ORDER BY fn.why) AS runs_in,
	   (SELECT string_agg(s, ', ') FROM unnest(p.proconfig) s WHERE s LIKE 'search\_path=%') AS search_path
FROM fn JOIN pg_proc p ON p.oid = fn.oid
WHERE NOT EXISTS (SELECT FROM unnest(p.proconfig) s
				  WHERE s LIKE 'search\_path=%' AND s NOT LIKE '%"$user"%' AND s NOT LIKE '%public%'
					AND s ~ '(^search_path=|, )pg_temp$')
GROUP BY fn.oid, p.proconfig
ORDER BY fn.oid::regprocedure::text;

-- the check fails: a definer added to the extension without a SET clause,
-- one whose search_path puts pg_temp first, and a policy running a
-- function with the caller's search_path
BEGIN;
CREATE FUNCTION circular_ict.regress_unpinned_definer() RETURNS integer
	LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
ALTER EXTENSION circular_ict ADD FUNCTION circular_ict.regress_unpinned_definer();
CREATE FUNCTION circular_ict.regress_temp_first_definer() RETURNS integer
	LANGUAGE sql SECURITY DEFINER SET search_path = pg_temp, pg_catalog AS 'SELECT 1';
ALTER EXTENSION circular_ict ADD FUNCTION circular_ict.regress_temp_first_definer();
CREATE FUNCTION public.regress_policy_organisations() RETURNS integer[]
	LANGUAGE sql STABLE AS 'SELECT ARRAY[1]';
CREATE POLICY regress_unpinned ON circular_ict.asset FOR SELECT TO circular_ict_member
	USING (organisation_id = ANY (public.regress_policy_organisations()));
SELECT * FROM unpinned;
ROLLBACK;

-- and passes on the extension as it is
SELECT * FROM unpinned;
-- what it checked: the four login functions of src/logins.sql are the
-- extension's definers; member_organisations() and
-- writable_organisations() are the functions its policies run, in C: they
-- pin search_path for their one query themselves (src/membership.c)
SELECT p.oid::regprocedure AS security_definer, p.proconfig
FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict') AND p.prosecdef
ORDER BY p.oid::regprocedure::text;
SELECT DISTINCT d.refobjid::regprocedure::text AS policy_function, l.lanname, p.proconfig
FROM pg_policy pol
	JOIN pg_depend d ON d.classid = 'pg_policy'::regclass AND d.objid = pol.oid
		AND d.refclassid = 'pg_proc'::regclass
	JOIN pg_proc p ON p.oid = d.refobjid
	JOIN pg_language l ON l.oid = p.prolang
WHERE pol.polrelid::regclass::text LIKE 'circular_ict.%'
ORDER BY 1;
