-- circularity_by_organisation: see src/reports/common.sql for the rule every report keeps

CREATE OR REPLACE FUNCTION @extschema@.circularity_by_organisation(as_of date, organisation_id integer DEFAULT NULL)
RETURNS TABLE (
	organisation text, units bigint, company_mci float8, mci_mass_kg float8,
	refurbished_share float8, retired_units bigint, reuse_share float8, recycling_share float8,
	unknown_share float8, landfill_share float8, mci_unverified_share float8, mci_derived_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH c AS (
	SELECT o.name AS organisation, sum(f.quantity) AS units,
		@extschema@.mci_weighted(f.mci, f.mass_kg * f.quantity::float8) AS company_mci,
		-- asset_facts gives an MCI exactly where it has a mass (the MCI's
		-- other inputs default), and each mention of f.mci computes it anew:
		-- the mass it is weighted over is tested on the mass
		sum(f.mass_kg * f.quantity::float8) FILTER (WHERE f.mass_kg IS NOT NULL) AS mci_mass_kg,
		coalesce(sum(f.quantity) FILTER (WHERE f.acquired = 'refurbished'), 0)::float8 / sum(f.quantity)::float8
			AS refurbished_share,
		coalesce(sum(f.quantity) FILTER (WHERE NOT f.in_service), 0) AS retired_units,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route IN ('reuse', 'refurbishment')), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE NOT f.in_service), 0)::float8 AS reuse_share,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'formal_recycling'), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE NOT f.in_service), 0)::float8 AS recycling_share,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'informal_unknown'), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE NOT f.in_service), 0)::float8 AS unknown_share,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'landfill'), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE NOT f.in_service), 0)::float8 AS landfill_share,
		-- the mass whose MCI rests on a category figure of confidence
		-- unverified, or derived at weakest (issue 12, item 7); mci_confidence
		-- is NULL where the MCI is
		sum(f.mass_kg * f.quantity::float8) FILTER (WHERE f.mci_confidence = 'unverified') AS mci_unverified_kg,
		sum(f.mass_kg * f.quantity::float8) FILTER (WHERE f.mci_confidence = 'derived') AS mci_derived_kg
	FROM @extschema@.asset_facts(as_of, $2) f
		JOIN @extschema@.organisation o ON o.id = f.organisation_id
	-- the grouping rule of src/reports/common.sql's header
	GROUP BY f.organisation_id, o.id, o.name
)
SELECT c.organisation, c.units, c.company_mci, c.mci_mass_kg, c.refurbished_share, c.retired_units,
	c.reuse_share, c.recycling_share, c.unknown_share, c.landfill_share,
	coalesce(c.mci_unverified_kg, 0) / nullif(c.mci_mass_kg, 0::float8) AS mci_unverified_share,
	coalesce(c.mci_derived_kg, 0) / nullif(c.mci_mass_kg, 0::float8) AS mci_derived_share
FROM c
$function$;
COMMENT ON FUNCTION @extschema@.circularity_by_organisation(date, integer) IS 'per organisation (the one of organisation_id, else every one the caller reads) as of a date: company-level MCI (the mass-weighted mean of the units'' MCI), share of units bought refurbished, and the shares of retired units that went to reuse or refurbishment, formal recycling, an unknown or informal route, and landfill; and the shares of the MCI''s mass resting on category figures of confidence unverified or derived';

-- the view BI tools read: the report as of today (its columns are the
-- function's; PostgreSQL expands the * when it creates the view)
CREATE OR REPLACE VIEW @extschema@.circularity_by_organisation WITH (security_invoker = true) AS
SELECT * FROM @extschema@.circularity_by_organisation(current_date);
COMMENT ON VIEW @extschema@.circularity_by_organisation IS 'per organisation: company-level Material Circularity Indicator, refurbished purchases and end-of-life routes (as of today)';
GRANT SELECT ON @extschema@.circularity_by_organisation TO PUBLIC;

-- the columns' comments, one per column of the view (checked: see
-- comment_report_columns in src/reports/common.sql)
SELECT @extschema@.comment_report_columns('@extschema@.circularity_by_organisation', ARRAY[
	['organisation', 'organisation name'],
	['units', 'units registered (in service or retired)'],
	['company_mci', 'company-level MCI: the mean of the units'' MCI weighted by mass (0 to 1)'],
	['mci_mass_kg', 'mass the company MCI is weighted over, kg'],
	['refurbished_share', 'share of units bought refurbished'],
	['retired_units', 'units retired'],
	['reuse_share', 'share of retired units that went to reuse or refurbishment'],
	['recycling_share', 'share of retired units that went to formal recycling'],
	['unknown_share', 'share of retired units that went by an informal or unknown route'],
	['landfill_share', 'share of retired units that went to landfill or incineration'],
	['mci_unverified_share', 'share of mci_mass_kg (0 to 1) whose units'' MCI rests on a category figure of confidence unverified: its mass where it is the category''s, the reference lifespan, the recycled content where the category''s counts, the collection fractions while in service, the recycling efficiency (asset_facts.mci_confidence); NULL without an MCI'],
	['mci_derived_share', 'the same for units whose weakest such figure is of confidence derived (a recycling efficiency computed from the recovery rates of the category''s elements is derived)']
]);
