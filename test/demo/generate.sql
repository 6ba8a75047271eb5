-- The demo fleet: a deterministic generator of the asset registers of a
-- buyer group of three organisations, staged in circular_ict.asset_import
-- the way their inventory exports would arrive.  Run by test/demo/demo.sql
-- (\ir), after CREATE EXTENSION; import_assets() is called by demo.sql.
--
-- Everything is synthetic: the organisations, the models (fictional
-- manufacturers Acme, Globex, Initech, Umbra, Modulo) and their declared
-- figures.  Only the shipped reference data of the extension is real.
--
-- Deterministic: every random number is a hash of (asset number, stream),
-- not random(), so the fleet does not depend on the order in which the
-- server evaluates rows, nor on the PostgreSQL major (hashint8extended is
-- the hash of hash partitioning, which must not change between majors).
-- The psql variable demo_assets sets the size (default 30000).
\if :{?demo_assets}
\else
\set demo_assets 30000
\endif

-- a uniform number in (0, 1) for an asset and a stream
CREATE FUNCTION pg_temp.u(i bigint, stream integer) RETURNS float8
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN (((pg_catalog.hashint8extended(i, stream) >> 11) & 9007199254740991)::float8 + 0.5)
		   / 9007199254740992.0;

-- the three organisations: size, how long they keep devices (a Weibull
-- of the laptop service life; other categories scale it), where devices
-- go at the end, how they buy, and how their export is laid out
CREATE TEMP TABLE demo_org (
	code text PRIMARY KEY,
	name text NOT NULL,
	share float8 NOT NULL,			-- of all assets
	life_shape float8 NOT NULL,		-- Weibull k of the laptop service life
	life_scale float8 NOT NULL,		-- Weibull scale, years
	route_reuse float8 NOT NULL,	-- end-of-life routes of retired units (the rest: landfill)
	route_refurb float8 NOT NULL,
	route_recycling float8 NOT NULL,
	route_unknown float8 NOT NULL,
	refurbished float8 NOT NULL,	-- share bought refurbished (from 2020; a third of it before)
	in_stock float8 NOT NULL		-- share of the units in service kept as spares
);
INSERT INTO demo_org VALUES
	('GV', 'Gemeente Voorbeeldstad', 0.30, 3.0, 5.3, 0.10, 0.25, 0.45, 0.18, 0.06, 0.03),
	('MD', 'Ministerie van Digitale Zaken', 0.45, 4.5, 4.3, 0.05, 0.50, 0.35, 0.10, 0.02, 0.05),
	('UN', 'Universiteit Noordzee', 0.25, 1.8, 6.2, 0.15, 0.10, 0.40, 0.33, 0.10, 0.03);

