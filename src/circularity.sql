-- circularity: the material_flows type and the Material Circularity
-- Indicator (Ellen MacArthur Foundation / Granta, 2015 method with the 2019
-- terms): flows add across parts and products, LFI and MCI come from sums.

-- material_flows type

CREATE TYPE @extschema@.material_flows;

CREATE FUNCTION @extschema@.material_flows_in(cstring) RETURNS @extschema@.material_flows
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.material_flows_in(cstring) IS 'text input of material_flows';

CREATE FUNCTION @extschema@.material_flows_out(@extschema@.material_flows) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.material_flows_out(@extschema@.material_flows) IS 'text output of material_flows';

CREATE FUNCTION @extschema@.material_flows_recv(internal) RETURNS @extschema@.material_flows
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.material_flows_recv(internal) IS 'binary input of material_flows';

CREATE FUNCTION @extschema@.material_flows_send(@extschema@.material_flows) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.material_flows_send(@extschema@.material_flows) IS 'binary output of material_flows';

CREATE TYPE @extschema@.material_flows (
	INTERNALLENGTH = 40,
	INPUT = @extschema@.material_flows_in,
	OUTPUT = @extschema@.material_flows_out,
	RECEIVE = @extschema@.material_flows_recv,
	SEND = @extschema@.material_flows_send,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.material_flows IS
	'mass flows of the Material Circularity Indicator: mass M, virgin feedstock V, unrecoverable waste W0, losses W_F (making recycled feedstock) and W_C (recycling the product); they add across parts';

-- material_flows functions

CREATE FUNCTION @extschema@.material_flows(
	mass float8,
	recycled_in float8 DEFAULT 0,
	reused_in float8 DEFAULT 0,
	recycled_out float8 DEFAULT 0,
	reused_out float8 DEFAULT 0,
	efficiency_in float8 DEFAULT 1,
	efficiency_out float8 DEFAULT 1,
	biological_in float8 DEFAULT 0,
	composted_out float8 DEFAULT 0,
	energy_out float8 DEFAULT 0)
	RETURNS @extschema@.material_flows
	AS 'MODULE_PATHNAME', 'material_flows_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.material_flows(float8, float8, float8, float8, float8, float8, float8, float8, float8, float8) IS
	'flows of a product from its mass and the MCI fractions F_R, F_U, C_R, C_U, E_F, E_C, F_S, C_C, C_E';

CREATE FUNCTION @extschema@.material_flows_eq(@extschema@.material_flows, @extschema@.material_flows) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.material_flows_eq(@extschema@.material_flows, @extschema@.material_flows) IS 'implementation of = operator';

CREATE FUNCTION @extschema@.material_flows_ne(@extschema@.material_flows, @extschema@.material_flows) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.material_flows_ne(@extschema@.material_flows, @extschema@.material_flows) IS 'implementation of <> operator';

CREATE FUNCTION @extschema@.material_flows_add(@extschema@.material_flows, @extschema@.material_flows) RETURNS @extschema@.material_flows
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.material_flows_add(@extschema@.material_flows, @extschema@.material_flows) IS 'implementation of + operator';

CREATE FUNCTION @extschema@.material_flows_accum(@extschema@.material_flows, @extschema@.material_flows) RETURNS @extschema@.material_flows
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.material_flows_accum(@extschema@.material_flows, @extschema@.material_flows) IS
	'transition and combine function of sum(material_flows)';

-- material_flows operators

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.material_flows,
	RIGHTARG = @extschema@.material_flows,
	FUNCTION = @extschema@.material_flows_eq,
	COMMUTATOR = OPERATOR(@extschema@.=),
	NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel,
	JOIN = pg_catalog.eqjoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.material_flows, @extschema@.material_flows) IS 'all five flows equal';

CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.material_flows,
	RIGHTARG = @extschema@.material_flows,
	FUNCTION = @extschema@.material_flows_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>),
	NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel,
	JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.material_flows, @extschema@.material_flows) IS 'some flow differs';

CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.material_flows,
	RIGHTARG = @extschema@.material_flows,
	FUNCTION = @extschema@.material_flows_add,
	COMMUTATOR = OPERATOR(@extschema@.+)
);
COMMENT ON OPERATOR @extschema@.+ (@extschema@.material_flows, @extschema@.material_flows) IS 'flows of two parts together';

