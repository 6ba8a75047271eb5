-- the yearly disclosures' sums per reporting period in one pass over an
-- organisation's assets (src/period_sums.c): each aggregate takes the
-- organisation's periods (their starts and ends, the same on every row of
-- a group, in the order of the reporting years) and one row per asset, and
-- gives one row per period; ghg_ict_emissions, esrs_e5_ict and
-- pact_indicators (src/disclosures.sql) read them

CREATE TYPE @extschema@.ghg_period_sums_row AS (
	period integer,
	units_bought float8,
	embodied_bought float8,
	embodied_bought_defaulted float8,
	units_bought_without_embodied float8,
	embodied_amortised float8,
	kwh float8,
	kwh_defaulted float8,
	units_in_use float8,
	units_in_use_without_kwh float8
);
COMMENT ON TYPE @extschema@.ghg_period_sums_row IS 'one reporting period''s GHG Protocol sums (ghg_period_sums): the period''s place (1 for the first), then the units and kg CO2e bought, the part of that on category defaults, the units bought without an embodied figure, the embodied kg CO2e amortised into the period, the kWh in use, the part of it on defaults, the units in use and those of them without a kWh figure; NULL where no asset gave a value';

CREATE TYPE @extschema@.esrs_period_sums_row AS (
	period integer,
	units_bought float8,
	mass_bought float8,
	mass_refurbished float8,
	recycled_mass float8,
	recycled_known_mass float8,
	units_retired float8,
	mass_retired float8,
	reuse float8,
	refurbishment float8,
	recycling float8,
	unknown_route float8,
	landfill float8,
	life_retired float8,
	reference_retired float8,
	units_retired_with_life float8,
	critical_retired float8,
	mass_defaulted float8
);
COMMENT ON TYPE @extschema@.esrs_period_sums_row IS 'one reporting period''s ESRS E5 sums (esrs_period_sums): the period''s place (1 for the first), then the units and kg bought, refurbished, of declared recycled content (recycled and known kg), the units and kg retired and the kg by route, the unit-years of service life and of reference lifespan of the units retired with a reference lifespan and their number, the grams of critical raw materials retired, and the kg bought or retired on category defaults; NULL where no asset gave a value';

CREATE TYPE @extschema@.pact_period_sums_row AS (
	period integer,
	in_service_at_end float8,
	units_bought float8,
	refurbished float8,
	units_retired float8,
	reused float8
);
COMMENT ON TYPE @extschema@.pact_period_sums_row IS 'one reporting period''s counts for the Circular and Fair ICT Pact (pact_period_sums): the period''s place (1 for the first), then the units in service at its end, bought, bought refurbished, retired, and retired to reuse or refurbishment; NULL where no asset gave a value';

CREATE FUNCTION @extschema@.ghg_period_sums_add(bytea, date[], date[], date, date, date, boolean, float8, integer,
	float8, text, float8, float8, float8) RETURNS bytea
	AS 'MODULE_PATHNAME', 'ghg_period_sums_add'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ghg_period_sums_add(bytea, date[], date[], date, date, date, boolean, float8, integer,
	float8, text, float8, float8, float8) IS 'transition function of ghg_period_sums';

CREATE FUNCTION @extschema@.esrs_period_sums_add(bytea, date[], date[], date, date, integer, float8, float8, text,
	float8, text, float8, float8) RETURNS bytea
	AS 'MODULE_PATHNAME', 'esrs_period_sums_add'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.esrs_period_sums_add(bytea, date[], date[], date, date, integer, float8, float8, text,
	float8, text, float8, float8) IS 'transition function of esrs_period_sums';

CREATE FUNCTION @extschema@.pact_period_sums_add(bytea, date[], date[], date, date, boolean, integer, text, text)
	RETURNS bytea
	AS 'MODULE_PATHNAME', 'pact_period_sums_add'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pact_period_sums_add(bytea, date[], date[], date, date, boolean, integer, text, text)
	IS 'transition function of pact_period_sums';

