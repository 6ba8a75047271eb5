-- the median of values counted with multiplicities, as a parallel aggregate

CREATE FUNCTION @extschema@.weighted_median_add(bytea, float8, bigint) RETURNS bytea
	AS 'MODULE_PATHNAME', 'weighted_median_add'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weighted_median_add(bytea, float8, bigint) IS 'transition function of weighted_median';

CREATE FUNCTION @extschema@.weighted_median_combine(bytea, bytea) RETURNS bytea
	AS 'MODULE_PATHNAME', 'weighted_median_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weighted_median_combine(bytea, bytea) IS 'combine function of weighted_median';

CREATE FUNCTION @extschema@.weighted_median_final(bytea) RETURNS float8
	AS 'MODULE_PATHNAME', 'weighted_median_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weighted_median_final(bytea) IS 'final function of weighted_median';

CREATE AGGREGATE @extschema@.weighted_median(value float8, weight bigint) (
	SFUNC = @extschema@.weighted_median_add,
	STYPE = bytea,
	FINALFUNC = @extschema@.weighted_median_final,
	COMBINEFUNC = @extschema@.weighted_median_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.weighted_median(float8, bigint) IS 'median of the values, each counted weight times (e.g. a register line of quantity q counts q units): percentile_cont(0.5) of that multiset, interpolated halfway between the two middle units when their number is even; rows with a NULL or a weight of 0 count nothing, a negative weight is an error; NULL without units';
