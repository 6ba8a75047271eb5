-- A small fleet that gives every report rows of every kind: two
-- organisations; assets in use, in stock, retired by each route and retired
-- after the report date; with and without a model, a composition, a
-- country with a grid figure; bought new and refurbished; lines of several
-- units; a user's reference rows beside the shipped ones.  Used by
-- test/checks/hostile_calls and test/checks/search_path_hijack.
SET search_path = circular_ict, public;

INSERT INTO organisation (name) VALUES ('Alpha'), ('Beta');
INSERT INTO device_category (name, description, typical_mass_kg, reference_weibull, reference_life_years,
	embodied_kg_co2e, kwh_per_year, source, confidence)
VALUES ('docking_station', 'docking station', 0.5, weibull(2, 7), 6, 20, 5, 'hostile fixture', 'unverified');
INSERT INTO category_element (category, element, grams, source, confidence)
VALUES ('docking_station', 'Cu', 40, 'hostile fixture', 'unverified');
INSERT INTO grid_intensity (country, kg_co2e_per_kwh, year, source, confidence)
VALUES ('NLD', 0.3, 2024, 'hostile fixture', 'verified');
INSERT INTO product_model (organisation_id, manufacturer, model, category, mass_kg, composition,
	embodied_kg_co2e, kwh_per_year, attributes, recycled_content, reused_content, recycled_efficiency)
VALUES (1, 'Acme', 'Book 14', 'laptop', 2.0, 'Co=40g, Au=100mg, Nd=1.5g', 200, 20,
		'{"warranty_years": 3, "spare_parts_years": 5, "battery_replaceable": true}', 0.1, 0, 0.8),
	   (NULL, 'Fairphone', '4', 'smartphone', NULL, NULL, NULL, NULL, '{"spare_parts_years": 7}', NULL, NULL, NULL),
	   (2, 'Dell', 'P2422H', 'monitor', 5.1, 'Cu=300g, In=0.2g', 300, 25, '{"warranty_years": 1}', 0.2, 0.1, 0.9);
INSERT INTO asset (organisation_id, serial, category, model_id, quantity, purchased, retired, status,
	eol_route, acquired, country, mass_kg, embodied_kg_co2e, kwh_per_year)
SELECT o.id, v.serial, v.category, m.id, v.quantity, v.purchased::date, v.retired::date, v.status,
	v.eol_route, v.acquired, v.country, v.mass_kg, v.embodied, v.kwh
FROM (VALUES
	('Alpha', 'A1', 'laptop', 'Book 14', 1, '2020-01-01', '2023-01-01', 'retired', 'formal_recycling', 'new', 'NLD', NULL, NULL, NULL),
	('Alpha', 'A2', 'laptop', NULL, 1, '2019-01-01', '2024-07-01', 'retired', 'reuse', 'refurbished', 'NLD', NULL, NULL, NULL),
	('Alpha', 'A3', 'laptop', 'Book 14', 3, '2022-01-01', NULL, 'in_use', NULL, 'new', 'NLD', NULL, NULL, NULL),
	('Alpha', 'A4', 'laptop', NULL, 1, '2024-01-01', NULL, 'in_use', NULL, 'new', NULL, 1.8, 250, 18.5),
	('Alpha', 'A5', 'smartphone', '4', 2, '2023-01-01', NULL, 'in_stock', NULL, 'new', 'FRA', NULL, NULL, NULL),
	('Alpha', 'A6', 'laptop', NULL, 1, '2018-03-01', '2025-06-01', 'retired', 'landfill', 'new', 'NLD', NULL, NULL, NULL),
	('Alpha', 'A7', 'laptop', NULL, 1, '2017-05-05', '2022-05-05', 'retired', 'refurbishment', 'new', 'DEU', NULL, NULL, NULL),
	('Alpha', 'A8', 'docking_station', NULL, 4, '2021-02-02', NULL, 'in_use', NULL, 'new', 'NLD', NULL, NULL, NULL),
	('Alpha', 'A9', 'laptop', NULL, 1, '2016-01-01', '2026-01-01', 'retired', 'formal_recycling', 'new', 'NLD', NULL, NULL, NULL),
	('Beta', 'B1', 'desktop', NULL, 1, '2018-01-01', NULL, 'in_use', NULL, 'new', 'BEL', NULL, NULL, NULL),
	('Beta', 'B2', 'desktop', NULL, 3, '2016-01-01', '2024-01-01', 'retired', 'informal_unknown', 'new', 'BEL', NULL, NULL, NULL),
	('Beta', 'B3', 'monitor', 'P2422H', 2, '2020-06-01', NULL, 'in_use', NULL, 'refurbished', NULL, NULL, NULL, NULL),
	('Beta', 'B4', 'monitor', 'P2422H', 1, '2015-06-01', '2021-06-01', 'retired', 'formal_recycling', 'new', 'BEL', NULL, NULL, NULL),
	('Beta', 'B5', 'desktop', NULL, 1, '2017-01-01', '2023-03-01', 'retired', 'reuse', 'new', 'BEL', NULL, NULL, NULL),
	('Beta', 'B6', 'smartphone', '4', 1, '2022-09-09', NULL, 'in_use', NULL, 'new', NULL, NULL, NULL, NULL)
) v (org, serial, category, model, quantity, purchased, retired, status, eol_route, acquired, country, mass_kg, embodied, kwh)
	JOIN organisation o ON o.name = v.org
	LEFT JOIN product_model m ON m.model = v.model;
RESET search_path;
