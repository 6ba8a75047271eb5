/* circular_ict--0.1.0.sql: the install script of release 0.1.0, frozen: never edit it (a change goes into the upgrade script of the next release and into the pieces under src) */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION circular_ict" to load this file. \quit

-- from src/circular_ict.sql
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

-- from src/materials.sql
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

-- from src/elements.sql
-- elements and critical raw materials: the periodic table, the EU lists,
-- and the functions that weigh a materials value with them
--
-- Every name is qualified with @extschema@ (pg_catalog is searched first).

-- the periodic table, compiled into the library (the materials parser
-- reads the same array)

CREATE FUNCTION @extschema@.element_list(OUT atomic_number integer, OUT symbol text,
	OUT name text, OUT other_names text[]) RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'element_list' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 118;
COMMENT ON FUNCTION @extschema@.element_list() IS 'the 118 elements the materials type knows: atomic number, symbol, IUPAC English name, other accepted spellings';

CREATE TABLE @extschema@.element (
	atomic_number integer PRIMARY KEY CHECK (atomic_number BETWEEN 1 AND 118),
	symbol text NOT NULL UNIQUE,
	name text NOT NULL UNIQUE,
	other_names text[] NOT NULL
);
COMMENT ON TABLE @extschema@.element IS 'the 118 chemical elements, as the materials type reads and writes them (filled from element_list(); not meant to be edited)';
COMMENT ON COLUMN @extschema@.element.atomic_number IS 'atomic number, 1 to 118';
COMMENT ON COLUMN @extschema@.element.symbol IS 'periodic-table symbol with its exact capitalisation, as materials values print it';
COMMENT ON COLUMN @extschema@.element.name IS 'IUPAC English name (materials input accepts it in any case)';
COMMENT ON COLUMN @extschema@.element.other_names IS 'other spellings materials input accepts (aluminum, cesium, sulphur)';

INSERT INTO @extschema@.element (atomic_number, symbol, name, other_names)
	SELECT atomic_number, symbol, name, other_names FROM @extschema@.element_list();

-- critical raw materials: one row per element relevant to ICT

CREATE TABLE @extschema@.raw_material (
	symbol text NOT NULL REFERENCES @extschema@.element (symbol),
	eu_material text,
	crm_2023 boolean NOT NULL,
	strategic_2023 boolean NOT NULL,
	crm_group text CHECK (crm_group IN ('LREE', 'HREE', 'PGM')),
	sr_2023 numeric CHECK (sr_2023 >= 0),
	ei_2023 numeric CHECK (ei_2023 >= 0),
	sr_ei_basis text CHECK (sr_ei_basis IN ('element', 'group LREE', 'group HREE', 'group PGM')),
	adp_cml_ia double precision CHECK (adp_cml_ia >= 0 AND adp_cml_ia < 'Infinity'),
	adp_ef_3_1 double precision CHECK (adp_ef_3_1 >= 0 AND adp_ef_3_1 < 'Infinity'),
	note text,
	source text NOT NULL,
	confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (symbol, shipped),
	CHECK ((sr_2023 IS NULL AND ei_2023 IS NULL) = (sr_ei_basis IS NULL)),
	CHECK (crm_group IS NULL OR crm_2023)
);
COMMENT ON TABLE @extschema@.raw_material IS 'EU critical raw materials 2023 and abiotic depletion factors per element; add a row with shipped = false to add an element or to replace a shipped row';
COMMENT ON COLUMN @extschema@.raw_material.symbol IS 'element symbol (element.symbol)';
COMMENT ON COLUMN @extschema@.raw_material.eu_material IS 'the material of the EU 2023 assessment the element''s supply risk and economic importance come from (e.g. Iron ore, PGMs); NULL if not assessed';
COMMENT ON COLUMN @extschema@.raw_material.crm_2023 IS 'on the EU list of critical raw materials (Regulation (EU) 2024/1252, Annex II)';
COMMENT ON COLUMN @extschema@.raw_material.strategic_2023 IS 'on the EU list of strategic raw materials (Regulation (EU) 2024/1252, Annex I)';
COMMENT ON COLUMN @extschema@.raw_material.crm_group IS 'the group the EU lists the element in: LREE, HREE or PGM; NULL if listed alone';
COMMENT ON COLUMN @extschema@.raw_material.sr_2023 IS 'supply risk, EU assessment 2023 (critical from 1.0)';
COMMENT ON COLUMN @extschema@.raw_material.ei_2023 IS 'economic importance, EU assessment 2023 (critical from 2.8)';
COMMENT ON COLUMN @extschema@.raw_material.sr_ei_basis IS 'element: SR and EI assessed for this material alone; group LREE/HREE/PGM: the values of the whole group';
COMMENT ON COLUMN @extschema@.raw_material.adp_cml_ia IS 'abiotic depletion potential, CML-IA baseline v4.8 (2016), ultimate reserves, kg Sb-eq per kg; NULL if not characterised';
COMMENT ON COLUMN @extschema@.raw_material.adp_ef_3_1 IS 'abiotic depletion potential, EF 3.1 resource use minerals and metals, kg Sb-eq per kg; NULL if not characterised';
COMMENT ON COLUMN @extschema@.raw_material.note IS 'what the figures of the row mean or lack';
COMMENT ON COLUMN @extschema@.raw_material.source IS 'documents and data sets the row comes from';
COMMENT ON COLUMN @extschema@.raw_material.confidence IS 'verified, secondary, derived or unverified';
COMMENT ON COLUMN @extschema@.raw_material.shipped IS 'true for rows shipped with the extension; a user''s row (false) of the same element wins';

