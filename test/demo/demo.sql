-- make demo: a buyer group's fleet, loaded through the import, and every
-- report on it.  Run by `make demo` in a throwaway cluster:
--   psql -X -q -v ON_ERROR_STOP=1 -f test/demo/demo.sql
-- The fleet is generated deterministically (test/demo/generate.sql) and
-- the reports are taken as of a fixed date, so the output is the same on
-- every run.  psql -v demo_assets=N picks another size (default 30000).
\set ON_ERROR_STOP 1
\pset footer off
\pset null '-'
\set as_of '''2026-01-01'''

\echo
\echo 'circular_ict demo'
\echo '================='
CREATE EXTENSION circular_ict;
SELECT circular_ict.version() AS "library version",
	   e.extversion AS "installed SQL version",
	   e.extnamespace::regnamespace AS "schema"
FROM pg_extension e WHERE e.extname = 'circular_ict';

\ir generate.sql
-- how the reports below name the organisations
CREATE TEMP VIEW demo_label AS SELECT o.name, o.code AS org FROM demo_org o;

\echo
\echo '1. The exports, staged in circular_ict.asset_import'
\echo 'Three organisations of a buyer group send their asset registers as they have them: one'
\echo 'exported from NumEcoEval/G4IT (French column names, ISO dates), two with English columns'
\echo '(the university writes day-first dates and its own status words). Fleet purchases run'
\echo 'from 2016 to 2025; every figure is synthetic, the reference data is the extension''s.'
SELECT l.org, s.organisation AS "organisation",
	   CASE WHEN bool_or(s.nomequipementphysique IS NOT NULL) THEN 'NumEcoEval/G4IT' ELSE 'English' END
		   AS "column names",
	   count(*) AS "staged rows"
FROM circular_ict.asset_import s JOIN demo_label l ON l.name = s.organisation
GROUP BY l.org, s.organisation ORDER BY l.org;
\echo 'The first staged row of a retired unit in each export, as written (in GV''s file the columns are'
\echo 'nomEquipementPhysique, type, dateAchat, statut, paysDUtilisation):'
SELECT DISTINCT ON (s.organisation) l.org,
	   coalesce(s.serial, s.nomequipementphysique) AS "serial",
	   coalesce(s.category, s.type) AS "category",
	   coalesce(s.purchased, s.dateachat) AS "purchased",
	   coalesce(s.retired, s.dateretrait) AS "retired",
	   coalesce(s.status, s.statut) AS "status",
	   s.eol_route AS "eol_route",
	   coalesce(s.country, s.paysdutilisation) AS "country",
	   coalesce(s.model, s.modele) AS "model"
FROM circular_ict.asset_import s JOIN demo_label l ON l.name = s.organisation
WHERE coalesce(s.retired, s.dateretrait, '') <> '' AND coalesce(s.model, s.modele) IS NOT NULL
ORDER BY s.organisation, s.row_id;

\echo
\echo '2. GV''s register arrives as its G4IT export, a file: every line ends with ";", models hold a'
\echo 'quote (Acme Notebook 14"), devices in use carry a planned dateRetrait. import_file() takes the'
\echo 'file''s bytes (sent by psql''s \\lo_import) and reads it as it is; the file here is written from'
\echo 'GV''s staged rows, which then leave the staging area. The others go through import_assets().'
\! mkdir -p test/tmp
\copy (SELECT t.line FROM (SELECT 0 AS n, 'nomEquipementPhysique;modele;fabricant;quantite;dateAchat;dateRetrait;type;statut;paysDUtilisation;nomEntite;consoElecAnnuelle;nomSourceDonnee;eol_route;acquired;' AS line UNION ALL SELECT s.row_id, format('%s;%s;%s;%s;%s;%s;%s;%s;%s;%s;%s;%s;%s;%s;', s.nomequipementphysique, replace(s.modele, 'Notebook 14', 'Notebook 14"'), s.fabricant, s.quantite, s.dateachat, CASE WHEN s.statut = 'In use' AND s.dateachat ~ '^[0-9]{4}-' THEN to_char(s.dateachat::date + 2191, 'YYYY-MM-DD') ELSE s.dateretrait END, s.type, s.statut, s.paysdutilisation, s.nomentite, s.consoelecannuelle, s.nomsourcedonnee, s.eol_route, s.acquired) FROM circular_ict.asset_import s WHERE s.organisation = 'Gemeente Voorbeeldstad') t ORDER BY t.n) TO 'test/tmp/demo-gv-export.csv'
DELETE FROM circular_ict.asset_import WHERE organisation = 'Gemeente Voorbeeldstad';
\! head -3 test/tmp/demo-gv-export.csv
\lo_import test/tmp/demo-gv-export.csv
SELECT 'GV' AS org, i.lines AS "lines", i.imported AS "imported", i.rejected AS "rejected", i.skipped AS "skipped",
	   i.encoding AS "encoding", i.separator AS "delimiter"
