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
COMMENT ON FUNCTION @extschema@.import_date(text) IS 'a date as inventory files write it (YYYY-MM-DD with an optional time, YYYYMMDD, or DD/MM/YYYY day first), or NULL when the text is not one';

CREATE FUNCTION @extschema@.import_number(text) RETURNS float8
	AS 'MODULE_PATHNAME', 'import_number'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_number(text) IS 'a finite decimal number with a decimal point or comma and an optional exponent, or NULL when the text is not one';

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
CREATE FUNCTION @extschema@.asset_import_stage() RETURNS trigger
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	writable integer[];
	org_name text;
BEGIN
	IF TG_WHEN = 'INSTEAD OF' AND NEW.row_id IS NOT NULL THEN
		RAISE EXCEPTION 'cannot insert a non-DEFAULT value into column "row_id"'
			USING ERRCODE = 'generated_always',
				  DETAIL = 'Column "row_id" numbers the staged rows itself.';
	END IF;
	NEW.organisation := nullif(btrim(NEW.organisation), '');
	IF TG_OP = 'UPDATE' AND NEW.organisation_id IS NOT DISTINCT FROM OLD.organisation_id
		AND NEW.organisation IS DISTINCT FROM OLD.organisation THEN
		NEW.organisation_id := NULL;	-- the name changed: it decides
	END IF;
	IF NEW.organisation_id IS NOT NULL THEN
		-- the id decides.  organisation reads through row-level security:
		-- another organisation does not exist for a member
		SELECT o.name INTO org_name FROM @extschema@.organisation o WHERE o.id = NEW.organisation_id;
		IF org_name IS NULL THEN
			RAISE EXCEPTION 'organisation id % does not exist', NEW.organisation_id
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Stage rows for one of your organisations: SELECT * FROM circular_ict.organisation.';
		END IF;
		NEW.organisation := org_name;
	ELSIF NEW.organisation IS NOT NULL THEN
		SELECT o.id INTO NEW.organisation_id FROM @extschema@.organisation o WHERE o.name = NEW.organisation;
		-- the admin may stage rows for an organisation it adds later
		-- (import_assets() then finds them by name); a member may not
		IF NEW.organisation_id IS NULL AND NOT pg_has_role('circular_ict_admin', 'USAGE') THEN
			RAISE EXCEPTION 'organisation "%" does not exist', NEW.organisation
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Stage rows for one of your organisations (SELECT name FROM circular_ict.organisation), or leave the column empty.';
		END IF;
	ELSE
		-- no organisation given: a member who may write to one
		-- organisation stages for it; a role bound to none (the admin)
		-- stages for whichever organisation import_assets() is called for
		writable := @extschema@.writable_organisations();
		IF cardinality(writable) = 1 THEN
			NEW.organisation_id := writable[1];
			SELECT o.name INTO NEW.organisation FROM @extschema@.organisation o WHERE o.id = writable[1];
		ELSIF cardinality(writable) > 1 THEN
			RAISE EXCEPTION 'the staged row names no organisation'
				USING ERRCODE = 'invalid_parameter_value',
					  DETAIL = format('Role %s may write to %s organisations.', current_user, cardinality(writable)),
					  HINT = 'Fill the organisation column with the name of the organisation the row belongs to.';
		ELSIF NOT pg_has_role('circular_ict_admin', 'USAGE') THEN
			RAISE EXCEPTION 'permission denied to stage rows'
				USING ERRCODE = 'insufficient_privilege',
					  DETAIL = format('Role %s may not write to any organisation.', current_user),
					  HINT = 'The admin gives write access with can_write in circular_ict.organisation_member.';
		END IF;
	END IF;
	IF TG_WHEN = 'INSTEAD OF' THEN
		-- a row inserted into the view: stage it in the table
		INSERT INTO @extschema@.asset_import_row (
				organisation, serial, model, manufacturer, category, quantity, purchased, retired,
				status, eol_route, acquired, country, entity, mass_kg, embodied_kg_co2e,
				kwh_per_year, nomequipementphysique, modele, fabricant, type, quantite, dateachat,
				dateretrait, statut, paysdutilisation, nomentite, consoelecannuelle, consoelecan,
				utilisateur, nomsourcedonnee, nomcourtdatacenter, nbcoeur, nbjourutilisean,
				gotelecharge, tailledudisque, taillememoire, typedeprocesseur, dureeutilisation,
				nombreutilisateur, organisation_id)
		VALUES (
				NEW.organisation, NEW.serial, NEW.model, NEW.manufacturer, NEW.category,
				NEW.quantity, NEW.purchased, NEW.retired, NEW.status, NEW.eol_route, NEW.acquired,
				NEW.country, NEW.entity, NEW.mass_kg, NEW.embodied_kg_co2e, NEW.kwh_per_year,
				NEW.nomequipementphysique, NEW.modele, NEW.fabricant, NEW.type, NEW.quantite,
				NEW.dateachat, NEW.dateretrait, NEW.statut, NEW.paysdutilisation, NEW.nomentite,
				NEW.consoelecannuelle, NEW.consoelecan, NEW.utilisateur, NEW.nomsourcedonnee,
				NEW.nomcourtdatacenter, NEW.nbcoeur, NEW.nbjourutilisean, NEW.gotelecharge,
				NEW.tailledudisque, NEW.taillememoire, NEW.typedeprocesseur, NEW.dureeutilisation,
				NEW.nombreutilisateur, NEW.organisation_id)
		RETURNING row_id INTO NEW.row_id;
	END IF;
	RETURN NEW;
