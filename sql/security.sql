-- Security: which functions run with their owner's rights; which functions pin
-- their search_path; what the extension grants to PUBLIC; what a role
-- without privileges can read and change, with the exact errors.  (A
-- hostile search_path: test/checks/search_path_hijack.  The report views
-- read by a role without privileges: test/checks/report_view_grants.)

-- the SECURITY DEFINER functions: the DBA's login functions only
-- (src/logins.sql; their pinned search_path: sql/pinned_search_path.sql)
SELECT p.oid::regprocedure AS security_definer
FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict') AND d.deptype = 'e'
  AND p.prosecdef
ORDER BY p.oid::regprocedure::text;

-- the SQL and PL/pgSQL functions: those that are not inlined pin
-- search_path with pg_temp last; the inlined ones (the reports) have no
-- SET clause, which would stop the inlining, and qualify their names
SELECT p.proname, l.lanname, p.proconfig
FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
	JOIN pg_language l ON l.oid = p.prolang
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict') AND d.deptype = 'e'
  AND l.lanname IN ('sql', 'plpgsql')
ORDER BY 1;

-- what PUBLIC may do: use the schema (not create in it); read the
-- reference tables, the views and the group's settings; nothing else.  The
-- users' own tables are those pg_dump keeps whole (pg_extension_config_dump
-- with no condition).
SELECT n.nspname AS schema, a.privilege_type
FROM pg_namespace n, aclexplode(n.nspacl) a
WHERE n.nspname = 'circular_ict' AND a.grantee = 0;
CREATE TEMP VIEW extension_relation AS
SELECT c.oid, c.relname, c.relkind,
	   coalesce((SELECT e.extcondition[k] = ''
				 FROM pg_extension e, generate_subscripts(e.extconfig, 1) k
				 WHERE e.extname = 'circular_ict' AND e.extconfig[k] = c.oid), false) AS users_data,
	   ARRAY(SELECT a.privilege_type FROM aclexplode(c.relacl) a WHERE a.grantee = 0 ORDER BY 1) AS public_may
FROM pg_depend d JOIN pg_class c ON c.oid = d.objid AND d.classid = 'pg_class'::regclass
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict') AND d.deptype = 'e';
SELECT relname, relkind, public_may AS more_than_select_to_public
FROM extension_relation WHERE public_may <> '{}' AND public_may <> '{SELECT}';
SELECT e.relname, e.relkind, e.public_may AS users_data_public, c.relrowsecurity AS row_level_security
FROM extension_relation e JOIN pg_class c USING (oid) WHERE e.users_data AND e.public_may <> '{}' ORDER BY 1;
-- (asset_import is the register's staging view: for members and the admin;
-- work_lock holds the locks of the long operations: for no role at all)
SELECT relname AS reference_not_public FROM extension_relation
WHERE relkind IN ('r', 'v') AND NOT users_data AND public_may <> '{SELECT}'
  AND relname NOT IN ('asset_import', 'work_lock');
SELECT c.relname, (SELECT count(*) FROM aclexplode(c.relacl) a WHERE a.grantee <> c.relowner) AS granted_to_others
FROM pg_class c WHERE c.oid = 'circular_ict.work_lock'::regclass;
SELECT string_agg(relname, ', ' ORDER BY relname) AS users_data_tables FROM extension_relation WHERE users_data AND relkind = 'r';

-- the reports' one rule (src/reports/common.sql): a report reads the
-- register with the rights of the role that reads it.  The report layer is
-- every set-returning SQL function of the extension taking only a date and
-- every view of the extension; each such function is plain SQL with the
-- invoker's rights and no SET clause, each view security_invoker
CREATE TEMP VIEW report_layer AS
SELECT p.oid::regprocedure::text AS object, p.proname AS name, 'function' AS kind,
	   NOT p.prosecdef AND p.proconfig IS NULL AND l.lanname = 'sql' AS invoker_rights
FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
	JOIN pg_language l ON l.oid = p.prolang
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict') AND d.deptype = 'e'
  AND p.proretset AND p.proargtypes IN ('1082'::oidvector, '1082 23'::oidvector)	-- (as_of date[, organisation_id integer])
UNION ALL
SELECT c.oid::regclass::text, c.relname, 'view', coalesce(c.reloptions @> '{security_invoker=true}', false)
FROM pg_depend d JOIN pg_class c ON c.oid = d.objid AND d.classid = 'pg_class'::regclass
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict') AND d.deptype = 'e'
  AND c.relkind = 'v';