-- the category mix of each organisation (weights), the category's
-- service life relative to a laptop, and its names in the exports
CREATE TEMP TABLE demo_mix (
	org text NOT NULL,
	category text NOT NULL,
	weight float8 NOT NULL,
	life_factor float8 NOT NULL,
	code text NOT NULL,				-- serial prefix
	g4it_type text NOT NULL,		-- type as a G4IT/NumEcoEval export writes it
	english text NOT NULL			-- category as the English exports write it
);
INSERT INTO demo_mix
SELECT o.org, c.category, w.weight, c.life_factor, c.code, c.g4it_type, c.english
FROM (VALUES ('laptop', 1.00, 'LAP', 'Laptop', 'Laptop'),
			 ('monitor', 1.45, 'MON', 'Ecran', 'Monitor'),
			 ('smartphone', 0.60, 'PHN', 'Smartphone', 'smartphone'),
			 ('desktop', 1.20, 'DSK', 'Desktop', 'Desktop PC'),
			 ('tablet', 0.75, 'TAB', 'Tablet', 'tablet'),
			 ('thin_client', 1.35, 'THC', 'Client léger', 'Thin client'),
			 ('printer', 1.40, 'PRN', 'Printer', 'Multifunction printer'),
			 ('server', 1.30, 'SRV', 'Server', 'Rack server'),
			 ('network_switch', 1.60, 'NSW', 'Switch', 'Network switch'))
		 AS c (category, life_factor, code, g4it_type, english)
	CROSS JOIN (VALUES ('GV'), ('MD'), ('UN')) AS o (org)
	JOIN (VALUES
		('GV', 'laptop', 38), ('GV', 'monitor', 25), ('GV', 'smartphone', 15), ('GV', 'desktop', 8),
		('GV', 'tablet', 4), ('GV', 'thin_client', 5), ('GV', 'printer', 2.5), ('GV', 'server', 1.5),
		('GV', 'network_switch', 1),
		('MD', 'laptop', 42), ('MD', 'monitor', 22), ('MD', 'smartphone', 22), ('MD', 'desktop', 4),
		('MD', 'tablet', 6), ('MD', 'thin_client', 1), ('MD', 'printer', 1.5), ('MD', 'server', 1),
		('MD', 'network_switch', 0.5),
		('UN', 'laptop', 36), ('UN', 'monitor', 24), ('UN', 'smartphone', 8), ('UN', 'desktop', 16),
		('UN', 'tablet', 5), ('UN', 'printer', 3), ('UN', 'server', 5), ('UN', 'network_switch', 3))
		AS w (org, category, weight) ON w.org = o.org AND w.category = c.category;

-- where the units are used: the ministry has posts abroad (Curaçao has
-- no grid factor: the reports fall back to the world average and say so)
CREATE TEMP TABLE demo_place (
	org text NOT NULL,
	weight float8 NOT NULL,
	country text NOT NULL,			-- as the organisation's export writes it
	entity text NOT NULL
);
INSERT INTO demo_place VALUES
	('GV', 30, 'Netherlands', 'Burgerzaken'), ('GV', 25, 'Netherlands', 'Sociaal Domein'),
	('GV', 20, 'Pays-Bas', 'Openbare Ruimte'), ('GV', 25, 'Netherlands', 'Bedrijfsvoering'),
	('MD', 40, 'NL', 'Directie Digitale Overheid'), ('MD', 30, 'NL', 'Directie Bedrijfsvoering'),
	('MD', 20, 'nl', 'Inspectie'), ('MD', 3, 'BE', 'Permanente Vertegenwoordiging Brussel'),
	('MD', 3, 'DE', 'Ambassade Berlijn'), ('MD', 2, 'FR', 'Ambassade Parijs'),
	('MD', 2, 'CW', 'Vertegenwoordiging Willemstad'),
	('UN', 45, 'nld', 'Faculteit Bètawetenschappen'), ('UN', 30, 'nld', 'Faculteit Geesteswetenschappen'),
	('UN', 15, 'nld', 'Universitair Bedrijfsbureau'), ('UN', 6, 'deu', 'Campus Aken'),
	('UN', 4, 'Belgium', 'Campus Antwerpen');