-- material_flows aggregate

CREATE AGGREGATE @extschema@.sum(@extschema@.material_flows) (
	SFUNC = @extschema@.material_flows_accum,
	STYPE = @extschema@.material_flows,
	COMBINEFUNC = @extschema@.material_flows_accum,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.material_flows) IS
	'flows of all parts or products together (NULL for no rows); the MCI method sums flows, then computes one LFI';

-- Material Circularity Indicator

CREATE FUNCTION @extschema@.lfi(flows @extschema@.material_flows) RETURNS float8
	AS 'MODULE_PATHNAME', 'material_flows_lfi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lfi(@extschema@.material_flows) IS
	'Linear Flow Index (V + W0 + (W_F + W_C)/2) / (2M + (W_F - W_C)/2), 0 restorative to 1 linear';

CREATE FUNCTION @extschema@.utility(lifetime float8, lifetime_avg float8, use float8 DEFAULT 1, use_avg float8 DEFAULT 1)
	RETURNS float8
	AS 'MODULE_PATHNAME', 'mci_utility' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.utility(float8, float8, float8, float8) IS
	'MCI utility factor X = (L / L_av) (U / U_av): lifetime and intensity of use against the industry average';

-- mci(material_flows(...), utility(...)) and mci(material_flows(...), x) on
-- columns are planned as one call of mci_of_fractions (same results, same
-- errors and NULLs, no intermediate value)
CREATE FUNCTION @extschema@.mci_of_fractions(float8, float8, float8, float8, float8, float8, float8, float8, float8, float8,
	utility float8)
	RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mci_of_fractions(float8, float8, float8, float8, float8, float8, float8, float8, float8, float8, float8) IS
	'mci(material_flows(the first ten arguments), utility) in one call; the planner''s replacement for that expression';

CREATE FUNCTION @extschema@.mci_of_fractions(float8, float8, float8, float8, float8, float8, float8, float8, float8, float8,
	lifetime float8, lifetime_avg float8, use float8, use_avg float8)
	RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mci_of_fractions(float8, float8, float8, float8, float8, float8, float8, float8, float8, float8, float8, float8, float8, float8) IS
	'mci(material_flows(the first ten arguments), utility(lifetime, lifetime_avg, use, use_avg)) in one call; the planner''s replacement for that expression';

CREATE FUNCTION @extschema@.mci_support(internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mci_support(internal) IS
	'planner support of mci(): plans mci(material_flows(...), ...) as mci_of_fractions(...)';

CREATE FUNCTION @extschema@.mci(flows @extschema@.material_flows, utility float8 DEFAULT 1) RETURNS float8
	AS 'MODULE_PATHNAME', 'material_flows_mci' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
	SUPPORT @extschema@.mci_support;
COMMENT ON FUNCTION @extschema@.mci(@extschema@.material_flows, float8) IS
	'Material Circularity Indicator max(0, 1 - LFI * 0.9 / X) of a product''s flows, 0 to 1';

CREATE FUNCTION @extschema@.mci_weighted_accum(float8[], float8, float8) RETURNS float8[]
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mci_weighted_accum(float8[], float8, float8) IS
	'transition function of mci_weighted: state {sum(weight), sum(weight * mci)}';

CREATE FUNCTION @extschema@.mci_weighted_combine(float8[], float8[]) RETURNS float8[]
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mci_weighted_combine(float8[], float8[]) IS 'combine function of mci_weighted';

CREATE FUNCTION @extschema@.mci_weighted_final(float8[]) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mci_weighted_final(float8[]) IS 'final function of mci_weighted';

CREATE AGGREGATE @extschema@.mci_weighted(mci float8, weight float8) (
	SFUNC = @extschema@.mci_weighted_accum,
	STYPE = float8[],
	FINALFUNC = @extschema@.mci_weighted_final,
	COMBINEFUNC = @extschema@.mci_weighted_combine,
	INITCOND = '{0,0}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mci_weighted(float8, float8) IS
	'company-level MCI: mean of product MCIs weighted by e.g. mass sold; NULL rows skipped, NULL when the weights sum to 0';
