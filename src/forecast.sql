-- expected retirements of a fleet over future intervals, in one pass

CREATE FUNCTION @extschema@.expected_retirements_add(float8[], @extschema@.weibull, float8, float8, float8[])
	RETURNS float8[]
	AS 'MODULE_PATHNAME', 'expected_retirements_add'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.expected_retirements_add(float8[], @extschema@.weibull, float8, float8, float8[]) IS 'transition function of expected_retirements';

CREATE FUNCTION @extschema@.expected_retirements_combine(float8[], float8[]) RETURNS float8[]
	AS 'MODULE_PATHNAME', 'expected_retirements_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.expected_retirements_combine(float8[], float8[]) IS 'combine function of expected_retirements';

CREATE AGGREGATE @extschema@.expected_retirements(w @extschema@.weibull, age float8, quantity float8,
		horizons float8[]) (
	SFUNC = @extschema@.expected_retirements_add,
	STYPE = float8[],
	COMBINEFUNC = @extschema@.expected_retirements_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.expected_retirements(@extschema@.weibull, float8, float8, float8[]) IS 'over a fleet of units in service, now age years old, with lifetime distribution w: the expected number retiring in each interval (horizons[k-1], horizons[k]] years from now (horizons[0] = 0); rows with a NULL are skipped, no rows give NULL';
