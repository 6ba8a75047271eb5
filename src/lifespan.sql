-- lifespans: years in service from the asset register's dates

CREATE FUNCTION @extschema@.service_years(purchased date, retired date, as_of date)
	RETURNS float8
	AS 'MODULE_PATHNAME', 'service_years'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.service_years(date, date, date) IS
	'years in service (days / 365.25) from purchased until retired, or until as_of when retired is NULL or later; errors for NULL purchased or as_of, retired before purchased, purchased after as_of';
