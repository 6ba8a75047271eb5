-- materials: a sparse map from chemical element to grams
--
-- Every name is qualified with @extschema@ (pg_catalog is searched first).

-- type

CREATE TYPE @extschema@.materials;

CREATE FUNCTION @extschema@.materials_in(cstring) RETURNS @extschema@.materials
	AS 'MODULE_PATHNAME', 'materials_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_in(cstring) IS 'input function of type materials';

CREATE FUNCTION @extschema@.materials_out(@extschema@.materials) RETURNS cstring
	AS 'MODULE_PATHNAME', 'materials_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_out(@extschema@.materials) IS 'output function of type materials';

CREATE FUNCTION @extschema@.materials_recv(internal) RETURNS @extschema@.materials
	AS 'MODULE_PATHNAME', 'materials_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_recv(internal) IS 'binary input function of type materials';

CREATE FUNCTION @extschema@.materials_send(@extschema@.materials) RETURNS bytea
	AS 'MODULE_PATHNAME', 'materials_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_send(@extschema@.materials) IS 'binary output function of type materials';

CREATE TYPE @extschema@.materials (
	INPUT = @extschema@.materials_in,
	OUTPUT = @extschema@.materials_out,
	RECEIVE = @extschema@.materials_recv,
	SEND = @extschema@.materials_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.materials IS 'masses of chemical elements in grams, e.g. ''Co=65g, Au=0.104g''';

-- equality and hashing (canonical form: equal maps have equal bytes)

CREATE FUNCTION @extschema@.materials_eq(@extschema@.materials, @extschema@.materials) RETURNS boolean
	AS 'MODULE_PATHNAME', 'materials_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_eq(@extschema@.materials, @extschema@.materials) IS 'implementation of = operator';

CREATE FUNCTION @extschema@.materials_ne(@extschema@.materials, @extschema@.materials) RETURNS boolean
	AS 'MODULE_PATHNAME', 'materials_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_ne(@extschema@.materials, @extschema@.materials) IS 'implementation of <> operator';

CREATE FUNCTION @extschema@.materials_hash(@extschema@.materials) RETURNS integer
	AS 'MODULE_PATHNAME', 'materials_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_hash(@extschema@.materials) IS 'hash of a materials value';

CREATE FUNCTION @extschema@.materials_hash_extended(@extschema@.materials, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'materials_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_hash_extended(@extschema@.materials, bigint) IS 'seeded 64-bit hash of a materials value';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.materials, RIGHTARG = @extschema@.materials,
	FUNCTION = @extschema@.materials_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.materials, @extschema@.materials) IS 'same masses of the same elements';

CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.materials, RIGHTARG = @extschema@.materials,
	FUNCTION = @extschema@.materials_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.materials, @extschema@.materials) IS 'different masses or elements';

-- ordering: the maps as vectors of 118 masses in atomic-number order,
-- compared lexicographically; it lets ORDER BY, count(DISTINCT), merge
-- joins and unique indexes work

CREATE FUNCTION @extschema@.materials_lt(@extschema@.materials, @extschema@.materials) RETURNS boolean
	AS 'MODULE_PATHNAME', 'materials_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_lt(@extschema@.materials, @extschema@.materials) IS 'implementation of < operator';

CREATE FUNCTION @extschema@.materials_le(@extschema@.materials, @extschema@.materials) RETURNS boolean
	AS 'MODULE_PATHNAME', 'materials_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_le(@extschema@.materials, @extschema@.materials) IS 'implementation of <= operator';

CREATE FUNCTION @extschema@.materials_gt(@extschema@.materials, @extschema@.materials) RETURNS boolean
	AS 'MODULE_PATHNAME', 'materials_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_gt(@extschema@.materials, @extschema@.materials) IS 'implementation of > operator';

CREATE FUNCTION @extschema@.materials_ge(@extschema@.materials, @extschema@.materials) RETURNS boolean
	AS 'MODULE_PATHNAME', 'materials_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_ge(@extschema@.materials, @extschema@.materials) IS 'implementation of >= operator';

