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
