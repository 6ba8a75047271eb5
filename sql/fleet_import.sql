-- the asset register and its validated import
SET search_path = circular_ict, public;

INSERT INTO organisation (name) VALUES ('Gemeente Voorbeeld'), ('Ministerie X');

-- the value parsers of the import: NULL for anything that is not a date or a number
SELECT v, import_date(v)
FROM (VALUES ('2021-03-15'), (' 2021-03-15 '), ('2021-03-15T10:20:30Z'), ('2021-03-15 10:20'),
			 ('2021-03-15T10:20:30.5+02:00'), ('20210315'), ('15/03/2021'), ('5/3/2021'),
			 ('2024-02-29'), ('2023-02-29'), ('2021-13-01'), ('2021-03-15X'), ('2021/03/15'),
			 ('03/15/2021'), ('15-03-2021'), (''), ('   '), ('yesterday'), ('0000-01-01'),
			 ('2021-03-15T25:00'), ('99999999'), (repeat('1', 100))) t (v);
-- after an ISO date, a time of day: 24:00 ends the day, anything past it is no time
-- (found by test/fuzz/fuzz_import.c)
SELECT v, import_date(v)
FROM (VALUES ('2021-03-15T24:00'), ('2021-03-15T24:00:00.000Z'), ('2021-03-15T23:59:60.5'),
			 ('2021-03-15T24:04'), ('2021-03-15T24:00:01'), ('2021-03-15T24:00:00.001+01:00')) t (v);
SELECT v, import_number(v)
FROM (VALUES ('12'), (' 12.5 '), ('12,5'), ('-3'), ('+4'), ('1e3'), ('1.5E-2'), ('.5'), ('5.'),
			 ('1,5,0'), ('1.5.0'), ('NaN'), ('Infinity'), ('inf'), ('0x10'), ('1e400'), ('e5'),
			 (''), ('12 kWh'), (repeat('9', 100))) t (v);
-- as float8in: a denormal is a number, a value that underflows to 0 is not
SELECT v, import_number(v)
FROM (VALUES ('1e-310'), ('4.9e-324'), ('-2,5e-320'), ('1e-400'), ('0e-400'), ('2.2250738585072014e-308')) t (v);

-- a first import: good rows of both vocabularies, and every kind of bad row
INSERT INTO asset_import (serial, category, quantity, purchased, retired, status, eol_route, acquired, country, model, manufacturer)
VALUES
	('L-1', 'laptop', '1', '2020-01-15', NULL, 'in use', NULL, NULL, 'NL', 'ThinkPad T14', 'Lenovo'),
	('L-2', 'Laptop', NULL, '2019-06-01', '2023-06-01', NULL, 'recycling', 'refurbished', 'Netherlands', 'ThinkPad T14', 'Lenovo'),
	('L-3', 'NOTEBOOK', '3', '20210301', NULL, 'actif', NULL, NULL, 'nld', NULL, NULL),
	('P-1', 'smartphone', '1', '01/02/2022', NULL, NULL, NULL, 'new', 'Pays-Bas', NULL, NULL),
	('bad-date', 'laptop', '1', '2020-02-30', NULL, NULL, NULL, NULL, 'NL', NULL, NULL),
	('bad-order', 'laptop', '1', '2022-01-01', '2021-01-01', NULL, NULL, NULL, 'NL', NULL, NULL),
	('bad-category', 'toaster', '1', '2020-01-01', NULL, NULL, NULL, NULL, 'NL', NULL, NULL),
	('bad-quantity', 'laptop', '-2', '2020-01-01', NULL, NULL, NULL, NULL, 'NL', NULL, NULL),
	('bad-country', 'laptop', '1', '2020-01-01', NULL, NULL, NULL, NULL, 'Atlantis', NULL, NULL),
	('dup', 'laptop', '1', '2020-01-01', NULL, NULL, NULL, NULL, 'NL', NULL, NULL),
	('dup', 'monitor', '1', '2020-01-01', NULL, NULL, NULL, NULL, 'NL', NULL, NULL),
	(NULL, 'laptop', '1', '2020-01-01', NULL, NULL, NULL, NULL, 'NL', NULL, NULL),
	('many', 'toaster', 'two', '', NULL, 'broken', 'moon', 'stolen', 'Atlantis', NULL, NULL),
	('future', 'laptop', '1', '2999-01-01', '2999-06-01', NULL, NULL, NULL, NULL, NULL, NULL),
	('retired-no-date', 'laptop', '1', '2020-01-01', NULL, 'retired', 'reuse', NULL, NULL, NULL, NULL);