CREATE FUNCTION @extschema@.materials_cmp(@extschema@.materials, @extschema@.materials) RETURNS integer
	AS 'MODULE_PATHNAME', 'materials_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_cmp(@extschema@.materials, @extschema@.materials) IS 'btree comparison of materials values: -1, 0 or 1';

CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.materials, RIGHTARG = @extschema@.materials,
	FUNCTION = @extschema@.materials_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.materials, @extschema@.materials) IS 'less than (mass vectors in atomic-number order, lexicographically)';

CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.materials, RIGHTARG = @extschema@.materials,
	FUNCTION = @extschema@.materials_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.materials, @extschema@.materials) IS 'less than or equal (mass vectors in atomic-number order, lexicographically)';

CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.materials, RIGHTARG = @extschema@.materials,
	FUNCTION = @extschema@.materials_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.materials, @extschema@.materials) IS 'greater than (mass vectors in atomic-number order, lexicographically)';

CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.materials, RIGHTARG = @extschema@.materials,
	FUNCTION = @extschema@.materials_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.materials, @extschema@.materials) IS 'greater than or equal (mass vectors in atomic-number order, lexicographically)';

CREATE OPERATOR CLASS @extschema@.materials_btree_ops
	DEFAULT FOR TYPE @extschema@.materials USING btree AS
		OPERATOR 1 @extschema@.< (@extschema@.materials, @extschema@.materials),
		OPERATOR 2 @extschema@.<= (@extschema@.materials, @extschema@.materials),
		OPERATOR 3 @extschema@.= (@extschema@.materials, @extschema@.materials),
		OPERATOR 4 @extschema@.>= (@extschema@.materials, @extschema@.materials),
		OPERATOR 5 @extschema@.> (@extschema@.materials, @extschema@.materials),
		FUNCTION 1 @extschema@.materials_cmp(@extschema@.materials, @extschema@.materials);
COMMENT ON OPERATOR CLASS @extschema@.materials_btree_ops USING btree IS 'btree operator class of type materials: ORDER BY, count(DISTINCT), merge joins and unique indexes';

CREATE OPERATOR CLASS @extschema@.materials_hash_ops
	DEFAULT FOR TYPE @extschema@.materials USING hash AS
		OPERATOR 1 @extschema@.= (@extschema@.materials, @extschema@.materials),
		FUNCTION 1 @extschema@.materials_hash(@extschema@.materials),
		FUNCTION 2 @extschema@.materials_hash_extended(@extschema@.materials, bigint);
COMMENT ON OPERATOR CLASS @extschema@.materials_hash_ops USING hash IS 'hash operator class of type materials: GROUP BY, DISTINCT, hash joins and hash indexes';

-- arithmetic

CREATE FUNCTION @extschema@.materials_add(@extschema@.materials, @extschema@.materials) RETURNS @extschema@.materials
	AS 'MODULE_PATHNAME', 'materials_add' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_add(@extschema@.materials, @extschema@.materials) IS 'implementation of + operator';

CREATE FUNCTION @extschema@.materials_mul(@extschema@.materials, float8) RETURNS @extschema@.materials
	AS 'MODULE_PATHNAME', 'materials_mul' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_mul(@extschema@.materials, float8) IS 'implementation of * operator';

CREATE FUNCTION @extschema@.materials_mul(float8, @extschema@.materials) RETURNS @extschema@.materials
	AS 'MODULE_PATHNAME', 'materials_mul_left' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_mul(float8, @extschema@.materials) IS 'implementation of * operator';

CREATE FUNCTION @extschema@.materials_div(@extschema@.materials, float8) RETURNS @extschema@.materials
	AS 'MODULE_PATHNAME', 'materials_div' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_div(@extschema@.materials, float8) IS 'implementation of / operator';

CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.materials, RIGHTARG = @extschema@.materials,
	FUNCTION = @extschema@.materials_add, COMMUTATOR = OPERATOR(@extschema@.+)
);
COMMENT ON OPERATOR @extschema@.+ (@extschema@.materials, @extschema@.materials) IS 'masses of both maps added element by element';

CREATE OPERATOR @extschema@.* (
	LEFTARG = @extschema@.materials, RIGHTARG = float8,
	FUNCTION = @extschema@.materials_mul, COMMUTATOR = OPERATOR(@extschema@.*)
);
COMMENT ON OPERATOR @extschema@.* (@extschema@.materials, float8) IS 'every mass times a factor (finite, at least 0)';

