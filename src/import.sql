-- validated import of an asset register
--
-- Rows are staged as text in asset_import (\copy straight from a CSV, with
-- English column names or the NumEcoEval/G4IT physical-equipment names),
-- then import_assets(organisation) checks every staged row of that
-- organisation at once: the valid rows go into asset (a serial already
-- registered is updated, so importing a file twice adds nothing), every
-- problem of an invalid row goes into import_error, and the staged rows
-- are removed.  Column names are lower case so that an unquoted header
-- name such as nomEquipementPhysique matches.

CREATE FUNCTION @extschema@.import_date(text) RETURNS date
	AS 'MODULE_PATHNAME', 'import_date'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_date(text) IS 'a date as inventory files write it (YYYY-MM-DD with an optional time, YYYY/MM/DD or YYYY/M/D, YYYYMMDD, a month by its English name or abbreviation as in 4 Mar 2021, 04-Mar-21 or March 4, 2021, also after a weekday and before a time of day as in Thu Mar 04 2021 10:22 AM, DD/MM/YYYY day first, D.M.Y always day first; YYYY-M-D and DD/MM/YYYY also with a spreadsheet''s time of day after them as in 3/4/2021 0:00, or a spreadsheet''s day number from 1990 to 2100 as in 44927 for 2023-01-01, with its time of day as a fraction), or NULL when the text is not one';

CREATE FUNCTION @extschema@.import_number(text) RETURNS float8
	AS 'MODULE_PATHNAME', 'import_number'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_number(text) IS 'a finite decimal number with a decimal point or comma and an optional exponent, its thousands grouped by spaces or apostrophes or not (1 200,5, 1''200.50), or NULL when the text is not one';

