-- pgbench: one report view of one organisation
\set org random(1, 4)
\set view random(1, 7)
\if :view = 1
SELECT count(*), sum(units_in_use), sum(annual_co2e_kg) FROM circular_ict.fleet_overview WHERE organisation = 'org_' || :org;
\elif :view = 2
SELECT count(*), sum(in_use_g) FROM circular_ict.material_inventory WHERE organisation = 'org_' || :org;
\elif :view = 3
SELECT count(*), sum(mean_remaining_life_years) FROM circular_ict.lifespan_by_category WHERE organisation = 'org_' || :org;
\elif :view = 4
SELECT count(*), sum(expected_retirements) FROM circular_ict.replacement_forecast WHERE organisation = 'org_' || :org;
\elif :view = 5
SELECT company_mci FROM circular_ict.circularity_by_organisation WHERE organisation = 'org_' || :org;
\elif :view = 6
SELECT count(*), sum(units_meeting) FROM circular_ict.criteria_compliance WHERE organisation = 'org_' || :org;
\else
SELECT count(*), sum(co2e_saved_1y_kg) FROM circular_ict.life_extension_scenarios WHERE organisation = 'org_' || :org;
\endif
