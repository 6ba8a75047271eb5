/* circular_ict--0.1.0--0.2.0.sql: from release 0.1.0 to 0.2.0 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION circular_ict UPDATE TO '0.2.0'" to load this file. \quit

-- issue 8: the buyer group ----------------------------------------------------
--
-- The staging table becomes asset_import_row, with the organisation of each
-- row (row-level security needs it), and asset_import a view of it that
-- COPY FROM accepts from roles under row-level security; rows staged before
-- the update keep their organisation, found by name.
ALTER TABLE @extschema@.asset_import RENAME TO asset_import_row;
ALTER SEQUENCE @extschema@.asset_import_row_id_seq RENAME TO asset_import_row_row_id_seq;
ALTER INDEX @extschema@.asset_import_pkey RENAME TO asset_import_row_pkey;
-- from PostgreSQL 18, NOT NULL constraints have names, taken from the table's
-- old name: give this one the name a fresh install gives it
DO $$
BEGIN
	IF EXISTS (SELECT 1 FROM pg_catalog.pg_constraint
			   WHERE conrelid = '@extschema@.asset_import_row'::regclass
				 AND conname = 'asset_import_row_id_not_null') THEN
		ALTER TABLE @extschema@.asset_import_row
			RENAME CONSTRAINT asset_import_row_id_not_null TO asset_import_row_row_id_not_null;
	END IF;
END $$;
ALTER TABLE @extschema@.asset_import_row
	ADD COLUMN organisation_id integer REFERENCES @extschema@.organisation (id) ON DELETE CASCADE;
UPDATE @extschema@.asset_import_row r SET organisation_id = o.id
FROM @extschema@.organisation o WHERE o.name = r.organisation;
CREATE INDEX asset_import_row_organisation ON @extschema@.asset_import_row (organisation_id);
COMMENT ON TABLE @extschema@.asset_import_row IS 'the rows staged through the view asset_import, one per row of an inventory file, with the organisation each is staged for (row-level security keeps an organisation''s staged rows to its members)';
COMMENT ON COLUMN @extschema@.asset_import_row.organisation IS 'name of the organisation the row is staged for; left empty when staging: the only organisation the role may write to, or, for a role bound to none (the admin), whichever organisation import_assets() is called for';
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

-- import_assets reads asset_import_row, matches rows by organisation id, and
-- says when a member may not write (its French words are now UTF-8: 0.1.0
-- had them encoded twice)
CREATE OR REPLACE FUNCTION @extschema@.import_assets(organisation text,
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

-- a model counts for an asset only if it is shared or the asset's own organisation's
CREATE FUNCTION @extschema@.asset_states(as_of date)
RETURNS TABLE (
	organisation_id integer, organisation text, asset_id bigint, serial text, category text,
	model_id bigint, quantity integer, purchased date, retired date, state text, eol_route text,
	acquired text, age_years float8, country text, mass_kg float8, embodied_kg_co2e float8,
	kwh_per_year float8, model_composition @extschema@.materials, model_recycled_content float8,
	model_reused_content float8, model_recycled_efficiency float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT a.organisation_id, o.name, a.id, a.serial, a.category, m.id, a.quantity, a.purchased,
	CASE WHEN a.retired <= as_of THEN a.retired END,
	CASE WHEN a.retired <= as_of THEN 'retired'
		 WHEN a.status = 'retired' THEN 'in_use'	-- retired after as_of: in service then
		 ELSE a.status END,
	CASE WHEN a.retired <= as_of THEN a.eol_route END,
	a.acquired,
	@extschema@.service_years(a.purchased, CASE WHEN a.retired <= as_of THEN a.retired END, as_of),
	a.country,
	coalesce(a.mass_kg, m.mass_kg),
	coalesce(a.embodied_kg_co2e, m.embodied_kg_co2e),
	coalesce(a.kwh_per_year, m.kwh_per_year),
	m.composition, m.recycled_content, m.reused_content, m.recycled_efficiency
FROM @extschema@.asset a
	JOIN @extschema@.organisation o ON o.id = a.organisation_id
	-- only a shared model or one of the asset's own organisation counts:
	-- another organisation's model would carry its figures into this
	-- organisation's reports and benchmarks
	LEFT JOIN @extschema@.product_model m ON m.id = a.model_id
		AND (m.organisation_id IS NULL OR m.organisation_id = a.organisation_id)
WHERE a.purchased <= as_of
$function$;
COMMENT ON FUNCTION @extschema@.asset_states(date) IS 'every asset purchased by as_of with its state then (in_use, in_stock or retired), its age or service life in years, and its own figures else its model''s (NULL where only the category''s default would give one; model_id is the model whose figures count: a shared one or one of the asset''s organisation), before the category defaults of asset_facts';

CREATE OR REPLACE FUNCTION @extschema@.asset_facts(as_of date)
RETURNS TABLE (
	organisation_id integer, organisation text, asset_id bigint, serial text, category text,
	model_id bigint, quantity integer, purchased date, retired date, state text, eol_route text,
	acquired text, age_years float8, mass_kg float8, embodied_kg_co2e float8, kwh_per_year float8,
	grid_kg_per_kwh float8, world_average_grid boolean, reference_life_years float8,
	reference_weibull @extschema@.weibull, composition @extschema@.materials,
	unverified_composition @extschema@.materials, mci float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT f.organisation_id, f.organisation, f.asset_id, f.serial, f.category, f.model_id, f.quantity,
	f.purchased, f.retired, f.state, f.eol_route, f.acquired, f.age_years, f.mass_kg,
	f.embodied_kg_co2e, f.kwh_per_year, f.grid_kg_per_kwh, f.world_average_grid,
	f.reference_life_years, f.reference_weibull, f.composition, f.unverified_composition,
	CASE WHEN f.mass_kg IS NOT NULL THEN
		@extschema@.mci(
			@extschema@.material_flows(
				mass => f.mass_kg,
				recycled_in => f.recycled_in,
				reused_in => f.reused_in,
				recycled_out => CASE WHEN f.state = 'retired'
									 THEN CASE WHEN f.eol_route = 'formal_recycling' THEN 1 ELSE 0 END
									 ELSE coalesce(f.recycling_collection, 0) END,
				reused_out => CASE WHEN f.state = 'retired'
								   THEN CASE WHEN f.eol_route IN ('reuse', 'refurbishment') THEN 1 ELSE 0 END
								   ELSE coalesce(f.reuse_collection, 0) END,
				efficiency_in => f.recycled_efficiency,
				efficiency_out => coalesce(f.recycling_efficiency, 0)),
			-- X = L / L_av: the service life of a retired unit; a unit in
			-- service is expected to reach at least the reference life
			CASE WHEN f.reference_life_years IS NULL THEN 1
				 ELSE @extschema@.utility(
						 greatest(CASE WHEN f.state = 'retired' THEN f.age_years
									   ELSE greatest(f.age_years, f.reference_life_years) END,
								  1.0 / 365.25),
						 f.reference_life_years) END)
	END
FROM (
	SELECT s.organisation_id, s.organisation, s.asset_id, s.serial, s.category, s.model_id,
		s.quantity, s.purchased, s.retired, s.state, s.eol_route, s.acquired, s.age_years,
		coalesce(s.mass_kg, c.typical_mass_kg) AS mass_kg,
		coalesce(s.embodied_kg_co2e, c.embodied_kg_co2e) AS embodied_kg_co2e,
		coalesce(s.kwh_per_year, c.kwh_per_year) AS kwh_per_year,
		-- the world average: a one-row subquery (an initplan, evaluated
		-- once), not a join, which would keep the scan out of parallel workers
		coalesce(g.kg_co2e_per_kwh,
				 (SELECT w.kg_co2e_per_kwh FROM @extschema@.grid_intensity_effective w
				  WHERE w.country = 'WOR')) AS grid_kg_per_kwh,
		g.country IS NULL AS world_average_grid,
		c.reference_life_years, c.reference_weibull,
		coalesce(s.model_composition, cc.composition) AS composition,
		CASE WHEN s.model_composition IS NOT NULL THEN ''::@extschema@.materials ELSE cc.unverified END AS unverified_composition,
		-- MCI inputs: a unit bought refurbished is reused feedstock
		CASE WHEN s.acquired = 'refurbished' THEN 0 ELSE coalesce(s.model_recycled_content, c.recycled_content, 0) END AS recycled_in,
		CASE WHEN s.acquired = 'refurbished' THEN 1 ELSE coalesce(s.model_reused_content, 0) END AS reused_in,
		coalesce(s.model_recycled_efficiency, 1) AS recycled_efficiency,
		c.reuse_collection, c.recycling_collection,
		coalesce(c.recycling_efficiency, cr.efficiency) AS recycling_efficiency
	FROM @extschema@.asset_states(as_of) s
		LEFT JOIN @extschema@.category_defaults() c ON c.name = s.category
		LEFT JOIN @extschema@.category_composition() cc ON cc.category = s.category
		LEFT JOIN @extschema@.category_recycling_efficiency cr ON cr.category = s.category
		LEFT JOIN @extschema@.grid_intensity_effective g ON g.country = s.country
) f
$function$;


-- issue 6: the fleet at scale ---------------------------------------------------
--
-- Building blocks the reports use on registers of millions of assets
-- (test/bench/fleet): weighted_median, lifetable with a number of lives per
-- row, age_profile with mean_remaining_life and expected_retirements over a
-- profile (the C library of 0.2.0 also fits, sorts and forecasts faster, with
-- the same results); the report functions read the asset table in one
-- parallel pass where they can.
CREATE FUNCTION @extschema@.weighted_median_add(bytea, float8, bigint) RETURNS bytea
	AS 'MODULE_PATHNAME', 'weighted_median_add'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weighted_median_add(bytea, float8, bigint) IS 'transition function of weighted_median';

CREATE FUNCTION @extschema@.weighted_median_combine(bytea, bytea) RETURNS bytea
	AS 'MODULE_PATHNAME', 'weighted_median_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weighted_median_combine(bytea, bytea) IS 'combine function of weighted_median';

CREATE FUNCTION @extschema@.weighted_median_final(bytea) RETURNS float8
	AS 'MODULE_PATHNAME', 'weighted_median_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weighted_median_final(bytea) IS 'final function of weighted_median';

CREATE AGGREGATE @extschema@.weighted_median(value float8, weight bigint) (
	SFUNC = @extschema@.weighted_median_add,
	STYPE = bytea,
	FINALFUNC = @extschema@.weighted_median_final,
	COMBINEFUNC = @extschema@.weighted_median_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.weighted_median(float8, bigint) IS 'median of the values, each counted weight times (e.g. a register line of quantity q counts q units): percentile_cont(0.5) of that multiset, interpolated halfway between the two middle units when their number is even; rows with a NULL or a weight of 0 count nothing, a negative weight is an error; NULL without units';

CREATE FUNCTION @extschema@.lifetable_add(lt @extschema@.lifetable, age float8, retired boolean, entry_age float8,
		lives bigint)
	RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_add'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_add(@extschema@.lifetable, float8, boolean, float8, bigint) IS
	'the lifetable with lives more identical lives (0 or more): age in years, retired or still in service, entered the register at entry_age';

CREATE AGGREGATE @extschema@.lifetable(age float8, retired boolean, entry_age float8, lives bigint) (
	SFUNC = @extschema@.lifetable_add,
	STYPE = @extschema@.lifetable,
	SSPACE = 8192,
	INITCOND = 'exact{}',
	COMBINEFUNC = @extschema@.lifetable_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.lifetable(float8, boolean, float8, bigint) IS
	'collects service lives with delayed entry, each row standing for lives identical lives (a register line of quantity q: the same lifetable as q rows); rows with a NULL are skipped';

CREATE FUNCTION @extschema@.mean_remaining_life(w @extschema@.weibull, profile float8[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'weibull_profile_remaining_life'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_remaining_life(@extschema@.weibull, float8[]) IS
	'mean residual life of the units of an age profile (age_profile), weighted by its first weight: sum(weight * remaining_life(w, age)) / sum(weight) over the rows whose weight is not NULL; NULL when they weigh nothing';

-- the units of a fleet by age, collected in parallel, for what needs a
-- lifetime distribution known only at the end of the pass
CREATE FUNCTION @extschema@.age_profile_add(bytea, float8, float8[]) RETURNS bytea
	AS 'MODULE_PATHNAME', 'age_profile_add'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.age_profile_add(bytea, float8, float8[]) IS 'transition function of age_profile';

CREATE FUNCTION @extschema@.age_profile_combine(bytea, bytea) RETURNS bytea
	AS 'MODULE_PATHNAME', 'age_profile_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.age_profile_combine(bytea, bytea) IS 'combine function of age_profile';

CREATE FUNCTION @extschema@.age_profile_final(bytea) RETURNS float8[]
	AS 'MODULE_PATHNAME', 'age_profile_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.age_profile_final(bytea) IS 'final function of age_profile';

CREATE AGGREGATE @extschema@.age_profile(age float8, weights float8[]) (
	SFUNC = @extschema@.age_profile_add,
	STYPE = bytea,
	FINALFUNC = @extschema@.age_profile_final,
	COMBINEFUNC = @extschema@.age_profile_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.age_profile(float8, float8[]) IS 'the rows as a float8[rows][1 + weights] array of (age in years, weights...), in no particular order, e.g. age_profile(age, ARRAY[units, units * kg_co2e]) for mean_remaining_life and expected_retirements over a profile; rows with a NULL age or weights array are skipped, a NULL weight is kept; every row gives the same number of weights (1 to 100); NULL without rows';

CREATE FUNCTION @extschema@.expected_retirements(w @extschema@.weibull, profile float8[], horizons float8[])
	RETURNS float8[]
	AS 'MODULE_PATHNAME', 'expected_retirements_profile'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.expected_retirements(@extschema@.weibull, float8[], float8[]) IS 'the expected_retirements aggregate over the rows of an age profile, once per weight: element [j][k] is the sum of weight j of the units expected to retire in (horizons[k-1], horizons[k]] years from now; a weight column of NULLs gives NULLs';

CREATE FUNCTION @extschema@.fleet_lifetables(as_of date)
RETURNS TABLE (organisation text, category text, lifetable @extschema@.lifetable,
	fitted @extschema@.weibull, km_median float8, units_in_service bigint,
	in_service_ages float8[])
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT f.organisation, f.category,
	@extschema@.lifetable(greatest(f.age_years, 1.0 / 365.25), f.state = 'retired', 0, f.quantity),
	@extschema@.weibull_fit(@extschema@.lifetable(greatest(f.age_years, 1.0 / 365.25), f.state = 'retired',
												  0, f.quantity), false),
	@extschema@.km_median(@extschema@.lifetable(greatest(f.age_years, 1.0 / 365.25), f.state = 'retired',
												0, f.quantity)),
	sum(f.quantity) FILTER (WHERE f.state <> 'retired'),
	@extschema@.age_profile(f.age_years, ARRAY[f.quantity]::float8[]) FILTER (WHERE f.state <> 'retired')
FROM @extschema@.asset_facts(as_of) f
GROUP BY f.organisation, f.category
$function$;
COMMENT ON FUNCTION @extschema@.fleet_lifetables(date) IS 'organisation_lifetables(as_of) with more: per organisation and category, the lifetable of every unit, the Weibull fitted to it and its Kaplan-Meier median, each computed once per group, and the units in service with their ages (an age_profile weighted by units; NULL without units in service): the building block of the lifespan reports';

CREATE OR REPLACE FUNCTION @extschema@.organisation_lifetables(as_of date)
RETURNS TABLE (organisation text, category text, lifetable @extschema@.lifetable,
	fitted @extschema@.weibull)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT t.organisation, t.category, t.lifetable, t.fitted
FROM @extschema@.fleet_lifetables(as_of) t
$function$;

CREATE OR REPLACE FUNCTION @extschema@.fleet_overview(as_of date)
RETURNS TABLE (
	organisation text, category text, units_in_use bigint, units_in_stock bigint,
	units_retired bigint, mean_age_in_use_years float8, median_service_life_years float8,
	premature_share float8, annual_co2e_kg float8, units_without_co2e_figure bigint,
	units_on_world_average_grid bigint, critical_raw_materials_in_use_g float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH
-- one pass: the counts, ages, emissions, the median service life of the
-- retired units (each unit counted: a line of quantity q counts q times,
-- interpolated as percentile_cont) and the critical raw materials of the
-- units in service
counts AS (
	SELECT f.organisation, f.category,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'in_use'), 0) AS units_in_use,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'in_stock'), 0) AS units_in_stock,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0) AS units_retired,
		sum(f.age_years * f.quantity::float8) FILTER (WHERE f.state = 'in_use')
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'in_use'), 0)::float8 AS mean_age_in_use_years,
		@extschema@.weighted_median(f.age_years, f.quantity) FILTER (WHERE f.state = 'retired')
			AS median_service_life_years,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'retired' AND f.age_years < f.reference_life_years), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired' AND f.reference_life_years IS NOT NULL), 0)::float8
			AS premature_share,
		-- the NumEcoEval/G4IT annualisation: embodied spread over the years so
		-- far (at least one), plus a year of electricity for units in use
		sum(f.quantity::float8 * @extschema@.annualised_co2e(f.embodied_kg_co2e, greatest(f.age_years, 1),
				CASE WHEN f.state = 'in_use' THEN f.kwh_per_year ELSE 0 END, f.grid_kg_per_kwh))
			FILTER (WHERE f.state <> 'retired') AS annual_co2e_kg,
		coalesce(sum(f.quantity) FILTER (WHERE f.state <> 'retired'
			AND (f.embodied_kg_co2e IS NULL OR (f.state = 'in_use' AND f.kwh_per_year IS NULL))), 0)
			AS units_without_co2e_figure,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'in_use' AND f.world_average_grid), 0)
			AS units_on_world_average_grid,
		-- the composition of asset_facts is the model's, else the category's
		-- (the same for the whole group): the units in service of the second
		-- kind are counted, and the category's grams multiply them once
		sum(f.quantity::float8 * @extschema@.critical_grams(pm.composition))
			FILTER (WHERE f.state <> 'retired') AS model_critical_g,
		sum(f.quantity) FILTER (WHERE f.state <> 'retired' AND pm.composition IS NULL)
			AS units_of_category_composition
	FROM @extschema@.asset_facts(as_of) f
		-- a subquery after asset_facts: a role without access is refused on
		-- the table asset first, as by the other reports
		LEFT JOIN (SELECT m.id, m.composition FROM @extschema@.product_model m) pm
			ON pm.id = f.model_id
	GROUP BY f.organisation, f.category
)
SELECT c.organisation, c.category, c.units_in_use, c.units_in_stock, c.units_retired,
	c.mean_age_in_use_years, c.median_service_life_years, c.premature_share, c.annual_co2e_kg,
	c.units_without_co2e_figure, c.units_on_world_average_grid,
	-- 0 with nothing in service; NULL where no unit in service has a known composition
	CASE WHEN c.units_in_use + c.units_in_stock = 0 THEN 0
		 WHEN c.model_critical_g IS NULL
			  AND (c.units_of_category_composition IS NULL OR cc.composition IS NULL) THEN NULL
		 ELSE coalesce(c.model_critical_g, 0)
			  + coalesce(@extschema@.critical_grams(cc.composition) * c.units_of_category_composition::float8, 0) END
FROM counts c
	LEFT JOIN @extschema@.category_composition() cc ON cc.category = c.category
$function$;

CREATE OR REPLACE FUNCTION @extschema@.material_inventory(as_of date)
RETURNS TABLE (
	organisation text, element text, atomic_number integer, in_use_g float8, in_stock_g float8,
	retired_reuse_g float8, retired_refurbishment_g float8, retired_formal_recycling_g float8,
	retired_informal_unknown_g float8, retired_landfill_g float8, recovered_g float8,
	recoverable_in_service_g float8, crm_2023 boolean, strategic_2023 boolean,
	unverified_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH units AS (
	-- units per organisation, category and model by where they are: a
	-- state, or the end-of-life route of retired units ('retired' for a
	-- retired unit without one); counted in columns, so that the planner
	-- groups on plain columns it can estimate
	SELECT f.organisation, f.category, f.model_id,
		sum(f.quantity) FILTER (WHERE f.state = 'in_use') AS in_use,
		sum(f.quantity) FILTER (WHERE f.state = 'in_stock') AS in_stock,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'reuse') AS reuse,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'refurbishment') AS refurbishment,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'formal_recycling') AS formal_recycling,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'informal_unknown') AS informal_unknown,
		sum(f.quantity) FILTER (WHERE f.eol_route = 'landfill') AS landfill,
		sum(f.quantity) FILTER (WHERE f.state = 'retired' AND f.eol_route IS NULL) AS retired
	FROM @extschema@.asset_facts(as_of) f
	GROUP BY f.organisation, f.category, f.model_id
),
-- the models' compositions, in a query level of their own that runs after
-- the asset scan: a role without access is refused on the table asset
-- first, as by the other reports
compositions AS MATERIALIZED (
	SELECT m.id, m.composition FROM @extschema@.product_model m WHERE m.composition IS NOT NULL
),
buckets AS (
	-- grams per organisation and bucket: the composition of asset_facts (the
	-- model's, else the category's, and the part of it resting on
	-- unverified figures) scaled once per model
	SELECT u.organisation, b.bucket,
		@extschema@.sum(coalesce(m.composition, cc.composition) OPERATOR(@extschema@.*) b.units::float8) AS total,
		@extschema@.sum(CASE WHEN m.composition IS NOT NULL THEN ''::@extschema@.materials ELSE cc.unverified END
						OPERATOR(@extschema@.*) b.units::float8) AS unverified
	FROM units u
		CROSS JOIN LATERAL (VALUES ('in_use', u.in_use), ('in_stock', u.in_stock), ('reuse', u.reuse),
								   ('refurbishment', u.refurbishment), ('formal_recycling', u.formal_recycling),
								   ('informal_unknown', u.informal_unknown), ('landfill', u.landfill),
								   ('retired', u.retired)) b (bucket, units)
		LEFT JOIN compositions m ON m.id = u.model_id
		LEFT JOIN @extschema@.category_composition() cc ON cc.category = u.category
	WHERE b.units IS NOT NULL AND coalesce(m.composition, cc.composition) IS NOT NULL
	GROUP BY u.organisation, b.bucket
),
grams AS (
	SELECT b.organisation, b.bucket, e.element, e.atomic_number, e.grams,
		b.unverified OPERATOR(@extschema@.->) e.element AS unverified_g
	FROM buckets b, @extschema@.materials_each(b.total) e
)
SELECT g.organisation, g.element, g.atomic_number,
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'in_use'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'in_stock'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'reuse'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'refurbishment'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'formal_recycling'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'informal_unknown'), 0),
	coalesce(sum(g.grams) FILTER (WHERE g.bucket = 'landfill'), 0),
	coalesce(sum(g.grams * coalesce(r.fraction, 0))
		FILTER (WHERE g.bucket NOT IN ('in_use', 'in_stock')), 0),
	coalesce(sum(g.grams * coalesce(formal.fraction, 0))
		FILTER (WHERE g.bucket IN ('in_use', 'in_stock')), 0),
	coalesce(rm.crm_2023, false), coalesce(rm.strategic_2023, false),
	sum(g.unverified_g) / nullif(sum(g.grams), 0::float8)
FROM grams g
	LEFT JOIN @extschema@.recovery_rate_effective r ON r.element = g.element AND r.route = g.bucket
	LEFT JOIN @extschema@.recovery_rate_effective formal
		ON formal.element = g.element AND formal.route = 'formal_recycling'
	LEFT JOIN (SELECT DISTINCT ON (x.symbol) x.symbol, x.crm_2023, x.strategic_2023
			   FROM @extschema@.raw_material x ORDER BY x.symbol, x.shipped) rm ON rm.symbol = g.element
GROUP BY g.organisation, g.element, g.atomic_number, rm.crm_2023, rm.strategic_2023
$function$;

CREATE OR REPLACE FUNCTION @extschema@.lifespan_by_category(as_of date)
RETURNS TABLE (
	organisation text, category text, observed_units bigint, retired_units bigint,
	km_median_years float8, fitted_shape float8, fitted_scale float8, fitted_mean_years float8,
	reference_shape float8, reference_scale float8, reference_mean_years float8,
	units_in_service bigint, mean_remaining_life_years float8, remaining_life_basis text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT t.organisation, t.category, @extschema@.lives(t.lifetable), @extschema@.retirements(t.lifetable),
	t.km_median,
	@extschema@.shape(t.fitted), @extschema@.scale(t.fitted), @extschema@.mean_life(t.fitted),
	@extschema@.shape(c.reference_weibull), @extschema@.scale(c.reference_weibull),
	@extschema@.mean_life(c.reference_weibull),
	coalesce(t.units_in_service, 0),
	-- the mean remaining life of the units in service, from the fitted
	-- Weibull, else the reference one
	@extschema@.mean_remaining_life(coalesce(t.fitted, c.reference_weibull), t.in_service_ages),
	CASE WHEN t.units_in_service IS NULL THEN NULL
		 WHEN t.fitted IS NOT NULL THEN 'fitted'
		 WHEN c.reference_weibull IS NOT NULL THEN 'reference' END
FROM @extschema@.fleet_lifetables(as_of) t
	LEFT JOIN @extschema@.category_defaults() c ON c.name = t.category
$function$;

CREATE OR REPLACE FUNCTION @extschema@.replacement_forecast(as_of date)
RETURNS TABLE (
	organisation text, category text, year integer, period_start date, period_end date,
	expected_retirements float8, replacement_embodied_co2e_kg float8,
	replacement_critical_raw_materials_g float8, replacement_materials_g float8,
	lifetime_basis text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH periods AS (
	-- the rest of the current year, then each of the next five calendar years
	SELECT pg_catalog.array_agg(((make_date(extract(year FROM as_of)::integer + k, 1, 1) - as_of)::numeric / 365.25)::float8
					 ORDER BY k) AS horizons
	FROM pg_catalog.generate_series(1, 6) k
),
-- one parallel pass: per organisation and category the fit of the lives
-- (as fleet_lifetables) and the units in service by age, weighted by what
-- their like-for-like replacements take.  A figure that falls back to the
-- category (asset_facts) is the same for the whole group: such units are
-- counted apart and the category's figure multiplies their sum once.
-- Weights: units; units x embodied CO2e of the asset or its model; units
-- whose embodied CO2e is the category's; units x critical and total grams
-- of the model's composition; units whose composition is the category's.
groups AS (
	SELECT s.organisation, s.category,
		@extschema@.weibull_fit(@extschema@.lifetable(greatest(s.age_years, 1.0 / 365.25),
													  s.state = 'retired', 0, s.quantity), false) AS fitted,
		@extschema@.age_profile(s.age_years,
			ARRAY[s.quantity, s.quantity::float8 * s.embodied_kg_co2e,
				  CASE WHEN s.embodied_kg_co2e IS NULL THEN s.quantity END,
				  s.quantity::float8 * @extschema@.critical_grams(s.model_composition),
				  s.quantity::float8 * @extschema@.total_grams(s.model_composition),
				  CASE WHEN s.model_composition IS NULL THEN s.quantity END])
			FILTER (WHERE s.state <> 'retired') AS in_service
	FROM @extschema@.asset_states(as_of) s
	GROUP BY s.organisation, s.category
),
-- the expected retirements of each weight in each period, from the fitted
-- Weibull, else the category's reference one: once per group (a subquery
-- the planner keeps, not an expression it would copy into each year)
forecast AS (
	SELECT g.organisation, g.category, g.fitted IS NOT NULL AS fitted, x.r,
		c.embodied_kg_co2e AS category_co2e,
		@extschema@.critical_grams(cc.composition) AS category_critical,
		@extschema@.total_grams(cc.composition) AS category_grams
	FROM groups g
		LEFT JOIN @extschema@.category_defaults() c ON c.name = g.category
		LEFT JOIN @extschema@.category_composition() cc ON cc.category = g.category
		CROSS JOIN periods p
		CROSS JOIN LATERAL (SELECT @extschema@.expected_retirements(coalesce(g.fitted, c.reference_weibull),
																	g.in_service, p.horizons) AS r
							OFFSET 0) x
	WHERE g.in_service IS NOT NULL
)
SELECT f.organisation, f.category, (extract(year FROM as_of)::integer + y.k - 1),
	CASE WHEN y.k = 1 THEN as_of ELSE make_date(extract(year FROM as_of)::integer + y.k - 1, 1, 1) END,
	make_date(extract(year FROM as_of)::integer + y.k - 1, 12, 31),
	f.r[1][y.k],
	-- the units' own figures plus the category's times its units; NULL when
	-- no unit has a figure (as the expected_retirements aggregate gives)
	CASE WHEN f.r[2][y.k] IS NULL AND (f.r[3][y.k] IS NULL OR f.category_co2e IS NULL) THEN NULL
		 ELSE coalesce(f.r[2][y.k], 0) + coalesce(f.category_co2e * f.r[3][y.k], 0) END,
	CASE WHEN f.r[4][y.k] IS NULL AND (f.r[6][y.k] IS NULL OR f.category_critical IS NULL) THEN NULL
		 ELSE coalesce(f.r[4][y.k], 0) + coalesce(f.category_critical * f.r[6][y.k], 0) END,
	CASE WHEN f.r[5][y.k] IS NULL AND (f.r[6][y.k] IS NULL OR f.category_grams IS NULL) THEN NULL
		 ELSE coalesce(f.r[5][y.k], 0) + coalesce(f.category_grams * f.r[6][y.k], 0) END,
	CASE WHEN f.r IS NULL THEN NULL WHEN f.fitted THEN 'fitted' ELSE 'reference' END
FROM forecast f, pg_catalog.generate_series(1, 6) y (k)
$function$;

CREATE OR REPLACE FUNCTION @extschema@.circularity_by_organisation(as_of date)
RETURNS TABLE (
	organisation text, units bigint, company_mci float8, mci_mass_kg float8,
	refurbished_share float8, retired_units bigint, reuse_share float8, recycling_share float8,
	unknown_share float8, landfill_share float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH c AS (
	SELECT f.organisation, sum(f.quantity) AS units,
		@extschema@.mci_weighted(f.mci, f.mass_kg * f.quantity::float8) AS company_mci,
		sum(f.mass_kg * f.quantity::float8) FILTER (WHERE f.mci IS NOT NULL) AS mci_mass_kg,
		coalesce(sum(f.quantity) FILTER (WHERE f.acquired = 'refurbished'), 0)::float8 / sum(f.quantity)::float8
			AS refurbished_share,
		coalesce(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0) AS retired_units,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route IN ('reuse', 'refurbishment')), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0)::float8 AS reuse_share,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'formal_recycling'), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0)::float8 AS recycling_share,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'informal_unknown'), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0)::float8 AS unknown_share,
		coalesce(sum(f.quantity) FILTER (WHERE f.eol_route = 'landfill'), 0)::float8
			/ nullif(sum(f.quantity) FILTER (WHERE f.state = 'retired'), 0)::float8 AS landfill_share
	FROM @extschema@.asset_facts(as_of) f
	GROUP BY f.organisation
)
SELECT c.organisation, c.units, c.company_mci, c.mci_mass_kg, c.refurbished_share, c.retired_units,
	c.reuse_share, c.recycling_share, c.unknown_share, c.landfill_share
FROM c
$function$;

CREATE OR REPLACE FUNCTION @extschema@.criteria_compliance(as_of date)
RETURNS TABLE (
	organisation text, scheme text, level text, category text,
	models_meeting bigint, models_failing bigint, models_unknown bigint,
	units_meeting bigint, units_failing bigint, units_unknown bigint)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH models AS (
	SELECT f.organisation, f.category, f.model_id, sum(f.quantity) AS units
	FROM @extschema@.asset_facts(as_of) f
	WHERE f.state <> 'retired'
	GROUP BY f.organisation, f.category, f.model_id
),
levels AS (
	SELECT DISTINCT cr.scheme, cr.level, cr.category FROM @extschema@.criterion cr
),
-- each model of the catalogue judged once per scheme and level of its
-- category, however many organisations use it (meets_criteria is a query of
-- its own), and not from the assets, so that a WHERE on the organisation
-- still reaches the asset scan; an asset filed under another category than
-- its model's is judged on its own; both in query levels of their own that
-- run after the asset scan: a role without access is refused on the table
-- asset first, as by the other reports
verdicts AS MATERIALIZED (
	SELECT pm.id AS model_id, c.category, c.scheme, c.level,
		@extschema@.meets_criteria(pm.attributes, c.category, c.scheme, c.level) AS meets
	FROM @extschema@.product_model pm
		JOIN levels c ON c.category = pm.category
),
judged AS (
	SELECT m.organisation, c.scheme, c.level, m.category, m.model_id, m.units,
		CASE WHEN m.model_id IS NULL THEN NULL
			 WHEN v.model_id IS NOT NULL THEN v.meets
			 ELSE (SELECT @extschema@.meets_criteria(pm.attributes, m.category, c.scheme, c.level)
				   FROM @extschema@.product_model pm WHERE pm.id = m.model_id) END AS meets
	FROM models m
		JOIN levels c ON c.category = m.category
		LEFT JOIN verdicts v ON v.model_id = m.model_id AND v.category = m.category
							AND v.scheme = c.scheme AND v.level = c.level
)
SELECT j.organisation, j.scheme, j.level, j.category,
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND j.meets),
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND NOT j.meets),
	count(*) FILTER (WHERE j.model_id IS NOT NULL AND j.meets IS NULL),
	coalesce(sum(j.units) FILTER (WHERE j.meets), 0),
	coalesce(sum(j.units) FILTER (WHERE NOT j.meets), 0),
	coalesce(sum(j.units) FILTER (WHERE j.meets IS NULL), 0)
FROM judged j
GROUP BY j.organisation, j.scheme, j.level, j.category
$function$;

CREATE OR REPLACE FUNCTION @extschema@.life_extension_scenarios(as_of date)
RETURNS TABLE (
	organisation text, category text, units_in_service bigint, baseline_life_years float8,
	baseline_basis text, annual_co2e_kg float8, co2e_saved_1y_kg float8, co2e_saved_2y_kg float8,
	materials_saved_1y_g float8, materials_saved_2y_g float8,
	critical_raw_materials_saved_1y_g float8, critical_raw_materials_saved_2y_g float8)
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
WITH baseline AS (
	-- how long the organisation keeps a unit now: the Kaplan-Meier median
	-- of its own history, else the category's reference lifespan
	SELECT c.name AS category, t.organisation,
		coalesce(t.km_median, c.reference_life_years) AS life,
		CASE WHEN t.km_median IS NOT NULL THEN 'observed median'
			 WHEN c.reference_life_years IS NOT NULL THEN 'reference lifespan' END AS basis
	FROM @extschema@.fleet_lifetables(as_of) t
		JOIN @extschema@.category_defaults() c ON c.name = t.category
),
-- one parallel pass over the units in service: the sums that the baseline
-- life then scales, per group.  annualised_co2e(E, L, kWh, g) is
-- E / L + kWh g: summed over the units whose E, kWh and g are all known
-- (its NULL rule), it is (sum of q E) / L + sum of q kWh g.
units AS (
	SELECT f.organisation, f.category, sum(f.quantity) AS units,
		sum(f.quantity::float8 * f.embodied_kg_co2e) FILTER (WHERE f.grid_kg_per_kwh IS NOT NULL
			AND (f.state <> 'in_use' OR f.kwh_per_year IS NOT NULL)) AS annual_embodied,
		sum(f.quantity::float8 * CASE WHEN f.state = 'in_use' THEN f.kwh_per_year ELSE 0 END * f.grid_kg_per_kwh)
			FILTER (WHERE f.embodied_kg_co2e IS NOT NULL) AS annual_use,
		sum(f.quantity::float8 * f.embodied_kg_co2e) AS embodied,
		sum(f.quantity::float8 * @extschema@.total_grams(f.composition)) AS grams,
		sum(f.quantity::float8 * @extschema@.critical_grams(f.composition)) AS critical_grams
	FROM @extschema@.asset_facts(as_of) f
	WHERE f.state <> 'retired'
	GROUP BY f.organisation, f.category
)
SELECT u.organisation, u.category, u.units, b.life, b.basis,
	u.annual_embodied / b.life + u.annual_use,
	-- a longer life spreads the same embodied emissions and raw materials
	-- over more years: E/L - E/(L + n) a year
	u.embodied * (1::float8 / b.life - 1::float8 / (b.life + 1::float8)),
	u.embodied * (1::float8 / b.life - 1::float8 / (b.life + 2::float8)),
	u.grams * (1::float8 / b.life - 1::float8 / (b.life + 1::float8)),
	u.grams * (1::float8 / b.life - 1::float8 / (b.life + 2::float8)),
	u.critical_grams * (1::float8 / b.life - 1::float8 / (b.life + 1::float8)),
	u.critical_grams * (1::float8 / b.life - 1::float8 / (b.life + 2::float8))
FROM units u
	LEFT JOIN baseline b ON b.organisation = u.organisation AND b.category = u.category
$function$;

-- the roles, membership, row-level security, benchmarks (src/buyer_group.sql)
-- roles are cluster-wide: another database of the cluster, or the DBA, may
-- have created them already; DROP EXTENSION leaves them
DO $do$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'circular_ict_admin') THEN
		CREATE ROLE circular_ict_admin NOLOGIN;
		COMMENT ON ROLE circular_ict_admin IS 'circular_ict: the buyer group''s DBA role, sees and manages every organisation (grant it to the DBA''s login)';
	END IF;
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'circular_ict_member') THEN
		CREATE ROLE circular_ict_member NOLOGIN;
		COMMENT ON ROLE circular_ict_member IS 'circular_ict: granted to every analyst and BI login of a member organisation; circular_ict.organisation_member says which organisations each one reads and writes';
	END IF;
END
$do$;

-- membership ---------------------------------------------------------------

CREATE TABLE @extschema@.organisation_member (
	role name NOT NULL CHECK (role <> ''),
	organisation_id integer NOT NULL REFERENCES @extschema@.organisation (id) ON DELETE CASCADE,
	can_write boolean NOT NULL DEFAULT false,
	PRIMARY KEY (role, organisation_id)
);
CREATE INDEX organisation_member_organisation ON @extschema@.organisation_member (organisation_id);
COMMENT ON TABLE @extschema@.organisation_member IS 'which organisations each login role (a member of circular_ict_member) reads, and writes where can_write; maintained by the admin; a member sees its own rows only';
COMMENT ON COLUMN @extschema@.organisation_member.role IS 'name of the login role (as in pg_roles); delete its rows when the role is dropped';
COMMENT ON COLUMN @extschema@.organisation_member.organisation_id IS 'the organisation the role reads (organisation.id)';
COMMENT ON COLUMN @extschema@.organisation_member.can_write IS 'true: the role also adds, changes, deletes and imports the organisation''s rows; false: read only (e.g. a BI connection)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.organisation_member', '');

CREATE FUNCTION @extschema@.member_organisations() RETURNS integer[]
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT coalesce(pg_catalog.array_agg(m.organisation_id ORDER BY m.organisation_id), '{}')
FROM @extschema@.organisation_member m
WHERE m.role = CURRENT_USER
$function$;
COMMENT ON FUNCTION @extschema@.member_organisations() IS 'ids of the organisations the current role reads, from organisation_member (empty for a role that is not listed, such as the admin)';

CREATE FUNCTION @extschema@.writable_organisations() RETURNS integer[]
LANGUAGE sql STABLE PARALLEL SAFE
AS $function$
SELECT coalesce(pg_catalog.array_agg(m.organisation_id ORDER BY m.organisation_id), '{}')
FROM @extschema@.organisation_member m
WHERE m.role = CURRENT_USER AND m.can_write
$function$;
COMMENT ON FUNCTION @extschema@.writable_organisations() IS 'ids of the organisations the current role may write to (organisation_member.can_write)';

-- row-level security ----------------------------------------------------------
--
-- Every table holding an organisation's rows.  The admin's policy lets it
-- do everything; a member reads the rows of member_organisations() and
-- writes those of writable_organisations().  In USING, organisation_id =
-- ANY (f()) is an index condition (f() evaluated once per index scan), and
-- the planner, which evaluates the STABLE f() to estimate it, knows how
-- many rows the member's organisations have; in WITH CHECK, (SELECT f())
-- is evaluated once per statement, not once per row written.  A role in
-- neither role sees no row at all.

ALTER TABLE @extschema@.organisation ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_admin ON @extschema@.organisation TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY organisation_member_read ON @extschema@.organisation FOR SELECT TO circular_ict_member
	USING (id = ANY (@extschema@.member_organisations()));

ALTER TABLE @extschema@.organisation_member ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_member_admin ON @extschema@.organisation_member TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY organisation_member_own ON @extschema@.organisation_member FOR SELECT TO circular_ict_member
	USING (role = CURRENT_USER);

-- product models: a member reads its own and the shared catalogue
-- (organisation_id NULL, written by the admin only)
ALTER TABLE @extschema@.product_model ENABLE ROW LEVEL SECURITY;
CREATE POLICY product_model_admin ON @extschema@.product_model TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY product_model_member_read ON @extschema@.product_model FOR SELECT TO circular_ict_member
	USING (organisation_id IS NULL OR organisation_id = ANY (@extschema@.member_organisations()));
CREATE POLICY product_model_member_insert ON @extschema@.product_model FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY product_model_member_update ON @extschema@.product_model FOR UPDATE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()))
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY product_model_member_delete ON @extschema@.product_model FOR DELETE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()));

-- assets (a model another organisation registered does not count for an
-- asset even when its model_id names it: asset_facts joins only shared
-- models and the asset's own organisation's)
ALTER TABLE @extschema@.asset ENABLE ROW LEVEL SECURITY;
CREATE POLICY asset_admin ON @extschema@.asset TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY asset_member_read ON @extschema@.asset FOR SELECT TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.member_organisations()));
CREATE POLICY asset_member_insert ON @extschema@.asset FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY asset_member_update ON @extschema@.asset FOR UPDATE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()))
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY asset_member_delete ON @extschema@.asset FOR DELETE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()));

-- staged rows (the view asset_import stages into this table)
ALTER TABLE @extschema@.asset_import_row ENABLE ROW LEVEL SECURITY;
CREATE POLICY asset_import_row_admin ON @extschema@.asset_import_row TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY asset_import_row_member_read ON @extschema@.asset_import_row FOR SELECT TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.member_organisations()));
CREATE POLICY asset_import_row_member_insert ON @extschema@.asset_import_row FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY asset_import_row_member_update ON @extschema@.asset_import_row FOR UPDATE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()))
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY asset_import_row_member_delete ON @extschema@.asset_import_row FOR DELETE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()));

ALTER TABLE @extschema@.import_error ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_error_admin ON @extschema@.import_error TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY import_error_member_read ON @extschema@.import_error FOR SELECT TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.member_organisations()));
CREATE POLICY import_error_member_insert ON @extschema@.import_error FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY import_error_member_update ON @extschema@.import_error FOR UPDATE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()))
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY import_error_member_delete ON @extschema@.import_error FOR DELETE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()));

-- the group's settings and benchmarks ---------------------------------------

CREATE TABLE @extschema@.buyer_group_setting (
	one_row boolean PRIMARY KEY DEFAULT true CHECK (one_row),
	min_organisations integer NOT NULL DEFAULT 5 CHECK (min_organisations >= 2),
	scheme text CHECK (btrim(scheme) <> ''),
	level text CHECK (btrim(level) <> ''),
	CONSTRAINT buyer_group_setting_level_of_scheme CHECK (level IS NULL OR scheme IS NOT NULL)
);
COMMENT ON TABLE @extschema@.buyer_group_setting IS 'the buyer group''s settings, at most one row (no row: the defaults); written by the admin, read by all';
COMMENT ON COLUMN @extschema@.buyer_group_setting.one_row IS 'always true: the table holds at most one row';
COMMENT ON COLUMN @extschema@.buyer_group_setting.min_organisations IS 'k: a group statistic is published only where at least this many organisations contribute (default 5, at least 2)';
COMMENT ON COLUMN @extschema@.buyer_group_setting.scheme IS 'the group''s common purchasing requirements: a scheme of circular_ict.criterion (NULL: no compliance benchmark)';
COMMENT ON COLUMN @extschema@.buyer_group_setting.level IS 'the level of the scheme the group requires (NULL: every level)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.buyer_group_setting', '');

CREATE TABLE @extschema@.benchmark_refresh (
	as_of date PRIMARY KEY,
	refreshed_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	min_organisations integer NOT NULL CHECK (min_organisations >= 2),
	scheme text,
	level text,
	organisations integer NOT NULL CHECK (organisations >= 0),
	published integer NOT NULL CHECK (published >= 0),
	withheld integer NOT NULL CHECK (withheld >= 0)
);
COMMENT ON TABLE @extschema@.benchmark_refresh IS 'one row per benchmark snapshot written by refresh_benchmarks(): its date, the settings it used and what it published';
COMMENT ON COLUMN @extschema@.benchmark_refresh.as_of IS 'the date the snapshot reports on';
COMMENT ON COLUMN @extschema@.benchmark_refresh.refreshed_at IS 'when it was written';
COMMENT ON COLUMN @extschema@.benchmark_refresh.min_organisations IS 'k in force: organisations a group statistic needed';
COMMENT ON COLUMN @extschema@.benchmark_refresh.scheme IS 'the group''s criteria scheme the compliance share was judged against';
COMMENT ON COLUMN @extschema@.benchmark_refresh.level IS 'its level (NULL: every level)';
COMMENT ON COLUMN @extschema@.benchmark_refresh.organisations IS 'organisations with at least one figure';
COMMENT ON COLUMN @extschema@.benchmark_refresh.published IS 'group statistics published (category and metric with at least k organisations)';
COMMENT ON COLUMN @extschema@.benchmark_refresh.withheld IS 'categories and metrics not published: fewer than k organisations';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.benchmark_refresh', '');

CREATE TABLE @extschema@.organisation_benchmark (
	as_of date NOT NULL REFERENCES @extschema@.benchmark_refresh (as_of) ON DELETE CASCADE,
	organisation_id integer NOT NULL REFERENCES @extschema@.organisation (id) ON DELETE CASCADE,
	category text NOT NULL,
	metric text NOT NULL CHECK (metric IN ('median_service_life_years', 'premature_share',
		'annual_co2e_kg_per_device', 'critical_raw_materials_g_per_device',
		'criteria_compliance_share', 'company_mci')),
	value float8 NOT NULL CHECK (value >= 0 AND value < 'Infinity'),
	PRIMARY KEY (as_of, organisation_id, category, metric)
);
COMMENT ON TABLE @extschema@.organisation_benchmark IS 'each organisation''s own figure per snapshot, category and metric (written by refresh_benchmarks(); a member reads its own organisations'' rows only)';
COMMENT ON COLUMN @extschema@.organisation_benchmark.as_of IS 'date of the snapshot';
COMMENT ON COLUMN @extschema@.organisation_benchmark.organisation_id IS 'the organisation (organisation.id)';
COMMENT ON COLUMN @extschema@.organisation_benchmark.category IS 'device category; all for company_mci';
COMMENT ON COLUMN @extschema@.organisation_benchmark.metric IS 'median_service_life_years, premature_share, annual_co2e_kg_per_device, critical_raw_materials_g_per_device, criteria_compliance_share or company_mci';
COMMENT ON COLUMN @extschema@.organisation_benchmark.value IS 'the organisation''s figure, as its reports give it';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.organisation_benchmark', '');

ALTER TABLE @extschema@.organisation_benchmark ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_benchmark_admin ON @extschema@.organisation_benchmark TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY organisation_benchmark_member_read ON @extschema@.organisation_benchmark FOR SELECT TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.member_organisations()));

CREATE TABLE @extschema@.group_benchmark (
	as_of date NOT NULL REFERENCES @extschema@.benchmark_refresh (as_of) ON DELETE CASCADE,
	category text NOT NULL,
	metric text NOT NULL,
	organisations integer NOT NULL CHECK (organisations >= 2),
	mean float8 NOT NULL,
	q1 float8 NOT NULL,
	median float8 NOT NULL,
	q3 float8 NOT NULL,
	PRIMARY KEY (as_of, category, metric),
	CHECK (q1 <= median AND median <= q3)
);
COMMENT ON TABLE @extschema@.group_benchmark IS 'the group''s distribution per snapshot, category and metric over the organisations'' own figures (one value per organisation); a row exists only where at least k organisations contribute';
COMMENT ON COLUMN @extschema@.group_benchmark.as_of IS 'date of the snapshot';
COMMENT ON COLUMN @extschema@.group_benchmark.category IS 'device category; all for company_mci';
COMMENT ON COLUMN @extschema@.group_benchmark.metric IS 'the metric (see organisation_benchmark.metric)';
COMMENT ON COLUMN @extschema@.group_benchmark.organisations IS 'organisations contributing a figure (at least k)';
COMMENT ON COLUMN @extschema@.group_benchmark.mean IS 'mean of the organisations'' figures';
COMMENT ON COLUMN @extschema@.group_benchmark.q1 IS 'first quartile (interpolated, as percentile_cont)';
COMMENT ON COLUMN @extschema@.group_benchmark.median IS 'median (interpolated)';
COMMENT ON COLUMN @extschema@.group_benchmark.q3 IS 'third quartile (interpolated)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.group_benchmark', '');

-- the snapshots and the group's published statistics: every member and the
-- admin read them (a role granted SELECT on them otherwise sees no row)
ALTER TABLE @extschema@.benchmark_refresh ENABLE ROW LEVEL SECURITY;
CREATE POLICY benchmark_refresh_admin ON @extschema@.benchmark_refresh TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY benchmark_refresh_member_read ON @extschema@.benchmark_refresh FOR SELECT TO circular_ict_member
	USING (true);
ALTER TABLE @extschema@.group_benchmark ENABLE ROW LEVEL SECURITY;
CREATE POLICY group_benchmark_admin ON @extschema@.group_benchmark TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY group_benchmark_member_read ON @extschema@.group_benchmark FOR SELECT TO circular_ict_member
	USING (true);

CREATE FUNCTION @extschema@.refresh_benchmarks(as_of date DEFAULT CURRENT_DATE,
		OUT organisations integer, OUT figures integer, OUT published integer, OUT withheld integer)
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	k integer;
	group_scheme text;
	group_level text;
BEGIN
	-- the group statistics need every organisation's rows: only the admin
	-- (or a superuser) reads them all
	IF NOT pg_has_role('circular_ict_admin', 'USAGE') THEN
		RAISE EXCEPTION 'permission denied for function refresh_benchmarks'
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('Role %s is not a member of circular_ict_admin.', current_user),
				  HINT = 'The benchmarks are computed over every organisation: the admin (or a scheduler running as the admin) refreshes them; members read my_benchmark.';
	END IF;
	IF refresh_benchmarks.as_of IS NULL THEN
		RAISE EXCEPTION 'as_of must not be NULL'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT s.min_organisations, s.scheme, s.level INTO k, group_scheme, group_level
	FROM @extschema@.buyer_group_setting s;
	k := coalesce(k, 5);
	IF group_scheme IS NOT NULL
		AND NOT EXISTS (SELECT FROM @extschema@.criterion c
						WHERE c.scheme = group_scheme AND (group_level IS NULL OR c.level = group_level)) THEN
		RAISE EXCEPTION 'the group''s scheme "%"% has no criteria', group_scheme,
				CASE WHEN group_level IS NOT NULL THEN format(' at level "%s"', group_level) ELSE '' END
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Add the group''s criteria to circular_ict.criterion, or name a scheme it has in circular_ict.buyer_group_setting.';
	END IF;
	-- one refresh at a time
	PERFORM pg_advisory_xact_lock(pg_catalog.hashtext('circular_ict.refresh_benchmarks'));

	-- a new snapshot of that date replaces the old one (its rows cascade)
	DELETE FROM @extschema@.benchmark_refresh r WHERE r.as_of = refresh_benchmarks.as_of;
	INSERT INTO @extschema@.benchmark_refresh (as_of, min_organisations, scheme, level, organisations, published, withheld)
	VALUES (refresh_benchmarks.as_of, k, group_scheme, group_level, 0, 0, 0);

	-- each organisation's figures, as its reports give them
	INSERT INTO @extschema@.organisation_benchmark (as_of, organisation_id, category, metric, value)
	SELECT refresh_benchmarks.as_of, x.organisation_id, x.category, x.metric, x.value
	FROM (
		SELECT o.id AS organisation_id, f.category, m.metric, m.value
		FROM @extschema@.fleet_overview(refresh_benchmarks.as_of) f
			JOIN @extschema@.organisation o ON o.name = f.organisation
			CROSS JOIN LATERAL (VALUES
				('median_service_life_years', f.median_service_life_years),
				('premature_share', f.premature_share),
				-- over the units in service that have a CO2e figure
				('annual_co2e_kg_per_device', f.annual_co2e_kg
					/ nullif(f.units_in_use + f.units_in_stock - f.units_without_co2e_figure, 0)),
				('critical_raw_materials_g_per_device', f.critical_raw_materials_in_use_g
					/ nullif(f.units_in_use + f.units_in_stock, 0))) m (metric, value)
		UNION ALL
		SELECT o.id, 'all', 'company_mci', c.company_mci
		FROM @extschema@.circularity_by_organisation(refresh_benchmarks.as_of) c
			JOIN @extschema@.organisation o ON o.name = c.organisation
		UNION ALL
		-- units in service meeting the group's scheme, of those judged (a
		-- unit whose model does not declare every attribute, or that has
		-- no model, is not judged)
		SELECT u.organisation_id, u.category, 'criteria_compliance_share',
			coalesce(sum(u.units) FILTER (WHERE u.meets), 0)::float8
				/ nullif(sum(u.units) FILTER (WHERE u.meets IS NOT NULL), 0)
		FROM (SELECT g.organisation_id, g.category, g.units,
				  CASE WHEN g.model_id IS NOT NULL THEN
					  @extschema@.meets_criteria(pm.attributes, g.category, group_scheme, group_level) END AS meets
			  FROM (SELECT f.organisation_id, f.category, f.model_id, sum(f.quantity) AS units
					FROM @extschema@.asset_facts(refresh_benchmarks.as_of) f
					WHERE f.state <> 'retired'
					  AND f.category IN (SELECT c.category FROM @extschema@.criterion c
										 WHERE c.scheme = group_scheme
										   AND (group_level IS NULL OR c.level = group_level))
					GROUP BY f.organisation_id, f.category, f.model_id) g
				  LEFT JOIN @extschema@.product_model pm ON pm.id = g.model_id) u
		WHERE group_scheme IS NOT NULL
		GROUP BY u.organisation_id, u.category
	) x
	WHERE x.value IS NOT NULL;
	GET DIAGNOSTICS figures = ROW_COUNT;

	-- the group's distribution, where at least k organisations contribute;
	-- below k nothing is written
	INSERT INTO @extschema@.group_benchmark (as_of, category, metric, organisations, mean, q1, median, q3)
	SELECT b.as_of, b.category, b.metric, count(*), avg(b.value),
		percentile_cont(0.25) WITHIN GROUP (ORDER BY b.value),
		percentile_cont(0.5) WITHIN GROUP (ORDER BY b.value),
		percentile_cont(0.75) WITHIN GROUP (ORDER BY b.value)
	FROM @extschema@.organisation_benchmark b
	WHERE b.as_of = refresh_benchmarks.as_of
	GROUP BY b.as_of, b.category, b.metric
	HAVING count(*) >= k;
	GET DIAGNOSTICS published = ROW_COUNT;

	SELECT count(DISTINCT b.organisation_id), count(DISTINCT (b.category, b.metric)) - refresh_benchmarks.published
	INTO organisations, withheld
	FROM @extschema@.organisation_benchmark b
	WHERE b.as_of = refresh_benchmarks.as_of;
	UPDATE @extschema@.benchmark_refresh r
	SET organisations = refresh_benchmarks.organisations, published = refresh_benchmarks.published,
		withheld = refresh_benchmarks.withheld
	WHERE r.as_of = refresh_benchmarks.as_of;
END
$function$;
COMMENT ON FUNCTION @extschema@.refresh_benchmarks(date) IS 'writes the benchmark snapshot of a date (replacing one of the same date): each organisation''s figures per category and metric, and the group''s mean and quartiles where at least k organisations contribute; admin or superuser only; returns the organisations, figures, group rows published and withheld';

CREATE VIEW @extschema@.my_benchmark WITH (security_invoker = true) AS
SELECT b.as_of, o.name AS organisation, b.category, b.metric,
	CASE WHEN b.metric IN ('median_service_life_years', 'criteria_compliance_share', 'company_mci')
		 THEN 'higher' ELSE 'lower' END AS better,
	b.value AS own_value, g.organisations, g.mean AS group_mean, g.q1 AS group_q1,
	g.median AS group_median, g.q3 AS group_q3,
	CASE WHEN g.median IS NULL THEN NULL
		 WHEN b.value <= g.q1 THEN 1 WHEN b.value <= g.median THEN 2
		 WHEN b.value <= g.q3 THEN 3 ELSE 4 END AS quartile
FROM @extschema@.organisation_benchmark b
	JOIN @extschema@.organisation o ON o.id = b.organisation_id
	LEFT JOIN @extschema@.group_benchmark g
		ON g.as_of = b.as_of AND g.category = b.category AND g.metric = b.metric
WHERE b.as_of = (SELECT max(r.as_of) FROM @extschema@.benchmark_refresh r);
COMMENT ON VIEW @extschema@.my_benchmark IS 'the latest benchmark snapshot: each of your organisations'' figures per category and metric beside the group''s mean and quartiles (NULL where fewer than k organisations contribute) and the quartile your figure falls in';
COMMENT ON COLUMN @extschema@.my_benchmark.as_of IS 'date of the snapshot';
COMMENT ON COLUMN @extschema@.my_benchmark.organisation IS 'your organisation';
COMMENT ON COLUMN @extschema@.my_benchmark.category IS 'device category; all for company_mci';
COMMENT ON COLUMN @extschema@.my_benchmark.metric IS 'median_service_life_years, premature_share, annual_co2e_kg_per_device, critical_raw_materials_g_per_device, criteria_compliance_share or company_mci';
COMMENT ON COLUMN @extschema@.my_benchmark.better IS 'which way is better for circularity: higher or lower';
COMMENT ON COLUMN @extschema@.my_benchmark.own_value IS 'your organisation''s figure';
COMMENT ON COLUMN @extschema@.my_benchmark.organisations IS 'organisations contributing to the group statistics (NULL: fewer than k, not published)';
COMMENT ON COLUMN @extschema@.my_benchmark.group_mean IS 'mean of the organisations'' figures';
COMMENT ON COLUMN @extschema@.my_benchmark.group_q1 IS 'first quartile of the organisations'' figures';
COMMENT ON COLUMN @extschema@.my_benchmark.group_median IS 'median of the organisations'' figures';
COMMENT ON COLUMN @extschema@.my_benchmark.group_q3 IS 'third quartile of the organisations'' figures';
COMMENT ON COLUMN @extschema@.my_benchmark.quartile IS 'where your figure falls: 1 at or below q1, 2 up to the median, 3 up to q3, 4 above q3 (NULL: not published)';

-- privileges ------------------------------------------------------------------
--
-- A member reads and writes through row-level security; the admin manages
-- the organisations, their members, the reference data and the group's
-- settings.  Reference tables stay readable by every role.

GRANT SELECT ON @extschema@.organisation, @extschema@.organisation_member,
	@extschema@.organisation_benchmark, @extschema@.group_benchmark, @extschema@.benchmark_refresh
	TO circular_ict_member;
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.product_model, @extschema@.asset,
	@extschema@.asset_import_row, @extschema@.asset_import, @extschema@.import_error
	TO circular_ict_member;
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.organisation, @extschema@.organisation_member,
	@extschema@.product_model, @extschema@.asset, @extschema@.asset_import_row, @extschema@.asset_import,
	@extschema@.import_error, @extschema@.buyer_group_setting, @extschema@.benchmark_refresh,
	@extschema@.organisation_benchmark, @extschema@.group_benchmark
	TO circular_ict_admin;
GRANT INSERT, UPDATE, DELETE ON @extschema@.country, @extschema@.country_alias, @extschema@.grid_intensity,
	@extschema@.device_category_figure, @extschema@.device_category, @extschema@.category_element,
	@extschema@.category_alias, @extschema@.recovery_rate, @extschema@.criterion, @extschema@.raw_material
	TO circular_ict_admin;
GRANT SELECT ON @extschema@.buyer_group_setting, @extschema@.my_benchmark TO PUBLIC;

-- PUBLIC gets no privilege on the register's tables: the report views are
-- granted to PUBLIC, and a role in neither role that reads one is refused
-- on the table behind it.  Granting SELECT to PUBLIC and letting row-level
-- security return no row would not do: for a role no policy applies to,
-- PostgreSQL may run the role's own leakproof conditions (=, <, >= on an
-- index) before the policy's false, and EXPLAIN ANALYZE's "Rows Removed by
-- Filter" would count another organisation's matching rows.
