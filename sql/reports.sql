-- the reports on a small fixed fleet, as of 2025-01-01, every number checked
-- by hand from the reference rows (src/data/*.csv) and the formulas in the
-- SQL reference (doc/reference.md); the derivations are in the comments
SET search_path = circular_ict, public;

INSERT INTO organisation (name) VALUES ('Alpha'), ('Beta');
INSERT INTO product_model (organisation_id, manufacturer, model, category, mass_kg, composition,
						   embodied_kg_co2e, kwh_per_year, attributes, recycled_content, recycled_efficiency)
VALUES ((SELECT id FROM organisation WHERE name = 'Alpha'), 'Acme', 'Book 14', 'laptop', 2.0,
		'Co=40g, Au=100mg', 200, 20,
		'{"warranty_years": 3, "spare_parts_years": 5, "battery_replaceable": true}', 0.1, 0.8),
	   (NULL, 'Fairphone', '4', 'smartphone', NULL, NULL, NULL, NULL, '{}', NULL, NULL);
INSERT INTO asset (organisation_id, serial, category, model_id, quantity, purchased, retired, status,
				   eol_route, acquired, country)
SELECT o.id, v.serial, v.category, m.id, v.quantity, v.purchased::date, v.retired::date, v.status,
	   v.eol_route, v.acquired, v.country
FROM (VALUES
	('Alpha', 'A1', 'laptop', 'Book 14', 1, '2020-01-01', '2023-01-01', 'retired', 'formal_recycling', 'new', 'NLD'),
	('Alpha', 'A2', 'laptop', NULL, 1, '2019-01-01', '2024-07-01', 'retired', 'reuse', 'refurbished', 'NLD'),
	('Alpha', 'A3', 'laptop', 'Book 14', 2, '2022-01-01', NULL, 'in_use', NULL, 'new', 'NLD'),
	('Alpha', 'A4', 'laptop', NULL, 1, '2024-01-01', NULL, 'in_use', NULL, 'new', NULL),
	('Alpha', 'A5', 'smartphone', '4', 1, '2023-01-01', NULL, 'in_stock', NULL, 'new', 'FRA'),
	('Alpha', 'A6', 'laptop', NULL, 1, '2025-06-01', NULL, 'in_use', NULL, 'new', 'NLD'),
	('Alpha', 'A7', 'laptop', NULL, 1, '2020-01-01', '2025-06-01', 'retired', 'landfill', 'new', 'NLD'),
	('Beta', 'B1', 'desktop', NULL, 1, '2018-01-01', NULL, 'in_use', NULL, 'new', 'BEL'),
	('Beta', 'B2', 'desktop', NULL, 3, '2016-01-01', '2024-01-01', 'retired', NULL, 'new', 'BEL')
) v (org, serial, category, model, quantity, purchased, retired, status, eol_route, acquired, country)
	JOIN organisation o ON o.name = v.org
	LEFT JOIN product_model m ON m.model = v.model;
UPDATE asset SET eol_route = 'informal_unknown' WHERE serial = 'B2';

-- the facts of each asset: A6 (bought after as_of) is left out; A7, retired
-- after as_of, was in use then.  Ages are days / 365.25: A1 1096 days =
-- 3.000684, A2 2008 = 5.497604, A3 1096, A4 366 = 1.002053, A5 731 =
-- 2.001369, A7 1827 = 5.002053, B1 2557 = 7.000684, B2 2922 = 8.0.
-- Fallbacks: A1/A3 take the model's 2 kg, 200 kg CO2e, 20 kWh; A2/A4/A7
-- the laptop defaults of their purchase year's band
-- (src/data/device_category_vintage.csv): A2 (2019) the 2015-2019 band's
-- 1.782 kg and 238.9 kg, A4 (2024) and A7 (2020) the 2020- band's 1.65 kg
-- and 197.2 kg, and the category's 19.4 kWh (no band gives a laptop's
-- kWh); B1 (2018) and B2 (2016) the desktop 2015-2019 band's 6.86 kg,
-- 315.2 kg and 65 kWh; A4 has no country: the
-- figures of 2025, the latest year up to the as_of year of these tests
-- (src/data/grid_intensity.csv: Electricity Maps 2025, NLD 0.253, FRA
-- 0.031, BEL 0.18; the world's only year, Ember 2022: 0.48599).
SELECT organisation, serial, state, eol_route, round(age_years::numeric, 6) AS age,
	   mass_kg, embodied_kg_co2e AS embodied, kwh_per_year AS kwh, grid_kg_per_kwh AS grid,
	   world_average_grid AS world, round(mci::numeric, 6) AS mci
FROM asset_facts('2025-01-01') ORDER BY serial;

-- MCI by hand (doc/derivations.md#mci-formulas, a = 0.9):
--  A1: M = 2, F_R = 0.1, E_F = 0.8, C_R = 1 (formal recycling), E_C = the
--      laptop default's recovery-weighted efficiency e (below); V = 1.8,
--      W_F = 2 * 0.2 * 0.1 / 0.8 = 0.05, W_C = 2 * (1 - e), W0 = 0;
--      X = 3.000684 / 5; with e = 0.838625, W_C = 0.322750,
--      LFI = 1.986375 / 3.863625 = 0.514122, MCI = 1 - 0.514122 * 1.499658 = 0.228992.
--      (e: formal_recycling is the ICT route, boards out first: Au, Ag, Pd, Cu,
--      Ni, Sn 0.80, Valero Navazo et al., Int. J. LCA 19:567 (2014); Co 0.86,
--      Fe, Al 0.9; Li 0.01, UNEP IRP 2011; see sql/fleet_reference.sql)
--  A2: bought refurbished: F_U = 1, V = 0; reused at end of life: C_U = 1,
--      W0 = 0; LFI = 0, MCI = 1.
--  A3: the model's F_R = 0.1, E_F = 0.8 and no collection: V = 1.8,
--      W_F = 0.05, W0 = 2, LFI = (1.8 + 2.025) / 4.025 = 0.950311; in service
--      at 3.0 < L_av = 5, X = 1: MCI = 1 - 0.9 * 0.950311 = 0.144720.
--  A4, A5: virgin, no collection, younger than L_av: LFI = 1, X = 1: 0.1.
--  A7, B1: virgin, no collection, older than L_av: X = age / L_av:
--      A7 1 - 0.9 / (5.002053 / 5) = 0.100369, B1 1 - 0.9 / (7.000684 / 6) = 0.228647.
--  B2: virgin, unknown route: LFI = 1, X = 8 / 6: MCI = 1 - 0.9 / (4/3) = 0.325.
-- e for laptops, from category_element and recovery_rate (formal recycling):
SELECT round(efficiency::numeric, 6) AS laptop_recycling_efficiency
FROM category_recycling_efficiency WHERE category = 'laptop';

-- fleet_overview
--  Alpha/laptop: in use A3 (2) + A4 + A7 = 4; retired A1, A2.
--   mean age in use = (2 * 3.000684 + 1.002053 + 5.002053) / 4 = 3.001369
--   median service life = (3.000684 + 5.497604) / 2 = 4.249144
--   premature: A1 (3.0 < 5) of 2 = 0.5
--   annual CO2e = 2 * (200 / 3.000684 + 20 * 0.253) + (197.2 / 1.002053 + 19.4 * 0.48599)
--               + (197.2 / 5.002053 + 19.4 * 0.253) = 143.423 + 206.224 + 44.332 = 393.979
--  Alpha/smartphone: A5 in stock: embodied 56 / 2.001369, no electricity = 27.980847
--  Beta/desktop: B1 in use 315.2 / 7.000684 + 65 * 0.18 = 56.7242; B2 retired
--   (3 units at 8.0 years, not before the reference 6: premature 0)
--  crm_g of Beta/desktop: the default desktop composition's Pd 0.19 + Cu 320
--   + Al 420 + Nd 4.7 + Pr 0.78 + Dy 0.22 = 745.89; Alpha/smartphone: the
--   default (the model has none) Co 6.3 + Li 0.74 + Pd 0.011 + Nd 0.05
--   + Pr 0.01 + W 0.9 + Cu 8.25 = 16.261 (Si 13 is not silicon metal: issue 12, E4)
SELECT organisation, category, units_in_use AS in_use, units_in_stock AS in_stock,
	   units_retired AS retired, round(mean_age_in_use_years::numeric, 6) AS mean_age,
	   round(median_service_life_years::numeric, 6) AS median_life,
	   round(premature_share::numeric, 4) AS premature, round(annual_co2e_kg::numeric, 4) AS co2e,
	   units_without_co2e_figure AS no_co2e, units_on_world_average_grid AS world_grid,
	   round(critical_raw_materials_in_use_g::numeric, 4) AS crm_g
FROM fleet_overview('2025-01-01') ORDER BY organisation, category;
-- crm_g of Alpha/laptop: A3: 2 * 40 g Co; A4 and A7: twice the critical
-- grams of the default laptop composition (every element of category_element
-- for laptop whose raw_material row has crm_2023):
SELECT round(80 + 2 * critical_grams(composition)::numeric, 4) AS alpha_laptop_crm_g
FROM category_composition() WHERE category = 'laptop';
-- the shares of those grams resting on the default compositions' figures
-- of confidence unverified, and derived (issue 12, item 7).  By hand
-- (src/data/category_element.csv): Beta/desktop, B1 on the default desktop
-- composition: derived Nd 4.7 + Pr 0.78 + Dy 0.22 = 5.7 of 745.89 g =
-- 0.007642, unverified Co 0 g: 0.  Alpha/smartphone, A5 on the default:
-- derived Li 0.74 of 16.261 g = 0.045508, nothing unverified.  Alpha/laptop:
-- A3's 2 units carry the model's own 40 g Co (neither), A4 and A7 the
-- default laptop composition: twice its unverified (derived) critical grams
-- over the total, recomputed below from the rows of category_element and
-- raw_material (not through the materials type or critical_grams)
SELECT organisation, category, round(critical_raw_materials_unverified_share::numeric, 6) AS unverified,
	   round(critical_raw_materials_derived_share::numeric, 6) AS derived
FROM fleet_overview('2025-01-01') ORDER BY organisation, category;
SELECT round((2 * sum(ce.grams) FILTER (WHERE ce.confidence = 'unverified') / (80 + 2 * sum(ce.grams)))::numeric, 6)
		AS alpha_laptop_unverified,
	   round((2 * sum(ce.grams) FILTER (WHERE ce.confidence = 'derived') / (80 + 2 * sum(ce.grams)))::numeric, 6)
		AS alpha_laptop_derived
FROM category_element ce JOIN raw_material r ON r.symbol = ce.element
WHERE ce.category = 'laptop' AND ce.grams IS NOT NULL AND r.crm_2023 AND r.crm_component IS NULL;

-- material_inventory, for three elements
--  Alpha Co: in use A3 2 * 40 + A4 50 + A7 50 = 180; in stock A5 6.3; reused
--   A2 50; recycled A1 40; recovered 50 * 1 (reuse) + 40 * 0.86 (formal
--   recycling of Co) = 84.4; recoverable in service (180 + 6.3) * 0.86 = 160.218
--  Alpha Au: recovered 0.104 * 1 + 0.1 * 0.80 (formal recycling, the ICT
--   route) = 0.184; recoverable in service (0.408 + 0.03) * 0.80 = 0.3504;
--   Beta Au 0.143 * 0.80 = 0.1144; Ta rests wholly on an
--   unverified figure (laptop Ta 1.7 g): share 1
SELECT organisation, element, round(in_use_g::numeric, 4) AS in_use, round(in_stock_g::numeric, 4) AS stock,
	   round(retired_reuse_g::numeric, 4) AS reuse, round(retired_formal_recycling_g::numeric, 4) AS recycling,
	   round(retired_informal_unknown_g::numeric, 4) AS unknown, round(retired_landfill_g::numeric, 4) AS landfill,
	   round(recovered_g::numeric, 4) AS recovered, round(recoverable_in_service_g::numeric, 4) AS recoverable,
	   crm_2023, strategic_2023, round(unverified_share::numeric, 4) AS unverified
FROM material_inventory('2025-01-01') WHERE element IN ('Co', 'Au', 'Ta') ORDER BY organisation, element;
-- how much rests on figures estimated from a known share (confidence
-- derived in src/data/category_element.csv) and what the defaults lack
-- (issue 12, item 4):
--  Alpha Li: the laptop default's 5.9 g (from 49.73 g Co x 6.94/58.93) in
--   A2, A4, A7 and the smartphone's 0.74 g (6.3 g Co x 0.1178) in A5, all
--   derived: share 1; Alpha Nd: laptop 2.1 g derived (8.2 g magnets x 0.31 x
--   0.825) x 3 = 6.3 g, smartphone 0.05 g verified: 6.3 / 6.35 = 0.992126;
--   Beta Nd: desktop 4.7 g derived: 1; Co: no derived figure: 0
SELECT organisation, element, round((in_use_g + in_stock_g + retired_reuse_g + retired_formal_recycling_g
	   + retired_informal_unknown_g + retired_landfill_g)::numeric, 4) AS grams,
	   round(derived_share::numeric, 6) AS derived
FROM material_inventory('2025-01-01') WHERE element IN ('Co', 'Li', 'Nd') ORDER BY organisation, element;
--  the declared elements (56, sql/fleet_reference.sql) the default
--  compositions lack: laptop 34, smartphone 44, desktop 44 (the units
--  counted rest on them: A4, A7; A5; B1); NULL where no unit in service
--  rests on a default composition
SELECT organisation, category, composition_unknown_elements AS unknown_elements
FROM fleet_overview('2025-01-01') ORDER BY organisation, category;

-- lifespan_by_category
--  Alpha/laptop: 6 lives (A1 3.000684 and A2 5.497604 retired; A3 x 2 at
--   3.000684, A4 1.002053, A7 5.002053 censored). Kaplan-Meier: at 3.000684,
--   1 event of 5 at risk (events before censorings): S = 0.8; at 5.497604,
--   1 of 1: S = 0, median 5.497604. Independent oracle, R survival::survreg
--   on the same lives: k = 4.724078, lambda = 5.383978; the mean remaining
--   life of the 4 units in service by R's integrate(): 2.247972.
SELECT organisation, category, observed_units AS lives, retired_units AS retired,
	   round(km_median_years::numeric, 6) AS km_median, round(fitted_shape::numeric, 4) AS k,
	   round(fitted_scale::numeric, 4) AS lambda, round(reference_mean_years::numeric, 6) AS ref_mean,
	   units_in_service AS in_service, round(mean_remaining_life_years::numeric, 6) AS remaining,
	   remaining_life_basis AS basis
FROM lifespan_by_category('2025-01-01') ORDER BY organisation, category;

-- replacement_forecast
--  Alpha/laptop, by R on the survreg fit: sum over the 4 units in service of
--   (S(a + h1) - S(a + h2)) / S(a) for the calendar years: 0.961069 0.982816
--   0.868125 0.627217 0.369242 0.159975
--  co2e_kg: the units on their own figure (A3: the model's 200 kg) plus
--   the others' expected retirements times the embodied CO2e of a unit of
--   the category bought in the year replaced: 2025 to 2030 all in the 2020-
--   band, laptop 197.2 kg, desktop 336 kg (Beta/desktop 2025: 0.153495 *
--   336 = 51.5743)
SELECT organisation, category, year, period_start, period_end,
	   round(expected_retirements::numeric, 6) AS retirements,
	   round(replacement_embodied_co2e_kg::numeric, 4) AS co2e_kg,
	   round(replacement_critical_raw_materials_g::numeric, 4) AS crm_g, lifetime_basis
FROM replacement_forecast('2025-01-01') ORDER BY organisation, category, year;
-- the shares of the replacements' critical grams resting on unverified and
-- on derived composition figures: those of the default compositions where
-- every unit rests on them (Beta/desktop 0 and 0.007642, Alpha/smartphone 0
-- and 0.045508, as fleet_overview's above); for Alpha/laptop, where A3's
-- units carry their model's own grams, they move with the years A3 retires
-- in, but both scale the same units: their ratio is the laptop default's
-- unverified to derived critical grams (Pt 0.004 + Pr 0.27 + Dy 0.06 + Ta
-- 1.7 + Ga 0.005 = 2.039 g; Li 5.9 + Nd 2.1 + Y 0.0018 + Eu 0.00013 + Tb
-- 0.00004 = 8.00197 g: 0.254812)
SELECT organisation, category, year, round(critical_raw_materials_unverified_share::numeric, 6) AS unverified,
	   round(critical_raw_materials_derived_share::numeric, 6) AS derived,
	   round((critical_raw_materials_unverified_share / critical_raw_materials_derived_share)::numeric, 6) AS ratio
FROM replacement_forecast('2025-01-01') WHERE year IN (2025, 2030) ORDER BY organisation, category, year;

-- circularity_by_organisation
--  Alpha: mass-weighted MCI (2 * 0.228992 + 1.782 * 1 + 4 * 0.144720
--   + 1.65 * 0.1 + 0.1352 * 0.1 + 1.65 * 0.100369) / 11.2172 = 0.281977;
--   1 of 7 units bought refurbished; of 2 retired, 1 reused, 1 recycled
--  Beta: (6.86 * 0.228647 + 3 * 6.86 * 0.325) / 27.44 = 0.300912
SELECT organisation, units, round(company_mci::numeric, 6) AS company_mci, round(mci_mass_kg::numeric, 4) AS mass_kg,
	   round(refurbished_share::numeric, 4) AS refurbished, retired_units,
	   round(reuse_share::numeric, 4) AS reuse, round(recycling_share::numeric, 4) AS recycling,
	   round(unknown_share::numeric, 4) AS unknown, round(landfill_share::numeric, 4) AS landfill
FROM circularity_by_organisation('2025-01-01') ORDER BY organisation;

-- criteria_compliance, for two schemes; criteria and criteria_unverified
-- are the rows of src/data/criterion.csv for the scheme, category and level
-- and those of confidence unverified among them: EU-Ecodesign smartphone 9,
-- 3 (os_updates, security_update_delay, functionality_update_delay);
-- SE-Upphandlingsmyndigheten laptop core 6, 1 (standard_power_port),
-- laptop and desktop advanced 2, 1 (secure_data_deletion), desktop core 3,
-- smartphone core 3 and advanced 1, none unverified
SELECT * FROM criteria_compliance('2025-01-01')
WHERE scheme IN ('SE-Upphandlingsmyndigheten', 'EU-Ecodesign') ORDER BY organisation, scheme, level, category;

-- life_extension_scenarios
--  Alpha/laptop: baseline the Kaplan-Meier median L = 5.497604; annual CO2e
--   = (2 * 200 + 197.2 + 197.2) / L + 2 * 20 * 0.253 + 19.4 * 0.48599 + 19.4 * 0.253
--   = 168.9557; 1 year longer saves 794.4 * (1/L - 1/(L + 1)) = 22.2389
--  Beta/desktop: B1, L = 8 (its history): 315.2 / 8 + 65 * 0.18 = 51.1, saves
--   315.2 * (1/8 - 1/9) = 4.3778
--  Alpha/smartphone (in stock, no history): L = 2.5, 56 / 2.5 = 22.4,
--   saves 56 * (1/2.5 - 1/3.5) = 6.4
SELECT organisation, category, units_in_service AS units, round(baseline_life_years::numeric, 6) AS baseline,
	   baseline_basis, round(annual_co2e_kg::numeric, 4) AS co2e, round(co2e_saved_1y_kg::numeric, 4) AS saved_1y,
	   round(co2e_saved_2y_kg::numeric, 4) AS saved_2y, round(critical_raw_materials_saved_1y_g::numeric, 4) AS crm_1y
FROM life_extension_scenarios('2025-01-01') ORDER BY organisation, category;

-- what the figures rest on (issue 12, item 7), by hand from
-- src/data/device_category_figure.csv and device_category_vintage.csv.
-- lifespan_by_category: the reference Weibull's confidence, the weaker of
-- its shape's and scale's: laptop and desktop secondary, smartphone
-- unverified
SELECT organisation, category, remaining_life_basis AS basis, reference_confidence
FROM lifespan_by_category('2025-01-01') ORDER BY organisation, category;
-- life_extension_scenarios: Alpha/smartphone's baseline is the reference
-- lifespan (secondary), the others' their observed medians (their own
-- data: NULL).  Every embodied figure of a category this fleet uses is
-- derived: of Alpha/laptop's units in service, A3's 2 x 200 kg are the
-- model's own, A4's and A7's 2 x 197.2 kg the 2020- band's: 394.4 / 794.4
-- = 0.496475; Beta/desktop (B1, the 2015-2019 band) and Alpha/smartphone
-- (A5, the category's 56 kg) rest on them wholly.  The critical grams'
-- shares are fleet_overview's above (the same units in service)
SELECT l.organisation, l.category, l.baseline_basis AS basis, l.baseline_confidence,
	   round(l.co2e_unverified_share::numeric, 6) AS co2e_unverified, round(l.co2e_derived_share::numeric, 6) AS co2e_derived,
	   round(l.critical_raw_materials_unverified_share::numeric, 6) AS crm_unverified,
	   round(l.critical_raw_materials_derived_share::numeric, 6) AS crm_derived,
	   abs(l.critical_raw_materials_unverified_share - f.critical_raw_materials_unverified_share) < 1e-12
	   AND abs(l.critical_raw_materials_derived_share - f.critical_raw_materials_derived_share) < 1e-12 AS as_fleet_overview
FROM life_extension_scenarios('2025-01-01') l
	JOIN fleet_overview('2025-01-01') f USING (organisation, category)
ORDER BY l.organisation, l.category;
-- circularity_by_organisation: every unit's MCI reads a recycling
-- efficiency derived from its category's element recovery rates (no
-- category has a figure of its own), and no figure it reads is unverified
-- (masses verified or derived, reference lifespans secondary): derived 1
SELECT organisation, round(mci_unverified_share::numeric, 6) AS mci_unverified,
	   round(mci_derived_share::numeric, 6) AS mci_derived
FROM circularity_by_organisation('2025-01-01') ORDER BY organisation;
-- a user's smartphone row of confidence unverified (the shipped figures
-- otherwise): A5's MCI rests on it, 0.1352 kg of Alpha's 11.2172: 0.012053
-- unverified, 0.987947 derived; its baseline and embodied emissions too
BEGIN;
INSERT INTO device_category (name, description, typical_mass_kg, reference_weibull, reference_life_years,
							 embodied_kg_co2e, kwh_per_year, source, confidence)
VALUES ('smartphone', 'our phones', 0.1352, weibull(1.56, 6.26), 2.5, 56, 7.0, 'our own estimate', 'unverified');
SELECT organisation, round(company_mci::numeric, 6) AS company_mci, round(mci_unverified_share::numeric, 6) AS mci_unverified,
	   round(mci_derived_share::numeric, 6) AS mci_derived
FROM circularity_by_organisation('2025-01-01') ORDER BY organisation;
SELECT organisation, category, baseline_basis AS basis, baseline_confidence,
	   round(co2e_unverified_share::numeric, 6) AS co2e_unverified, round(co2e_derived_share::numeric, 6) AS co2e_derived
FROM life_extension_scenarios('2025-01-01') WHERE category = 'smartphone';
SELECT serial, mass_confidence, embodied_confidence, reference_life_confidence, mci_confidence, composition_defaulted
FROM asset_facts('2025-01-01') ORDER BY serial;
ROLLBACK;

-- the views are the functions at current_date, with standard types only
SELECT (SELECT count(*) FROM fleet_overview) = (SELECT count(*) FROM fleet_overview(current_date)) AS same_rows;
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'circular_ict'::regnamespace AND c.relkind = 'v' AND a.attnum > 0
  AND c.relname IN ('fleet_overview', 'material_inventory', 'lifespan_by_category', 'replacement_forecast',
					'circularity_by_organisation', 'criteria_compliance', 'life_extension_scenarios')
  AND format_type(a.atttypid, a.atttypmod) NOT IN ('text', 'integer', 'bigint', 'double precision', 'date', 'boolean', 'numeric');
SELECT c.relname FROM pg_class c
WHERE c.relnamespace = 'circular_ict'::regnamespace AND c.relkind = 'v'
  AND (obj_description(c.oid, 'pg_class') IS NULL
	   OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
				  AND col_description(c.oid, a.attnum) IS NULL
				  AND c.relname IN ('fleet_overview', 'material_inventory', 'lifespan_by_category', 'replacement_forecast',
									'circularity_by_organisation', 'criteria_compliance', 'life_extension_scenarios')));
-- a WHERE on a view reaches the asset scan (the functions are inlined): the
-- plan looks the organisation up by name and its assets up by index
CREATE FUNCTION pg_temp.plan_mentions(query text, pattern text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		IF line ~ pattern THEN RETURN true; END IF;
	END LOOP;
	RETURN false;
END $$;
-- (one organisation's assets, read by index, may be added in another
-- order than all of them in a parallel scan)
\i test/sql/compare_rows.sql
CREATE FUNCTION pg_temp.one_organisation(report text, id integer, name text, as_of date,
	OUT rows_of_one bigint, OUT rows_filtered bigint, OUT differing bigint) LANGUAGE plpgsql AS $$
DECLARE
	one text := format('SELECT * FROM circular_ict.%I(%L, %s)', report, as_of, id);
	filtered text := format('SELECT * FROM circular_ict.%I(%L) x WHERE x.organisation = %L', report, as_of, name);
BEGIN
	EXECUTE format('SELECT count(*) FROM (%s) x', one) INTO rows_of_one;
	EXECUTE format('SELECT count(*) FROM (%s) x', filtered) INTO rows_filtered;
	differing := pg_temp.rows_differing(one, filtered);
END $$;
SELECT pg_temp.plan_mentions($$SELECT * FROM circularity_by_organisation('2025-01-01') WHERE organisation = 'Beta'$$,
							 'Index Cond: \(name = ''Beta''::text\)') AS organisation_by_index,
	   pg_temp.plan_mentions($$SELECT * FROM fleet_overview WHERE organisation = 'Beta'$$,
							 'Index Cond: \(name = ''Beta''::text\)') AS view_too;
-- and its assets by the organisation's id, in every report: a report that
-- joined the name only to its groups would aggregate every organisation and
-- filter the groups after (still looking the name up by index)
SELECT r AS report, pg_temp.plan_mentions(format('SELECT * FROM %I WHERE organisation = %L', r, 'Beta'),
										  'Index Cond: \(organisation_id = o(_[0-9]+)?\.id\)') AS assets_by_its_id
FROM unnest(ARRAY['fleet_overview', 'material_inventory', 'lifespan_by_category', 'replacement_forecast',
				  'circularity_by_organisation', 'criteria_compliance', 'life_extension_scenarios']) r
ORDER BY 1;
-- the shared layer keeps the reports in the parallel workers: no scalar
-- subquery (an initplan) and no correlated subquery (a subplan) in it, since
-- an aggregate over either stays in the leader (the world's grid factor as
-- a scalar subquery and grid_intensity_for's EXISTS kept fleet_overview serial)
SELECT f AS shared_layer, NOT pg_temp.plan_mentions(format('SELECT * FROM %s(''2025-01-01'')', f),
													'InitPlan|SubPlan') AS no_initplan_or_subplan
FROM unnest(ARRAY['asset_states', 'asset_facts', 'asset_lives', 'fleet_lifetables']) f
ORDER BY 1;
-- the state as the flags the reports' FILTERs test (asset_states:
-- in_service, in_use, in_stock, computed from the stored columns and the
-- table's checks) says what the state says, and service_life_years is the
-- age floored at one day, as of dates before, between and after the
-- fixture's retirements (a unit retired later is in use then); the
-- counts by state show each date's mix
SELECT d.as_of, count(*) AS assets,
	count(*) FILTER (WHERE s.in_service IS DISTINCT FROM (s.state <> 'retired')
					   OR s.in_use IS DISTINCT FROM (s.state = 'in_use')
					   OR s.in_stock IS DISTINCT FROM (s.state = 'in_stock')) AS flags_differing,
	count(*) FILTER (WHERE s.service_life_years IS DISTINCT FROM greatest(s.age_years, 1.0 / 365.25))
		AS life_differing,
	count(*) FILTER (WHERE s.in_use) AS in_use, count(*) FILTER (WHERE s.in_stock) AS in_stock,
	count(*) FILTER (WHERE NOT s.in_service) AS retired,
	(SELECT count(*) FROM asset_facts(d.as_of) f JOIN asset_states(d.as_of) t USING (asset_id)
	 WHERE (f.in_service, f.in_use, f.in_stock, f.service_life_years)
		   IS DISTINCT FROM (t.in_service, t.in_use, t.in_stock, t.service_life_years)) AS facts_differing
FROM unnest(ARRAY[date '2016-06-30', '2019-06-30', '2022-06-30', '2025-01-01']) d (as_of)
	CROSS JOIN LATERAL asset_states(d.as_of) s
GROUP BY d.as_of ORDER BY d.as_of;
-- one organisation's report (organisation_id) is the report of every
-- organisation filtered on that organisation's name, for every report, as
-- of three dates (floats to 12 significant digits); an id without an
-- organisation gives none
SELECT r AS report, o.name AS organisation, d.as_of,
	t.rows_of_one, t.rows_filtered, t.differing
FROM unnest(ARRAY['fleet_overview', 'material_inventory', 'lifespan_by_category', 'replacement_forecast',
				  'circularity_by_organisation', 'criteria_compliance', 'life_extension_scenarios']) r
	CROSS JOIN organisation o
	CROSS JOIN unnest(ARRAY[date '2016-06-30', '2019-06-30', '2025-01-01']) d (as_of)
	CROSS JOIN LATERAL pg_temp.one_organisation(r, o.id, o.name, d.as_of) t
ORDER BY 1, 2, 3;
SELECT count(*) AS rows_of_no_organisation FROM fleet_overview('2025-01-01', -1);
-- the id reaches the asset scan: the assets are looked up by it
SELECT pg_temp.plan_mentions(format('SELECT * FROM replacement_forecast(''2025-01-01'', %s)', o.id),
							 'Index Cond: \(organisation_id = ' || o.id || '\)') AS assets_by_organisation_id
FROM organisation o WHERE o.name = 'Beta';

DELETE FROM asset;
DELETE FROM product_model;
DELETE FROM organisation;
RESET search_path;

-- every report column has its comment, from the one list of its file: the
-- helper the scripts use refuses a list that misses a column, names a
-- column the view does not have, or is not pairs
SELECT count(*) AS report_columns_without_comment
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'circular_ict'::regnamespace AND c.relkind = 'v' AND a.attnum > 0
  AND c.relname IN ('fleet_overview', 'material_inventory', 'lifespan_by_category', 'replacement_forecast',
					'circularity_by_organisation', 'criteria_compliance', 'life_extension_scenarios')
  AND col_description(c.oid, a.attnum) IS NULL;
BEGIN;
SELECT circular_ict.comment_report_columns('circular_ict.fleet_overview', ARRAY[['organisation', 'organisation name']]);
ROLLBACK;
BEGIN;
SELECT circular_ict.comment_report_columns('circular_ict.fleet_overview', ARRAY[['no_such_column', 'x']]);
ROLLBACK;
SELECT circular_ict.comment_report_columns('circular_ict.fleet_overview', ARRAY['organisation', 'x']);
SELECT has_function_privilege('public', 'circular_ict.comment_report_columns(regclass, text[])', 'EXECUTE') AS public_may_run_it;