END
$function$;
COMMENT ON FUNCTION @extschema@.asset_import_stage() IS 'trigger of the staging area: sets a row''s organisation_id from the organisation named (or the name from the id, which decides when both are given), or, when neither is, the only organisation the role may write to; on the view asset_import, stages the row in asset_import_row';

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
-- rows written to the table itself (and updates through the view); the
-- rows the view's trigger stages are resolved already
CREATE TRIGGER asset_import_row_resolve BEFORE INSERT OR UPDATE OF organisation, organisation_id
	ON @extschema@.asset_import_row FOR EACH ROW WHEN (pg_catalog.pg_trigger_depth() < 1)
	EXECUTE FUNCTION @extschema@.asset_import_stage();

CREATE TABLE @extschema@.import_error (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	organisation_id integer NOT NULL REFERENCES @extschema@.organisation (id) ON DELETE CASCADE,
	imported_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	row_id bigint NOT NULL,
	column_name text NOT NULL,
	value text,
	message text NOT NULL,
	staged_row jsonb NOT NULL
);
CREATE INDEX import_error_organisation ON @extschema@.import_error (organisation_id, imported_at);
COMMENT ON TABLE @extschema@.import_error IS 'every problem found by import_assets(): one row per bad value of a rejected staged row, with the whole staged row';
COMMENT ON COLUMN @extschema@.import_error.row_id IS 'asset_import.row_id of the rejected row';
COMMENT ON COLUMN @extschema@.import_error.column_name IS 'the staging column holding the bad value (as written in the file)';
COMMENT ON COLUMN @extschema@.import_error.value IS 'the bad value, as staged';
COMMENT ON COLUMN @extschema@.import_error.message IS 'what is wrong and what is allowed';
COMMENT ON COLUMN @extschema@.import_error.staged_row IS 'the whole staged row, so nothing of it is lost';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_error', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.import_error', 'id'), '');

CREATE FUNCTION @extschema@.import_assets(organisation text,
		OUT imported bigint, OUT rejected bigint)
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	org_id integer;
	org_name text;