FROM circular_ict.import_file('Gemeente Voorbeeldstad', lo_get(:LASTOID)) i;
\lo_unlink :LASTOID
SELECT count(*) FILTER (WHERE a.planned_retirement IS NOT NULL) AS "GV units in use with a planned retirement",
	   count(*) FILTER (WHERE m.model LIKE '%"%') AS "GV assets of a model with a quote"
FROM circular_ict.asset a LEFT JOIN circular_ict.product_model m ON m.id = a.model_id
WHERE a.organisation_id = (SELECT id FROM circular_ict.organisation WHERE name = 'Gemeente Voorbeeldstad');
\echo
\echo 'import_assets(organisation): every staged row checked; valid rows into circular_ict.asset'
SELECT l.org, o.name AS "organisation", i.imported AS "imported", i.rejected AS "rejected"
FROM circular_ict.organisation o
	JOIN demo_label l ON l.name = o.name
	CROSS JOIN LATERAL circular_ict.import_assets(o.name) i
WHERE l.org <> 'GV'
ORDER BY l.org;
-- fresh statistics after a bulk load, as after any large import
ANALYZE;
SELECT count(*) AS "assets registered", sum(a.quantity) AS "units",
	   count(DISTINCT a.model_id) AS "product models",
	   count(*) FILTER (WHERE a.acquired = 'refurbished') AS "bought refurbished",
	   count(DISTINCT a.country) AS "countries"
FROM circular_ict.asset a;

\echo
\echo '3. circular_ict.import_error: why the rejected rows were rejected (nothing is dropped silently)'
SELECT l.org, coalesce(nullif(e.staged_row ->> 'serial', ''), e.staged_row ->> 'nomequipementphysique',
			e.staged_row ->> 'nomEquipementPhysique', '') AS "serial", e.line AS "file line",
	   e.column_name AS "column", e.value AS "value",
	   -- the messages are long: wrapped at a word, at most 52 characters a line
	   rtrim(regexp_replace(e.message, '(.{1,52})( |$)', E'\\1\n', 'g'), E'\n') AS "message"
FROM circular_ict.import_error e
	JOIN circular_ict.organisation o ON o.id = e.organisation_id
	JOIN demo_label l ON l.name = o.name
ORDER BY l.org, e.line, e.row_id, e.id;

\echo
\echo '4. fleet_overview(as_of => 2026-01-01): units, ages and service lives, early retirement'
\echo 'age: mean age of the units in use; life: median service life of the retired units; early: share'
\echo 'of retired units retired before the category''s reference lifespan; CO2e: embodied emissions spread'
\echo 'over the years in service so far, plus a year of electricity on the grid of the country of use;'
\echo 'CRM: EU 2023 critical raw materials in the units in service.'
SELECT l.org, f.category,
	   f.units_in_use AS "in use", f.units_in_stock AS "in stock", f.units_retired AS "retired",
	   round(f.mean_age_in_use_years::numeric, 1) AS "age (yr)",
	   round(f.median_service_life_years::numeric, 1) AS "life (yr)",
	   round(100 * f.premature_share::numeric) AS "early (%)",
	   round(f.annual_co2e_kg::numeric / 1000, 1) AS "CO2e (t/yr)",
	   round(f.critical_raw_materials_in_use_g::numeric / 1000, 2) AS "CRM (kg)"
FROM circular_ict.fleet_overview(:as_of) f JOIN demo_label l ON l.name = f.organisation
ORDER BY l.org, f.category;
\echo 'What the CO2e column leaves out, per organisation: units whose category has no sourced embodied'
\echo 'or electricity figure, and units in use in a country without a grid factor (world average used).'
SELECT l.org, sum(f.units_in_use + f.units_in_stock) AS "in service",
	   round(sum(f.annual_co2e_kg)::numeric / 1000, 1) AS "CO2e (t/yr)",
	   sum(f.units_without_co2e_figure) AS "no CO2e figure",
	   string_agg(f.category, ', ' ORDER BY f.category) FILTER (WHERE f.units_without_co2e_figure > 0) AS "their categories",
	   sum(f.units_on_world_average_grid) AS "world-average grid"
