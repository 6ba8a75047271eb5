-- core: the module itself
--
-- Every name in this script is qualified with @extschema@: pg_catalog is
-- searched first, so an unqualified version() would be pg_catalog's.

CREATE FUNCTION @extschema@.version() RETURNS text
	AS 'MODULE_PATHNAME', 'circular_ict_version'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.version() IS 'version of the circular_ict shared library in use';