CREATE TABLE @extschema@.asset_import_row (
	row_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	organisation text,
	-- English names
	serial text,
	model text,
	manufacturer text,
	category text,
	quantity text,
	purchased text,
	retired text,
	status text,
	eol_route text,
	acquired text,
	country text,
	entity text,
	mass_kg text,
	embodied_kg_co2e text,
	kwh_per_year text,
	-- NumEcoEval / G4IT physical equipment (equipementPhysique) names
	nomequipementphysique text,
	modele text,
	fabricant text,
	type text,
	quantite text,
	dateachat text,
	dateretrait text,
	statut text,
	paysdutilisation text,
	nomentite text,
	consoelecannuelle text,
	consoelecan text,
	-- G4IT columns accepted and not used
	utilisateur text,
	nomsourcedonnee text,
	nomcourtdatacenter text,
	nbcoeur text,
	nbjourutilisean text,
	gotelecharge text,
	tailledudisque text,
	taillememoire text,
	typedeprocesseur text,
	dureeutilisation text,
	nombreutilisateur text,
	-- the organisation the row is staged for (set by asset_import_stage)
	organisation_id integer REFERENCES @extschema@.organisation (id) ON DELETE CASCADE
);
CREATE INDEX asset_import_row_organisation ON @extschema@.asset_import_row (organisation_id);
COMMENT ON TABLE @extschema@.asset_import_row IS 'the rows staged through the view asset_import, one per row of an inventory file, with the organisation each is staged for (row-level security keeps an organisation''s staged rows to its members)';
COMMENT ON COLUMN @extschema@.asset_import_row.row_id IS 'number of the staged row, reported in import_error';
COMMENT ON COLUMN @extschema@.asset_import_row.organisation IS 'name of the organisation the row is staged for; left empty when staging: the only organisation the role may write to, or, for a role bound to none (the admin), whichever organisation import_assets() is called for';
COMMENT ON COLUMN @extschema@.asset_import_row.serial IS 'device identifier, unique per organisation (G4IT: nomEquipementPhysique)';
COMMENT ON COLUMN @extschema@.asset_import_row.model IS 'model name (G4IT: modele)';
COMMENT ON COLUMN @extschema@.asset_import_row.manufacturer IS 'manufacturer (G4IT: fabricant)';
COMMENT ON COLUMN @extschema@.asset_import_row.category IS 'category or equipment type, matched case-insensitively through category_lookup (G4IT: type)';
COMMENT ON COLUMN @extschema@.asset_import_row.quantity IS 'number of identical units, a whole number >= 1; empty means 1 (G4IT: quantite)';
COMMENT ON COLUMN @extschema@.asset_import_row.purchased IS 'purchase date, required (G4IT: dateAchat)';
COMMENT ON COLUMN @extschema@.asset_import_row.retired IS 'retirement date; empty while in use (G4IT: dateRetrait)';
COMMENT ON COLUMN @extschema@.asset_import_row.status IS 'in use / in stock / retired, in English or French (G4IT: statut)';
COMMENT ON COLUMN @extschema@.asset_import_row.eol_route IS 'end-of-life route of a retired device: reuse, refurbishment, formal_recycling (or recycling), informal_unknown (or unknown), landfill';
COMMENT ON COLUMN @extschema@.asset_import_row.acquired IS 'new or refurbished; empty means new';
COMMENT ON COLUMN @extschema@.asset_import_row.country IS 'country of use: name, alias or ISO 2- or 3-letter code, any case (G4IT: paysDUtilisation)';
COMMENT ON COLUMN @extschema@.asset_import_row.entity IS 'department or entity (G4IT: nomEntite)';
COMMENT ON COLUMN @extschema@.asset_import_row.kwh_per_year IS 'electricity use of one unit, kWh per year (G4IT: consoElecAnnuelle or consoElecAn)';
COMMENT ON COLUMN @extschema@.asset_import_row.mass_kg IS 'mass of one unit, kg';
COMMENT ON COLUMN @extschema@.asset_import_row.embodied_kg_co2e IS 'embodied emissions of one unit, kg CO2e';
COMMENT ON COLUMN @extschema@.asset_import_row.nomequipementphysique IS 'G4IT name of serial';
COMMENT ON COLUMN @extschema@.asset_import_row.modele IS 'G4IT name of model';
COMMENT ON COLUMN @extschema@.asset_import_row.fabricant IS 'G4IT name of manufacturer';
COMMENT ON COLUMN @extschema@.asset_import_row.type IS 'G4IT name of category';
COMMENT ON COLUMN @extschema@.asset_import_row.quantite IS 'G4IT name of quantity';
COMMENT ON COLUMN @extschema@.asset_import_row.dateachat IS 'G4IT name of purchased';
COMMENT ON COLUMN @extschema@.asset_import_row.dateretrait IS 'G4IT name of retired';
COMMENT ON COLUMN @extschema@.asset_import_row.statut IS 'G4IT name of status';
COMMENT ON COLUMN @extschema@.asset_import_row.paysdutilisation IS 'G4IT name of country';
COMMENT ON COLUMN @extschema@.asset_import_row.nomentite IS 'G4IT name of entity';
COMMENT ON COLUMN @extschema@.asset_import_row.consoelecannuelle IS 'G4IT name of kwh_per_year';
COMMENT ON COLUMN @extschema@.asset_import_row.consoelecan IS 'G4IT name of kwh_per_year (older exports)';
COMMENT ON COLUMN @extschema@.asset_import_row.utilisateur IS 'G4IT column, accepted and not used';
COMMENT ON COLUMN @extschema@.asset_import_row.nomsourcedonnee IS 'G4IT column, accepted and not used';
COMMENT ON COLUMN @extschema@.asset_import_row.nomcourtdatacenter IS 'G4IT column, accepted and not used';
COMMENT ON COLUMN @extschema@.asset_import_row.nbcoeur IS 'G4IT column, accepted and not used';
COMMENT ON COLUMN @extschema@.asset_import_row.nbjourutilisean IS 'G4IT column, accepted and not used';
COMMENT ON COLUMN @extschema@.asset_import_row.gotelecharge IS 'G4IT column, accepted and not used';
COMMENT ON COLUMN @extschema@.asset_import_row.tailledudisque IS 'G4IT column, accepted and not used';
COMMENT ON COLUMN @extschema@.asset_import_row.taillememoire IS 'G4IT column, accepted and not used';
COMMENT ON COLUMN @extschema@.asset_import_row.typedeprocesseur IS 'G4IT column, accepted and not used';
COMMENT ON COLUMN @extschema@.asset_import_row.dureeutilisation IS 'G4IT column, accepted and not used';
COMMENT ON COLUMN @extschema@.asset_import_row.nombreutilisateur IS 'G4IT column, accepted and not used';
COMMENT ON COLUMN @extschema@.asset_import_row.organisation_id IS 'id of the organisation the row is staged for (organisation.id; given with the name, it decides); NULL only for rows the admin staged for no organisation, or for one not added yet';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.asset_import_row', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.asset_import_row', 'row_id'), '');