FROM circular_ict.fleet_overview(:as_of) f JOIN demo_label l ON l.name = f.organisation
GROUP BY l.org ORDER BY l.org;

\echo
\echo '5. material_inventory(as_of): kilograms of each element, all three organisations together'
\echo 'EU 2023: on the critical (CRM) and strategic (SRM) raw materials lists; recovered: what the routes'
\echo 'of the retired units recover (reuse keeps it in use); recoverable: what formal recycling would'
\echo 'recover from the units in service; unverified: share resting on unverified composition figures.'
SELECT m.element, CASE WHEN m.strategic_2023 THEN 'CRM, SRM' WHEN m.crm_2023 THEN 'CRM' ELSE '' END AS "EU 2023",
	   round(sum(m.in_use_g)::numeric / 1000, 3) AS "in use (kg)",
	   round(sum(m.in_stock_g)::numeric / 1000, 3) AS "stock (kg)",
	   round(sum(m.retired_reuse_g + m.retired_refurbishment_g + m.retired_formal_recycling_g
				 + m.retired_informal_unknown_g + m.retired_landfill_g)::numeric / 1000, 3) AS "retired (kg)",
	   round(sum(m.recovered_g)::numeric / 1000, 3) AS "recovered (kg)",
	   round(sum(m.recoverable_in_service_g)::numeric / 1000, 3) AS "recoverable (kg)",
	   round(100 * (sum(m.unverified_share * (m.in_use_g + m.in_stock_g + m.retired_reuse_g
						+ m.retired_refurbishment_g + m.retired_formal_recycling_g
						+ m.retired_informal_unknown_g + m.retired_landfill_g))
				/ nullif(sum(m.in_use_g + m.in_stock_g + m.retired_reuse_g + m.retired_refurbishment_g
							 + m.retired_formal_recycling_g + m.retired_informal_unknown_g
							 + m.retired_landfill_g), 0))::numeric) AS "unverified (%)"
FROM circular_ict.material_inventory(:as_of) m
GROUP BY m.element, m.atomic_number, m.crm_2023, m.strategic_2023
ORDER BY m.atomic_number;
\echo 'Per organisation, the critical raw materials (EU 2023 list) only:'
SELECT l.org,
	   round(sum(m.in_use_g + m.in_stock_g)::numeric / 1000, 2) AS "CRM in service (kg)",
	   round(sum(m.retired_reuse_g + m.retired_refurbishment_g + m.retired_formal_recycling_g
				 + m.retired_informal_unknown_g + m.retired_landfill_g)::numeric / 1000, 2) AS "CRM retired (kg)",
	   round(100 * sum(m.recovered_g)::numeric
			 / nullif(sum(m.retired_reuse_g + m.retired_refurbishment_g + m.retired_formal_recycling_g
						  + m.retired_informal_unknown_g + m.retired_landfill_g), 0)::numeric) AS "of it recovered (%)",
	   round(sum(m.retired_informal_unknown_g + m.retired_landfill_g)::numeric / 1000, 2) AS "lost or unknown (kg)"
FROM circular_ict.material_inventory(:as_of) m JOIN demo_label l ON l.name = m.organisation
WHERE m.crm_2023
GROUP BY l.org ORDER BY l.org;

\echo
\echo '6. lifespan_by_category(as_of): how long each organisation keeps its devices'
\echo 'Kaplan-Meier median and a Weibull fitted by maximum likelihood to the organisation''s own history'
\echo '(units still in service count as censored): its shape k, scale and mean, beside the mean of the UNU'
\echo 'reference Weibull (life to discard); left: mean remaining life of the units in service.'
SELECT l.org, s.category, s.observed_units AS "units", s.retired_units AS "retired",
	   round(s.km_median_years::numeric, 1) AS "KM median (yr)",
	   round(s.fitted_shape::numeric, 2) AS "shape k",
	   round(s.fitted_scale::numeric, 2) AS "scale (yr)",
	   round(s.fitted_mean_years::numeric, 1) AS "mean (yr)",
	   round(s.reference_mean_years::numeric, 1) AS "UNU mean (yr)",
	   round(s.mean_remaining_life_years::numeric, 1) AS "left (yr)"
FROM circular_ict.lifespan_by_category(:as_of) s JOIN demo_label l ON l.name = s.organisation
ORDER BY l.org, s.category;