-- the product models bought, when, and how often per organisation (a
-- NULL model: the export leaves it empty)
CREATE TEMP TABLE demo_choice (
	id integer GENERATED ALWAYS AS IDENTITY,
	category text NOT NULL,
	manufacturer text,
	model text,
	first_year integer NOT NULL,
	last_year integer NOT NULL,
	w_gv float8 NOT NULL,
	w_md float8 NOT NULL,
	w_un float8 NOT NULL
);
INSERT INTO demo_choice (category, manufacturer, model, first_year, last_year, w_gv, w_md, w_un) VALUES
	('laptop', 'Acme', 'Acme Notebook 14 G1', 2016, 2018, 6, 6, 3),
	('laptop', 'Acme', 'Acme Notebook 14 G2', 2019, 2021, 6, 6, 3),
	('laptop', 'Acme', 'Acme Notebook 14 G3', 2022, 2025, 6, 8, 3),
	('laptop', 'Globex', 'Globex Slim 13', 2016, 2022, 3, 1, 4),
	('laptop', 'Globex', 'Globex Slim 13 Gen 2', 2023, 2025, 3, 1, 4),
	('laptop', NULL, NULL, 2016, 2025, 1, 0.3, 2),
	('desktop', 'Acme', 'Acme Tower 5', 2016, 2020, 5, 5, 3),
	('desktop', 'Acme', 'Acme Mini 7', 2021, 2025, 5, 5, 2),
	('desktop', 'Initech', 'Initech Lab Workstation', 2016, 2025, 0, 0, 3),
	('desktop', NULL, NULL, 2016, 2025, 1, 0.3, 1),
	('monitor', 'Initech', 'Initech View 24', 2016, 2020, 5, 5, 4),
	('monitor', 'Initech', 'Initech View 24 Eco', 2021, 2025, 5, 6, 2),
	('monitor', 'Globex', 'Globex Display 27', 2018, 2025, 2, 1, 4),
	('monitor', NULL, NULL, 2016, 2025, 1, 0.3, 2),
	('smartphone', 'Umbra', 'Umbra Phone 8', 2016, 2019, 5, 5, 5),
	('smartphone', 'Umbra', 'Umbra Phone 11', 2020, 2022, 5, 4, 5),
	('smartphone', 'Umbra', 'Umbra Phone 14', 2023, 2025, 4, 3, 5),
	('smartphone', 'Modulo', 'Modulo Phone 3', 2021, 2025, 2, 5, 1),
	('smartphone', NULL, NULL, 2016, 2025, 1, 0.3, 2),
	('tablet', 'Umbra', 'Umbra Tab 10', 2016, 2021, 5, 5, 5),
	('tablet', 'Umbra', 'Umbra Tab 11', 2022, 2025, 5, 5, 5),
	('tablet', NULL, NULL, 2016, 2025, 1, 0.3, 2),
	('thin_client', 'Acme', 'Acme Thin T2', 2016, 2025, 1, 1, 1),
	('printer', 'Initech', 'Initech Print 500', 2016, 2025, 4, 4, 4),
	('printer', NULL, NULL, 2016, 2025, 1, 1, 1),
	('server', 'Globex', 'Globex Rack R7', 2016, 2020, 1, 1, 1),
	('server', 'Globex', 'Globex Rack R8', 2021, 2025, 1, 1, 1),
	('network_switch', 'Initech', 'Initech Switch 48', 2016, 2025, 1, 1, 1);

-- the shared model catalogue (organisation_id NULL): what the
-- manufacturers declare.  Initech Lab Workstation is not in it: the
-- import creates it for the university, without declared attributes.
INSERT INTO circular_ict.product_model (manufacturer, model, category, mass_kg, composition,
		embodied_kg_co2e, kwh_per_year, recycled_content, attributes)
SELECT m.manufacturer, m.model, m.category, m.mass_kg,
	CASE WHEN m.composition_factor IS NOT NULL THEN
		(SELECT cc.composition OPERATOR(circular_ict.*) m.composition_factor
		 FROM circular_ict.category_composition() cc WHERE cc.category = m.category) END,
	m.embodied_kg_co2e, m.kwh_per_year, m.recycled_content, m.attributes::jsonb
