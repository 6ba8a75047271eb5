-- material_inventory: see src/reports/common.sql for the rule every report keeps

CREATE OR REPLACE FUNCTION @extschema@.material_inventory(as_of date, organisation_id integer DEFAULT NULL)
RETURNS TABLE (
	organisation text, element text, atomic_number integer, in_use_g float8, in_stock_g float8,
	retired_reuse_g float8, retired_refurbishment_g float8, retired_formal_recycling_g float8,
	retired_informal_unknown_g float8, retired_landfill_g float8, recovered_g float8,
	recoverable_in_service_g float8, crm_2023 boolean, strategic_2023 boolean,
	unverified_share float8, derived_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH units AS (
	-- units per organisation, category and model by where they are: a
	-- state, or the end-of-life route of retired units ('retired' for a
	-- retired unit without one); counted in columns, so that the planner
	-- groups on plain columns it can estimate.  The states are tested by
	-- their text, not by asset_facts' flags as the other reports do: the
	-- planner expects 243,000 groups here for about 28,000 (organisations
	-- by categories by all models), and with the flags' cheaper filters it
	-- judged the scan not worth the parallel workers: 689 -> 917 ms at
	-- 1,000,000 assets
	SELECT f.organisation, f.category, f.model_id,
		sum(f.quantity) FILTER (WHERE f.state = 'in_use') AS in_use,
		sum(f.quantity) FILTER (WHERE f.state = 'in_stock') AS in_stock,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'reuse') AS reuse,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'refurbishment') AS refurbishment,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'formal_recycling') AS formal_recycling,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'informal_unknown') AS informal_unknown,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'landfill') AS landfill,
		sum(f.quantity) FILTER (WHERE f.state = 'retired' AND f.eol_route IS NULL) AS retired
	FROM @extschema@.asset_facts(as_of, $2) f
	GROUP BY f.organisation, f.category, f.model_id
),
-- the models' compositions, in a query level of their own that runs after
-- the asset scan: a role without access is refused on the table asset
-- first, as by the other reports
compositions AS MATERIALIZED (
	SELECT m.id, m.composition FROM @extschema@.product_model m WHERE m.composition IS NOT NULL
),
buckets AS (
	-- grams per organisation and bucket: the composition of asset_facts (the
	-- model's, else the category's, and the part of it resting on
	-- unverified figures) scaled once per model
	SELECT u.organisation, b.bucket,
		@extschema@.sum(coalesce(m.composition, cc.composition) OPERATOR(@extschema@.*) b.units::float8) AS total,
		@extschema@.sum(CASE WHEN m.composition IS NOT NULL THEN ''::@extschema@.materials ELSE cc.unverified END
						OPERATOR(@extschema@.*) b.units::float8) AS unverified,
		@extschema@.sum(CASE WHEN m.composition IS NOT NULL THEN ''::@extschema@.materials ELSE cc.derived END
						OPERATOR(@extschema@.*) b.units::float8) AS derived
	FROM units u
		CROSS JOIN LATERAL (VALUES ('in_use', u.in_use), ('in_stock', u.in_stock), ('reuse', u.reuse),
								   ('refurbishment', u.refurbishment), ('formal_recycling', u.formal_recycling),
								   ('informal_unknown', u.informal_unknown), ('landfill', u.landfill),
								   ('retired', u.retired)) b (bucket, units)
		LEFT JOIN compositions m ON m.id = u.model_id
		LEFT JOIN @extschema@.category_composition() cc ON cc.category = u.category
	WHERE b.units IS NOT NULL AND coalesce(m.composition, cc.composition) IS NOT NULL
	GROUP BY u.organisation, b.bucket
),
grams AS (
	SELECT b.organisation, b.bucket, e.element, e.atomic_number, e.grams,
		b.unverified OPERATOR(@extschema@.->) e.element AS unverified_g,
		b.derived OPERATOR(@extschema@.->) e.element AS derived_g
	FROM buckets b, @extschema@.materials_each(b.total) e
)
SELECT g.organisation, g.element, g.atomic_number,
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'in_use'), 0) AS in_use_g,
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'in_stock'), 0) AS in_stock_g,
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'reuse'), 0) AS retired_reuse_g,
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'refurbishment'), 0) AS retired_refurbishment_g,
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'formal_recycling'), 0) AS retired_formal_recycling_g,
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'informal_unknown'), 0) AS retired_informal_unknown_g,
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'landfill'), 0) AS retired_landfill_g,
	coalesce(sum(g.grams * coalesce(r.fraction, 0))
		FILTER (WHERE g.bucket NOT IN ('in_use', 'in_stock')), 0) AS recovered_g,
	coalesce(sum(g.grams * coalesce(formal.fraction, 0))
		FILTER (WHERE g.bucket IN ('in_use', 'in_stock')), 0) AS recoverable_in_service_g,
	coalesce(rm.crm_2023, false) AS crm_2023, coalesce(rm.strategic_2023, false) AS strategic_2023,
	sum(g.unverified_g) / nullif(sum(g.grams), 0::float8) AS unverified_share,
	sum(g.derived_g) / nullif(sum(g.grams), 0::float8) AS derived_share
