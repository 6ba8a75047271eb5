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
	crm_component text CHECK (crm_component IN ('battery', 'chip')),
	strategic_component text CHECK (strategic_component IN ('battery', 'chip')),
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
COMMENT ON COLUMN @extschema@.raw_material.crm_component IS 'where the critical list names a grade or form of the element (nickel battery grade, silicon metal, natural graphite): the component of a device that holds it (battery, chip); critical_grams does not count the element from a materials value, which does not say where its grams sit. NULL: the element counts wherever it is';
COMMENT ON COLUMN @extschema@.raw_material.strategic_component IS 'as crm_component, for the strategic list (nickel, manganese and graphite of battery grade, silicon metal)';
COMMENT ON COLUMN @extschema@.raw_material.shipped IS 'true for rows shipped with the extension; a user''s row (false) of the same element wins';

--@data src/data/raw_material.csv shipped=true

-- pg_dump keeps the user's rows; the shipped ones come with the extension
SELECT pg_catalog.pg_extension_config_dump('@extschema@.raw_material', 'WHERE NOT shipped');

GRANT SELECT ON @extschema@.element, @extschema@.raw_material TO PUBLIC;

-- weighing a materials value with the table

CREATE FUNCTION @extschema@.critical_grams(@extschema@.materials) RETURNS float8
	AS 'MODULE_PATHNAME', 'critical_grams' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.critical_grams(@extschema@.materials) IS 'grams of the elements on the EU 2023 critical raw materials list (raw_material.crm_2023), except those the list names only in a grade or form a component holds (raw_material.crm_component: battery-grade nickel, silicon metal, natural graphite)';

CREATE FUNCTION @extschema@.strategic_grams(@extschema@.materials) RETURNS float8
	AS 'MODULE_PATHNAME', 'strategic_grams' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.strategic_grams(@extschema@.materials) IS 'grams of the elements on the EU 2023 strategic raw materials list (raw_material.strategic_2023), except those the list names only in a grade or form a component holds (raw_material.strategic_component)';

CREATE FUNCTION @extschema@.adp(m @extschema@.materials, method text DEFAULT 'EF3.1') RETURNS float8
	AS 'MODULE_PATHNAME', 'adp' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.adp(@extschema@.materials, text) IS 'abiotic depletion potential (elements) in kg Sb-eq, method EF3.1 or CML-IA; elements without a factor count 0 (see adp_uncharacterised_grams)';

CREATE FUNCTION @extschema@.adp_uncharacterised_grams(m @extschema@.materials, method text DEFAULT 'EF3.1') RETURNS float8
	AS 'MODULE_PATHNAME', 'adp_uncharacterised_grams' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.adp_uncharacterised_grams(@extschema@.materials, text) IS 'grams of the elements that adp() counts as 0 because the method has no factor for them';
