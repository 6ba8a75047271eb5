-- lifespans: the weibull type, a Weibull lifetime distribution (shape k,
-- scale lambda in years), and its lifetime functions

CREATE TYPE @extschema@.weibull;

CREATE FUNCTION @extschema@.weibull_in(cstring) RETURNS @extschema@.weibull
	AS 'MODULE_PATHNAME', 'weibull_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weibull_in(cstring) IS
	'text input of weibull: [weibull](shape=K, scale=L), names shape or k and scale or lambda';

CREATE FUNCTION @extschema@.weibull_out(@extschema@.weibull) RETURNS cstring
	AS 'MODULE_PATHNAME', 'weibull_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weibull_out(@extschema@.weibull) IS
	'text output of weibull: weibull(shape=K, scale=L) with the shortest decimals that read back equal';

CREATE FUNCTION @extschema@.weibull_recv(internal) RETURNS @extschema@.weibull
	AS 'MODULE_PATHNAME', 'weibull_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weibull_recv(internal) IS
	'binary input of weibull: shape and scale as float8, checked as text input is';

CREATE FUNCTION @extschema@.weibull_send(@extschema@.weibull) RETURNS bytea
	AS 'MODULE_PATHNAME', 'weibull_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weibull_send(@extschema@.weibull) IS
	'binary output of weibull: shape and scale as float8';

CREATE TYPE @extschema@.weibull (
	INTERNALLENGTH = 16,
	INPUT = @extschema@.weibull_in,
	OUTPUT = @extschema@.weibull_out,
	RECEIVE = @extschema@.weibull_recv,
	SEND = @extschema@.weibull_send,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.weibull IS
	'Weibull lifetime distribution: shape k > 0, scale lambda > 0 in years; text weibull(shape=K, scale=L)';

CREATE FUNCTION @extschema@.weibull(shape float8, scale float8) RETURNS @extschema@.weibull
	AS 'MODULE_PATHNAME', 'weibull_make'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weibull(float8, float8) IS
	'the Weibull distribution of the given shape and scale (years), both finite and > 0';

CREATE FUNCTION @extschema@.weibull_eq(@extschema@.weibull, @extschema@.weibull) RETURNS boolean
	AS 'MODULE_PATHNAME', 'weibull_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.weibull_eq(@extschema@.weibull, @extschema@.weibull) IS
	'same shape and same scale';

CREATE FUNCTION @extschema@.weibull_ne(@extschema@.weibull, @extschema@.weibull) RETURNS boolean
	AS 'MODULE_PATHNAME', 'weibull_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.weibull_ne(@extschema@.weibull, @extschema@.weibull) IS
	'different shape or scale';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.weibull, RIGHTARG = @extschema@.weibull,
	FUNCTION = @extschema@.weibull_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.weibull, @extschema@.weibull) IS
	'same shape and same scale';

CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.weibull, RIGHTARG = @extschema@.weibull,
	FUNCTION = @extschema@.weibull_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.weibull, @extschema@.weibull) IS
	'different shape or scale';

CREATE FUNCTION @extschema@.shape(@extschema@.weibull) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_shape'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shape(@extschema@.weibull) IS
	'the shape k of a Weibull distribution';

CREATE FUNCTION @extschema@.scale(@extschema@.weibull) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_scale'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.scale(@extschema@.weibull) IS
	'the scale lambda (years) of a Weibull distribution';

CREATE FUNCTION @extschema@.survival(w @extschema@.weibull, age float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_survival'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.survival(@extschema@.weibull, float8) IS
	'S(age) = exp(-(age/lambda)^k): probability of still being in service at age (years >= 0)';

CREATE FUNCTION @extschema@.cdf(w @extschema@.weibull, age float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_cdf'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cdf(@extschema@.weibull, float8) IS
	'F(age) = 1 - S(age): probability of having retired by age (years >= 0)';

CREATE FUNCTION @extschema@.pdf(w @extschema@.weibull, age float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_pdf'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pdf(@extschema@.weibull, float8) IS
	'probability density of retiring at age (per year); Infinity at age 0 when the shape is below 1';

CREATE FUNCTION @extschema@.hazard(w @extschema@.weibull, age float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_hazard'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hazard(@extschema@.weibull, float8) IS
	'h(age) = (k/lambda)(age/lambda)^(k-1): retirement rate at age among assets still in service (per year)';

CREATE FUNCTION @extschema@.quantile(w @extschema@.weibull, p float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_quantile'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantile(@extschema@.weibull, float8) IS
	'the age by which a share p (0 <= p < 1) of assets has retired: lambda (-ln(1-p))^(1/k)';

CREATE FUNCTION @extschema@.mean_life(w @extschema@.weibull) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_mean_life'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_life(@extschema@.weibull) IS
	'expected lifetime lambda Gamma(1 + 1/k), years';

CREATE FUNCTION @extschema@.median_life(w @extschema@.weibull) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_median_life'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.median_life(@extschema@.weibull) IS
	'median lifetime lambda (ln 2)^(1/k), years';

CREATE FUNCTION @extschema@.remaining_life(w @extschema@.weibull, age float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_remaining_life'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.remaining_life(@extschema@.weibull, float8) IS
	'mean residual life E[T - age | T > age] in years, through the upper incomplete gamma function; finite and accurate where survival underflows';

CREATE FUNCTION @extschema@.mean_remaining_life(w @extschema@.weibull, profile float8[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_profile_remaining_life'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_remaining_life(@extschema@.weibull, float8[]) IS
	'mean residual life of the units of an age profile (age_profile), weighted by its first weight: sum(weight * remaining_life(w, age)) / sum(weight) over the rows whose weight is not NULL; NULL when they weigh nothing';

CREATE FUNCTION @extschema@.median_remaining_life(w @extschema@.weibull, age float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_median_remaining_life'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.median_remaining_life(@extschema@.weibull, float8) IS
	'median residual life lambda ((age/lambda)^k + ln 2)^(1/k) - age, years';

CREATE FUNCTION @extschema@.retire_probability(w @extschema@.weibull, age_from float8, age_to float8)
	RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_retire_probability'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.retire_probability(@extschema@.weibull, float8, float8) IS
	'P(T <= age_to | T > age_from): probability that an asset in service at age_from retires by age_to';

CREATE FUNCTION @extschema@.retirement_forecast(w @extschema@.weibull, age float8, years integer)
	RETURNS TABLE (year integer, retire_probability float8, survival float8)
	AS 'MODULE_PATHNAME', 'weibull_retirement_forecast'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.retirement_forecast(@extschema@.weibull, float8, integer) IS
	'for an asset in service now at age, per coming year: probability it retires in that year and that it is still in service at its end';