\echo
\echo '7. replacement_forecast(as_of): expected retirements per calendar year, all categories together'
\echo 'From each organisation''s fitted Weibull, conditional on each unit''s age; the embodied CO2e and'
\echo 'raw materials of replacing them like for like (categories without a figure are left out).'
SELECT l.org, r.year,
	   round(sum(r.expected_retirements)::numeric) AS "expected retirements",
	   round(sum(r.replacement_embodied_co2e_kg)::numeric / 1000, 1) AS "embodied CO2e (t)",
	   round(sum(r.replacement_critical_raw_materials_g)::numeric / 1000, 2) AS "CRM (kg)",
	   round(sum(r.replacement_materials_g)::numeric / 1000) AS "elements, known (kg)",
	   string_agg(DISTINCT r.lifetime_basis, ', ') AS "lifetimes"
FROM circular_ict.replacement_forecast(:as_of) r JOIN demo_label l ON l.name = r.organisation
GROUP BY l.org, r.year ORDER BY l.org, r.year;

\echo
\echo '8. circularity_by_organisation(as_of): Material Circularity Indicator and end-of-life routes'
\echo 'Company MCI: the units'' MCI (Ellen MacArthur Foundation method) weighted by mass, 0 linear to 1'
\echo 'circular; refurb.: units bought refurbished; then the routes of the retired units (reuse includes'
\echo 'refurbishment; unknown: informal or not recorded).'
SELECT l.org, c.units AS "units", round(c.company_mci::numeric, 3) AS "company MCI",
	   round(c.mci_mass_kg::numeric / 1000, 1) AS "mass (t)",
	   round(100 * c.refurbished_share::numeric, 1) AS "refurb. (%)",
	   c.retired_units AS "retired",
	   round(100 * c.reuse_share::numeric) AS "reuse (%)",
	   round(100 * c.recycling_share::numeric) AS "recycling (%)",
	   round(100 * c.unknown_share::numeric) AS "unknown (%)",
	   round(100 * c.landfill_share::numeric) AS "landfill (%)"
FROM circular_ict.circularity_by_organisation(:as_of) c JOIN demo_label l ON l.name = c.organisation
ORDER BY l.org;

\echo
\echo '9. criteria_compliance(as_of): units in service whose model meets each purchasing-criteria scheme'
\echo 'Each cell, over all categories the scheme covers: % of units meeting / failing / unknown (the model'
\echo 'does not declare an attribute a criterion tests, or the unit has no model).'
SELECT c.scheme, c.level,
	   max(c.shares) FILTER (WHERE c.org = 'GV') AS "GV (%)",
	   max(c.shares) FILTER (WHERE c.org = 'MD') AS "MD (%)",
	   max(c.shares) FILTER (WHERE c.org = 'UN') AS "UN (%)"
FROM (SELECT c.scheme, c.level, l.org,
			 format('%s / %s / %s',
					lpad(round(100 * sum(c.units_meeting) / sum(c.units_meeting + c.units_failing + c.units_unknown))::text, 3),
					lpad(round(100 * sum(c.units_failing) / sum(c.units_meeting + c.units_failing + c.units_unknown))::text, 3),
					lpad(round(100 * sum(c.units_unknown) / sum(c.units_meeting + c.units_failing + c.units_unknown))::text, 3))
				 AS shares
	  FROM circular_ict.criteria_compliance(:as_of) c JOIN demo_label l ON l.name = c.organisation
	  GROUP BY c.scheme, c.level, l.org) c
GROUP BY c.scheme, c.level ORDER BY c.scheme, c.level;

\echo
\echo '10. life_extension_scenarios(as_of): keeping every unit in service 1 or 2 years longer'
\echo 'Baseline: the observed Kaplan-Meier median life (else the reference lifespan); saved: the embodied'
\echo 'CO2e and the critical raw materials (CRM) no longer spent each year on replacements.'
SELECT l.org, sum(e.units_in_service) AS "in service",
	   round(sum(e.annual_co2e_kg)::numeric / 1000, 1) AS "CO2e now (t/yr)",
	   round(sum(e.co2e_saved_1y_kg)::numeric / 1000, 1) AS "saved +1y (t/yr)",
	   round(sum(e.co2e_saved_2y_kg)::numeric / 1000, 1) AS "saved +2y (t/yr)",
	   round(sum(e.critical_raw_materials_saved_1y_g)::numeric / 1000, 1) AS "CRM +1y (kg/yr)",
	   round(sum(e.critical_raw_materials_saved_2y_g)::numeric / 1000, 1) AS "CRM +2y (kg/yr)"
