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
