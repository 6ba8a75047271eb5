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