FROM grams g
	LEFT JOIN @extschema@.recovery_rate_effective r ON r.element = g.element AND r.route = g.bucket
	LEFT JOIN @extschema@.recovery_rate_effective formal
		ON formal.element = g.element AND formal.route = 'formal_recycling'
	LEFT JOIN (SELECT DISTINCT ON (x.symbol) x.symbol, x.crm_2023, x.strategic_2023
			   FROM @extschema@.raw_material x ORDER BY x.symbol, x.shipped) rm ON rm.symbol = g.element
GROUP BY g.organisation, g.element, g.atomic_number, rm.crm_2023, rm.strategic_2023
$function$;
COMMENT ON FUNCTION @extschema@.material_inventory(date, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads) and element as of a date: grams in use, in stock and retired by end-of-life route, grams recovered from retired units, grams formal recycling would recover from the units in service, EU 2023 CRM and strategic flags, and the shares of the grams resting on unverified and on derived composition figures';

-- the view BI tools read: the report as of today (its columns are the
-- function's; PostgreSQL expands the * when it creates the view)
CREATE OR REPLACE VIEW @extschema@.material_inventory WITH (security_invoker = true) AS
SELECT * FROM @extschema@.material_inventory(current_date);
COMMENT ON VIEW @extschema@.material_inventory IS 'per organisation and chemical element: grams in use, in stock and retired by end-of-life route, recovered and recoverable grams, EU critical raw material flags, and how much rests on unverified or derived reference data (as of today)';
GRANT SELECT ON @extschema@.material_inventory TO PUBLIC;

-- the columns' comments, one per column of the view (checked: see
-- comment_report_columns in src/reports/common.sql)
SELECT @extschema@.comment_report_columns('@extschema@.material_inventory', ARRAY[
	['organisation', 'organisation name'],
	['element', 'element symbol'],
	['atomic_number', 'atomic number'],
	['in_use_g', 'grams in units in use'],
	['in_stock_g', 'grams in units in stock'],
	['retired_reuse_g', 'grams in units retired to reuse'],
	['retired_refurbishment_g', 'grams in units retired to refurbishment'],
	['retired_formal_recycling_g', 'grams in units retired to formal recycling'],
	['retired_informal_unknown_g', 'grams in units retired by an informal or unknown route'],
	['retired_landfill_g', 'grams in units retired to landfill or incineration'],
	['recovered_g', 'grams of retired units recovered (or kept in use by reuse and refurbishment), by the recovery rates of their routes'],
	['recoverable_in_service_g', 'grams of the units in service that formal recycling would recover'],
	['crm_2023', 'on the EU 2023 critical raw materials list'],
	['strategic_2023', 'on the EU 2023 strategic raw materials list'],
	['unverified_share', 'share of the grams (0 to 1) resting on composition figures of confidence unverified'],
	['derived_share', 'share of the grams (0 to 1) estimated from a known share or from another device (composition figures of confidence derived: category_element.note says how)']
]);