CREATE OPERATOR @extschema@.* (
	LEFTARG = float8, RIGHTARG = @extschema@.materials,
	FUNCTION = @extschema@.materials_mul, COMMUTATOR = OPERATOR(@extschema@.*)
);
COMMENT ON OPERATOR @extschema@.* (float8, @extschema@.materials) IS 'every mass times a factor (finite, at least 0)';

CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.materials, RIGHTARG = float8,
	FUNCTION = @extschema@.materials_div
);
COMMENT ON OPERATOR @extschema@./ (@extschema@.materials, float8) IS 'every mass divided by a divisor (finite, above 0)';

-- access

CREATE FUNCTION @extschema@.materials_get(@extschema@.materials, text) RETURNS float8
	AS 'MODULE_PATHNAME', 'materials_get' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_get(@extschema@.materials, text) IS 'implementation of -> operator';

CREATE OPERATOR @extschema@.-> (
	LEFTARG = @extschema@.materials, RIGHTARG = text,
	FUNCTION = @extschema@.materials_get
);
COMMENT ON OPERATOR @extschema@.-> (@extschema@.materials, text) IS 'grams of one element (symbol or name); 0 if absent';

CREATE FUNCTION @extschema@.total_grams(@extschema@.materials) RETURNS float8
	AS 'MODULE_PATHNAME', 'materials_total_grams' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.total_grams(@extschema@.materials) IS 'total mass of all elements, in grams';

CREATE FUNCTION @extschema@.materials_each(m @extschema@.materials,
	OUT element text, OUT atomic_number integer, OUT grams float8) RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'materials_each' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 15;
COMMENT ON FUNCTION @extschema@.materials_each(@extschema@.materials) IS 'one row per element: symbol, atomic number, grams; in atomic-number order';

CREATE FUNCTION @extschema@.materials_only(m @extschema@.materials, elements text[]) RETURNS @extschema@.materials
	AS 'MODULE_PATHNAME', 'materials_only' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_only(@extschema@.materials, text[]) IS 'the sub-map of the listed elements (symbols or names)';

CREATE FUNCTION @extschema@.materials(element text, grams float8) RETURNS @extschema@.materials
	AS 'MODULE_PATHNAME', 'materials_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials(text, float8) IS 'a map of one element (symbol or name) and its grams';

-- jsonb

CREATE FUNCTION @extschema@.materials_to_jsonb(@extschema@.materials) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'materials_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_to_jsonb(@extschema@.materials) IS 'implementation of the cast from materials to jsonb';

CREATE FUNCTION @extschema@.materials_from_jsonb(jsonb) RETURNS @extschema@.materials
	AS 'MODULE_PATHNAME', 'materials_from_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_from_jsonb(jsonb) IS 'implementation of the cast from jsonb to materials';

CREATE CAST (@extschema@.materials AS jsonb)
	WITH FUNCTION @extschema@.materials_to_jsonb(@extschema@.materials);
COMMENT ON CAST (@extschema@.materials AS jsonb) IS 'object of element symbols and grams as JSON numbers';

CREATE CAST (jsonb AS @extschema@.materials)
	WITH FUNCTION @extschema@.materials_from_jsonb(jsonb);
COMMENT ON CAST (jsonb AS @extschema@.materials) IS 'object of elements (symbols or names) and grams as JSON numbers';

-- aggregate

CREATE FUNCTION @extschema@.materials_sum_accum(@extschema@.materials, @extschema@.materials) RETURNS @extschema@.materials
	AS 'MODULE_PATHNAME', 'materials_sum_accum' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.materials_sum_accum(@extschema@.materials, @extschema@.materials) IS 'transition and combine function of sum(materials); adds in place when called as an aggregate';

CREATE AGGREGATE @extschema@.sum(@extschema@.materials) (
	SFUNC = @extschema@.materials_sum_accum,
	STYPE = @extschema@.materials,
	COMBINEFUNC = @extschema@.materials_sum_accum,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.materials) IS 'element-by-element sum of masses; NULLs ignored, NULL for no rows';