FROM (VALUES
	('Acme', 'Acme Notebook 14 G1', 'laptop', NULL, NULL, NULL, NULL, NULL,
	 '{"warranty_years": 3, "spare_parts_years_after_delivery": 3, "battery_replaceable": true}'),
	('Acme', 'Acme Notebook 14 G2', 'laptop', 1.6, NULL, NULL, 18.0, NULL,
	 '{"warranty_years": 3, "spare_parts_years_after_delivery": 5, "battery_replaceable": true,
	   "warranty_includes_battery": true, "warranty_pickup_or_onsite": true, "battery_health_info": true,
	   "standardised_power_port": true, "repair_instructions_public": true, "secure_data_deletion": true}'),
	('Acme', 'Acme Notebook 14 G3', 'laptop', 1.4, 0.85, 228, 16.5, 0.15,
	 '{"warranty_years": 5, "warranty_offered_years": 5, "spare_parts_years_after_delivery": 7,
	   "spare_parts_years_after_production": 7, "battery_replaceable": true, "warranty_includes_battery": true,
	   "warranty_pickup_or_onsite": true, "battery_health_info": true, "standardised_power_port": true,
	   "repair_instructions_public": true, "secure_data_deletion": true, "charging_port": "USB-C",
	   "battery_capacity_pct_after_300_cycles": 85, "product_id_barcode": true,
	   "repairability_index_published": true}'),
	('Globex', 'Globex Slim 13', 'laptop', 1.2, NULL, NULL, NULL, NULL,
	 '{"warranty_years": 1, "battery_replaceable": false, "charging_port": "proprietary"}'),
	('Globex', 'Globex Slim 13 Gen 2', 'laptop', 1.2, NULL, 245, NULL, NULL,
	 '{"warranty_years": 2, "battery_replaceable": false, "charging_port": "USB-C"}'),
	('Acme', 'Acme Tower 5', 'desktop', NULL, NULL, NULL, NULL, NULL,
	 '{"warranty_years": 3, "spare_parts_years_after_delivery": 5, "warranty_pickup_or_onsite": true}'),
	('Acme', 'Acme Mini 7', 'desktop', 1.3, 0.3, 160, 30.0, 0.2,
	 '{"warranty_years": 5, "spare_parts_years_after_delivery": 7, "warranty_pickup_or_onsite": true,
	   "repair_instructions_public": true, "secure_data_deletion": true}'),
	('Initech', 'Initech View 24', 'monitor', NULL, NULL, NULL, NULL, NULL,
	 '{"warranty_years": 3}'),
	('Initech', 'Initech View 24 Eco', 'monitor', 4.2, NULL, 290, 25.0, 0.6,
	 '{"warranty_years": 5, "spare_parts_years_after_delivery": 7, "warranty_pickup_or_onsite": true}'),
	('Globex', 'Globex Display 27', 'monitor', 6.0, NULL, NULL, 45.0, NULL,
	 '{"warranty_years": 2, "warranty_pickup_or_onsite": false}'),
	('Umbra', 'Umbra Phone 8', 'smartphone', NULL, NULL, NULL, NULL, NULL,
	 '{"warranty_years": 2, "os_update_years": 3, "battery_replaceable": false}'),
	('Umbra', 'Umbra Phone 11', 'smartphone', NULL, NULL, NULL, NULL, NULL,
	 '{"warranty_years": 2, "os_update_years": 4, "battery_replaceable": false}'),
	('Umbra', 'Umbra Phone 14', 'smartphone', 0.19, NULL, 61, NULL, NULL,
	 '{"warranty_years": 2, "os_update_years": 5, "spare_parts_years": 7, "battery_cycles_80pct": 800,
	   "battery_replaceable": false}'),
	('Modulo', 'Modulo Phone 3', 'smartphone', 0.22, 1.1, 45, 6.0, 0.4,
	 '{"warranty_years": 5, "warranty_offered_years": 5, "os_update_years": 8, "spare_parts_years": 8,
	   "spare_parts_delivery_days": 3, "repair_info_years": 8, "repairer_registration_days": 5,
	   "security_update_delay_months": 2, "functionality_update_delay_months": 6,
	   "battery_cycles_80pct": 1000, "battery_replaceable": true, "battery_capacity_pct_after_300_cycles": 90,
	   "spare_parts_years_after_production": 5, "charging_port": "USB-C", "product_id_barcode": true,
	   "repairability_index_published": true}'),
	('Umbra', 'Umbra Tab 10', 'tablet', NULL, NULL, NULL, NULL, NULL,
	 '{"warranty_years": 1}'),
	('Umbra', 'Umbra Tab 11', 'tablet', NULL, NULL, NULL, NULL, NULL,
	 '{"warranty_years": 3, "os_update_years": 5, "battery_replaceable": false}'),
	('Acme', 'Acme Thin T2', 'thin_client', 1.1, NULL, NULL, 30.0, NULL, '{}'),
	('Initech', 'Initech Print 500', 'printer', NULL, NULL, NULL, 280.0, NULL, '{}'),
	('Globex', 'Globex Rack R7', 'server', NULL, NULL, NULL, NULL, NULL, '{}'),
	('Globex', 'Globex Rack R8', 'server', 22.0, NULL, 1500, 1300.0, NULL, '{}'),
	('Initech', 'Initech Switch 48', 'network_switch', 4.5, NULL, NULL, 120.0, NULL, '{}'))
	AS m (manufacturer, model, category, mass_kg, composition_factor, embodied_kg_co2e,
		  kwh_per_year, recycled_content, attributes);