BEGIN
	IF organisation IS NULL THEN
		RAISE EXCEPTION 'organisation must not be NULL'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT o.id, o.name INTO org_id, org_name
	FROM @extschema@.organisation o WHERE o.name = import_assets.organisation;
	IF org_id IS NULL THEN
		RAISE EXCEPTION 'organisation "%" does not exist', organisation
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Add it first: INSERT INTO circular_ict.organisation (name) VALUES (...).';
	END IF;
	-- a member imports only where organisation_member lets it write (the
	-- admin and superusers anywhere); row-level security would refuse the
	-- writes anyway, this says why
	IF NOT pg_has_role('circular_ict_admin', 'USAGE')
		AND NOT (org_id = ANY (@extschema@.writable_organisations())) THEN
		RAISE EXCEPTION 'permission denied to import assets of organisation "%"', org_name
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('Role %s may read organisation "%s" but not write to it.', current_user, org_name),
				  HINT = 'The admin gives write access with can_write in circular_ict.organisation_member.';
	END IF;
	-- Staged rows of no organisation go to whichever import takes them,
	-- and only a role that row-level security does not confine to its
	-- organisations sees them (the admin, the owner, a superuser): such
	-- imports take one lock for all organisations, before their own, so
	-- that two of them never run at once (the second waits, then finds the
	-- rows gone).  Members' imports of different organisations still run
	-- side by side.
	IF NOT pg_catalog.row_security_active('@extschema@.asset_import_row'::pg_catalog.regclass)
		OR pg_has_role('circular_ict_admin', 'USAGE') THEN
		PERFORM pg_advisory_xact_lock(pg_catalog.hashtext('circular_ict.import_assets'), 0);
	END IF;
	-- one import per organisation at a time: two at once would both take
	-- the same serials for new ones
	PERFORM pg_advisory_xact_lock(pg_catalog.hashtext('circular_ict.import_assets'), org_id);

	-- One statement: parse every staged row of the organisation once (a
	-- value that does not parse becomes NULL) and mark each problem with a
	-- bit, keeping only what the inserts need; find the serials staged
	-- more than once; then write the errors (describing the bad rows from
	-- their staged text), the new models and the assets, and remove the
	-- staged rows.
	WITH staged AS NOT MATERIALIZED (
		SELECT r.row_id,
			nullif(btrim(coalesce(r.serial, r.nomequipementphysique)), '') AS serial,
			CASE WHEN r.serial IS NOT NULL THEN 'serial' ELSE 'nomEquipementPhysique' END AS serial_col,
			nullif(btrim(coalesce(r.model, r.modele)), '') AS model,
			CASE WHEN r.model IS NOT NULL THEN 'model' ELSE 'modele' END AS model_col,
			coalesce(nullif(btrim(coalesce(r.manufacturer, r.fabricant)), ''), '') AS manufacturer,
			CASE WHEN r.manufacturer IS NOT NULL THEN 'manufacturer' ELSE 'fabricant' END AS manufacturer_col,
			coalesce(r.category, r.type) AS category_raw,
			CASE WHEN r.category IS NOT NULL THEN 'category' ELSE 'type' END AS category_col,
			cl.category,
			coalesce(r.quantity, r.quantite) AS quantity_raw,
			CASE WHEN r.quantity IS NOT NULL THEN 'quantity' ELSE 'quantite' END AS quantity_col,
			CASE WHEN btrim(coalesce(r.quantity, r.quantite, '')) = '' THEN 1
				 WHEN btrim(coalesce(r.quantity, r.quantite)) ~ '^[-+]?[0-9]{1,9}$'
				 THEN btrim(coalesce(r.quantity, r.quantite))::integer END AS quantity,
			coalesce(r.purchased, r.dateachat) AS purchased_raw,
			CASE WHEN r.purchased IS NOT NULL THEN 'purchased' ELSE 'dateAchat' END AS purchased_col,
			@extschema@.import_date(coalesce(r.purchased, r.dateachat)) AS purchased,
			nullif(btrim(coalesce(r.retired, r.dateretrait)), '') AS retired_raw,
			CASE WHEN r.retired IS NOT NULL THEN 'retired' ELSE 'dateRetrait' END AS retired_col,
			@extschema@.import_date(coalesce(r.retired, r.dateretrait)) AS retired,
			coalesce(r.status, r.statut) AS status_raw,
			CASE WHEN r.status IS NOT NULL THEN 'status' ELSE 'statut' END AS status_col,
			CASE lower(btrim(coalesce(r.status, r.statut, '')))
				WHEN '' THEN ''
				WHEN 'in use' THEN 'in_use' WHEN 'in_use' THEN 'in_use' WHEN 'active' THEN 'in_use'
				WHEN 'actif' THEN 'in_use' WHEN 'en service' THEN 'in_use'
				WHEN 'in stock' THEN 'in_stock' WHEN 'in_stock' THEN 'in_stock' WHEN 'not used' THEN 'in_stock'
				WHEN 'inactive' THEN 'in_stock' WHEN 'inactif' THEN 'in_stock' WHEN 'en stock' THEN 'in_stock'
				WHEN 'stock' THEN 'in_stock' WHEN 'spare' THEN 'in_stock'
				WHEN 'retired' THEN 'retired' WHEN 'disposed' THEN 'retired' WHEN 'decommissioned' THEN 'retired'
				WHEN 'retiré' THEN 'retired' WHEN 'réformé' THEN 'retired' WHEN 'hors service' THEN 'retired'
			END AS status,
			r.eol_route AS eol_route_raw,
			CASE lower(btrim(coalesce(r.eol_route, '')))
				WHEN '' THEN ''
				WHEN 'reuse' THEN 'reuse' WHEN 'reused' THEN 'reuse' WHEN 'réemploi' THEN 'reuse'
				WHEN 'refurbishment' THEN 'refurbishment' WHEN 'refurbished' THEN 'refurbishment'
				WHEN 'reconditionnement' THEN 'refurbishment'
				WHEN 'formal_recycling' THEN 'formal_recycling' WHEN 'recycling' THEN 'formal_recycling'
				WHEN 'recycled' THEN 'formal_recycling' WHEN 'recyclage' THEN 'formal_recycling'
				WHEN 'informal_unknown' THEN 'informal_unknown' WHEN 'unknown' THEN 'informal_unknown'
				WHEN 'informal' THEN 'informal_unknown' WHEN 'inconnu' THEN 'informal_unknown'
				WHEN 'landfill' THEN 'landfill' WHEN 'incineration' THEN 'landfill'
			END AS eol_route,
			r.acquired AS acquired_raw,
			CASE lower(btrim(coalesce(r.acquired, '')))
				WHEN '' THEN 'new' WHEN 'new' THEN 'new' WHEN 'neuf' THEN 'new'
				WHEN 'refurbished' THEN 'refurbished' WHEN 'reconditionné' THEN 'refurbished'
				WHEN 'second-hand' THEN 'refurbished' WHEN 'used' THEN 'refurbished'
			END AS acquired,
			nullif(btrim(coalesce(r.country, r.paysdutilisation)), '') AS country_raw,
			CASE WHEN r.country IS NOT NULL THEN 'country' ELSE 'paysDUtilisation' END AS country_col,
			cn.iso3 AS country,
			nullif(btrim(coalesce(r.entity, r.nomentite)), '') AS entity,
			nullif(btrim(r.mass_kg), '') AS mass_raw,
			@extschema@.import_number(r.mass_kg) AS mass_kg,
			nullif(btrim(r.embodied_kg_co2e), '') AS embodied_raw,
			@extschema@.import_number(r.embodied_kg_co2e) AS embodied_kg_co2e,
			nullif(btrim(coalesce(r.kwh_per_year, r.consoelecannuelle, r.consoelecan)), '') AS kwh_raw,
			CASE WHEN r.kwh_per_year IS NOT NULL THEN 'kwh_per_year'
				 WHEN r.consoelecannuelle IS NOT NULL THEN 'consoElecAnnuelle' ELSE 'consoElecAn' END AS kwh_col,
			@extschema@.import_number(coalesce(r.kwh_per_year, r.consoelecannuelle, r.consoelecan)) AS kwh_per_year,
			-- an English column and its NumEcoEval/G4IT twin that disagree
			CASE WHEN btrim(r.serial) <> btrim(r.nomequipementphysique) THEN 'serial'
				 WHEN btrim(r.model) <> btrim(r.modele) THEN 'model'
				 WHEN btrim(r.manufacturer) <> btrim(r.fabricant) THEN 'manufacturer'
				 WHEN btrim(r.category) <> btrim(r.type) THEN 'category'
				 WHEN btrim(r.quantity) <> btrim(r.quantite) THEN 'quantity'
				 WHEN btrim(r.purchased) <> btrim(r.dateachat) THEN 'purchased'
				 WHEN btrim(r.retired) <> btrim(r.dateretrait) THEN 'retired'
				 WHEN btrim(r.status) <> btrim(r.statut) THEN 'status'
				 WHEN btrim(r.country) <> btrim(r.paysdutilisation) THEN 'country'
				 WHEN btrim(r.entity) <> btrim(r.nomentite) THEN 'entity'
			END AS twin_conflict
		FROM @extschema@.asset_import_row r
			LEFT JOIN @extschema@.category_lookup cl
				ON cl.key = lower(btrim(coalesce(r.category, r.type)))
			LEFT JOIN @extschema@.country_lookup cn
				ON cn.key = lower(btrim(coalesce(r.country, r.paysdutilisation)))
		WHERE r.organisation_id = org_id
		   OR (r.organisation_id IS NULL AND (r.organisation IS NULL OR r.organisation = org_name))
	),
	parsed AS MATERIALIZED (
		SELECT v.row_id, v.serial, v.model, v.manufacturer, v.category, v.quantity, v.purchased,
			v.retired, v.status, v.eol_route, v.acquired, v.country, v.entity, v.mass_kg,
			v.embodied_kg_co2e, v.kwh_per_year,
			  (CASE WHEN v.serial IS NULL THEN 1 ELSE 0 END)
			| (CASE WHEN length(v.serial) > 200 THEN 2 ELSE 0 END)
			| (CASE WHEN v.twin_conflict IS NOT NULL THEN 8 ELSE 0 END)
			| (CASE WHEN v.category IS NULL THEN 16 ELSE 0 END)
			| (CASE WHEN v.quantity IS NULL OR v.quantity < 1 THEN 32 ELSE 0 END)
			| (CASE WHEN v.purchased IS NULL THEN 64 ELSE 0 END)
			| (CASE WHEN v.purchased <= '1950-01-01' OR v.purchased > current_date THEN 128 ELSE 0 END)
			| (CASE WHEN v.retired_raw IS NOT NULL AND v.retired IS NULL THEN 256 ELSE 0 END)
			| (CASE WHEN v.retired < v.purchased THEN 512 ELSE 0 END)
			| (CASE WHEN v.retired > current_date THEN 1024 ELSE 0 END)
			| (CASE WHEN v.status IS NULL THEN 2048 ELSE 0 END)
			| (CASE WHEN v.status = 'retired' AND v.retired_raw IS NULL THEN 4096 ELSE 0 END)
			| (CASE WHEN v.eol_route IS NULL THEN 8192 ELSE 0 END)
			| (CASE WHEN v.eol_route <> '' AND v.retired_raw IS NULL THEN 16384 ELSE 0 END)
			| (CASE WHEN v.acquired IS NULL THEN 32768 ELSE 0 END)
			| (CASE WHEN v.country_raw IS NOT NULL AND v.country IS NULL THEN 65536 ELSE 0 END)
			| (CASE WHEN v.mass_raw IS NOT NULL AND NOT coalesce(v.mass_kg > 0, false) THEN 131072 ELSE 0 END)
			| (CASE WHEN v.embodied_raw IS NOT NULL AND NOT coalesce(v.embodied_kg_co2e >= 0, false) THEN 262144 ELSE 0 END)
			| (CASE WHEN v.kwh_raw IS NOT NULL AND NOT coalesce(v.kwh_per_year >= 0, false) THEN 524288 ELSE 0 END)
			| (CASE WHEN length(v.model) > 200 THEN 1048576 ELSE 0 END)
			| (CASE WHEN length(v.manufacturer) > 200 THEN 2097152 ELSE 0 END)
			AS problems
		FROM (SELECT * FROM staged OFFSET 0) v	-- each row parsed once
	),
	-- serials staged more than once (problem 4)
	duplicates AS MATERIALIZED (
		SELECT p.serial FROM parsed p
		WHERE p.serial IS NOT NULL
		GROUP BY p.serial HAVING count(*) > 1
	),
	bad AS MATERIALIZED (
		SELECT p.row_id, p.serial, p.problems | CASE WHEN d.serial IS NULL THEN 0 ELSE 4 END AS problems
		FROM parsed p LEFT JOIN duplicates d ON d.serial = p.serial
		WHERE p.problems <> 0 OR d.serial IS NOT NULL
	),
	-- the rows to import (written with NOT EXISTS, which the planner
	-- estimates well, so that it plans the inserts for a million rows)
	good AS NOT MATERIALIZED (
		SELECT p.* FROM parsed p
		WHERE NOT EXISTS (SELECT 1 FROM bad b WHERE b.row_id = p.row_id)
	),
	errors AS (
		INSERT INTO @extschema@.import_error (organisation_id, row_id, column_name, value, message, staged_row)
		SELECT org_id, c.row_id,
			CASE e.bit WHEN 1 THEN c.serial_col WHEN 2 THEN c.serial_col WHEN 4 THEN c.serial_col
				WHEN 8 THEN c.twin_conflict WHEN 16 THEN c.category_col WHEN 32 THEN c.quantity_col
				WHEN 64 THEN c.purchased_col WHEN 128 THEN c.purchased_col WHEN 256 THEN c.retired_col
				WHEN 512 THEN c.retired_col WHEN 1024 THEN c.retired_col WHEN 2048 THEN c.status_col
				WHEN 4096 THEN c.status_col WHEN 8192 THEN 'eol_route' WHEN 16384 THEN 'eol_route'
				WHEN 32768 THEN 'acquired' WHEN 65536 THEN c.country_col WHEN 131072 THEN 'mass_kg'
				WHEN 262144 THEN 'embodied_kg_co2e' WHEN 524288 THEN c.kwh_col
				WHEN 1048576 THEN c.model_col ELSE c.manufacturer_col END,
			CASE e.bit WHEN 1 THEN to_jsonb(s) ->> lower(c.serial_col) WHEN 2 THEN c.serial WHEN 4 THEN c.serial
				WHEN 8 THEN to_jsonb(s) ->> c.twin_conflict WHEN 16 THEN c.category_raw
				WHEN 32 THEN c.quantity_raw WHEN 64 THEN c.purchased_raw WHEN 128 THEN c.purchased_raw
				WHEN 256 THEN c.retired_raw WHEN 512 THEN c.retired_raw WHEN 1024 THEN c.retired_raw
				WHEN 2048 THEN c.status_raw WHEN 4096 THEN c.status_raw WHEN 8192 THEN c.eol_route_raw
				WHEN 16384 THEN c.eol_route_raw WHEN 32768 THEN c.acquired_raw WHEN 65536 THEN c.country_raw
				WHEN 131072 THEN c.mass_raw WHEN 262144 THEN c.embodied_raw WHEN 524288 THEN c.kwh_raw
				WHEN 1048576 THEN c.model ELSE c.manufacturer END,
			CASE WHEN e.bit = 4 THEN format(e.message, count(*) OVER (PARTITION BY c.serial, e.bit))
				 WHEN e.bit = 8 THEN format(e.message, c.twin_conflict)
				 WHEN e.bit = 64 AND nullif(btrim(c.purchased_raw), '') IS NULL THEN 'the purchase date is required'
				 ELSE e.message END,
			pg_catalog.jsonb_strip_nulls(to_jsonb(s) - 'row_id' - 'organisation_id')
		-- each bad row described from its staged text, parsed again (only
		-- the bad rows: a lookup by row_id each)
		FROM (SELECT b.problems, v.*
			  FROM bad b,
				  LATERAL (SELECT * FROM staged v WHERE v.row_id = b.row_id OFFSET 0) v) c
			JOIN @extschema@.asset_import_row s ON s.row_id = c.row_id
			JOIN (VALUES
				(1, 'a serial (or nomEquipementPhysique) is required: it identifies the device'),
				(2, 'the serial is longer than 200 characters'),
				(4, 'the serial appears in %s staged rows; a device must be staged once'),
				(8, 'column %s and its NumEcoEval/G4IT twin hold different values'),
				(16, 'unknown category; accepted: a category name or an alias in category_lookup (add your own to category_alias)'),
				(32, 'the quantity must be a whole number of at least 1'),
				(64, 'not a date; accepted: YYYY-MM-DD, YYYYMMDD or DD/MM/YYYY'),
				(128, 'the purchase date must lie after 1950-01-01 and not after today'),
				(256, 'not a date; accepted: YYYY-MM-DD, YYYYMMDD or DD/MM/YYYY'),
				(512, 'the retirement date is before the purchase date'),
				(1024, 'the retirement date is in the future'),
				(2048, 'unknown status; accepted: in use (actif), in stock (not used, inactif) or retired'),
				(4096, 'a retired device needs a retirement date'),
				(8192, 'unknown end-of-life route; accepted: reuse, refurbishment, formal_recycling, informal_unknown, landfill'),
				(16384, 'an end-of-life route needs a retirement date'),
				(32768, 'unknown acquisition; accepted: new or refurbished'),
				(65536, 'unknown country; accepted: an ISO 3166 code (2 or 3 letters) or a name in country_lookup'),
				(131072, 'the mass must be a number greater than 0 (kg)'),
				(262144, 'the embodied emissions must be a number of at least 0 (kg CO2e)'),
				(524288, 'the electricity use must be a number of at least 0 (kWh per year)'),
				(1048576, 'the model name is longer than 200 characters'),
				(2097152, 'the manufacturer''s name is longer than 200 characters')
			) e (bit, message) ON c.problems & e.bit <> 0
		WHERE c.problems <> 0
		RETURNING row_id
	),
	new_models AS (
		INSERT INTO @extschema@.product_model (organisation_id, manufacturer, model, category)
		SELECT DISTINCT ON (c.manufacturer, c.model) org_id, c.manufacturer, c.model, c.category
		FROM good c
		WHERE c.model IS NOT NULL
		  AND NOT EXISTS (SELECT 1 FROM @extschema@.product_model m
						  WHERE m.model = c.model AND m.manufacturer = c.manufacturer
							AND (m.organisation_id = org_id OR m.organisation_id IS NULL))
		ORDER BY c.manufacturer, c.model, c.row_id
		RETURNING id, manufacturer, model
	),
	assets AS (
		INSERT INTO @extschema@.asset AS a (organisation_id, serial, category, model_id, quantity, purchased,
				retired, status, eol_route, acquired, country, entity, mass_kg, embodied_kg_co2e, kwh_per_year)
		SELECT org_id, c.serial, c.category, coalesce(m.id, n.id), c.quantity, c.purchased, c.retired,
			CASE WHEN c.retired IS NOT NULL THEN 'retired' WHEN c.status = '' THEN 'in_use' ELSE c.status END,
			CASE WHEN c.retired IS NULL THEN NULL WHEN c.eol_route = '' THEN 'informal_unknown' ELSE c.eol_route END,
			c.acquired, c.country, c.entity, c.mass_kg, c.embodied_kg_co2e, c.kwh_per_year
		FROM good c
			-- the model of the organisation, else the shared one (one hash join)
			LEFT JOIN (SELECT DISTINCT ON (m.manufacturer, m.model) m.id, m.manufacturer, m.model
					   FROM @extschema@.product_model m
					   WHERE m.organisation_id = org_id OR m.organisation_id IS NULL
					   ORDER BY m.manufacturer, m.model, m.organisation_id NULLS LAST) m
				ON m.model = c.model AND m.manufacturer = c.manufacturer
			LEFT JOIN new_models n ON n.model = c.model AND n.manufacturer = c.manufacturer
		ON CONFLICT (organisation_id, serial) DO UPDATE SET
			category = excluded.category, model_id = excluded.model_id, quantity = excluded.quantity,
			purchased = excluded.purchased, retired = excluded.retired, status = excluded.status,
			eol_route = excluded.eol_route, acquired = excluded.acquired, country = excluded.country,
			entity = excluded.entity, mass_kg = excluded.mass_kg,
			embodied_kg_co2e = excluded.embodied_kg_co2e, kwh_per_year = excluded.kwh_per_year
		RETURNING 1
	),
	consumed AS (
		-- the rows parsed above: the same condition under the same snapshot
		DELETE FROM @extschema@.asset_import_row s
		WHERE s.organisation_id = org_id
		   OR (s.organisation_id IS NULL AND (s.organisation IS NULL OR s.organisation = org_name))
		RETURNING 1
	)
	SELECT (SELECT count(*) FROM assets), (SELECT count(*) FROM bad)
	INTO imported, rejected
	FROM (SELECT count(*) FROM errors) e, (SELECT count(*) FROM consumed) d;
END
$function$;
COMMENT ON FUNCTION @extschema@.import_assets(text) IS 'checks every staged row of asset_import for the organisation: valid rows go into asset (a serial already registered is updated), each problem of an invalid row into import_error; the staged rows are removed; returns the counts';