INSERT INTO asset_import (nomequipementphysique, modele, fabricant, type, quantite, dateachat, dateretrait, statut, paysdutilisation, consoelecannuelle)
VALUES
	('G-1', 'Latitude 5420', 'Dell', 'Ordinateur portable', '1', '2021-03-15', '', 'In use', 'France', ''),
	('G-2', 'P2422H', 'Dell', 'Ecran', '2', '2021-03-15', '', 'Not used', 'FR', '24,5'),
	('G-3', 'PowerEdge', 'Dell', 'Server', '1', '2018-07-28', '2023-06-16', 'Not used', 'Allemagne', 'lots');
-- an English column and its G4IT twin disagree
INSERT INTO asset_import (serial, nomequipementphysique, category, purchased) VALUES ('T-1', 'T-2', 'laptop', '2020-01-01');

SELECT * FROM import_assets('Gemeente Voorbeeld');

SELECT a.serial, a.category, m.manufacturer, m.model, a.quantity, a.purchased, a.retired, a.status,
	   a.eol_route, a.acquired, a.country, a.kwh_per_year
FROM asset a LEFT JOIN product_model m ON m.id = a.model_id
ORDER BY serial;

-- every problem, with its column, the bad value and the message; nothing is lost
SELECT coalesce(staged_row ->> 'serial', staged_row ->> 'nomequipementphysique') AS serial,
	   column_name, value, message
FROM import_error ORDER BY row_id, column_name, message;
SELECT count(*) AS still_staged FROM asset_import;

-- importing the same file again adds nothing: known serials are updated
INSERT INTO asset_import (serial, category, quantity, purchased, retired, eol_route, country)
VALUES ('L-1', 'laptop', '1', '2020-01-15', '2024-01-15', 'reuse', 'NL'),
	   ('L-9', 'desktop', '1', '2018-01-01', NULL, NULL, 'BE');
SELECT * FROM import_assets('Gemeente Voorbeeld');
SELECT serial, status, retired, eol_route FROM asset WHERE serial IN ('L-1', 'L-9') ORDER BY serial;
SELECT count(*) AS assets FROM asset;

-- rows staged for another organisation stay staged; errors of the call
INSERT INTO asset_import (organisation, serial, category, purchased) VALUES ('Ministerie X', 'M-1', 'laptop', '2020-01-01');
SELECT * FROM import_assets('Gemeente Voorbeeld');
SELECT organisation, serial FROM asset_import;
SELECT * FROM import_assets('Ministerie X');
SELECT * FROM import_assets('Nobody');
SELECT * FROM import_assets(NULL);

-- the G4IT/NumEcoEval recipe of doc/reference.md: a ';'-separated physical-equipment file as is
\copy asset_import (nomEquipementPhysique, modele, quantite, nomCourtDatacenter, dateAchat, dateRetrait, type, statut, paysDUtilisation, consoElecAnnuelle, utilisateur, nomSourceDonnee, nomEntite, nbCoeur) FROM 'test/data/g4it_physical_equipment.csv' WITH (FORMAT csv, HEADER, DELIMITER ';')
SELECT * FROM import_assets('Ministerie X');
SELECT serial, category, quantity, purchased, retired, status, country, entity, kwh_per_year
FROM asset WHERE organisation_id = (SELECT id FROM organisation WHERE name = 'Ministerie X') ORDER BY serial;
SELECT column_name, value, message FROM import_error
WHERE organisation_id = (SELECT id FROM organisation WHERE name = 'Ministerie X');