FROM circular_ict.life_extension_scenarios(:as_of) e JOIN demo_label l ON l.name = e.organisation
GROUP BY l.org ORDER BY l.org;
\echo 'The same reports, as of today, are the views circular_ict.fleet_overview, material_inventory,'
\echo 'lifespan_by_category, replacement_forecast, circularity_by_organisation, criteria_compliance and'
\echo 'life_extension_scenarios (standard SQL types, every column commented, granted to PUBLIC).'

\echo
\echo '11. The buyer group: each member sees its own organisation, and where it stands in the group'
\echo 'A login per analyst or BI connection, in the role circular_ict_member; organisation_member says'
\echo 'which organisation each reads (and writes). Row-level security does the rest: the same view,'
\echo 'queried by the GV analyst and by the MD analyst (units are the same on any day since 2026-01-01).'
-- demo roles (cluster-wide: made here, dropped at the end)
DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'circular_ict_demo_dba') THEN
		CREATE ROLE circular_ict_demo_dba NOLOGIN IN ROLE circular_ict_admin;
	END IF;
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'circular_ict_demo_gv') THEN
		CREATE ROLE circular_ict_demo_gv NOLOGIN IN ROLE circular_ict_member;
	END IF;
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'circular_ict_demo_md') THEN
		CREATE ROLE circular_ict_demo_md NOLOGIN IN ROLE circular_ict_member;
	END IF;
END $$;
-- the demo's labels (a temporary view) are readable by the demo roles
GRANT SELECT ON demo_label TO PUBLIC;
SET ROLE circular_ict_demo_dba;
INSERT INTO circular_ict.organisation_member (role, organisation_id, can_write)
SELECT m.role, o.id, true
FROM (VALUES ('circular_ict_demo_gv', 'GV'), ('circular_ict_demo_md', 'MD')) m (role, org)
	JOIN demo_label l ON l.org = m.org JOIN circular_ict.organisation o ON o.name = l.name;
RESET ROLE;
SET ROLE circular_ict_demo_gv;
SELECT current_user AS "logged in as", l.org, sum(f.units_in_use) AS "in use", sum(f.units_in_stock) AS "in stock",
	   sum(f.units_retired) AS "retired", count(*) AS "categories"
FROM circular_ict.fleet_overview f JOIN demo_label l ON l.name = f.organisation
GROUP BY l.org ORDER BY l.org;
RESET ROLE;
SET ROLE circular_ict_demo_md;
SELECT current_user AS "logged in as", l.org, sum(f.units_in_use) AS "in use", sum(f.units_in_stock) AS "in stock",
	   sum(f.units_retired) AS "retired", count(*) AS "categories"
FROM circular_ict.fleet_overview f JOIN demo_label l ON l.name = f.organisation
GROUP BY l.org ORDER BY l.org;
RESET ROLE;

\echo 'refresh_benchmarks(as_of), run by the admin: each organisation''s figures, and the group''s'
\echo 'distribution only where at least k organisations contribute. With the default k = 5 this group'
\echo 'of three publishes nothing:'
SET ROLE circular_ict_demo_dba;
SELECT * FROM circular_ict.refresh_benchmarks(:as_of);
\echo 'For the demo the admin sets k = 3 (too low for a real group: the README says why), and the group''s'
\echo 'common requirement, the EU GPP core criteria:'
INSERT INTO circular_ict.buyer_group_setting (min_organisations, scheme, level) VALUES (3, 'EU-GPP-2021', 'core');
SELECT * FROM circular_ict.refresh_benchmarks(:as_of);
RESET ROLE;
\echo 'my_benchmark, read by the GV analyst: its own figure beside the group''s quartiles and mean, and'
\echo 'the quartile it falls in (better: which way is better for circularity).'
SET ROLE circular_ict_demo_gv;
SELECT b.category, b.metric, b.better,
	   round(b.own_value::numeric, 3) AS "GV", round(b.group_q1::numeric, 3) AS "q1",
	   round(b.group_median::numeric, 3) AS "median", round(b.group_q3::numeric, 3) AS "q3",
	   round(b.group_mean::numeric, 3) AS "mean", b.quartile