-- the staging area users write to: a view of asset_import_row.  COPY FROM
-- refuses a table with row-level security for a role subject to it, but
-- accepts a view with an INSTEAD OF INSERT trigger, so members \copy an
-- inventory file into asset_import as the admin does.  UPDATE and DELETE
-- go through the view to the table (a simple view); row-level security
-- of the table applies to the invoker in every case.

CREATE VIEW @extschema@.asset_import WITH (security_invoker = true) AS
SELECT
	r.row_id, r.organisation, r.serial, r.model, r.manufacturer, r.category, r.quantity,
	r.purchased, r.retired, r.status, r.eol_route, r.acquired, r.country, r.entity, r.mass_kg,
	r.embodied_kg_co2e, r.kwh_per_year, r.nomequipementphysique, r.modele, r.fabricant, r.type,
	r.quantite, r.dateachat, r.dateretrait, r.statut, r.paysdutilisation, r.nomentite,
	r.consoelecannuelle, r.consoelecan, r.utilisateur, r.nomsourcedonnee, r.nomcourtdatacenter,
	r.nbcoeur, r.nbjourutilisean, r.gotelecharge, r.tailledudisque, r.taillememoire,
	r.typedeprocesseur, r.dureeutilisation, r.nombreutilisateur, r.organisation_id
FROM @extschema@.asset_import_row r;
COMMENT ON VIEW @extschema@.asset_import IS 'staging area of import_assets(): text columns named as in common inventory files (English names, or the NumEcoEval/G4IT physical-equipment names); \copy a file into it, then call import_assets(); each role sees and stages only the rows of its own organisations';

-- the view's columns say what the table's say
DO $do$
DECLARE
	c record;
BEGIN
	FOR c IN SELECT a.attname, pg_catalog.col_description(a.attrelid, a.attnum) AS description
			 FROM pg_catalog.pg_attribute a
			 WHERE a.attrelid = '@extschema@.asset_import_row'::regclass AND a.attnum > 0 AND NOT a.attisdropped
	LOOP
		EXECUTE format('COMMENT ON COLUMN @extschema@.asset_import.%I IS %L', c.attname, c.description);
	END LOOP;
END
$do$;

CREATE TRIGGER asset_import_stage INSTEAD OF INSERT ON @extschema@.asset_import
	FOR EACH ROW EXECUTE FUNCTION @extschema@.asset_import_stage();
-- every row written to the table: through the view, directly, or from a
-- trigger of the caller's own (src/import_stage.sql)
CREATE TRIGGER asset_import_row_resolve BEFORE INSERT OR UPDATE OF organisation, organisation_id
	ON @extschema@.asset_import_row FOR EACH ROW
	EXECUTE FUNCTION @extschema@.asset_import_stage();

CREATE TABLE @extschema@.import_error (
	id bigint GENERATED BY DEFAULT AS IDENTITY,
	organisation_id integer NOT NULL REFERENCES @extschema@.organisation (id) ON DELETE CASCADE,
	imported_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	row_id bigint,
	column_name text NOT NULL,
	value text,
	message text NOT NULL,
	staged_row jsonb NOT NULL,
	line integer,
	-- with organisation_id, so that it can be hashed on it (distribute()),
	-- first: every index leads with what the read policy tests
	-- (src/security.sql)
	PRIMARY KEY (organisation_id, id)
);
CREATE INDEX import_error_organisation ON @extschema@.import_error (organisation_id, imported_at);
COMMENT ON TABLE @extschema@.import_error IS 'every problem found by import_assets() and import_file(): one row per bad value of a rejected row, with the whole row as staged or as the file has it';
COMMENT ON COLUMN @extschema@.import_error.row_id IS 'asset_import.row_id of the rejected staged row (import_assets); NULL for a line of a file';
COMMENT ON COLUMN @extschema@.import_error.column_name IS 'the column holding the bad value, as the file or the staging area names it; (line) for a line that cannot be read as a whole';
COMMENT ON COLUMN @extschema@.import_error.value IS 'the bad value, as staged or as the file has it';
COMMENT ON COLUMN @extschema@.import_error.message IS 'what is wrong and what is allowed';
COMMENT ON COLUMN @extschema@.import_error.staged_row IS 'the whole row (staged, or the file''s line keyed by its header names), so nothing of it is lost';
COMMENT ON COLUMN @extschema@.import_error.line IS 'line of the file the rejected row starts on (import_file); NULL for a staged row';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_error', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.import_error', 'id'), '');