-- the French words of NumEcoEval/G4IT exports (the install script keeps them
-- UTF-8: 0.1.0's encoded them twice, and rejected these statuses)
INSERT INTO asset_import (nomequipementphysique, type, dateachat, dateretrait, statut, eol_route, acquired, paysdutilisation)
VALUES ('F-1', 'Ordinateur portable', '2019-01-01', '2023-01-01', 'réformé', 'réemploi', 'reconditionné', 'France'),
	   ('F-2', 'Ordinateur portable', '2019-01-01', '2023-02-01', 'retiré', 'recyclage', 'neuf', 'France');
SELECT * FROM import_assets('Ministerie X');
SELECT serial, status, eol_route, acquired FROM asset WHERE serial IN ('F-1', 'F-2') ORDER BY serial;

-- users extend the mappings
INSERT INTO category_alias (alias, category) VALUES ('Grille-pain', 'laptop');
INSERT INTO country_alias (alias, iso3, kind) VALUES ('Atlantis', 'GRC', 'user');
INSERT INTO asset_import (serial, category, purchased, country) VALUES ('X-1', 'grille-pain', '2020-01-01', 'ATLANTIS');
SELECT * FROM import_assets('Ministerie X');
SELECT serial, category, country FROM asset WHERE serial = 'X-1';

-- the register's own constraints hold for direct writes too
\set VERBOSITY terse
INSERT INTO asset (organisation_id, serial, category, purchased, retired, status)
VALUES ((SELECT id FROM organisation WHERE name = 'Ministerie X'), 'Z-1', 'laptop', '2020-01-01', '2019-01-01', 'retired');
INSERT INTO asset (organisation_id, serial, category, purchased, status) VALUES ((SELECT id FROM organisation WHERE name = 'Ministerie X'), 'Z-2', 'laptop', '2020-01-01', 'retired');
INSERT INTO asset (organisation_id, serial, category, purchased, quantity) VALUES ((SELECT id FROM organisation WHERE name = 'Ministerie X'), 'Z-3', 'laptop', '2020-01-01', 0);

\set VERBOSITY default
-- the whole staged row of a rejected row is kept
SELECT staged_row FROM import_error WHERE value = 'Atlantis' AND staged_row ->> 'serial' = 'bad-country';

-- names too long for the catalogue are rejected, not stored: a 1 MB model
-- name would not fit the catalogue's index and fail the whole import
DELETE FROM import_error;
INSERT INTO asset_import (serial, category, purchased, model, manufacturer) VALUES
	('N-1', 'laptop', '2020-01-01', repeat('m', 200), repeat('f', 200)),
	('N-2', 'laptop', '2020-01-01', repeat('m', 201), 'Acme'),
	('N-3', 'laptop', '2020-01-01', 'Book', repeat('é', 201)),
	('N-4', 'laptop', '2020-01-01', repeat('x', 1000000), repeat('y', 1000000));
INSERT INTO asset_import (nomequipementphysique, type, dateachat, modele, fabricant) VALUES
	('N-5', 'laptop', '2020-01-01', repeat('m', 300), 'Acme');
SELECT * FROM import_assets('Ministerie X');
SELECT coalesce(staged_row ->> 'serial', staged_row ->> 'nomequipementphysique') AS serial,
	   column_name, left(value, 3) AS value_starts, length(value), message
FROM import_error ORDER BY row_id, column_name;
SELECT a.serial, length(m.model) AS model_length, length(m.manufacturer) AS manufacturer_length
FROM asset a JOIN product_model m ON m.id = a.model_id WHERE a.serial LIKE 'N-%';

DELETE FROM import_error;
DELETE FROM asset;
DELETE FROM product_model;
DELETE FROM category_alias WHERE NOT shipped;
DELETE FROM country_alias WHERE NOT shipped;
DELETE FROM organisation;
RESET search_path;