INSERT INTO @extschema@.raw_material (symbol, eu_material, crm_2023, strategic_2023, crm_group, sr_2023, ei_2023, sr_ei_basis, adp_cml_ia, adp_ef_3_1, note, source, confidence, shipped) VALUES
	('Li', 'Lithium', 'true', 'true', NULL, '1.9', '3.9', 'element', '1.14656e-05', '1.15e-05', 'strategic as lithium (battery grade)', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Be', 'Beryllium', 'true', 'false', NULL, '1.8', '5.4', 'element', '1.25902e-05', '1.26e-05', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('B', 'Boron', 'true', 'true', NULL, '3.6', '3.9', 'element', '0.004271652', '0.00427', 'critical as boron/borate, strategic as boron (metallurgy grade)', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Mg', 'Magnesium', 'true', 'true', NULL, '4.1', '7.4', 'element', '2.02016e-09', '2.02e-09', 'strategic as magnesium metal', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Al', 'Aluminium', 'true', 'true', NULL, '1.1', '5.5', 'element', '1.09433e-09', '1.09e-09', 'listed as bauxite/alumina/aluminium', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Si', 'Silicon metal', 'true', 'true', NULL, '1.3', '4.9', 'element', '1.40205e-11', '1.4e-11', 'listed as silicon metal; silicon in glass counts too', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('P', 'Phosphorus', 'true', 'false', NULL, '3.3', '4.7', 'element', NULL, NULL, 'no ADP factor in the shipped table', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Sc', 'Scandium', 'true', 'false', NULL, '2.4', '3.7', 'element', NULL, NULL, 'ADP not characterised in the ecoinvent 3.9 implementation', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Ti', 'Titanium metal', 'true', 'true', NULL, '1.6', '6.3', 'element', '2.78576e-08', '2.79e-08', 'listed as titanium metal', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('V', 'Vanadium', 'true', 'false', NULL, '2.3', '3.9', 'element', '7.70121e-07', '7.7e-07', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Cr', 'Chromium', 'false', 'false', NULL, '0.7', '7.2', 'element', '0.000442708', '0.000443', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Mn', 'Manganese', 'true', 'true', NULL, '1.2', '6.9', 'element', '2.53988e-06', '2.54e-06', 'strategic as manganese (battery grade)', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Fe', 'Iron ore', 'false', 'false', NULL, '0.5', '7.2', 'element', '5.24473e-08', '5.24e-08', 'SR and EI of iron ore', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Co', 'Cobalt', 'true', 'true', NULL, '2.8', '6.8', 'element', '1.56882e-05', '1.57e-05', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Ni', 'Nickel', 'true', 'true', NULL, '0.5', '5.7', 'element', '6.52943e-05', '6.53e-05', 'critical and strategic as nickel (battery grade), below the criticality thresholds', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Cu', 'Copper', 'true', 'true', NULL, '0.1', '4', 'element', '0.001365923', '0.00137', 'below the criticality thresholds, listed as critical and strategic', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Zn', 'Zinc', 'false', 'false', NULL, '0.2', '4.8', 'element', '0.000538067', '0.000538', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Ga', 'Gallium', 'true', 'true', NULL, '3.9', '3.7', 'element', '1.45748e-07', '1.46e-07', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Ge', 'Germanium', 'true', 'true', NULL, '1.8', '3.6', 'element', '6.52264e-07', '6.52e-07', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('As', 'Arsenic', 'true', 'false', NULL, '1.9', '2.9', 'element', '0.002974487', '0.00297', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Se', 'Selenium', 'false', 'false', NULL, '0.3', '4.8', 'element', '0.194094965', '0.194', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Sr', 'Strontium', 'true', 'false', NULL, '2.6', '6.5', 'element', '7.07133e-07', '7.07e-07', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Y', 'HREEs', 'true', 'false', 'HREE', '5.1', '4.2', 'group HREE', '5.69217e-07', '5.69e-07', 'SR and EI of the HREE group; membership of the group not checked in the research', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'unverified', 'true'),
	('Nb', 'Niobium', 'true', 'false', NULL, '4.4', '6.5', 'element', '1.9348e-05', '1.93e-05', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Mo', 'Molybdenum', 'false', 'false', NULL, '0.8', '6.7', 'element', '0.017767381', '0.0178', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Ru', 'PGMs', 'true', 'true', 'PGM', '2.7', '7.1', 'group PGM', NULL, NULL, 'SR and EI of the PGM group (per-element values not retrieved); ADP not characterised in the ecoinvent 3.9 implementation', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Rh', 'PGMs', 'true', 'true', 'PGM', '2.7', '7.1', 'group PGM', NULL, NULL, 'SR and EI of the PGM group (per-element values not retrieved); ADP not characterised in the ecoinvent 3.9 implementation', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Pd', 'PGMs', 'true', 'true', 'PGM', '2.7', '7.1', 'group PGM', '0.5706016', '0.571', 'SR and EI of the PGM group (per-element values not retrieved)', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Ag', 'Silver', 'false', 'false', NULL, '0.8', '4.6', 'element', '1.183978618', '1.18', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Cd', 'Cadmium', 'false', 'false', NULL, '0.2', '4.1', 'element', '0.156577463', '0.157', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('In', 'Indium', 'false', 'false', NULL, '0.6', '2.6', 'element', '0.006888901', '0.00689', 'on the 2020 list, not on the 2023 list', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Sn', 'Tin', 'false', 'false', NULL, '0.9', '4.5', 'element', '0.016229792', '0.0162', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Sb', 'Antimony', 'true', 'false', NULL, '1.8', '5.4', 'element', '1', '1', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Te', 'Tellurium', 'false', 'false', NULL, '0.3', '3.8', 'element', '40.66356227', '40.7', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('La', 'LREEs', 'true', 'false', 'LREE', '3.7', '5.9', 'group LREE', NULL, NULL, 'SR and EI of the LREE group; membership of the group not checked in the research; ADP not characterised in the ecoinvent 3.9 implementation', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'unverified', 'true'),
	('Ce', 'LREEs', 'true', 'true', 'LREE', '3.7', '5.9', 'group LREE', NULL, NULL, 'strategic as a rare earth for permanent magnets; SR and EI of the LREE group; membership of the group not checked in the research; ADP not characterised in the ecoinvent 3.9 implementation', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'unverified', 'true'),
	('Pr', 'LREEs', 'true', 'true', 'LREE', '3.7', '5.9', 'group LREE', NULL, NULL, 'strategic as a rare earth for permanent magnets; SR and EI of the LREE group (per-element values not retrieved); ADP not characterised in the ecoinvent 3.9 implementation', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Nd', 'LREEs', 'true', 'true', 'LREE', '3.7', '5.9', 'group LREE', NULL, NULL, 'strategic as a rare earth for permanent magnets; SR and EI of the LREE group (per-element values not retrieved); ADP not characterised in the ecoinvent 3.9 implementation', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Sm', 'LREEs', 'true', 'true', 'LREE', '3.7', '5.9', 'group LREE', NULL, NULL, 'strategic as a rare earth for permanent magnets; SR and EI of the LREE group; membership of the group not checked in the research; no ADP factor in the shipped table', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'unverified', 'true'),
	('Eu', 'HREEs', 'true', 'false', 'HREE', '5.1', '4.2', 'group HREE', NULL, NULL, 'SR and EI of the HREE group; membership of the group not checked in the research; no ADP factor in the shipped table', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'unverified', 'true'),
	('Gd', 'HREEs', 'true', 'true', 'HREE', '5.1', '4.2', 'group HREE', NULL, NULL, 'strategic as a rare earth for permanent magnets; SR and EI of the HREE group; membership of the group not checked in the research; no ADP factor in the shipped table', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'unverified', 'true'),
	('Tb', 'HREEs', 'true', 'true', 'HREE', '5.1', '4.2', 'group HREE', NULL, NULL, 'strategic as a rare earth for permanent magnets; SR and EI of the HREE group (per-element values not retrieved); ADP not characterised in the ecoinvent 3.9 implementation', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Dy', 'HREEs', 'true', 'true', 'HREE', '5.1', '4.2', 'group HREE', NULL, NULL, 'strategic as a rare earth for permanent magnets; SR and EI of the HREE group (per-element values not retrieved); ADP not characterised in the ecoinvent 3.9 implementation', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Hf', 'Hafnium', 'true', 'false', NULL, '1.5', '4.3', 'element', NULL, NULL, 'ADP not characterised in the ecoinvent 3.9 implementation', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Ta', 'Tantalum', 'true', 'false', NULL, '1.3', '4.8', 'element', '4.05816e-05', '4.06e-05', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('W', 'Tungsten', 'true', 'true', NULL, '1.2', '8.7', 'element', '0.004518138', '0.00452', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Ir', 'PGMs', 'true', 'true', 'PGM', '2.7', '7.1', 'group PGM', NULL, NULL, 'SR and EI of the PGM group (per-element values not retrieved); ADP not characterised in the ecoinvent 3.9 implementation', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Pt', 'PGMs', 'true', 'true', 'PGM', '2.7', '7.1', 'group PGM', '2.216820008', '2.22', 'SR and EI of the PGM group (per-element values not retrieved)', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Au', 'Gold', 'false', 'false', NULL, '0.4', '2.4', 'element', '52.04250371', '52', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Hg', NULL, 'false', 'false', NULL, NULL, NULL, NULL, '0.092226828', '0.0922', 'not assessed by the EU in 2023', 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Pb', 'Lead', 'false', 'false', NULL, '0.1', '4.2', 'element', '0.006338267', '0.00634', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true'),
	('Bi', 'Bismuth', 'true', 'true', NULL, '1.9', '5.7', 'element', '0.041076119', '0.0411', NULL, 'Reg. (EU) 2024/1252 Annexes I-II; EC, Study on the Critical Raw Materials for the EU 2023, Annex 4 (via erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0); ADP: CML-IA v4.8 (2016) and EF 3.1 (ecoinvent 3.9 LCIA via brightway2-io)', 'secondary', 'true');

-- pg_dump keeps the user's rows; the shipped ones come with the extension
SELECT pg_catalog.pg_extension_config_dump('@extschema@.raw_material', 'WHERE NOT shipped');

GRANT SELECT ON @extschema@.element, @extschema@.raw_material TO PUBLIC;

-- weighing a materials value with the table

CREATE FUNCTION @extschema@.critical_grams(@extschema@.materials) RETURNS float8
	AS 'MODULE_PATHNAME', 'critical_grams' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.critical_grams(@extschema@.materials) IS 'grams of the elements on the EU 2023 critical raw materials list (raw_material.crm_2023)';

CREATE FUNCTION @extschema@.strategic_grams(@extschema@.materials) RETURNS float8
	AS 'MODULE_PATHNAME', 'strategic_grams' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.strategic_grams(@extschema@.materials) IS 'grams of the elements on the EU 2023 strategic raw materials list (raw_material.strategic_2023)';

CREATE FUNCTION @extschema@.adp(m @extschema@.materials, method text DEFAULT 'EF3.1') RETURNS float8
	AS 'MODULE_PATHNAME', 'adp' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.adp(@extschema@.materials, text) IS 'abiotic depletion potential (elements) in kg Sb-eq, method EF3.1 or CML-IA; elements without a factor count 0 (see adp_uncharacterised_grams)';

CREATE FUNCTION @extschema@.adp_uncharacterised_grams(m @extschema@.materials, method text DEFAULT 'EF3.1') RETURNS float8
	AS 'MODULE_PATHNAME', 'adp_uncharacterised_grams' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.adp_uncharacterised_grams(@extschema@.materials, text) IS 'grams of the elements that adp() counts as 0 because the method has no factor for them';

-- from src/lifespan.sql
-- lifespans: years in service from the asset register's dates

CREATE FUNCTION @extschema@.service_years(purchased date, retired date, as_of date)
	RETURNS float8
	AS 'MODULE_PATHNAME', 'service_years'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.service_years(date, date, date) IS
	'years in service (days / 365.25) from purchased until retired, or until as_of when retired is NULL or later; errors for NULL purchased or as_of, retired before purchased, purchased after as_of';

-- from src/weibull.sql
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

-- from src/lifetable.sql
-- lifespans: the lifetable type (observed lives, retired or still in
-- service, with delayed entry), its aggregates, the Weibull fit and the
-- Kaplan-Meier curve

CREATE TYPE @extschema@.lifetable;

CREATE FUNCTION @extschema@.lifetable_in(cstring) RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_in(cstring) IS
	'text input of lifetable: exact{age[+][@entry], ...} or histogram{index:retired/censored/entered, ...}';

CREATE FUNCTION @extschema@.lifetable_out(@extschema@.lifetable) RETURNS cstring
	AS 'MODULE_PATHNAME', 'lifetable_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_out(@extschema@.lifetable) IS
	'text output of lifetable: sorted exact observations or the non-empty histogram bins';

CREATE FUNCTION @extschema@.lifetable_recv(internal) RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_recv(internal) IS
	'binary input of lifetable, checked as text input is';

CREATE FUNCTION @extschema@.lifetable_send(@extschema@.lifetable) RETURNS bytea
	AS 'MODULE_PATHNAME', 'lifetable_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_send(@extschema@.lifetable) IS
	'binary output of lifetable';

CREATE TYPE @extschema@.lifetable (
	INTERNALLENGTH = VARIABLE,
	INPUT = @extschema@.lifetable_in,
	OUTPUT = @extschema@.lifetable_out,
	RECEIVE = @extschema@.lifetable_recv,
	SEND = @extschema@.lifetable_send,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.lifetable IS
	'observed service lives (retired or still in service, with entry ages): exact up to 3800 lives, then a histogram on a day / 14-day / 30-day age grid; at most 64 kB';

CREATE FUNCTION @extschema@.lifetable_add(lt @extschema@.lifetable, age float8, retired boolean)
	RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_add'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_add(@extschema@.lifetable, float8, boolean) IS
	'the lifetable with one more life: age in years, retired (true) or still in service (false), entered at age 0';

CREATE FUNCTION @extschema@.lifetable_add(lt @extschema@.lifetable, age float8, retired boolean, entry_age float8)
	RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_add'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_add(@extschema@.lifetable, float8, boolean, float8) IS
	'the lifetable with one more life: age in years, retired or still in service, entered the register at entry_age';

CREATE FUNCTION @extschema@.lifetable_combine(@extschema@.lifetable, @extschema@.lifetable)
	RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_combine(@extschema@.lifetable, @extschema@.lifetable) IS
	'the lives of both lifetables (exact when both are exact and hold 3800 lives or fewer together)';

CREATE AGGREGATE @extschema@.lifetable(age float8, retired boolean) (
	SFUNC = @extschema@.lifetable_add,
	STYPE = @extschema@.lifetable,
	SSPACE = 8192,
	INITCOND = 'exact{}',
	COMBINEFUNC = @extschema@.lifetable_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.lifetable(float8, boolean) IS
	'collects service lives: age in years, retired (true) or still in service at that age (false); rows with a NULL are skipped';

CREATE AGGREGATE @extschema@.lifetable(age float8, retired boolean, entry_age float8) (
	SFUNC = @extschema@.lifetable_add,
	STYPE = @extschema@.lifetable,
	SSPACE = 8192,
	INITCOND = 'exact{}',
	COMBINEFUNC = @extschema@.lifetable_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.lifetable(float8, boolean, float8) IS
	'collects service lives with delayed entry: entry_age is the age at which the asset entered the register; rows with a NULL are skipped';

CREATE FUNCTION @extschema@.lives(@extschema@.lifetable) RETURNS bigint
	AS 'MODULE_PATHNAME', 'lifetable_lives'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lives(@extschema@.lifetable) IS
	'number of lives (retired or still in service) in the lifetable';

CREATE FUNCTION @extschema@.retirements(@extschema@.lifetable) RETURNS bigint
	AS 'MODULE_PATHNAME', 'lifetable_retirements'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.retirements(@extschema@.lifetable) IS
	'number of lives in the lifetable that ended in retirement';

CREATE FUNCTION @extschema@.is_exact(@extschema@.lifetable) RETURNS boolean
	AS 'MODULE_PATHNAME', 'lifetable_is_exact'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_exact(@extschema@.lifetable) IS
	'true while the lifetable keeps its lives exactly, false once it counts them on the age grid';

CREATE FUNCTION @extschema@.weibull_fit(@extschema@.lifetable) RETURNS @extschema@.weibull
	AS 'MODULE_PATHNAME', 'lifetable_weibull_fit'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weibull_fit(@extschema@.lifetable) IS
	'maximum-likelihood Weibull with right censoring and delayed entry; NULL with a NOTICE without retirements or with fewer than two distinct retirement ages';

CREATE FUNCTION @extschema@.weibull_fit(@extschema@.lifetable, notice boolean) RETURNS @extschema@.weibull
	AS 'MODULE_PATHNAME', 'lifetable_weibull_fit'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weibull_fit(@extschema@.lifetable, boolean) IS
	'weibull_fit(lifetable), with the NOTICE about a lifetable that cannot be fitted only when notice is true (reports fitting many groups pass false)';

CREATE AGGREGATE @extschema@.weibull_fit(age float8, retired boolean) (
	SFUNC = @extschema@.lifetable_add,
	STYPE = @extschema@.lifetable,
	SSPACE = 8192,
	INITCOND = 'exact{}',
	FINALFUNC = @extschema@.weibull_fit,
	COMBINEFUNC = @extschema@.lifetable_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.weibull_fit(float8, boolean) IS
	'maximum-likelihood Weibull of service lives: weibull_fit(lifetable(age, retired))';

CREATE AGGREGATE @extschema@.weibull_fit(age float8, retired boolean, entry_age float8) (
	SFUNC = @extschema@.lifetable_add,
	STYPE = @extschema@.lifetable,
	SSPACE = 8192,
	INITCOND = 'exact{}',
	FINALFUNC = @extschema@.weibull_fit,
	COMBINEFUNC = @extschema@.lifetable_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.weibull_fit(float8, boolean, float8) IS
	'maximum-likelihood Weibull of service lives with delayed entry: weibull_fit(lifetable(age, retired, entry_age))';

CREATE FUNCTION @extschema@.kaplan_meier(@extschema@.lifetable)
	RETURNS TABLE (age float8, at_risk float8, retired float8, censored float8,
				   survival float8, ci_lower float8, ci_upper float8)
	AS 'MODULE_PATHNAME', 'lifetable_kaplan_meier'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.kaplan_meier(@extschema@.lifetable) IS
	'Kaplan-Meier survival curve: per age at which lives retired or were censored, the number at risk, survival and Greenwood 95 % bounds (log-log)';

CREATE FUNCTION @extschema@.km_median(@extschema@.lifetable) RETURNS float8
	AS 'MODULE_PATHNAME', 'lifetable_km_median'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median(@extschema@.lifetable) IS
	'the first age at which the Kaplan-Meier survival is 0.5 or less; NULL if it never is';

-- from src/forecast.sql
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

-- from src/circularity.sql
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

-- from src/reparability.sql
-- reparability: the reparability index and class of smartphones and slate
-- tablets on the EU energy label (Commission Delegated Regulation (EU)
-- 2023/1669), in exact numeric arithmetic

CREATE FUNCTION @extschema@.reparability_index(
	disassembly_depth numeric,
	fasteners numeric,
	tools numeric,
	spare_parts numeric,
	software_updates numeric,
	repair_information numeric)
	RETURNS numeric
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.reparability_index(numeric, numeric, numeric, numeric, numeric, numeric) IS
	'EU reparability index R = 0.25 disassembly_depth + 0.15 (fasteners + tools + spare_parts + software_updates + repair_information), scores 1 to 5, rounded to 2 decimals';

CREATE FUNCTION @extschema@.reparability_class(reparability_index numeric) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.reparability_class(numeric) IS
	'EU reparability class of an index 1 to 5: A (>= 4.00), B (>= 3.35), C (>= 2.55), D (>= 1.75), E (>= 1.00)';

-- from src/criteria.sql
-- criteria: purchasing criteria of circularity schemes (ecodesign minimums,
-- ecolabels, national procurement criteria, a buyer group's own) and the
-- check of a product's declared attributes against them

CREATE TABLE @extschema@.criterion (
	scheme text NOT NULL CHECK (scheme <> ''),
	scheme_version text,
	category text NOT NULL CHECK (category <> ''),
	code text NOT NULL CHECK (code <> ''),
	description text NOT NULL,
	attribute text NOT NULL CHECK (attribute <> ''),
	operator text NOT NULL CHECK (operator IN ('>=', '<=', '=', 'is true')),
	threshold numeric CHECK (threshold NOT IN ('NaN', 'Infinity', '-Infinity')),
	threshold_text text,
	unit text,
	level text NOT NULL CHECK (level <> ''),
	source text NOT NULL,
	confidence text NOT NULL
		CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (scheme, category, code, shipped),
	CONSTRAINT criterion_threshold_fits_operator CHECK (
		CASE operator
			WHEN 'is true' THEN threshold IS NULL AND threshold_text IS NULL
			WHEN '=' THEN (threshold IS NULL) <> (threshold_text IS NULL)
			ELSE threshold IS NOT NULL AND threshold_text IS NULL
		END)
);
COMMENT ON TABLE @extschema@.criterion IS
	'purchasing criteria per scheme and device category; shipped rows come with the extension, rows with shipped = false are the user''s and win over a shipped row of the same scheme, category and code';
COMMENT ON COLUMN @extschema@.criterion.scheme IS 'name of the criteria set, e.g. EU-Ecodesign, TCO-Certified-gen10, or a buyer group''s own';
COMMENT ON COLUMN @extschema@.criterion.scheme_version IS 'edition of the document the criteria come from, e.g. 2023/1670';
COMMENT ON COLUMN @extschema@.criterion.category IS 'device category (device_category.name, or a user''s own)';
COMMENT ON COLUMN @extschema@.criterion.code IS 'code of the criterion within its scheme and category';
COMMENT ON COLUMN @extschema@.criterion.description IS 'what the criterion requires, in words';
COMMENT ON COLUMN @extschema@.criterion.attribute IS 'key of the product attribute (in the attributes jsonb) the criterion tests';
COMMENT ON COLUMN @extschema@.criterion.operator IS '>=, <= or = (against threshold or threshold_text), or ''is true''';
COMMENT ON COLUMN @extschema@.criterion.threshold IS 'numeric threshold of >=, <= and numeric =';
COMMENT ON COLUMN @extschema@.criterion.threshold_text IS 'text value of a text =';
COMMENT ON COLUMN @extschema@.criterion.unit IS 'unit of the threshold and of the attribute, e.g. years after delivery';
COMMENT ON COLUMN @extschema@.criterion.level IS 'level of the criterion in its scheme, e.g. legal minimum, core, advanced, comprehensive, required';
COMMENT ON COLUMN @extschema@.criterion.source IS 'document or page the criterion was read in';
COMMENT ON COLUMN @extschema@.criterion.confidence IS 'verified (read in the source''s own text), secondary (read in a summary of it), derived, or unverified';
COMMENT ON COLUMN @extschema@.criterion.shipped IS 'true for the rows that come with the extension';

INSERT INTO @extschema@.criterion (scheme, scheme_version, category, code, description, attribute, operator, threshold, threshold_text, unit, level, source, confidence, shipped) VALUES
	('EU-Ecodesign', '2023/1670', 'smartphone', 'spare_parts', 'Spare parts available until 7 years after the end of placement on the market of the last unit of the model', 'spare_parts_years', '>=', '7', NULL, 'years after the end of placement on the market', 'legal minimum', 'Commission Regulation (EU) 2023/1670, Annex II, as summarised by product-compliance-services.eu and by a summary of the Commission proposal (advogadosportugal.pt); research notes circularity.md section 2b', 'secondary', 'true'),
	('EU-Ecodesign', '2023/1670', 'tablet', 'spare_parts', 'Spare parts available until 7 years after the end of placement on the market of the last unit of the model', 'spare_parts_years', '>=', '7', NULL, 'years after the end of placement on the market', 'legal minimum', 'Commission Regulation (EU) 2023/1670, Annex II, as summarised by product-compliance-services.eu and by a summary of the Commission proposal (advogadosportugal.pt); research notes circularity.md section 2b', 'secondary', 'true'),
	('EU-Ecodesign', '2023/1670', 'smartphone', 'spare_parts_delivery', 'Spare parts delivered within 5 working days (the proposal said 5 to 10)', 'spare_parts_delivery_days', '<=', '5', NULL, 'working days', 'legal minimum', 'Not read in Regulation (EU) 2023/1670: recalled in research notes circularity.md section 2b', 'unverified', 'true'),
	('EU-Ecodesign', '2023/1670', 'tablet', 'spare_parts_delivery', 'Spare parts delivered within 5 working days (the proposal said 5 to 10)', 'spare_parts_delivery_days', '<=', '5', NULL, 'working days', 'legal minimum', 'Not read in Regulation (EU) 2023/1670: recalled in research notes circularity.md section 2b', 'unverified', 'true'),
	('EU-Ecodesign', '2023/1670', 'smartphone', 'repair_information', 'Repair and maintenance information available from 1 month after the first unit is placed on the market until 7 years after the last', 'repair_info_years', '>=', '7', NULL, 'years after the end of placement on the market', 'legal minimum', 'Commission Regulation (EU) 2023/1670, Annex II, as summarised by product-compliance-services.eu and by a summary of the Commission proposal (advogadosportugal.pt); research notes circularity.md section 2b', 'secondary', 'true'),
	('EU-Ecodesign', '2023/1670', 'tablet', 'repair_information', 'Repair and maintenance information available from 1 month after the first unit is placed on the market until 7 years after the last', 'repair_info_years', '>=', '7', NULL, 'years after the end of placement on the market', 'legal minimum', 'Commission Regulation (EU) 2023/1670, Annex II, as summarised by product-compliance-services.eu and by a summary of the Commission proposal (advogadosportugal.pt); research notes circularity.md section 2b', 'secondary', 'true'),
	('EU-Ecodesign', '2023/1670', 'smartphone', 'repairer_registration', 'Requests of repairers for access to repair information answered within 5 working days', 'repairer_registration_days', '<=', '5', NULL, 'working days', 'legal minimum', 'Commission Regulation (EU) 2023/1670, Annex II, as summarised by product-compliance-services.eu and by a summary of the Commission proposal (advogadosportugal.pt); research notes circularity.md section 2b', 'secondary', 'true'),
	('EU-Ecodesign', '2023/1670', 'tablet', 'repairer_registration', 'Requests of repairers for access to repair information answered within 5 working days', 'repairer_registration_days', '<=', '5', NULL, 'working days', 'legal minimum', 'Commission Regulation (EU) 2023/1670, Annex II, as summarised by product-compliance-services.eu and by a summary of the Commission proposal (advogadosportugal.pt); research notes circularity.md section 2b', 'secondary', 'true'),
	('EU-Ecodesign', '2023/1670', 'smartphone', 'os_updates', 'Security and functionality updates of the operating system for at least 5 years after the end of placement on the market', 'os_update_years', '>=', '5', NULL, 'years after the end of placement on the market', 'legal minimum', 'Read only in a summary of the Commission proposal that became Regulation (EU) 2023/1670 (advogadosportugal.pt); the final text is believed unchanged but was not checked; circularity.md section 2b', 'unverified', 'true'),
	('EU-Ecodesign', '2023/1670', 'tablet', 'os_updates', 'Security and functionality updates of the operating system for at least 5 years after the end of placement on the market', 'os_update_years', '>=', '5', NULL, 'years after the end of placement on the market', 'legal minimum', 'Read only in a summary of the Commission proposal that became Regulation (EU) 2023/1670 (advogadosportugal.pt); the final text is believed unchanged but was not checked; circularity.md section 2b', 'unverified', 'true'),
	('EU-Ecodesign', '2023/1670', 'smartphone', 'battery_endurance', 'Battery keeps at least 80 % of its rated capacity after at least 800 full charge cycles', 'battery_cycles_80pct', '>=', '800', NULL, 'full charge cycles with at least 80 % of rated capacity remaining', 'legal minimum', 'Read only in a summary of the Commission proposal that became Regulation (EU) 2023/1670 (advogadosportugal.pt); the final text is believed unchanged but was not checked; circularity.md section 2b', 'unverified', 'true'),
	('EU-Ecodesign', '2023/1670', 'tablet', 'battery_endurance', 'Battery keeps at least 80 % of its rated capacity after at least 800 full charge cycles', 'battery_cycles_80pct', '>=', '800', NULL, 'full charge cycles with at least 80 % of rated capacity remaining', 'legal minimum', 'Read only in a summary of the Commission proposal that became Regulation (EU) 2023/1670 (advogadosportugal.pt); the final text is believed unchanged but was not checked; circularity.md section 2b', 'unverified', 'true'),
	('EU-Ecodesign', '2023/1670', 'smartphone', 'security_update_delay', 'Security updates available within 4 months of the public release of the source code of an update of the operating system', 'security_update_delay_months', '<=', '4', NULL, 'months after the source-code release', 'legal minimum', 'Not read in Regulation (EU) 2023/1670: recalled in research notes circularity.md section 2b', 'unverified', 'true'),
	('EU-Ecodesign', '2023/1670', 'tablet', 'security_update_delay', 'Security updates available within 4 months of the public release of the source code of an update of the operating system', 'security_update_delay_months', '<=', '4', NULL, 'months after the source-code release', 'legal minimum', 'Not read in Regulation (EU) 2023/1670: recalled in research notes circularity.md section 2b', 'unverified', 'true'),
	('EU-Ecodesign', '2023/1670', 'smartphone', 'functionality_update_delay', 'Functionality updates available within 6 months of the public release of the source code of an update of the operating system', 'functionality_update_delay_months', '<=', '6', NULL, 'months after the source-code release', 'legal minimum', 'Not read in Regulation (EU) 2023/1670: recalled in research notes circularity.md section 2b', 'unverified', 'true'),
	('EU-Ecodesign', '2023/1670', 'tablet', 'functionality_update_delay', 'Functionality updates available within 6 months of the public release of the source code of an update of the operating system', 'functionality_update_delay_months', '<=', '6', NULL, 'months after the source-code release', 'legal minimum', 'Not read in Regulation (EU) 2023/1670: recalled in research notes circularity.md section 2b', 'unverified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'laptop', 'warranty_core', 'Warranty of at least 1 year (battery included) with pick-up or on-site repair', 'warranty_years', '>=', '1', NULL, 'years', 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'desktop', 'warranty_core', 'Warranty of at least 1 year (battery included) with pick-up or on-site repair', 'warranty_years', '>=', '1', NULL, 'years', 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'monitor', 'warranty_core', 'Warranty of at least 1 year (battery included) with pick-up or on-site repair', 'warranty_years', '>=', '1', NULL, 'years', 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'laptop', 'warranty_battery_core', 'The warranty covers the battery', 'warranty_includes_battery', 'is true', NULL, NULL, NULL, 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'laptop', 'warranty_service_core', 'Repairs under warranty by pick-up or on site', 'warranty_pickup_or_onsite', 'is true', NULL, NULL, NULL, 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'desktop', 'warranty_service_core', 'Repairs under warranty by pick-up or on site', 'warranty_pickup_or_onsite', 'is true', NULL, NULL, NULL, 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'monitor', 'warranty_service_core', 'Repairs under warranty by pick-up or on site', 'warranty_pickup_or_onsite', 'is true', NULL, NULL, NULL, 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'laptop', 'warranty_advanced', 'Warranty of at least 3 years', 'warranty_years', '>=', '3', NULL, 'years', 'advanced', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'desktop', 'warranty_advanced', 'Warranty of at least 3 years', 'warranty_years', '>=', '3', NULL, 'years', 'advanced', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'monitor', 'warranty_advanced', 'Warranty of at least 3 years', 'warranty_years', '>=', '3', NULL, 'years', 'advanced', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'laptop', 'spare_parts_core', 'Spare parts (storage, memory, battery) available at least 3 years after delivery', 'spare_parts_years_after_delivery', '>=', '3', NULL, 'years after delivery', 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'desktop', 'spare_parts_core', 'Spare parts (storage, memory, battery) available at least 3 years after delivery', 'spare_parts_years_after_delivery', '>=', '3', NULL, 'years after delivery', 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'monitor', 'spare_parts_core', 'Spare parts (panel, power supply and control boards, stand) available at least 3 years after delivery', 'spare_parts_years_after_delivery', '>=', '3', NULL, 'years after delivery', 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'laptop', 'battery_health_software', 'Software shows the state of health, state of charge and cycle count of the battery', 'battery_health_info', 'is true', NULL, NULL, NULL, 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3', 'verified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'laptop', 'standard_power_port', 'Standardised port for the mains power supply', 'standardised_power_port', 'is true', NULL, NULL, NULL, 'core', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3; only the name of the criterion was verified there', 'unverified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'laptop', 'secure_data_deletion', 'Secure deletion of data', 'secure_data_deletion', 'is true', NULL, NULL, NULL, 'advanced', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3; only the name of the criterion was verified there', 'unverified', 'true'),
	('SE-Upphandlingsmyndigheten', NULL, 'desktop', 'secure_data_deletion', 'Secure deletion of data', 'secure_data_deletion', 'is true', NULL, NULL, NULL, 'advanced', 'Upphandlingsmyndigheten (Swedish National Agency for Public Procurement), sustainability criteria for IT and telecom, upphandlingsmyndigheten.se/en/criteria/it-and-telecom/; research notes circularity.md section 3; only the name of the criterion was verified there', 'unverified', 'true'),
	('NO-DFO', NULL, 'laptop', 'spare_parts', 'Spare parts (the TCO Certified generation 8 parts list) available at least 3 years after delivery', 'spare_parts_years_after_delivery', '>=', '3', NULL, 'years after delivery', 'required', 'DFØ (Norwegian Agency for Public and Financial Management), criteria guide for ICT, kriterieveiviseren.difi.no; research notes circularity.md section 3', 'verified', 'true'),
	('NO-DFO', NULL, 'desktop', 'spare_parts', 'Spare parts (the TCO Certified generation 8 parts list) available at least 3 years after delivery', 'spare_parts_years_after_delivery', '>=', '3', NULL, 'years after delivery', 'required', 'DFØ (Norwegian Agency for Public and Financial Management), criteria guide for ICT, kriterieveiviseren.difi.no; research notes circularity.md section 3', 'verified', 'true'),
	('NO-DFO', NULL, 'laptop', 'repair_instructions', 'Free online step-by-step instructions for replacing critical components', 'repair_instructions_public', 'is true', NULL, NULL, NULL, 'required', 'DFØ (Norwegian Agency for Public and Financial Management), criteria guide for ICT, kriterieveiviseren.difi.no; research notes circularity.md section 3', 'verified', 'true'),
	('NO-DFO', NULL, 'desktop', 'repair_instructions', 'Free online step-by-step instructions for replacing critical components', 'repair_instructions_public', 'is true', NULL, NULL, NULL, 'required', 'DFØ (Norwegian Agency for Public and Financial Management), criteria guide for ICT, kriterieveiviseren.difi.no; research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen8', 'generation 8', 'laptop', 'battery_endurance', 'Battery keeps at least 60 % of its rated capacity after 300 full charge cycles (IEC 61960)', 'battery_capacity_pct_after_300_cycles', '>=', '60', NULL, '% of rated capacity after 300 full charge cycles', 'required', 'TCO Certified generation 8 criteria, as quoted by DFØ (kriterieveiviseren.difi.no); research notes circularity.md section 3', 'secondary', 'true'),
	('TCO-Certified-gen8', 'generation 8', 'laptop', 'drop_test', 'Notebook survives a drop of at least 45 cm (MIL-STD-810G / IEC 60068-2)', 'drop_test_cm', '>=', '45', NULL, 'cm', 'required', 'TCO Certified generation 8 criteria, as quoted by DFØ (kriterieveiviseren.difi.no); research notes circularity.md section 3', 'secondary', 'true'),
	('TCO-Certified-gen8', 'generation 8', 'laptop', 'storage_temperature_high', 'Withstands storage at 60 °C or more for 48 h (MIL-STD-810G / IEC 60068-2)', 'storage_temp_max_c', '>=', '60', NULL, '°C for 48 h in storage', 'required', 'TCO Certified generation 8 criteria, as quoted by DFØ (kriterieveiviseren.difi.no); research notes circularity.md section 3', 'secondary', 'true'),
	('TCO-Certified-gen8', 'generation 8', 'laptop', 'storage_temperature_low', 'Withstands storage at -30 °C or less for 48 h (MIL-STD-810G / IEC 60068-2)', 'storage_temp_min_c', '<=', '-30', NULL, '°C for 48 h in storage', 'required', 'TCO Certified generation 8 criteria, as quoted by DFØ (kriterieveiviseren.difi.no); research notes circularity.md section 3', 'secondary', 'true'),
	('TCO-Certified-gen8', 'generation 8', 'laptop', 'operating_temperature_high', 'Operates at 40 °C or more for 4 h (MIL-STD-810G / IEC 60068-2)', 'operating_temp_max_c', '>=', '40', NULL, '°C for 4 h in operation', 'required', 'TCO Certified generation 8 criteria, as quoted by DFØ (kriterieveiviseren.difi.no); research notes circularity.md section 3', 'secondary', 'true'),
	('TCO-Certified-gen8', 'generation 8', 'laptop', 'operating_temperature_low', 'Operates at -20 °C or less for 4 h (MIL-STD-810G / IEC 60068-2)', 'operating_temp_min_c', '<=', '-20', NULL, '°C for 4 h in operation', 'required', 'TCO Certified generation 8 criteria, as quoted by DFØ (kriterieveiviseren.difi.no); research notes circularity.md section 3', 'secondary', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'laptop', 'battery_replaceable', 'Replaceable battery', 'battery_replaceable', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 9 criteria as presented on tcocertified.com (summary of criteria, battery-testing clarification); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'tablet', 'battery_replaceable', 'Replaceable battery', 'battery_replaceable', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 9 criteria as presented on tcocertified.com (summary of criteria, battery-testing clarification); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'smartphone', 'battery_replaceable', 'Replaceable battery', 'battery_replaceable', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 9 criteria as presented on tcocertified.com (summary of criteria, battery-testing clarification); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'laptop', 'battery_endurance', 'Battery keeps at least 80 % of its rated capacity after 300 full charge cycles', 'battery_capacity_pct_after_300_cycles', '>=', '80', NULL, '% of rated capacity after 300 full charge cycles', 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'tablet', 'battery_endurance', 'Battery keeps at least 80 % of its rated capacity after 300 full charge cycles', 'battery_capacity_pct_after_300_cycles', '>=', '80', NULL, '% of rated capacity after 300 full charge cycles', 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'smartphone', 'battery_endurance', 'Battery keeps at least 80 % of its rated capacity after 300 full charge cycles', 'battery_capacity_pct_after_300_cycles', '>=', '80', NULL, '% of rated capacity after 300 full charge cycles', 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'laptop', 'warranty', 'Warranty of at least 1 year, with an option to extend it', 'warranty_years', '>=', '1', NULL, 'years', 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'tablet', 'warranty', 'Warranty of at least 1 year, with an option to extend it', 'warranty_years', '>=', '1', NULL, 'years', 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'smartphone', 'warranty', 'Warranty of at least 1 year, with an option to extend it', 'warranty_years', '>=', '1', NULL, 'years', 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'laptop', 'spare_parts', 'Spare parts available at least 5 years after the end of production', 'spare_parts_years_after_production', '>=', '5', NULL, 'years after the end of production', 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'tablet', 'spare_parts', 'Spare parts available at least 5 years after the end of production', 'spare_parts_years_after_production', '>=', '5', NULL, 'years after the end of production', 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'smartphone', 'spare_parts', 'Spare parts available at least 5 years after the end of production', 'spare_parts_years_after_production', '>=', '5', NULL, 'years after the end of production', 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'laptop', 'standard_connector', 'Standardised charging connector (USB-C)', 'charging_port', '=', NULL, 'USB-C', NULL, 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'tablet', 'standard_connector', 'Standardised charging connector (USB-C)', 'charging_port', '=', NULL, 'USB-C', NULL, 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen9', 'generation 9', 'smartphone', 'standard_connector', 'Standardised charging connector (USB-C)', 'charging_port', '=', NULL, 'USB-C', NULL, 'required', 'TCO Certified generation 9: recalled in research notes circularity.md section 3, not read in the criteria document', 'unverified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'laptop', 'battery_replaceable', '"Easier battery replacement access": the battery can be replaced', 'battery_replaceable', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 10 criteria as presented on tcocertified.com (/industry/generation-10/, summary of criteria) and in the Compliance & Risks blog on draft 2 (2024); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'tablet', 'battery_replaceable', '"Easier battery replacement access": the battery can be replaced', 'battery_replaceable', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 10 criteria as presented on tcocertified.com (/industry/generation-10/, summary of criteria) and in the Compliance & Risks blog on draft 2 (2024); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'smartphone', 'battery_replaceable', '"Easier battery replacement access": the battery can be replaced', 'battery_replaceable', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 10 criteria as presented on tcocertified.com (/industry/generation-10/, summary of criteria) and in the Compliance & Risks blog on draft 2 (2024); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'laptop', 'repairability_index', 'A repairability index published for each model', 'repairability_index_published', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 10 criteria as presented on tcocertified.com (/industry/generation-10/, summary of criteria) and in the Compliance & Risks blog on draft 2 (2024); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'tablet', 'repairability_index', 'A repairability index published for each model', 'repairability_index_published', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 10 criteria as presented on tcocertified.com (/industry/generation-10/, summary of criteria) and in the Compliance & Risks blog on draft 2 (2024); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'smartphone', 'repairability_index', 'A repairability index published for each model', 'repairability_index_published', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 10 criteria as presented on tcocertified.com (/industry/generation-10/, summary of criteria) and in the Compliance & Risks blog on draft 2 (2024); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'laptop', 'product_id_barcode', 'A 2D barcode with a unique product ID on the product', 'product_id_barcode', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 10 criteria as presented on tcocertified.com (/industry/generation-10/, summary of criteria) and in the Compliance & Risks blog on draft 2 (2024); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'tablet', 'product_id_barcode', 'A 2D barcode with a unique product ID on the product', 'product_id_barcode', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 10 criteria as presented on tcocertified.com (/industry/generation-10/, summary of criteria) and in the Compliance & Risks blog on draft 2 (2024); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'smartphone', 'product_id_barcode', 'A 2D barcode with a unique product ID on the product', 'product_id_barcode', 'is true', NULL, NULL, NULL, 'required', 'TCO Certified generation 10 criteria as presented on tcocertified.com (/industry/generation-10/, summary of criteria) and in the Compliance & Risks blog on draft 2 (2024); research notes circularity.md section 3', 'verified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'laptop', 'warranty_offered', 'The brand owner offers a product warranty of 5 years', 'warranty_offered_years', '>=', '5', NULL, 'years', 'required', 'TCO Certified generation 10, tcocertified.com: the text read was cut off after "5 years"; research notes circularity.md section 3', 'unverified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'tablet', 'warranty_offered', 'The brand owner offers a product warranty of 5 years', 'warranty_offered_years', '>=', '5', NULL, 'years', 'required', 'TCO Certified generation 10, tcocertified.com: the text read was cut off after "5 years"; research notes circularity.md section 3', 'unverified', 'true'),
	('TCO-Certified-gen10', 'generation 10', 'smartphone', 'warranty_offered', 'The brand owner offers a product warranty of 5 years', 'warranty_offered_years', '>=', '5', NULL, 'years', 'required', 'TCO Certified generation 10, tcocertified.com: the text read was cut off after "5 years"; research notes circularity.md section 3', 'unverified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'laptop', 'warranty_option', 'An additional 3-year warranty or service agreement is available', 'warranty_extension_offered_years', '>=', '3', NULL, 'years', 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'desktop', 'warranty_option', 'An additional 3-year warranty or service agreement is available', 'warranty_extension_offered_years', '>=', '3', NULL, 'years', 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'monitor', 'warranty_option', 'An additional 3-year warranty or service agreement is available', 'warranty_extension_offered_years', '>=', '3', NULL, 'years', 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'laptop', 'recycled_plastic_declaration', 'The share of post-consumer recycled plastic is declared', 'recycled_plastic_declared', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'desktop', 'recycled_plastic_declaration', 'The share of post-consumer recycled plastic is declared', 'recycled_plastic_declared', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'monitor', 'recycled_plastic_declaration', 'The share of post-consumer recycled plastic is declared', 'recycled_plastic_declared', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'laptop', 'upgradeable', 'Upgradeable with common tools', 'upgradeable_with_common_tools', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'desktop', 'upgradeable', 'Upgradeable with common tools', 'upgradeable_with_common_tools', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'monitor', 'upgradeable', 'Upgradeable with common tools', 'upgradeable_with_common_tools', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'laptop', 'recyclable_share', 'At least 65 % of the product reusable or recyclable', 'recyclable_pct', '>=', '65', NULL, '% of the product', 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'desktop', 'recyclable_share', 'At least 65 % of the product reusable or recyclable', 'recyclable_pct', '>=', '65', NULL, '% of the product', 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'monitor', 'recyclable_share', 'At least 65 % of the product reusable or recyclable', 'recyclable_pct', '>=', '65', NULL, '% of the product', 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'laptop', 'enclosure_disassembly', 'Easy disassembly of the enclosure', 'easy_enclosure_disassembly', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'desktop', 'enclosure_disassembly', 'Easy disassembly of the enclosure', 'easy_enclosure_disassembly', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'monitor', 'enclosure_disassembly', 'Easy disassembly of the enclosure', 'easy_enclosure_disassembly', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'laptop', 'plastic_marking', 'Plastic parts marked with their material', 'plastics_marked', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'desktop', 'plastic_marking', 'Plastic parts marked with their material', 'plastics_marked', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'monitor', 'plastic_marking', 'Plastic parts marked with their material', 'plastics_marked', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'laptop', 'take_back', 'A take-back service for the product is offered', 'take_back_offered', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'desktop', 'take_back', 'A take-back service for the product is offered', 'take_back_offered', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EPEAT-2009', 'IEEE 1680.1-2009', 'monitor', 'take_back', 'A take-back service for the product is offered', 'take_back_offered', 'is true', NULL, NULL, NULL, 'required', 'IEEE 1680.1-2009 required criteria, as listed by epeat.net (criteria pages) and CNET ("EPEAT has comprehensive criteria", 2008); research notes circularity.md section 3', 'verified', 'true'),
	('EU-GPP-2021', 'SWD(2021) 57', 'laptop', 'warranty_core', 'Warranty of at least 3 years', 'warranty_years', '>=', '3', NULL, 'years', 'core', 'EU GPP criteria for computers, monitors, tablets and smartphones, SWD(2021) 57 (5 March 2021): threshold recalled in research notes circularity.md section 3, not read in the document', 'unverified', 'true'),
	('EU-GPP-2021', 'SWD(2021) 57', 'desktop', 'warranty_core', 'Warranty of at least 3 years', 'warranty_years', '>=', '3', NULL, 'years', 'core', 'EU GPP criteria for computers, monitors, tablets and smartphones, SWD(2021) 57 (5 March 2021): threshold recalled in research notes circularity.md section 3, not read in the document', 'unverified', 'true'),
	('EU-GPP-2021', 'SWD(2021) 57', 'monitor', 'warranty_core', 'Warranty of at least 3 years', 'warranty_years', '>=', '3', NULL, 'years', 'core', 'EU GPP criteria for computers, monitors, tablets and smartphones, SWD(2021) 57 (5 March 2021): threshold recalled in research notes circularity.md section 3, not read in the document', 'unverified', 'true'),
	('EU-GPP-2021', 'SWD(2021) 57', 'tablet', 'warranty_core', 'Warranty of at least 3 years', 'warranty_years', '>=', '3', NULL, 'years', 'core', 'EU GPP criteria for computers, monitors, tablets and smartphones, SWD(2021) 57 (5 March 2021): threshold recalled in research notes circularity.md section 3, not read in the document', 'unverified', 'true'),
	('EU-GPP-2021', 'SWD(2021) 57', 'smartphone', 'warranty_core', 'Warranty of at least 3 years', 'warranty_years', '>=', '3', NULL, 'years', 'core', 'EU GPP criteria for computers, monitors, tablets and smartphones, SWD(2021) 57 (5 March 2021): threshold recalled in research notes circularity.md section 3, not read in the document', 'unverified', 'true');

SELECT pg_catalog.pg_extension_config_dump('@extschema@.criterion', 'WHERE NOT shipped');
GRANT SELECT ON @extschema@.criterion TO PUBLIC;

CREATE FUNCTION @extschema@.criteria_check(attributes jsonb, category text, scheme text, level text DEFAULT NULL)
	RETURNS TABLE (criterion text, attribute text, required text, actual text, passed boolean)
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	c record;
	declared jsonb;
	declared_type text;
	wanted_type text;
	found_any boolean := false;
BEGIN
	IF criteria_check.scheme IS NULL OR criteria_check.category IS NULL THEN
		RETURN;
	END IF;
	IF criteria_check.attributes IS NOT NULL
		AND jsonb_typeof(criteria_check.attributes) <> 'object' THEN
		RAISE EXCEPTION 'product attributes must be a JSON object'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('The attributes given are a JSON %s.',
								jsonb_typeof(criteria_check.attributes)),
				HINT = 'Declare them as e.g. {"warranty_years": 3, "battery_replaceable": true}.';
	END IF;

	FOR c IN
		SELECT w.code, w.attribute, w.operator, w.threshold, w.threshold_text,
			   CASE WHEN w.operator = 'is true' THEN 'is true'
					ELSE w.operator || ' ' || coalesce(w.threshold::text, w.threshold_text)
			   END || coalesce(' ' || w.unit, '') AS required
		  FROM (SELECT DISTINCT ON (k.code) k.*
				  FROM @extschema@.criterion AS k
				 WHERE k.scheme = criteria_check.scheme
				   AND k.category = criteria_check.category
				 ORDER BY k.code, k.shipped) AS w    -- a user's row (shipped = false) wins
		 WHERE criteria_check.level IS NULL OR w.level = criteria_check.level
		 ORDER BY w.code
	LOOP
		found_any := true;
		criterion := c.code;
		attribute := c.attribute;
		required := c.required;
		declared := criteria_check.attributes -> c.attribute;
		declared_type := jsonb_typeof(declared);
		IF declared IS NULL OR declared_type = 'null' THEN
			actual := NULL;
			passed := NULL;		-- not declared: unknown, not a pass
			RETURN NEXT;
			CONTINUE;
		END IF;
		wanted_type := CASE WHEN c.operator = 'is true' THEN 'boolean'
							WHEN c.threshold_text IS NOT NULL THEN 'string'
							ELSE 'number' END;
		IF declared_type <> wanted_type THEN
			RAISE EXCEPTION 'product attribute "%" must be a JSON %', c.attribute, wanted_type
				USING ERRCODE = 'invalid_parameter_value',
					DETAIL = format('The product declares %s (a JSON %s); criterion %s of scheme %s requires %s.',
									declared, declared_type, c.code, criteria_check.scheme, c.required);
		END IF;
		actual := declared #>> '{}';
		passed := CASE c.operator
					  WHEN '>=' THEN declared::numeric >= c.threshold
					  WHEN '<=' THEN declared::numeric <= c.threshold
					  WHEN 'is true' THEN declared::boolean
					  ELSE CASE WHEN c.threshold IS NOT NULL THEN declared::numeric = c.threshold
								ELSE actual = c.threshold_text END
				  END;
		RETURN NEXT;
	END LOOP;

	IF found_any THEN
		RETURN;
	END IF;
	-- nothing applies: say why if an argument is wrong, else no rows
	IF NOT EXISTS (SELECT 1 FROM @extschema@.criterion AS k
					WHERE k.scheme = criteria_check.scheme) THEN
		RAISE EXCEPTION 'unknown purchasing criteria scheme "%"', criteria_check.scheme
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'No row of circular_ict.criterion has that scheme.',
				HINT = format('Known schemes: %s.',
							  (SELECT string_agg(DISTINCT k.scheme, ', ' ORDER BY k.scheme)
								 FROM @extschema@.criterion AS k));
	END IF;
	IF NOT EXISTS (SELECT 1 FROM @extschema@.device_category AS d
					WHERE d.name = criteria_check.category)
		AND NOT EXISTS (SELECT 1 FROM @extschema@.criterion AS k
						 WHERE k.category = criteria_check.category) THEN
		RAISE EXCEPTION 'unknown device category "%"', criteria_check.category
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'Neither circular_ict.device_category nor circular_ict.criterion has that category.',
				HINT = format('The categories are %s.',
							  (SELECT string_agg(DISTINCT d.name, ', ' ORDER BY d.name)
								 FROM @extschema@.device_category AS d));
	END IF;
	IF criteria_check.level IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM @extschema@.criterion AS k
						 WHERE k.scheme = criteria_check.scheme
						   AND k.level = criteria_check.level) THEN
		RAISE EXCEPTION 'unknown level "%" of scheme "%"', criteria_check.level, criteria_check.scheme
			USING ERRCODE = 'invalid_parameter_value',
				HINT = format('The levels of %s are %s, or NULL for all of them.', criteria_check.scheme,
							  (SELECT string_agg(DISTINCT k.level, ', ' ORDER BY k.level)
								 FROM @extschema@.criterion AS k
								WHERE k.scheme = criteria_check.scheme));
	END IF;
END
$function$;
COMMENT ON FUNCTION @extschema@.criteria_check(jsonb, text, text, text) IS
	'one row per criterion of a scheme for a device category (and level, NULL for all): what is required, what the product declares, and whether it passes (NULL when not declared)';

CREATE FUNCTION @extschema@.meets_criteria(attributes jsonb, category text, scheme text, level text DEFAULT NULL)
	RETURNS boolean
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $function$
	SELECT CASE WHEN count(*) = 0 THEN NULL          -- no criterion applies
				WHEN bool_or(NOT c.passed) THEN false    -- one failed
				WHEN count(c.passed) < count(*) THEN NULL  -- one unknown
				ELSE true END
	  FROM @extschema@.criteria_check(attributes, category, scheme, level) AS c
$function$;
COMMENT ON FUNCTION @extschema@.meets_criteria(jsonb, text, text, text) IS
	'true if the product passes every criterion of the scheme for its category (and level), false if it fails one, NULL if one is undeclared or none applies';

-- from src/reference.sql
-- reference data of the fleet model: countries and their electricity, device
-- categories and their defaults, recovery of elements by end-of-life route
--
-- Every shipped row carries shipped = true and is left out of pg_dump (an
-- upgrade refreshes it); a user adds rows with shipped = false (the
-- default), and a user row overrides the shipped row with the same key:
-- the *_effective views below pick it.  The data files are src/data/*.csv.

-- countries ------------------------------------------------------------

CREATE TABLE @extschema@.country (
	iso3 text PRIMARY KEY CHECK (iso3 ~ '^[A-Z]{3}$'),
	iso2 text NOT NULL UNIQUE CHECK (iso2 ~ '^[A-Z]{2}$'),
	name text NOT NULL CHECK (btrim(name) <> ''),
	shipped boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.country IS 'ISO 3166-1 countries (Debian iso-codes 4.15.0); the country of use of an asset is stored as iso3';
COMMENT ON COLUMN @extschema@.country.iso3 IS 'ISO 3166-1 alpha-3 code';
COMMENT ON COLUMN @extschema@.country.iso2 IS 'ISO 3166-1 alpha-2 code';
COMMENT ON COLUMN @extschema@.country.name IS 'English short name (iso-codes)';
COMMENT ON COLUMN @extschema@.country.shipped IS 'true for rows shipped with the extension; user rows are false and survive pg_dump';
INSERT INTO @extschema@.country (iso2, iso3, name, shipped) VALUES
	('AW', 'ABW', 'Aruba', 'true'),
	('AF', 'AFG', 'Afghanistan', 'true'),
	('AO', 'AGO', 'Angola', 'true'),
	('AI', 'AIA', 'Anguilla', 'true'),
	('AX', 'ALA', 'Åland Islands', 'true'),
	('AL', 'ALB', 'Albania', 'true'),
	('AD', 'AND', 'Andorra', 'true'),
	('AE', 'ARE', 'United Arab Emirates', 'true'),
	('AR', 'ARG', 'Argentina', 'true'),
	('AM', 'ARM', 'Armenia', 'true'),
	('AS', 'ASM', 'American Samoa', 'true'),
	('AQ', 'ATA', 'Antarctica', 'true'),
	('TF', 'ATF', 'French Southern Territories', 'true'),
	('AG', 'ATG', 'Antigua and Barbuda', 'true'),
	('AU', 'AUS', 'Australia', 'true'),
	('AT', 'AUT', 'Austria', 'true'),
	('AZ', 'AZE', 'Azerbaijan', 'true'),
	('BI', 'BDI', 'Burundi', 'true'),
	('BE', 'BEL', 'Belgium', 'true'),
	('BJ', 'BEN', 'Benin', 'true'),
	('BQ', 'BES', 'Bonaire, Sint Eustatius and Saba', 'true'),
	('BF', 'BFA', 'Burkina Faso', 'true'),
	('BD', 'BGD', 'Bangladesh', 'true'),
	('BG', 'BGR', 'Bulgaria', 'true'),
	('BH', 'BHR', 'Bahrain', 'true'),
	('BS', 'BHS', 'Bahamas', 'true'),
	('BA', 'BIH', 'Bosnia and Herzegovina', 'true'),
	('BL', 'BLM', 'Saint Barthélemy', 'true'),
	('BY', 'BLR', 'Belarus', 'true'),
	('BZ', 'BLZ', 'Belize', 'true'),
	('BM', 'BMU', 'Bermuda', 'true'),
	('BO', 'BOL', 'Bolivia, Plurinational State of', 'true'),
	('BR', 'BRA', 'Brazil', 'true'),
	('BB', 'BRB', 'Barbados', 'true'),
	('BN', 'BRN', 'Brunei Darussalam', 'true'),
	('BT', 'BTN', 'Bhutan', 'true'),
	('BV', 'BVT', 'Bouvet Island', 'true'),
	('BW', 'BWA', 'Botswana', 'true'),
	('CF', 'CAF', 'Central African Republic', 'true'),
	('CA', 'CAN', 'Canada', 'true'),
	('CC', 'CCK', 'Cocos (Keeling) Islands', 'true'),
	('CH', 'CHE', 'Switzerland', 'true'),
	('CL', 'CHL', 'Chile', 'true'),
	('CN', 'CHN', 'China', 'true'),
	('CI', 'CIV', 'Côte d''Ivoire', 'true'),
	('CM', 'CMR', 'Cameroon', 'true'),
	('CD', 'COD', 'Congo, The Democratic Republic of the', 'true'),
	('CG', 'COG', 'Congo', 'true'),
	('CK', 'COK', 'Cook Islands', 'true'),
	('CO', 'COL', 'Colombia', 'true'),
	('KM', 'COM', 'Comoros', 'true'),
	('CV', 'CPV', 'Cabo Verde', 'true'),
	('CR', 'CRI', 'Costa Rica', 'true'),
	('CU', 'CUB', 'Cuba', 'true'),
	('CW', 'CUW', 'Curaçao', 'true'),
	('CX', 'CXR', 'Christmas Island', 'true'),
	('KY', 'CYM', 'Cayman Islands', 'true'),
	('CY', 'CYP', 'Cyprus', 'true'),
	('CZ', 'CZE', 'Czechia', 'true'),
	('DE', 'DEU', 'Germany', 'true'),
	('DJ', 'DJI', 'Djibouti', 'true'),
	('DM', 'DMA', 'Dominica', 'true'),
	('DK', 'DNK', 'Denmark', 'true'),
	('DO', 'DOM', 'Dominican Republic', 'true'),
	('DZ', 'DZA', 'Algeria', 'true'),
	('EC', 'ECU', 'Ecuador', 'true'),
	('EG', 'EGY', 'Egypt', 'true'),
	('ER', 'ERI', 'Eritrea', 'true'),
	('EH', 'ESH', 'Western Sahara', 'true'),
	('ES', 'ESP', 'Spain', 'true'),
	('EE', 'EST', 'Estonia', 'true'),
	('ET', 'ETH', 'Ethiopia', 'true'),
	('FI', 'FIN', 'Finland', 'true'),
	('FJ', 'FJI', 'Fiji', 'true'),
	('FK', 'FLK', 'Falkland Islands (Malvinas)', 'true'),
	('FR', 'FRA', 'France', 'true'),
	('FO', 'FRO', 'Faroe Islands', 'true'),
	('FM', 'FSM', 'Micronesia, Federated States of', 'true'),
	('GA', 'GAB', 'Gabon', 'true'),
	('GB', 'GBR', 'United Kingdom', 'true'),
	('GE', 'GEO', 'Georgia', 'true'),
	('GG', 'GGY', 'Guernsey', 'true'),
	('GH', 'GHA', 'Ghana', 'true'),
	('GI', 'GIB', 'Gibraltar', 'true'),
	('GN', 'GIN', 'Guinea', 'true'),
	('GP', 'GLP', 'Guadeloupe', 'true'),
	('GM', 'GMB', 'Gambia', 'true'),
	('GW', 'GNB', 'Guinea-Bissau', 'true'),
	('GQ', 'GNQ', 'Equatorial Guinea', 'true'),
	('GR', 'GRC', 'Greece', 'true'),
	('GD', 'GRD', 'Grenada', 'true'),
	('GL', 'GRL', 'Greenland', 'true'),
	('GT', 'GTM', 'Guatemala', 'true'),
	('GF', 'GUF', 'French Guiana', 'true'),
	('GU', 'GUM', 'Guam', 'true'),
	('GY', 'GUY', 'Guyana', 'true'),
	('HK', 'HKG', 'Hong Kong', 'true'),
	('HM', 'HMD', 'Heard Island and McDonald Islands', 'true'),
	('HN', 'HND', 'Honduras', 'true'),
	('HR', 'HRV', 'Croatia', 'true'),
	('HT', 'HTI', 'Haiti', 'true'),
	('HU', 'HUN', 'Hungary', 'true'),
	('ID', 'IDN', 'Indonesia', 'true'),
	('IM', 'IMN', 'Isle of Man', 'true'),
	('IN', 'IND', 'India', 'true'),
	('IO', 'IOT', 'British Indian Ocean Territory', 'true'),
	('IE', 'IRL', 'Ireland', 'true'),
	('IR', 'IRN', 'Iran, Islamic Republic of', 'true'),
	('IQ', 'IRQ', 'Iraq', 'true'),
	('IS', 'ISL', 'Iceland', 'true'),
	('IL', 'ISR', 'Israel', 'true'),
	('IT', 'ITA', 'Italy', 'true'),
	('JM', 'JAM', 'Jamaica', 'true'),
	('JE', 'JEY', 'Jersey', 'true'),
	('JO', 'JOR', 'Jordan', 'true'),
	('JP', 'JPN', 'Japan', 'true'),
	('KZ', 'KAZ', 'Kazakhstan', 'true'),
	('KE', 'KEN', 'Kenya', 'true'),
	('KG', 'KGZ', 'Kyrgyzstan', 'true'),
	('KH', 'KHM', 'Cambodia', 'true'),
	('KI', 'KIR', 'Kiribati', 'true'),
	('KN', 'KNA', 'Saint Kitts and Nevis', 'true'),
	('KR', 'KOR', 'Korea, Republic of', 'true'),
	('KW', 'KWT', 'Kuwait', 'true'),
	('LA', 'LAO', 'Lao People''s Democratic Republic', 'true'),
	('LB', 'LBN', 'Lebanon', 'true'),
	('LR', 'LBR', 'Liberia', 'true'),
	('LY', 'LBY', 'Libya', 'true'),
	('LC', 'LCA', 'Saint Lucia', 'true'),
	('LI', 'LIE', 'Liechtenstein', 'true'),
	('LK', 'LKA', 'Sri Lanka', 'true'),
	('LS', 'LSO', 'Lesotho', 'true'),
	('LT', 'LTU', 'Lithuania', 'true'),
	('LU', 'LUX', 'Luxembourg', 'true'),
	('LV', 'LVA', 'Latvia', 'true'),
	('MO', 'MAC', 'Macao', 'true'),
	('MF', 'MAF', 'Saint Martin (French part)', 'true'),
	('MA', 'MAR', 'Morocco', 'true'),
	('MC', 'MCO', 'Monaco', 'true'),
	('MD', 'MDA', 'Moldova, Republic of', 'true'),
	('MG', 'MDG', 'Madagascar', 'true'),
	('MV', 'MDV', 'Maldives', 'true'),
	('MX', 'MEX', 'Mexico', 'true'),
	('MH', 'MHL', 'Marshall Islands', 'true'),
	('MK', 'MKD', 'North Macedonia', 'true'),
	('ML', 'MLI', 'Mali', 'true'),
	('MT', 'MLT', 'Malta', 'true'),
	('MM', 'MMR', 'Myanmar', 'true'),
	('ME', 'MNE', 'Montenegro', 'true'),
	('MN', 'MNG', 'Mongolia', 'true'),
	('MP', 'MNP', 'Northern Mariana Islands', 'true'),
	('MZ', 'MOZ', 'Mozambique', 'true'),
	('MR', 'MRT', 'Mauritania', 'true'),
	('MS', 'MSR', 'Montserrat', 'true'),
	('MQ', 'MTQ', 'Martinique', 'true'),
	('MU', 'MUS', 'Mauritius', 'true'),
	('MW', 'MWI', 'Malawi', 'true'),
	('MY', 'MYS', 'Malaysia', 'true'),
	('YT', 'MYT', 'Mayotte', 'true'),
	('NA', 'NAM', 'Namibia', 'true'),
	('NC', 'NCL', 'New Caledonia', 'true'),
	('NE', 'NER', 'Niger', 'true'),
	('NF', 'NFK', 'Norfolk Island', 'true'),
	('NG', 'NGA', 'Nigeria', 'true'),
	('NI', 'NIC', 'Nicaragua', 'true'),
	('NU', 'NIU', 'Niue', 'true'),
	('NL', 'NLD', 'Netherlands', 'true'),
	('NO', 'NOR', 'Norway', 'true'),
	('NP', 'NPL', 'Nepal', 'true'),
	('NR', 'NRU', 'Nauru', 'true'),
	('NZ', 'NZL', 'New Zealand', 'true'),
	('OM', 'OMN', 'Oman', 'true'),
	('PK', 'PAK', 'Pakistan', 'true'),
	('PA', 'PAN', 'Panama', 'true'),
	('PN', 'PCN', 'Pitcairn', 'true'),
	('PE', 'PER', 'Peru', 'true'),
	('PH', 'PHL', 'Philippines', 'true'),
	('PW', 'PLW', 'Palau', 'true'),
	('PG', 'PNG', 'Papua New Guinea', 'true'),
	('PL', 'POL', 'Poland', 'true'),
	('PR', 'PRI', 'Puerto Rico', 'true'),
	('KP', 'PRK', 'Korea, Democratic People''s Republic of', 'true'),
	('PT', 'PRT', 'Portugal', 'true'),
	('PY', 'PRY', 'Paraguay', 'true'),
	('PS', 'PSE', 'Palestine, State of', 'true'),
	('PF', 'PYF', 'French Polynesia', 'true'),
	('QA', 'QAT', 'Qatar', 'true'),
	('RE', 'REU', 'Réunion', 'true'),
	('RO', 'ROU', 'Romania', 'true'),
	('RU', 'RUS', 'Russian Federation', 'true'),
	('RW', 'RWA', 'Rwanda', 'true'),
	('SA', 'SAU', 'Saudi Arabia', 'true'),
	('SD', 'SDN', 'Sudan', 'true'),
	('SN', 'SEN', 'Senegal', 'true'),
	('SG', 'SGP', 'Singapore', 'true'),
	('GS', 'SGS', 'South Georgia and the South Sandwich Islands', 'true'),
	('SH', 'SHN', 'Saint Helena, Ascension and Tristan da Cunha', 'true'),
	('SJ', 'SJM', 'Svalbard and Jan Mayen', 'true'),
	('SB', 'SLB', 'Solomon Islands', 'true'),
	('SL', 'SLE', 'Sierra Leone', 'true'),
	('SV', 'SLV', 'El Salvador', 'true'),
	('SM', 'SMR', 'San Marino', 'true'),
	('SO', 'SOM', 'Somalia', 'true'),
	('PM', 'SPM', 'Saint Pierre and Miquelon', 'true'),
	('RS', 'SRB', 'Serbia', 'true'),
	('SS', 'SSD', 'South Sudan', 'true'),
	('ST', 'STP', 'Sao Tome and Principe', 'true'),
	('SR', 'SUR', 'Suriname', 'true'),
	('SK', 'SVK', 'Slovakia', 'true'),
	('SI', 'SVN', 'Slovenia', 'true'),
	('SE', 'SWE', 'Sweden', 'true'),
	('SZ', 'SWZ', 'Eswatini', 'true'),
	('SX', 'SXM', 'Sint Maarten (Dutch part)', 'true'),
	('SC', 'SYC', 'Seychelles', 'true'),
	('SY', 'SYR', 'Syrian Arab Republic', 'true'),
	('TC', 'TCA', 'Turks and Caicos Islands', 'true'),
	('TD', 'TCD', 'Chad', 'true'),
	('TG', 'TGO', 'Togo', 'true'),
	('TH', 'THA', 'Thailand', 'true'),
	('TJ', 'TJK', 'Tajikistan', 'true'),
	('TK', 'TKL', 'Tokelau', 'true'),
	('TM', 'TKM', 'Turkmenistan', 'true'),
	('TL', 'TLS', 'Timor-Leste', 'true'),
	('TO', 'TON', 'Tonga', 'true'),
	('TT', 'TTO', 'Trinidad and Tobago', 'true'),
	('TN', 'TUN', 'Tunisia', 'true'),
	('TR', 'TUR', 'Türkiye', 'true'),
	('TV', 'TUV', 'Tuvalu', 'true'),
	('TW', 'TWN', 'Taiwan, Province of China', 'true'),
	('TZ', 'TZA', 'Tanzania, United Republic of', 'true'),
	('UG', 'UGA', 'Uganda', 'true'),
	('UA', 'UKR', 'Ukraine', 'true'),
	('UM', 'UMI', 'United States Minor Outlying Islands', 'true'),
	('UY', 'URY', 'Uruguay', 'true'),
	('US', 'USA', 'United States', 'true'),
	('UZ', 'UZB', 'Uzbekistan', 'true'),
	('VA', 'VAT', 'Holy See (Vatican City State)', 'true'),
	('VC', 'VCT', 'Saint Vincent and the Grenadines', 'true'),
	('VE', 'VEN', 'Venezuela, Bolivarian Republic of', 'true'),
	('VG', 'VGB', 'Virgin Islands, British', 'true'),
	('VI', 'VIR', 'Virgin Islands, U.S.', 'true'),
	('VN', 'VNM', 'Viet Nam', 'true'),
	('VU', 'VUT', 'Vanuatu', 'true'),
	('WF', 'WLF', 'Wallis and Futuna', 'true'),
	('WS', 'WSM', 'Samoa', 'true'),
	('YE', 'YEM', 'Yemen', 'true'),
	('ZA', 'ZAF', 'South Africa', 'true'),
	('ZM', 'ZMB', 'Zambia', 'true'),
	('ZW', 'ZWE', 'Zimbabwe', 'true');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.country', 'WHERE NOT shipped');

CREATE TABLE @extschema@.country_alias (
	alias text NOT NULL CHECK (btrim(alias) <> ''),
	iso3 text NOT NULL REFERENCES @extschema@.country (iso3),
	kind text NOT NULL,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (alias, shipped)
);
CREATE INDEX country_alias_lower ON @extschema@.country_alias (lower(alias));
COMMENT ON TABLE @extschema@.country_alias IS 'other names of countries accepted by the import, matched case-insensitively: official, common and French names (iso-codes 4.15.0) and a few names in common usage (kind = usage, added by circular_ict)';
INSERT INTO @extschema@.country_alias (alias, iso3, kind, shipped) VALUES
	('Islamic Republic of Afghanistan', 'AFG', 'official', 'true'),
	('République islamique d''Afghanistan', 'AFG', 'fr', 'true'),
	('Republic of Angola', 'AGO', 'official', 'true'),
	('République d''Angola', 'AGO', 'fr', 'true'),
	('Åland, Îles', 'ALA', 'fr', 'true'),
	('Republic of Albania', 'ALB', 'official', 'true'),
	('Albanie', 'ALB', 'fr', 'true'),
	('République d''Albanie', 'ALB', 'fr', 'true'),
	('Principality of Andorra', 'AND', 'official', 'true'),
	('Andorre', 'AND', 'fr', 'true'),
	('Principauté d''Andorre', 'AND', 'fr', 'true'),
	('Émirats arabes unis', 'ARE', 'fr', 'true'),
	('Argentine Republic', 'ARG', 'official', 'true'),
	('Argentine', 'ARG', 'fr', 'true'),
	('République d''Argentine', 'ARG', 'fr', 'true'),
	('Republic of Armenia', 'ARM', 'official', 'true'),
	('Arménie', 'ARM', 'fr', 'true'),
	('République d''Arménie', 'ARM', 'fr', 'true'),
	('Samoa américaines', 'ASM', 'fr', 'true'),
	('Antarctique', 'ATA', 'fr', 'true'),
	('Terres australes françaises', 'ATF', 'fr', 'true'),
	('Antigua-et-Barbuda', 'ATG', 'fr', 'true'),
	('Australie', 'AUS', 'fr', 'true'),
	('Republic of Austria', 'AUT', 'official', 'true'),
	('Autriche', 'AUT', 'fr', 'true'),
	('République d''Autriche', 'AUT', 'fr', 'true'),
	('Republic of Azerbaijan', 'AZE', 'official', 'true'),
	('Azerbaïdjan', 'AZE', 'fr', 'true'),
	('République d''Azerbaïdjan', 'AZE', 'fr', 'true'),
	('Republic of Burundi', 'BDI', 'official', 'true'),
	('République du Burundi', 'BDI', 'fr', 'true'),
	('Kingdom of Belgium', 'BEL', 'official', 'true'),
	('Belgique', 'BEL', 'fr', 'true'),
	('Royaume de Belgique', 'BEL', 'fr', 'true'),
	('Republic of Benin', 'BEN', 'official', 'true'),
	('Bénin', 'BEN', 'fr', 'true'),
	('République du Bénin', 'BEN', 'fr', 'true'),
	('Bonaire, Saint-Eustache et Saba', 'BES', 'fr', 'true'),
	('People''s Republic of Bangladesh', 'BGD', 'official', 'true'),
	('République populaire du Bengladesh', 'BGD', 'fr', 'true'),
	('Republic of Bulgaria', 'BGR', 'official', 'true'),
	('Bulgarie', 'BGR', 'fr', 'true'),
	('République de Bulgarie', 'BGR', 'fr', 'true'),
	('Kingdom of Bahrain', 'BHR', 'official', 'true'),
	('Bahreïn', 'BHR', 'fr', 'true'),
	('Royaume de Bahreïn', 'BHR', 'fr', 'true'),
	('Commonwealth of the Bahamas', 'BHS', 'official', 'true'),
	('Commonwealth des Bahamas', 'BHS', 'fr', 'true'),
	('Republic of Bosnia and Herzegovina', 'BIH', 'official', 'true'),
	('Bosnie-Herzégovine', 'BIH', 'fr', 'true'),
	('République de Bosnie et Herzégovine', 'BIH', 'fr', 'true'),
	('Saint-Barthélemy', 'BLM', 'fr', 'true'),
	('Republic of Belarus', 'BLR', 'official', 'true'),
	('Bélarus', 'BLR', 'fr', 'true'),
	('République du Bélarus', 'BLR', 'fr', 'true'),
	('Bermudes', 'BMU', 'fr', 'true'),
	('Plurinational State of Bolivia', 'BOL', 'official', 'true'),
	('Bolivia', 'BOL', 'common', 'true'),
	('Bolivie', 'BOL', 'fr', 'true'),
	('Bolivie, état plurinational de', 'BOL', 'fr', 'true'),
	('État plurinational de Bolivie', 'BOL', 'fr', 'true'),
	('Federative Republic of Brazil', 'BRA', 'official', 'true'),
	('Brésil', 'BRA', 'fr', 'true'),
	('République fédérale du Brésil', 'BRA', 'fr', 'true'),
	('Barbade', 'BRB', 'fr', 'true'),
	('Brunéi Darussalam', 'BRN', 'fr', 'true'),
	('Kingdom of Bhutan', 'BTN', 'official', 'true'),
	('Bhoutan', 'BTN', 'fr', 'true'),
	('Royaume du Bouthan', 'BTN', 'fr', 'true'),
	('île Bouvet', 'BVT', 'fr', 'true'),
	('Republic of Botswana', 'BWA', 'official', 'true'),
	('République du Botswana', 'BWA', 'fr', 'true'),
	('République centrafricaine', 'CAF', 'fr', 'true'),
	('Cocos (Keeling), Îles', 'CCK', 'fr', 'true'),
	('Swiss Confederation', 'CHE', 'official', 'true'),
	('Confédération helvétique', 'CHE', 'fr', 'true'),
	('Suisse', 'CHE', 'fr', 'true'),
	('Republic of Chile', 'CHL', 'official', 'true'),
	('Chili', 'CHL', 'fr', 'true'),
	('République du Chili', 'CHL', 'fr', 'true'),
	('People''s Republic of China', 'CHN', 'official', 'true'),
	('Chine', 'CHN', 'fr', 'true'),
	('République populaire de Chine', 'CHN', 'fr', 'true'),
	('Republic of Côte d''Ivoire', 'CIV', 'official', 'true'),
	('République de Côte d''Ivoire', 'CIV', 'fr', 'true'),
	('Republic of Cameroon', 'CMR', 'official', 'true'),
	('Cameroun', 'CMR', 'fr', 'true'),
	('République du Cameroun', 'CMR', 'fr', 'true'),
	('République démocratique du Congo', 'COD', 'fr', 'true'),
	('Republic of the Congo', 'COG', 'official', 'true'),
	('République du Congo', 'COG', 'fr', 'true'),
	('îles Cook', 'COK', 'fr', 'true'),
	('Republic of Colombia', 'COL', 'official', 'true'),
	('Colombie', 'COL', 'fr', 'true'),
	('République de Colombie', 'COL', 'fr', 'true'),
	('Union of the Comoros', 'COM', 'official', 'true'),
	('Comores', 'COM', 'fr', 'true'),
	('Union des Comores', 'COM', 'fr', 'true'),
	('Republic of Cabo Verde', 'CPV', 'official', 'true'),
	('Cap-Vert', 'CPV', 'fr', 'true'),
	('République du Cap-Vert', 'CPV', 'fr', 'true'),
	('Republic of Costa Rica', 'CRI', 'official', 'true'),
	('République du Costa Rica', 'CRI', 'fr', 'true'),
	('Republic of Cuba', 'CUB', 'official', 'true'),
	('République de Cuba', 'CUB', 'fr', 'true'),
	('Christmas, Île', 'CXR', 'fr', 'true'),
	('îles Caïmans', 'CYM', 'fr', 'true'),
	('Republic of Cyprus', 'CYP', 'official', 'true'),
	('Chypre', 'CYP', 'fr', 'true'),
	('République de Chypre', 'CYP', 'fr', 'true'),
	('Czech Republic', 'CZE', 'official', 'true'),
	('République tchèque', 'CZE', 'fr', 'true'),
	('Tchéquie', 'CZE', 'fr', 'true'),
	('Federal Republic of Germany', 'DEU', 'official', 'true'),
	('Allemagne', 'DEU', 'fr', 'true'),
	('République fédérale d''Allemagne', 'DEU', 'fr', 'true'),
	('Republic of Djibouti', 'DJI', 'official', 'true'),
	('République de Djibouti', 'DJI', 'fr', 'true'),
	('Commonwealth of Dominica', 'DMA', 'official', 'true'),
	('Commonwealth de la Dominique', 'DMA', 'fr', 'true'),
	('Dominique', 'DMA', 'fr', 'true'),
	('Kingdom of Denmark', 'DNK', 'official', 'true'),
	('Danemark', 'DNK', 'fr', 'true'),
	('Royaume du Danemark', 'DNK', 'fr', 'true'),
	('République dominicaine', 'DOM', 'fr', 'true'),
	('People''s Democratic Republic of Algeria', 'DZA', 'official', 'true'),
	('Algérie', 'DZA', 'fr', 'true'),
	('République algérienne démocratique et populaire', 'DZA', 'fr', 'true'),
	('Republic of Ecuador', 'ECU', 'official', 'true'),
	('République d''Équateur', 'ECU', 'fr', 'true'),
	('Équateur', 'ECU', 'fr', 'true'),
	('Arab Republic of Egypt', 'EGY', 'official', 'true'),
	('République arabe d''Égypte', 'EGY', 'fr', 'true'),
	('Égypte', 'EGY', 'fr', 'true'),
	('the State of Eritrea', 'ERI', 'official', 'true'),
	('l''État d''Érythrée', 'ERI', 'fr', 'true'),
	('Érythrée', 'ERI', 'fr', 'true'),
	('Sahara occidental', 'ESH', 'fr', 'true'),
	('Kingdom of Spain', 'ESP', 'official', 'true'),
	('Espagne', 'ESP', 'fr', 'true'),
	('Royaume d''Espagne', 'ESP', 'fr', 'true'),
	('Republic of Estonia', 'EST', 'official', 'true'),
	('Estonie', 'EST', 'fr', 'true'),
	('République d''Estonie', 'EST', 'fr', 'true'),
	('Federal Democratic Republic of Ethiopia', 'ETH', 'official', 'true'),
	('République fédérale démocratique d''Éthiopie', 'ETH', 'fr', 'true'),
	('Éthiopie', 'ETH', 'fr', 'true'),
	('Republic of Finland', 'FIN', 'official', 'true'),
	('Finlande', 'FIN', 'fr', 'true'),
	('République de Finlande', 'FIN', 'fr', 'true'),
	('Republic of Fiji', 'FJI', 'official', 'true'),
	('Fidji', 'FJI', 'fr', 'true'),
	('République des Fidji', 'FJI', 'fr', 'true'),
	('Malouines, Îles (Falkland)', 'FLK', 'fr', 'true'),
	('French Republic', 'FRA', 'official', 'true'),
	('République française', 'FRA', 'fr', 'true'),
	('îles Féroé', 'FRO', 'fr', 'true'),
	('Federated States of Micronesia', 'FSM', 'official', 'true'),
	('Micronésie, États fédérés de', 'FSM', 'fr', 'true'),
	('États fédérés de Micronésie', 'FSM', 'fr', 'true'),
	('Gabonese Republic', 'GAB', 'official', 'true'),
	('République gabonaise', 'GAB', 'fr', 'true'),
	('United Kingdom of Great Britain and Northern Ireland', 'GBR', 'official', 'true'),
	('Royaume-Uni', 'GBR', 'fr', 'true'),
	('Royaume-Uni de Grande-Bretagne et d''Irlande du Nord', 'GBR', 'fr', 'true'),
	('Géorgie', 'GEO', 'fr', 'true'),
	('Guernesey', 'GGY', 'fr', 'true'),
	('Republic of Ghana', 'GHA', 'official', 'true'),
	('République du Ghana', 'GHA', 'fr', 'true'),
	('Republic of Guinea', 'GIN', 'official', 'true'),
	('Guinée', 'GIN', 'fr', 'true'),
	('République de Guinée', 'GIN', 'fr', 'true'),
	('Republic of the Gambia', 'GMB', 'official', 'true'),
	('Gambie', 'GMB', 'fr', 'true'),
	('République de Gambie', 'GMB', 'fr', 'true'),
	('Republic of Guinea-Bissau', 'GNB', 'official', 'true'),
	('Guinée-Bissau', 'GNB', 'fr', 'true'),
	('République de Guinée-Bissau', 'GNB', 'fr', 'true'),
	('Republic of Equatorial Guinea', 'GNQ', 'official', 'true'),
	('Guinée Équatoriale', 'GNQ', 'fr', 'true'),
	('République de Guinée Équatoriale', 'GNQ', 'fr', 'true'),
	('Hellenic Republic', 'GRC', 'official', 'true'),
	('Grèce', 'GRC', 'fr', 'true'),
	('République grecque', 'GRC', 'fr', 'true'),
	('Grenade', 'GRD', 'fr', 'true'),
	('Groënland', 'GRL', 'fr', 'true'),
	('Republic of Guatemala', 'GTM', 'official', 'true'),
	('République du Guatemala', 'GTM', 'fr', 'true'),
	('Guyane française', 'GUF', 'fr', 'true'),
	('Republic of Guyana', 'GUY', 'official', 'true'),
	('République de Guyana', 'GUY', 'fr', 'true'),
	('Hong Kong Special Administrative Region of China', 'HKG', 'official', 'true'),
	('Région spéciale administrative chinoise de Hong-Kong', 'HKG', 'fr', 'true'),
	('îles Heard-et-MacDonald', 'HMD', 'fr', 'true'),
	('Republic of Honduras', 'HND', 'official', 'true'),
	('République du Honduras', 'HND', 'fr', 'true'),
	('Republic of Croatia', 'HRV', 'official', 'true'),
	('Croatie', 'HRV', 'fr', 'true'),
	('République de Croatie', 'HRV', 'fr', 'true'),
	('Republic of Haiti', 'HTI', 'official', 'true'),
	('Haïti', 'HTI', 'fr', 'true'),
	('République de Haïti', 'HTI', 'fr', 'true'),
	('Hongrie', 'HUN', 'fr', 'true'),
	('Republic of Indonesia', 'IDN', 'official', 'true'),
	('Indonésie', 'IDN', 'fr', 'true'),
	('République d''Indonésie', 'IDN', 'fr', 'true'),
	('Île de Man', 'IMN', 'fr', 'true'),
	('Republic of India', 'IND', 'official', 'true'),
	('Inde', 'IND', 'fr', 'true'),
	('République d''Inde', 'IND', 'fr', 'true'),
	('Territoire britannique de l''océan Indien', 'IOT', 'fr', 'true'),
	('Irlande', 'IRL', 'fr', 'true'),
	('Islamic Republic of Iran', 'IRN', 'official', 'true'),
	('Iran', 'IRN', 'common', 'true'),
	('Iran, République islamique d''', 'IRN', 'fr', 'true'),
	('République islamique d''Iran', 'IRN', 'fr', 'true'),
	('Republic of Iraq', 'IRQ', 'official', 'true'),
	('Irak', 'IRQ', 'fr', 'true'),
	('République d''Iraq', 'IRQ', 'fr', 'true'),
	('Republic of Iceland', 'ISL', 'official', 'true'),
	('Islande', 'ISL', 'fr', 'true'),
	('République d''Islande', 'ISL', 'fr', 'true'),
	('State of Israel', 'ISR', 'official', 'true'),
	('Israël', 'ISR', 'fr', 'true'),
	('État d''Israël', 'ISR', 'fr', 'true'),
	('Italian Republic', 'ITA', 'official', 'true'),
	('Italie', 'ITA', 'fr', 'true'),
	('République italienne', 'ITA', 'fr', 'true'),
	('Jamaïque', 'JAM', 'fr', 'true'),
	('Hashemite Kingdom of Jordan', 'JOR', 'official', 'true'),
	('Jordanie', 'JOR', 'fr', 'true'),
	('Royaume hachémite de Jordanie', 'JOR', 'fr', 'true'),
	('Japon', 'JPN', 'fr', 'true'),
	('Republic of Kazakhstan', 'KAZ', 'official', 'true'),
	('République du Kazakhstan', 'KAZ', 'fr', 'true'),
	('Republic of Kenya', 'KEN', 'official', 'true'),
	('République du Kenya', 'KEN', 'fr', 'true'),
	('Kyrgyz Republic', 'KGZ', 'official', 'true'),
	('Kirghizistan', 'KGZ', 'fr', 'true'),
	('République kirghize', 'KGZ', 'fr', 'true'),
	('Kingdom of Cambodia', 'KHM', 'official', 'true'),
	('Cambodge', 'KHM', 'fr', 'true'),
	('Royaume du Cambodge', 'KHM', 'fr', 'true'),
	('Republic of Kiribati', 'KIR', 'official', 'true'),
	('République de Kiribati', 'KIR', 'fr', 'true'),
	('Saint-Christophe-et-Niévès', 'KNA', 'fr', 'true'),
	('South Korea', 'KOR', 'common', 'true'),
	('Corée du Sud', 'KOR', 'fr', 'true'),
	('Corée, République de', 'KOR', 'fr', 'true'),
	('State of Kuwait', 'KWT', 'official', 'true'),
	('Koweït', 'KWT', 'fr', 'true'),
	('État du Koweït', 'KWT', 'fr', 'true'),
	('Laos', 'LAO', 'common', 'true'),
	('Lao, République démocratique populaire', 'LAO', 'fr', 'true'),
	('Lebanese Republic', 'LBN', 'official', 'true'),
	('Liban', 'LBN', 'fr', 'true'),
	('République libanaise', 'LBN', 'fr', 'true'),
	('Republic of Liberia', 'LBR', 'official', 'true'),
	('Libéria', 'LBR', 'fr', 'true'),
	('République du Libéria', 'LBR', 'fr', 'true'),
	('Libye', 'LBY', 'fr', 'true'),
	('Sainte-Lucie', 'LCA', 'fr', 'true'),
	('Principality of Liechtenstein', 'LIE', 'official', 'true'),
	('Principauté du Liechtenstein', 'LIE', 'fr', 'true'),
	('Democratic Socialist Republic of Sri Lanka', 'LKA', 'official', 'true'),
	('République démocratique socialiste de Sri Lanka', 'LKA', 'fr', 'true'),
	('Kingdom of Lesotho', 'LSO', 'official', 'true'),
	('Royaume du Lesotho', 'LSO', 'fr', 'true'),
	('Republic of Lithuania', 'LTU', 'official', 'true'),
	('Lituanie', 'LTU', 'fr', 'true'),
	('République de Lituanie', 'LTU', 'fr', 'true'),
	('Grand Duchy of Luxembourg', 'LUX', 'official', 'true'),
	('Grand-duché du Luxembourg', 'LUX', 'fr', 'true'),
	('Republic of Latvia', 'LVA', 'official', 'true'),
	('Lettonie', 'LVA', 'fr', 'true'),
	('République de Lettonie', 'LVA', 'fr', 'true'),
	('Macao Special Administrative Region of China', 'MAC', 'official', 'true'),
	('Macau', 'MAC', 'fr', 'true'),
	('Région spéciale administrative chinoise de Macao', 'MAC', 'fr', 'true'),
	('Saint-Martin (partie française)', 'MAF', 'fr', 'true'),
	('Kingdom of Morocco', 'MAR', 'official', 'true'),
	('Maroc', 'MAR', 'fr', 'true'),
	('Royaume du Maroc', 'MAR', 'fr', 'true'),
	('Principality of Monaco', 'MCO', 'official', 'true'),
	('Principauté de Monaco', 'MCO', 'fr', 'true'),
	('Republic of Moldova', 'MDA', 'official', 'true'),
	('Moldova', 'MDA', 'common', 'true'),
	('Moldavie', 'MDA', 'fr', 'true'),
	('Moldova, République de', 'MDA', 'fr', 'true'),
	('République de Moldova', 'MDA', 'fr', 'true'),
	('Republic of Madagascar', 'MDG', 'official', 'true'),
	('République de Madagascar', 'MDG', 'fr', 'true'),
	('Republic of Maldives', 'MDV', 'official', 'true'),
	('République des Maldives', 'MDV', 'fr', 'true'),
	('United Mexican States', 'MEX', 'official', 'true'),
	('Mexique', 'MEX', 'fr', 'true'),
	('États-Unis du Mexique', 'MEX', 'fr', 'true'),
	('Republic of the Marshall Islands', 'MHL', 'official', 'true'),
	('République des Îles Marshall', 'MHL', 'fr', 'true'),
	('Îles Marshall', 'MHL', 'fr', 'true'),
	('Republic of North Macedonia', 'MKD', 'official', 'true'),
	('Macédoine du Nord', 'MKD', 'fr', 'true'),
	('République de Macédoine du Nord', 'MKD', 'fr', 'true'),
	('Republic of Mali', 'MLI', 'official', 'true'),
	('République du Mali', 'MLI', 'fr', 'true'),
	('Republic of Malta', 'MLT', 'official', 'true'),
	('Malte', 'MLT', 'fr', 'true'),
	('République de Malte', 'MLT', 'fr', 'true'),
	('Republic of Myanmar', 'MMR', 'official', 'true'),
	('Birmanie', 'MMR', 'fr', 'true'),
	('République de Myanmar', 'MMR', 'fr', 'true'),
	('Monténégro', 'MNE', 'fr', 'true'),
	('Mongolie', 'MNG', 'fr', 'true'),
	('Commonwealth of the Northern Mariana Islands', 'MNP', 'official', 'true'),
	('Commonwealth des îles Mariannes du Nord', 'MNP', 'fr', 'true'),
	('Îles Mariannes du Nord', 'MNP', 'fr', 'true'),
	('Republic of Mozambique', 'MOZ', 'official', 'true'),
	('République du Mozambique', 'MOZ', 'fr', 'true'),
	('Islamic Republic of Mauritania', 'MRT', 'official', 'true'),
	('Mauritanie', 'MRT', 'fr', 'true'),
	('République islamique de Mauritanie', 'MRT', 'fr', 'true'),
	('Republic of Mauritius', 'MUS', 'official', 'true'),
	('Maurice', 'MUS', 'fr', 'true'),
	('République de l''Île Maurice', 'MUS', 'fr', 'true'),
	('Republic of Malawi', 'MWI', 'official', 'true'),
	('République du Malawi', 'MWI', 'fr', 'true'),
	('Malaisie', 'MYS', 'fr', 'true'),
	('Republic of Namibia', 'NAM', 'official', 'true'),
	('Namibie', 'NAM', 'fr', 'true'),
	('République de Namibie', 'NAM', 'fr', 'true'),
	('Nouvelle-Calédonie', 'NCL', 'fr', 'true'),
	('Republic of the Niger', 'NER', 'official', 'true'),
	('République du Niger', 'NER', 'fr', 'true'),
	('île Norfolk', 'NFK', 'fr', 'true'),
	('Federal Republic of Nigeria', 'NGA', 'official', 'true'),
	('République fédérale du Nigeria', 'NGA', 'fr', 'true'),
	('Republic of Nicaragua', 'NIC', 'official', 'true'),
	('République du Nicaragua', 'NIC', 'fr', 'true'),
	('Nioue', 'NIU', 'fr', 'true'),
	('Kingdom of the Netherlands', 'NLD', 'official', 'true'),
	('Pays-Bas', 'NLD', 'fr', 'true'),
	('Royaume des Pays-Bas', 'NLD', 'fr', 'true'),
	('Kingdom of Norway', 'NOR', 'official', 'true'),
	('Norvège', 'NOR', 'fr', 'true'),
	('Royaume de Norvège', 'NOR', 'fr', 'true'),
	('Federal Democratic Republic of Nepal', 'NPL', 'official', 'true'),
	('Népal', 'NPL', 'fr', 'true'),
	('République fédérale démocratique du Népal', 'NPL', 'fr', 'true'),
	('Republic of Nauru', 'NRU', 'official', 'true'),
	('République de Nauru', 'NRU', 'fr', 'true'),
	('Nouvelle-Zélande', 'NZL', 'fr', 'true'),
	('Sultanate of Oman', 'OMN', 'official', 'true'),
	('Sultanat d''Oman', 'OMN', 'fr', 'true'),
	('Islamic Republic of Pakistan', 'PAK', 'official', 'true'),
	('République islamique du Pakistan', 'PAK', 'fr', 'true'),
	('Republic of Panama', 'PAN', 'official', 'true'),
	('République du Panama', 'PAN', 'fr', 'true'),
	('Îles Pitcairn', 'PCN', 'fr', 'true'),
	('Republic of Peru', 'PER', 'official', 'true'),
	('Pérou', 'PER', 'fr', 'true'),
	('République du Pérou', 'PER', 'fr', 'true'),
	('Republic of the Philippines', 'PHL', 'official', 'true'),
	('République des Philippines', 'PHL', 'fr', 'true'),
	('Republic of Palau', 'PLW', 'official', 'true'),
	('Palaos', 'PLW', 'fr', 'true'),
	('République de Palau', 'PLW', 'fr', 'true'),
	('Independent State of Papua New Guinea', 'PNG', 'official', 'true'),
	('Papouasie-Nouvelle-Guinée', 'PNG', 'fr', 'true'),
	('État indépendant de Papouasie-Nouvelle-Guinée', 'PNG', 'fr', 'true'),
	('Republic of Poland', 'POL', 'official', 'true'),
	('Pologne', 'POL', 'fr', 'true'),
	('République de Pologne', 'POL', 'fr', 'true'),
	('Porto Rico', 'PRI', 'fr', 'true'),
	('Democratic People''s Republic of Korea', 'PRK', 'official', 'true'),
	('North Korea', 'PRK', 'common', 'true'),
	('Corée du Nord', 'PRK', 'fr', 'true'),
	('Corée, République populaire démocratique de', 'PRK', 'fr', 'true'),
	('République démocratique populaire de Corée', 'PRK', 'fr', 'true'),
	('Portuguese Republic', 'PRT', 'official', 'true'),
	('République portugaise', 'PRT', 'fr', 'true'),
	('Republic of Paraguay', 'PRY', 'official', 'true'),
	('République du Paraguay', 'PRY', 'fr', 'true'),
	('the State of Palestine', 'PSE', 'official', 'true'),
	('Palestine, État de', 'PSE', 'fr', 'true'),
	('l''État de Palestine', 'PSE', 'fr', 'true'),
	('Polynésie française', 'PYF', 'fr', 'true'),
	('State of Qatar', 'QAT', 'official', 'true'),
	('État du Qatar', 'QAT', 'fr', 'true'),
	('Réunion, Île de la', 'REU', 'fr', 'true'),
	('Roumanie', 'ROU', 'fr', 'true'),
	('Russie, Fédération de', 'RUS', 'fr', 'true'),
	('Rwandese Republic', 'RWA', 'official', 'true'),
	('République rwandaise', 'RWA', 'fr', 'true'),
	('Kingdom of Saudi Arabia', 'SAU', 'official', 'true'),
	('Arabie saoudite', 'SAU', 'fr', 'true'),
	('Royaume d''Arabie saoudite', 'SAU', 'fr', 'true'),
	('Republic of the Sudan', 'SDN', 'official', 'true'),
	('République du Soudan', 'SDN', 'fr', 'true'),
	('Soudan', 'SDN', 'fr', 'true'),
	('Republic of Senegal', 'SEN', 'official', 'true'),
	('République du Sénégal', 'SEN', 'fr', 'true'),
	('Sénégal', 'SEN', 'fr', 'true'),
	('Republic of Singapore', 'SGP', 'official', 'true'),
	('République de Singapour', 'SGP', 'fr', 'true'),
	('Singapour', 'SGP', 'fr', 'true'),
	('Géorgie du Sud et les îles Sandwich du Sud', 'SGS', 'fr', 'true'),
	('Sainte-Hélène, Ascension et Tristan da Cunha', 'SHN', 'fr', 'true'),
	('Svalbard et île Jan Mayen', 'SJM', 'fr', 'true'),
	('Salomon, Îles', 'SLB', 'fr', 'true'),
	('Republic of Sierra Leone', 'SLE', 'official', 'true'),
	('République de Sierra Leone', 'SLE', 'fr', 'true'),
	('Republic of El Salvador', 'SLV', 'official', 'true'),
	('République d''El Salvador', 'SLV', 'fr', 'true'),
	('Salvador', 'SLV', 'fr', 'true'),
	('Republic of San Marino', 'SMR', 'official', 'true'),
	('République de San Marin', 'SMR', 'fr', 'true'),
	('Saint-Marin', 'SMR', 'fr', 'true'),
	('Federal Republic of Somalia', 'SOM', 'official', 'true'),
	('République fédérale de Somalie', 'SOM', 'fr', 'true'),
	('Somalie', 'SOM', 'fr', 'true'),
	('Saint-Pierre-et-Miquelon', 'SPM', 'fr', 'true'),
	('Republic of Serbia', 'SRB', 'official', 'true'),
	('République de Serbie', 'SRB', 'fr', 'true'),
	('Serbie', 'SRB', 'fr', 'true'),
	('Republic of South Sudan', 'SSD', 'official', 'true'),
	('République du Soudan du Sud', 'SSD', 'fr', 'true'),
	('Soudan du Sud', 'SSD', 'fr', 'true'),
	('Democratic Republic of Sao Tome and Principe', 'STP', 'official', 'true'),
	('République démocratique de Sao Tomé et Principe', 'STP', 'fr', 'true'),
	('Sao Tomé-et-Principe', 'STP', 'fr', 'true'),
	('Republic of Suriname', 'SUR', 'official', 'true'),
	('République du Surinam', 'SUR', 'fr', 'true'),
	('Surinam', 'SUR', 'fr', 'true'),
	('Slovak Republic', 'SVK', 'official', 'true'),
	('République slovaque', 'SVK', 'fr', 'true'),
	('Slovaquie', 'SVK', 'fr', 'true'),
	('Republic of Slovenia', 'SVN', 'official', 'true'),
	('République de Slovénie', 'SVN', 'fr', 'true'),
	('Slovénie', 'SVN', 'fr', 'true'),
	('Kingdom of Sweden', 'SWE', 'official', 'true'),
	('Royaume de Suède', 'SWE', 'fr', 'true'),
	('Suède', 'SWE', 'fr', 'true'),
	('Kingdom of Eswatini', 'SWZ', 'official', 'true'),
	('Royaume d’Eswatini', 'SWZ', 'fr', 'true'),
	('Saint-Martin (partie néerlandaise)', 'SXM', 'fr', 'true'),
	('Republic of Seychelles', 'SYC', 'official', 'true'),
	('République des Seychelles', 'SYC', 'fr', 'true'),
	('Syria', 'SYR', 'common', 'true'),
	('Syrienne, République arabe', 'SYR', 'fr', 'true'),
	('îles Turques-et-Caïques', 'TCA', 'fr', 'true'),
	('Republic of Chad', 'TCD', 'official', 'true'),
	('République du Tchad', 'TCD', 'fr', 'true'),
	('Tchad', 'TCD', 'fr', 'true'),
	('Togolese Republic', 'TGO', 'official', 'true'),
	('République togolaise', 'TGO', 'fr', 'true'),
	('Kingdom of Thailand', 'THA', 'official', 'true'),
	('Royaume de Thaïlande', 'THA', 'fr', 'true'),
	('Thaïlande', 'THA', 'fr', 'true'),
	('Republic of Tajikistan', 'TJK', 'official', 'true'),
	('République du Tadjikistan', 'TJK', 'fr', 'true'),
	('Tadjikistan', 'TJK', 'fr', 'true'),
	('Turkménistan', 'TKM', 'fr', 'true'),
	('Democratic Republic of Timor-Leste', 'TLS', 'official', 'true'),
	('République démocratique du Timor-Leste', 'TLS', 'fr', 'true'),
	('Timor oriental', 'TLS', 'fr', 'true'),
	('Kingdom of Tonga', 'TON', 'official', 'true'),
	('Royaume des Tonga', 'TON', 'fr', 'true'),
	('Republic of Trinidad and Tobago', 'TTO', 'official', 'true'),
	('République de Trinité et Tobago', 'TTO', 'fr', 'true'),
	('Trinité-et-Tobago', 'TTO', 'fr', 'true'),
	('Republic of Tunisia', 'TUN', 'official', 'true'),
	('République de Tunisie', 'TUN', 'fr', 'true'),
	('Tunisie', 'TUN', 'fr', 'true'),
	('Republic of Türkiye', 'TUR', 'official', 'true'),
	('Taiwan', 'TWN', 'common', 'true'),
	('Taïwan', 'TWN', 'fr', 'true'),
	('Taïwan, province de Chine', 'TWN', 'fr', 'true'),
	('United Republic of Tanzania', 'TZA', 'official', 'true'),
	('Tanzania', 'TZA', 'common', 'true'),
	('République unie de Tanzanie', 'TZA', 'fr', 'true'),
	('Tanzanie', 'TZA', 'fr', 'true'),
	('Tanzanie, République unie de', 'TZA', 'fr', 'true'),
	('Republic of Uganda', 'UGA', 'official', 'true'),
	('Ouganda', 'UGA', 'fr', 'true'),
	('République d''Ouganda', 'UGA', 'fr', 'true'),
	('Îles mineures éloignées des États-Unis', 'UMI', 'fr', 'true'),
	('Eastern Republic of Uruguay', 'URY', 'official', 'true'),
	('République orientale d''Uruguay', 'URY', 'fr', 'true'),
	('United States of America', 'USA', 'official', 'true'),
	('États-Unis', 'USA', 'fr', 'true'),
	('États-Unis d''Amérique', 'USA', 'fr', 'true'),
	('Republic of Uzbekistan', 'UZB', 'official', 'true'),
	('Ouzbékistan', 'UZB', 'fr', 'true'),
	('République d''Ouzbékistan', 'UZB', 'fr', 'true'),
	('Saint-Siège (état de la cité du Vatican)', 'VAT', 'fr', 'true'),
	('Saint-Vincent-et-les-Grenadines', 'VCT', 'fr', 'true'),
	('Bolivarian Republic of Venezuela', 'VEN', 'official', 'true'),
	('Venezuela', 'VEN', 'common', 'true'),
	('République bolivarienne du Vénézuela', 'VEN', 'fr', 'true'),
	('Vénézuela', 'VEN', 'fr', 'true'),
	('Vénézuela, république bolivarienne du', 'VEN', 'fr', 'true'),
	('British Virgin Islands', 'VGB', 'official', 'true'),
	('Îles Vierges britanniques', 'VGB', 'fr', 'true'),
	('Virgin Islands of the United States', 'VIR', 'official', 'true'),
	('Îles Vierges des États-Unis d''Amérique', 'VIR', 'fr', 'true'),
	('Îles Vierges, États-Unis', 'VIR', 'fr', 'true'),
	('Socialist Republic of Viet Nam', 'VNM', 'official', 'true'),
	('Vietnam', 'VNM', 'common', 'true'),
	('République socialiste du Viet Nam', 'VNM', 'fr', 'true'),
	('Viêt Nam', 'VNM', 'fr', 'true'),
	('Republic of Vanuatu', 'VUT', 'official', 'true'),
	('République du Vanuatu', 'VUT', 'fr', 'true'),
	('Wallis et Futuna', 'WLF', 'fr', 'true'),
	('Independent State of Samoa', 'WSM', 'official', 'true'),
	('État indépendant de Samoa', 'WSM', 'fr', 'true'),
	('Republic of Yemen', 'YEM', 'official', 'true'),
	('République du Yémen', 'YEM', 'fr', 'true'),
	('Yémen', 'YEM', 'fr', 'true'),
	('Republic of South Africa', 'ZAF', 'official', 'true'),
	('Afrique du Sud', 'ZAF', 'fr', 'true'),
	('République d''Afrique du Sud', 'ZAF', 'fr', 'true'),
	('Republic of Zambia', 'ZMB', 'official', 'true'),
	('République de Zambie', 'ZMB', 'fr', 'true'),
	('Zambie', 'ZMB', 'fr', 'true'),
	('Republic of Zimbabwe', 'ZWE', 'official', 'true'),
	('République du Zimbabwe', 'ZWE', 'fr', 'true'),
	('Russia', 'RUS', 'usage', 'true'),
	('Turkey', 'TUR', 'usage', 'true'),
	('UK', 'GBR', 'usage', 'true'),
	('Great Britain', 'GBR', 'usage', 'true'),
	('Ivory Coast', 'CIV', 'usage', 'true'),
	('Holland', 'NLD', 'usage', 'true'),
	('The Netherlands', 'NLD', 'usage', 'true'),
	('Brunei', 'BRN', 'usage', 'true'),
	('Vatican', 'VAT', 'usage', 'true');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.country_alias', 'WHERE NOT shipped');

CREATE TABLE @extschema@.grid_intensity (
	country text NOT NULL CHECK (country ~ '^[A-Z]{3}$'),
	kg_co2e_per_kwh float8 NOT NULL CHECK (kg_co2e_per_kwh >= 0 AND kg_co2e_per_kwh < 10),
	year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
	source text NOT NULL,
	confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	note text,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (country, shipped)
);
COMMENT ON TABLE @extschema@.grid_intensity IS 'carbon intensity of electricity per country (iso3), plus WOR (world average, the fallback for a country without a row) and EEE (Europe)';
COMMENT ON COLUMN @extschema@.grid_intensity.kg_co2e_per_kwh IS 'kg CO2e per kWh of electricity';
COMMENT ON COLUMN @extschema@.grid_intensity.year IS 'reference year of the figure';
INSERT INTO @extschema@.grid_intensity (country, kg_co2e_per_kwh, year, source, confidence, note, shipped) VALUES
	('WOR', '0.39', '2020', 'Boavizta''s own world average (''Average of all country in the csv'' = all countries of boaviztapi/data/crowdsourcing/electrical_mix.csv), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.WOR.gwp', 'secondary', 'Boavizta reference_year is ''2020 & 2019'' (mix of Ember 2020 and Scarlat 2019 country values); 2020 entered as year. Not a primary-source world figure: Boavizta''s own average of its country table (weighting not stated); Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.590478; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('EEE', '0.38', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.EEE.gwp', 'secondary', 'Europe average; BoaviztAPI example outputs found in public code label this 0.38 default ''Average of 27 european countries''; Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.509427; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('AGO', '0.173', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.AGO.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.412014; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ALB', '0.024', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ALB.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.0207635; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ARE', '0.472', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ARE.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.09088; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ARG', '0.353', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ARG.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.476811; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ARM', '0.209', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ARM.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.252002; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('AUS', '0.56', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.AUS.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.12326; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('AUT', '0.264', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.AUT.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.245573; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('AZE', '0.537', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.AZE.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.726126; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('BEL', '0.23', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.BEL.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.256537; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('BEN', '0.652', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.BEN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.19128; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('BGD', '0.55', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.BGD.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.795168; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('BGR', '0.544', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.BGR.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.827087; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('BHR', '0.49', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.BHR.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.804567; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('BIH', '0.522', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.BIH.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.56025; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('BLR', '0.516', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.BLR.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.795697; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('BOL', '0.32', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.BOL.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.585131; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('BRA', '0.113', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.BRA.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.278647; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('BRN', '0.659', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.BRN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.997577; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('BWA', '0.8', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.BWA.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 2.12572; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('CAN', '0.12', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.CAN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.238191; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('CHE', '0.078', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.CHE.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.0448568; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('CHL', '0.387', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.CHL.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.574415; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('CHN', '0.55', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.CHN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.05738; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('CIV', '0.421', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.CIV.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.928583; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('CMR', '0.254', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.CMR.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.456622; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('COD', '0.026', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.COD.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.0613102; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('COG', '0.375', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.COG.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.904053; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('COL', '0.211', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.COL.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.214014; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('CRI', '0.033', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.CRI.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.224471; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('CUB', '0.61', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.CUB.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.28325; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('CYP', '0.791', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.CYP.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.978041; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('CZE', '0.397', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.CZE.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.799077; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('DEU', '0.422', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.DEU.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.657374; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('DNK', '0.158', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.DNK.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.633534; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('DOM', '0.625', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.DOM.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.909252; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('DZA', '0.485', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.DZA.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.02318; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ECU', '0.135', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ECU.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.627714; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('EGY', '0.471', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.EGY.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.587775; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ERI', '0.652', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ERI.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.13153; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ESP', '0.279', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ESP.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.467803; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('EST', '0.472', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.EST.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.51492; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ETH', '0.025', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ETH.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.251299; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('FIN', '0.141', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.FIN.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.322068; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('FRA', '0.098', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.FRA.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.0813225; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('GAB', '0.306', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.GAB.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.732511; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('GBR', '0.246', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.GBR.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.602137; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('GEO', '0.136', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.GEO.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.132046; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('GHA', '0.344', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.GHA.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.540126; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('GIB', '0.977477', '2011', 'ADEME Base IMPACTS® (electricity mix, reference year 2011), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.GIB.gwp', 'secondary', 'Boavizta priority 3 entry (lowest priority number wins in Boavizta); only the ADEME 2011 value exists for this country in Boavizta (no Scarlat/Ember value); cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('GRC', '0.78', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.GRC.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.13127; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('GTM', '0.278', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.GTM.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.645801; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('HKG', '0.95888', '2011', 'ADEME Base IMPACTS® (electricity mix, reference year 2011), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.HKG.gwp', 'secondary', 'Boavizta priority 3 entry (lowest priority number wins in Boavizta); only the ADEME 2011 value exists for this country in Boavizta (no Scarlat/Ember value); cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('HND', '0.346', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.HND.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.692837; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('HRV', '0.372', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.HRV.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.535759; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('HTI', '0.612', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.HTI.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.3858; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('HUN', '0.338', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.HUN.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.541558; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('IDN', '0.663', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.IDN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.875394; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('IND', '0.626', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.IND.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.58299; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('IRL', '0.384', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.IRL.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.648118; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('IRN', '0.488', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.IRN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.930385; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('IRQ', '0.518', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.IRQ.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.48728; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ISL', '0.026', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ISL.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.0194609; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ISR', '0.557', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ISR.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.901842; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ITA', '0.356', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ITA.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.621329; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('JAM', '0.544', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.JAM.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.07345; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('JOR', '0.435', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.JOR.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.781372; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('JPN', '0.473', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.JPN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.540891; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('KAZ', '0.655', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.KAZ.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.128; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('KEN', '0.08', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.KEN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.589603; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('KGZ', '0.081', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.KGZ.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.156039; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('KHM', '0.424', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.KHM.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.41054; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('KOR', '0.444', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.KOR.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.599585; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('KWT', '0.49', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.KWT.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.885084; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('LBN', '0.546', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.LBN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.883627; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('LBY', '0.552', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.LBY.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.35361; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('LKA', '0.494', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.LKA.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.709185; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('LTU', '0.321', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.LTU.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.154229; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('LUX', '0.338', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.LUX.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.490016; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('LVA', '0.325', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.LVA.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.234273; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('MAR', '0.625', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.MAR.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.933694; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('MDA', '0.488', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.MDA.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.04213; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('MEX', '0.411', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.MEX.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.739214; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('MKD', '0.528', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.MKD.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.24074; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('MLT', '0.463', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.MLT.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.31149; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('MMR', '0.313', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.MMR.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.48193; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('MNG', '0.733', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.MNG.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.47192; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('MOZ', '0.134', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.MOZ.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.00880732; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('MYS', '0.589', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.MYS.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.832206; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('NAM', '0.048', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.NAM.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.357253; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('NGA', '0.398', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.NGA.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.693123; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('NIC', '0.351', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.NIC.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.941626; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('NLD', '0.45', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.NLD.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.544803; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('NOR', '0.031', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.NOR.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.023754; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('NPL', '0.023', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.NPL.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.0841323; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('NZL', '0.149', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.NZL.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.293397; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('OMN', '0.49', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.OMN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.41292; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('PAK', '0.356', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.PAK.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.748727; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('PAN', '0.243', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.PAN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.53403; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('PER', '0.231', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.PER.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.284364; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('PHL', '0.578', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.PHL.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.761317; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('POL', '0.805', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.POL.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.15075; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('PRK', '0.155', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.PRK.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.797361; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('PRT', '0.324', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.PRT.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.571172; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('PRY', '0.024', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.PRY.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.241601; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('QAT', '0.49', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.QAT.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.722125; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ROU', '0.464', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ROU.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.664245; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('RUS', '0.347', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.RUS.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.66131; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('SAU', '0.57', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.SAU.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.913677; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('SDN', '0.266', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.SDN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.12472; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('SEN', '0.545', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.SEN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.1195; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('SGP', '0.489', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.SGP.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.655825; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('SLV', '0.183', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.SLV.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.473128; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('SRB', '0.9', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.SCG.gwp', 'secondary', 'Boavizta key SCG with country label ''Serbie '' (SCG = former ISO code of Serbia and Montenegro, withdrawn 2006); stored under SRB (Serbia) because the label names Serbia and the Scarlat et al. figure is for Serbia; Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.07808; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('SVK', '0.346', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.SVK.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.309341; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('SVN', '0.307', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.SVN.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.498523; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('SWE', '0.04', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.SWE.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.0464664; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('SYR', '0.539', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.SYR.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.08778; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('TGO', '0.593', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.TGO.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.545455; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('THA', '0.507', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.THA.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.646174; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('TJK', '0.073', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.TJK.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.0426743; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('TKM', '0.544', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.TKM.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.38296; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('TTO', '0.52', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.TTO.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.933059; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('TUN', '0.471', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.TUN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.80722; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('TUR', '0.588', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.TUR.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.706988; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('TWN', '0.563', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.TWN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.845351; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('TZA', '0.387', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.TZA.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.475635; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('UKR', '0.492', '2019', 'Scarlat N., Prussi M., Padella M., Quantification of the carbon intensity of electricity produced and used in Europe, Applied Energy 305 (2022) 117901, doi:10.1016/j.apenergy.2021.117901 (sciencedirect pii S0306261921012149), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.UKR.gwp', 'secondary', 'Boavizta priority 1 entry (lowest priority number wins in Boavizta); Boavizta does not say whether the production- or consumption-based intensity of Scarlat et al. was taken; lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.646745; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('URY', '0.106', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.URY.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.296953; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('USA', '0.37', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.USA.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.67978; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('UZB', '0.497', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.UZB.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.81178; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('VEN', '0.192', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.VEN.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.497373; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('VNM', '0.546', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.VNM.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.555572; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('YEM', '0.541', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.YEM.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.06777; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ZAF', '0.72', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ZAF.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 1.17562; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ZMB', '0.121', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ZMB.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.0141304; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true'),
	('ZWE', '0.288', '2020', 'Ember, Data Explorer (https://ember-climate.org/data/data-explorer), as transcribed in Boavizta/boaviztapi boaviztapi/data/factors.yml (commit 067c8c05026e47ee616dfca0439b964f487edaf3), key electricity.ZWE.gwp', 'secondary', 'Boavizta priority 2 entry (lowest priority number wins in Boavizta); lower-priority ADEME Base IMPACTS 2011 value in the same file: 0.842811; cross-checked against boaviztapi/data/crowdsourcing/electrical_mix.csv (commit 854b3864ea78bb2ddb56814d066104d2bfad6056): equal', 'true');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.grid_intensity', 'WHERE NOT shipped');

-- device categories ----------------------------------------------------

CREATE TABLE @extschema@.device_category_figure (
	category text NOT NULL,
	figure text NOT NULL,
	value text,
	unit text,
	source text,
	confidence text CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	note text,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (category, figure, shipped),
	CHECK (value IS NULL OR (source IS NOT NULL AND confidence IS NOT NULL))
);
COMMENT ON TABLE @extschema@.device_category_figure IS 'provenance of every shipped figure of device_category: value, unit, source, confidence and the judgement behind it; a row with no value records that the research has no sourced figure';
INSERT INTO @extschema@.device_category_figure (category, figure, value, unit, source, confidence, note, shipped) VALUES
	('laptop', 'unu_key', '0303', NULL, 'key descriptions: Statistics Netherlands / UNU e-waste model, repository Statistics-Netherlands/ewaste, data/htbl_Key_Weight.csv and data/htbl_Key_Description.csv, EU default (../shared/reference/unu_key_weights.csv)', 'verified', 'UNU-KEY 0303 ''Laptops (incl. tablets)''. The unidentified ''2023 paper'' splits it into 0303a laptops / 0303b tablets', 'true'),
	('laptop', 'typical_mass_kg', '2.7064', 'kg', 'Babbitt C.W., Madaan H., Althaf S., Kasulaitis B., Ryen E.G., Disassembly-based bill of materials data for consumer electronic products, Scientific Data 7, 251 (2020), Summary sheet (../shared/reference/device_bom_babbitt2020_summary.csv, column avg_total_g)', 'verified', 'Babbitt 2020 ''Laptop'' avg_total_g 2706.4 g (min 1744.9, max 3751.3; n=19 laptops built 1999-2011). Chosen because the element figures of category_composition.csv come from notebooks of the same era (Buchert 2012, MME 2021 laptop of 2674 g). UNU 0303 average weight 2021 = 0.82 kg is NOT used: that key mixes laptops with tablets', 'true'),
	('laptop', 'weibull_shape', '1.5', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0303; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1). mean 4.69, median 4.07 yr (derived in lifespan_carbon.md §1.3/§2.1). Alternative ''2023 paper'' 0303a: k=1.6, lambda=6.57 (source unidentified). 2015 column chosen for every category where it exists because its source document is identified', 'true'),
	('laptop', 'weibull_scale', '5.2', 'year', 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0303; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1)', 'true'),
	('laptop', 'weibull_column', '2015 Guidelines', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0303', 'true'),
	('laptop', 'reference_lifespan_years', '5', 'year', 'ADEME/Arcep, Évaluation de l''impact environnemental du numérique en France et analyse prospective (2022), as transcribed in G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column lifespan; also ../shared/research/lifespan_carbon.md §3 and §4.3', 'secondary', 'G4IT ''Laptop'' (ADEME/Arcep). Boavizta archetype default laptop-pro 35 040 h = 4 yr (laptop-perso 5 yr); PCF median assumed life 4 yr. Chosen: the G4IT/ADEME-Arcep 2022 defaults, because they name a published national study as their source, cover printers, and are the defaults NumEcoEval/G4IT users already see; Boavizta''s archetype lifespans state no source', 'true'),
	('laptop', 'embodied_kg_co2e', '266', 'kg CO2e', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of gwp_total x (1 - gwp_use_ratio), aggregated in ../shared/research/lifespan_carbon.md §4.1', 'derived', 'business lines (Latitude, EliteBook, ThinkPad, ProBook, TravelMate, Precision) median 266 kg, IQR 221-306; all laptops 241 kg (195-285), n=422. ADEME/NegaOctet factor in boaviztapi factors.yml LAPTOP.gwp: pro 181, perso 175 (secondary). Business-line median chosen because the users are organisations. Chosen: PCF median rather than the ADEME/NegaOctet factor used by Boavizta, because (1) it comes from the same dataset as kwh_per_year, (2) gwp_total x (1 - use share) explicitly covers every non-use phase while the phase boundary of the ADEME factors is unverified (lifespan_carbon.md §6 item 5), (3) for laptops it agrees with the third-party values (TCO Certified ~250 kg, Öko-Institut 214-244 kg) while the ADEME factor does not', 'true'),
	('laptop', 'kwh_per_year', '19.4', 'kWh/year', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of yearly_tec, aggregated in ../shared/research/lifespan_carbon.md §4.2', 'derived', 'business lines median 19.4 kWh (all laptops 18.8, n=225). Boavizta archetype 75 W x 0.3 x 8760 h = 197 kWh is ~10x higher; the notes advise measured TEC. Measured PCF medians preferred as lifespan_carbon.md §4.2 advises; each PCF assumes its own usage scenario', 'true'),
	('laptop', 'recycled_content_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level F_R). Only element-level EU end-of-life recycling input rates exist (materials.md §1.3, mostly [U]) and procurement criteria ask for a declared % of post-consumer recycled plastic (circularity.md §3) without a typical value', 'true'),
	('laptop', 'reuse_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_U)', 'true'),
	('laptop', 'recycling_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_R); the research has no WEEE collection rate per category', 'true'),
	('laptop', 'recycling_efficiency', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level E_C); element-level chain recovery fractions are in recovery_rate.csv (composition_verified.md §10) and can be mass-weighted per category by the extension', 'true'),
	('desktop', 'unu_key', '0302', NULL, 'key descriptions: Statistics Netherlands / UNU e-waste model, repository Statistics-Netherlands/ewaste, data/htbl_Key_Weight.csv and data/htbl_Key_Description.csv, EU default (../shared/reference/unu_key_weights.csv)', 'verified', 'UNU-KEY 0302 ''Desktop PCs (excl. monitors, accessoires)''', 'true'),
	('desktop', 'typical_mass_kg', '8.77', 'kg', 'Statistics Netherlands / UNU e-waste model, repository Statistics-Netherlands/ewaste, data/htbl_Key_Weight.csv and data/htbl_Key_Description.csv, EU default (../shared/reference/unu_key_weights.csv); UNU-KEY 0302, year 2021 (latest year in the file; the value is 8.77 kg in every year)', 'verified', 'UNU 0302 average weight, year 2021 = 8.77 kg, chosen because its scope (desktop PC excluding monitor) matches the category. Babbitt 2020 ''Traditional / integrated desktop'' avg 8794.9 g agrees within 0.3 % but includes all-in-ones', 'true'),
	('desktop', 'weibull_shape', '2.1', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0302; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1). mean 8.50, median 8.06 yr. Alternative ''2023 paper'' 0302: k=1.58, lambda=8.95', 'true'),
	('desktop', 'weibull_scale', '9.6', 'year', 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0302; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1)', 'true'),
	('desktop', 'weibull_column', '2015 Guidelines', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0302', 'true'),
	('desktop', 'reference_lifespan_years', '6', 'year', 'ADEME/Arcep, Évaluation de l''impact environnemental du numérique en France et analyse prospective (2022), as transcribed in G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column lifespan; also ../shared/research/lifespan_carbon.md §3 and §4.3', 'secondary', 'G4IT ''Desktop'' (ADEME/Arcep). Boavizta desktop 52 560 h = 6 yr (same). Chosen: the G4IT/ADEME-Arcep 2022 defaults, because they name a published national study as their source, cover printers, and are the defaults NumEcoEval/G4IT users already see; Boavizta''s archetype lifespans state no source', 'true'),
	('desktop', 'embodied_kg_co2e', '301', 'kg CO2e', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of gwp_total x (1 - gwp_use_ratio), aggregated in ../shared/research/lifespan_carbon.md §4.1', 'derived', 'median 301 kg, IQR 246-390 (monitor inclusion not stated). ADEME/NegaOctet factor DESKTOP.gwp: 277. Chosen: PCF median rather than the ADEME/NegaOctet factor used by Boavizta, because (1) it comes from the same dataset as kwh_per_year, (2) gwp_total x (1 - use share) explicitly covers every non-use phase while the phase boundary of the ADEME factors is unverified (lifespan_carbon.md §6 item 5), (3) for laptops it agrees with the third-party values (TCO Certified ~250 kg, Öko-Institut 214-244 kg) while the ADEME factor does not', 'true'),
	('desktop', 'kwh_per_year', '56.5', 'kWh/year', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of yearly_tec, aggregated in ../shared/research/lifespan_carbon.md §4.2', 'derived', 'median 56.5 kWh, n=149. Boavizta archetype 175 W x 0.3 x 8760 h = 460 kWh. Measured PCF medians preferred as lifespan_carbon.md §4.2 advises; each PCF assumes its own usage scenario', 'true'),
	('desktop', 'recycled_content_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level F_R). Only element-level EU end-of-life recycling input rates exist (materials.md §1.3, mostly [U]) and procurement criteria ask for a declared % of post-consumer recycled plastic (circularity.md §3) without a typical value', 'true'),
	('desktop', 'reuse_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_U)', 'true'),
	('desktop', 'recycling_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_R); the research has no WEEE collection rate per category', 'true'),
	('desktop', 'recycling_efficiency', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level E_C); element-level chain recovery fractions are in recovery_rate.csv (composition_verified.md §10) and can be mass-weighted per category by the extension', 'true'),
	('monitor', 'unu_key', '0309', NULL, 'key descriptions: Statistics Netherlands / UNU e-waste model, repository Statistics-Netherlands/ewaste, data/htbl_Key_Weight.csv and data/htbl_Key_Description.csv, EU default (../shared/reference/unu_key_weights.csv)', 'verified', 'UNU-KEY 0309 ''Flat Display Panel Monitors (LCD, LED)'' (0308 = CRT monitors, not used)', 'true'),
	('monitor', 'typical_mass_kg', '4.7107', 'kg', 'Babbitt C.W., Madaan H., Althaf S., Kasulaitis B., Ryen E.G., Disassembly-based bill of materials data for consumer electronic products, Scientific Data 7, 251 (2020), Summary sheet (../shared/reference/device_bom_babbitt2020_summary.csv, column avg_total_g)', 'verified', 'Babbitt 2020 ''LCD monitor'' avg_total_g 4710.7 g (min 2829.0, max 6892.5; vintages about 2006-2009). Chosen because the monitor element figures (panel glass 845 g, PCB 292 g) come from the same Babbitt row. Alternatives: Babbitt ''LED monitor / LED TV'' 5167.0 g (includes TVs); UNU 0309 average weight 2021 = 5.5 kg', 'true'),
	('monitor', 'weibull_shape', '2.5', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0309; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1). mean 6.65, median 6.48 yr. ''2023 paper'' 0309: k=2.33, scale missing in the sheet', 'true'),
	('monitor', 'weibull_scale', '7.5', 'year', 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0309; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1)', 'true'),
	('monitor', 'weibull_column', '2015 Guidelines', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0309', 'true'),
	('monitor', 'reference_lifespan_years', '6', 'year', 'ADEME/Arcep, Évaluation de l''impact environnemental du numérique en France et analyse prospective (2022), as transcribed in G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column lifespan; also ../shared/research/lifespan_carbon.md §3 and §4.3', 'secondary', 'G4IT ''Screen'' (ADEME/Arcep). Boavizta monitor 57 816 h = 6.6 yr; PCF median 6 yr. Chosen: the G4IT/ADEME-Arcep 2022 defaults, because they name a published national study as their source, cover printers, and are the defaults NumEcoEval/G4IT users already see; Boavizta''s archetype lifespans state no source', 'true'),
	('monitor', 'embodied_kg_co2e', '357', 'kg CO2e', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of gwp_total x (1 - gwp_use_ratio), aggregated in ../shared/research/lifespan_carbon.md §4.1', 'derived', 'median 357 kg, IQR 250-414. ADEME/NegaOctet factor MONITOR.gwp: 64.7 (about 5x lower; screen size behind it unverified, lifespan_carbon.md §4.1) - the largest disagreement between sources in this table. Chosen: PCF median rather than the ADEME/NegaOctet factor used by Boavizta, because (1) it comes from the same dataset as kwh_per_year, (2) gwp_total x (1 - use share) explicitly covers every non-use phase while the phase boundary of the ADEME factors is unverified (lifespan_carbon.md §6 item 5), (3) for laptops it agrees with the third-party values (TCO Certified ~250 kg, Öko-Institut 214-244 kg) while the ADEME factor does not', 'true'),
	('monitor', 'kwh_per_year', '40.9', 'kWh/year', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of yearly_tec, aggregated in ../shared/research/lifespan_carbon.md §4.2', 'derived', 'median 40.9 kWh, n=224. Boavizta archetype 55 W x 0.3 x 8760 h = 145 kWh. Measured PCF medians preferred as lifespan_carbon.md §4.2 advises; each PCF assumes its own usage scenario', 'true'),
	('monitor', 'recycled_content_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level F_R). Only element-level EU end-of-life recycling input rates exist (materials.md §1.3, mostly [U]) and procurement criteria ask for a declared % of post-consumer recycled plastic (circularity.md §3) without a typical value', 'true'),
	('monitor', 'reuse_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_U)', 'true'),
	('monitor', 'recycling_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_R); the research has no WEEE collection rate per category', 'true'),
	('monitor', 'recycling_efficiency', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level E_C); element-level chain recovery fractions are in recovery_rate.csv (composition_verified.md §10) and can be mass-weighted per category by the extension', 'true'),
	('smartphone', 'unu_key', '0306', NULL, 'key descriptions: Statistics Netherlands / UNU e-waste model, repository Statistics-Netherlands/ewaste, data/htbl_Key_Weight.csv and data/htbl_Key_Description.csv, EU default (../shared/reference/unu_key_weights.csv)', 'verified', 'UNU-KEY 0306 ''Mobile Phones (incl. smartphones, pagers)''', 'true'),
	('smartphone', 'typical_mass_kg', '0.1352', 'kg', 'Babbitt C.W., Madaan H., Althaf S., Kasulaitis B., Ryen E.G., Disassembly-based bill of materials data for consumer electronic products, Scientific Data 7, 251 (2020), Summary sheet (../shared/reference/device_bom_babbitt2020_summary.csv, column avg_total_g)', 'verified', 'Babbitt 2020 ''Smartphone'' avg_total_g 135.2 g (min 91.2, max 179.8; vintages 2004-2015). UNU 0306 average weight 2021 = 0.09 kg is not used: the key includes basic phones and pagers', 'true'),
	('smartphone', 'weibull_shape', '1.56', NULL, 'unidentified ''2023 paper'' column of OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27; tablet row added in commit aa913fd); via ../shared/research/lifespan_carbon.md §1.3', 'unverified', 'UNU-KEY 0306; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1). mean 5.63, median 4.95 yr. The ''2023 paper'' column is used here because the 2015 Guidelines transcription for 0306 (k=0.7, lambda=7.6, mean 9.62 yr) has a shape below 1 that lifespan_carbon.md §1.3 flags as a probable transcription error (unverified); the ''2023 paper'' source itself is unidentified, hence unverified either way', 'true'),
	('smartphone', 'weibull_scale', '6.26', 'year', 'unidentified ''2023 paper'' column of OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27; tablet row added in commit aa913fd); via ../shared/research/lifespan_carbon.md §1.3', 'unverified', 'UNU-KEY 0306; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1)', 'true'),
	('smartphone', 'weibull_column', '"2023 paper"', NULL, 'unidentified ''2023 paper'' column of OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27; tablet row added in commit aa913fd); via ../shared/research/lifespan_carbon.md §1.3', 'unverified', 'UNU-KEY 0306', 'true'),
	('smartphone', 'reference_lifespan_years', '2.5', 'year', 'ADEME/Arcep, Évaluation de l''impact environnemental du numérique en France et analyse prospective (2022), as transcribed in G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column lifespan; also ../shared/research/lifespan_carbon.md §3 and §4.3', 'secondary', 'G4IT ''Mobile Phone'' (ADEME/Arcep). Boavizta 21 900 h = 2.5 yr (same); NumEcoEval itemTypes ''Smartphone'' 2 yr. Chosen: the G4IT/ADEME-Arcep 2022 defaults, because they name a published national study as their source, cover printers, and are the defaults NumEcoEval/G4IT users already see; Boavizta''s archetype lifespans state no source', 'true'),
	('smartphone', 'embodied_kg_co2e', '56', 'kg CO2e', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of gwp_total x (1 - gwp_use_ratio), aggregated in ../shared/research/lifespan_carbon.md §4.1', 'derived', 'median 56 kg, IQR 48-68. ADEME/NegaOctet factor SMARTPHONE.gwp: 84. Chosen: PCF median rather than the ADEME/NegaOctet factor used by Boavizta, because (1) it comes from the same dataset as kwh_per_year, (2) gwp_total x (1 - use share) explicitly covers every non-use phase while the phase boundary of the ADEME factors is unverified (lifespan_carbon.md §6 item 5), (3) for laptops it agrees with the third-party values (TCO Certified ~250 kg, Öko-Institut 214-244 kg) while the ADEME factor does not', 'true'),
	('smartphone', 'kwh_per_year', '7.0', 'kWh/year', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of yearly_tec, aggregated in ../shared/research/lifespan_carbon.md §4.2', 'derived', 'median 7.0 kWh, n=16. Boavizta archetype 1 W x 0.3 x 8760 h = 2.6 kWh. Measured PCF medians preferred as lifespan_carbon.md §4.2 advises; each PCF assumes its own usage scenario', 'true'),
	('smartphone', 'recycled_content_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level F_R). Only element-level EU end-of-life recycling input rates exist (materials.md §1.3, mostly [U]) and procurement criteria ask for a declared % of post-consumer recycled plastic (circularity.md §3) without a typical value', 'true'),
	('smartphone', 'reuse_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_U)', 'true'),
	('smartphone', 'recycling_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_R); the research has no WEEE collection rate per category', 'true'),
	('smartphone', 'recycling_efficiency', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level E_C); element-level chain recovery fractions are in recovery_rate.csv (composition_verified.md §10) and can be mass-weighted per category by the extension', 'true'),
	('tablet', 'unu_key', '0303', NULL, 'key descriptions: Statistics Netherlands / UNU e-waste model, repository Statistics-Netherlands/ewaste, data/htbl_Key_Weight.csv and data/htbl_Key_Description.csv, EU default (../shared/reference/unu_key_weights.csv)', 'verified', 'UNU-KEY 0303 ''Laptops (incl. tablets)''; ''2023 paper'' key 0303b (tablets)', 'true'),
	('tablet', 'typical_mass_kg', '0.5793', 'kg', 'Babbitt C.W., Madaan H., Althaf S., Kasulaitis B., Ryen E.G., Disassembly-based bill of materials data for consumer electronic products, Scientific Data 7, 251 (2020), Summary sheet (../shared/reference/device_bom_babbitt2020_summary.csv, column avg_total_g)', 'verified', 'Babbitt 2020 ''Tablet'' avg_total_g 579.3 g (min 491.9, max 685.8; n=4, 2009-2014). UNU has no tablet-only key (0303 mixes laptops and tablets, 0.82 kg in 2021)', 'true'),
	('tablet', 'weibull_shape', '1.5', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0303; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1). 2015 key 0303 covers laptops incl. tablets (mean 4.69 yr). Alternative ''2023 paper'' 0303b tablets: k=1.6, lambda=6.8 (mean 6.10 yr; source unidentified)', 'true'),
	('tablet', 'weibull_scale', '5.2', 'year', 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0303; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1)', 'true'),
	('tablet', 'weibull_column', '2015 Guidelines', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0303', 'true'),
	('tablet', 'reference_lifespan_years', '3', 'year', 'ADEME/Arcep, Évaluation de l''impact environnemental du numérique en France et analyse prospective (2022), as transcribed in G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column lifespan; also ../shared/research/lifespan_carbon.md §3 and §4.3', 'secondary', 'G4IT ''Tablet'' (ADEME/Arcep). Boavizta 26 280 h = 3 yr (same). Chosen: the G4IT/ADEME-Arcep 2022 defaults, because they name a published national study as their source, cover printers, and are the defaults NumEcoEval/G4IT users already see; Boavizta''s archetype lifespans state no source', 'true'),
	('tablet', 'embodied_kg_co2e', '74', 'kg CO2e', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of gwp_total x (1 - gwp_use_ratio), aggregated in ../shared/research/lifespan_carbon.md §4.1', 'derived', 'median 74 kg, IQR 61-93. ADEME/NegaOctet factor TABLET.gwp: 75.9. Chosen: PCF median rather than the ADEME/NegaOctet factor used by Boavizta, because (1) it comes from the same dataset as kwh_per_year, (2) gwp_total x (1 - use share) explicitly covers every non-use phase while the phase boundary of the ADEME factors is unverified (lifespan_carbon.md §6 item 5), (3) for laptops it agrees with the third-party values (TCO Certified ~250 kg, Öko-Institut 214-244 kg) while the ADEME factor does not', 'true'),
	('tablet', 'kwh_per_year', '14.8', 'kWh/year', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of yearly_tec, aggregated in ../shared/research/lifespan_carbon.md §4.2', 'derived', 'median 14.8 kWh, n=10. Boavizta archetype 7.5 W x 0.3 x 8760 h = 19.7 kWh. Measured PCF medians preferred as lifespan_carbon.md §4.2 advises; each PCF assumes its own usage scenario', 'true'),
	('tablet', 'recycled_content_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level F_R). Only element-level EU end-of-life recycling input rates exist (materials.md §1.3, mostly [U]) and procurement criteria ask for a declared % of post-consumer recycled plastic (circularity.md §3) without a typical value', 'true'),
	('tablet', 'reuse_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_U)', 'true'),
	('tablet', 'recycling_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_R); the research has no WEEE collection rate per category', 'true'),
	('tablet', 'recycling_efficiency', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level E_C); element-level chain recovery fractions are in recovery_rate.csv (composition_verified.md §10) and can be mass-weighted per category by the extension', 'true'),
	('server', 'unu_key', '0307', NULL, 'key descriptions: Statistics Netherlands / UNU e-waste model, repository Statistics-Netherlands/ewaste, data/htbl_Key_Weight.csv and data/htbl_Key_Description.csv, EU default (../shared/reference/unu_key_weights.csv)', 'verified', 'UNU-KEY 0307 ''Professional IT equipment (e.g. servers, routers, data storage, copiers)''', 'true'),
	('server', 'typical_mass_kg', '25', 'kg', 'assumed example mass used throughout the research: ../shared/research/materials.md §2B (FH14 row: ''an assumed 25 kg server [U]''; total mass 15-30 kg for 1U/2U [U]) and ../shared/research/composition_verified.md §6 (''Example: 25 kg server ... no verified typical mass was found'')', 'unverified', 'no verified typical server mass exists in the research; 25 kg is the research''s working example within its unverified 15-30 kg range for 1U/2U rack servers. UNU 0307 average weight 2021 = 40 kg (Statistics-Netherlands/ewaste htbl_Key_Weight.csv) is not used because the key mixes servers with storage arrays and copiers. Users should override with the real mass', 'true'),
	('server', 'weibull_shape', '1.5', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0307; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1). mean 7.04, median 6.11 yr. Alternative ''2023 paper'' 0307: k=1.46, lambda=7.78', 'true'),
	('server', 'weibull_scale', '7.8', 'year', 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0307; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1)', 'true'),
	('server', 'weibull_column', '2015 Guidelines', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0307', 'true'),
	('server', 'reference_lifespan_years', '5', 'year', 'G4IT referential ref_server_host.csv, teamg4it/g4it services/backend/src/main/resources/db/changelog/referential-data/ref_server_host.csv (commit 165f2cdfa88d1d3aa9de55e0646ba5684321df6e), column lifespan (5 for every rack/storage server host); also ../shared/research/lifespan_carbon.md §3 and §4.3', 'secondary', 'G4IT server host lifespan 5 yr (origin not stated in the file). Alternatives: Boavizta generic server archetype 35 040 h = 4 yr; NumEcoEval itemTypes ''Server'' 7 yr. Chosen: the G4IT/ADEME-Arcep 2022 defaults, because they name a published national study as their source, cover printers, and are the defaults NumEcoEval/G4IT users already see; Boavizta''s archetype lifespans state no source', 'true'),
	('server', 'embodied_kg_co2e', '1278', 'kg CO2e', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of gwp_total x (1 - gwp_use_ratio), aggregated in ../shared/research/lifespan_carbon.md §4.1', 'derived', 'median 1278 kg, IQR 1185-1720, n=55. ADEME/NegaOctet factor SERVER.gwp: 3660 (configuration not stated). Chosen: PCF median rather than the ADEME/NegaOctet factor used by Boavizta, because (1) it comes from the same dataset as kwh_per_year, (2) gwp_total x (1 - use share) explicitly covers every non-use phase while the phase boundary of the ADEME factors is unverified (lifespan_carbon.md §6 item 5), (3) for laptops it agrees with the third-party values (TCO Certified ~250 kg, Öko-Institut 214-244 kg) while the ADEME factor does not', 'true'),
	('server', 'kwh_per_year', '1529', 'kWh/year', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of yearly_tec, aggregated in ../shared/research/lifespan_carbon.md §4.2', 'derived', 'median 1529 kWh, n=48 (Boavizta otherwise uses a component power model). Measured PCF medians preferred as lifespan_carbon.md §4.2 advises; each PCF assumes its own usage scenario', 'true'),
	('server', 'recycled_content_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level F_R). Only element-level EU end-of-life recycling input rates exist (materials.md §1.3, mostly [U]) and procurement criteria ask for a declared % of post-consumer recycled plastic (circularity.md §3) without a typical value', 'true'),
	('server', 'reuse_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_U)', 'true'),
	('server', 'recycling_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_R); the research has no WEEE collection rate per category', 'true'),
	('server', 'recycling_efficiency', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level E_C); element-level chain recovery fractions are in recovery_rate.csv (composition_verified.md §10) and can be mass-weighted per category by the extension', 'true'),
	('network_switch', 'unu_key', '0307', NULL, 'key descriptions: Statistics Netherlands / UNU e-waste model, repository Statistics-Netherlands/ewaste, data/htbl_Key_Weight.csv and data/htbl_Key_Description.csv, EU default (../shared/reference/unu_key_weights.csv)', 'derived', 'classification judgement of this compilation: no source assigns switches to a key; 0307 ''Professional IT equipment (e.g. servers, routers, data storage, copiers)'' names routers, the nearest network gear (0301 ''Small IT'' also names routers but covers consumer accessories)', 'true'),
	('network_switch', 'typical_mass_kg', NULL, 'kg', NULL, NULL, 'no sourced figure in the research (composition_verified.md §7 and §12 item 6: typical switch mass is a user input; materials.md §2A: no open per-unit BOM)', 'true'),
	('network_switch', 'weibull_shape', '1.5', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0307; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1). parameters of UNU-KEY 0307 (secondary); applying 0307 to switches is this compilation''s classification judgement (see unu_key row)', 'true'),
	('network_switch', 'weibull_scale', '7.8', 'year', 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0307; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1)', 'true'),
	('network_switch', 'weibull_column', '2015 Guidelines', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0307', 'true'),
	('network_switch', 'reference_lifespan_years', NULL, 'year', NULL, NULL, 'no sourced figure in the research (no switch default in Boavizta, G4IT or NumEcoEval per lifespan_carbon.md §3)', 'true'),
	('network_switch', 'embodied_kg_co2e', NULL, 'kg CO2e', NULL, NULL, 'no sourced figure in the research (lifespan_carbon.md §4.1 has no row for this category)', 'true'),
	('network_switch', 'kwh_per_year', NULL, 'kWh/year', NULL, NULL, 'no sourced figure in the research (lifespan_carbon.md §4.2 has no row for this category)', 'true'),
	('network_switch', 'recycled_content_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level F_R). Only element-level EU end-of-life recycling input rates exist (materials.md §1.3, mostly [U]) and procurement criteria ask for a declared % of post-consumer recycled plastic (circularity.md §3) without a typical value', 'true'),
	('network_switch', 'reuse_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_U)', 'true'),
	('network_switch', 'recycling_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_R); the research has no WEEE collection rate per category', 'true'),
	('network_switch', 'recycling_efficiency', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level E_C); element-level chain recovery fractions are in recovery_rate.csv (composition_verified.md §10) and can be mass-weighted per category by the extension', 'true'),
	('printer', 'unu_key', '0304', NULL, 'key descriptions: Statistics Netherlands / UNU e-waste model, repository Statistics-Netherlands/ewaste, data/htbl_Key_Weight.csv and data/htbl_Key_Description.csv, EU default (../shared/reference/unu_key_weights.csv)', 'verified', 'UNU-KEY 0304 ''Printers (e.g. scanners, multi functionals, faxes)''', 'true'),
	('printer', 'typical_mass_kg', '6.1379', 'kg', 'Babbitt C.W., Madaan H., Althaf S., Kasulaitis B., Ryen E.G., Disassembly-based bill of materials data for consumer electronic products, Scientific Data 7, 251 (2020), Summary sheet (../shared/reference/device_bom_babbitt2020_summary.csv, column avg_total_g)', 'verified', 'Babbitt 2020 ''Printer'' avg_total_g 6137.9 g (min 1800.6, max 8329.2; n=9, 1999-2009), chosen for consistency with the printer element figures (PCB 192 g from the same row). UNU 0304 average weight 2021 = 10.32 kg (includes MFPs and copier-like printers)', 'true'),
	('printer', 'weibull_shape', '1.7', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0304; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1). mean 9.01, median 8.14 yr. Alternative ''2023 paper'' 0304: k=1.88, lambda=9.31', 'true'),
	('printer', 'weibull_scale', '10.1', 'year', 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0304; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1)', 'true'),
	('printer', 'weibull_column', '2015 Guidelines', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0304', 'true'),
	('printer', 'reference_lifespan_years', '5', 'year', 'ADEME/Arcep, Évaluation de l''impact environnemental du numérique en France et analyse prospective (2022), as transcribed in G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column lifespan; also ../shared/research/lifespan_carbon.md §3 and §4.3', 'secondary', 'G4IT ''Printer'' (ADEME/Arcep). No Boavizta default. Chosen: the G4IT/ADEME-Arcep 2022 defaults, because they name a published national study as their source, cover printers, and are the defaults NumEcoEval/G4IT users already see; Boavizta''s archetype lifespans state no source', 'true'),
	('printer', 'embodied_kg_co2e', NULL, 'kg CO2e', NULL, NULL, 'no sourced figure in the research (lifespan_carbon.md §4.1 has no row for this category)', 'true'),
	('printer', 'kwh_per_year', NULL, 'kWh/year', NULL, NULL, 'no sourced figure in the research (lifespan_carbon.md §4.2 has no row for this category)', 'true'),
	('printer', 'recycled_content_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level F_R). Only element-level EU end-of-life recycling input rates exist (materials.md §1.3, mostly [U]) and procurement criteria ask for a declared % of post-consumer recycled plastic (circularity.md §3) without a typical value', 'true'),
	('printer', 'reuse_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_U)', 'true'),
	('printer', 'recycling_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_R); the research has no WEEE collection rate per category', 'true'),
	('printer', 'recycling_efficiency', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level E_C); element-level chain recovery fractions are in recovery_rate.csv (composition_verified.md §10) and can be mass-weighted per category by the extension', 'true'),
	('thin_client', 'unu_key', '0302', NULL, 'key descriptions: Statistics Netherlands / UNU e-waste model, repository Statistics-Netherlands/ewaste, data/htbl_Key_Weight.csv and data/htbl_Key_Description.csv, EU default (../shared/reference/unu_key_weights.csv)', 'derived', 'classification judgement of this compilation: no source assigns thin clients to a key; a thin client is a small desktop computer without monitor, so 0302 ''Desktop PCs (excl. monitors, accessoires)''', 'true'),
	('thin_client', 'typical_mass_kg', NULL, 'kg', NULL, NULL, 'no sourced figure in the research (composition_verified.md §9: ''No verified typical thin-client or PCB mass was found'')', 'true'),
	('thin_client', 'weibull_shape', '2.1', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0302; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1). parameters of UNU-KEY 0302 desktop PCs (secondary); applying 0302 to thin clients is this compilation''s classification judgement (see unu_key row)', 'true'),
	('thin_client', 'weibull_scale', '9.6', 'year', 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0302; total lifetime to discard (includes storage and domestic reuse), longer than first-use service life in an organisation (lifespan_carbon.md §1.1)', 'true'),
	('thin_client', 'weibull_column', '2015 Guidelines', NULL, 'Baldé C.P., Wang F., Kuehr R., Huisman J., E-waste statistics: Guidelines on classification, reporting and indicators, UNU 2015 (''2015 Guidelines'' column), as transcribed in OliverLysa/observatory-data-prep cleaned_data/electronics_lifespan.xlsx (HEAD 48b47d6e, 2023-10-27); via ../shared/research/lifespan_carbon.md §1.3', 'secondary', 'UNU-KEY 0302', 'true'),
	('thin_client', 'reference_lifespan_years', NULL, 'year', NULL, NULL, 'no sourced figure in the research (no thin-client default in Boavizta, G4IT or NumEcoEval per lifespan_carbon.md §3)', 'true'),
	('thin_client', 'embodied_kg_co2e', NULL, 'kg CO2e', NULL, NULL, 'no sourced figure in the research (lifespan_carbon.md §4.1 has no row for this category)', 'true'),
	('thin_client', 'kwh_per_year', '41', 'kWh/year', 'Boavizta/environmental-footprint-data boavizta-data-us.csv (HEAD 61323eb5, 2023-02-23, manufacturer PCFs): median of yearly_tec, aggregated in ../shared/research/lifespan_carbon.md §4.2', 'derived', 'median 41 kWh, n=11. Measured PCF medians preferred as lifespan_carbon.md §4.2 advises; each PCF assumes its own usage scenario', 'true'),
	('thin_client', 'recycled_content_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level F_R). Only element-level EU end-of-life recycling input rates exist (materials.md §1.3, mostly [U]) and procurement criteria ask for a declared % of post-consumer recycled plastic (circularity.md §3) without a typical value', 'true'),
	('thin_client', 'reuse_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_U)', 'true'),
	('thin_client', 'recycling_collection_fraction', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level C_R); the research has no WEEE collection rate per category', 'true'),
	('thin_client', 'recycling_efficiency', NULL, 'fraction', NULL, NULL, 'no sourced figure in the research (category-level E_C); element-level chain recovery fractions are in recovery_rate.csv (composition_verified.md §10) and can be mass-weighted per category by the extension', 'true');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.device_category_figure', 'WHERE NOT shipped');

CREATE TABLE @extschema@.device_category (
	name text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_]*$'),
	description text NOT NULL,
	unu_key text CHECK (unu_key ~ '^[0-9]{4}[a-z]?$'),
	typical_mass_kg float8 CHECK (typical_mass_kg > 0 AND typical_mass_kg < 'Infinity'),
	reference_weibull @extschema@.weibull,
	weibull_basis text,
	reference_life_years float8 CHECK (reference_life_years > 0 AND reference_life_years < 'Infinity'),
	embodied_kg_co2e float8 CHECK (embodied_kg_co2e >= 0 AND embodied_kg_co2e < 'Infinity'),
	kwh_per_year float8 CHECK (kwh_per_year >= 0 AND kwh_per_year < 'Infinity'),
	recycled_content float8 CHECK (recycled_content BETWEEN 0 AND 1),
	reuse_collection float8 CHECK (reuse_collection BETWEEN 0 AND 1),
	recycling_collection float8 CHECK (recycling_collection BETWEEN 0 AND 1),
	recycling_efficiency float8 CHECK (recycling_efficiency BETWEEN 0 AND 1),
	source text NOT NULL,
	confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (name, shipped),
	CHECK (reuse_collection + recycling_collection <= 1)
);
COMMENT ON TABLE @extschema@.device_category IS 'device categories and their defaults; a NULL figure of an asset falls back to its model, then to these. Shipped figures and their sources: device_category_figure; default composition: category_element';
COMMENT ON COLUMN @extschema@.device_category.unu_key IS 'UNU-KEY of the category in the UNU/ITU e-waste statistics';
COMMENT ON COLUMN @extschema@.device_category.typical_mass_kg IS 'typical mass of one unit, kg';
COMMENT ON COLUMN @extschema@.device_category.reference_weibull IS 'reference lifetime distribution: UNU Weibull of the lifetime to discard (includes storage and reuse, so longer than the first service life in an organisation)';
COMMENT ON COLUMN @extschema@.device_category.weibull_basis IS 'which UNU table reference_weibull comes from';
COMMENT ON COLUMN @extschema@.device_category.reference_life_years IS 'reference lifespan L_av, years: the MCI''s industry-average lifetime and the threshold of premature replacement';
COMMENT ON COLUMN @extschema@.device_category.embodied_kg_co2e IS 'embodied (non-use) emissions of one unit, kg CO2e';
COMMENT ON COLUMN @extschema@.device_category.kwh_per_year IS 'typical electricity use of one unit, kWh per year';
COMMENT ON COLUMN @extschema@.device_category.recycled_content IS 'default fraction of feedstock from recycled sources (MCI F_R); NULL where no sourced figure exists (then 0 is used)';
COMMENT ON COLUMN @extschema@.device_category.reuse_collection IS 'default fraction collected for reuse (MCI C_U) of units whose route is not recorded; NULL where no sourced figure exists';
COMMENT ON COLUMN @extschema@.device_category.recycling_collection IS 'default fraction collected for recycling (MCI C_R) of units whose route is not recorded; NULL where no sourced figure exists';
COMMENT ON COLUMN @extschema@.device_category.recycling_efficiency IS 'default efficiency of recycling (MCI E_C); NULL where no sourced figure exists (then the mass-weighted element recovery of formal recycling is used)';
COMMENT ON COLUMN @extschema@.device_category.source IS 'source of the row''s figures (shipped rows: per figure in device_category_figure)';
COMMENT ON COLUMN @extschema@.device_category.confidence IS 'the weakest confidence among the row''s figures';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.device_category', 'WHERE NOT shipped');

-- the shipped categories, pivoted from their figures
INSERT INTO @extschema@.device_category (name, description, unu_key, typical_mass_kg,
		reference_weibull, weibull_basis, reference_life_years, embodied_kg_co2e, kwh_per_year,
		recycled_content, reuse_collection, recycling_collection, recycling_efficiency,
		source, confidence, shipped)
SELECT d.name, d.description,
	max(f.value) FILTER (WHERE f.figure = 'unu_key'),
	max(f.value) FILTER (WHERE f.figure = 'typical_mass_kg')::float8,
	@extschema@.weibull(max(f.value) FILTER (WHERE f.figure = 'weibull_shape')::float8,
						max(f.value) FILTER (WHERE f.figure = 'weibull_scale')::float8),
	max(f.value) FILTER (WHERE f.figure = 'weibull_column'),
	max(f.value) FILTER (WHERE f.figure = 'reference_lifespan_years')::float8,
	max(f.value) FILTER (WHERE f.figure = 'embodied_kg_co2e')::float8,
	max(f.value) FILTER (WHERE f.figure = 'kwh_per_year')::float8,
	max(f.value) FILTER (WHERE f.figure = 'recycled_content_fraction')::float8,
	max(f.value) FILTER (WHERE f.figure = 'reuse_collection_fraction')::float8,
	max(f.value) FILTER (WHERE f.figure = 'recycling_collection_fraction')::float8,
	max(f.value) FILTER (WHERE f.figure = 'recycling_efficiency')::float8,
	'per figure: see device_category_figure',
	(ARRAY['unverified', 'derived', 'secondary', 'verified'])[
		min(array_position(ARRAY['unverified', 'derived', 'secondary', 'verified'], f.confidence))],
	true
FROM (VALUES
		('laptop', 'laptop / notebook computer'),
		('desktop', 'desktop computer (tower or small form factor), without monitor'),
		('monitor', 'flat-panel computer monitor (LCD/LED)'),
		('smartphone', 'smartphone / mobile phone'),
		('tablet', 'slate tablet'),
		('server', 'rack or tower server'),
		('network_switch', 'network switch'),
		('printer', 'printer or multifunction printer'),
		('thin_client', 'thin client')) AS d (name, description)
	JOIN @extschema@.device_category_figure f ON f.category = d.name AND f.shipped
GROUP BY d.name, d.description;

CREATE TABLE @extschema@.category_element (
	category text NOT NULL,
	element text NOT NULL,
	grams float8 CHECK (grams >= 0 AND grams < 'Infinity'),
	source text,
	confidence text CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	note text,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (category, element, shipped),
	CHECK (grams IS NULL OR (source IS NOT NULL AND confidence IS NOT NULL))
);
COMMENT ON TABLE @extschema@.category_element IS 'default element content of one unit of a category, grams, each figure with its source and confidence; a row without grams records an element the research has no figure for';
INSERT INTO @extschema@.category_element (category, element, grams, source, confidence, note, shipped) VALUES
	('laptop', 'Au', '0.104', 'Buchert M., Manhart A., Bleher D., Pingel D. (Öko-Institut for LANUV NRW), Recycling critical raw materials from waste electronic equipment, 2012, Table 16 (precious metals in notebook PCBs); via ../shared/research/composition_verified.md §1', 'verified', 'PCBs total 104 mg: motherboard 56, memory 15, small PCBs 5, HDD PCB 5, optical-drive PCB 5, display PCB 18. Alternatives 0.141 g (MME 2021, abstract), 0.180 g (1999 notebook, abstract)', 'true'),
	('laptop', 'Ag', '0.438', 'Buchert M., Manhart A., Bleher D., Pingel D. (Öko-Institut for LANUV NRW), Recycling critical raw materials from waste electronic equipment, 2012, Table 16 (precious metals in notebook PCBs); via ../shared/research/composition_verified.md §1', 'verified', 'parts sum to 437 mg, printed total 438 (rounding). Alternatives 0.346 g (MME 2021), 0.970 g (1999 notebook)', 'true'),
	('laptop', 'Pd', '0.039', 'Buchert M., Manhart A., Bleher D., Pingel D. (Öko-Institut for LANUV NRW), Recycling critical raw materials from waste electronic equipment, 2012, Table 16 (precious metals in notebook PCBs); via ../shared/research/composition_verified.md §1', 'verified', 'parts sum to 40 mg, printed total 39 (rounding). Alternative 0.042 g (1999 notebook)', 'true'),
	('laptop', 'Pt', '0.004', 'Buchert et al. 2012 (Öko-Institut), notebook summary §3.x/§3.6 as claimed by the first pass; page not reachable; via ../shared/research/composition_verified.md §1', 'unverified', 'HDD platters; figure not seen in the source. Use 0 for SSD-only machines', 'true'),
	('laptop', 'Co', '50', 'Characterization and Evaluation of Recycling Potential for Discarded Laptops, Mining, Metallurgy & Exploration, published 24 Jul 2021, abstract (onemine.org); via ../shared/research/composition_verified.md §1', 'verified', 'abstract: 49.73 g Co (1.86 wt%), rounded to 50 as composition_verified.md suggests; verified from the abstract only. Replaces the unverified 65 g of Buchert 2012 (materials.md). For NMC packs scale down', 'true'),
	('laptop', 'Li', '5.9', 'Characterization and Evaluation of Recycling Potential for Discarded Laptops, Mining, Metallurgy & Exploration, published 24 Jul 2021, abstract (onemine.org); via ../shared/research/composition_verified.md §1', 'derived', '49.73 g Co x (6.94/58.93) = 5.86 g, assuming an LiCoO2 cathode; electrolyte Li ignored', 'true'),
	('laptop', 'Cu', '386', 'Characterization and Evaluation of Recycling Potential for Discarded Laptops, Mining, Metallurgy & Exploration, published 24 Jul 2021, abstract (onemine.org); via ../shared/research/composition_verified.md §1', 'verified', 'abstract: 386 g Cu (14.45 wt%). Alternatives 140 g (1999 notebook), 48 g separable Cu (Babbitt 2020)', 'true'),
	('laptop', 'Fe', '530', '1999-built notebook, J-STAGE jsmcwm 21:92 (JSMCWM annual conference 2010), abstract; via ../shared/research/composition_verified.md §1', 'verified', 'verified (abstract). Babbitt 2020: 313 g steel', 'true'),
	('laptop', 'Al', '270', '1999-built notebook, J-STAGE jsmcwm 21:92 (JSMCWM annual conference 2010), abstract; via ../shared/research/composition_verified.md §1', 'verified', 'verified (abstract). Babbitt 2020: 418 g', 'true'),
	('laptop', 'Ni', '38', '1999-built notebook, J-STAGE jsmcwm 21:92 (JSMCWM annual conference 2010), abstract; via ../shared/research/composition_verified.md §1', 'verified', 'verified (abstract)', 'true'),
	('laptop', 'Cr', '15', '1999-built notebook, J-STAGE jsmcwm 21:92 (JSMCWM annual conference 2010), abstract; via ../shared/research/composition_verified.md §1', 'verified', 'verified (abstract)', 'true'),
	('laptop', 'Zn', '15', '1999-built notebook, J-STAGE jsmcwm 21:92 (JSMCWM annual conference 2010), abstract; via ../shared/research/composition_verified.md §1', 'verified', 'verified (abstract)', 'true'),
	('laptop', 'Sn', '6.7', '1999-built notebook, J-STAGE jsmcwm 21:92 (JSMCWM annual conference 2010), abstract; via ../shared/research/composition_verified.md §1', 'verified', 'verified (abstract). The same unit holds 5.2 g Pb (pre-RoHS solder), not suggested as a default', 'true'),
	('laptop', 'Nd', '2.1', 'Buchert 2012 HDD+loudspeaker magnet mass 8.2 g (quoted in the Austrian Endbericht Table 84); Buchert 2012 31 % REE (p. 39); Habib et al. 2014 Nd share 0.825 (via reegain.dk); via ../shared/research/composition_verified.md §1', 'derived', 'Buchert 2012''s 2.1 g is unverified, but the derived check passes: 8.2 g magnets x 0.31 REE x 0.825 Nd share = 2.10 g; tagged derived. Other figures: 1.9 g (1999 notebook, abstract), ~0.65 g REE total in MME 2021 laptops. SSD-only notebooks keep only speaker/fan magnets (amount unverified)', 'true'),
	('laptop', 'Pr', '0.27', 'Buchert et al. 2012 (Öko-Institut), notebook summary §3.x/§3.6 as claimed by the first pass; page not reachable; via ../shared/research/composition_verified.md §1', 'unverified', 'derived alternative 0.35 g (2.54 g REE x 0.136)', 'true'),
	('laptop', 'Dy', '0.06', 'Buchert et al. 2012 (Öko-Institut), notebook summary §3.x/§3.6 as claimed by the first pass; page not reachable; via ../shared/research/composition_verified.md §1', 'unverified', 'derived alternative 0.10 g (2.54 g REE x 0.039); HDD magnets vary in Dy', 'true'),
	('laptop', 'Ta', '1.7', 'Buchert et al. 2012 (Öko-Institut), notebook summary §3.x/§3.6 as claimed by the first pass; page not reachable; via ../shared/research/composition_verified.md §1', 'unverified', 'capacitors; no replacement found (Ueberschaar et al. 2017 abstract gives no per-unit figure)', 'true'),
	('laptop', 'In', '0.04', 'Buchert et al. 2012 (Öko-Institut), notebook summary §3.x/§3.6 as claimed by the first pass; page not reachable; via ../shared/research/composition_verified.md §1', 'unverified', 'LCD ITO layer', 'true'),
	('laptop', 'Ga', '0.005', 'Buchert et al. 2012 (Öko-Institut), notebook summary §3.x/§3.6 as claimed by the first pass; page not reachable; via ../shared/research/composition_verified.md §1', 'unverified', 'LED backlight', 'true'),
	('laptop', 'Y', '0.0018', 'Buchert et al. 2012 (Öko-Institut), Table 5 (CCFL backlight assumptions); via ../shared/research/composition_verified.md §1', 'derived', 'CCFL-era panels only, zero for LED-backlit panels (most units after about 2010): 1 CCFL tube x 1 g x 2.1 % phosphor = 0.021 g phosphor; 0.021 g phosphor x 8.72 % = 0.00183 g', 'true'),
	('laptop', 'Eu', '0.00013', 'Buchert et al. 2012 (Öko-Institut), Table 5 (CCFL backlight assumptions); via ../shared/research/composition_verified.md §1', 'derived', 'CCFL-era panels only, zero for LED-backlit panels (most units after about 2010): 1 CCFL tube x 1 g x 2.1 % phosphor = 0.021 g phosphor; 0.021 g x 0.64 % = 0.000134 g', 'true'),
	('laptop', 'Tb', '4e-05', 'Buchert et al. 2012 (Öko-Institut), Table 5 (CCFL backlight assumptions); via ../shared/research/composition_verified.md §1', 'derived', 'CCFL-era panels only, zero for LED-backlit panels (most units after about 2010): 1 CCFL tube x 1 g x 2.1 % phosphor = 0.021 g phosphor; 0.021 g x 0.18 % = 0.0000378 g', 'true'),
	('desktop', 'Au', '0.143', 'one dismantled desktop PC, J. Japan Soc. Material Cycles & Waste Mgmt 20(4):217 (J-STAGE jjsmcwm); same data in Material Cycles & Waste Mgmt Research 20(2):59; abstracts; via ../shared/research/composition_verified.md §2', 'verified', 'verified (abstract). PCBs alone hold 0.143 g', 'true'),
	('desktop', 'Ag', '0.79', 'one dismantled desktop PC, J. Japan Soc. Material Cycles & Waste Mgmt 20(4):217 (J-STAGE jjsmcwm); same data in Material Cycles & Waste Mgmt Research 20(2):59; abstracts; via ../shared/research/composition_verified.md §2', 'verified', 'verified (abstract). PCBs 0.794 g', 'true'),
	('desktop', 'Pd', '0.19', 'one dismantled desktop PC, J. Japan Soc. Material Cycles & Waste Mgmt 20(4):217 (J-STAGE jjsmcwm); same data in Material Cycles & Waste Mgmt Research 20(2):59; abstracts; via ../shared/research/composition_verified.md §2', 'verified', 'verified (abstract). PCBs 0.186 g', 'true'),
	('desktop', 'Cu', '320', 'one dismantled desktop PC, J. Japan Soc. Material Cycles & Waste Mgmt 20(4):217 (J-STAGE jjsmcwm); same data in Material Cycles & Waste Mgmt Research 20(2):59; abstracts; via ../shared/research/composition_verified.md §2', 'verified', 'verified (abstract). PCBs 187 g; Babbitt 2020: 344 g separable Cu', 'true'),
	('desktop', 'Al', '420', 'one dismantled desktop PC, J. Japan Soc. Material Cycles & Waste Mgmt 20(4):217 (J-STAGE jjsmcwm); same data in Material Cycles & Waste Mgmt Research 20(2):59; abstracts; via ../shared/research/composition_verified.md §2', 'verified', 'verified (abstract). Babbitt 2020: 766 g', 'true'),
	('desktop', 'Fe', '7200', 'one dismantled desktop PC, J. Japan Soc. Material Cycles & Waste Mgmt 20(4):217 (J-STAGE jjsmcwm); same data in Material Cycles & Waste Mgmt Research 20(2):59; abstracts; via ../shared/research/composition_verified.md §2', 'verified', 'verified (abstract). Babbitt 2020: 4590 g steel', 'true'),
	('desktop', 'Zn', '77', 'one dismantled desktop PC, J. Japan Soc. Material Cycles & Waste Mgmt 20(4):217 (J-STAGE jjsmcwm); same data in Material Cycles & Waste Mgmt Research 20(2):59; abstracts; via ../shared/research/composition_verified.md §2', 'verified', 'verified (abstract).', 'true'),
	('desktop', 'Pb', '20', 'one dismantled desktop PC, J. Japan Soc. Material Cycles & Waste Mgmt 20(4):217 (J-STAGE jjsmcwm); same data in Material Cycles & Waste Mgmt Research 20(2):59; abstracts; via ../shared/research/composition_verified.md §2', 'verified', 'verified (abstract). pre-RoHS unit', 'true'),
	('desktop', 'Nd', '4.7', 'Liu et al. 2011 HDD magnet 15-22 g (quoted in the Austrian Endbericht NachhaltigWirtschaften Table 84); Buchert 2012 31 % REE in magnets; Habib et al. 2014 Nd:Pr:Dy = 850:140:40 (via reegain.dk); via ../shared/research/composition_verified.md §2', 'derived', 'one 3.5-inch HDD magnet 15-22 g x 0.31 REE x 0.825 Nd = 3.8-5.6 g, midpoint 4.7 g. The J-STAGE unit reports 23 g Nd [verified], likely several drives or other magnets: treated as an outlier', 'true'),
	('desktop', 'Pr', '0.78', 'Liu et al. 2011 HDD magnet 15-22 g (quoted in the Austrian Endbericht NachhaltigWirtschaften Table 84); Buchert 2012 31 % REE in magnets; Habib et al. 2014 Nd:Pr:Dy = 850:140:40 (via reegain.dk); via ../shared/research/composition_verified.md §2', 'derived', '15-22 g x 0.31 x 0.136 = 0.63-0.93 g, midpoint 0.78 g', 'true'),
	('desktop', 'Dy', '0.22', 'Liu et al. 2011 HDD magnet 15-22 g (quoted in the Austrian Endbericht NachhaltigWirtschaften Table 84); Buchert 2012 31 % REE in magnets; Habib et al. 2014 Nd:Pr:Dy = 850:140:40 (via reegain.dk); via ../shared/research/composition_verified.md §2', 'derived', '15-22 g x 0.31 x 0.039 = 0.18-0.26 g, midpoint 0.22 g', 'true'),
	('desktop', 'Co', '0', 'reasoning in ../shared/research/composition_verified.md §2 (RTC coin cell usually Li/MnO2, no Li-ion pack)', 'unverified', '~0: no Li-ion pack', 'true'),
	('monitor', 'In', '0.17', 'Gabriel, Kasper, Veit, J. Environ. Chem. Eng. 8 (2020) 103758, abstract (300 mg/kg In in ground LCD screens); Babbitt 2020 panel glass 845 g; via ../shared/research/composition_verified.md §3', 'derived', '845 g panel glass x 100-300 mg/kg = 0.08-0.25 g, central 0.17 g; the 100 mg/kg lower bound is unverified. Replaces materials.md''s 0.085 g', 'true'),
	('monitor', 'Au', '0.044', 'Hagelüken C. (Umicore), Metal recovery from circuit board scrap, IAER 2004 (low-grade PCB bin 100-200 g/t Au), with Babbitt 2020 PCB mass; via ../shared/research/composition_verified.md §3', 'derived', 'PCB 292 g (Babbitt 2020) x 100-200 g/t = 0.029-0.058 g, central 0.044 g', 'true'),
	('monitor', 'Y', '0.0165', 'Buchert et al. 2012 (Öko-Institut), Table 5 (CCFL backlight assumptions); via ../shared/research/composition_verified.md §3', 'derived', 'CCFL monitors only, zero for LED backlights: 6 tubes x 1.5 g x 2.1 % phosphor = 0.189 g phosphor; x 8.72 %', 'true'),
	('monitor', 'Eu', '0.0012', 'Buchert et al. 2012 (Öko-Institut), Table 5 (CCFL backlight assumptions); via ../shared/research/composition_verified.md §3', 'derived', 'CCFL monitors only, zero for LED backlights: 6 tubes x 1.5 g x 2.1 % phosphor = 0.189 g phosphor; x 0.64 %', 'true'),
	('monitor', 'La', '0.001', 'Buchert et al. 2012 (Öko-Institut), Table 5 (CCFL backlight assumptions); via ../shared/research/composition_verified.md §3', 'derived', 'CCFL monitors only, zero for LED backlights: 6 tubes x 1.5 g x 2.1 % phosphor = 0.189 g phosphor; x 0.54 %', 'true'),
	('monitor', 'Ce', '0.0007', 'Buchert et al. 2012 (Öko-Institut), Table 5 (CCFL backlight assumptions); via ../shared/research/composition_verified.md §3', 'derived', 'CCFL monitors only, zero for LED backlights: 6 tubes x 1.5 g x 2.1 % phosphor = 0.189 g phosphor; x 0.36 %', 'true'),
	('monitor', 'Tb', '0.00034', 'Buchert et al. 2012 (Öko-Institut), Table 5 (CCFL backlight assumptions); via ../shared/research/composition_verified.md §3', 'derived', 'CCFL monitors only, zero for LED backlights: 6 tubes x 1.5 g x 2.1 % phosphor = 0.189 g phosphor; x 0.18 %', 'true'),
	('monitor', 'Gd', '0.0001', 'Buchert et al. 2012 (Öko-Institut), Table 5 (CCFL backlight assumptions); via ../shared/research/composition_verified.md §3', 'derived', 'CCFL monitors only, zero for LED backlights: 6 tubes x 1.5 g x 2.1 % phosphor = 0.189 g phosphor; x 0.05 %', 'true'),
	('monitor', 'Nd', '0', '../shared/research/composition_verified.md §3', 'unverified', '~0 unless the monitor has speakers', 'true'),
	('monitor', 'Fe', '1685', 'Babbitt C.W. et al., Scientific Data 7, 251 (2020), Summary sheet (separable material classes); via ../shared/research/composition_verified.md §3', 'verified', 'Babbitt ''steel'' class 1684.9 g listed as Fe by composition_verified.md; separable metal only (metal inside PCBs and cables not included)', 'true'),
	('monitor', 'Al', '290', 'Babbitt C.W. et al., Scientific Data 7, 251 (2020), Summary sheet (separable material classes); via ../shared/research/composition_verified.md §3', 'verified', 'separable aluminium 290.1 g; separable metal only (metal inside PCBs and cables not included)', 'true'),
	('monitor', 'Cu', '251', 'Babbitt C.W. et al., Scientific Data 7, 251 (2020), Summary sheet (separable material classes); via ../shared/research/composition_verified.md §3', 'verified', 'separable copper 250.9 g; separable metal only (metal inside PCBs and cables not included)', 'true'),
	('smartphone', 'Co', '6.3', 'Buchert et al. 2012 (Öko-Institut), Table 25 (smartphone); via ../shared/research/composition_verified.md §4', 'verified', 'battery; also Table 26. Alternatives: SCRREEN 8 g [secondary]; Bavarian ministry 3.81 g (mobile phone) [secondary]; 30.7 g battery x 15-20 % = 4.6-6.1 g [derived]', 'true'),
	('smartphone', 'Li', '0.74', 'Buchert et al. 2012 (Öko-Institut), Table 25 (smartphone); via ../shared/research/composition_verified.md §4', 'derived', '6.3 g Co x 0.1178 (LiCoO2 Li/Co mass ratio) = 0.74 g', 'true'),
	('smartphone', 'Ag', '0.305', 'Buchert et al. 2012 (Öko-Institut), Table 25 (smartphone); via ../shared/research/composition_verified.md §4', 'verified', 'PCB. Alternatives 0.09 g (Plymouth 2019), 0.17 g (Bavarian ministry)', 'true'),
	('smartphone', 'Au', '0.03', 'Buchert et al. 2012 (Öko-Institut), Table 25 (smartphone); via ../shared/research/composition_verified.md §4', 'verified', 'Alternatives 0.036 g (Plymouth), 0.0168 g (Bookhagen et al. 2020, phones without batteries), 0.025 g (Bavarian ministry)', 'true'),
	('smartphone', 'Pd', '0.011', 'Buchert et al. 2012 (Öko-Institut), Table 25 (smartphone); via ../shared/research/composition_verified.md §4', 'verified', 'Alternative 0.008 g (Bavarian ministry)', 'true'),
	('smartphone', 'Nd', '0.05', 'Buchert et al. 2012 (Öko-Institut), Table 25 (smartphone); via ../shared/research/composition_verified.md §4', 'verified', 'loudspeaker magnet 190 mg x 31 % REE, Nd:Pr about 5:1. Alternative 0.16 g (Plymouth)', 'true'),
	('smartphone', 'Pr', '0.01', 'Buchert et al. 2012 (Öko-Institut), Table 25 (smartphone); via ../shared/research/composition_verified.md §4', 'verified', 'Alternative 0.03 g (Plymouth)', 'true'),
	('smartphone', 'W', '0.9', 'University of Plymouth (Dijkstra & Wilkins) press release 2019, iPhone 4S blended and analysed; via ../shared/research/composition_verified.md §4', 'verified', 'vibration motor weight', 'true'),
	('smartphone', 'Fe', '33', 'University of Plymouth (Dijkstra & Wilkins) press release 2019, iPhone 4S blended and analysed; via ../shared/research/composition_verified.md §4', 'verified', 'whole phone without battery, blended (Plymouth 2019)', 'true'),
	('smartphone', 'Si', '13', 'University of Plymouth (Dijkstra & Wilkins) press release 2019, iPhone 4S blended and analysed; via ../shared/research/composition_verified.md §4', 'verified', 'Plymouth 2019', 'true'),
	('smartphone', 'Cr', '7', 'University of Plymouth (Dijkstra & Wilkins) press release 2019, iPhone 4S blended and analysed; via ../shared/research/composition_verified.md §4', 'verified', 'Plymouth 2019', 'true'),
	('smartphone', 'Cu', '8.25', 'Bavarian Environment Ministry (handy-clever-entsorgen.de), average mobile phone; via ../shared/research/composition_verified.md §4', 'secondary', 'Plymouth 2019: 6 g (first pass, not re-read)', 'true'),
	('tablet', 'Co', '20', 'Babbitt C.W. et al., Scientific Data 7, 251 (2020), Summary sheet (separable material classes); via ../shared/research/composition_verified.md §5', 'derived', 'Babbitt 2020 tablet battery 131.9 g x 15 % Co = 19.8 g (range 12-20 % gives 16-26 g); the 15 % share is derived from the MME 2021 laptop (49.73 g Co in a 331.5 g battery = 15.0 %)', 'true'),
	('tablet', 'Li', '2.3', 'Babbitt C.W. et al., Scientific Data 7, 251 (2020), Summary sheet (separable material classes); via ../shared/research/composition_verified.md §5', 'derived', '19.8 g Co x 0.1178 = 2.33 g, LiCoO2 assumed', 'true'),
	('tablet', 'Au', '0.04', 'Babbitt C.W. et al., Scientific Data 7, 251 (2020), Summary sheet (separable material classes); via ../shared/research/composition_verified.md §5', 'derived', 'Babbitt PCB 38.5 g x 545-1590 g/t = 0.021-0.061 g, central 0.04 g; grades from the MME 2021 laptop (141.2 mg / 259 g PCB = 545 g/t) and the smartphone (Buchert 30 mg / Babbitt 18.9 g PCB = 1590 g/t)', 'true'),
	('tablet', 'Al', '54', 'Babbitt C.W. et al., Scientific Data 7, 251 (2020), Summary sheet (separable material classes); via ../shared/research/composition_verified.md §5', 'verified', 'separable aluminium 54.1 g (Babbitt 2020, first pass)', 'true'),
	('server', 'Au', '1.2', 'Fichter K., Hintemann R., Beyond Energy: Material Stocks in Data Centers, J. Industrial Ecology 18(6):846-858 (2014), abstract; via ../shared/research/composition_verified.md §6', 'derived', '1.8 t Au / 37,500 t IT equipment (German data centres 2008) = 0.048 g/kg x 25 kg (typical_mass_kg in category_figure.csv, itself unverified) = 1.2 g. Upper-bound style: all metal attributed to IT equipment. Nd (3.8-5.6 g per 3.5-inch HDD) and Co (<5 g bin) depend on the configuration: no default', 'true'),
	('server', 'Ag', '5.0', 'Fichter K., Hintemann R., Beyond Energy: Material Stocks in Data Centers, J. Industrial Ecology 18(6):846-858 (2014), abstract; via ../shared/research/composition_verified.md §6', 'derived', '7.5 t Ag / 37,500 t IT equipment (German data centres 2008) = 0.2 g/kg x 25 kg (typical_mass_kg in category_figure.csv, itself unverified) = 5.0 g. Upper-bound style: all metal attributed to IT equipment. Nd (3.8-5.6 g per 3.5-inch HDD) and Co (<5 g bin) depend on the configuration: no default', 'true'),
	('server', 'Pd', '0.533', 'Fichter K., Hintemann R., Beyond Energy: Material Stocks in Data Centers, J. Industrial Ecology 18(6):846-858 (2014), abstract; via ../shared/research/composition_verified.md §6', 'derived', '0.8 t Pd / 37,500 t IT equipment (German data centres 2008) = 0.02133 g/kg x 25 kg (typical_mass_kg in category_figure.csv, itself unverified) = 0.533 g. Upper-bound style: all metal attributed to IT equipment. Nd (3.8-5.6 g per 3.5-inch HDD) and Co (<5 g bin) depend on the configuration: no default', 'true'),
	('network_switch', 'Au', NULL, 'Fichter K., Hintemann R., Beyond Energy: Material Stocks in Data Centers, J. Industrial Ecology 18(6):846-858 (2014), abstract; via ../shared/research/composition_verified.md §7', 'derived', 'no default grams: the suggested default is 0.048 g per kg of unit mass (1.8 t / 37,500 t IT equipment incl. network gear) and no typical switch mass is sourced; grams = 0.048 x user-supplied mass in kg', 'true'),
	('network_switch', 'Ag', NULL, 'Fichter K., Hintemann R., Beyond Energy: Material Stocks in Data Centers, J. Industrial Ecology 18(6):846-858 (2014), abstract; via ../shared/research/composition_verified.md §7', 'derived', 'no default grams: the suggested default is 0.2 g per kg of unit mass (7.5 t / 37,500 t IT equipment incl. network gear) and no typical switch mass is sourced; grams = 0.2 x user-supplied mass in kg', 'true'),
	('network_switch', 'Pd', NULL, 'Fichter K., Hintemann R., Beyond Energy: Material Stocks in Data Centers, J. Industrial Ecology 18(6):846-858 (2014), abstract; via ../shared/research/composition_verified.md §7', 'derived', 'no default grams: the suggested default is 0.02133 g per kg of unit mass (0.8 t / 37,500 t IT equipment incl. network gear) and no typical switch mass is sourced; grams = 0.02133 x user-supplied mass in kg', 'true'),
	('printer', 'Au', '0.029', 'Hagelüken C. (Umicore), Metal recovery from circuit board scrap, IAER 2004 (low-grade PCB bin 100-200 g/t Au), with Babbitt 2020 PCB mass; via ../shared/research/composition_verified.md §8', 'derived', 'Babbitt 2020 printer PCB 192.4 g x 100-200 g/t = 0.019-0.038 g, central 0.029 g', 'true'),
	('printer', 'Fe', '1843', 'Babbitt C.W. et al., Scientific Data 7, 251 (2020), Summary sheet (separable material classes); via ../shared/research/composition_verified.md §8', 'verified', 'Babbitt ''steel'' class 1842.7 g, entered as Fe by the same convention composition_verified.md uses for monitors (steel is mostly iron); separable metal only', 'true'),
	('printer', 'Al', '15', 'Babbitt C.W. et al., Scientific Data 7, 251 (2020), Summary sheet (separable material classes); via ../shared/research/composition_verified.md §8', 'verified', 'separable aluminium 15.0 g; separable metal only', 'true'),
	('printer', 'Cu', '35', 'Babbitt C.W. et al., Scientific Data 7, 251 (2020), Summary sheet (separable material classes); via ../shared/research/composition_verified.md §8', 'verified', 'separable copper 35.2 g; separable metal only', 'true'),
	('thin_client', 'Co', '0', 'qualitative reasoning in ../shared/research/composition_verified.md §9', 'derived', 'thin clients have no Li-ion pack, so Co ~ 0 [derived, qualitative]', 'true'),
	('thin_client', 'Au', NULL, '../shared/research/composition_verified.md §9 and §2 (desktop PCB grade)', 'derived', 'no default grams: grams = 164 g/t (desktop board grade, derived in §2) x PCB mass in t; no verified thin-client or PCB mass exists', 'true'),
	('thin_client', 'Ag', NULL, '../shared/research/composition_verified.md §9 and §2 (desktop PCB grade)', 'derived', 'no default grams: grams = 913 g/t (desktop board grade, derived in §2) x PCB mass in t; no verified thin-client or PCB mass exists', 'true'),
	('thin_client', 'Pd', NULL, '../shared/research/composition_verified.md §9 and §2 (desktop PCB grade)', 'derived', 'no default grams: grams = 214 g/t (desktop board grade, derived in §2) x PCB mass in t; no verified thin-client or PCB mass exists', 'true');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.category_element', 'WHERE NOT shipped');

CREATE TABLE @extschema@.category_alias (
	alias text NOT NULL CHECK (btrim(alias) <> ''),
	category text NOT NULL,
	note text,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (alias, shipped)
);
COMMENT ON TABLE @extschema@.category_alias IS 'names the import accepts for a category, matched case-insensitively besides the category names themselves: NumEcoEval/G4IT equipment types and common English and French names; users add their own';
INSERT INTO @extschema@.category_alias (alias, category, note, shipped) VALUES
	('Laptop', 'laptop', 'G4IT terminal device type (G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column description; ADEME/Arcep reference laptop-3, 5 yr) and value of column type in sample inputs (teamg4it/g4it services/backend/.\storagetmp/input/inventory/EQUIPEMENT_PHYSIQUE_equipementPhysique-1-nominalCase.csv_0b97ccb0-….csv (commit b95ef64c8d4e52238a82be5f05d489cfef84dc11) and teamg4it/g4it services/documentation/…/2-module-information-system/documents/physicalEquipment_example.csv (commit bdfbf2122f0978a112d37556cd63f98005bf110e)) and test data (G4ITTeam/g4it services/backend/src/test/resources/apibatchloading/work/20230420-161015/EQUIPEMENT_PHYSIQUE/equipementPhysique_ok.csv (commit 8931079a9e1a8aec070eadd5b1118e09ed33c3ff), column type (test data))', 'true'),
	('Desktop', 'desktop', 'G4IT terminal device type (G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column description; desktop-4, 6 yr); also test data (G4ITTeam/g4it services/backend/src/test/resources/apibatchloading/work/20230420-161015/EQUIPEMENT_PHYSIQUE/equipementPhysique_ok.csv (commit 8931079a9e1a8aec070eadd5b1118e09ed33c3ff), column type (test data))', 'true'),
	('Screen', 'monitor', 'G4IT terminal device type (G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column description; computer-monitor-2, 28-inch LCD, 6 yr)', 'true'),
	('Ecran', 'monitor', 'type value in G4IT test data (G4ITTeam/g4it services/backend/src/test/resources/apibatchloading/work/20230420-161015/EQUIPEMENT_PHYSIQUE/equipementPhysique_ok.csv (commit 8931079a9e1a8aec070eadd5b1118e09ed33c3ff), column type (test data)); also the value a GLPI Carbon plugin NumEcoEval exporter writes for monitors (class GlpiPlugin\Carbon\Impact\Embodied\NumEcoEval\Peripheral, Teclib''; repository path not resolvable in the index)', 'true'),
	('Mobile Phone', 'smartphone', 'G4IT terminal device type (G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column description; reference smartphone-2, 2.5 yr)', 'true'),
	('Smartphone', 'smartphone', 'NumEcoEval/G4IT item type (G4ITTeam/g4it services/backend/src/main/resources/referential/numecoeval/itemTypes.csv (commit 4f10cbc53fb0fec7322050385fa72205c4fb9667) and teamg4it/g4it services/backend/src/main/resources/db/changelog/starting-referential-data/ref_item_type.csv (commit 52ddb4023eefe82653cdceccf561745800a1d554), column type; default lifespan 2, default item smartphone-2)', 'true'),
	('Tablet', 'tablet', 'G4IT terminal device type (G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column description; tablet-3, 3 yr)', 'true'),
	('Printer', 'printer', 'G4IT terminal device type (G4ITTeam/g4it services/backend/src/main/resources/db/changelog/data/ref_terminal_device_type.csv (commit ece60a2cb5161ad06a5d8f778c22ac8896fa2792), column description; professional-laser-printer-1, 5 yr)', 'true'),
	('Server', 'server', 'NumEcoEval/G4IT item type (G4ITTeam/g4it services/backend/src/main/resources/referential/numecoeval/itemTypes.csv (commit 4f10cbc53fb0fec7322050385fa72205c4fb9667) and teamg4it/g4it services/backend/src/main/resources/db/changelog/starting-referential-data/ref_item_type.csv (commit 52ddb4023eefe82653cdceccf561745800a1d554), column type; is_server true, default lifespan 7, default item blade-server--28) and type value in the sample input (G4ITTeam/g4it services/backend/src/main/resources/samples/inputs/2-physicalEquipments.csv (commit 4f10cbc53fb0fec7322050385fa72205c4fb9667))', 'true'),
	('Dedicated Server', 'server', 'NumEcoEval/G4IT item type (G4ITTeam/g4it services/backend/src/main/resources/referential/numecoeval/itemTypes.csv (commit 4f10cbc53fb0fec7322050385fa72205c4fb9667) and teamg4it/g4it services/backend/src/main/resources/db/changelog/starting-referential-data/ref_item_type.csv (commit 52ddb4023eefe82653cdceccf561745800a1d554), column type; is_server true); one of the two types accepted by the digital-service import (teamg4it/g4it services/documentation/content/2-functional-documentation/use_cases/uc_digital_services/uc3_add_visualize_equipments/uc3_add_visualize_noncloud-servers/import_nonCloud_servers_via_button.md (commit 7c568f1d7797a1c19a396c67df0d157c777fc196): type ''Dedicated Server'' / ''Shared Server'' only)', 'true'),
	('Shared Server', 'server', 'NumEcoEval/G4IT item type (G4ITTeam/g4it services/backend/src/main/resources/referential/numecoeval/itemTypes.csv (commit 4f10cbc53fb0fec7322050385fa72205c4fb9667) and teamg4it/g4it services/backend/src/main/resources/db/changelog/starting-referential-data/ref_item_type.csv (commit 52ddb4023eefe82653cdceccf561745800a1d554), column type; is_server true); one of the two types accepted by the digital-service import (teamg4it/g4it services/documentation/content/2-functional-documentation/use_cases/uc_digital_services/uc3_add_visualize_equipments/uc3_add_visualize_noncloud-servers/import_nonCloud_servers_via_button.md (commit 7c568f1d7797a1c19a396c67df0d157c777fc196): type ''Dedicated Server'' / ''Shared Server'' only)', 'true'),
	('ServeurCalcul', 'server', 'type value in G4IT test data (G4ITTeam/g4it services/backend/src/test/resources/apibatchloading/work/20230420-161015/EQUIPEMENT_PHYSIQUE/equipementPhysique_ok.csv (commit 8931079a9e1a8aec070eadd5b1118e09ed33c3ff), column type (test data)) for rack-server-with-hdd rows', 'true'),
	('ComputeServer', 'server', 'type value in G4IT test data (G4ITTeam/g4it services/backend/src/test/resources/apibatchloading/work/20230420-161015/EQUIPEMENT_PHYSIQUE/equipementPhysique_ok.csv (commit 8931079a9e1a8aec070eadd5b1118e09ed33c3ff), column type (test data)) for a rack-server-with-hdd row', 'true'),
	('Notebook', 'laptop', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Ordinateur portable', 'laptop', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('PC portable', 'laptop', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Desktop PC', 'desktop', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Ordinateur fixe', 'desktop', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Ordinateur de bureau', 'desktop', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('PC fixe', 'desktop', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Unité centrale', 'desktop', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Monitor', 'monitor', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Écran', 'monitor', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive; accented spelling of the G4IT test value ''Ecran''', 'true'),
	('Moniteur', 'monitor', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Display', 'monitor', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Téléphone mobile', 'smartphone', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Téléphone portable', 'smartphone', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Tablette', 'tablet', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Serveur', 'server', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Rack server', 'server', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Serveur rack', 'server', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Switch', 'network_switch', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive; no switch type exists in the public G4IT referentials (G4IT ''Network'' is a telecom network, not a device)', 'true'),
	('Network switch', 'network_switch', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Commutateur', 'network_switch', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Commutateur réseau', 'network_switch', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Imprimante', 'printer', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Multifunction printer', 'printer', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive; UNU-KEY 0304 includes multifunctionals', 'true'),
	('Imprimante multifonction', 'printer', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true'),
	('Thin client', 'thin_client', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive; no thin-client type exists in the public G4IT referentials', 'true'),
	('Client léger', 'thin_client', 'common name added by this compilation (not found as a type value in the G4IT repositories); match is case-insensitive', 'true');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.category_alias', 'WHERE NOT shipped');

-- end of life ----------------------------------------------------------

CREATE TABLE @extschema@.recovery_rate (
	element text NOT NULL,
	route text NOT NULL CHECK (route IN ('reuse', 'refurbishment', 'formal_recycling', 'informal_unknown', 'landfill')),
	fraction float8 CHECK (fraction BETWEEN 0 AND 1),
	source text,
	confidence text CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	note text,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (element, route, shipped),
	CHECK (fraction IS NULL OR (source IS NOT NULL AND confidence IS NOT NULL))
);
COMMENT ON TABLE @extschema@.recovery_rate IS 'fraction of an element recovered (or, for reuse and refurbishment, kept in use) when a device leaves by an end-of-life route; a row without a fraction records that the research has none (the element then counts as not recovered)';
INSERT INTO @extschema@.recovery_rate (element, route, fraction, source, confidence, note, shipped) VALUES
	('Au', 'formal_recycling', '0.24', 'Chancerel P., Meskers C.E.M., Hagelüken C., Rotter V.S., Assessment of precious metal flows during preprocessing of waste electrical and electronic equipment, J. Ind. Ecol. 13(5) 2009, abstract; smelter yield 0.95 unverified; via ../shared/research/composition_verified.md §10', 'derived', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. shredder route: 0.256 capture (verified) x 0.95 smelter yield (unverified) = 0.243. Manual PCB removal route 0.86 (0.9 x 0.95, both unverified) if the organisation''s recycler dismantles boards', 'true'),
	('Au', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Au', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Au', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Au', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Ag', 'formal_recycling', '0.11', 'Chancerel P., Meskers C.E.M., Hagelüken C., Rotter V.S., Assessment of precious metal flows during preprocessing of waste electrical and electronic equipment, J. Ind. Ecol. 13(5) 2009, abstract; smelter yield 0.95 unverified; via ../shared/research/composition_verified.md §10', 'derived', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. shredder route: 0.115 capture x 0.95 = 0.109. Manual route 0.86', 'true'),
	('Ag', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Ag', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Ag', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Ag', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Pd', 'formal_recycling', '0.24', 'Chancerel P., Meskers C.E.M., Hagelüken C., Rotter V.S., Assessment of precious metal flows during preprocessing of waste electrical and electronic equipment, J. Ind. Ecol. 13(5) 2009, abstract; smelter yield 0.95 unverified; via ../shared/research/composition_verified.md §10', 'derived', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. shredder route: 0.256 x 0.95 = 0.243. Manual route 0.86', 'true'),
	('Pd', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Pd', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Pd', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Pd', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Pt', 'formal_recycling', '0.24', 'analogy with Au/Pd; ../shared/research/composition_verified.md §10 row Pt', 'unverified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. the notes give only a range 0-0.25 (HDD platters usually go to shredding); 0.24 = the Au/Pd shredder chain, chosen inside that range', 'true'),
	('Pt', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Pt', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Pt', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Pt', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Co', 'formal_recycling', '0.86', 'WEEE Directive Annex VII battery removal [unverified here]; Umicore Battery Recycling Solutions page (>95 % Co, Cu, Ni yield, vendor claim); Reg. (EU) 2023/1542 targets 90 %/95 % [secondary]; via ../shared/research/composition_verified.md §10', 'derived', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. battery removal route (the notes require battery removal before shredding): 0.9 removal x 0.95 yield = 0.855', 'true'),
	('Co', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Co', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Co', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Co', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Li', 'formal_recycling', '0.50', 'Reg. (EU) 2023/1542 Li material-recovery target via Waste Management World, 11 Jul 2023; via ../shared/research/composition_verified.md §10', 'secondary', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. legal target from end 2027 (0.80 from end 2031), not a measured rate', 'true'),
	('Li', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Li', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Li', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Li', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Cu', 'formal_recycling', '0.57', 'Chancerel P., Meskers C.E.M., Hagelüken C., Rotter V.S., Assessment of precious metal flows during preprocessing of waste electrical and electronic equipment, J. Ind. Ecol. 13(5) 2009, abstract; smelter yield 0.95 unverified; via ../shared/research/composition_verified.md §10', 'derived', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. shredder route: 0.60 capture x 0.95 = 0.57', 'true'),
	('Cu', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Cu', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Cu', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Cu', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Fe', 'formal_recycling', '0.9', '../shared/research/composition_verified.md §10 row ''Fe, Al (bulk)''', 'unverified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. approximate (≈0.9)', 'true'),
	('Fe', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Fe', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Fe', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Fe', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Al', 'formal_recycling', '0.9', '../shared/research/composition_verified.md §10 row ''Fe, Al (bulk)''', 'unverified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. approximate (≈0.9)', 'true'),
	('Al', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Al', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Al', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Al', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Ni', 'formal_recycling', '0.5', '../shared/research/composition_verified.md §10 row ''Sn, Pb, Ni, Sb, Bi''', 'unverified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. approximate (≈0.5)', 'true'),
	('Ni', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Ni', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Ni', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Ni', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Cr', 'formal_recycling', NULL, NULL, NULL, 'no sourced figure in the research (composition_verified.md §10 has no row for Cr)', 'true'),
	('Cr', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Cr', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Cr', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Cr', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Zn', 'formal_recycling', NULL, NULL, NULL, 'no sourced figure in the research (composition_verified.md §10 has no row for Zn)', 'true'),
	('Zn', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Zn', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Zn', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Zn', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Sn', 'formal_recycling', '0.5', '../shared/research/composition_verified.md §10 row ''Sn, Pb, Ni, Sb, Bi'' (follow Cu into the smelter; Umicore Hoboken recovers 17 metals [secondary])', 'unverified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. approximate (≈0.5) per the notes', 'true'),
	('Sn', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Sn', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Sn', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Sn', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Nd', 'formal_recycling', '0.01', 'Hunt et al., WEEE recovery book chapter, abstract (''less than 1%''); UNEP IRP 2011; via ../shared/research/composition_verified.md §10', 'verified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. upper bound: the source says < 1 %; magnets are lost in shredding (an HDD-magnet pilot reached ~90 %, not industrial)', 'true'),
	('Nd', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Nd', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Nd', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Nd', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Pr', 'formal_recycling', '0.01', 'Hunt et al. chapter abstract; UNEP IRP 2011; via ../shared/research/composition_verified.md §10', 'verified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. upper bound (< 1 %)', 'true'),
	('Pr', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Pr', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Pr', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Pr', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Dy', 'formal_recycling', '0.01', 'Hunt et al. chapter abstract; UNEP IRP 2011; via ../shared/research/composition_verified.md §10', 'verified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. upper bound (< 1 %)', 'true'),
	('Dy', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Dy', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Dy', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Dy', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Ta', 'formal_recycling', '0.01', 'Ueberschaar et al. 2017, J. Ind. Ecol. 21:700, abstract (Ta EOL recycling rate < 1 %); Roemer, Elwert, Goldmann, IMPC 2016, abstract; via ../shared/research/composition_verified.md §10', 'verified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. upper bound (< 1 %): Ta is lost in copper-smelter slag', 'true'),
	('Ta', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Ta', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Ta', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Ta', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('In', 'formal_recycling', '0.01', 'Hunt et al. chapter abstract (''Recovery rates for both indium and rare earths are less than 1%''); via ../shared/research/composition_verified.md §10', 'verified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. upper bound (< 1 %): panels not sent to a smelter', 'true'),
	('In', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('In', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('In', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('In', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Ga', 'formal_recycling', '0.01', 'UNEP IRP 2011, < 1 % group; via ../shared/research/composition_verified.md §10', 'secondary', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. upper bound (< 1 %)', 'true'),
	('Ga', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Ga', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Ga', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Ga', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Y', 'formal_recycling', '0.01', 'Hunt et al. chapter abstract (rare earths < 1 %); FutuRaM 2025 press release (REE in magnets and phosphors lost) [secondary]; via ../shared/research/composition_verified.md §10', 'derived', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. §10 names only Nd, Pr, Dy, Tb; extended to this phosphor rare earth because the cited bound is stated for rare earths in general; upper bound (< 1 %)', 'true'),
	('Y', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Y', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Y', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Y', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Eu', 'formal_recycling', '0.01', 'Hunt et al. chapter abstract (rare earths < 1 %); FutuRaM 2025 press release (REE in magnets and phosphors lost) [secondary]; via ../shared/research/composition_verified.md §10', 'derived', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. §10 names only Nd, Pr, Dy, Tb; extended to this phosphor rare earth because the cited bound is stated for rare earths in general; upper bound (< 1 %)', 'true'),
	('Eu', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Eu', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Eu', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Eu', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Tb', 'formal_recycling', '0.01', 'Hunt et al. chapter abstract; UNEP IRP 2011; via ../shared/research/composition_verified.md §10', 'verified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. upper bound (< 1 %)', 'true'),
	('Tb', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Tb', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Tb', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Tb', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Pb', 'formal_recycling', '0.5', '../shared/research/composition_verified.md §10 row ''Sn, Pb, Ni, Sb, Bi''', 'unverified', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. approximate (≈0.5)', 'true'),
	('Pb', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Pb', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Pb', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Pb', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('La', 'formal_recycling', '0.01', 'Hunt et al. chapter abstract (rare earths < 1 %); FutuRaM 2025 press release (REE in magnets and phosphors lost) [secondary]; via ../shared/research/composition_verified.md §10', 'derived', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. §10 names only Nd, Pr, Dy, Tb; extended to this phosphor rare earth because the cited bound is stated for rare earths in general; upper bound (< 1 %)', 'true'),
	('La', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('La', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('La', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('La', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Ce', 'formal_recycling', '0.01', 'Hunt et al. chapter abstract (rare earths < 1 %); FutuRaM 2025 press release (REE in magnets and phosphors lost) [secondary]; via ../shared/research/composition_verified.md §10', 'derived', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. §10 names only Nd, Pr, Dy, Tb; extended to this phosphor rare earth because the cited bound is stated for rare earths in general; upper bound (< 1 %)', 'true'),
	('Ce', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Ce', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Ce', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Ce', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Gd', 'formal_recycling', '0.01', 'Hunt et al. chapter abstract (rare earths < 1 %); FutuRaM 2025 press release (REE in magnets and phosphors lost) [secondary]; via ../shared/research/composition_verified.md §10', 'derived', 'default formal route: shredder-based pre-processing + integrated Cu/Pb smelter unless noted. §10 names only Nd, Pr, Dy, Tb; extended to this phosphor rare earth because the cited bound is stated for rare earths in general; upper bound (< 1 %)', 'true'),
	('Gd', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Gd', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Gd', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Gd', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('W', 'formal_recycling', NULL, NULL, NULL, 'no sourced figure in the research (composition_verified.md §10 has no row for W)', 'true'),
	('W', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('W', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('W', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('W', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true'),
	('Si', 'formal_recycling', NULL, NULL, NULL, 'no sourced figure in the research (composition_verified.md §10 has no row for Si)', 'true'),
	('Si', 'reuse', '1', 'modelling convention of this compilation (MCI: mass collected for reuse, C_U, leaves no waste; circularity.md §1)', 'derived', 'the device goes on being used, so its materials stay in use and count as retained, not as recovered scrap; the extension should carry them as still in use rather than as recycled', 'true'),
	('Si', 'refurbishment', '1', 'modelling convention of this compilation (as reuse)', 'derived', 'refurbished devices re-enter use; parts replaced during refurbishment are not modelled here', 'true'),
	('Si', 'informal_unknown', '0', 'modelling convention of this compilation; no informal-route recovery figure in the research', 'derived', 'conservative: unknown or informal routes (storage, export, backyard recycling, residual waste) get no documented recovery. Upper-bound alternative: the formal shredder-route value of this element', 'true'),
	('Si', 'landfill', '0', 'definition', 'derived', 'nothing is recovered from landfill', 'true');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.recovery_rate', 'WHERE NOT shipped');

-- the effective rows: a user row wins over the shipped row of the same key

-- the effective rows of device_category, with the reference Weibull as a
-- weibull value (for the reports), and the same as a view of standard types
CREATE FUNCTION @extschema@.category_defaults()
RETURNS TABLE (name text, description text, unu_key text, typical_mass_kg float8,
	reference_weibull @extschema@.weibull, weibull_basis text, reference_life_years float8,
	embodied_kg_co2e float8, kwh_per_year float8, recycled_content float8, reuse_collection float8,
	recycling_collection float8, recycling_efficiency float8, source text, confidence text, shipped boolean)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT DISTINCT ON (c.name) c.name, c.description, c.unu_key, c.typical_mass_kg,
	c.reference_weibull, c.weibull_basis, c.reference_life_years, c.embodied_kg_co2e,
	c.kwh_per_year, c.recycled_content, c.reuse_collection, c.recycling_collection,
	c.recycling_efficiency, c.source, c.confidence, c.shipped
FROM @extschema@.device_category c
ORDER BY c.name, c.shipped
$function$;
COMMENT ON FUNCTION @extschema@.category_defaults() IS 'one row per device category: the user''s row where there is one, else the shipped row';

CREATE VIEW @extschema@.device_category_effective WITH (security_invoker = true) AS
SELECT c.name, c.description, c.unu_key, c.typical_mass_kg,
	@extschema@.shape(c.reference_weibull) AS reference_shape,
	@extschema@.scale(c.reference_weibull) AS reference_scale,
	c.weibull_basis, c.reference_life_years, c.embodied_kg_co2e, c.kwh_per_year, c.recycled_content,
	c.reuse_collection, c.recycling_collection, c.recycling_efficiency, c.source, c.confidence, c.shipped
FROM @extschema@.category_defaults() c;
COMMENT ON VIEW @extschema@.device_category_effective IS 'one row per device category and its defaults: the user''s row where there is one, else the shipped row';
COMMENT ON COLUMN @extschema@.device_category_effective.name IS 'category name';
COMMENT ON COLUMN @extschema@.device_category_effective.description IS 'what the category holds';
COMMENT ON COLUMN @extschema@.device_category_effective.unu_key IS 'UNU-KEY of the category';
COMMENT ON COLUMN @extschema@.device_category_effective.typical_mass_kg IS 'typical mass of one unit, kg';
COMMENT ON COLUMN @extschema@.device_category_effective.reference_shape IS 'shape of the reference (UNU) Weibull lifetime';
COMMENT ON COLUMN @extschema@.device_category_effective.reference_scale IS 'scale of the reference Weibull lifetime, years';
COMMENT ON COLUMN @extschema@.device_category_effective.weibull_basis IS 'which UNU table the reference Weibull comes from';
COMMENT ON COLUMN @extschema@.device_category_effective.reference_life_years IS 'reference lifespan L_av, years';
COMMENT ON COLUMN @extschema@.device_category_effective.embodied_kg_co2e IS 'embodied emissions of one unit, kg CO2e';
COMMENT ON COLUMN @extschema@.device_category_effective.kwh_per_year IS 'electricity use of one unit, kWh per year';
COMMENT ON COLUMN @extschema@.device_category_effective.recycled_content IS 'default recycled content (MCI F_R)';
COMMENT ON COLUMN @extschema@.device_category_effective.reuse_collection IS 'default collection for reuse (MCI C_U)';
COMMENT ON COLUMN @extschema@.device_category_effective.recycling_collection IS 'default collection for recycling (MCI C_R)';
COMMENT ON COLUMN @extschema@.device_category_effective.recycling_efficiency IS 'default recycling efficiency (MCI E_C)';
COMMENT ON COLUMN @extschema@.device_category_effective.source IS 'source of the figures';
COMMENT ON COLUMN @extschema@.device_category_effective.confidence IS 'weakest confidence among the figures';
COMMENT ON COLUMN @extschema@.device_category_effective.shipped IS 'true: shipped with the extension; false: the users row';

-- the default composition of each category, as materials values (the
-- reports scale them); category_element shows the same figure by figure
CREATE FUNCTION @extschema@.category_composition()
RETURNS TABLE (category text, composition @extschema@.materials, unverified @extschema@.materials)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT e.category,
	pg_catalog.jsonb_object_agg(e.element, e.grams)::@extschema@.materials,
	coalesce(pg_catalog.jsonb_object_agg(e.element, e.grams) FILTER (WHERE e.confidence = 'unverified'),
			 '{}')::@extschema@.materials
FROM (SELECT DISTINCT ON (ce.category, ce.element) ce.category, ce.element, ce.grams, ce.confidence
	  FROM @extschema@.category_element ce
	  ORDER BY ce.category, ce.element, ce.shipped) e
WHERE e.grams IS NOT NULL
GROUP BY e.category
$function$;
COMMENT ON FUNCTION @extschema@.category_composition() IS 'default composition of one unit per category (user rows win per element), and the part of it that rests on unverified figures';

CREATE VIEW @extschema@.recovery_rate_effective WITH (security_invoker = true) AS
SELECT DISTINCT ON (r.element, r.route) r.element, r.route, r.fraction, r.source, r.confidence, r.shipped
FROM @extschema@.recovery_rate r
ORDER BY r.element, r.route, r.shipped;
COMMENT ON VIEW @extschema@.recovery_rate_effective IS 'one row per element and route: the user''s row where there is one, else the shipped row';
COMMENT ON COLUMN @extschema@.recovery_rate_effective.element IS 'element symbol';
COMMENT ON COLUMN @extschema@.recovery_rate_effective.route IS 'end-of-life route';
COMMENT ON COLUMN @extschema@.recovery_rate_effective.fraction IS 'fraction recovered (0 to 1)';
COMMENT ON COLUMN @extschema@.recovery_rate_effective.source IS 'source of the figure';
COMMENT ON COLUMN @extschema@.recovery_rate_effective.confidence IS 'confidence of the figure';
COMMENT ON COLUMN @extschema@.recovery_rate_effective.shipped IS 'true: shipped with the extension; false: the users row';

CREATE VIEW @extschema@.category_recycling_efficiency WITH (security_invoker = true) AS
SELECT e.category,
	sum(e.grams * coalesce(r.fraction, 0)) / sum(e.grams) AS efficiency
FROM (SELECT DISTINCT ON (ce.category, ce.element) ce.category, ce.element, ce.grams
	  FROM @extschema@.category_element ce
	  ORDER BY ce.category, ce.element, ce.shipped) e
	LEFT JOIN @extschema@.recovery_rate_effective r
		ON r.element = e.element AND r.route = 'formal_recycling'
WHERE e.grams > 0
GROUP BY e.category;
COMMENT ON VIEW @extschema@.category_recycling_efficiency IS 'derived recycling efficiency (MCI E_C) of a category where device_category has none: the formal-recycling recovery of its default composition, weighted by grams (an element without a recovery fraction counts as not recovered)';
COMMENT ON COLUMN @extschema@.category_recycling_efficiency.category IS 'device category';
COMMENT ON COLUMN @extschema@.category_recycling_efficiency.efficiency IS 'derived recycling efficiency (0 to 1)';

CREATE VIEW @extschema@.grid_intensity_effective WITH (security_invoker = true) AS
SELECT DISTINCT ON (g.country) g.country, g.kg_co2e_per_kwh, g.year, g.source, g.confidence, g.shipped
FROM @extschema@.grid_intensity g
ORDER BY g.country, g.shipped;
COMMENT ON VIEW @extschema@.grid_intensity_effective IS 'one row per country: the user''s row where there is one, else the shipped row';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.country IS 'iso3 code, or WOR (world) or EEE (Europe)';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.kg_co2e_per_kwh IS 'kg CO2e per kWh of electricity';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.year IS 'reference year';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.source IS 'source of the figure';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.confidence IS 'confidence of the figure';
COMMENT ON COLUMN @extschema@.grid_intensity_effective.shipped IS 'true: shipped with the extension; false: the users row';

-- name lookups of the import: every accepted spelling, lower-cased
CREATE VIEW @extschema@.country_lookup WITH (security_invoker = true) AS
SELECT DISTINCT ON (k.key) k.key, k.iso3
FROM (SELECT lower(c.iso3) AS key, c.iso3, 0 AS rank FROM @extschema@.country c
	  UNION ALL SELECT lower(c.iso2), c.iso3, 0 FROM @extschema@.country c
	  UNION ALL SELECT lower(c.name), c.iso3, 1 FROM @extschema@.country c
	  UNION ALL SELECT lower(a.alias), a.iso3, CASE WHEN a.shipped THEN 3 ELSE 2 END
	  FROM @extschema@.country_alias a) k
ORDER BY k.key, k.rank;
COMMENT ON VIEW @extschema@.country_lookup IS 'every spelling of a country the import accepts (lower case): ISO codes, names, aliases';
COMMENT ON COLUMN @extschema@.country_lookup.key IS 'an accepted spelling, lower case';
COMMENT ON COLUMN @extschema@.country_lookup.iso3 IS 'the country it names (iso3)';

CREATE VIEW @extschema@.category_lookup WITH (security_invoker = true) AS
SELECT DISTINCT ON (k.key) k.key, k.category
FROM (SELECT lower(c.name) AS key, c.name AS category, 0 AS rank FROM @extschema@.device_category c
	  UNION ALL SELECT lower(a.alias), a.category, CASE WHEN a.shipped THEN 2 ELSE 1 END
	  FROM @extschema@.category_alias a) k
ORDER BY k.key, k.rank;
COMMENT ON VIEW @extschema@.category_lookup IS 'every spelling of a category the import accepts (lower case): category names and aliases';
COMMENT ON COLUMN @extschema@.category_lookup.key IS 'an accepted spelling, lower case';
COMMENT ON COLUMN @extschema@.category_lookup.category IS 'the category it names';

-- reference data is public: every role reads it (only its owner writes it)
GRANT SELECT ON @extschema@.country, @extschema@.country_alias, @extschema@.grid_intensity,
	@extschema@.device_category_figure, @extschema@.device_category, @extschema@.category_element,
	@extschema@.category_alias, @extschema@.recovery_rate, @extschema@.device_category_effective,
	@extschema@.recovery_rate_effective,
	@extschema@.category_recycling_efficiency,
	@extschema@.grid_intensity_effective, @extschema@.country_lookup, @extschema@.category_lookup
	TO PUBLIC;

-- from src/carbon.sql
-- carbon: annualised emissions and the saving of a longer life

CREATE FUNCTION @extschema@.annualised_co2e(embodied_kg float8, lifespan_years float8,
		kwh_per_year float8, grid_kg_per_kwh float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'annualised_co2e'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.annualised_co2e(float8, float8, float8, float8) IS 'kg CO2e per year of use: embodied emissions spread evenly over the lifespan (as Boavizta and NumEcoEval/G4IT do) plus a year of electricity times the grid intensity';

CREATE FUNCTION @extschema@.life_extension_saving(embodied_kg float8, kwh_per_year float8,
		grid_kg_per_kwh float8, years_from float8, years_to float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'life_extension_saving'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.life_extension_saving(float8, float8, float8, float8, float8) IS 'fraction of the annual emissions saved by a life of years_to instead of years_from: (A(from) - A(to)) / A(from); NULL when the device emits nothing';

-- from src/fleet.sql
-- the inventory model: organisations, product models, the asset register
--
-- These tables hold the users' own data: pg_dump dumps all their rows.

CREATE TABLE @extschema@.organisation (
	id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	name text NOT NULL UNIQUE CHECK (btrim(name) <> '' AND length(name) <= 200)
);
COMMENT ON TABLE @extschema@.organisation IS 'organisations whose assets are registered';
COMMENT ON COLUMN @extschema@.organisation.name IS 'unique name, as import_assets() is given it';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.organisation', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.organisation', 'id'), '');

CREATE TABLE @extschema@.product_model (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	organisation_id integer REFERENCES @extschema@.organisation (id) ON DELETE CASCADE,
	manufacturer text NOT NULL DEFAULT '',
	model text NOT NULL CHECK (btrim(model) <> ''),
	category text NOT NULL,
	mass_kg float8 CHECK (mass_kg > 0 AND mass_kg < 'Infinity'),
	composition @extschema@.materials,
	embodied_kg_co2e float8 CHECK (embodied_kg_co2e >= 0 AND embodied_kg_co2e < 'Infinity'),
	kwh_per_year float8 CHECK (kwh_per_year >= 0 AND kwh_per_year < 'Infinity'),
	attributes jsonb NOT NULL DEFAULT '{}' CHECK (pg_catalog.jsonb_typeof(attributes) = 'object'),
	recycled_content float8 CHECK (recycled_content BETWEEN 0 AND 1),
	reused_content float8 CHECK (reused_content BETWEEN 0 AND 1),
	recycled_efficiency float8 CHECK (recycled_efficiency > 0 AND recycled_efficiency <= 1),
	UNIQUE NULLS NOT DISTINCT (organisation_id, manufacturer, model),
	CHECK (recycled_content + reused_content <= 1)
);
COMMENT ON TABLE @extschema@.product_model IS 'product models: what a manufacturer declares for one model (NULL figures fall back to the category defaults)';
COMMENT ON COLUMN @extschema@.product_model.organisation_id IS 'the organisation that registered the model; NULL for a catalogue shared by all';
COMMENT ON COLUMN @extschema@.product_model.mass_kg IS 'mass of one unit, kg';
COMMENT ON COLUMN @extschema@.product_model.composition IS 'element content of one unit (materials)';
COMMENT ON COLUMN @extschema@.product_model.embodied_kg_co2e IS 'embodied (non-use) emissions of one unit, kg CO2e (product carbon footprint without the use phase)';
COMMENT ON COLUMN @extschema@.product_model.kwh_per_year IS 'typical electricity use (TEC) of one unit, kWh per year';
COMMENT ON COLUMN @extschema@.product_model.attributes IS 'declared attributes tested by purchasing criteria, e.g. {"warranty_years": 3, "spare_parts_years": 7}';
COMMENT ON COLUMN @extschema@.product_model.recycled_content IS 'fraction of feedstock from recycled sources (MCI F_R)';
COMMENT ON COLUMN @extschema@.product_model.reused_content IS 'fraction of feedstock from reused components (MCI F_U)';
COMMENT ON COLUMN @extschema@.product_model.recycled_efficiency IS 'efficiency of the recycling that produced the recycled feedstock (MCI E_F)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.product_model', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.product_model', 'id'), '');

CREATE TABLE @extschema@.asset (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	organisation_id integer NOT NULL REFERENCES @extschema@.organisation (id) ON DELETE CASCADE,
	serial text NOT NULL CHECK (btrim(serial) <> '' AND length(serial) <= 200),
	category text NOT NULL,
	model_id bigint REFERENCES @extschema@.product_model (id),
	quantity integer NOT NULL DEFAULT 1 CHECK (quantity >= 1),
	purchased date NOT NULL CHECK (purchased > '1950-01-01' AND purchased < 'infinity'),
	retired date,
	status text NOT NULL DEFAULT 'in_use' CHECK (status IN ('in_use', 'in_stock', 'retired')),
	eol_route text CHECK (eol_route IN ('reuse', 'refurbishment', 'formal_recycling', 'informal_unknown', 'landfill')),
	acquired text NOT NULL DEFAULT 'new' CHECK (acquired IN ('new', 'refurbished')),
	country text REFERENCES @extschema@.country (iso3),
	entity text,
	mass_kg float8 CHECK (mass_kg > 0 AND mass_kg < 'Infinity'),
	embodied_kg_co2e float8 CHECK (embodied_kg_co2e >= 0 AND embodied_kg_co2e < 'Infinity'),
	kwh_per_year float8 CHECK (kwh_per_year >= 0 AND kwh_per_year < 'Infinity'),
	CONSTRAINT asset_serial_unique UNIQUE (organisation_id, serial),
	CONSTRAINT asset_retired_after_purchase CHECK (retired >= purchased),
	CONSTRAINT asset_retired_has_date CHECK ((status = 'retired') = (retired IS NOT NULL)),
	CONSTRAINT asset_route_when_retired CHECK (eol_route IS NULL OR status = 'retired')
);
CREATE INDEX asset_organisation_category ON @extschema@.asset (organisation_id, category);
COMMENT ON TABLE @extschema@.asset IS 'the asset register: one row per device (or per line of identical devices, quantity > 1)';
COMMENT ON COLUMN @extschema@.asset.serial IS 'identifier of the device in the organisation (serial number or inventory name); unique per organisation';
COMMENT ON COLUMN @extschema@.asset.category IS 'device category (device_category.name)';
COMMENT ON COLUMN @extschema@.asset.model_id IS 'product model, when known';
COMMENT ON COLUMN @extschema@.asset.quantity IS 'number of identical units the row stands for';
COMMENT ON COLUMN @extschema@.asset.purchased IS 'date of purchase (start of service)';
COMMENT ON COLUMN @extschema@.asset.retired IS 'date the device left service; NULL while in use or in stock';
COMMENT ON COLUMN @extschema@.asset.status IS 'in_use, in_stock (owned, not in use) or retired';
COMMENT ON COLUMN @extschema@.asset.eol_route IS 'end-of-life route of a retired device: reuse, refurbishment, formal_recycling, informal_unknown or landfill';
COMMENT ON COLUMN @extschema@.asset.acquired IS 'new or refurbished when acquired';
COMMENT ON COLUMN @extschema@.asset.country IS 'country of use (iso3); NULL: unknown (the world-average grid intensity is used)';
COMMENT ON COLUMN @extschema@.asset.entity IS 'department or entity of the organisation using the device';
COMMENT ON COLUMN @extschema@.asset.mass_kg IS 'mass of one unit, kg; NULL falls back to the model, then the category';
COMMENT ON COLUMN @extschema@.asset.embodied_kg_co2e IS 'embodied emissions of one unit, kg CO2e; NULL falls back to the model, then the category';
COMMENT ON COLUMN @extschema@.asset.kwh_per_year IS 'electricity use of one unit, kWh per year; NULL falls back to the model, then the category';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.asset', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.asset', 'id'), '');

-- from src/import.sql
-- validated import of an asset register
--
-- Rows are staged as text in asset_import (\copy straight from a CSV, with
-- English column names or the NumEcoEval/G4IT physical-equipment names),
-- then import_assets(organisation) checks every staged row of that
-- organisation at once: the valid rows go into asset (a serial already
-- registered is updated, so importing a file twice adds nothing), every
-- problem of an invalid row goes into import_error, and the staged rows
-- are removed.  Column names are lower case so that an unquoted header
-- name such as nomEquipementPhysique matches.

CREATE FUNCTION @extschema@.import_date(text) RETURNS date
	AS 'MODULE_PATHNAME', 'import_date'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_date(text) IS 'a date as inventory files write it (YYYY-MM-DD with an optional time, YYYYMMDD, or DD/MM/YYYY day first), or NULL when the text is not one';

CREATE FUNCTION @extschema@.import_number(text) RETURNS float8
	AS 'MODULE_PATHNAME', 'import_number'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_number(text) IS 'a finite decimal number with a decimal point or comma and an optional exponent, or NULL when the text is not one';

CREATE TABLE @extschema@.asset_import (
	row_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	organisation text,
	-- English names
	serial text,
	model text,
	manufacturer text,
	category text,
	quantity text,
	purchased text,
	retired text,
	status text,
	eol_route text,
	acquired text,
	country text,
	entity text,
	mass_kg text,
	embodied_kg_co2e text,
	kwh_per_year text,
	-- NumEcoEval / G4IT physical equipment (equipementPhysique) names
	nomequipementphysique text,
	modele text,
	fabricant text,
	type text,
	quantite text,
	dateachat text,
	dateretrait text,
	statut text,
	paysdutilisation text,
	nomentite text,
	consoelecannuelle text,
	consoelecan text,
	-- G4IT columns accepted and not used
	utilisateur text,
	nomsourcedonnee text,
	nomcourtdatacenter text,
	nbcoeur text,
	nbjourutilisean text,
	gotelecharge text,
	tailledudisque text,
	taillememoire text,
	typedeprocesseur text,
	dureeutilisation text,
	nombreutilisateur text
);
COMMENT ON TABLE @extschema@.asset_import IS 'staging area of import_assets(): text columns named as in common inventory files (English names, or the NumEcoEval/G4IT physical-equipment names); \copy a file into it, then call import_assets()';
COMMENT ON COLUMN @extschema@.asset_import.row_id IS 'number of the staged row, reported in import_error';
COMMENT ON COLUMN @extschema@.asset_import.organisation IS 'organisation the row belongs to; NULL: whichever organisation import_assets() is called for';
COMMENT ON COLUMN @extschema@.asset_import.serial IS 'device identifier, unique per organisation (G4IT: nomEquipementPhysique)';
COMMENT ON COLUMN @extschema@.asset_import.model IS 'model name (G4IT: modele)';
COMMENT ON COLUMN @extschema@.asset_import.manufacturer IS 'manufacturer (G4IT: fabricant)';
COMMENT ON COLUMN @extschema@.asset_import.category IS 'category or equipment type, matched case-insensitively through category_lookup (G4IT: type)';
COMMENT ON COLUMN @extschema@.asset_import.quantity IS 'number of identical units, a whole number >= 1; empty means 1 (G4IT: quantite)';
COMMENT ON COLUMN @extschema@.asset_import.purchased IS 'purchase date, required (G4IT: dateAchat)';
COMMENT ON COLUMN @extschema@.asset_import.retired IS 'retirement date; empty while in use (G4IT: dateRetrait)';
COMMENT ON COLUMN @extschema@.asset_import.status IS 'in use / in stock / retired, in English or French (G4IT: statut)';
COMMENT ON COLUMN @extschema@.asset_import.eol_route IS 'end-of-life route of a retired device: reuse, refurbishment, formal_recycling (or recycling), informal_unknown (or unknown), landfill';
COMMENT ON COLUMN @extschema@.asset_import.acquired IS 'new or refurbished; empty means new';
COMMENT ON COLUMN @extschema@.asset_import.country IS 'country of use: name, alias or ISO 2- or 3-letter code, any case (G4IT: paysDUtilisation)';
COMMENT ON COLUMN @extschema@.asset_import.entity IS 'department or entity (G4IT: nomEntite)';
COMMENT ON COLUMN @extschema@.asset_import.kwh_per_year IS 'electricity use of one unit, kWh per year (G4IT: consoElecAnnuelle or consoElecAn)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.asset_import', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.asset_import', 'row_id'), '');

CREATE TABLE @extschema@.import_error (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	organisation_id integer NOT NULL REFERENCES @extschema@.organisation (id) ON DELETE CASCADE,
	imported_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	row_id bigint NOT NULL,
	column_name text NOT NULL,
	value text,
	message text NOT NULL,
	staged_row jsonb NOT NULL
);
CREATE INDEX import_error_organisation ON @extschema@.import_error (organisation_id, imported_at);
COMMENT ON TABLE @extschema@.import_error IS 'every problem found by import_assets(): one row per bad value of a rejected staged row, with the whole staged row';
COMMENT ON COLUMN @extschema@.import_error.row_id IS 'asset_import.row_id of the rejected row';
COMMENT ON COLUMN @extschema@.import_error.column_name IS 'the staging column holding the bad value (as written in the file)';
COMMENT ON COLUMN @extschema@.import_error.value IS 'the bad value, as staged';
COMMENT ON COLUMN @extschema@.import_error.message IS 'what is wrong and what is allowed';
COMMENT ON COLUMN @extschema@.import_error.staged_row IS 'the whole staged row, so nothing of it is lost';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_error', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.import_error', 'id'), '');

CREATE FUNCTION @extschema@.import_assets(organisation text,
		OUT imported bigint, OUT rejected bigint)
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	org_id integer;
	org_name text;
BEGIN
	IF organisation IS NULL THEN
		RAISE EXCEPTION 'organisation must not be NULL'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT o.id, o.name INTO org_id, org_name
	FROM @extschema@.organisation o WHERE o.name = import_assets.organisation;
	IF org_id IS NULL THEN
		RAISE EXCEPTION 'organisation "%" does not exist', organisation
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Add it first: INSERT INTO circular_ict.organisation (name) VALUES (...).';
	END IF;
	-- one import per organisation at a time: two at once would both take
	-- the same serials for new ones
	PERFORM pg_advisory_xact_lock(pg_catalog.hashtext('circular_ict.import_assets'), org_id);

	-- One statement: parse every staged row of the organisation (a value
	-- that does not parse becomes NULL), mark each problem with a bit,
	-- then write the errors, the new models and the assets, and remove
	-- the staged rows.
	WITH parsed AS MATERIALIZED (
		SELECT r.row_id,
			nullif(btrim(coalesce(r.serial, r.nomequipementphysique)), '') AS serial,
			CASE WHEN r.serial IS NOT NULL THEN 'serial' ELSE 'nomEquipementPhysique' END AS serial_col,
			nullif(btrim(coalesce(r.model, r.modele)), '') AS model,
			coalesce(nullif(btrim(coalesce(r.manufacturer, r.fabricant)), ''), '') AS manufacturer,
			coalesce(r.category, r.type) AS category_raw,
			CASE WHEN r.category IS NOT NULL THEN 'category' ELSE 'type' END AS category_col,
			cl.category,
			coalesce(r.quantity, r.quantite) AS quantity_raw,
			CASE WHEN r.quantity IS NOT NULL THEN 'quantity' ELSE 'quantite' END AS quantity_col,
			CASE WHEN btrim(coalesce(r.quantity, r.quantite, '')) = '' THEN 1
				 WHEN btrim(coalesce(r.quantity, r.quantite)) ~ '^[-+]?[0-9]{1,9}$'
				 THEN btrim(coalesce(r.quantity, r.quantite))::integer END AS quantity,
			coalesce(r.purchased, r.dateachat) AS purchased_raw,
			CASE WHEN r.purchased IS NOT NULL THEN 'purchased' ELSE 'dateAchat' END AS purchased_col,
			@extschema@.import_date(coalesce(r.purchased, r.dateachat)) AS purchased,
			nullif(btrim(coalesce(r.retired, r.dateretrait)), '') AS retired_raw,
			CASE WHEN r.retired IS NOT NULL THEN 'retired' ELSE 'dateRetrait' END AS retired_col,
			@extschema@.import_date(coalesce(r.retired, r.dateretrait)) AS retired,
			coalesce(r.status, r.statut) AS status_raw,
			CASE WHEN r.status IS NOT NULL THEN 'status' ELSE 'statut' END AS status_col,
			CASE lower(btrim(coalesce(r.status, r.statut, '')))
				WHEN '' THEN ''
				WHEN 'in use' THEN 'in_use' WHEN 'in_use' THEN 'in_use' WHEN 'active' THEN 'in_use'
				WHEN 'actif' THEN 'in_use' WHEN 'en service' THEN 'in_use'
				WHEN 'in stock' THEN 'in_stock' WHEN 'in_stock' THEN 'in_stock' WHEN 'not used' THEN 'in_stock'
				WHEN 'inactive' THEN 'in_stock' WHEN 'inactif' THEN 'in_stock' WHEN 'en stock' THEN 'in_stock'
				WHEN 'stock' THEN 'in_stock' WHEN 'spare' THEN 'in_stock'
				WHEN 'retired' THEN 'retired' WHEN 'disposed' THEN 'retired' WHEN 'decommissioned' THEN 'retired'
				WHEN 'retirÃ©' THEN 'retired' WHEN 'rÃ©formÃ©' THEN 'retired' WHEN 'hors service' THEN 'retired'
			END AS status,
			r.eol_route AS eol_route_raw,
			CASE lower(btrim(coalesce(r.eol_route, '')))
				WHEN '' THEN ''
				WHEN 'reuse' THEN 'reuse' WHEN 'reused' THEN 'reuse' WHEN 'rÃ©emploi' THEN 'reuse'
				WHEN 'refurbishment' THEN 'refurbishment' WHEN 'refurbished' THEN 'refurbishment'
				WHEN 'reconditionnement' THEN 'refurbishment'
				WHEN 'formal_recycling' THEN 'formal_recycling' WHEN 'recycling' THEN 'formal_recycling'
				WHEN 'recycled' THEN 'formal_recycling' WHEN 'recyclage' THEN 'formal_recycling'
				WHEN 'informal_unknown' THEN 'informal_unknown' WHEN 'unknown' THEN 'informal_unknown'
				WHEN 'informal' THEN 'informal_unknown' WHEN 'inconnu' THEN 'informal_unknown'
				WHEN 'landfill' THEN 'landfill' WHEN 'incineration' THEN 'landfill'
			END AS eol_route,
			r.acquired AS acquired_raw,
			CASE lower(btrim(coalesce(r.acquired, '')))
				WHEN '' THEN 'new' WHEN 'new' THEN 'new' WHEN 'neuf' THEN 'new'
				WHEN 'refurbished' THEN 'refurbished' WHEN 'reconditionnÃ©' THEN 'refurbished'
				WHEN 'second-hand' THEN 'refurbished' WHEN 'used' THEN 'refurbished'
			END AS acquired,
			nullif(btrim(coalesce(r.country, r.paysdutilisation)), '') AS country_raw,
			CASE WHEN r.country IS NOT NULL THEN 'country' ELSE 'paysDUtilisation' END AS country_col,
			cn.iso3 AS country,
			nullif(btrim(coalesce(r.entity, r.nomentite)), '') AS entity,
			nullif(btrim(r.mass_kg), '') AS mass_raw,
			@extschema@.import_number(r.mass_kg) AS mass_kg,
			nullif(btrim(r.embodied_kg_co2e), '') AS embodied_raw,
			@extschema@.import_number(r.embodied_kg_co2e) AS embodied_kg_co2e,
			nullif(btrim(coalesce(r.kwh_per_year, r.consoelecannuelle, r.consoelecan)), '') AS kwh_raw,
			CASE WHEN r.kwh_per_year IS NOT NULL THEN 'kwh_per_year'
				 WHEN r.consoelecannuelle IS NOT NULL THEN 'consoElecAnnuelle' ELSE 'consoElecAn' END AS kwh_col,
			@extschema@.import_number(coalesce(r.kwh_per_year, r.consoelecannuelle, r.consoelecan)) AS kwh_per_year,
			-- an English column and its NumEcoEval/G4IT twin that disagree
			CASE WHEN btrim(r.serial) <> btrim(r.nomequipementphysique) THEN 'serial'
				 WHEN btrim(r.model) <> btrim(r.modele) THEN 'model'
				 WHEN btrim(r.manufacturer) <> btrim(r.fabricant) THEN 'manufacturer'
				 WHEN btrim(r.category) <> btrim(r.type) THEN 'category'
				 WHEN btrim(r.quantity) <> btrim(r.quantite) THEN 'quantity'
				 WHEN btrim(r.purchased) <> btrim(r.dateachat) THEN 'purchased'
				 WHEN btrim(r.retired) <> btrim(r.dateretrait) THEN 'retired'
				 WHEN btrim(r.status) <> btrim(r.statut) THEN 'status'
				 WHEN btrim(r.country) <> btrim(r.paysdutilisation) THEN 'country'
				 WHEN btrim(r.entity) <> btrim(r.nomentite) THEN 'entity'
			END AS twin_conflict
		FROM @extschema@.asset_import r
			LEFT JOIN @extschema@.category_lookup cl
				ON cl.key = lower(btrim(coalesce(r.category, r.type)))
			LEFT JOIN @extschema@.country_lookup cn
				ON cn.key = lower(btrim(coalesce(r.country, r.paysdutilisation)))
		WHERE r.organisation IS NULL OR r.organisation = org_name
	),
	checked AS MATERIALIZED (
		SELECT p.*,
			  (CASE WHEN p.serial IS NULL THEN 1 ELSE 0 END)
			| (CASE WHEN length(p.serial) > 200 THEN 2 ELSE 0 END)
			| (CASE WHEN p.serial IS NOT NULL AND count(*) OVER (PARTITION BY p.serial) > 1 THEN 4 ELSE 0 END)
			| (CASE WHEN p.twin_conflict IS NOT NULL THEN 8 ELSE 0 END)
			| (CASE WHEN p.category IS NULL THEN 16 ELSE 0 END)
			| (CASE WHEN p.quantity IS NULL OR p.quantity < 1 THEN 32 ELSE 0 END)
			| (CASE WHEN p.purchased IS NULL THEN 64 ELSE 0 END)
			| (CASE WHEN p.purchased <= '1950-01-01' OR p.purchased > current_date THEN 128 ELSE 0 END)
			| (CASE WHEN p.retired_raw IS NOT NULL AND p.retired IS NULL THEN 256 ELSE 0 END)
			| (CASE WHEN p.retired < p.purchased THEN 512 ELSE 0 END)
			| (CASE WHEN p.retired > current_date THEN 1024 ELSE 0 END)
			| (CASE WHEN p.status IS NULL THEN 2048 ELSE 0 END)
			| (CASE WHEN p.status = 'retired' AND p.retired_raw IS NULL THEN 4096 ELSE 0 END)
			| (CASE WHEN p.eol_route IS NULL THEN 8192 ELSE 0 END)
			| (CASE WHEN p.eol_route <> '' AND p.retired_raw IS NULL THEN 16384 ELSE 0 END)
			| (CASE WHEN p.acquired IS NULL THEN 32768 ELSE 0 END)
			| (CASE WHEN p.country_raw IS NOT NULL AND p.country IS NULL THEN 65536 ELSE 0 END)
			| (CASE WHEN p.mass_raw IS NOT NULL AND NOT coalesce(p.mass_kg > 0, false) THEN 131072 ELSE 0 END)
			| (CASE WHEN p.embodied_raw IS NOT NULL AND NOT coalesce(p.embodied_kg_co2e >= 0, false) THEN 262144 ELSE 0 END)
			| (CASE WHEN p.kwh_raw IS NOT NULL AND NOT coalesce(p.kwh_per_year >= 0, false) THEN 524288 ELSE 0 END)
			AS problems
		FROM parsed p
	),
	errors AS (
		INSERT INTO @extschema@.import_error (organisation_id, row_id, column_name, value, message, staged_row)
		SELECT org_id, c.row_id,
			CASE e.bit WHEN 1 THEN c.serial_col WHEN 2 THEN c.serial_col WHEN 4 THEN c.serial_col
				WHEN 8 THEN c.twin_conflict WHEN 16 THEN c.category_col WHEN 32 THEN c.quantity_col
				WHEN 64 THEN c.purchased_col WHEN 128 THEN c.purchased_col WHEN 256 THEN c.retired_col
				WHEN 512 THEN c.retired_col WHEN 1024 THEN c.retired_col WHEN 2048 THEN c.status_col
				WHEN 4096 THEN c.status_col WHEN 8192 THEN 'eol_route' WHEN 16384 THEN 'eol_route'
				WHEN 32768 THEN 'acquired' WHEN 65536 THEN c.country_col WHEN 131072 THEN 'mass_kg'
				WHEN 262144 THEN 'embodied_kg_co2e' ELSE c.kwh_col END,
			CASE e.bit WHEN 1 THEN to_jsonb(s) ->> lower(c.serial_col) WHEN 2 THEN c.serial WHEN 4 THEN c.serial
				WHEN 8 THEN to_jsonb(s) ->> c.twin_conflict WHEN 16 THEN c.category_raw
				WHEN 32 THEN c.quantity_raw WHEN 64 THEN c.purchased_raw WHEN 128 THEN c.purchased_raw
				WHEN 256 THEN c.retired_raw WHEN 512 THEN c.retired_raw WHEN 1024 THEN c.retired_raw
				WHEN 2048 THEN c.status_raw WHEN 4096 THEN c.status_raw WHEN 8192 THEN c.eol_route_raw
				WHEN 16384 THEN c.eol_route_raw WHEN 32768 THEN c.acquired_raw WHEN 65536 THEN c.country_raw
				WHEN 131072 THEN c.mass_raw WHEN 262144 THEN c.embodied_raw ELSE c.kwh_raw END,
			CASE WHEN e.bit = 4 THEN format(e.message, count(*) OVER (PARTITION BY c.serial, e.bit))
				 WHEN e.bit = 8 THEN format(e.message, c.twin_conflict)
				 WHEN e.bit = 64 AND nullif(btrim(c.purchased_raw), '') IS NULL THEN 'the purchase date is required'
				 ELSE e.message END,
			pg_catalog.jsonb_strip_nulls(to_jsonb(s) - 'row_id')
		FROM checked c
			JOIN @extschema@.asset_import s ON s.row_id = c.row_id
			JOIN (VALUES
				(1, 'a serial (or nomEquipementPhysique) is required: it identifies the device'),
				(2, 'the serial is longer than 200 characters'),
				(4, 'the serial appears in %s staged rows; a device must be staged once'),
				(8, 'column %s and its NumEcoEval/G4IT twin hold different values'),
				(16, 'unknown category; accepted: a category name or an alias in category_lookup (add your own to category_alias)'),
				(32, 'the quantity must be a whole number of at least 1'),
				(64, 'not a date; accepted: YYYY-MM-DD, YYYYMMDD or DD/MM/YYYY'),
				(128, 'the purchase date must lie after 1950-01-01 and not after today'),
				(256, 'not a date; accepted: YYYY-MM-DD, YYYYMMDD or DD/MM/YYYY'),
				(512, 'the retirement date is before the purchase date'),
				(1024, 'the retirement date is in the future'),
				(2048, 'unknown status; accepted: in use (actif), in stock (not used, inactif) or retired'),
				(4096, 'a retired device needs a retirement date'),
				(8192, 'unknown end-of-life route; accepted: reuse, refurbishment, formal_recycling, informal_unknown, landfill'),
				(16384, 'an end-of-life route needs a retirement date'),
				(32768, 'unknown acquisition; accepted: new or refurbished'),
				(65536, 'unknown country; accepted: an ISO 3166 code (2 or 3 letters) or a name in country_lookup'),
				(131072, 'the mass must be a number greater than 0 (kg)'),
				(262144, 'the embodied emissions must be a number of at least 0 (kg CO2e)'),
				(524288, 'the electricity use must be a number of at least 0 (kWh per year)')
			) e (bit, message) ON c.problems & e.bit <> 0
		WHERE c.problems <> 0
		RETURNING row_id
	),
	new_models AS (
		INSERT INTO @extschema@.product_model (organisation_id, manufacturer, model, category)
		SELECT DISTINCT ON (c.manufacturer, c.model) org_id, c.manufacturer, c.model, c.category
		FROM checked c
		WHERE c.problems = 0 AND c.model IS NOT NULL
		  AND NOT EXISTS (SELECT 1 FROM @extschema@.product_model m
						  WHERE m.model = c.model AND m.manufacturer = c.manufacturer
							AND (m.organisation_id = org_id OR m.organisation_id IS NULL))
		ORDER BY c.manufacturer, c.model, c.row_id
		RETURNING id, manufacturer, model
	),
	assets AS (
		INSERT INTO @extschema@.asset AS a (organisation_id, serial, category, model_id, quantity, purchased,
				retired, status, eol_route, acquired, country, entity, mass_kg, embodied_kg_co2e, kwh_per_year)
		SELECT org_id, c.serial, c.category, coalesce(m.id, n.id), c.quantity, c.purchased, c.retired,
			CASE WHEN c.retired IS NOT NULL THEN 'retired' WHEN c.status = '' THEN 'in_use' ELSE c.status END,
			CASE WHEN c.retired IS NULL THEN NULL WHEN c.eol_route = '' THEN 'informal_unknown' ELSE c.eol_route END,
			c.acquired, c.country, c.entity, c.mass_kg, c.embodied_kg_co2e, c.kwh_per_year
		FROM checked c
			LEFT JOIN LATERAL (SELECT m.id FROM @extschema@.product_model m
							   WHERE c.model IS NOT NULL AND m.model = c.model
								 AND m.manufacturer = c.manufacturer
								 AND (m.organisation_id = org_id OR m.organisation_id IS NULL)
							   ORDER BY m.organisation_id NULLS LAST LIMIT 1) m ON true
			LEFT JOIN new_models n ON n.model = c.model AND n.manufacturer = c.manufacturer
		WHERE c.problems = 0
		ON CONFLICT (organisation_id, serial) DO UPDATE SET
			category = excluded.category, model_id = excluded.model_id, quantity = excluded.quantity,
			purchased = excluded.purchased, retired = excluded.retired, status = excluded.status,
			eol_route = excluded.eol_route, acquired = excluded.acquired, country = excluded.country,
			entity = excluded.entity, mass_kg = excluded.mass_kg,
			embodied_kg_co2e = excluded.embodied_kg_co2e, kwh_per_year = excluded.kwh_per_year
		RETURNING 1
	),
	consumed AS (
		DELETE FROM @extschema@.asset_import s USING checked c WHERE s.row_id = c.row_id
		RETURNING 1
	)
	SELECT (SELECT count(*) FROM assets),
		   (SELECT count(*) FROM checked WHERE problems <> 0)
	INTO imported, rejected
	FROM (SELECT count(*) FROM errors) e, (SELECT count(*) FROM consumed) d;
END
$function$;
COMMENT ON FUNCTION @extschema@.import_assets(text) IS 'checks every staged row of asset_import for the organisation: valid rows go into asset (a serial already registered is updated), each problem of an invalid row into import_error; the staged rows are removed; returns the counts';

-- from src/reports.sql
-- reports: set-returning functions that take the date they report on, and
-- the views BI tools read (the same functions at current_date)
--
-- The functions are single-SELECT SQL functions without SET clauses, so
-- the planner inlines them into the calling query: a WHERE on a view is
-- pushed down to the asset scan.  Every name inside is schema-qualified.
-- Views expose standard SQL types only (BI tools cannot chart a custom type).

-- the facts of every asset as of a date: its state then, its age, and its
-- figures with the fallbacks applied (asset, then model, then category)
CREATE FUNCTION @extschema@.asset_facts(as_of date)
RETURNS TABLE (
	organisation_id integer, organisation text, asset_id bigint, serial text, category text,
	model_id bigint, quantity integer, purchased date, retired date, state text, eol_route text,
	acquired text, age_years float8, mass_kg float8, embodied_kg_co2e float8, kwh_per_year float8,
	grid_kg_per_kwh float8, world_average_grid boolean, reference_life_years float8,
	reference_weibull @extschema@.weibull, composition @extschema@.materials,
	unverified_composition @extschema@.materials, mci float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT f.organisation_id, f.organisation, f.asset_id, f.serial, f.category, f.model_id, f.quantity,
	f.purchased, f.retired, f.state, f.eol_route, f.acquired, f.age_years, f.mass_kg,
	f.embodied_kg_co2e, f.kwh_per_year, f.grid_kg_per_kwh, f.world_average_grid,
	f.reference_life_years, f.reference_weibull, f.composition, f.unverified_composition,
	CASE WHEN f.mass_kg IS NOT NULL THEN
		@extschema@.mci(
			@extschema@.material_flows(
				mass => f.mass_kg,
				recycled_in => f.recycled_in,
				reused_in => f.reused_in,
				recycled_out => CASE WHEN f.state = 'retired'
									 THEN CASE WHEN f.eol_route = 'formal_recycling' THEN 1 ELSE 0 END
									 ELSE coalesce(f.recycling_collection, 0) END,
				reused_out => CASE WHEN f.state = 'retired'
								   THEN CASE WHEN f.eol_route IN ('reuse', 'refurbishment') THEN 1 ELSE 0 END
								   ELSE coalesce(f.reuse_collection, 0) END,
				efficiency_in => f.recycled_efficiency,
				efficiency_out => coalesce(f.recycling_efficiency, 0)),
			-- X = L / L_av: the service life of a retired unit; a unit in
			-- service is expected to reach at least the reference life
			CASE WHEN f.reference_life_years IS NULL THEN 1
				 ELSE @extschema@.utility(
						 greatest(CASE WHEN f.state = 'retired' THEN f.age_years
									   ELSE greatest(f.age_years, f.reference_life_years) END,
								  1.0 / 365.25),
						 f.reference_life_years) END)
	END
FROM (
	SELECT a.organisation_id, o.name AS organisation, a.id AS asset_id, a.serial, a.category,
		a.model_id, a.quantity, a.purchased,
		CASE WHEN a.retired <= as_of THEN a.retired END AS retired,
		CASE WHEN a.retired <= as_of THEN 'retired'
			 WHEN a.status = 'retired' THEN 'in_use'	-- retired after as_of: in service then
			 ELSE a.status END AS state,
		CASE WHEN a.retired <= as_of THEN a.eol_route END AS eol_route,
		a.acquired,
		@extschema@.service_years(a.purchased, CASE WHEN a.retired <= as_of THEN a.retired END, as_of) AS age_years,
		coalesce(a.mass_kg, m.mass_kg, c.typical_mass_kg) AS mass_kg,
		coalesce(a.embodied_kg_co2e, m.embodied_kg_co2e, c.embodied_kg_co2e) AS embodied_kg_co2e,
		coalesce(a.kwh_per_year, m.kwh_per_year, c.kwh_per_year) AS kwh_per_year,
		coalesce(g.kg_co2e_per_kwh, w.kg_co2e_per_kwh) AS grid_kg_per_kwh,
		g.country IS NULL AS world_average_grid,
		c.reference_life_years, c.reference_weibull,
		coalesce(m.composition, cc.composition) AS composition,
		CASE WHEN m.composition IS NOT NULL THEN ''::@extschema@.materials ELSE cc.unverified END AS unverified_composition,
		-- MCI inputs: a unit bought refurbished is reused feedstock
		CASE WHEN a.acquired = 'refurbished' THEN 0 ELSE coalesce(m.recycled_content, c.recycled_content, 0) END AS recycled_in,
		CASE WHEN a.acquired = 'refurbished' THEN 1 ELSE coalesce(m.reused_content, 0) END AS reused_in,
		coalesce(m.recycled_efficiency, 1) AS recycled_efficiency,
		c.reuse_collection, c.recycling_collection,
		coalesce(c.recycling_efficiency, cr.efficiency) AS recycling_efficiency
	FROM @extschema@.asset a
		JOIN @extschema@.organisation o ON o.id = a.organisation_id
		LEFT JOIN @extschema@.product_model m ON m.id = a.model_id
		LEFT JOIN @extschema@.category_defaults() c ON c.name = a.category
		LEFT JOIN @extschema@.category_composition() cc ON cc.category = a.category
		LEFT JOIN @extschema@.category_recycling_efficiency cr ON cr.category = a.category
		LEFT JOIN @extschema@.grid_intensity_effective g ON g.country = a.country
		LEFT JOIN @extschema@.grid_intensity_effective w ON w.country = 'WOR'
	WHERE a.purchased <= as_of
) f
$function$;
COMMENT ON FUNCTION @extschema@.asset_facts(date) IS 'every asset purchased by as_of with its state then (in_use, in_stock or retired), its age or service life in years, its figures after the fallbacks (asset, model, category), the grid intensity of its country (world average when the country has none), its composition and its MCI';

-- fleet_overview ---------------------------------------------------------

CREATE FUNCTION @extschema@.fleet_overview(as_of date)
RETURNS TABLE (
	organisation text, category text, units_in_use bigint, units_in_stock bigint,
	units_retired bigint, mean_age_in_use_years float8, median_service_life_years float8,
	premature_share float8, annual_co2e_kg float8, units_without_co2e_figure bigint,
	units_on_world_average_grid bigint, critical_raw_materials_in_use_g float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH f AS NOT MATERIALIZED (
	SELECT * FROM @extschema@.asset_facts(as_of)
),
counts AS (
	SELECT f.organisation, f.category,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'in_use'), 0) AS units_in_use,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'in_stock'), 0) AS units_in_stock,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0) AS units_retired,
		sum(f.age_years * f.quantity) FILTER (WHERE f.state = 'in_use')
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'in_use'), 0) AS mean_age_in_use_years,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'retired' AND f.age_years < f.reference_life_years), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired' AND f.reference_life_years IS NOT NULL), 0)
			AS premature_share,
		-- the NumEcoEval/G4IT annualisation: embodied spread over the years so
		-- far (at least one), plus a year of electricity for units in use
		sum(f.quantity * @extschema@.annualised_co2e(f.embodied_kg_co2e, greatest(f.age_years, 1),
				CASE WHEN f.state = 'in_use' THEN f.kwh_per_year ELSE 0 END, f.grid_kg_per_kwh))
			FILTER (WHERE f.state <> 'retired') AS annual_co2e_kg,
		coalesce(sum(f.quantity) FILTER (WHERE f.state <> 'retired'
			AND (f.embodied_kg_co2e IS NULL OR (f.state = 'in_use' AND f.kwh_per_year IS NULL))), 0)
			AS units_without_co2e_figure,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'in_use' AND f.world_average_grid), 0)
			AS units_on_world_average_grid
	FROM f
	GROUP BY f.organisation, f.category
),
-- the median service life of the retired units, each unit counted (a
-- line of quantity q counts q times), interpolated as percentile_cont
lives AS (
	SELECT l.organisation, l.category, l.age_years, l.n,
		l.cumulative - 1 AS last_position
	FROM (SELECT f.organisation, f.category, f.age_years,
			  sum(f.quantity) OVER (PARTITION BY f.organisation, f.category
									ORDER BY f.age_years ROWS UNBOUNDED PRECEDING) AS cumulative,
			  sum(f.quantity) OVER (PARTITION BY f.organisation, f.category) AS n
		  FROM f WHERE f.state = 'retired') l
),
medians AS (
	SELECT m.organisation, m.category,
		m.lower_life + (m.position - floor(m.position)) * (m.upper_life - m.lower_life) AS median
	FROM (SELECT lv.organisation, lv.category, (lv.n - 1) * 0.5 AS position,
			  min(lv.age_years) FILTER (WHERE lv.last_position >= floor((lv.n - 1) * 0.5)) AS lower_life,
			  min(lv.age_years) FILTER (WHERE lv.last_position >= ceil((lv.n - 1) * 0.5)) AS upper_life
		  FROM lives lv GROUP BY lv.organisation, lv.category, lv.n) m
),
-- raw materials of the units in service: quantities per model first, so
-- that each composition is scaled once per model, not once per asset
materials AS (
	SELECT q.organisation, q.category,
		@extschema@.critical_grams(@extschema@.sum(q.composition OPERATOR(@extschema@.*) q.units::float8)) AS crm_g
	FROM (SELECT f.organisation, f.category, f.composition, sum(f.quantity) AS units
		  FROM f WHERE f.state <> 'retired' AND f.composition IS NOT NULL
		  GROUP BY f.organisation, f.category, f.model_id, f.composition) q
	GROUP BY q.organisation, q.category
)
SELECT c.organisation, c.category, c.units_in_use, c.units_in_stock, c.units_retired,
	c.mean_age_in_use_years, md.median, c.premature_share, c.annual_co2e_kg,
	c.units_without_co2e_figure, c.units_on_world_average_grid,
	-- 0 with nothing in service; NULL where no unit in service has a known composition
	CASE WHEN c.units_in_use + c.units_in_stock = 0 THEN 0 ELSE mt.crm_g END
FROM counts c
	LEFT JOIN medians md ON md.organisation = c.organisation AND md.category = c.category
	LEFT JOIN materials mt ON mt.organisation = c.organisation AND mt.category = c.category
$function$;
COMMENT ON FUNCTION @extschema@.fleet_overview(date) IS 'per organisation and category as of a date: units in use, in stock and retired, mean age in use, median service life of retired units, share retired before the reference life, annual CO2e, grams of critical raw materials in service';

-- material_inventory -----------------------------------------------------

CREATE FUNCTION @extschema@.material_inventory(as_of date)
RETURNS TABLE (
	organisation text, element text, atomic_number integer, in_use_g float8, in_stock_g float8,
	retired_reuse_g float8, retired_refurbishment_g float8, retired_formal_recycling_g float8,
	retired_informal_unknown_g float8, retired_landfill_g float8, recovered_g float8,
	recoverable_in_service_g float8, crm_2023 boolean, strategic_2023 boolean,
	unverified_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH buckets AS (
	-- grams per organisation and where the units are (a state, or the
	-- end-of-life route of retired units), each composition scaled once
	SELECT g.organisation, g.bucket,
		@extschema@.sum(g.composition OPERATOR(@extschema@.*) g.units::float8) AS total,
		@extschema@.sum(g.unverified_composition OPERATOR(@extschema@.*) g.units::float8) AS unverified
	FROM (SELECT f.organisation, coalesce(f.eol_route, f.state) AS bucket, f.composition,
			  f.unverified_composition, sum(f.quantity) AS units
		  FROM @extschema@.asset_facts(as_of) f
		  WHERE f.composition IS NOT NULL
		  GROUP BY f.organisation, coalesce(f.eol_route, f.state), f.category, f.model_id,
				   f.composition, f.unverified_composition) g
	GROUP BY g.organisation, g.bucket
),
grams AS (
	SELECT b.organisation, b.bucket, e.element, e.atomic_number, e.grams,
		b.unverified OPERATOR(@extschema@.->) e.element AS unverified_g
	FROM buckets b, @extschema@.materials_each(b.total) e
)
SELECT g.organisation, g.element, g.atomic_number,
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'in_use'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'in_stock'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'reuse'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'refurbishment'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'formal_recycling'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'informal_unknown'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'landfill'), 0),
	coalesce(sum(g.grams * coalesce(r.fraction, 0))
		FILTER (WHERE g.bucket NOT IN ('in_use', 'in_stock')), 0),
	coalesce(sum(g.grams * coalesce(formal.fraction, 0))
		FILTER (WHERE g.bucket IN ('in_use', 'in_stock')), 0),
	coalesce(rm.crm_2023, false), coalesce(rm.strategic_2023, false),
	sum(g.unverified_g) / nullif(sum(g.grams), 0)
FROM grams g
	LEFT JOIN @extschema@.recovery_rate_effective r ON r.element = g.element AND r.route = g.bucket
	LEFT JOIN @extschema@.recovery_rate_effective formal
		ON formal.element = g.element AND formal.route = 'formal_recycling'
	LEFT JOIN (SELECT DISTINCT ON (x.symbol) x.symbol, x.crm_2023, x.strategic_2023
			   FROM @extschema@.raw_material x ORDER BY x.symbol, x.shipped) rm ON rm.symbol = g.element
GROUP BY g.organisation, g.element, g.atomic_number, rm.crm_2023, rm.strategic_2023
$function$;
COMMENT ON FUNCTION @extschema@.material_inventory(date) IS 'per organisation and element as of a date: grams in use, in stock and retired by end-of-life route, grams recovered from retired units, grams formal recycling would recover from the units in service, EU 2023 CRM and strategic flags, and the share of the grams resting on unverified composition figures';

-- lifespan_by_category ---------------------------------------------------

-- the lifetable of each organisation and category: every unit a life
-- (retired at its service life, or still in service at its age; a line of
-- quantity q gives q lives); a service life under a day counts as a day
CREATE FUNCTION @extschema@.organisation_lifetables(as_of date)
RETURNS TABLE (organisation text, category text, lifetable @extschema@.lifetable,
	fitted @extschema@.weibull)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT t.organisation, t.category, t.lt, @extschema@.weibull_fit(t.lt, false)
FROM (SELECT u.organisation, u.category,
		  @extschema@.lifetable(greatest(u.age_years, 1.0 / 365.25), u.state = 'retired') AS lt
	  FROM (SELECT f.organisation, f.category, f.age_years, f.state
			FROM @extschema@.asset_facts(as_of) f WHERE f.quantity = 1
			UNION ALL
			SELECT f.organisation, f.category, f.age_years, f.state
			FROM @extschema@.asset_facts(as_of) f, pg_catalog.generate_series(1, f.quantity) n
			WHERE f.quantity > 1) u
	  GROUP BY u.organisation, u.category) t
$function$;
COMMENT ON FUNCTION @extschema@.organisation_lifetables(date) IS 'per organisation and category as of a date: the lifetable of every unit (retired at its service life, censored at its age while in service) and the Weibull fitted to it (NULL when it cannot be fitted)';

CREATE FUNCTION @extschema@.lifespan_by_category(as_of date)
RETURNS TABLE (
	organisation text, category text, observed_units bigint, retired_units bigint,
	km_median_years float8, fitted_shape float8, fitted_scale float8, fitted_mean_years float8,
	reference_shape float8, reference_scale float8, reference_mean_years float8,
	units_in_service bigint, mean_remaining_life_years float8, remaining_life_basis text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH t AS MATERIALIZED (
	SELECT * FROM @extschema@.organisation_lifetables(as_of)
),
remaining AS (
	SELECT f.organisation, f.category, sum(f.quantity) AS units,
		sum(f.quantity * @extschema@.remaining_life(coalesce(t.fitted, f.reference_weibull), f.age_years))
			/ sum(f.quantity) AS mean_remaining
	FROM @extschema@.asset_facts(as_of) f
		JOIN t ON t.organisation = f.organisation AND t.category = f.category
	WHERE f.state <> 'retired'
	GROUP BY f.organisation, f.category
)
SELECT t.organisation, t.category, @extschema@.lives(t.lifetable), @extschema@.retirements(t.lifetable),
	@extschema@.km_median(t.lifetable),
	@extschema@.shape(t.fitted), @extschema@.scale(t.fitted), @extschema@.mean_life(t.fitted),
	@extschema@.shape(c.reference_weibull), @extschema@.scale(c.reference_weibull),
	@extschema@.mean_life(c.reference_weibull),
	coalesce(r.units, 0), r.mean_remaining,
	CASE WHEN r.units IS NULL THEN NULL
		 WHEN t.fitted IS NOT NULL THEN 'fitted'
		 WHEN c.reference_weibull IS NOT NULL THEN 'reference' END
FROM t
	LEFT JOIN @extschema@.category_defaults() c ON c.name = t.category
	LEFT JOIN remaining r ON r.organisation = t.organisation AND r.category = t.category
$function$;
COMMENT ON FUNCTION @extschema@.lifespan_by_category(date) IS 'per organisation and category as of a date: lives observed, Kaplan-Meier median, the Weibull fitted to the organisation''s own history, the category''s reference Weibull, and the mean remaining life of the units in service (from the fitted Weibull, else the reference one)';

-- replacement_forecast ---------------------------------------------------

CREATE FUNCTION @extschema@.replacement_forecast(as_of date)
RETURNS TABLE (
	organisation text, category text, year integer, period_start date, period_end date,
	expected_retirements float8, replacement_embodied_co2e_kg float8,
	replacement_critical_raw_materials_g float8, replacement_materials_g float8,
	lifetime_basis text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH t AS MATERIALIZED (
	-- materialized: inlined, weibull_fit() would run once per asset row
	SELECT * FROM @extschema@.organisation_lifetables(as_of)
),
periods AS (
	-- the rest of the current year, then each of the next five calendar years
	SELECT array_agg(((make_date(extract(year FROM as_of)::integer + k, 1, 1) - as_of) / 365.25)::float8
					 ORDER BY k) AS horizons
	FROM pg_catalog.generate_series(1, 6) k
),
sums AS (
	SELECT f.organisation, f.category,
		bool_or(t.fitted IS NOT NULL) AS fitted,
		@extschema@.expected_retirements(coalesce(t.fitted, f.reference_weibull), f.age_years,
			f.quantity, p.horizons) AS units,
		@extschema@.expected_retirements(coalesce(t.fitted, f.reference_weibull), f.age_years,
			f.quantity * f.embodied_kg_co2e, p.horizons) AS co2e,
		@extschema@.expected_retirements(coalesce(t.fitted, f.reference_weibull), f.age_years,
			f.quantity * @extschema@.critical_grams(f.composition), p.horizons) AS critical,
		@extschema@.expected_retirements(coalesce(t.fitted, f.reference_weibull), f.age_years,
			f.quantity * @extschema@.total_grams(f.composition), p.horizons) AS grams
	FROM @extschema@.asset_facts(as_of) f
		CROSS JOIN periods p
		LEFT JOIN t ON t.organisation = f.organisation AND t.category = f.category
	WHERE f.state <> 'retired'
	GROUP BY f.organisation, f.category
)
SELECT s.organisation, s.category, (extract(year FROM as_of)::integer + y.k - 1),
	CASE WHEN y.k = 1 THEN as_of ELSE make_date(extract(year FROM as_of)::integer + y.k - 1, 1, 1) END,
	make_date(extract(year FROM as_of)::integer + y.k - 1, 12, 31),
	s.units[y.k], s.co2e[y.k], s.critical[y.k], s.grams[y.k],
	CASE WHEN s.units IS NULL THEN NULL WHEN s.fitted THEN 'fitted' ELSE 'reference' END
FROM sums s, pg_catalog.generate_series(1, 6) y (k)
$function$;
COMMENT ON FUNCTION @extschema@.replacement_forecast(date) IS 'per organisation, category and calendar year (the rest of the current year, then the next five): expected retirements of the units in service, and the embodied CO2e and raw materials of like-for-like replacements; lifetimes from the Weibull fitted to the organisation''s history, else the category''s reference Weibull';

-- circularity_by_organisation --------------------------------------------

CREATE FUNCTION @extschema@.circularity_by_organisation(as_of date)
RETURNS TABLE (
	organisation text, units bigint, company_mci float8, mci_mass_kg float8,
	refurbished_share float8, retired_units bigint, reuse_share float8, recycling_share float8,
	unknown_share float8, landfill_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT f.organisation, sum(f.quantity),
	@extschema@.mci_weighted(f.mci, f.mass_kg * f.quantity),
	sum(f.mass_kg * f.quantity) FILTER (WHERE f.mci IS NOT NULL),
	coalesce(sum(f.quantity) FILTER (WHERE f.acquired = 'refurbished'), 0)::float8 / sum(f.quantity),
	coalesce(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0),
	coalesce(sum(f.quantity) FILTER (WHERE f.eol_route IN ('reuse', 'refurbishment')), 0)::float8
		/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0),
	coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'formal_recycling'), 0)::float8
		/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0),
	coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'informal_unknown'), 0)::float8
		/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0),
	coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'landfill'), 0)::float8
		/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0)
FROM @extschema@.asset_facts(as_of) f
GROUP BY f.organisation
$function$;
COMMENT ON FUNCTION @extschema@.circularity_by_organisation(date) IS 'per organisation as of a date: company-level MCI (the mass-weighted mean of the units'' MCI), share of units bought refurbished, and the shares of retired units that went to reuse or refurbishment, formal recycling, an unknown or informal route, and landfill';

-- criteria_compliance ----------------------------------------------------

CREATE FUNCTION @extschema@.criteria_compliance(as_of date)
RETURNS TABLE (
	organisation text, scheme text, level text, category text,
	models_meeting bigint, models_failing bigint, models_unknown bigint,
	units_meeting bigint, units_failing bigint, units_unknown bigint)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH models AS (
	SELECT f.organisation, f.category, f.model_id, sum(f.quantity) AS units
	FROM @extschema@.asset_facts(as_of) f
	WHERE f.state <> 'retired'
	GROUP BY f.organisation, f.category, f.model_id
),
judged AS (
	SELECT m.organisation, c.scheme, c.level, m.category, m.model_id, m.units,
		CASE WHEN m.model_id IS NOT NULL
			 THEN @extschema@.meets_criteria(pm.attributes, m.category, c.scheme, c.level) END AS meets
	FROM models m
		JOIN (SELECT DISTINCT cr.scheme, cr.level, cr.category FROM @extschema@.criterion cr) c
			ON c.category = m.category
		LEFT JOIN @extschema@.product_model pm ON pm.id = m.model_id
)
SELECT j.organisation, j.scheme, j.level, j.category,
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND j.meets),
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND NOT j.meets),
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND j.meets IS NULL),
	coalesce(sum(j.units) FILTER (WHERE j.meets), 0),
	coalesce(sum(j.units) FILTER (WHERE NOT j.meets), 0),
	coalesce(sum(j.units) FILTER (WHERE j.meets IS NULL), 0)
FROM judged j
GROUP BY j.organisation, j.scheme, j.level, j.category
$function$;
COMMENT ON FUNCTION @extschema@.criteria_compliance(date) IS 'per organisation, criteria scheme, level and category, over the units in service as of a date: models and units meeting every criterion, failing one, or unknown (a criterion''s attribute not declared, or no model known)';

-- life_extension_scenarios -----------------------------------------------

CREATE FUNCTION @extschema@.life_extension_scenarios(as_of date)
RETURNS TABLE (
	organisation text, category text, units_in_service bigint, baseline_life_years float8,
	baseline_basis text, annual_co2e_kg float8, co2e_saved_1y_kg float8, co2e_saved_2y_kg float8,
	materials_saved_1y_g float8, materials_saved_2y_g float8,
	critical_raw_materials_saved_1y_g float8, critical_raw_materials_saved_2y_g float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH baseline AS MATERIALIZED (
	-- how long the organisation keeps a unit now: the Kaplan-Meier median
	-- of its own history, else the category's reference lifespan
	SELECT c.name AS category, t.organisation,
		coalesce(@extschema@.km_median(t.lifetable), c.reference_life_years) AS life,
		CASE WHEN @extschema@.km_median(t.lifetable) IS NOT NULL THEN 'observed median'
			 WHEN c.reference_life_years IS NOT NULL THEN 'reference lifespan' END AS basis
	FROM @extschema@.organisation_lifetables(as_of) t
		JOIN @extschema@.category_defaults() c ON c.name = t.category
)
SELECT f.organisation, f.category, sum(f.quantity), b.life, b.basis,
	sum(f.quantity * @extschema@.annualised_co2e(f.embodied_kg_co2e, b.life,
			CASE WHEN f.state = 'in_use' THEN f.kwh_per_year ELSE 0 END, f.grid_kg_per_kwh)),
	-- a longer life spreads the same embodied emissions and raw materials
	-- over more years: E/L - E/(L + n) a year
	sum(f.quantity * f.embodied_kg_co2e * (1 / b.life - 1 / (b.life + 1))),
	sum(f.quantity * f.embodied_kg_co2e * (1 / b.life - 1 / (b.life + 2))),
	sum(f.quantity * @extschema@.total_grams(f.composition) * (1 / b.life - 1 / (b.life + 1))),
	sum(f.quantity * @extschema@.total_grams(f.composition) * (1 / b.life - 1 / (b.life + 2))),
	sum(f.quantity * @extschema@.critical_grams(f.composition) * (1 / b.life - 1 / (b.life + 1))),
	sum(f.quantity * @extschema@.critical_grams(f.composition) * (1 / b.life - 1 / (b.life + 2)))
FROM @extschema@.asset_facts(as_of) f
	LEFT JOIN baseline b ON b.organisation = f.organisation AND b.category = f.category
WHERE f.state <> 'retired'
GROUP BY f.organisation, f.category, b.life, b.basis
$function$;
COMMENT ON FUNCTION @extschema@.life_extension_scenarios(date) IS 'per organisation and category, for the units in service as of a date: the annual CO2e at today''s service life, and the CO2e, raw materials and critical raw materials saved per year if every unit were kept 1 or 2 years longer';

-- the views BI tools read: the reports as of today -----------------------

CREATE VIEW @extschema@.fleet_overview WITH (security_invoker = true) AS
SELECT r.organisation, r.category, r.units_in_use, r.units_in_stock, r.units_retired, r.mean_age_in_use_years, r.median_service_life_years, r.premature_share, r.annual_co2e_kg, r.units_without_co2e_figure, r.units_on_world_average_grid, r.critical_raw_materials_in_use_g
FROM @extschema@.fleet_overview(current_date) r;
COMMENT ON VIEW @extschema@.fleet_overview IS 'per organisation and device category: units in use, in stock and retired, ages, service lives, premature replacement, annual CO2e and critical raw materials in service (as of today; fleet_overview(as_of) for another date)';
COMMENT ON COLUMN @extschema@.fleet_overview.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.fleet_overview.category IS 'device category';
COMMENT ON COLUMN @extschema@.fleet_overview.units_in_use IS 'units in use (a line of quantity q counts q)';
COMMENT ON COLUMN @extschema@.fleet_overview.units_in_stock IS 'units owned and not in use';
COMMENT ON COLUMN @extschema@.fleet_overview.units_retired IS 'units retired';
COMMENT ON COLUMN @extschema@.fleet_overview.mean_age_in_use_years IS 'mean age of the units in use, years';
COMMENT ON COLUMN @extschema@.fleet_overview.median_service_life_years IS 'median service life of the retired units, years';
COMMENT ON COLUMN @extschema@.fleet_overview.premature_share IS 'share of retired units retired before the categorys reference lifespan (0 to 1)';
COMMENT ON COLUMN @extschema@.fleet_overview.annual_co2e_kg IS 'annual emissions of the units in service, kg CO2e per year: embodied spread over the years so far (at least one), plus electricity of the units in use';
COMMENT ON COLUMN @extschema@.fleet_overview.units_without_co2e_figure IS 'units in service left out of annual_co2e_kg for lack of an embodied or electricity figure';
COMMENT ON COLUMN @extschema@.fleet_overview.units_on_world_average_grid IS 'units in use whose country has no grid intensity: the world average was used';
COMMENT ON COLUMN @extschema@.fleet_overview.critical_raw_materials_in_use_g IS 'grams of EU 2023 critical raw materials in the units in service';
GRANT SELECT ON @extschema@.fleet_overview TO PUBLIC;

CREATE VIEW @extschema@.material_inventory WITH (security_invoker = true) AS
SELECT r.organisation, r.element, r.atomic_number, r.in_use_g, r.in_stock_g, r.retired_reuse_g, r.retired_refurbishment_g, r.retired_formal_recycling_g, r.retired_informal_unknown_g, r.retired_landfill_g, r.recovered_g, r.recoverable_in_service_g, r.crm_2023, r.strategic_2023, r.unverified_share
FROM @extschema@.material_inventory(current_date) r;
COMMENT ON VIEW @extschema@.material_inventory IS 'per organisation and chemical element: grams in use, in stock and retired by end-of-life route, recovered and recoverable grams, EU critical raw material flags, and how much rests on unverified reference data (as of today)';
COMMENT ON COLUMN @extschema@.material_inventory.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.material_inventory.element IS 'element symbol';
COMMENT ON COLUMN @extschema@.material_inventory.atomic_number IS 'atomic number';
COMMENT ON COLUMN @extschema@.material_inventory.in_use_g IS 'grams in units in use';
COMMENT ON COLUMN @extschema@.material_inventory.in_stock_g IS 'grams in units in stock';
COMMENT ON COLUMN @extschema@.material_inventory.retired_reuse_g IS 'grams in units retired to reuse';
COMMENT ON COLUMN @extschema@.material_inventory.retired_refurbishment_g IS 'grams in units retired to refurbishment';
COMMENT ON COLUMN @extschema@.material_inventory.retired_formal_recycling_g IS 'grams in units retired to formal recycling';
COMMENT ON COLUMN @extschema@.material_inventory.retired_informal_unknown_g IS 'grams in units retired by an informal or unknown route';
COMMENT ON COLUMN @extschema@.material_inventory.retired_landfill_g IS 'grams in units retired to landfill or incineration';
COMMENT ON COLUMN @extschema@.material_inventory.recovered_g IS 'grams of retired units recovered (or kept in use by reuse and refurbishment), by the recovery rates of their routes';
COMMENT ON COLUMN @extschema@.material_inventory.recoverable_in_service_g IS 'grams of the units in service that formal recycling would recover';
COMMENT ON COLUMN @extschema@.material_inventory.crm_2023 IS 'on the EU 2023 critical raw materials list';
COMMENT ON COLUMN @extschema@.material_inventory.strategic_2023 IS 'on the EU 2023 strategic raw materials list';
COMMENT ON COLUMN @extschema@.material_inventory.unverified_share IS 'share of the grams (0 to 1) resting on composition figures of confidence unverified';
GRANT SELECT ON @extschema@.material_inventory TO PUBLIC;

CREATE VIEW @extschema@.lifespan_by_category WITH (security_invoker = true) AS
SELECT r.organisation, r.category, r.observed_units, r.retired_units, r.km_median_years, r.fitted_shape, r.fitted_scale, r.fitted_mean_years, r.reference_shape, r.reference_scale, r.reference_mean_years, r.units_in_service, r.mean_remaining_life_years, r.remaining_life_basis
FROM @extschema@.lifespan_by_category(current_date) r;
COMMENT ON VIEW @extschema@.lifespan_by_category IS 'per organisation and device category: lives observed, Kaplan-Meier median, the Weibull fitted to the organisations own history beside the reference Weibull, and the mean remaining life of the units in service (as of today)';
COMMENT ON COLUMN @extschema@.lifespan_by_category.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.lifespan_by_category.category IS 'device category';
COMMENT ON COLUMN @extschema@.lifespan_by_category.observed_units IS 'units observed: retired, or in service and so censored';
COMMENT ON COLUMN @extschema@.lifespan_by_category.retired_units IS 'units retired';
COMMENT ON COLUMN @extschema@.lifespan_by_category.km_median_years IS 'Kaplan-Meier median service life, years (NULL while survival stays above 0.5)';
COMMENT ON COLUMN @extschema@.lifespan_by_category.fitted_shape IS 'shape k of the Weibull fitted to the organisations history (NULL when it cannot be fitted)';
COMMENT ON COLUMN @extschema@.lifespan_by_category.fitted_scale IS 'scale of the fitted Weibull, years';
COMMENT ON COLUMN @extschema@.lifespan_by_category.fitted_mean_years IS 'mean life of the fitted Weibull, years';
COMMENT ON COLUMN @extschema@.lifespan_by_category.reference_shape IS 'shape of the categorys reference (UNU) Weibull';
COMMENT ON COLUMN @extschema@.lifespan_by_category.reference_scale IS 'scale of the reference Weibull, years';
COMMENT ON COLUMN @extschema@.lifespan_by_category.reference_mean_years IS 'mean life of the reference Weibull, years (lifetime to discard, including storage and reuse)';
COMMENT ON COLUMN @extschema@.lifespan_by_category.units_in_service IS 'units in use or in stock';
COMMENT ON COLUMN @extschema@.lifespan_by_category.mean_remaining_life_years IS 'mean remaining life of the units in service, years';
COMMENT ON COLUMN @extschema@.lifespan_by_category.remaining_life_basis IS 'which Weibull the remaining life comes from: fitted or reference';
GRANT SELECT ON @extschema@.lifespan_by_category TO PUBLIC;

CREATE VIEW @extschema@.replacement_forecast WITH (security_invoker = true) AS
SELECT r.organisation, r.category, r.year, r.period_start, r.period_end, r.expected_retirements, r.replacement_embodied_co2e_kg, r.replacement_critical_raw_materials_g, r.replacement_materials_g, r.lifetime_basis
FROM @extschema@.replacement_forecast(current_date) r;
COMMENT ON VIEW @extschema@.replacement_forecast IS 'per organisation, device category and calendar year (the rest of this year and the next five): expected retirements and the embodied CO2e and raw materials of like-for-like replacements (as of today)';
COMMENT ON COLUMN @extschema@.replacement_forecast.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.replacement_forecast.category IS 'device category';
COMMENT ON COLUMN @extschema@.replacement_forecast.year IS 'calendar year';
COMMENT ON COLUMN @extschema@.replacement_forecast.period_start IS 'first day of the period (today for the current year)';
COMMENT ON COLUMN @extschema@.replacement_forecast.period_end IS 'last day of the period';
COMMENT ON COLUMN @extschema@.replacement_forecast.expected_retirements IS 'expected number of units retiring in the period';
COMMENT ON COLUMN @extschema@.replacement_forecast.replacement_embodied_co2e_kg IS 'embodied emissions of replacing them like for like, kg CO2e';
COMMENT ON COLUMN @extschema@.replacement_forecast.replacement_critical_raw_materials_g IS 'grams of EU 2023 critical raw materials in the replacements';
COMMENT ON COLUMN @extschema@.replacement_forecast.replacement_materials_g IS 'grams of the known element content of the replacements';
COMMENT ON COLUMN @extschema@.replacement_forecast.lifetime_basis IS 'which Weibull the forecast uses: fitted (the organisations history) or reference';
GRANT SELECT ON @extschema@.replacement_forecast TO PUBLIC;

CREATE VIEW @extschema@.circularity_by_organisation WITH (security_invoker = true) AS
SELECT r.organisation, r.units, r.company_mci, r.mci_mass_kg, r.refurbished_share, r.retired_units, r.reuse_share, r.recycling_share, r.unknown_share, r.landfill_share
FROM @extschema@.circularity_by_organisation(current_date) r;
COMMENT ON VIEW @extschema@.circularity_by_organisation IS 'per organisation: company-level Material Circularity Indicator, refurbished purchases and end-of-life routes (as of today)';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.units IS 'units registered (in service or retired)';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.company_mci IS 'company-level MCI: the mean of the units MCI weighted by mass (0 to 1)';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.mci_mass_kg IS 'mass the company MCI is weighted over, kg';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.refurbished_share IS 'share of units bought refurbished';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.retired_units IS 'units retired';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.reuse_share IS 'share of retired units that went to reuse or refurbishment';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.recycling_share IS 'share of retired units that went to formal recycling';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.unknown_share IS 'share of retired units that went by an informal or unknown route';
COMMENT ON COLUMN @extschema@.circularity_by_organisation.landfill_share IS 'share of retired units that went to landfill or incineration';
GRANT SELECT ON @extschema@.circularity_by_organisation TO PUBLIC;

CREATE VIEW @extschema@.criteria_compliance WITH (security_invoker = true) AS
SELECT r.organisation, r.scheme, r.level, r.category, r.models_meeting, r.models_failing, r.models_unknown, r.units_meeting, r.units_failing, r.units_unknown
FROM @extschema@.criteria_compliance(current_date) r;
COMMENT ON VIEW @extschema@.criteria_compliance IS 'per organisation, purchasing-criteria scheme, level and device category: models and units in service meeting, failing, or unknown (as of today)';
COMMENT ON COLUMN @extschema@.criteria_compliance.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.criteria_compliance.scheme IS 'criteria scheme (criterion.scheme)';
COMMENT ON COLUMN @extschema@.criteria_compliance.level IS 'criteria level (e.g. core, comprehensive, legal minimum)';
COMMENT ON COLUMN @extschema@.criteria_compliance.category IS 'device category';
COMMENT ON COLUMN @extschema@.criteria_compliance.models_meeting IS 'models meeting every criterion';
COMMENT ON COLUMN @extschema@.criteria_compliance.models_failing IS 'models failing at least one criterion';
COMMENT ON COLUMN @extschema@.criteria_compliance.models_unknown IS 'models that do not declare every attribute the criteria test';
COMMENT ON COLUMN @extschema@.criteria_compliance.units_meeting IS 'units in service of models meeting every criterion';
COMMENT ON COLUMN @extschema@.criteria_compliance.units_failing IS 'units in service of models failing a criterion';
COMMENT ON COLUMN @extschema@.criteria_compliance.units_unknown IS 'units in service of models with undeclared attributes, or without a model';
GRANT SELECT ON @extschema@.criteria_compliance TO PUBLIC;

CREATE VIEW @extschema@.life_extension_scenarios WITH (security_invoker = true) AS
SELECT r.organisation, r.category, r.units_in_service, r.baseline_life_years, r.baseline_basis, r.annual_co2e_kg, r.co2e_saved_1y_kg, r.co2e_saved_2y_kg, r.materials_saved_1y_g, r.materials_saved_2y_g, r.critical_raw_materials_saved_1y_g, r.critical_raw_materials_saved_2y_g
FROM @extschema@.life_extension_scenarios(current_date) r;
COMMENT ON VIEW @extschema@.life_extension_scenarios IS 'per organisation and device category: CO2e and raw materials saved per year if every unit in service were kept 1 or 2 years longer (as of today)';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.organisation IS 'organisation name';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.category IS 'device category';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.units_in_service IS 'units in use or in stock';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.baseline_life_years IS 'how long units are kept now, years';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.baseline_basis IS 'where the baseline comes from: observed median (Kaplan-Meier) or reference lifespan';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.annual_co2e_kg IS 'annual emissions at the baseline life, kg CO2e per year';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.co2e_saved_1y_kg IS 'embodied emissions saved per year by keeping every unit 1 year longer, kg CO2e';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.co2e_saved_2y_kg IS 'the same for 2 years longer';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.materials_saved_1y_g IS 'grams of raw materials (known element content) saved per year, 1 year longer';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.materials_saved_2y_g IS 'the same for 2 years longer';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.critical_raw_materials_saved_1y_g IS 'grams of EU 2023 critical raw materials saved per year, 1 year longer';
COMMENT ON COLUMN @extschema@.life_extension_scenarios.critical_raw_materials_saved_2y_g IS 'the same for 2 years longer';
GRANT SELECT ON @extschema@.life_extension_scenarios TO PUBLIC;