CREATE FUNCTION @extschema@.period_sums_combine(bytea, bytea) RETURNS bytea
	AS 'MODULE_PATHNAME', 'period_sums_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.period_sums_combine(bytea, bytea) IS 'combine function of ghg_period_sums, esrs_period_sums and pact_period_sums';

-- one C final function, declared once per row type (it builds the rows of
-- the type it is declared to return)
CREATE FUNCTION @extschema@.ghg_period_sums_final(bytea) RETURNS @extschema@.ghg_period_sums_row[]
	AS 'MODULE_PATHNAME', 'period_sums_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ghg_period_sums_final(bytea) IS 'final function of ghg_period_sums';
CREATE FUNCTION @extschema@.esrs_period_sums_final(bytea) RETURNS @extschema@.esrs_period_sums_row[]
	AS 'MODULE_PATHNAME', 'period_sums_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.esrs_period_sums_final(bytea) IS 'final function of esrs_period_sums';
CREATE FUNCTION @extschema@.pact_period_sums_final(bytea) RETURNS @extschema@.pact_period_sums_row[]
	AS 'MODULE_PATHNAME', 'period_sums_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pact_period_sums_final(bytea) IS 'final function of pact_period_sums';

CREATE AGGREGATE @extschema@.ghg_period_sums(starts date[], ends date[], as_of date, purchased date, retired date,
	in_stock boolean, reference_life_years float8, quantity integer, embodied_kg_co2e float8, acquired text,
	category_embodied_kg_co2e float8, kwh_per_year float8, category_kwh_per_year float8) (
	SFUNC = @extschema@.ghg_period_sums_add,
	STYPE = bytea,
	FINALFUNC = @extschema@.ghg_period_sums_final,
	COMBINEFUNC = @extschema@.period_sums_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ghg_period_sums(date[], date[], date, date, date, boolean, float8, integer, float8,
	text, float8, float8, float8) IS 'per reporting period (starts, ends: the same on every row of a group), the GHG Protocol sums of the assets that touch it (bought before its end, not retired before its start), one asset per row as of a date: its embodied emissions and kWh per year (its own or its model''s, else its category''s: the embodied ones only of a unit acquired new) and its reference lifespan (asset_period_figures); ghg_ict_emissions reads it, per organisation and country';

CREATE AGGREGATE @extschema@.esrs_period_sums(starts date[], ends date[], purchased date, retired date,
	quantity integer, mass_kg float8, category_mass_kg float8, acquired text, recycled_content float8,
	eol_route text, reference_life_years float8, critical_grams float8) (
	SFUNC = @extschema@.esrs_period_sums_add,
	STYPE = bytea,
	FINALFUNC = @extschema@.esrs_period_sums_final,
	COMBINEFUNC = @extschema@.period_sums_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.esrs_period_sums(date[], date[], date, date, integer, float8, float8, text,
	float8, text, float8, float8) IS 'per reporting period (starts, ends: the same on every row of a group), the ESRS E5 sums of the assets bought or retired in it, one asset per row: its mass (its own or its model''s, else its category''s), recycled content, route, reference lifespan and critical raw material grams (asset_period_figures; the service life of a unit retired is (retired - purchased) / 365.25, as service_years); esrs_e5_ict reads it';

CREATE AGGREGATE @extschema@.pact_period_sums(starts date[], ends date[], purchased date, retired date,
	in_stock boolean, quantity integer, acquired text, eol_route text) (
	SFUNC = @extschema@.pact_period_sums_add,
	STYPE = bytea,
	FINALFUNC = @extschema@.pact_period_sums_final,
	COMBINEFUNC = @extschema@.period_sums_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.pact_period_sums(date[], date[], date, date, boolean, integer, text, text) IS 'per reporting period (starts, ends: the same on every row of a group), the units in service at its end, bought, bought refurbished, retired, and retired to reuse or refurbishment, one asset per row; pact_indicators reads it';
