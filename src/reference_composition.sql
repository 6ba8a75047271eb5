-- the default composition of each category: per element its figure and
-- how far it is known (category_composition_coverage), and the materials
-- values the reports scale (category_composition)

-- every category's composition against one declared element set, so that
-- categories compare: an element without a figure is unknown, not zero
CREATE VIEW @extschema@.category_composition_coverage WITH (security_invoker = true) AS
WITH material AS (
	SELECT DISTINCT ON (x.symbol) x.symbol, x.crm_2023, x.strategic_2023
	FROM @extschema@.raw_material x
	ORDER BY x.symbol, x.shipped
), figure AS (
	SELECT DISTINCT ON (ce.category, ce.element) ce.category, ce.element, ce.grams, ce.confidence, ce.source
	FROM @extschema@.category_element ce
	ORDER BY ce.category, ce.element, ce.shipped
), declared AS (
	SELECT m.symbol AS element FROM material m WHERE m.crm_2023 OR m.strategic_2023
	UNION
	SELECT v.element FROM (VALUES ('Cu'), ('Al'), ('Fe'), ('Au'), ('Ag'), ('Pd')) v (element)
	UNION
	SELECT f.element FROM figure f
)
SELECT c.name AS category, d.element, e.atomic_number,
	coalesce(m.crm_2023, false) AS crm_2023, coalesce(m.strategic_2023, false) AS strategic_2023,
	f.grams,
	CASE WHEN f.grams IS NULL THEN 'unknown'
		 WHEN f.confidence IN ('verified', 'secondary') THEN 'sourced'
		 ELSE f.confidence END AS status,
	f.source
FROM (SELECT DISTINCT dc.name FROM @extschema@.device_category dc) c
	CROSS JOIN declared d
	JOIN @extschema@.element e ON e.symbol = d.element
	LEFT JOIN material m ON m.symbol = d.element
	LEFT JOIN figure f ON f.category = c.name AND f.element = d.element;
COMMENT ON VIEW @extschema@.category_composition_coverage IS 'each device category against one declared element set (the EU 2023 critical and strategic raw materials, Cu, Al, Fe, Au, Ag, Pd, and every element any category has a row for): the grams of one unit and whether the figure is sourced, unverified, derived or unknown; an unknown element is missing from the category''s default composition, not zero';
COMMENT ON COLUMN @extschema@.category_composition_coverage.category IS 'device category';
COMMENT ON COLUMN @extschema@.category_composition_coverage.element IS 'element symbol';
COMMENT ON COLUMN @extschema@.category_composition_coverage.atomic_number IS 'atomic number';
COMMENT ON COLUMN @extschema@.category_composition_coverage.crm_2023 IS 'on the EU 2023 critical raw materials list';
COMMENT ON COLUMN @extschema@.category_composition_coverage.strategic_2023 IS 'on the EU 2023 strategic raw materials list';
COMMENT ON COLUMN @extschema@.category_composition_coverage.grams IS 'grams in one unit (the user''s row of category_element where there is one, else the shipped row); NULL: unknown';
COMMENT ON COLUMN @extschema@.category_composition_coverage.status IS 'sourced (a verified or secondary figure), unverified (no checked source supports it), derived (estimated from a known share or from another device: how, in category_element.note) or unknown (no figure)';
COMMENT ON COLUMN @extschema@.category_composition_coverage.source IS 'source of the figure, or of what is known of it; NULL where the category has no row for the element';

-- the default composition of each category, as materials values (the
-- reports scale them); category_element shows the same figure by figure
CREATE FUNCTION @extschema@.category_composition()
RETURNS TABLE (category text, composition @extschema@.materials, unverified @extschema@.materials,
	derived @extschema@.materials, unknown_elements integer)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT e.category,
	pg_catalog.jsonb_object_agg(e.element, e.grams)::@extschema@.materials,
	coalesce(pg_catalog.jsonb_object_agg(e.element, e.grams) FILTER (WHERE e.confidence = 'unverified'),
			 '{}')::@extschema@.materials,
	coalesce(pg_catalog.jsonb_object_agg(e.element, e.grams) FILTER (WHERE e.confidence = 'derived'),
			 '{}')::@extschema@.materials,
	coalesce(pg_catalog.max(u.unknown_elements), 0)
FROM (SELECT DISTINCT ON (ce.category, ce.element) ce.category, ce.element, ce.grams, ce.confidence
	  FROM @extschema@.category_element ce
	  ORDER BY ce.category, ce.element, ce.shipped) e
	LEFT JOIN (SELECT k.category, pg_catalog.count(*)::integer AS unknown_elements
			   FROM @extschema@.category_composition_coverage k
			   WHERE k.status = 'unknown'
			   GROUP BY k.category) u ON u.category = e.category
WHERE e.grams IS NOT NULL
-- grouped by the category alone (u has one row per category), so that the
-- result is unique on it and a report that joins it on the category but
-- reads none of its columns loses the join (asset_facts)
GROUP BY e.category
$function$;
COMMENT ON FUNCTION @extschema@.category_composition() IS 'default composition of one unit per category (user rows win per element), the parts of it that rest on unverified and on derived figures, and the number of declared elements it has no figure for (category_composition_coverage)';

GRANT SELECT ON @extschema@.category_composition_coverage TO PUBLIC;