GRANT SELECT ON report_layer TO PUBLIC;
SELECT object AS report_layer_without_invoker_rights FROM report_layer WHERE NOT invoker_rights;
-- the seven reports: a view that is its function at current_date
SELECT v.name AS report FROM report_layer v JOIN report_layer f USING (name)
WHERE v.kind = 'view' AND f.kind = 'function' ORDER BY 1;
-- whether a query is refused for lack of a privilege (whatever it names)
CREATE FUNCTION pg_temp.refused(query text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE query;
	RETURN false;
EXCEPTION WHEN insufficient_privilege THEN
	RETURN true;
END $$;

-- a role without privileges, and some rows a leak would show
CREATE ROLE regress_circular_nobody;
INSERT INTO circular_ict.organisation (name) VALUES ('Secret');
INSERT INTO circular_ict.asset (organisation_id, serial, category, purchased)
SELECT id, 'S-1', 'laptop', '2020-01-01' FROM circular_ict.organisation WHERE name = 'Secret';
INSERT INTO circular_ict.asset_import (serial) VALUES ('staged');
SELECT organisations, figures > 0 AS has_figures FROM circular_ict.refresh_benchmarks('2025-01-01');
SET ROLE regress_circular_nobody;

-- it reads the reference data and uses the functions
SELECT count(*) > 0 AS reads_device_category FROM circular_ict.device_category;
SELECT count(*) > 0 AS reads_raw_material FROM circular_ict.raw_material;
SELECT count(*) > 0 AS reads_country_lookup FROM circular_ict.country_lookup;
SELECT circular_ict.critical_grams('Co=65g, Au=104mg') AS crm_grams;

-- it reads nothing of the register, nor the benchmarks, not even through
-- the report views granted to PUBLIC (SELECT on the tables with row-level
-- security returning no row would not do: EXPLAIN ANALYZE would count the
-- rows its own leakproof conditions match before the policy refuses them)
SELECT * FROM circular_ict.organisation;
SELECT * FROM circular_ict.organisation_member;
SELECT count(*) AS asset_rows FROM circular_ict.asset;
SELECT count(*) AS product_model_rows FROM circular_ict.product_model;
SELECT count(*) AS asset_import_rows FROM circular_ict.asset_import;
SELECT count(*) AS import_error_rows FROM circular_ict.import_error;
SELECT nextval('circular_ict.asset_id_seq');
-- every function of the report layer, and every report view, is refused
-- (which table of the register refuses it first does not matter)
SELECT count(*) AS reads_of_the_register, count(*) FILTER (WHERE pg_temp.refused(
		CASE kind WHEN 'view' THEN format('SELECT count(*) FROM %s', object)
			 ELSE format('SELECT count(*) FROM circular_ict.%I(''2025-01-01'')', name) END)) AS refused
FROM report_layer
WHERE kind = 'function' OR name IN (SELECT name FROM report_layer WHERE kind = 'function');
SELECT count(*) AS my_benchmark_rows FROM circular_ict.my_benchmark;
SELECT count(*) AS organisation_benchmark_rows FROM circular_ict.organisation_benchmark;
SELECT count(*) AS benchmark_refresh_rows FROM circular_ict.benchmark_refresh;
\set VERBOSITY terse
SELECT * FROM circular_ict.import_assets('Secret');
\set VERBOSITY default

-- it writes no row of the register
INSERT INTO circular_ict.organisation (name) VALUES ('Mine');
INSERT INTO circular_ict.asset_import (serial) VALUES ('mine');
UPDATE circular_ict.asset SET serial = 'x';
DELETE FROM circular_ict.asset;

-- it changes no reference row, shipped or not, and creates nothing in the schema
INSERT INTO circular_ict.device_category (name, description, source, confidence)
VALUES ('toaster', 'toaster', 'me', 'verified');
UPDATE circular_ict.raw_material SET crm_2023 = false WHERE shipped;
DELETE FROM circular_ict.criterion WHERE shipped;
UPDATE circular_ict.grid_intensity SET kg_co2e_per_kwh = 0;
TRUNCATE circular_ict.country_alias;
CREATE TABLE circular_ict.squatter (x int);
CREATE FUNCTION circular_ict.lower(text) RETURNS text LANGUAGE sql AS 'SELECT $1';
RESET ROLE;

-- what a member's own conditions may touch (src/security.sql, issue 18):
-- every table a reader's policy lets it read has one read policy of the
-- form "key = ANY (array)" (or true), and every index of it leads with
-- that key, or is a one-column index of the id.  A new index or policy that
-- breaks the rule is a row here.
CREATE TEMP VIEW reader_policy AS
SELECT p.polrelid, p.polrelid::regclass AS tab, pg_get_expr(p.polqual, p.polrelid) AS qual,
	   substring(pg_get_expr(p.polqual, p.polrelid) FROM '^\((.*) = ANY \(') AS policy_key
FROM pg_policy p
WHERE p.polcmd = 'r' AND (SELECT oid FROM pg_roles WHERE rolname = 'circular_ict_reader') = ANY (p.polroles)
  AND p.polrelid::regclass::text LIKE 'circular_ict.%';
SELECT tab, qual FROM reader_policy
WHERE qual <> 'true' AND policy_key IS NULL AND qual <> '(role = CURRENT_USER)' ORDER BY tab::text;
SELECT r.tab, i.indexrelid::regclass AS index, pg_get_indexdef(i.indexrelid, 1, true) AS first_key,
	   coalesce(r.policy_key, 'role') AS policy_key
FROM reader_policy r JOIN pg_index i ON i.indrelid = r.polrelid
WHERE r.qual <> 'true'
  AND pg_get_indexdef(i.indexrelid, 1, true) <> coalesce(r.policy_key, 'role')
  AND NOT (i.indnatts = 1 AND pg_get_indexdef(i.indexrelid, 1, true) IN ('id', 'row_id'))
  -- the one exception, open in the threat model (doc/buyer-group.md): the
  -- organisations' names are unique, and the index on them tells a member
  -- whether the group has an organisation of a given name
  AND i.indexrelid <> 'circular_ict.organisation_name_key'::regclass
ORDER BY 1, 2;
-- and the keys, per table
SELECT tab, coalesce(policy_key, qual) AS read_policy_key,
	   (SELECT string_agg(i.indexrelid::regclass::text, ', ' ORDER BY 1) FROM pg_index i WHERE i.indrelid = r.polrelid) AS indexes
FROM reader_policy r ORDER BY tab::text;
-- asset_states joins an asset's organisation by a LEFT JOIN, which the
-- planner may leave out: it shows a reader the same assets only while a
-- reader reads an asset exactly when it reads its organisation
SELECT (SELECT replace(qual, 'organisation_id', 'id') FROM reader_policy WHERE tab = 'circular_ict.asset'::regclass)
	   = (SELECT qual FROM reader_policy WHERE tab = 'circular_ict.organisation'::regclass)
	   AS asset_read_policy_is_organisations;
DROP VIEW reader_policy;

-- a read-only login of the organisation reads every report view
CREATE ROLE regress_circular_reader IN ROLE circular_ict_reader;
INSERT INTO circular_ict.organisation_member (role, organisation_id)
SELECT 'regress_circular_reader', id FROM circular_ict.organisation WHERE name = 'Secret';
SET ROLE regress_circular_reader;
SELECT count(*) > 0 AS fleet_overview_answers FROM circular_ict.fleet_overview;
SELECT count(*) > 0 AS material_inventory_answers FROM circular_ict.material_inventory;
SELECT count(*) > 0 AS lifespan_answers FROM circular_ict.lifespan_by_category;
SELECT count(*) > 0 AS forecast_answers FROM circular_ict.replacement_forecast;
SELECT count(*) > 0 AS circularity_answers FROM circular_ict.circularity_by_organisation;
SELECT count(*) > 0 AS compliance_answers FROM circular_ict.criteria_compliance;
SELECT count(*) > 0 AS scenario_answers FROM circular_ict.life_extension_scenarios;
RESET ROLE;

DELETE FROM circular_ict.organisation_member WHERE role = 'regress_circular_reader';
DROP ROLE regress_circular_reader;
DROP ROLE regress_circular_nobody;
DELETE FROM circular_ict.asset_import;
DELETE FROM circular_ict.benchmark_refresh;
DELETE FROM circular_ict.organisation WHERE name = 'Secret';
DROP VIEW extension_relation;
DROP VIEW report_layer;
