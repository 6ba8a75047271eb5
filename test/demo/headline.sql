-- The demo's headline totals per organisation, as of the demo's date: what
-- a reference-data change moves first.  test/checks/demo compares them with
-- test/demo/headline.expected, so that such a change shows up as a reviewed
-- diff of that file (and its effect goes into CHANGELOG.md).
\pset footer off
SELECT f.organisation,
	   sum(f.units_in_use + f.units_in_stock) AS units_in_service,
	   round(sum(f.annual_co2e_kg)::numeric) AS annual_co2e_kg,
	   round(sum(f.critical_raw_materials_in_use_g)::numeric) AS critical_in_service_g,
	   (SELECT round(sum(m.recovered_g)::numeric) FROM circular_ict.material_inventory('2026-01-01') m
		WHERE m.organisation = f.organisation) AS recovered_g,
	   (SELECT round(c.company_mci::numeric, 4) FROM circular_ict.circularity_by_organisation('2026-01-01') c
		WHERE c.organisation = f.organisation) AS company_mci
FROM circular_ict.fleet_overview('2026-01-01') f
GROUP BY f.organisation ORDER BY f.organisation;
