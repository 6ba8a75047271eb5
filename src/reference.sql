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
--@data src/data/country.csv shipped=true
SELECT pg_catalog.pg_extension_config_dump('@extschema@.country', 'WHERE NOT shipped');

CREATE TABLE @extschema@.country_alias (
	alias text NOT NULL CHECK (btrim(alias) <> ''),
	iso3 text NOT NULL REFERENCES @extschema@.country (iso3),
	kind text NOT NULL,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (alias, shipped)
);
CREATE INDEX country_alias_lower ON @extschema@.country_alias (lower(alias));
COMMENT ON TABLE @extschema@.country_alias IS 'other names of countries accepted by the import, matched case-insensitively: official, common and French names (iso-codes 4.15.0), a few names in common usage (kind = usage), and the European countries'' own names (endonym) and their common German, Dutch, Spanish and Italian names (de, nl, es, it), added by circular_ict';
--@data src/data/country_alias.csv shipped=true
SELECT pg_catalog.pg_extension_config_dump('@extschema@.country_alias', 'WHERE NOT shipped');

CREATE TABLE @extschema@.grid_intensity (
	country text NOT NULL CHECK (country ~ '^[A-Z]{3}$'),
	kg_co2e_per_kwh float8 NOT NULL CHECK (kg_co2e_per_kwh >= 0 AND kg_co2e_per_kwh < 10),
	year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
	source text NOT NULL,
	confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	note text,
	shipped boolean NOT NULL DEFAULT false,
	boundary text,
	CONSTRAINT grid_intensity_pkey PRIMARY KEY (country, year, shipped)
);
COMMENT ON TABLE @extschema@.grid_intensity IS 'carbon intensity of electricity per country (iso3) and year, plus WOR (world, generation-weighted: the fallback for a country without a row) and EEE (Europe); grid_intensity_for(year) picks the row a year uses';
COMMENT ON COLUMN @extschema@.grid_intensity.kg_co2e_per_kwh IS 'kg CO2e per kWh of electricity';
COMMENT ON COLUMN @extschema@.grid_intensity.year IS 'the year the figure is for';
COMMENT ON COLUMN @extschema@.grid_intensity.boundary IS 'what the figure counts: life-cycle or direct combustion, consumption- or generation-based (location-based always); NULL: not stated';
--@data src/data/grid_intensity.csv shipped=true
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
--@data src/data/device_category_figure.csv shipped=true
SELECT pg_catalog.pg_extension_config_dump('@extschema@.device_category_figure', 'WHERE NOT shipped');

CREATE TABLE @extschema@.device_category (
	-- at most 60 characters, as an asset's category (src/fleet.sql)
	name text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_]*$' AND length(name) <= 60),
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
--@include src/reference_category_rows.sql

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
--@data src/data/category_element.csv shipped=true
SELECT pg_catalog.pg_extension_config_dump('@extschema@.category_element', 'WHERE NOT shipped');

CREATE TABLE @extschema@.category_alias (
	alias text NOT NULL CHECK (btrim(alias) <> ''),
	category text NOT NULL,
	note text,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (alias, shipped)
);
COMMENT ON TABLE @extschema@.category_alias IS 'names the import accepts for a category, matched case-insensitively besides the category names themselves: NumEcoEval/G4IT equipment types and common English and French names; users add their own';
--@data src/data/category_alias.csv shipped=true
SELECT pg_catalog.pg_extension_config_dump('@extschema@.category_alias', 'WHERE NOT shipped');

-- end of life ----------------------------------------------------------

CREATE TABLE @extschema@.recovery_rate (
	element text NOT NULL,
	route text NOT NULL CHECK (route IN ('reuse', 'refurbishment', 'formal_recycling',
										 'formal_recycling_shredder', 'informal_unknown', 'landfill')),
	fraction float8 CHECK (fraction BETWEEN 0 AND 1),
	source text,
	confidence text CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	note text,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (element, route, shipped),
	CHECK (fraction IS NULL OR (source IS NOT NULL AND confidence IS NOT NULL))
);
COMMENT ON TABLE @extschema@.recovery_rate IS 'fraction of an element recovered (or, for reuse and refurbishment, kept in use) when a device leaves by an end-of-life route; a row without a fraction records that the research has none (the element then counts as not recovered)';
COMMENT ON COLUMN @extschema@.recovery_rate.route IS 'end-of-life route: an asset''s eol_route (formal_recycling is the ICT route, batteries and circuit boards removed before shredding as WEEE Annex VII requires), or formal_recycling_shredder, the shredder-first chain of mixed small WEEE, shown for comparison and never picked by the reports';
--@data src/data/recovery_rate.csv shipped=true
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
-- category_defaults() written out: a view over a SQL function cannot be
-- planned by Citus (distribute()), a view over the table can
FROM (SELECT DISTINCT ON (d.name) d.* FROM @extschema@.device_category d ORDER BY d.name, d.shipped) c;
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
	@extschema@.country_lookup, @extschema@.category_lookup
	TO PUBLIC;
