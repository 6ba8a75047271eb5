-- core: the module itself
--
-- Every name in this script is qualified with @extschema@: pg_catalog is
-- searched first, so an unqualified version() would be pg_catalog's.

-- CREATE EXTENSION uses a schema circular_ict that exists already.  One
-- that a role other than a superuser created beforehand would let that
-- role plant objects beside the extension's, or drop them: refuse it.
DO $guard$
DECLARE
	owner name;
BEGIN
	SELECT r.rolname INTO owner
	FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_roles r ON r.oid = n.nspowner
	WHERE n.oid = '@extschema@'::regnamespace AND NOT r.rolsuper;
	IF owner IS NOT NULL THEN
		RAISE EXCEPTION 'schema "@extschema@" belongs to role "%", not to a superuser', owner
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'Drop the schema, or let a superuser own it (ALTER SCHEMA @extschema@ OWNER TO ...), then create the extension.';
	END IF;
END
$guard$;

CREATE FUNCTION @extschema@.version() RETURNS text
	AS 'MODULE_PATHNAME', 'circular_ict_version'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.version() IS 'version of the circular_ict shared library in use';

-- The schema is created by CREATE EXTENSION (schema = circular_ict in the
-- control file) and owned by the installing superuser: without this, no
-- other role could reach the functions, types and views inside it.
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