FROM circular_ict.my_benchmark b
WHERE b.category IN ('all', 'laptop', 'smartphone')
ORDER BY b.category, b.metric;
RESET ROLE;
\echo
\echo '12. Deciding and disclosing. GV''s analyst compares three offers for its next laptops against the'
\echo 'EU GPP core criteria: per year of service (GV''s own fitted laptop life where the offer gives none),'
\echo 'cost with electricity at 0.25 EUR/kWh, CO2e on GV''s grid, critical raw materials; an offer that fails'
\echo 'a criterion is shown as excluded. Weights: cost 1, CO2e 1, critical raw materials 1.'
SET ROLE circular_ict_demo_gv;
INSERT INTO circular_ict.offer (organisation_id, tender, supplier, manufacturer, model, category, acquired,
	unit_price, currency, expected_service_years, embodied_kg_co2e, kwh_per_year, reparability_index, attributes)
SELECT o.id, 'Laptops 2026', v.supplier, v.manufacturer, v.model, 'laptop', v.acquired, v.price, 'EUR', v.years,
	v.embodied, v.kwh, v.repair, v.attributes::jsonb
FROM demo_label l JOIN circular_ict.organisation o ON o.name = l.name,
	(VALUES ('Supplier A', 'Acme', 'Notebook 14 G9', 'new', 1050, 6, 210, 18, 3.8, '{"warranty_years": 5}'),
			('Supplier B', 'Acme', 'Notebook 14 G6', 'refurbished', 520, NULL, 60, 22, NULL, '{"warranty_years": 3}'),
			('Supplier C', 'Bolt', 'Slim 13', 'new', 890, NULL, NULL, 15, NULL, '{"warranty_years": 1}'))
		v (supplier, manufacturer, model, acquired, price, years, embodied, kwh, repair, attributes)
WHERE l.org = 'GV';
SELECT supplier, model, acquired, round(service_years::numeric, 1) AS years, service_years_basis AS "years from",
	   excluded, round(cost_per_service_year::numeric) AS "EUR/yr", round(co2e_kg_per_service_year::numeric, 1) AS "kg CO2e/yr",
	   round(critical_g_per_service_year::numeric, 1) AS "CRM g/yr", reparability_class AS "repair", round(score::numeric, 2) AS score, rank
FROM circular_ict.compare_offers('Laptops 2026', 'EU-GPP-2021', 'core', electricity_price => 0.25, as_of => :as_of);
\echo 'GV''s reporting year 2025 (calendar year), as its sustainability report asks for it: GHG Protocol'
\echo '(scope 3 capital goods, whole and amortised; scope 2 location-based), ESRS E5 inflows and outflows,'
\echo 'and the Pact''s indicators. disclosure_document(organisation, year) gives the same as one JSON document.'
SELECT l.org, g.units_bought, round(g.embodied_kg_co2e_bought::numeric) AS "scope 3 kg", round(g.embodied_kg_co2e_amortised::numeric) AS "amortised kg",
	   round(g.kwh_in_use::numeric) AS kwh, round(g.scope2_location_kg_co2e::numeric) AS "scope 2 kg", round(g.embodied_on_defaults_share::numeric, 2) AS "on defaults"
FROM circular_ict.ghg_ict_emissions(2025, 2025) g JOIN demo_label l ON l.name = g.organisation;
SELECT l.org, round(e.mass_bought_kg::numeric) AS "bought kg", round(e.secondary_mass_share::numeric, 3) AS refurbished,
	   round(e.mass_retired_kg::numeric) AS "retired kg", round(e.reuse_kg::numeric) AS "reuse kg", round(e.recycling_kg::numeric) AS "recycling kg",
	   round(e.unknown_route_kg::numeric) AS "unknown kg", round(e.durability_ratio::numeric, 2) AS durability,
	   round(e.critical_raw_materials_retired_g::numeric / 1000, 1) AS "CRM retired kg"
FROM circular_ict.esrs_e5_ict(2025, 2025) e JOIN demo_label l ON l.name = e.organisation;
SELECT l.org, p.units_bought, round(p.bought_refurbished_share::numeric, 3) AS refurbished, p.units_retired,
	   round(p.median_service_life_retired_years::numeric, 1) AS "median life", round(p.retired_reused_share::numeric, 2) AS reused
FROM circular_ict.pact_indicators(2025, 2025) p JOIN demo_label l ON l.name = p.organisation;
RESET ROLE;

-- leave no demo roles behind
DELETE FROM circular_ict.offer WHERE tender = 'Laptops 2026';
DELETE FROM circular_ict.organisation_member WHERE role IN ('circular_ict_demo_gv', 'circular_ict_demo_md');
DROP ROLE circular_ict_demo_dba, circular_ict_demo_gv, circular_ict_demo_md;
