-- how far the reference data can be trusted: per reference table and
-- device category, the rows the reports use, their confidence and the
-- oldest year their sources name
--
-- The rows counted are the effective ones: per key, the user's row where
-- there is one, else the shipped row (what the reports read).  A row with
-- no figure (no confidence) counts in rows and in no_figure only.

CREATE VIEW @extschema@.reference_quality WITH (security_invoker = true) AS
WITH effective AS (
	-- the columns named in the first branch, not in a column list of the
	-- CTE (Citus 14 loses such a list when it sends the query to a node)
	SELECT 'raw_material'::text AS reference_table, NULL::text AS category, r.source, r.confidence,
		NULL::integer AS figure_year
	FROM (SELECT DISTINCT ON (x.symbol) x.source, x.confidence
		  FROM @extschema@.raw_material x ORDER BY x.symbol, x.shipped) r
	UNION ALL
	SELECT 'device_category_figure', f.category, f.source, f.confidence, NULL
	FROM (SELECT DISTINCT ON (x.category, x.figure) x.category, x.source, x.confidence
		  FROM @extschema@.device_category_figure x ORDER BY x.category, x.figure, x.shipped) f
	UNION ALL
	-- a category's user bands replace its shipped ones
	SELECT 'device_category_vintage', v.category, v.source, v.confidence, NULL
	FROM @extschema@.device_category_vintage v
	WHERE NOT (v.shipped AND EXISTS (SELECT FROM @extschema@.device_category_vintage u
									 WHERE u.category = v.category AND NOT u.shipped))
	UNION ALL
	SELECT 'category_element', e.category, e.source, e.confidence, NULL
	FROM (SELECT DISTINCT ON (x.category, x.element) x.category, x.source, x.confidence
		  FROM @extschema@.category_element x ORDER BY x.category, x.element, x.shipped) e
	UNION ALL
	SELECT 'grid_intensity', NULL, g.source, g.confidence, g.year
	FROM @extschema@.grid_intensity_effective g
	UNION ALL
	SELECT 'recovery_rate', NULL, r.source, r.confidence, NULL
	FROM @extschema@.recovery_rate_effective r
	UNION ALL
	SELECT 'part_replacement', r.category, r.source, r.confidence, NULL
	FROM (SELECT DISTINCT ON (x.category, x.part) x.category, x.source, x.confidence
		  FROM @extschema@.part_replacement x ORDER BY x.category, x.part, x.shipped) r
	UNION ALL
	SELECT 'criterion', c.category, c.source, c.confidence, NULL
	FROM (SELECT DISTINCT ON (x.scheme, x.category, x.code) x.category, x.source, x.confidence
		  FROM @extschema@.criterion x ORDER BY x.scheme, x.category, x.code, x.shipped) c
), dated AS (
	-- the figure's own year where the table has one, else the earliest
	-- year from 1950 to 2049 its source names
	SELECT e.*, coalesce(e.figure_year,
		(SELECT min(m[1]::integer)
		 FROM pg_catalog.regexp_matches(e.source, '(?:^|[^0-9])((?:19[5-9]|20[0-4])[0-9])(?![0-9])', 'g') m))
		AS source_year
	FROM effective e
)
SELECT d.reference_table, d.category,
	count(*) AS rows,
	(count(*) FILTER (WHERE d.confidence = 'verified'))::float8 / count(*) AS verified_share,
	(count(*) FILTER (WHERE d.confidence = 'secondary'))::float8 / count(*) AS secondary_share,
	(count(*) FILTER (WHERE d.confidence = 'derived'))::float8 / count(*) AS derived_share,
	(count(*) FILTER (WHERE d.confidence = 'unverified'))::float8 / count(*) AS unverified_share,
	count(*) FILTER (WHERE d.confidence IS NULL) AS no_figure,
	min(d.source_year) AS oldest_source_year
FROM dated d
GROUP BY d.reference_table, d.category;
COMMENT ON VIEW @extschema@.reference_quality IS 'how far the reference data the reports use can be trusted: per reference table and device category, the effective rows (a user''s row wins over the shipped one), the share of them at each confidence and the oldest year their sources name';
COMMENT ON COLUMN @extschema@.reference_quality.reference_table IS 'raw_material, device_category_figure, device_category_vintage, category_element, grid_intensity, recovery_rate, part_replacement or criterion';
COMMENT ON COLUMN @extschema@.reference_quality.category IS 'device category; NULL for a table not kept per category';
COMMENT ON COLUMN @extschema@.reference_quality.rows IS 'effective rows, including rows that record the lack of a figure';
COMMENT ON COLUMN @extschema@.reference_quality.verified_share IS 'share of the rows whose figure was checked in its source';
COMMENT ON COLUMN @extschema@.reference_quality.secondary_share IS 'share of the rows taken from a secondary source or an extraction';
COMMENT ON COLUMN @extschema@.reference_quality.derived_share IS 'share of the rows computed from other figures or set by a modelling convention';
COMMENT ON COLUMN @extschema@.reference_quality.unverified_share IS 'share of the rows no checked source supports';
COMMENT ON COLUMN @extschema@.reference_quality.no_figure IS 'rows that record that no source gives a figure (no value, no confidence)';
COMMENT ON COLUMN @extschema@.reference_quality.oldest_source_year IS 'the oldest year among the rows: grid_intensity''s own year of each figure, elsewhere the earliest year (1950-2049) a row''s source names; NULL where none names one';

GRANT SELECT ON @extschema@.reference_quality TO PUBLIC;
