-- device figures by vintage (issue 12, item 3): a category's mass, embodied
-- emissions and electricity use per purchase-year band, so that a 2024
-- laptop is not given a 2005 laptop's mass, and the function that picks the
-- figures one purchase date uses
--
-- A band's NULL figure is one no source gives for that band: the category's
-- all-years figure (device_category_effective) applies.  The shipped bands
-- are in src/data/device_category_vintage.csv, each row with its source;
-- doc/reference.md#device-figures-by-vintage says how they were derived.

CREATE TABLE @extschema@.device_category_vintage (
	category text NOT NULL CHECK (category ~ '^[a-z][a-z0-9_]*$'),
	first_year integer NOT NULL CHECK (first_year BETWEEN 1990 AND 2100),
	last_year integer CHECK (last_year >= first_year AND last_year <= 2100),
	typical_mass_kg float8 CHECK (typical_mass_kg > 0 AND typical_mass_kg < 'Infinity'),
	embodied_kg_co2e float8 CHECK (embodied_kg_co2e >= 0 AND embodied_kg_co2e < 'Infinity'),
	kwh_per_year float8 CHECK (kwh_per_year >= 0 AND kwh_per_year < 'Infinity'),
	source text CHECK (btrim(source) <> ''),
	confidence text CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	note text,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (category, first_year, shipped),
	CHECK ((typical_mass_kg IS NULL AND embodied_kg_co2e IS NULL AND kwh_per_year IS NULL)
		   OR (source IS NOT NULL AND confidence IS NOT NULL))
);
COMMENT ON TABLE @extschema@.device_category_vintage IS 'device figures per category and purchase-year band; a NULL figure is one no source gives for the band (the category''s all-years figure applies). A category''s user rows (shipped = false) replace its shipped bands; the bands of one set never overlap. device_category_for(category, purchased) picks the figures a purchase date uses';
COMMENT ON COLUMN @extschema@.device_category_vintage.category IS 'device category (a name of device_category)';
COMMENT ON COLUMN @extschema@.device_category_vintage.first_year IS 'first purchase year of the band';
COMMENT ON COLUMN @extschema@.device_category_vintage.last_year IS 'last purchase year of the band; NULL: open (every later year)';
COMMENT ON COLUMN @extschema@.device_category_vintage.typical_mass_kg IS 'typical mass of one unit bought in the band, kg; NULL: no source for the band';
COMMENT ON COLUMN @extschema@.device_category_vintage.embodied_kg_co2e IS 'embodied (non-use) emissions of one unit bought in the band, kg CO2e; NULL: no source for the band';
COMMENT ON COLUMN @extschema@.device_category_vintage.kwh_per_year IS 'electricity use of one unit bought in the band, kWh per year; NULL: no source for the band';
COMMENT ON COLUMN @extschema@.device_category_vintage.source IS 'the publication or repository (path and commit) the band''s figures come from';
COMMENT ON COLUMN @extschema@.device_category_vintage.confidence IS 'confidence of the band''s figures';
COMMENT ON COLUMN @extschema@.device_category_vintage.note IS 'how the figures were read (n, spread, which rows) or why the band has none';
COMMENT ON COLUMN @extschema@.device_category_vintage.shipped IS 'true for rows shipped with the extension; user rows are false and survive pg_dump';

