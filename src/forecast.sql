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

-- the units of a fleet by age, collected in parallel, for what needs a
-- lifetime distribution known only at the end of the pass
CREATE FUNCTION @extschema@.age_profile_add(bytea, float8, float8[]) RETURNS bytea
	AS 'MODULE_PATHNAME', 'age_profile_add'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.age_profile_add(bytea, float8, float8[]) IS 'transition function of age_profile';

CREATE FUNCTION @extschema@.age_profile_combine(bytea, bytea) RETURNS bytea
	AS 'MODULE_PATHNAME', 'age_profile_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.age_profile_combine(bytea, bytea) IS 'combine function of age_profile';

CREATE FUNCTION @extschema@.age_profile_final(bytea) RETURNS float8[]
	AS 'MODULE_PATHNAME', 'age_profile_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.age_profile_final(bytea) IS 'final function of age_profile';

CREATE AGGREGATE @extschema@.age_profile(age float8, weights float8[]) (
	SFUNC = @extschema@.age_profile_add,
	STYPE = bytea,
	FINALFUNC = @extschema@.age_profile_final,
	COMBINEFUNC = @extschema@.age_profile_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.age_profile(float8, float8[]) IS 'the rows as a float8[rows][1 + weights] array of (age in years, weights...), in no particular order, e.g. age_profile(age, ARRAY[units, units * kg_co2e]) for mean_remaining_life and expected_retirements over a profile; rows with a NULL age or weights array are skipped, a NULL weight is kept; every row gives the same number of weights (1 to 100); NULL without rows';

-- COST: it walks the whole age profile once per weight and horizon, so
-- that the planner calls it once per group, not once per row a join to the
-- years of a forecast makes (replacement_forecast)
CREATE FUNCTION @extschema@.expected_retirements(w @extschema@.weibull, profile float8[], horizons float8[])
	RETURNS float8[]
	AS 'MODULE_PATHNAME', 'expected_retirements_profile'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION @extschema@.expected_retirements(@extschema@.weibull, float8[], float8[]) IS 'the expected_retirements aggregate over the rows of an age profile, once per weight: element [j][k] is the sum of weight j of the units expected to retire in (horizons[k-1], horizons[k]] years from now; a weight column of NULLs gives NULLs';
