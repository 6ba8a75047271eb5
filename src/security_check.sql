-- every relation of the extension has a privilege decision, and every table
-- holding organisations' rows has row-level security: a table or view added
-- without one makes CREATE EXTENSION (and ALTER EXTENSION UPDATE) fail here,
-- naming it (see src/security.sql)
DO $do$
DECLARE
	missing text;
BEGIN
	SELECT string_agg(format('%s (%s)', c.relname,
			CASE WHEN c.relacl IS NULL THEN 'no GRANT' ELSE 'an organisation_id but no row-level security' END),
			', ' ORDER BY c.relname)
	INTO missing
	FROM pg_catalog.pg_class c
	WHERE c.relnamespace = '@extschema@'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
	  AND (c.relacl IS NULL
		   OR (c.relkind IN ('r', 'p') AND NOT c.relrowsecurity
			   AND EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
						   WHERE a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped)));
	IF missing IS NOT NULL THEN
		RAISE EXCEPTION 'circular_ict: relations without a privilege decision: %', missing
			USING HINT = 'Grant them and give their organisations'' rows row-level security in src/security.sql.';
	END IF;
END
$do$;

-- no member and no reader can lock another organisation out: neither holds
-- a table-level privilege that lets LOCK TABLE take a mode stronger than
-- ROW EXCLUSIVE (UPDATE, DELETE, TRUNCATE, MAINTAIN), nor one that takes
-- such a lock by DDL (REFERENCES: a foreign key of a temporary table;
-- TRIGGER), on any relation of the schema, views included; a relation
-- added later is covered without an edit
DO $do$
DECLARE
	held text;
BEGIN
	SELECT string_agg(format('%s %s on %s', r.rolname, p.privilege, c.relname), ', '
			ORDER BY c.relname, r.rolname, p.privilege)
	INTO held
	FROM pg_catalog.pg_class c
		CROSS JOIN pg_catalog.pg_roles r
		CROSS JOIN unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']
			|| CASE WHEN pg_catalog.current_setting('server_version_num')::integer >= 170000
					THEN ARRAY['MAINTAIN'] ELSE '{}' END) p (privilege)
	WHERE c.relnamespace = '@extschema@'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
	  AND r.rolname IN ('circular_ict_member', 'circular_ict_reader')
	  AND pg_catalog.has_table_privilege(r.oid, c.oid, p.privilege);
	IF held IS NOT NULL THEN
		RAISE EXCEPTION 'circular_ict: members or readers hold privileges that lock others out: %', held
			USING HINT = 'A member deletes through the functions of src/member_writes.sql; grant it SELECT, and INSERT or UPDATE of columns, only (src/security_member_grants.sql).';
	END IF;
END
$do$;
