-- core: the module itself
--
-- Every name in this script is qualified with @extschema@: pg_catalog is
-- searched first, so an unqualified version() would be pg_catalog's.

CREATE FUNCTION @extschema@.version() RETURNS text
	AS 'MODULE_PATHNAME', 'circular_ict_version'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.version() IS 'version of the circular_ict shared library in use';

-- The schema is created by CREATE EXTENSION (schema = circular_ict in the
-- control file) and owned by the installing superuser: without this, no
-- other role could reach the functions, types and views inside it.
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
