-- core: the module itself
--
-- Every name in this script is qualified with @extschema@: pg_catalog is
-- searched first, so an unqualified version() would be pg_catalog's.

-- CREATE EXTENSION uses a schema circular_ict that exists already.  One
-- that a role other than a superuser owns or may create objects in, or
-- that holds objects already, would let that role plant objects beside
-- the extension's (or drop them): refuse it.  (pg_restore creates the
-- schema empty, as the dumped database's superuser had it.)
DO $guard$
DECLARE
	owner name;
	creator name;
BEGIN
	SELECT r.rolname INTO owner
	FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_roles r ON r.oid = n.nspowner
	WHERE n.oid = '@extschema@'::regnamespace AND NOT r.rolsuper;
	IF owner IS NOT NULL THEN
		RAISE EXCEPTION 'schema "@extschema@" belongs to role "%", not to a superuser', owner
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'Drop the schema, or let a superuser own it (ALTER SCHEMA @extschema@ OWNER TO ...), then create the extension.';
	END IF;
	SELECT coalesce(r.rolname, 'PUBLIC') INTO creator
	FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a
		LEFT JOIN pg_catalog.pg_roles r ON r.oid = a.grantee
	WHERE n.oid = '@extschema@'::regnamespace AND a.privilege_type = 'CREATE'
	  AND NOT coalesce(r.rolsuper, false)
	LIMIT 1;
	IF creator IS NOT NULL THEN
		RAISE EXCEPTION 'schema "@extschema@" lets role "%" create objects in it', creator
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'REVOKE CREATE ON SCHEMA @extschema@ FROM ... first, or drop the schema.';
	END IF;
	IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.relnamespace = '@extschema@'::regnamespace)
	   OR EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.pronamespace = '@extschema@'::regnamespace)
	   OR EXISTS (SELECT 1 FROM pg_catalog.pg_type t WHERE t.typnamespace = '@extschema@'::regnamespace)
	   OR EXISTS (SELECT 1 FROM pg_catalog.pg_operator o WHERE o.oprnamespace = '@extschema@'::regnamespace) THEN
		RAISE EXCEPTION 'schema "@extschema@" is not empty'
			USING ERRCODE = 'object_in_use',
				  DETAIL = 'The extension creates every object of its schema; objects made there before it could stand in for its own.',
				  HINT = 'Move or drop what the schema holds, or drop the schema, then create the extension.';
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