-- the bands of one category and one set (the shipped rows, or the user's)
-- cover each year at most once.  Once per statement over the rows it wrote;
-- the table lock makes concurrent writers take turns, so that two of them
-- cannot each add one half of an overlap.
CREATE FUNCTION @extschema@.device_category_vintage_check() RETURNS trigger
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	bad record;
BEGIN
	-- the relation the trigger fires on: the table, or on a Citus cluster
	-- (distribute()) each node's copy of the reference table, which holds
	-- every row (naming the table there would be a distributed query)
	EXECUTE pg_catalog.format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', TG_RELID::regclass);
	EXECUTE pg_catalog.format($q$
		SELECT n.category, n.shipped,
			   n.first_year || '-' || coalesce(n.last_year::text, '') AS band,
			   o.first_year || '-' || coalesce(o.last_year::text, '') AS other
		FROM device_category_vintage_rows n
			JOIN %s o
				ON o.category = n.category AND o.shipped = n.shipped AND o.first_year <> n.first_year
				   AND int4range(o.first_year, o.last_year, '[]') && int4range(n.first_year, n.last_year, '[]')
		ORDER BY n.category, n.first_year, o.first_year
		LIMIT 1$q$, TG_RELID::regclass)
	INTO bad;
	IF bad.category IS NOT NULL THEN
		RAISE EXCEPTION 'the band % of device category "%" overlaps its band %', bad.band, bad.category, bad.other
			USING ERRCODE = 'exclusion_violation',
				  DETAIL = format('Each year of a category falls in at most one of its %s bands.',
								  CASE WHEN bad.shipped THEN 'shipped' ELSE 'user''s' END),
				  HINT = 'Change or delete the other band first (last_year NULL is an open band).';
	END IF;
	RETURN NULL;
END
$function$;
COMMENT ON FUNCTION @extschema@.device_category_vintage_check() IS 'statement trigger of device_category_vintage: refuses a band that overlaps another band of the same category and set (shipped or user rows)';
CREATE TRIGGER device_category_vintage_check_insert AFTER INSERT ON @extschema@.device_category_vintage
	REFERENCING NEW TABLE AS device_category_vintage_rows FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.device_category_vintage_check();
CREATE TRIGGER device_category_vintage_check_update AFTER UPDATE ON @extschema@.device_category_vintage
	REFERENCING NEW TABLE AS device_category_vintage_rows FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.device_category_vintage_check();

--@data src/data/device_category_vintage.csv shipped=true
SELECT pg_catalog.pg_extension_config_dump('@extschema@.device_category_vintage', 'WHERE NOT shipped');

-- the arguments of device_category_for: a category that exists and a
-- finite date (NULL: no band).  STABLE, so device_category_for stays
-- inlinable; it runs once per call, before any row is read.
CREATE FUNCTION @extschema@.device_category_for_arguments(category text, purchased date) RETURNS boolean
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $function$
BEGIN
	IF category IS NULL THEN
		RAISE EXCEPTION 'device_category_for: the category must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF NOT EXISTS (SELECT FROM @extschema@.device_category d WHERE d.name = category) THEN
		RAISE EXCEPTION 'device_category_for: unknown device category "%"', category
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'The categories are the names in circular_ict.device_category_effective.';
	END IF;
	IF NOT isfinite(purchased) THEN
		RAISE EXCEPTION 'device_category_for: the purchase date must be a finite date, not %', purchased
			USING ERRCODE = 'datetime_field_overflow';
	END IF;
	RETURN true;
END
$function$;
COMMENT ON FUNCTION @extschema@.device_category_for_arguments(text, date) IS 'checks the arguments of device_category_for: a category of device_category and a finite purchase date (or NULL)';

-- the figures one purchase date uses, per figure the first that has one of:
-- the user's band, the user's category row, the shipped band, the shipped
-- category row (a category's user bands replace its shipped bands).  A
-- NULL purchase date has no band: the category's figures.  Each figure
-- says whether it came from the band or from the category, and its source
-- (a shipped category figure's in device_category_figure).
CREATE FUNCTION @extschema@.device_category_for(category text, purchased date)
RETURNS TABLE (purchase_year integer, band_first_year integer, band_last_year integer, band_shipped boolean,
	typical_mass_kg float8, typical_mass_from text, typical_mass_source text,
	embodied_kg_co2e float8, embodied_from text, embodied_source text,
	kwh_per_year float8, kwh_from text, kwh_source text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT y.purchase_year, b.first_year, b.last_year, b.shipped,
	CASE WHEN x.mass_band THEN b.typical_mass_kg ELSE c.typical_mass_kg END,
	CASE WHEN x.mass_band THEN 'band' WHEN c.typical_mass_kg IS NOT NULL THEN 'category' END,
	CASE WHEN x.mass_band THEN b.source WHEN c.typical_mass_kg IS NULL THEN NULL
		 WHEN NOT c.shipped THEN c.source
		 ELSE (SELECT f.source FROM @extschema@.device_category_figure f
			   WHERE f.category OPERATOR(pg_catalog.=) $1 AND f.figure OPERATOR(pg_catalog.=) 'typical_mass_kg'
				 AND f.shipped) END,
	CASE WHEN x.embodied_band THEN b.embodied_kg_co2e ELSE c.embodied_kg_co2e END,
	CASE WHEN x.embodied_band THEN 'band' WHEN c.embodied_kg_co2e IS NOT NULL THEN 'category' END,
	CASE WHEN x.embodied_band THEN b.source WHEN c.embodied_kg_co2e IS NULL THEN NULL
		 WHEN NOT c.shipped THEN c.source
		 ELSE (SELECT f.source FROM @extschema@.device_category_figure f
			   WHERE f.category OPERATOR(pg_catalog.=) $1 AND f.figure OPERATOR(pg_catalog.=) 'embodied_kg_co2e'
				 AND f.shipped) END,
	CASE WHEN x.kwh_band THEN b.kwh_per_year ELSE c.kwh_per_year END,
	CASE WHEN x.kwh_band THEN 'band' WHEN c.kwh_per_year IS NOT NULL THEN 'category' END,
	CASE WHEN x.kwh_band THEN b.source WHEN c.kwh_per_year IS NULL THEN NULL
		 WHEN NOT c.shipped THEN c.source
		 ELSE (SELECT f.source FROM @extschema@.device_category_figure f
			   WHERE f.category OPERATOR(pg_catalog.=) $1 AND f.figure OPERATOR(pg_catalog.=) 'kwh_per_year'
				 AND f.shipped) END
FROM (SELECT @extschema@.device_category_for_arguments($1, $2) AS ok,
			 CASE WHEN pg_catalog.isfinite($2) THEN pg_catalog.date_part('year', $2)::integer END AS purchase_year) y
	CROSS JOIN @extschema@.category_defaults() c
	LEFT JOIN LATERAL (
		SELECT v.first_year, v.last_year, v.shipped, v.typical_mass_kg, v.embodied_kg_co2e, v.kwh_per_year, v.source
		FROM @extschema@.device_category_vintage v
		WHERE v.category OPERATOR(pg_catalog.=) $1
		  AND v.first_year OPERATOR(pg_catalog.<=) y.purchase_year
		  AND (v.last_year IS NULL OR v.last_year OPERATOR(pg_catalog.>=) y.purchase_year)
		  AND NOT (v.shipped AND EXISTS (SELECT FROM @extschema@.device_category_vintage u
										 WHERE u.category OPERATOR(pg_catalog.=) $1 AND NOT u.shipped))
		ORDER BY v.shipped
		LIMIT 1) b ON true
	-- a band's figure counts unless it is shipped and the user's category
	-- row has that figure
	CROSS JOIN LATERAL (SELECT
		b.typical_mass_kg IS NOT NULL AND (NOT b.shipped OR c.shipped OR c.typical_mass_kg IS NULL) AS mass_band,
		b.embodied_kg_co2e IS NOT NULL AND (NOT b.shipped OR c.shipped OR c.embodied_kg_co2e IS NULL) AS embodied_band,
		b.kwh_per_year IS NOT NULL AND (NOT b.shipped OR c.shipped OR c.kwh_per_year IS NULL) AS kwh_band) x
-- (coalesce: a NULL category must not fold the query to no row before the
-- arguments' check has run)
WHERE y.ok AND c.name OPERATOR(pg_catalog.=) coalesce($1, '')
$function$;
COMMENT ON FUNCTION @extschema@.device_category_for(text, date) IS 'the mass, embodied emissions and electricity use a unit of the category bought on the date counts: per figure the user''s band, else the user''s category row, else the shipped band, else the shipped category row (device_category_vintage, device_category_effective), with the band (first and last year; NULL: none) and, per figure, where it came from (band or category) and its source. A NULL date has no band; an unknown or NULL category and an infinite date are errors';

GRANT SELECT ON @extschema@.device_category_vintage TO PUBLIC;

-- the confidence of what rests on several figures (issue 12, item 7): a
-- report's figure is as weak as the weakest reference figure it reads
-- (VARIADIC "any": the arguments are passed as they are, without an array
-- built for every call; src/confidence.c checks that they are text)
CREATE FUNCTION @extschema@.weakest_confidence(VARIADIC confidences "any") RETURNS text
	AS 'MODULE_PATHNAME', 'weakest_confidence'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weakest_confidence("any") IS 'the weakest of the confidences given, each a text (unverified, then derived, secondary, verified; VARIADIC with a text array: its elements); NULLs are skipped, NULL when none is given; any other word is an error';

-- the confidence of each default figure of every category (issue 12, item
-- 7): a shipped row's figures each have their own (device_category_figure),
-- a user's row has one for all its figures (device_category.confidence);
-- NULL where the category has no such figure
CREATE FUNCTION @extschema@.category_figure_confidence()
RETURNS TABLE (category text, typical_mass text, embodied text, kwh text, reference_life text,
	reference_weibull text, recycled_content text, collection text, recycling_efficiency text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT c.name,
	CASE WHEN c.typical_mass_kg IS NOT NULL THEN coalesce(f.typical_mass, c.confidence) END,
	CASE WHEN c.embodied_kg_co2e IS NOT NULL THEN coalesce(f.embodied, c.confidence) END,
	CASE WHEN c.kwh_per_year IS NOT NULL THEN coalesce(f.kwh, c.confidence) END,
	CASE WHEN c.reference_life_years IS NOT NULL THEN coalesce(f.reference_life, c.confidence) END,
	CASE WHEN c.reference_weibull IS NOT NULL THEN coalesce(f.reference_weibull, c.confidence) END,
	CASE WHEN c.recycled_content IS NOT NULL THEN coalesce(f.recycled_content, c.confidence) END,
	CASE WHEN c.reuse_collection IS NOT NULL OR c.recycling_collection IS NOT NULL
		 THEN coalesce(f.collection, c.confidence) END,
	CASE WHEN c.recycling_efficiency IS NOT NULL THEN coalesce(f.recycling_efficiency, c.confidence) END
FROM @extschema@.category_defaults() c
	-- a shipped row's figures (a figure without its own row takes the row's
	-- confidence, the weakest of its figures)
	LEFT JOIN (
		SELECT x.category,
			min(x.confidence) FILTER (WHERE x.figure = 'typical_mass_kg') AS typical_mass,
			min(x.confidence) FILTER (WHERE x.figure = 'embodied_kg_co2e') AS embodied,
			min(x.confidence) FILTER (WHERE x.figure = 'kwh_per_year') AS kwh,
			min(x.confidence) FILTER (WHERE x.figure = 'reference_lifespan_years') AS reference_life,
			@extschema@.weakest_confidence(min(x.confidence) FILTER (WHERE x.figure = 'weibull_shape'),
										   min(x.confidence) FILTER (WHERE x.figure = 'weibull_scale'))
				AS reference_weibull,
			min(x.confidence) FILTER (WHERE x.figure = 'recycled_content_fraction') AS recycled_content,
			@extschema@.weakest_confidence(
				min(x.confidence) FILTER (WHERE x.figure = 'reuse_collection_fraction'),
				min(x.confidence) FILTER (WHERE x.figure = 'recycling_collection_fraction')) AS collection,
			min(x.confidence) FILTER (WHERE x.figure = 'recycling_efficiency') AS recycling_efficiency
		FROM @extschema@.device_category_figure x
		WHERE x.shipped AND x.value IS NOT NULL
		GROUP BY x.category
	) f ON c.shipped AND f.category = c.name
$function$;
COMMENT ON FUNCTION @extschema@.category_figure_confidence() IS 'per device category (category_defaults: the user''s row, else the shipped row), the confidence of each of its default figures: a shipped figure''s own (device_category_figure), a user''s row''s for all its figures; the reference Weibull''s is the weaker of its shape''s and scale''s, the collection''s the weaker of the reuse and recycling fractions''; NULL where the category has no such figure';

-- the default figures of every category for every purchase year, as one
-- table the reports join once on (category, year): the lookup of
-- device_category_for for every year at once, with the category's other
-- defaults (category_defaults) beside the three figures, so that a report
-- needs one join for all of them.  The years run from 1989 to 2101: a
-- purchase year before 1990 falls in no band (vintage_year gives 1989), one
-- after 2100 only in an open band (2101).  Per figure the same rule as
-- device_category_for: the user's band, else the user's category row, else
-- the shipped band, else the shipped category row (a category's user bands
-- replace its shipped bands).  No subquery a report would run per asset:
-- a join of about a thousand rows (DISTINCT ON: unique on the key, so that
-- a report that reads none of its columns loses the join).
CREATE FUNCTION @extschema@.vintage_year(purchased date) RETURNS integer
	AS 'MODULE_PATHNAME', 'vintage_year'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vintage_year(date) IS 'the purchase year of a date as category_vintage_defaults is keyed: 1989 for every year before 1990 (no band) and for -infinity, 2101 for every year after 2100 (open bands only) and for infinity; NULL for NULL';

CREATE FUNCTION @extschema@.category_vintage_defaults()
RETURNS TABLE (name text, purchase_year integer, band_first_year integer, band_last_year integer,
	typical_mass_kg float8, typical_mass_from text, embodied_kg_co2e float8, embodied_from text,
	kwh_per_year float8, kwh_from text, reference_weibull @extschema@.weibull,
	reference_life_years float8, recycled_content float8, reuse_collection float8,
	recycling_collection float8, recycling_efficiency float8, typical_mass_confidence text,
	embodied_confidence text, kwh_confidence text, reference_life_confidence text,
	reference_weibull_confidence text, recycled_content_confidence text, collection_confidence text,
	recycling_efficiency_confidence text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT DISTINCT ON (c.name, y.year) c.name, y.year, b.first_year, b.last_year,
	CASE WHEN x.mass_band THEN b.typical_mass_kg ELSE c.typical_mass_kg END,
	CASE WHEN x.mass_band THEN 'band' WHEN c.typical_mass_kg IS NOT NULL THEN 'category' END,
	CASE WHEN x.embodied_band THEN b.embodied_kg_co2e ELSE c.embodied_kg_co2e END,
	CASE WHEN x.embodied_band THEN 'band' WHEN c.embodied_kg_co2e IS NOT NULL THEN 'category' END,
	CASE WHEN x.kwh_band THEN b.kwh_per_year ELSE c.kwh_per_year END,
	CASE WHEN x.kwh_band THEN 'band' WHEN c.kwh_per_year IS NOT NULL THEN 'category' END,
	c.reference_weibull, c.reference_life_years, c.recycled_content, c.reuse_collection,
	c.recycling_collection, c.recycling_efficiency,
	-- each figure's confidence: the band's, else the category figure's
	CASE WHEN x.mass_band THEN b.confidence ELSE k.typical_mass END,
	CASE WHEN x.embodied_band THEN b.confidence ELSE k.embodied END,
	CASE WHEN x.kwh_band THEN b.confidence ELSE k.kwh END,
	k.reference_life, k.reference_weibull, k.recycled_content, k.collection, k.recycling_efficiency
FROM @extschema@.category_defaults() c
	JOIN @extschema@.category_figure_confidence() k ON k.category = c.name
	CROSS JOIN pg_catalog.generate_series(1989, 2101) y (year)
	-- the bands that count: a category's user bands where it has any, else
	-- its shipped bands (of one set, the bands never overlap: one per year)
	LEFT JOIN (
		SELECT v.category, v.first_year, v.last_year, v.shipped, v.typical_mass_kg, v.embodied_kg_co2e,
			v.kwh_per_year, v.confidence
		FROM @extschema@.device_category_vintage v
			LEFT JOIN (SELECT DISTINCT u.category FROM @extschema@.device_category_vintage u
					   WHERE NOT u.shipped) u ON u.category = v.category
		WHERE v.shipped = (u.category IS NULL)
	) b ON b.category = c.name AND b.first_year <= y.year AND coalesce(b.last_year, 2101) >= y.year
	-- a band's figure counts unless it is shipped and the user's category
	-- row has that figure
	CROSS JOIN LATERAL (SELECT
		b.typical_mass_kg IS NOT NULL AND (NOT b.shipped OR c.shipped OR c.typical_mass_kg IS NULL) AS mass_band,
		b.embodied_kg_co2e IS NOT NULL AND (NOT b.shipped OR c.shipped OR c.embodied_kg_co2e IS NULL) AS embodied_band,
		b.kwh_per_year IS NOT NULL AND (NOT b.shipped OR c.shipped OR c.kwh_per_year IS NULL) AS kwh_band) x
ORDER BY c.name, y.year, b.shipped
$function$;
COMMENT ON FUNCTION @extschema@.category_vintage_defaults() IS 'the defaults of every category for every purchase year from 1989 (every year before 1990: no band) to 2101 (every year after 2100): the mass, embodied emissions and electricity use device_category_for gives (per figure the user''s band, else the user''s category row, else the shipped band, else the shipped category row; *_from says band or category, NULL: no figure), the band (NULL: none) and the category''s other defaults, each figure with its confidence (*_confidence: the band''s, else the category figure''s, category_figure_confidence; NULL without a figure); the reports join it once on (name, vintage_year(purchased))';