INSERT INTO circular_ict.organisation (name) SELECT o.name FROM demo_org o ORDER BY o.code;

-- the assets: a fixed number per organisation and category, then for
-- each one its purchase date (more recent years weigh more: the fleets
-- grow), its service life (the organisation's Weibull), and from it
-- whether it was retired by 2025-12-31
CREATE TEMP TABLE demo_asset AS
WITH counts AS (
	SELECT m.*, o.share, round(:demo_assets * o.share * m.weight
							   / sum(m.weight) OVER (PARTITION BY m.org))::integer AS n
	FROM demo_mix m JOIN demo_org o ON o.code = m.org
),
numbered AS (
	SELECT c.org, c.category, c.code, c.g4it_type, c.english, c.life_factor, s.k,
		row_number() OVER (ORDER BY c.org, c.category, s.k) AS i
	FROM counts c, generate_series(1, c.n) AS s (k)
),
drawn AS (
	SELECT n.*,
		DATE '2016-01-01' + floor(3653 * pg_temp.u(n.i, 1) ^ 0.8)::integer AS purchased,
		o.life_scale * n.life_factor * (-ln(pg_temp.u(n.i, 2))) ^ (1 / o.life_shape) AS life_years,
		pg_temp.u(n.i, 3) AS u_route, pg_temp.u(n.i, 4) AS u_refurb, pg_temp.u(n.i, 5) AS u_stock,
		pg_temp.u(n.i, 6) AS u_place, pg_temp.u(n.i, 7) AS u_quantity, o.refurbished,
		o.in_stock, o.route_reuse, o.route_refurb, o.route_recycling, o.route_unknown
	FROM numbered n JOIN demo_org o ON o.code = n.org
)
SELECT d.i, d.org, d.category, d.code, d.g4it_type, d.english, d.k,
	format('%s-%s-%s', d.org, d.code, lpad(d.k::text, greatest(5, length(d.k::text)), '0')) AS serial,
	d.purchased,
	CASE WHEN d.purchased + round(d.life_years * 365.25)::integer <= DATE '2025-12-31'
		 THEN d.purchased + round(d.life_years * 365.25)::integer END AS retired,
	CASE WHEN d.u_route < d.route_reuse THEN 'reuse'
		 WHEN d.u_route < d.route_reuse + d.route_refurb THEN 'refurbishment'
		 WHEN d.u_route < d.route_reuse + d.route_refurb + d.route_recycling THEN 'formal_recycling'
		 WHEN d.u_route < d.route_reuse + d.route_refurb + d.route_recycling + d.route_unknown THEN 'unknown'
		 ELSE 'landfill' END AS route,
	d.category IN ('laptop', 'desktop', 'monitor', 'smartphone')
		AND d.u_refurb < d.refurbished * CASE WHEN d.purchased >= DATE '2020-01-01' THEN 1 ELSE 1.0 / 3 END
		AS refurbished,
	d.u_stock < d.in_stock AS spare,
	CASE WHEN d.category IN ('monitor', 'thin_client') AND d.u_quantity < 0.04 THEN 2 ELSE 1 END AS quantity,
	p.country, p.entity, m.manufacturer, m.model
FROM drawn d
	CROSS JOIN LATERAL (
		SELECT pl.country, pl.entity FROM (
			SELECT pl.*, sum(pl.weight) OVER (ORDER BY pl.country, pl.entity) AS upto,
				sum(pl.weight) OVER () AS total
			FROM demo_place pl WHERE pl.org = d.org) pl
		WHERE pl.upto > d.u_place * pl.total
		ORDER BY pl.upto LIMIT 1) p
	CROSS JOIN LATERAL (
		-- a weighted choice among the models on sale that year: the
		-- smallest exponential draw -ln(u) / weight wins
		SELECT c.manufacturer, c.model FROM demo_choice c
		WHERE c.category = d.category
		  AND extract(year FROM d.purchased) BETWEEN c.first_year AND c.last_year
		  AND CASE d.org WHEN 'GV' THEN c.w_gv WHEN 'MD' THEN c.w_md ELSE c.w_un END > 0
		ORDER BY -ln(pg_temp.u(d.i, 100 + c.id))
				 / CASE d.org WHEN 'GV' THEN c.w_gv WHEN 'MD' THEN c.w_md ELSE c.w_un END
		LIMIT 1) m;

-- the exports, staged as they arrive: the municipality exports from
-- NumEcoEval/G4IT (its column names, ISO dates, French type names,
-- decimal commas), the ministry and the university write English column
-- names, the university with day-first dates and its own words
INSERT INTO circular_ict.asset_import (organisation, nomequipementphysique, modele, fabricant, type,
		quantite, dateachat, dateretrait, statut, paysdutilisation, nomentite, consoelecannuelle,
		eol_route, acquired, nomsourcedonnee)
SELECT o.name, a.serial, a.model, a.manufacturer, a.g4it_type, a.quantity::text,
	to_char(a.purchased, 'YYYY-MM-DD'), coalesce(to_char(a.retired, 'YYYY-MM-DD'), ''),
	CASE WHEN a.retired IS NOT NULL OR a.spare THEN 'Not used' ELSE 'In use' END,
	a.country, a.entity, CASE WHEN a.category = 'server' AND a.model = 'Globex Rack R7' THEN '1250,5' ELSE '' END,
	CASE WHEN a.retired IS NULL THEN NULL
		 ELSE CASE a.route WHEN 'reuse' THEN 'reuse' WHEN 'refurbishment' THEN 'refurbished'
			 WHEN 'formal_recycling' THEN 'recycling' WHEN 'landfill' THEN 'landfill' ELSE '' END END,
	CASE WHEN a.refurbished THEN 'refurbished' END,
	'inventaire-2025'
FROM demo_asset a JOIN demo_org o ON o.code = a.org
WHERE a.org = 'GV'
ORDER BY a.i;

INSERT INTO circular_ict.asset_import (organisation, serial, model, manufacturer, category, quantity,
		purchased, retired, status, eol_route, acquired, country, entity)
SELECT o.name, a.serial, a.model, a.manufacturer, a.english, a.quantity::text,
	to_char(a.purchased, CASE a.org WHEN 'UN' THEN 'DD/MM/YYYY' ELSE 'YYYY-MM-DD' END),
	to_char(a.retired, CASE a.org WHEN 'UN' THEN 'DD/MM/YYYY' ELSE 'YYYY-MM-DD' END),
	CASE a.org
		WHEN 'MD' THEN CASE WHEN a.retired IS NOT NULL THEN 'retired' WHEN a.spare THEN 'in stock' ELSE 'in use' END
		ELSE CASE WHEN a.retired IS NOT NULL THEN 'disposed' WHEN a.spare THEN 'spare' ELSE 'active' END END,
	CASE WHEN a.retired IS NULL THEN NULL
		 WHEN a.org = 'MD' THEN a.route
		 ELSE CASE a.route WHEN 'reuse' THEN 'reused' WHEN 'refurbishment' THEN 'refurbishment'
			 WHEN 'formal_recycling' THEN 'recycled' WHEN 'landfill' THEN 'landfill' ELSE '' END END,
	CASE WHEN a.org = 'MD' THEN CASE WHEN a.refurbished THEN 'refurbished' ELSE 'new' END
		 WHEN a.refurbished THEN 'second-hand' END,
	a.country, a.entity
FROM demo_asset a JOIN demo_org o ON o.code = a.org
WHERE a.org IN ('MD', 'UN')
ORDER BY a.i;

-- and the mistakes every real export has: import_assets() rejects these
-- rows, writes why into import_error, and imports the rest
INSERT INTO circular_ict.asset_import (organisation, nomequipementphysique, modele, fabricant, type,
		quantite, dateachat, dateretrait, statut, paysdutilisation)
VALUES
	('Gemeente Voorbeeldstad', 'GV-LAP-90001', 'Acme Notebook 14 G2', 'Acme', 'Laptop', '1', '31/02/2021', '', 'In use', 'Netherlands'),
	('Gemeente Voorbeeldstad', 'GV-XXX-90002', NULL, NULL, 'Koffieautomaat', '1', '2022-04-01', '', 'In use', 'Netherlands'),
	('Gemeente Voorbeeldstad', 'GV-TAB-90003', 'Umbra Tab 11', 'Umbra', 'Tablet', '1', '2023-09-12', '', 'In use', 'Netherlands'),
	('Gemeente Voorbeeldstad', 'GV-TAB-90003', 'Umbra Tab 11', 'Umbra', 'Tablet', '1', '2023-09-14', '', 'In use', 'Netherlands');
INSERT INTO circular_ict.asset_import (organisation, serial, model, manufacturer, category, quantity,
		purchased, retired, status, eol_route, country)
VALUES
	('Ministerie van Digitale Zaken', 'MD-LAP-90001', 'Acme Notebook 14 G3', 'Acme', 'Laptop', '1', '2023-05-10', '2022-05-10', 'retired', 'refurbishment', 'NL'),
	('Ministerie van Digitale Zaken', 'MD-MON-90002', 'Initech View 24 Eco', 'Initech', 'Monitor', '-1', '2022-02-01', NULL, 'in use', NULL, 'NL'),
	('Ministerie van Digitale Zaken', 'MD-PHN-90003', 'Umbra Phone 14', 'Umbra', 'smartphone', '1', '2024-03-01', NULL, 'in use', NULL, 'Atlantis'),
	('Ministerie van Digitale Zaken', 'MD-LAP-90004', 'Acme Notebook 14 G3', 'Acme', 'Laptop', '1', '2205-03-01', NULL, 'in use', NULL, 'NL'),
	('Universiteit Noordzee', 'UN-DSK-90001', 'Acme Mini 7', 'Acme', 'Desktop PC', NULL, '03/25/2021', NULL, 'active', NULL, 'nld'),
	('Universiteit Noordzee', 'UN-LAP-90002', 'Globex Slim 13', 'Globex', 'Laptop', NULL, '14/09/2019', NULL, 'kapot', NULL, 'nld'),
	('Universiteit Noordzee', 'UN-LAP-90003', 'Globex Slim 13', 'Globex', 'Laptop', NULL, '02/10/2018', '30/06/2023', 'disposed', 'sold to staff', 'nld'),
	('Universiteit Noordzee', '', NULL, NULL, 'Laptop', NULL, '', NULL, 'active', NULL, 'nld');
