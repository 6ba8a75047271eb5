-- the parts a kept unit may need (issue 14, item 2): a battery or another
-- part fitted when an organisation keeps its units longer, with the part's
-- embodied emissions, raw materials and cost, which replacement_options
-- charges to keeping.  circular_ict ships no row: no source it has read
-- gives a part's embodied emissions and cost for a device category (see
-- doc/reference.md#table-part_replacement), and a figure without a source
-- would read as a finding.  An organisation enters the figures of its
-- repair contract or a supplier's declaration, with their source.

CREATE TABLE @extschema@.part_replacement (
	category text NOT NULL CHECK (category ~ '^[a-z][a-z0-9_]*$' AND length(category) <= 60),
	part text NOT NULL CHECK (part ~ '^[a-z][a-z0-9_]*$' AND length(part) <= 60),
	embodied_kg_co2e float8 NOT NULL CHECK (embodied_kg_co2e >= 0 AND embodied_kg_co2e <= 100000),
	-- at most 100000 kg of elements, as the mass
	composition @extschema@.materials CHECK (@extschema@.total_grams(composition) <= 100000000),
	cost numeric CHECK (cost >= 0 AND cost <= 1000000),
	currency text CHECK (currency ~ '^[A-Z]{3}$'),
	source text NOT NULL CHECK (btrim(source) <> '' AND length(source) <= 1000),
	confidence text NOT NULL CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	note text,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (category, part, shipped),
	CHECK ((cost IS NULL) = (currency IS NULL))
);
COMMENT ON TABLE @extschema@.part_replacement IS 'the parts fitted to a unit an organisation keeps longer (a battery, say), one row per category and part: replacement_options charges each to keeping, once per kept unit. Shipped empty (no sourced figure); a user row (shipped = false) replaces a shipped row of the same category and part';
COMMENT ON COLUMN @extschema@.part_replacement.category IS 'device category (a name of device_category)';
COMMENT ON COLUMN @extschema@.part_replacement.part IS 'the part, a lower-case word: battery, display, keyboard …';
COMMENT ON COLUMN @extschema@.part_replacement.embodied_kg_co2e IS 'embodied emissions of one part, kg CO2e (0 to 100,000)';
COMMENT ON COLUMN @extschema@.part_replacement.composition IS 'element content of one part (its critical and strategic grams count against keeping); NULL: unknown';
COMMENT ON COLUMN @extschema@.part_replacement.cost IS 'cost of one part fitted, in currency; NULL: unknown (keeping''s cost is then unknown too)';
COMMENT ON COLUMN @extschema@.part_replacement.currency IS 'ISO 4217 code of the cost; given with the cost';
COMMENT ON COLUMN @extschema@.part_replacement.source IS 'where the figures come from (a publication, a repair contract, a supplier''s declaration)';
COMMENT ON COLUMN @extschema@.part_replacement.confidence IS 'confidence of the figures: verified, secondary, derived or unverified';
COMMENT ON COLUMN @extschema@.part_replacement.note IS 'how the figures were read or derived';
COMMENT ON COLUMN @extschema@.part_replacement.shipped IS 'true for rows shipped with the extension (none yet); user rows are false and survive pg_dump';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.part_replacement', 'WHERE NOT shipped');
GRANT SELECT ON @extschema@.part_replacement TO PUBLIC;

-- the parts of a category a kept unit gets: a user row replaces the shipped
-- row of the same part
CREATE FUNCTION @extschema@.category_parts(category text)
RETURNS TABLE (part text, embodied_kg_co2e float8, composition @extschema@.materials, cost numeric,
	currency text, source text, confidence text, shipped boolean)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT p.part, p.embodied_kg_co2e, p.composition, p.cost, p.currency, p.source, p.confidence, p.shipped
FROM @extschema@.part_replacement p
WHERE p.category OPERATOR(pg_catalog.=) $1
  AND NOT (p.shipped AND EXISTS (SELECT FROM @extschema@.part_replacement u
								 WHERE u.category OPERATOR(pg_catalog.=) p.category
								   AND u.part OPERATOR(pg_catalog.=) p.part AND NOT u.shipped))
$function$;
COMMENT ON FUNCTION @extschema@.category_parts(text) IS 'the parts (part_replacement) a kept unit of the category gets, a user row in place of the shipped row of the same part';
